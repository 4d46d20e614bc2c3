"""Admins in Telegram, end to end: the real Application over real HTTP to the local Bot API double.

Uploads of every format, a bad file, a non-admin's file, a file over 20 MB, a long load's
progress message, /hide and /unhide, /stats, /addquote, /subscribe, /quote, /postquote.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

import pytest

from bot.archive import Archive
from bot.config import load_settings
from bot.devtools.botapi_double import BotApiDouble, running_double
from bot.telegram import admin as handlers_admin

ADMIN = 1001
USER = 2002

# --- fixtures: one small file per format ------------------------------------------------------

LETTER_PAGE = """How do I stop overthinking every message I send?


How do I stop overthinking every message I send?


your avatar\u00a0\u00a0 Mara, 31 years old

Every time I text a friend I reread it ten times and worry they are annoyed with me.


\u00a0\u00a0 Jane Doe, LMFT

Dear Mara,

Rereading messages is a common sign of anxiety about rejection. Send it, then do something
else for ten minutes.

Good luck.

Jane Doe

This question was answered by Jane Doe, a therapist in Ohio.


Be patient with your own mind.
""".encode()

QUOTES_TXT = (
    "Be gentle with yourself. — Anon\n"
    "Small steps still move you forward. — Ada Walker\n"
    "Rest is not <quitting> & never was. — Sam & Kim\n"
).encode()

LETTERS_CSV = (
    b"title,question,answer,answerer,topics\n"
    b'"Why do I feel lonely at parties?","I go to parties and still feel alone in a crowd.",'
    b'"Loneliness in a crowd is common; it is about connection, not company.","Dr. Sam Lee",'
    b"loneliness\n"
)

LETTER = {
    "title": "My sister never calls me back",
    "question": "My sister ignores my calls for weeks and I feel hurt and forgotten.",
    "topics": ["family-conflict"],
    "answers": [{"answerer": "Ann Roe", "credentials": "LCSW",
                 "text": "It sounds painful to feel ignored by your sister. Tell her."}],
}
LETTER_2 = {
    "title": "Can't sleep before exams",
    "question": "Before every exam I lie awake all night. How do I calm down?",
    "answers": [{"answerer": "Bo Ray", "text": "Try a wind-down routine and keep the phone away."}],
}
LETTERS_JSON = json.dumps([LETTER, LETTER_2]).encode()
LETTERS_JSONL = (json.dumps({**LETTER, "title": "Brother ignores me too",
                             "question": "My brother also never answers my messages."}) + "\n"
                 ).encode()

BAD_JSONL = (json.dumps(LETTER_2) + "\n" + '{"title": "broken", "question": \n').encode()

FORMATS = [
    ("letter-page.txt", LETTER_PAGE, {"letters": 1, "quotes": 1}),
    ("quotes.txt", QUOTES_TXT, {"letters": 0, "quotes": 3}),
    ("letters.csv", LETTERS_CSV, {"letters": 1, "quotes": 0}),
    ("letters.json", LETTERS_JSON, {"letters": 2, "quotes": 0}),
    ("letters.jsonl", LETTERS_JSONL, {"letters": 1, "quotes": 0}),
]


# --- harness ----------------------------------------------------------------------------------


def make_settings(api: BotApiDouble, db: Path, **env: str):
    base = {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_URL": api.url,
        "BOT_DB": str(db),
        "ADMIN_IDS": str(ADMIN),
    }
    base.update(env)
    return load_settings(base)


def build(settings, archive):
    """The real application: bot.telegram.app.build_application (admin features included)."""
    from bot.matching.matcher import Matcher
    from bot.telegram.app import build_application

    return build_application(settings, archive, Matcher(archive))


@contextlib.asynccontextmanager
async def running_bot(settings, archive):
    """Start the application (post_init, long polling against the double); stop it on exit."""
    from bot.telegram.app import running

    async with running(build(settings, archive)) as app:
        yield app


def _summaries(api) -> list[str]:
    return [t for t in api.texts_to(ADMIN) if t.startswith(("✓", "✗"))]


async def loaded(api, n: int = 1, timeout: float = 60.0) -> list[str]:
    """Wait until `n` uploads were answered with their summary (a load may first show a
    progress message, which becomes the summary); return the admin's texts."""
    await api.wait_for(lambda: len(_summaries(api)) >= n, timeout=timeout)
    return api.texts_to(ADMIN)


