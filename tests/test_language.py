"""Messages the archive cannot answer by matching (issue 11, item 13): greetings get a greeting
and how to use the bot; a message in another language gets a reply in that language saying the
archive is in English; the crisis check still runs first; `ask` never points to Telegram-only
commands."""

from __future__ import annotations

import pytest
from test_ask import ask as ask_cli
from test_ask import bundled_db, env  # noqa: F401
from test_service import archive, ask, matcher  # noqa: F401

from bot.replies import language
from bot.replies.render import FINDAHELPLINE

GREETINGS = ["hi", "Hi!", "HELLO", "hello!!!", "Hey there :)", "heyyy", "good morning.",
             "  hiya  ", "Hi 👋"]
OTHER_LANGUAGES = {
    "es": ("Me siento muy triste y no sé qué hacer con mi vida", "inglés"),
    "pt": ("Eu me sinto muito sozinha e não sei o que fazer", "inglês"),
    "fr": ("Je me sens très seule depuis que mon mari est parti", "anglais"),
    "de": ("Ich fühle mich so allein und weiß nicht, was ich tun soll", "Englisch"),
    "it": ("Mi sento molto triste e non so cosa fare della mia vita", "inglese"),
    "ru": ("Мне очень грустно и я не знаю что делать", "английском"),
}


@pytest.mark.parametrize("message", GREETINGS)
def test_a_greeting_gets_a_greeting_and_how_to_use_the_bot(message, archive, matcher):
    reply, _ = ask(message, archive, matcher)
    assert not reply.crisis and not reply.matches
    assert "Hello" in reply.html and "in your own words" in reply.html


@pytest.mark.parametrize("message", ["hi, my therapist ignores my calls",
                                     "hello I get panic attacks at work"])
def test_a_greeting_with_a_question_is_matched(message, archive, matcher):
    assert not language.is_greeting(message)


@pytest.mark.parametrize("code", sorted(OTHER_LANGUAGES))
def test_another_language_gets_a_reply_in_that_language(code, archive, matcher):
    message, word = OTHER_LANGUAGES[code]
    assert language.detect_language(message) == code
    reply, _ = ask(message, archive, matcher)
    assert word in reply.html and "in English" in reply.html
    assert not reply.matches


@pytest.mark.parametrize("message", ["I get panic attacks at work, what can I do?",
                                     "my therapist said she loves me but ignores my calls",
                                     "no", "ok merci"])
def test_english_and_short_messages_are_not_flagged(message):
    assert language.detect_language(message) in (None, "en")


@pytest.mark.parametrize("message", ["Quiero morir, voy a matarme esta noche",
                                     "je vais me suicider ce soir"])
def test_the_crisis_check_runs_first_in_any_language(message, archive, matcher):
    reply, _ = ask(message, archive, matcher)
    assert reply.crisis and FINDAHELPLINE in str(reply.buttons) + reply.html


@pytest.mark.parametrize("message", ["hi", "xyzzy plugh qwertyuiop"])
def test_ask_never_points_to_telegram_only_commands(env, capsys, message):
    out = ask_cli(capsys, message)
    assert "/topics" not in out and "/help" not in out
