"""The daily quote on the Telegram side: the job at QUOTE_TIME, the catch-up on start, the post.

The archive decides (:mod:`bot.archive.quotes`: which quote, who still needs it);
:mod:`bot.telegram.broadcast` paces and sorts the outcomes (403, 429 left for the next run); this
module only maps python-telegram-bot's errors onto the broadcaster's and wires the jobs:

- :func:`schedule_daily_quote` adds ``run_daily`` at ``QUOTE_TIME`` with ``QUOTE_TZ`` as the time's
  tzinfo (APScheduler's cron trigger in that zone, right across DST) and a catch-up check at
  start (then every 10 minutes): if today's quote time has passed and today's post is not
  finished, it is finished now (same day only: a day missed entirely is not posted late).
- :class:`DailyQuote` posts one day's quote to ``QUOTE_CHAT_ID`` and then to every subscriber
  without a delivery recorded for that day; every success is committed as it happens, so a
  restart finishes an interrupted broadcast and nobody gets the quote twice.

Job callbacks take only ``context`` and find the :class:`DailyQuote` in ``context.job.data``.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.archive.quotes import DayQuote, QuoteBook, is_due, local_day, utcnow
from bot.config import Settings
from bot.telegram import broadcast as bc
from bot.telegram.limits import rate_limiter

log = logging.getLogger(__name__)

DAILY_JOB = "daily-quote"
CATCH_UP_JOB = "daily-quote-catch-up"
#: Seconds between catch-up checks after the one at start.
CHECK_EVERY = 600.0


def telegram_sender(bot: Bot, text: str, book: QuoteBook | None = None) -> bc.SendFn:
    """An async ``send(chat_id)`` posting `text` (HTML) with `bot`, raising the broadcaster's
    errors: 403 -> Blocked, 429 -> RetryLater, 400 -> SendFailed, timeouts -> SendFailed (the
    message may have arrived: at most once), other network errors -> Transient."""

    async def send(chat_id: Any) -> None:
        try:
            await bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
            )
        except Forbidden as exc:
            raise bc.Blocked(exc.message) from exc
        except RetryAfter as exc:
            # AIORateLimiter has already waited and retried (limits.MAX_RETRIES): next run.
            raise bc.RetryLater(exc.retry_after.total_seconds()
                                if isinstance(exc.retry_after, timedelta)
                                else float(exc.retry_after)) from exc
        except ChatMigrated as exc:
            # A group became a supergroup: follow it for the next days.
            if book is not None and book.unsubscribe(chat_id):
                book.subscribe(exc.new_chat_id)
            raise bc.SendFailed(f"chat migrated to {exc.new_chat_id}") from exc
        except BadRequest as exc:
            raise bc.SendFailed(exc.message) from exc
        except TimedOut as exc:
            raise bc.SendFailed("timed out (may have arrived; not retried)") from exc
        except NetworkError as exc:
            raise bc.Transient(exc.message) from exc

    return send


@dataclass(slots=True)
class PostOutcome:
    """What one run of the day's post did."""

    day: date
    quote: DayQuote | None
    channel: str = "none"  # none | posted | already | failed | stopped
    result: bc.BroadcastResult | None = None
    already_done: bool = False

    def summary(self) -> str:
        """One plain line for logs and for the admin who asked."""
        if self.quote is None:
            return f"{self.day}: no quotes in the archive, nothing posted"
        if self.already_done:
            return f"{self.day}: today's quote was already posted; nothing sent again"
        parts = [f"{self.day}: quote #{self.quote.quote_id}", f"quote chat: {self.channel}"]
        if self.result is not None:
            parts.append("subscribers: " + self.result.summary())
            if self.result.stopped:
                parts.append("stopped before the end (the rest is sent at the next start)")
        return "; ".join(parts)


