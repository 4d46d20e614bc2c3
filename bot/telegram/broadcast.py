"""Sending one message to many chats within Telegram's limits.

No Telegram import: the caller passes an async ``send(chat_id)`` and maps its library's errors
onto the small exception classes below:

- :class:`Blocked` (HTTP 403: the user blocked the bot, or the chat is gone): reported through
  ``on_blocked`` (the caller unsubscribes), never retried.
- :class:`RetryLater` (HTTP 429 that is still there after the rate limiter's own retries): the
  chat is left unrecorded (``result.deferred``) and the broadcast goes on; the resumable
  broadcast tries it again on its next run. Waiting on a 429 is done in ONE place, the
  application's ``AIORateLimiter`` (:mod:`bot.telegram.app`); nothing here sleeps on it.
- :class:`Transient` (network trouble before the request was surely delivered): retried a few
  times with a short back-off.
- :class:`SendFailed` or any other exception: reported through ``on_failed``; the broadcast goes
  on. One failing chat never stops the others.

Pacing: at most ``rate`` message starts per second overall and at most ``concurrency`` requests
in flight. Kept although ``AIORateLimiter`` also caps the bot at Telegram's ~30/s overall: that
cap is shared with the replies to people, so a broadcast to thousands running at the limiter's
full rate would make every person's answer wait behind it. The broadcaster's lower default
(25/s) leaves that headroom. Each chat gets the message once per broadcast, so the per-chat (1/s)
and per-group (20/min) limits are not reached by a broadcast itself.

Every success is reported through ``on_sent`` as it happens, so a caller that records it in a
database can resume an interrupted broadcast without sending anything twice.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_RATE = 25.0  # messages per second overall; Telegram allows about 30
DEFAULT_CONCURRENCY = 8


class BroadcastError(Exception):
    """Base of the errors a send function may raise."""


class Blocked(BroadcastError):
    """The chat cannot be written to any more (403: bot blocked, user deactivated, kicked)."""


class RetryLater(BroadcastError):
    """Too many requests (429) after the rate limiter's retries: try this chat on a later run."""

    def __init__(self, retry_after: float, message: str = "Too Many Requests"):
        super().__init__(f"{message}: retry after {retry_after}")
        self.retry_after = float(retry_after)


class Transient(BroadcastError):
    """A network error after which the send may be tried again."""


class SendFailed(BroadcastError):
    """This chat cannot get the message (e.g. 400 chat not found); do not retry."""


SendFn = Callable[[Any], Awaitable[Any]]
Callback = Callable[..., Any]


@dataclass(slots=True)
class BroadcastResult:
    """What a broadcast did."""

    total: int = 0
    sent: int = 0
    blocked: list[Any] = field(default_factory=list)
    failed: list[Any] = field(default_factory=list)
    deferred: list[Any] = field(default_factory=list)  # 429: left unrecorded for the next run
    retry_after_hits: int = 0  # 429 responses that reached the broadcaster
    transient_retries: int = 0
    elapsed: float = 0.0
    stopped: bool = False  # True when stopped (cancelled) before the end

    @property
    def rate(self) -> float:
        """Successful messages per second over the whole broadcast."""
        return self.sent / self.elapsed if self.elapsed > 0 else 0.0

    def summary(self) -> str:
        """One line of figures."""
        return (
            f"{self.sent}/{self.total} sent in {self.elapsed:.2f} s ({self.rate:.1f} msg/s), "
            f"{len(self.blocked)} blocked, {len(self.failed)} failed, "
            f"{len(self.deferred)} left for the next run (429)"
        )


class Pacer:
    """At most `rate` starts per second, evenly spaced, shared by all workers."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic):
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.interval = 1.0 / rate
        self.clock = clock
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        """Wait for this caller's turn."""
        async with self._lock:
            while True:
                now = self.clock()
                start = self._next
                if start <= now:
                    break
                await asyncio.sleep(start - now)
            # A burst after a wait is not allowed: keep the spacing from now on.
            self._next = max(now, self._next) + self.interval


async def _call(callback: Callback | None, *args: Any) -> None:
    if callback is None:
        return
    result = callback(*args)
    if inspect.isawaitable(result):
        await result


