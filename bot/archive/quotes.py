"""The daily quote: which quote each day gets, who subscribed, and who already got it.

Everything is kept in the archive's database (tables from migration 3), so a restart never
posts twice and an interrupted broadcast can be finished later:

- ``quote_cycle``: one shuffled order of all quote ids per cycle. No quote repeats until every
  quote of the cycle was posted; then a new cycle is shuffled (seeded, so tests are
  deterministic). Quotes added mid-cycle join the current cycle at its end.
- ``quote_days``: the quote chosen for each local day (in ``QUOTE_TZ``), when it reached the
  quote chat, and when the day's broadcast to subscribers finished.
- ``deliveries``: one row per (day, chat): sent, blocked or failed. A chat with a row is never
  sent that day's quote again.

No Telegram here: the bot side (:mod:`bot.telegram.jobs`) does the sending.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo

from sqlite_utils import Database

from bot.archive.importers.quotes import parse_quote_line
from bot.archive.store import Archive
from bot.models import Quote

SENT = "sent"
BLOCKED = "blocked"
FAILED = "failed"


# --- time ------------------------------------------------------------------------------------


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def local_day(now: datetime, tz: tzinfo) -> date:
    """The calendar day in `tz` at the aware moment `now`."""
    return now.astimezone(tz).date()


def scheduled_at(day: date, at: time, tz: tzinfo) -> datetime:
    """The moment (aware, UTC) of local time `at` on local `day` in `tz`.

    Right across daylight-saving changes: 09:00 in Europe/Berlin is 08:00 UTC in winter and
    07:00 UTC in summer. A wall time that does not exist that day (in the spring gap) is taken
    with the offset before the change, i.e. it falls one hour later, as a clock moved forward
    would show it; an ambiguous one (autumn) is its first occurrence.
    """
    local = datetime.combine(day, at.replace(tzinfo=None)).replace(tzinfo=tz, fold=0)
    return local.astimezone(UTC)


def is_due(now: datetime, at: time, tz: tzinfo) -> bool:
    """True when today's (in `tz`) quote time has been reached at `now`.

    Compared in UTC: comparing two datetimes sharing one tzinfo compares wall times, which is
    wrong on DST days.
    """
    return now.astimezone(UTC) >= scheduled_at(local_day(now, tz), at, tz)


# --- formatting -----------------------------------------------------------------------------


def format_quote(quote: Quote) -> str:
    """A quote as Telegram HTML: the text in italics, then "— author"; everything escaped."""
    text = html.escape(quote.text.strip(), quote=False)
    out = f"<i>{text}</i>"
    if quote.author and quote.author.strip():
        out += f"\n— {html.escape(quote.author.strip(), quote=False)}"
    return out


def parse_quote(text: str) -> Quote | None:
    """Parse `/addquote` arguments, ``text — author`` (author optional), with the same rules as
    a quotes file (:func:`bot.archive.importers.quotes.parse_quote_line`); None when empty."""
    return parse_quote_line(" ".join(text.split()))


# --- the book of quote days ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayQuote:
    """The quote of one day and how far its post got."""

    day: date
    quote_id: int
    quote: Quote
    cycle: int
    channel_posted: bool
    broadcast_done: bool

    @property
    def html(self) -> str:
        """The quote as escaped Telegram HTML."""
        return format_quote(self.quote)


class QuoteBook:
    """Rotation, subscribers and delivery bookkeeping on top of an :class:`Archive`.

    It uses the connection of the calling thread (:attr:`Archive.db`).
    """

    def __init__(self, archive: Archive, seed: int | str = "daily-quote"):
        self.archive = archive
        self.seed = seed

    @property
    def db(self) -> Database:
        """The calling thread's connection to the archive."""
        return self.archive.db

    # subscribers -----------------------------------------------------------------------------

    def subscribe(self, chat_id: int, now: datetime | None = None) -> bool:
        """Subscribe a chat to the daily quote; False if it already was."""
        since = (now or utcnow()).isoformat(timespec="seconds")
        with self.db.atomic():
            cur = self.db.execute(
                "insert or ignore into subscribers (chat_id, since) values (?, ?)",
                [int(chat_id), since],
            )
        return bool(cur.rowcount)

    def unsubscribe(self, chat_id: int) -> bool:
        """Unsubscribe a chat; False if it was not subscribed."""
        with self.db.atomic():
            cur = self.db.execute("delete from subscribers where chat_id = ?", [int(chat_id)])
        return bool(cur.rowcount)

    def is_subscribed(self, chat_id: int) -> bool:
        """True when the chat gets the daily quote."""
        row = self.db.execute(
            "select 1 from subscribers where chat_id = ?", [int(chat_id)]
        ).fetchone()
        return row is not None

    def subscribers(self) -> list[int]:
        """Every subscribed chat id, oldest subscription first."""
        return [
            int(r[0])
            for r in self.db.execute("select chat_id from subscribers order by since, chat_id")
        ]

    # rotation --------------------------------------------------------------------------------

    def quote_for_day(self, day: date, now: datetime | None = None) -> DayQuote | None:
        """The quote of `day`, choosing it (once, kept in the database) when needed.

        Asking twice for one day gives the same quote. None when there are no quotes at all.
        """
        key = day.isoformat()
        found = self._read_day(day)
        if found is not None:
            return found
        with self.db.atomic():
            # Another caller may have chosen in between (same connection, but be safe).
            row = self.db.execute("select 1 from quote_days where day = ?", [key]).fetchone()
            if row is None:
                chosen = self._next_quote()
                if chosen is None:
                    return None
                cycle, quote_id = chosen
                self.db.execute(
                    "insert into quote_days (day, quote_id, cycle, chosen_at) values (?, ?, ?, ?)",
                    [key, quote_id, cycle, (now or utcnow()).isoformat(timespec="seconds")],
                )
        return self._read_day(day)

    def peek_day(self, day: date) -> DayQuote | None:
        """The quote already chosen for `day`, without choosing one."""
        return self._read_day(day)

    def _read_day(self, day: date) -> DayQuote | None:
        row = self.db.execute(
            "select d.quote_id, d.cycle, d.channel_posted_at, d.broadcast_done_at, q.text, "
            "q.author from quote_days d left join quotes q on q.id = d.quote_id where d.day = ?",
            [day.isoformat()],
        ).fetchone()
        if row is None:
            return None
        quote = Quote(text=row[4] or "", author=row[5])
        return DayQuote(
            day=day,
            quote_id=int(row[0]),
            quote=quote,
            cycle=int(row[1] or 0),
            channel_posted=row[2] is not None,
            broadcast_done=row[3] is not None,
        )

    def _current_cycle(self) -> int:
        return int(self.db.execute("select coalesce(max(cycle), 0) from quote_cycle").fetchone()[0])

    def _next_quote(self) -> tuple[int, int] | None:
        """(cycle, quote id) of the next unposted quote; starts a new cycle when needed."""
        all_ids = [int(r[0]) for r in self.db.execute("select id from quotes order by id")]
        if not all_ids:
            return None
        cycle = self._current_cycle()
        if cycle:
            self._extend_cycle(cycle, all_ids)
            nxt = self._first_unposted(cycle)
            if nxt is not None:
                return cycle, nxt
        cycle += 1
        order = self.shuffled(all_ids, cycle)
        last = self._last_posted_quote()
        if len(order) > 1 and order[0] == last:
            # Do not show yesterday's quote again right at the start of a new cycle.
            order[0], order[-1] = order[-1], order[0]
        self.db.conn.executemany(
            "insert into quote_cycle (cycle, position, quote_id) values (?, ?, ?)",
            [(cycle, pos, qid) for pos, qid in enumerate(order)],
        )
        return cycle, order[0]

    def shuffled(self, ids: list[int], cycle: int) -> list[int]:
        """The order of `ids` for `cycle`: a shuffle seeded by the book's seed and the cycle."""
        order = sorted(ids)
        random.Random(f"{self.seed}:{cycle}").shuffle(order)
        return order

    def _extend_cycle(self, cycle: int, all_ids: list[int]) -> None:
        """Quotes added since the cycle began join it at the end (in a seeded order)."""
        have = {
            int(r[0])
            for r in self.db.execute("select quote_id from quote_cycle where cycle = ?", [cycle])
        }
        new = [i for i in all_ids if i not in have]
        if not new:
            return
        start = int(
            self.db.execute(
                "select coalesce(max(position), -1) + 1 from quote_cycle where cycle = ?", [cycle]
            ).fetchone()[0]
        )
        order = self.shuffled(new, cycle * 1000 + start)
        self.db.conn.executemany(
            "insert into quote_cycle (cycle, position, quote_id) values (?, ?, ?)",
            [(cycle, start + n, qid) for n, qid in enumerate(order)],
        )

    def _first_unposted(self, cycle: int) -> int | None:
        row = self.db.execute(
            "select c.quote_id from quote_cycle c join quotes q on q.id = c.quote_id "
            "where c.cycle = ? and c.quote_id not in "
            "(select quote_id from quote_days where cycle = ?) order by c.position limit 1",
            [cycle, cycle],
        ).fetchone()
        return int(row[0]) if row else None

    def _last_posted_quote(self) -> int | None:
        row = self.db.execute(
            "select quote_id from quote_days order by day desc limit 1"
        ).fetchone()
        return int(row[0]) if row else None

    # delivery bookkeeping --------------------------------------------------------------------

    def mark_channel_posted(self, day: date, now: datetime | None = None) -> None:
        """Record that the day's quote reached the quote chat."""
        with self.db.atomic():
            self.db.execute(
                "update quote_days set channel_posted_at = coalesce(channel_posted_at, ?) "
                "where day = ?",
                [(now or utcnow()).isoformat(timespec="seconds"), day.isoformat()],
            )

    def record_delivery(
        self, day: date, chat_id: int, status: str = SENT, now: datetime | None = None
    ) -> None:
        """Record one chat's outcome for the day (committed at once)."""
        with self.db.atomic():
            self.db.execute(
                "insert or replace into deliveries (day, chat_id, status, at) values (?, ?, ?, ?)",
                [
                    day.isoformat(),
                    int(chat_id),
                    status,
                    (now or utcnow()).isoformat(timespec="seconds"),
                ],
            )

    def record_blocked(self, day: date, chat_id: int, now: datetime | None = None) -> None:
        """A chat blocked the bot: record it and unsubscribe it, in one transaction."""
        with self.db.atomic():
            self.record_delivery(day, chat_id, BLOCKED, now)
            self.unsubscribe(chat_id)

    def pending_chats(self, day: date) -> list[int]:
        """Subscribers that have no delivery recorded for `day`, oldest subscription first."""
        return [
            int(r[0])
            for r in self.db.execute(
                "select s.chat_id from subscribers s where s.chat_id not in "
                "(select chat_id from deliveries where day = ?) order by s.since, s.chat_id",
                [day.isoformat()],
            )
        ]

    def mark_broadcast_done(self, day: date, now: datetime | None = None) -> None:
        """Record that the day's broadcast to subscribers finished."""
        with self.db.atomic():
            self.db.execute(
                "update quote_days set broadcast_done_at = coalesce(broadcast_done_at, ?) "
                "where day = ?",
                [(now or utcnow()).isoformat(timespec="seconds"), day.isoformat()],
            )

    def deliveries(self, day: date) -> dict[int, str]:
        """chat id -> status for `day`."""
        return {
            int(r[0]): r[1]
            for r in self.db.execute(
                "select chat_id, status from deliveries where day = ?", [day.isoformat()]
            )
        }

    def day_done(self, day: date, has_channel: bool) -> bool:
        """True when nothing remains to post for `day`."""
        found = self._read_day(day)
        if found is None:
            return False
        return found.broadcast_done and (found.channel_posted or not has_channel)