class DailyQuote:
    """Posts one day's quote everywhere it is due, exactly once per chat and day."""

    def __init__(
        self,
        book: QuoteBook,
        settings: Settings,
        *,
        rate: float = bc.DEFAULT_RATE,
        concurrency: int = bc.DEFAULT_CONCURRENCY,
    ):
        self.book = book
        self.settings = settings
        self.rate = rate
        self.concurrency = concurrency
        self._lock = asyncio.Lock()
        self._task: asyncio.Task | None = None
        self._stop = asyncio.Event()
        self.last: PostOutcome | None = None

    @property
    def tz(self):
        """The zone of QUOTE_TIME."""
        return self.settings.quote_tz

    def today(self, now: datetime | None = None) -> date:
        """The current day in QUOTE_TZ."""
        return local_day(now or utcnow(), self.tz)

    def due_and_unfinished(self, now: datetime | None = None) -> bool:
        """True when today's quote time has passed (in QUOTE_TZ) and today's post is unfinished."""
        if self.settings.quote_time is None:
            return False
        now = now or utcnow()
        if not is_due(now, self.settings.quote_time, self.tz):
            return False
        return not self.book.day_done(self.today(now), self.settings.quote_chat_id is not None)

    def quote_today(self, now: datetime | None = None) -> DayQuote | None:
        """Today's quote (chosen now if needed; the same all day)."""
        return self.book.quote_for_day(self.today(now), now)

    async def post(self, bot: Bot, now: datetime | None = None) -> PostOutcome:
        """Post today's quote to the quote chat and every subscriber who has not had it yet."""
        day = self.today(now)
        async with self._lock:
            self._task = asyncio.current_task()
            self._stop.clear()
            try:
                outcome = await self._post(bot, day, now)
            finally:
                self._task = None
        self.last = outcome
        log.info("daily quote: %s", outcome.summary())
        return outcome

    @property
    def running(self) -> bool:
        """True while a post is in progress."""
        return self._task is not None and not self._task.done()

    def stop(self) -> bool:
        """Stop a post in progress gracefully: sends in flight finish and are recorded, no new
        chat is started; the next start (or /postquote) finishes the day. True if one ran."""
        if self.running:
            self._stop.set()
            return True
        return False

    def cancel(self) -> bool:
        """Stop a post in progress at once, like a crash: what was sent is recorded; a send in
        flight may have arrived unrecorded. True if one ran."""
        if self.running:
            self._task.cancel()
            return True
        return False

    async def _post(self, bot: Bot, day: date, now: datetime | None) -> PostOutcome:
        quote = self.book.quote_for_day(day, now)
        outcome = PostOutcome(day=day, quote=quote)
        if quote is None:
            return outcome
        has_channel = self.settings.quote_chat_id is not None
        if self.book.day_done(day, has_channel):
            outcome.already_done = True
            return outcome
        text = quote.html
        send = telegram_sender(bot, text, self.book)
        channel = self.settings.quote_chat_id
        if channel is not None:
            if quote.channel_posted:
                outcome.channel = "already"
            else:
                result = await bc.broadcast(
                    [channel],
                    send,
                    on_sent=lambda _c: self.book.mark_channel_posted(day),
                    rate=self.rate,
                    stop=self._stop,
                )
                if result.stopped and not result.sent:
                    outcome.channel = "stopped"
                    return outcome
                outcome.channel = "posted" if result.sent else "failed"
                if not result.sent:
                    log.error("daily quote: the quote chat could not be posted to")
        pending = [c for c in self.book.pending_chats(day) if c != channel]
        if (
            isinstance(channel, int)
            and outcome.channel in ("posted", "already")
            and self.book.is_subscribed(channel)
        ):
            # The quote chat subscribed too: it already has the quote.
            self.book.record_delivery(day, channel)
        outcome.result = await bc.broadcast(
            pending,
            send,
            on_sent=lambda c: self.book.record_delivery(day, c, "sent"),
            on_blocked=lambda c: self.book.record_blocked(day, c),
            on_failed=lambda c, exc: self.book.record_delivery(day, c, "failed"),
            rate=self.rate,
            concurrency=self.concurrency,
            stop=self._stop,
        )
        if (outcome.channel != "failed" and not outcome.result.stopped
                and not outcome.result.deferred):
            self.book.mark_broadcast_done(day)
        return outcome