async def settle(api: BotApiDouble, app) -> None:
    """Wait until every pushed update was fetched and handled."""
    await api.wait_delivered()
    await app.update_queue.join()
    await asyncio.sleep(0.05)


@pytest.fixture
def api():
    with running_double() as double:
        double.add_user(ADMIN)  # an admin has opened a chat with the bot (their command menu)
        yield double
    assert not double.unexpected_errors(), double.unexpected_errors()


@pytest.fixture
def archive(tmp_path):
    a = Archive.open(tmp_path / "archive.db")
    yield a
    a.close()


@pytest.fixture
def settings(api, tmp_path):
    return make_settings(api, tmp_path / "archive.db")


def counts(archive: Archive) -> dict[str, int]:
    s = archive.stats()
    return {"letters": s["letters"], "quotes": s["quotes"]}


# --- uploads ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name,content,expected", FORMATS, ids=[f[0] for f in FORMATS])
async def test_admin_upload_of_each_format(api, archive, settings, name, content, expected):
    async with running_bot(settings, archive) as app:
        api.document_message(ADMIN, content, name)
        reply = await loaded(api)
        await settle(api, app)
    assert api.calls_to("getFile", ok=True) and api.calls_to("downloadFile", ok=True)
    assert counts(archive) == expected
    # The same summary as the command line.
    assert reply[-1].startswith(f"✓ {name}")
    if expected["letters"]:
        assert f"letters: {expected['letters']} added" in reply[-1]
    if expected["quotes"]:
        assert f"quotes: {expected['quotes']} added" in reply[-1]
    # New letters are in the archive (and full-text index) at once.
    if expected["letters"]:
        hits = archive.db.execute("select count(*) from letters_fts").fetchone()[0]
        assert hits == expected["letters"]


async def test_uploading_the_same_file_twice_adds_nothing(api, archive, settings):
    async with running_bot(settings, archive):
        api.document_message(ADMIN, LETTERS_JSON, "letters.json")
        await loaded(api)
        api.document_message(ADMIN, LETTERS_JSON, "letters.json")
        texts = await loaded(api, 2)
    assert "Nothing new" in texts[1]
    assert counts(archive) == {"letters": 2, "quotes": 0}


async def test_new_letters_reach_the_archive_listeners(api, archive, settings):
    seen: list[int] = []
    archive.on_letters_changed(seen.extend)
    async with running_bot(settings, archive):
        api.document_message(ADMIN, LETTERS_JSON, "letters.json")
        await loaded(api)
    assert sorted(seen) == [1, 2]


async def test_bad_upload_names_file_and_line_and_keeps_nothing(api, archive, settings):
    before = counts(archive)
    async with running_bot(settings, archive):
        api.document_message(ADMIN, BAD_JSONL, "broken.jsonl")
        texts = await loaded(api)
    assert texts[-1].startswith("✗ broken.jsonl, line 2:")
    assert "Nothing from this file was kept" in texts[-1]
    assert counts(archive) == before  # the good first line was not kept either


async def test_non_admin_upload_is_refused_without_downloading(api, archive, settings):
    async with running_bot(settings, archive):
        api.document_message(USER, LETTERS_JSON, "letters.json")
        texts = await api.wait_for(lambda: api.texts_to(USER))
    assert "only the archive's admins" in texts[-1]
    assert api.calls_to("getFile") == [] and api.calls_to("downloadFile") == []
    assert counts(archive) == {"letters": 0, "quotes": 0}


async def test_file_over_20_mb_is_not_downloaded(api, archive, settings):
    async with running_bot(settings, archive):
        api.document_message(ADMIN, b"x", "huge.csv", file_size=25 * 1024 * 1024)
        texts = await api.wait_for(lambda: api.texts_to(ADMIN))
    assert "20 MB" in texts[-1] and "python -m bot load huge.csv" in texts[-1]
    assert api.calls_to("getFile") == []


