"""The service: safety first, then matching, then rendering; every odd message gets a clear
answer, never an exception; the message is never logged."""

from __future__ import annotations

import logging
import re

import pytest

from bot.archive import Archive
from bot.devtools.botapi_double import parse_html, utf16_len
from bot.models import Answer, Letter, Match, ParsedFile
from bot.replies import render, service

BOT = "TherapistLettersTestBot"

#: Letters for the small test archive (the long one is added by :func:`long_letter`).
LETTERS = [
    Letter(title="Can I trust my therapist when she says she loves me?",
           question="I told my therapist I loved her and she said it back. Outside sessions she "
                    "ignores my calls. Is it real or an act?",
           answers=[Answer(text="This is a tough question. Therapy is an unequal relationship. "
                                "Talk with her about the boundaries.",
                           answerer="Jef Gazley", credentials="M.S., LMFT", upvotes=3)],
           topics=["Therapy"], source_url="https://counselchat.com/questions/trust-therapist"),
    Letter(title="How do I stop panic attacks at work?",
           question="I get panic attacks at work. My heart races and I can't breathe. How do I "
                    "stop them?",
           answers=[Answer(text="Panic attacks are frightening but not dangerous. Slow breathing "
                                "helps. A therapist can teach you more.",
                           answerer="Ann Lee", credentials="LPC")],
           topics=["Anxiety"]),
    Letter(title="My mother and my wife keep fighting",
           question="My wife and my mother argue about everything. I am caught in the middle. "
                    "What can I do?",
           answers=[Answer(text="This is called triangulation. Step out of the middle.",
                           answerer="Kristi King-Morgan", credentials="LMSW")],
           topics=["Family"]),
    Letter(title="<b>Me & my \"anxious\" mind</b>",
           question="Why am I anxious <all> the time & how do I calm down?",
           answers=[Answer(text="Anxiety & worry <often> come together. Notice them.",
                           answerer="<Dr> O'Neil")],
           topics=["Anxiety"]),
    *[
        Letter(title=f"Anxiety before exams, part {n}",
               question=f"I feel anxious before every exam ({n}). I panic and forget everything.",
               answers=[Answer(text=f"Exam anxiety is common ({n}). Prepare early and breathe.",
                               answerer="Sam Roe", credentials="LCSW")],
               topics=["Anxiety"])
        for n in range(1, 7)
    ],
]


def long_letter() -> Letter:
    """A letter like the longest real one: 47 distinct answers, about 30,000 characters."""
    answers = []
    for n in range(1, 48):
        sentence = (f"Counseling can help with many issues at once, answer {n} says, and no "
                    f"number of issues is too many for a good counselor. ")
        answers.append(Answer(text=(sentence * 5).strip() + "\n\nTake the first step today.",
                              answerer=f"Therapist {n}", credentials="LPC", upvotes=48 - n))
    return Letter(title="Do I have too many issues for counseling?",
                  question="I have anxiety, depression, family problems and trouble at work. Do "
                           "I have too many issues for counseling?",
                  answers=answers, topics=["Counseling"],
                  source_url="https://counselchat.com/questions/too-many-issues")


class StubMatcher:
    """Word overlap with titles and questions: a stand-in until ``bot.matcher`` exists."""

    engine = "stub"

    def __init__(self, archive: Archive):
        self.letters = [(x.id, x.title, set(_words(x.title + " " + x.question)))
                        for x in archive.iter_letters(include_hidden=False)]

    def search(self, message: str, limit: int = 3) -> list[Match]:
        words = set(_words(message))
        scored = [(len(words & w) / max(1, min(len(words), 8)), i, t) for i, t, w in self.letters]
        scored = [s for s in scored if s[0] >= 0.25]
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [Match(i, round(100 * s, 1), t) for s, i, t in scored[:limit]]


_STOP = {"i", "my", "the", "a", "and", "to", "is", "do", "how", "of", "in", "at", "me", "it",
         "can", "what", "am", "i'm", "with", "for", "she", "her", "or", "be", "so", "all"}


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z']+", text.lower()) if w not in _STOP and len(w) > 2]


def make_matcher(archive: Archive):
    """The real matcher (lexical: no model to load) when it exists, else the stub."""
    try:
        from bot.matching.matcher import Matcher
    except ImportError:
        return StubMatcher(archive)
    return Matcher(archive, engine="lexical")


@pytest.fixture
def archive(tmp_path):
    a = Archive.open(tmp_path / "a.db")
    a.store(ParsedFile(path="fixtures", format="test", letters=[*LETTERS, long_letter()]))
    yield a
    a.close()


@pytest.fixture
def matcher(archive):
    return make_matcher(archive)


def ask(message, archive, matcher, region="US"):
    reply = service.respond(message, archive=archive, matcher=matcher, region=region,
                            bot_username=BOT)
    text, _ = parse_html(reply.html)
    assert utf16_len(text) <= 4096
    for row in reply.buttons:
        for b in row:
            assert b.url or len(b.callback_data.encode()) <= 64
    return reply, text