# --- jobs ------------------------------------------------------------------------------------


async def daily_quote_job(context: CallbackContext) -> None:
    """The scheduled post at QUOTE_TIME."""
    daily: DailyQuote = context.job.data
    await daily.post(context.bot)


async def catch_up_job(context: CallbackContext) -> None:
    """On start (and every CHECK_EVERY seconds): finish today's post if its time has passed and
    it is not done (today only: a day missed entirely is not posted late)."""
    daily: DailyQuote = context.job.data
    if not daily.running and daily.due_and_unfinished():
        log.info("daily quote: catching up on today's post")
        await daily.post(context.bot)


def quote_time_with_zone(settings: Settings) -> time | None:
    """QUOTE_TIME carrying QUOTE_TZ as its tzinfo (what run_daily needs), or None."""
    if settings.quote_time is None:
        return None
    return settings.quote_time.replace(tzinfo=settings.quote_tz)


def schedule_daily_quote(
    job_queue: JobQueue,
    daily: DailyQuote,
    catch_up_after: float = 0.5,
    check_every: float = CHECK_EVERY,
) -> tuple[Any, Any] | None:
    """Add the daily job at QUOTE_TIME (in QUOTE_TZ) and the catch-up check: once shortly after
    start, then every `check_every` seconds as a safety net (a run the scheduler missed, e.g.
    while the loop was busy, or a quote chat that failed). None when QUOTE_TIME is not set."""
    at = quote_time_with_zone(daily.settings)
    if at is None:
        log.info("daily quote: QUOTE_TIME not set, no daily post")
        return None
    daily_job = job_queue.run_daily(daily_quote_job, time=at, data=daily, name=DAILY_JOB)
    catch_up = job_queue.run_repeating(
        catch_up_job, interval=check_every, first=catch_up_after, data=daily, name=CATCH_UP_JOB
    )
    return daily_job, catch_up


def setup(application: Application, daily: DailyQuote) -> None:
    """Keep `daily` in bot_data (for /postquote and /quote) and schedule its jobs."""
    application.bot_data["daily_quote"] = daily
    if application.job_queue is None:  # pragma: no cover - the extra is a dependency
        log.warning("daily quote: no job queue (install python-telegram-bot[job-queue])")
        return
    schedule_daily_quote(application.job_queue, daily)


# --- measuring -------------------------------------------------------------------------------


async def measure_broadcast(
    bot: Bot,
    chat_ids: list[Any],
    *,
    text: str = "<i>Benchmark quote</i>",
    rate: float = bc.DEFAULT_RATE,
    concurrency: int = bc.DEFAULT_CONCURRENCY,
) -> dict[str, float]:
    """Broadcast `text` to `chat_ids` through `bot` (e.g. pointed at the local Bot API double)
    and return the figures of :func:`bot.telegram.broadcast.measure`: msgs_per_s, http_429, ...

    For ``python -m bot bench``; nothing is written to any database.
    """
    return await bc.measure(
        telegram_sender(bot, text), chat_ids, rate=rate, concurrency=concurrency
    )


async def bench_broadcast(
    api_url: str,
    token: str,
    chat_ids: list[Any],
    *,
    rate: float = bc.DEFAULT_RATE,
    concurrency: int = bc.DEFAULT_CONCURRENCY,
) -> dict[str, float]:
    """:func:`measure_broadcast` through a bot with the application's rate limiter
    (:func:`bot.telegram.limits.rate_limiter`, the one place that waits on a 429) at the Bot API
    root `api_url`; 429s that still reach the broadcaster are counted (``http_429``).

    ``python -m bot bench`` starts the local double (:mod:`bot.devtools.botapi_double`),
    registers the chats there, and calls this with the double's ``url`` and ``token``.
    """
    root = api_url.rstrip("/")
    bot: ExtBot[None] = ExtBot(token, base_url=root + "/bot", base_file_url=root + "/file/bot",
                               rate_limiter=rate_limiter())
    async with bot:
        return await measure_broadcast(bot, chat_ids, rate=rate, concurrency=concurrency)