async def test_unknown_file_type_is_not_downloaded(api, archive, settings):
    async with running_bot(settings, archive):
        api.document_message(ADMIN, b"%PDF", "letters.pdf", mime_type="application/pdf")
        texts = await api.wait_for(lambda: api.texts_to(ADMIN))
    assert "letters.pdf" in texts[-1] and ".jsonl" in texts[-1]
    assert api.calls_to("getFile") == []


async def test_long_load_edits_one_progress_message(api, archive, settings, monkeypatch):
    """A load that takes a few seconds shows one progress message, edited as it goes, which
    becomes the summary."""
    import bot.archive.loader as loader

    real_store = loader._store

    def slow_store(archive, parsed, progress, embed=None):
        def step(done, total):
            import time

            time.sleep(0.25)  # a slow disk: 10 letters take 2.5 s
            if progress is not None:
                progress(done, total)

        total = len(parsed.letters)
        for done in range(1, total + 1):
            step(done, total)
        return real_store(archive, parsed, progress, embed)

    monkeypatch.setattr(loader, "_store", slow_store)
    monkeypatch.setattr(handlers_admin, "load_bytes", loader.load_bytes)
    letters = [dict(LETTER, title=f"Letter {i}", question=f"Question number {i} about my sister.")
               for i in range(10)]
    async with running_bot(settings, archive) as app:
        kit = app.bot_data["admin"]
        # Short for the test (the bot's defaults are 2 s), but above Telegram's 1/s per chat.
        kit.progress_delay, kit.progress_interval = 0.3, 1.1
        api.document_message(ADMIN, json.dumps(letters).encode(), "many.json")
        await api.wait_for(lambda: any(t.startswith("✓") for t in api.texts_to(ADMIN)), 20)
    messages = api.messages_to(ADMIN)
    assert len(messages) == 1  # one message: progress, then the summary
    assert messages[0]["text"].startswith("✓ many.json") and "10 added" in messages[0]["text"]
    edits = api.calls_to("editMessageText", ok=True)
    assert len(edits) >= 2  # progress edits, then the summary
    assert any("of 10 letters" in c.params["text"] for c in edits)
    # Throttled: no two edits closer than the interval (allowing for the final one).
    times = [c.at for c in edits[:-1]]
    assert all(b - a >= 1.0 for a, b in zip(times, times[1:], strict=False))


# --- admin commands ---------------------------------------------------------------------------


async def test_hide_and_unhide(api, archive, settings):
    async with running_bot(settings, archive):
        api.document_message(ADMIN, LETTERS_JSON, "letters.json")
        await loaded(api)
        api.private_message(ADMIN, "/hide 1")
        await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 2)
        hidden_visible = [letter.id for letter in archive.letters([1, 2])]
        api.private_message(ADMIN, "/unhide 1")
        await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 3)
        api.private_message(ADMIN, "/hide 99")
        texts = await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 4 and api.texts_to(ADMIN))
    assert "is hidden" in texts[1] and "My sister never calls me back" in texts[1]
    assert hidden_visible == [2]  # a hidden letter is not shown
    assert "visible again" in texts[2] and [x.id for x in archive.letters([1, 2])] == [1, 2]
    assert "no letter #99" in texts[3]


