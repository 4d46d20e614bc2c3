"""The one policy for Telegram's flood limits (HTTP 429 ``RetryAfter``).

``AIORateLimiter`` is the place that waits on a ``RetryAfter``: it throttles every request of
the bot (about 30 messages a second overall, 20 a minute per group) and, when Telegram still
answers 429, waits the ``retry_after`` it names and tries again, up to :data:`MAX_RETRIES` times.
Why there: the flood limit is per bot, so one place that sees every request can pause them all;
waits scattered through handlers and loops would each know only their own calls.

After that a ``RetryAfter`` reaches the caller as an error: a handler's update goes to the error
handler (logged), and the daily broadcast leaves that chat unrecorded so that its next run (the
catch-up job, or the next start) sends it (:mod:`bot.telegram.broadcast`).

The one exception is a reply to a person, which must not be lost: :func:`deliver` sends it
through the same rate limiter and, when that gives up (429 after its retries, a timeout, a
network error), waits (the server's ``retry_after``, or a growing pause) and sends it again, up
to :data:`CRISIS_MAX_WAIT` seconds in all for a crisis reply (effectively until delivered) and
:data:`REPLY_MAX_WAIT` for any other. It waits inside the one handler's task, so other chats are
answered meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

#: How often a request that met a 429 is tried again after waiting ``retry_after``.
MAX_RETRIES = 3
#: How long :func:`deliver` keeps trying a crisis reply (one hour: effectively until delivered).
CRISIS_MAX_WAIT = 3600.0
#: How long :func:`deliver` keeps trying any other reply to a person.
REPLY_MAX_WAIT = 300.0
#: The longest pause between two tries after a timeout or network error.
MAX_PAUSE = 30.0

T = TypeVar("T")


def rate_limiter() -> AIORateLimiter:
    """The rate limiter every bot of this project uses."""
    return AIORateLimiter(max_retries=MAX_RETRIES)


def _seconds(retry_after: float | timedelta) -> float:
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)


async def deliver(send: Callable[[], Awaitable[T]], *,
                  max_wait: float = CRISIS_MAX_WAIT) -> T:
    """Call ``send()`` until it succeeds: after a 429, wait the server's ``retry_after``; after
    a timeout or network error, wait 1, 2, 4 ... up to :data:`MAX_PAUSE` seconds. Other errors
    (a bad request, a blocked bot) are raised at once, as is the last one after ``max_wait``."""
    deadline = time.monotonic() + max_wait
    pause = 1.0
    while True:
        try:
            return await send()
        except RetryAfter as exc:
            with warnings.catch_warnings():  # PTB 22.2+ warns about its future type
                warnings.simplefilter("ignore")
                wait = _seconds(exc.retry_after) + 0.1
        except BadRequest:
            raise
        except (TimedOut, NetworkError):
            wait, pause = pause, min(pause * 2, MAX_PAUSE)
        if time.monotonic() + wait > deadline:
            raise
        log.warning("a reply was not delivered yet; trying again in %.1f s", wait)
        await asyncio.sleep(wait)