async def broadcast(
    chat_ids: Iterable[Any],
    send: SendFn,
    *,
    on_sent: Callback | None = None,
    on_blocked: Callback | None = None,
    on_failed: Callback | None = None,
    rate: float = DEFAULT_RATE,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_transient: int = 3,
    transient_backoff: float = 1.0,
    stop: asyncio.Event | None = None,
) -> BroadcastResult:
    """Send to every chat in `chat_ids` with `send(chat_id)`, within the limits.

    Callbacks get the chat id (``on_failed`` also the exception); they may be sync or async. A
    chat that raised :class:`RetryLater` is reported through no callback (``result.deferred``):
    left unrecorded, it is tried again by the next run. A chat that raised :class:`Transient`
    more than `max_transient` times is reported as failed.

    Setting `stop` ends the broadcast gracefully: requests in flight finish and are reported, no
    new chat is started (``result.stopped``). Cancelling the task stops at once; what was sent
    was already reported, but a request in flight may have arrived unreported.
    """
    ids = list(dict.fromkeys(chat_ids))  # each chat once, in order
    result = BroadcastResult(total=len(ids))
    pacer = Pacer(rate)
    queue: asyncio.Queue[Any] = asyncio.Queue()
    for chat_id in ids:
        queue.put_nowait(chat_id)
    started = time.monotonic()

    async def deliver(chat_id: Any) -> None:
        transient = 0
        while True:
            await pacer.wait()
            if stop is not None and stop.is_set():
                queue.put_nowait(chat_id)  # not started: still pending
                result.stopped = True
                return
            try:
                await send(chat_id)
            except RetryLater:
                # The rate limiter already waited and retried: leave the chat for the next run.
                result.retry_after_hits += 1
                result.deferred.append(chat_id)
                log.info("429 while broadcasting: one chat left for the next run")
                return
            except Blocked:
                result.blocked.append(chat_id)
                await _call(on_blocked, chat_id)
                return
            except Transient as exc:
                transient += 1
                if transient > max_transient:
                    result.failed.append(chat_id)
                    await _call(on_failed, chat_id, exc)
                    return
                result.transient_retries += 1
                await asyncio.sleep(transient_backoff * transient)
                continue
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - one chat never stops the others
                log.warning("broadcast to one chat failed: %s", type(exc).__name__)
                result.failed.append(chat_id)
                await _call(on_failed, chat_id, exc)
                return
            result.sent += 1
            await _call(on_sent, chat_id)
            return

    async def worker() -> None:
        while True:
            if stop is not None and stop.is_set():
                result.stopped = True
                return
            try:
                chat_id = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                await deliver(chat_id)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a failing callback must not stop the others
                log.exception("broadcast bookkeeping failed for one chat")

    workers = [asyncio.create_task(worker()) for _ in range(max(1, min(concurrency, len(ids))))]
    try:
        await asyncio.gather(*workers)
    except asyncio.CancelledError:
        result.stopped = True
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    finally:
        result.elapsed = time.monotonic() - started
    return result


async def measure(
    send: SendFn,
    chat_ids: Iterable[Any],
    *,
    rate: float = DEFAULT_RATE,
    concurrency: int = DEFAULT_CONCURRENCY,
    **kwargs: Any,
) -> dict[str, float]:
    """Broadcast once and return its figures: messages per second reached, 429s seen, etc.

    For `python -m bot bench`: pass a send function bound to a Bot API (a local double) and a
    list of chat ids. See :func:`simulated_sender` for one that needs no server at all.
    """
    result = await broadcast(chat_ids, send, rate=rate, concurrency=concurrency, **kwargs)
    return {
        "total": result.total,
        "sent": result.sent,
        "blocked": len(result.blocked),
        "failed": len(result.failed),
        "seconds": round(result.elapsed, 3),
        "msgs_per_s": round(result.rate, 2),
        "http_429": result.retry_after_hits,
        "deferred": len(result.deferred),
        "target_rate": rate,
    }


def simulated_sender(
    limit_per_s: float = 30.0,
    blocked: Iterable[Any] = (),
    retry_after: float = 1.0,
    latency: float = 0.005,
) -> tuple[SendFn, dict[Any, int]]:
    """A fake Telegram for benchmarks and tests: a sliding one-second window of `limit_per_s`
    messages (over it: :class:`RetryLater`), :class:`Blocked` for `blocked` chats.

    Returns ``(send, received)`` where `received` counts messages per chat.
    """
    blocked_set = set(blocked)
    received: dict[Any, int] = {}
    window: list[float] = []

    async def send(chat_id: Any) -> None:
        await asyncio.sleep(latency)
        now = time.monotonic()
        while window and window[0] <= now - 1.0:
            window.pop(0)
        if chat_id in blocked_set:
            raise Blocked("Forbidden: bot was blocked by the user")
        if len(window) >= limit_per_s:
            raise RetryLater(retry_after)
        window.append(now)
        received[chat_id] = received.get(chat_id, 0) + 1

    return send, received