async def test_hidden_letter_is_no_longer_matched(api, archive, settings):
    """With the matcher and the bot's replies in place: a hidden letter is neither matched nor
    shown, and comes back after /unhide."""
    from bot.matching.matcher import Matcher

    question = "my sister ignores my calls for weeks and I feel hurt"
    title = LETTER["title"]
    async with running_bot(settings, archive) as app:
        api.document_message(ADMIN, LETTERS_JSON, "letters.json")
        await loaded(api)
        matcher = app.bot_data["deps"].matcher
        assert isinstance(matcher, Matcher)
        before = [m.letter_id for m in matcher.search(question, limit=5)]
        api.private_message(USER, question)
        shown_before = await api.wait_for(lambda: api.texts_to(USER))
        api.private_message(ADMIN, "/hide 1")
        await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 2)
        after = [m.letter_id for m in matcher.search(question, limit=5)]
        await asyncio.sleep(1.1)  # Telegram's one message a second per chat
        api.private_message(USER, question)
        shown_after = await api.wait_for(lambda: len(api.texts_to(USER)) >= 2
                                         and api.texts_to(USER)[1:])
    assert 1 in before and 1 not in after
    assert any(title in t for t in shown_before), shown_before
    assert not any(title in t for t in shown_after)


async def test_admin_commands_are_refused_to_others(api, archive, settings):
    async with running_bot(settings, archive):
        for i, command in enumerate(["/stats", "/hide 1", "/unhide 1", "/addquote Hi — Me",
                                     "/postquote"], 1):
            api.private_message(USER, command)
            await api.wait_for(lambda i=i: len(api.texts_to(USER)) == i)
    texts = api.texts_to(USER)
    assert all("only for the archive's admins" in t for t in texts)
    assert counts(archive)["quotes"] == 0


async def test_stats(api, archive, settings):
    async with running_bot(settings, archive):
        api.document_message(ADMIN, LETTERS_JSON, "letters.json")
        await loaded(api)
        api.private_message(USER, "/subscribe")
        await api.wait_for(lambda: api.texts_to(USER))
        api.private_message(ADMIN, "/stats")
        texts = await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 2 and api.texts_to(ADMIN))
    assert "Letters: 2 (0 hidden)" in texts[1] and "Subscribers: 1" in texts[1]


async def test_addquote_escapes_and_quote_shows_it(api, archive, settings):
    async with running_bot(settings, archive):
        api.private_message(ADMIN, "/addquote Less <fear> & more rest — A & B")
        await api.wait_for(lambda: api.texts_to(ADMIN))
        api.private_message(ADMIN, "/addquote Less <fear> & more rest — A & B")
        await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 2)
        api.private_message(USER, "/quote")
        texts = await api.wait_for(lambda: api.texts_to(USER))
    assert archive.quotes()[0][1].text == "Less <fear> & more rest"
    assert "already" in api.texts_to(ADMIN)[1]
    assert texts[0] == "Less <fear> & more rest\n— A & B"
    assert "&lt;fear&gt; &amp;" in api.html_to(USER)[0]


async def test_subscribe_unsubscribe(api, archive, settings):
    async with running_bot(settings, archive):
        for i, command in enumerate(["/subscribe", "/subscribe", "/unsubscribe", "/unsubscribe"]):
            api.private_message(USER, command)
            await api.wait_for(lambda i=i: len(api.texts_to(USER)) == i + 1)
    texts = api.texts_to(USER)
    assert "You will get" in texts[0] and "already" in texts[1]
    assert "no more daily quotes" in texts[2] and "does not get" in texts[3]
    assert archive.stats()["subscribers"] == 0


async def test_postquote_posts_once(api, archive, tmp_path):
    channel = -100123
    api.add_chat(channel, "channel", username="dailyquotes")
    settings = make_settings(api, tmp_path / "archive.db", QUOTE_CHAT_ID=str(channel))
    async with running_bot(settings, archive):
        api.document_message(ADMIN, QUOTES_TXT, "quotes.txt")
        await loaded(api)
        api.private_message(USER, "/subscribe")
        await api.wait_for(lambda: api.texts_to(USER))
        api.private_message(ADMIN, "/postquote")
        await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 3)
        api.private_message(ADMIN, "/postquote")
        texts = await api.wait_for(lambda: len(api.texts_to(ADMIN)) == 5 and api.texts_to(ADMIN))
    assert len(api.texts_to(channel)) == 1 and len(api.texts_to(USER)) == 2
    assert api.texts_to(channel)[0] == api.texts_to(USER)[1]
    assert "quote chat: posted" in texts[2] and "already posted" in texts[4]