def test_a_question_finds_letters(archive, matcher):
    reply, text = ask("I keep having panic attacks at work", archive, matcher)
    assert not reply.crisis and reply.matches
    assert "panic attacks" in text.lower()
    assert render.FINDAHELPLINE in text


def test_many_matches_offer_more(archive, matcher):
    reply, _ = ask("I feel anxious before every exam and panic", archive, matcher)
    assert len(reply.matches) == 3
    more = [b for row in reply.buttons for b in row if (b.callback_data or "").startswith("m:")]
    assert more
    ids = render.parse_callback(more[0].callback_data).ids
    again = service.show_letters(ids, archive=archive, bot_username=BOT)
    assert again.matches and parse_html(again.html)


def test_crisis_first_no_matches(archive, matcher):
    reply, text = ask("I want to kill myself tonight", archive, matcher)
    assert reply.crisis and reply.matches == []
    assert render.FINDAHELPLINE in text and "988" in text
    assert "Answer" not in text


@pytest.mark.parametrize("message", [
    "", "   \n\t ", "😀😀🙏", "?!?...", "<b>hi & bye</b>", '"NEAR(title:x', "title:* OR AND NOT",
    "NEAR(a b, -1) ^x * \" '", "x" * 10_000, "word " * 2_000, "Я не могу спать, мне тревожно",
    "我每天都很焦虑", "\x00\x01 control \x7f", "<script>alert(1)</script>",
])
def test_odd_messages_get_a_clear_answer(message, archive, matcher, caplog):
    caplog.set_level(logging.DEBUG)
    reply, text = ask(message, archive, matcher)
    assert text.strip()
    assert not reply.crisis
    assert not [r for r in caplog.records if r.name.startswith("bot.replies.service")], \
        "the matcher failed on this message"
    if message.strip() and message.strip() not in ("😀😀🙏", "?!?..."):
        assert message.strip()[:20] not in caplog.text


def test_emoji_only_asks_for_words(archive, matcher):
    _, text = ask("😀😀🙏", archive, matcher)
    assert "words" in text and "/topics" in text


def test_no_match_is_kind(archive, matcher):
    reply, text = ask("quantum chromodynamics lattice gauge", archive, matcher)
    assert not reply.matches
    assert "couldn't find" in text and "/topics" in text


def test_long_message_is_cut_for_matching():
    assert len(service.prepare("x " * 10_000)) <= service.MAX_MATCH_CHARS
    assert service.prepare("  a\x00b  ") == "a b"


def test_a_failing_matcher_still_gets_an_answer(archive, caplog):
    class Broken:
        def search(self, message, limit=3, **_kwargs):
            raise RuntimeError(f"fts5: syntax error near {message}")

    reply, text = ask("secret words here", archive, Broken())
    assert "couldn't find" in text
    assert "secret" not in caplog.text and "RuntimeError" in caplog.text


def test_hidden_letters_are_never_shown(archive, matcher):
    reply, _ = ask("I keep having panic attacks at work", archive, matcher)
    first = reply.matches[0].letter_id
    archive.set_hidden(first, True)
    reply, _ = ask("I keep having panic attacks at work", archive, make_matcher(archive))
    assert first not in [m.letter_id for m in reply.matches]
    assert service.letter_reply(first, archive=archive).html.startswith("Sorry")


def test_inline_results_and_crisis(archive, matcher):
    articles = service.respond_inline("panic attacks at work", archive=archive, matcher=matcher,
                                      region="GB", bot_username=BOT)
    assert articles and all(parse_html(a.html) for a in articles)
    [crisis] = service.respond_inline("i want to end my life", archive=archive, matcher=matcher,
                                      region="GB", bot_username=BOT)
    assert crisis.id == "crisis" and render.FINDAHELPLINE in crisis.html
    assert service.respond_inline("  ", archive=archive, matcher=matcher, bot_username=BOT) == []


def test_topics_and_topic_letters(archive):
    reply = service.topics_reply(0, archive=archive)
    names = [b.text for row in reply.buttons for b in row]
    assert any(name.startswith("Anxiety") for name in names)
    key = render.topic_key("Anxiety")
    listing = service.topic_letters_reply(key, 0, archive=archive, bot_username=BOT)
    assert "Anxiety" in listing.html and parse_html(listing.html)
    more = [b for row in listing.buttons for b in row if b.text == "More »"]
    assert more
    action = render.parse_callback(more[0].callback_data)
    rest = service.topic_letters_reply(action.topic_key, action.page, archive=archive,
                                       bot_username=BOT)
    assert rest.html != listing.html


def test_plain_text(archive, matcher):
    reply, _ = ask("<b>panic</b> attacks at work", archive, matcher)
    plain = service.reply_to_plain_text(reply)
    assert "<b>" not in plain and "https://findahelpline.com" in plain
