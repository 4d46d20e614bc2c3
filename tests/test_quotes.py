"""The daily quote's core: rotation kept in the database, local days across DST, bookkeeping."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.archive import Archive
from bot.archive.quotes import (
    BLOCKED,
    SENT,
    QuoteBook,
    format_quote,
    is_due,
    local_day,
    parse_quote,
    scheduled_at,
)
from bot.models import ParsedFile, Quote

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
DAY = date(2025, 3, 1)


def book_with(n: int, seed="t") -> QuoteBook:
    archive = Archive.open()
    quotes = [Quote(f"Quote number {i} is here.", f"Author {i}") for i in range(n)]
    archive.store(ParsedFile(path="q.txt", format="quotes", quotes=quotes))
    return QuoteBook(archive, seed=seed)


def ids_over(book: QuoteBook, days: int, start: date = DAY) -> list[int]:
    return [book.quote_for_day(start + timedelta(days=i)).quote_id for i in range(days)]


# --- rotation -------------------------------------------------------------------------------


def test_no_repeats_within_a_cycle_and_all_posted_before_a_repeat():
    book = book_with(7)
    ids = ids_over(book, 21)
    all_ids = {qid for qid, _ in book.archive.quotes()}
    for c in range(3):
        cycle = ids[c * 7 : (c + 1) * 7]
        assert set(cycle) == all_ids  # every quote exactly once per cycle
    assert ids[:7] != ids[7:14]  # a new shuffle, not the same order again


def test_no_quote_on_two_consecutive_days_across_a_cycle_boundary():
    for seed in range(30):
        ids = ids_over(book_with(3, seed=seed), 30)
        assert all(a != b for a, b in zip(ids, ids[1:], strict=False)), seed


@settings(max_examples=25, deadline=None)
@given(n=st.integers(1, 12), days=st.integers(1, 40), seed=st.integers(0, 10**6))
def test_rotation_property(n, days, seed):
    ids = ids_over(book_with(n, seed=seed), days)
    for start in range(0, days, n):
        chunk = ids[start : start + n]
        assert len(set(chunk)) == len(chunk)


def test_same_day_twice_returns_the_same_quote_and_survives_a_reopen(tmp_path):
    path = tmp_path / "a.db"
    archive = Archive.open(path)
    archive.store(
        ParsedFile(path="q", format="quotes", quotes=[Quote(f"Q{i} text", None) for i in range(5)])
    )
    book = QuoteBook(archive)
    first = book.quote_for_day(DAY)
    assert book.quote_for_day(DAY) == first
    archive.close()
    again = QuoteBook(Archive.open(path)).quote_for_day(DAY)
    assert again.quote_id == first.quote_id and again.quote == first.quote


def test_rotation_is_deterministic_for_a_seed():
    assert ids_over(book_with(6, seed=42), 12) == ids_over(book_with(6, seed=42), 12)
    assert ids_over(book_with(6, seed=1), 12) != ids_over(book_with(6, seed=2), 12)


def test_a_quote_added_mid_cycle_joins_the_cycle():
    book = book_with(3)
    first = ids_over(book, 2)
    book.archive.add_quote(Quote("A brand new quote.", "New"))
    rest = ids_over(book, 2, start=DAY + timedelta(days=2))
    assert len(set(first + rest)) == 4  # the new quote came before any repeat


def test_no_quotes_gives_none():
    assert QuoteBook(Archive.open()).quote_for_day(DAY) is None


# --- time zones and DST ---------------------------------------------------------------------


def test_scheduled_moment_follows_dst():
    at = time(9, 0)
    # Berlin: CET (+1) until 30 March 2025, CEST (+2) from then on.
    assert scheduled_at(date(2025, 3, 29), at, BERLIN) == datetime(2025, 3, 29, 8, tzinfo=UTC)
    assert scheduled_at(date(2025, 3, 30), at, BERLIN) == datetime(2025, 3, 30, 7, tzinfo=UTC)
    assert scheduled_at(date(2025, 10, 26), at, BERLIN) == datetime(2025, 10, 26, 8, tzinfo=UTC)
    # New York springs forward on 9 March 2025.
    assert scheduled_at(date(2025, 3, 9), at, NEW_YORK) == datetime(2025, 3, 9, 13, tzinfo=UTC)
    assert scheduled_at(date(2025, 3, 8), at, NEW_YORK) == datetime(2025, 3, 8, 14, tzinfo=UTC)


def test_a_time_in_the_spring_gap_still_happens_that_day():
    # 02:30 does not exist in Berlin on 30 March 2025; it is taken as 03:30 CEST (01:30 UTC).
    moment = scheduled_at(date(2025, 3, 30), time(2, 30), BERLIN)
    assert moment == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    assert local_day(moment, BERLIN) == date(2025, 3, 30)


def test_local_day_on_dst_change_days():
    # 22:30 UTC on 29 March is 23:30 CET: still the 29th; 22:30 UTC on the 30th is 00:30 CEST.
    assert local_day(datetime(2025, 3, 29, 22, 30, tzinfo=UTC), BERLIN) == date(2025, 3, 29)
    assert local_day(datetime(2025, 3, 30, 22, 30, tzinfo=UTC), BERLIN) == date(2025, 3, 31)
    assert local_day(datetime(2025, 3, 30, 22, 30, tzinfo=UTC), UTC) == date(2025, 3, 30)


def test_is_due_compares_real_moments_on_a_dst_day():
    at = time(9, 0)
    # On 30 March 2025 09:00 Berlin is 07:00 UTC: due at 07:00 UTC, not before.
    assert not is_due(datetime(2025, 3, 30, 6, 59, tzinfo=UTC), at, BERLIN)
    assert is_due(datetime(2025, 3, 30, 7, 0, tzinfo=UTC), at, BERLIN)
    # The same moments expressed in Berlin time give the same answers.
    assert is_due(datetime(2025, 3, 30, 9, 0, tzinfo=BERLIN), at, BERLIN)
    assert not is_due(datetime(2025, 3, 30, 8, 59, tzinfo=BERLIN), at, BERLIN)


def test_a_dst_day_gets_its_own_quote_and_the_next_day_another():
    book = book_with(5)
    # Just after midnight Berlin on the 31st (22:30 UTC on the 30th) is already the next day.
    d1 = local_day(datetime(2025, 3, 30, 7, 0, tzinfo=UTC), BERLIN)
    d2 = local_day(datetime(2025, 3, 30, 22, 30, tzinfo=UTC), BERLIN)
    assert (d1, d2) == (date(2025, 3, 30), date(2025, 3, 31))
    assert book.quote_for_day(d1).quote_id != book.quote_for_day(d2).quote_id


# --- subscribers and deliveries -------------------------------------------------------------


def test_subscribe_and_unsubscribe():
    book = book_with(1)
    assert book.subscribe(5) and not book.subscribe(5)
    assert book.is_subscribed(5) and book.subscribers() == [5]
    assert book.archive.stats()["subscribers"] == 1
    assert book.unsubscribe(5) and not book.unsubscribe(5)
    assert book.subscribers() == []


def test_pending_chats_and_deliveries():
    book = book_with(2)
    for chat in (1, 2, 3, 4):
        book.subscribe(chat)
    q = book.quote_for_day(DAY)
    assert not q.channel_posted and not q.broadcast_done
    book.record_delivery(DAY, 1, SENT)
    book.record_blocked(DAY, 2)
    assert book.pending_chats(DAY) == [3, 4]
    assert book.pending_chats(DAY + timedelta(days=1)) == [1, 3, 4]
    assert book.deliveries(DAY) == {1: SENT, 2: BLOCKED}
    assert not book.is_subscribed(2)
    book.mark_channel_posted(DAY)
    book.mark_broadcast_done(DAY)
    assert book.day_done(DAY, has_channel=True)
    assert not book.day_done(DAY + timedelta(days=1), has_channel=False)


# --- formatting -----------------------------------------------------------------------------


def test_format_quote_escapes_html():
    out = format_quote(Quote("Less <than> & more", "A & B <c>"))
    assert out == "<i>Less &lt;than&gt; &amp; more</i>\n— A &amp; B &lt;c&gt;"
    assert format_quote(Quote("Alone", None)) == "<i>Alone</i>"


def test_parse_quote():
    assert parse_quote("Be kind — Anon") == Quote("Be kind", "Anon")
    assert parse_quote('"Be kind, always." -- Someone Else') == Quote(
        "Be kind, always.", "Someone Else"
    )
    assert parse_quote("Well-being matters") == Quote("Well-being matters", None)
    assert parse_quote("Keep going —Me") == Quote("Keep going", "Me")
    assert parse_quote("   ") is None
