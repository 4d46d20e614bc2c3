"""Rendering: escaped Telegram HTML that Telegram accepts, parts within 4096, buttons within 64
bytes. Checked with the Bot API double's own parser of Telegram HTML."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.devtools.botapi_double import is_valid_button_url, parse_html, utf16_len
from bot.models import Match, StoredAnswer, StoredLetter
from bot.replies import render
from bot.replies.render import Button

BOT = "TherapistLettersTestBot"


def letter(
    letter_id: int = 1,
    title: str = "Can I trust my therapist?",
    question: str = "I told her I loved her. She said it back. Is it real?",
    answers: list[str] | None = None,
    source_url: str | None = "https://counselchat.com/questions/can-i-trust",
    answerer: str = "Jef Gazley",
) -> StoredLetter:
    """A stored letter built in memory."""
    texts = ["Dear Eli, this is a tough question. There are several possibilities."] \
        if answers is None else answers
    return StoredLetter(
        id=letter_id, key=f"k{letter_id}", title=title, question=question, asker_name="Eli",
        asker_age=29, topics=["therapy"], source_url=source_url, split=None, added=None,
        hidden=False,
        answers=[StoredAnswer(id=n, letter_id=letter_id, text=t, answerer=answerer,
                              credentials="M.S., LMFT", bio="", source_url=None, upvotes=n)
                 for n, t in enumerate(texts, 1)],
    )


def long_letter(answers: int = 47, chars: int = 640) -> StoredLetter:
    """A letter like the longest real one: 47 distinct answers, about 30,000 characters."""
    texts = []
    for n in range(answers):
        sentence = f"Answer {n} says something kind & useful about <counseling> and 'issues'. "
        body = (sentence * (chars // len(sentence) + 1))[:chars]
        texts.append(body.rsplit(". ", 1)[0] + ".\n\n" + "A second paragraph. " * 3)
    return letter(2, "Do I have too many issues for counseling?", "I have many issues. " * 20,
                  texts)


def assert_telegram_ok(html: str) -> str:
    """The HTML parses as Telegram would and fits one message; returns the text."""
    text, _ = parse_html(html)
    assert text.strip()
    assert utf16_len(text) <= 4096
    assert utf16_len(html) <= render.MAX_MESSAGE_HTML
    return text


def assert_buttons_ok(reply: render.Reply) -> None:
    for row in reply.buttons:
        for b in row:
            if b.callback_data is not None:
                assert 0 < len(b.callback_data.encode()) <= 64
                assert render.parse_callback(b.callback_data) is not None
            else:
                assert is_valid_button_url(b.url)


def test_button_needs_exactly_one_action_and_short_data():
    with pytest.raises(ValueError):
        Button("x")
    with pytest.raises(ValueError):
        Button("x", url="https://a.org", callback_data="l:1:0")
    with pytest.raises(ValueError):
        Button("x", callback_data="m:" + "1" * 63)


def test_deep_link_mirrors_ptb():
    from telegram.helpers import create_deep_linked_url

    assert render.deep_link(BOT, "l12") == create_deep_linked_url(BOT, "l12")
    assert render.parse_start_payload(render.letter_payload(12)) == 12
    assert render.parse_start_payload("hello") is None
    with pytest.raises(ValueError):
        render.deep_link(BOT, "bad payload!")


def test_matches_reply_escapes_and_links():
    evil = letter(7, title="<b>Me & my \"mother\"</b>", question="Why <script>? A & B.",
                  answers=["Try this & that <i>now</i>. Then rest. More text here."],
                  answerer="<Dr> O'Neil")
    reply = render.render_matches([(Match(7, 80.0), evil)], bot_username=BOT)
    text = assert_telegram_ok(reply.html)
    assert "<b>Me & my \"mother\"</b>" in text  # shown literally, not as markup
    assert "<Dr> O'Neil" in text
    assert f"https://t.me/{BOT}?start=l7" in reply.html
    assert render.FINDAHELPLINE in text and "not therapy" in text
    assert not reply.crisis and [m.letter_id for m in reply.matches] == [7]
    assert reply.buttons[0][0].callback_data == "l:7:0"
    assert reply.buttons[0][1].url == evil.source_url
    assert_buttons_ok(reply)


def test_three_matches_with_more_and_long_texts_fit():
    found = [(Match(i, 90 - i), letter(i, title="T" * 400, question="Q. " * 500,
                                       answers=["A " * 3000]))
             for i in range(1, 4)]
    reply = render.render_matches(found, bot_username=BOT, more_ids=[4, 5, 6, 7, 8, 9])
    assert_telegram_ok(reply.html)
    assert reply.buttons[-1][0].callback_data == "m:4.5.6.7.8.9"
    assert_buttons_ok(reply)


def test_excerpt_cuts_at_sentences_and_glued_sentences():
    text = "First one. Second one! Third one? Fourth."
    assert render.excerpt(text, 300, 2) == "First one. Second one!"
    assert render.excerpt("with.Seriously the context matters.", 300, 1) == "with."
    assert render.excerpt("word " * 100, 50).endswith("…")
    assert len(render.excerpt("word " * 100, 50)) <= 50


def test_no_match_and_empty_are_kind_and_offer_topics():
    for reply in (render.render_no_match(), render.render_empty_message()):
        text = assert_telegram_ok(reply.html)
        assert "/topics" in text and render.FINDAHELPLINE in text
        assert reply.buttons[0][0].callback_data == "t:0"


def test_crisis_reply_has_lines_and_no_archive_text():
    resources = SimpleNamespace(
        region="US", emergency_number="911", findahelpline="https://findahelpline.com",
        lines=(SimpleNamespace(name="988 Suicide & Crisis Lifeline", contact="call or text 988",
                               url="https://988lifeline.org", source="x"),),
    )
    reply = render.render_crisis(resources)
    text = assert_telegram_ok(reply.html)
    assert reply.crisis and reply.matches == [] and reply.risk == "high"
    assert "988" in text and "911" in text and render.FINDAHELPLINE in text
    assert "not a crisis service" in text
    # danger now: no letters and no button to letters
    assert all(b.callback_data is None for row in reply.buttons for b in row)
    assert_buttons_ok(reply)


def test_possible_reply_puts_care_and_lines_before_letters():
    resources = SimpleNamespace(
        region="US", emergency_number="911", findahelpline="https://findahelpline.com",
        lines=(SimpleNamespace(name="988 Suicide & Crisis Lifeline", contact="call or text 988",
                               url="https://988lifeline.org", source="x"),),
    )
    found = [(Match(letter_id=7, score=80.0, title="T"), letter(7))]
    reply = render.render_possible(resources, found, bot_username="letters_bot")
    text = assert_telegram_ok(reply.html)
    assert reply.risk == "possible" and [m.letter_id for m in reply.matches] == [7]
    assert text.index("988") < text.index(letter(7).title[:20])
    assert reply.buttons[0][0].url == render.FINDAHELPLINE
    assert_buttons_ok(reply)


def test_crisis_reply_without_region_still_has_findahelpline():
    reply = render.render_crisis(SimpleNamespace(lines=(), emergency_number=None))
    text = assert_telegram_ok(reply.html)
    assert render.FINDAHELPLINE in text and "emergency number" in text


def test_long_letter_parts_are_valid_and_complete():
    big = long_letter()
    assert sum(len(a.text) for a in big.answers) > 30_000
    parts = render.letter_parts(big)
    assert len(parts) >= 8
    texts = [assert_telegram_ok(p) for p in parts]
    whole = "\n".join(texts)
    for n in range(1, 48):
        assert f"Answer {n} of 47" in whole
    for a in big.answers:  # every sentence of every answer is somewhere
        assert a.text.split(". ")[0] in whole
    for k, part in enumerate(parts[1:], 2):
        assert f"({k}/{len(parts)})" in part


def test_letter_part_buttons_page_to_the_end():
    big = long_letter()
    n = len(render.letter_parts(big))
    reply = render.render_letter_part(big, 0)
    seen = 1
    while reply.buttons[0][0].callback_data.startswith("l:"):
        action = render.parse_callback(reply.buttons[0][0].callback_data)
        assert reply.buttons[0][0].text == f"Next part ({action.part + 1}/{n})"
        reply = render.render_letter_part(big, action.part)
        assert_telegram_ok(reply.html)
        seen += 1
    assert seen == n
    assert [b.callback_data for b in reply.buttons[0]] == ["f:2:1", "f:2:0"]
    assert reply.buttons[1][0].url == big.source_url


def test_one_huge_paragraph_and_one_huge_word_are_split_safely():
    huge = letter(3, answers=["&<>" * 5000, "x" * 20000, "é😀 " * 4000])
    for part in render.letter_parts(huge):
        assert_telegram_ok(part)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=3000), st.text(min_size=1, max_size=200))
def test_any_text_renders_to_valid_html(body, title):
    item = letter(5, title=title, question=body or "?", answers=[body, title])
    for part in render.letter_parts(item):
        text, _ = parse_html(part)
        assert utf16_len(text) <= 4096
    reply = render.render_matches([(Match(5, 50), item)], bot_username=BOT)
    assert_telegram_ok(reply.html)


def test_topics_paging_and_callbacks():
    topics = [(f"topic {n} & more", 10 - n % 10) for n in range(20)]
    first = render.render_topics(topics, 0)
    assert_telegram_ok(first.html)
    assert_buttons_ok(first)
    assert first.buttons[-1][-1].callback_data == "t:1:e"
    last = render.render_topics(topics, 99)
    assert "page 3 of 3" in last.html
    key = render.topic_key("topic 3 & more")
    action = render.parse_callback(render.cb_topic(key, 5))
    assert action == render.Action("topic", topic_key=key, page=5, in_place=True)
    listing = render.render_topic_letters("a & b", [letter(1), letter(2)], 0, True, BOT)
    assert_telegram_ok(listing.html)
    assert_buttons_ok(listing)


def test_parse_callback_rejects_foreign_data():
    for data in (None, "", "x", "l:a:0", "m:", "f:1:2", "tp:zz:0", "t:1:x", "admin:1"):
        assert render.parse_callback(data) is None


def test_menus_and_inline_render_valid_html():
    for reply in (render.render_welcome("Bot <3"), render.render_about({"letters": 3}),
                  render.render_help([("start", "Start <here>")]), render.render_error(),
                  render.render_letter_missing(), render.render_group_hint(BOT)):
        assert_telegram_ok(reply.html)
        assert render.FINDAHELPLINE in reply.html
    [article] = render.render_inline([(Match(1, 70), letter())], bot_username=BOT)
    assert_telegram_ok(article.html)
    assert article.buttons[0][0].url == f"https://t.me/{BOT}?start=l1"


def test_plain_text_of_a_letter_and_a_reply():
    plain = render.letter_as_plain_text(letter(answers=["A & B < C."]))
    assert "A & B < C." in plain and "<b>" not in plain
    assert render.html_to_plain('<a href="https://x.org">here</a> &amp;') == \
        "here (https://x.org) &"


def test_core_modules_do_not_import_telegram():
    code = ("import sys, bot.replies.render, bot.replies.service, bot.replies.asking, "
            "bot.archive.loader, bot.matching.matcher, bot.safety.evaluation, bot.cli; "
            "bad = [m for m in sys.modules if m == 'telegram' or m.startswith('telegram.')]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(
        __import__("pathlib").Path(__file__).resolve().parent.parent))
