"""Replies stay within Telegram's limits whatever was loaded (issue 11, items 3 and 4): every
field is capped at import in every format with a note in the load report; any stored letter,
quote or report renders into messages the Bot API double accepts; a huge field is capped and
paging through a long letter does not re-split it for every part."""

from __future__ import annotations

import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.archive import Archive, limits
from bot.archive.importers.jsonl import dumps_letter
from bot.archive.loader import load_path, render_report
from bot.archive.quotes import format_quote
from bot.devtools.botapi_double import parse_html, utf16_len
from bot.models import Answer, ImportReport, Letter, Match, Quote
from bot.replies import paging, render

BOT = "archive_test_bot"


def accepted(html: str) -> None:
    """What the double checks on sendMessage: valid entities, at most 4096 after parsing."""
    text, _entities = parse_html(html)
    assert 0 < utf16_len(text) <= 4096, utf16_len(text)


def buttons_ok(reply: render.Reply) -> None:
    for row in reply.buttons:
        for b in row:
            assert b.url or 0 < len(b.callback_data.encode()) <= 64


def all_parts(letter) -> list[render.Reply]:
    first = paging.render_letter_part(letter, 0)
    n = len(paging.letter_parts(letter))
    return [first] + [paging.render_letter_part(letter, k) for k in range(1, n)]


def check_letter(archive: Archive, letter_id: int) -> None:
    stored = archive.letter(letter_id)
    reply = render.render_matches([(Match(letter_id, 90.0, stored.title), stored)],
                                  bot_username=BOT)
    accepted(reply.html)
    buttons_ok(reply)
    for part in all_parts(stored):
        accepted(part.html)
        buttons_ok(part)
    topics = render.render_topics(archive.topics(), 0)
    accepted(topics.html)
    buttons_ok(topics)


def test_huge_fields_in_jsonl_are_capped_with_a_note(tmp_path):
    letter = Letter(title="T" * 5_000, question="word " * 40_000, asker_name="N" * 10_000,
                    topics=["x" * 5_000], answers=[Answer(text="answer " * 10_000,
                                                          answerer="A" * 1_000)])
    path = tmp_path / "big.jsonl"
    path.write_text(dumps_letter(letter) + "\n", encoding="utf-8")
    archive = Archive.open()
    report = load_path(archive, path)
    assert report.ok and report.letters_added == 1
    text = render_report(report)
    for what in ("title", "question", "asker name", "topic", "answer", "answerer"):
        assert any(what in n and "cut" in n for n in report.notes), (what, report.notes)
    assert "note:" in text
    stored = archive.letter(1)
    assert len(stored.question) <= limits.QUESTION and len(stored.asker_name) <= limits.ASKER_NAME
    check_letter(archive, 1)


def test_a_long_quote_in_a_quotes_csv_is_capped(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text('text,author\n"' + "Be kind to yourself. " * 300 + '",Anon Author\n',
                    encoding="utf-8")
    archive = Archive.open()
    report = load_path(archive, path)
    assert report.ok and report.quotes_added == 1
    assert any("quote" in n for n in report.notes)
    (_, quote), = archive.quotes()
    assert len(quote.text) <= limits.QUOTE
    accepted(format_quote(quote))


def test_an_upload_summary_with_many_notes_fits_one_message():
    report = ImportReport(path="letters.csv", format="csv", letters_added=3,
                          notes=[f"row {i}: an image was dropped " + "x" * 300
                                 for i in range(2_000)],
                          warnings=["w" * 10_000] * 50)
    text = render_report(report)
    assert len(text) < 4096
    assert "more notes" in text and "more warnings" in text


def test_a_huge_single_field_question_is_capped_and_paging_is_cheap(tmp_path):
    # The file is 45 MB; 4 MB shows the same (the cap does not depend on the size).
    path = tmp_path / "huge.csv"
    path.write_text('title,question,answer\nLost,"' + "I feel lost and alone. " * 180_000
                    + '",Talk to someone.\n', encoding="utf-8")
    archive = Archive.open()
    report = load_path(archive, path)
    assert report.ok and report.letters_added == 1, render_report(report)
    assert any("question" in n for n in report.notes)
    stored = archive.letter(1)
    assert len(stored.question) <= limits.QUESTION
    paging.clear()
    started = time.perf_counter()
    first = paging.render_letter_part(stored, 0)
    first_time = time.perf_counter() - started
    n = len(paging.letter_parts(stored))
    assert 1 < n < 20
    started = time.perf_counter()
    for k in range(1, n):
        accepted(paging.render_letter_part(stored, k).html)
    per_next = (time.perf_counter() - started) / (n - 1)
    accepted(first.html)
    assert per_next < first_time  # each further part comes from the cache


def test_paging_splits_a_letter_once(monkeypatch):
    calls = []
    original = render.letter_parts
    monkeypatch.setattr(render, "letter_parts", lambda x: calls.append(1) or original(x))
    archive = Archive.open()
    from test_archive import parsed

    archive.store(parsed(Letter(title="Long", question="Sentence here. " * 2_000)))
    paging.clear()
    stored = archive.letter(1)
    parts = all_parts(stored)
    assert len(parts) > 2 and len(calls) == 1


# --- the property: anything storable renders into messages Telegram accepts -----------------

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
long_texts = st.one_of(texts, st.builds(lambda s, n: (s or "x") * n, texts,
                                        st.integers(1, 3_000)))
answers = st.builds(Answer, text=long_texts, answerer=long_texts, credentials=texts, bio=texts,
                    source_url=st.one_of(st.none(), st.just("https://example.com/a")))
letters = st.builds(
    Letter, title=long_texts, question=long_texts, answers=st.lists(answers, max_size=4),
    asker_name=st.one_of(st.none(), long_texts), topics=st.lists(long_texts, max_size=30),
    source_url=st.one_of(st.none(), st.just("https://example.com/q")),
)
quotes = st.builds(Quote, text=long_texts, author=st.one_of(st.none(), long_texts))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter=letters, quote=quotes, notes=st.lists(long_texts, max_size=40))
def test_any_stored_letter_quote_or_report_renders_into_accepted_messages(letter, quote, notes):
    from bot.models import ParsedFile

    archive = Archive.open()
    parsed = ParsedFile(path="x.jsonl", format="jsonl", letters=[letter], quotes=[quote],
                        notes=list(notes))
    limits.cap_parsed(parsed)
    if not parsed.letters[0].question.strip() and not parsed.letters[0].title.strip():
        parsed.letters[0].question = "q"
    report = archive.store(parsed)
    for letter_id, in archive.db.execute("select id from letters"):
        check_letter(archive, letter_id)
    for _, stored_quote in archive.quotes():
        if stored_quote.text.strip():
            accepted(format_quote(stored_quote))
    accepted(render.esc(render_report(report)))
    json.dumps(report.notes)
