"""Concurrency, end to end against the Bot API double (issues 9.4, 9.5, 10.2, 11.5, 11.6).

- replies are computed in worker threads: another user is answered within a second while one
  user pages through a 40 MB letter and an admin loads a large file;
- reads never wait for another process's write lock; a write that must wait (/subscribe) says
  so kindly and goes through once the lock is free;
- letters loaded by another process while the bot runs are found within seconds;
- a crisis reply is never lost: eight messages at once, the seventh a crisis, flood limits on;
- every text path is crisis-checked: a non-admin's document caption, photo and video captions,
  edited messages, group replies to the bot and captions mentioning it, inline queries.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time

import pytest
from test_bot_e2e import ADMIN, GROUP, USER, make_settings
from test_service import LETTERS, make_matcher

from bot.archive import Archive
from bot.matching import semantic
from bot.models import Answer, Letter, ParsedFile
from bot.replies import render
from bot.telegram import admin, handlers
from bot.telegram.app import build_application, running

CRISIS = "i want to kill myself tonight"
OTHER = 2002


def is_crisis_reply(message: dict) -> bool:
    return render.FINDAHELPLINE in message["text"] and "988" in message["text"]


@pytest.fixture
def file_archive(tmp_path):
    archive = Archive.open(tmp_path / "a.db")
    archive.store(ParsedFile(path="fixtures", format="test", letters=list(LETTERS)))
    yield archive
    archive.close()


async def reply_after(api, user: int, text: str, timeout: float = 10.0) -> tuple[dict, float]:
    """Send a private message; the bot's first new message in that chat and how long it took."""
    before = len(api.messages_to(user)) if user in api.chats else 0
    started = time.perf_counter()
    api.private_message(user, text)
    new = await api.wait_for(lambda: api.messages_to(user)[before:], timeout=timeout,
                             interval=0.005)
    return new[0], time.perf_counter() - started


def letters_jsonl(n: int, word: str = "gardening") -> bytes:
    lines = []
    for i in range(n):
        lines.append(json.dumps({
            "title": f"Question {i} about {word} and worry",
            "question": f"I worry about {word} number {i} every single day. " * 5,
            "answers": [{"text": f"It helps to talk about {word} {i} with someone. " * 20,
                         "answerer": "A. Therapist"}],
        }))
    return ("\n".join(lines) + "\n").encode()


# --- A: off the event loop ------------------------------------------------------------------


async def test_others_answered_within_a_second_while_a_40mb_letter_pages_and_an_admin_loads(
        botapi, file_archive, tmp_path, monkeypatch):
    monkeypatch.setattr(semantic, "refresh", lambda *a, **k: 0)  # no model: the load itself
    archive = file_archive
    archive.store(ParsedFile(path="huge", format="test", letters=[Letter(
        title="A very long letter", question="Is this letter long?",
        answers=[Answer(text="short", answerer="T")])]))
    paragraph = "I hear how hard this is for you, and it makes sense. " * 20 + "\n\n"
    with archive.db.conn:  # a 40 MB answer (written past the FTS index: the page is the point)
        archive.db.execute("update answers set text = ? where letter_id = "
                           "(select id from letters where title = 'A very long letter')",
                           [paragraph * (40_000_000 // len(paragraph))])
    huge = int(archive.db.execute("select id from letters where title = 'A very long letter'")
               .fetchone()[0])
    app = build_application(make_settings(botapi, tmp_path), archive, make_matcher(archive))
    async with running(app):
        api = botapi
        await reply_after(api, OTHER, "hello", timeout=60)  # warm: the crisis net's first use
        api.advance(2)
        page, _ = await reply_after(api, USER, f"/start l{huge}")
        assert "Next part" in str(page.get("reply_markup"))
        api.document_message(ADMIN, letters_jsonl(4000), "big.jsonl")

        stop = asyncio.Event()

        async def page_through() -> int:
            pages, current = 0, page
            while not stop.is_set():
                data = [d for d in (b.get("callback_data") for b in api.buttons(current))
                        if d and d.startswith("l:")]
                before = len(api.messages_to(USER))
                api.click(current, data[0])
                new = await api.wait_for(lambda b=before: api.messages_to(USER)[b:], timeout=30)
                current, pages = new[0], pages + 1
                api.advance(1)  # Telegram's per-chat limit: a person reads, then presses
            return pages

        pager = asyncio.create_task(page_through())
        await asyncio.sleep(0.3)
        latencies = []
        for _ in range(8):
            reply, took = await reply_after(api, OTHER, "I keep having panic attacks at work")
            assert "panic" in reply["text"].lower()
            latencies.append(took)
            api.advance(1)
            await asyncio.sleep(0.2)
        stop.set()
        pages = await pager
        summaries = await api.wait_for(
            lambda: [t for t in api.texts_to(ADMIN) if "big.jsonl" in t and "⏳" not in t],
            timeout=120)
    assert pages >= 2, "the 40 MB letter was paged while the others were answered"
    assert max(latencies) < 1.0, latencies
    assert summaries and "4000" in summaries[-1]


# --- B: reads never wait for writes ---------------------------------------------------------


async def test_a_write_lock_held_elsewhere_delays_no_reply_and_subscribe_is_saved_later(
        botapi, file_archive, tmp_path):
    app = build_application(make_settings(botapi, tmp_path), file_archive,
                            make_matcher(file_archive))
    async with running(app):
        other = sqlite3.connect(file_archive.path, isolation_level=None)
        other.execute("begin immediate")  # another process's load holds the write lock
        try:
            reply, took = await reply_after(botapi, USER, "I keep having panic attacks at work")
            assert "panic" in reply["text"].lower() and took < 1.0, took
            botapi.advance(2)
            busy, took = await reply_after(botapi, USER, "/subscribe")
            assert busy["text"] == handlers.BUSY_TEXT and took < 2.0, took
            await asyncio.sleep(1.5)
            assert not any("Saved" in t for t in botapi.texts_to(USER))
        finally:
            other.execute("commit")
            other.close()
        saved = await botapi.wait_for(
            lambda: [t for t in botapi.texts_to(USER) if t.startswith("Saved.")], timeout=10)
    assert "short quote" in saved[0]
    assert file_archive.db.execute("select chat_id from subscribers").fetchall() == [(USER,)]


# --- C: letters loaded by another process ---------------------------------------------------


async def test_letters_loaded_by_another_process_are_found_within_seconds(
        botapi, file_archive, tmp_path):
    app = build_application(make_settings(botapi, tmp_path), file_archive,
                            make_matcher(file_archive))
    async with running(app):
        reply, _ = await reply_after(botapi, USER, "my beekeeping hives make me anxious")
        assert "beekeeping" not in reply["text"].lower()
        elsewhere = Archive.open(file_archive.path)  # `python -m bot load` in another process
        elsewhere.store(ParsedFile(path="new", format="test", letters=[Letter(
            title="Anxious about my beekeeping hives",
            question="My beekeeping hives make me anxious every spring. What can I do?",
            answers=[Answer(text="Beekeeping worries are common; talk them through.",
                            answerer="A. Therapist")])]))
        elsewhere.close()
        started = time.monotonic()
        while True:
            botapi.advance(2)
            reply, _ = await reply_after(botapi, USER, "my beekeeping hives make me anxious")
            if "beekeeping" in reply["text"].lower():
                break
            assert time.monotonic() - started < 15, "the new letter was not found"
            await asyncio.sleep(0.5)


def test_the_too_big_message_is_accurate():
    mb = 1024 * 1024
    text = admin.too_big_text("big.csv", 25 * mb)
    assert "20 MB" in text and "python -m bot load big.csv" in text and "no restart" in text
    huge = admin.too_big_text("huge.csv", 80 * mb)
    assert "python -m bot load" not in huge and "50 MB" in huge and "split" in huge


# --- D: a crisis reply is never lost --------------------------------------------------------


async def test_eight_messages_at_once_with_a_crisis_seventh_get_the_crisis_reply(
        botapi, file_archive, tmp_path):
    assert botapi.limits.enabled
    app = build_application(make_settings(botapi, tmp_path), file_archive,
                            make_matcher(file_archive))
    burst = ["hi", "so", "I keep having panic attacks at work", "and my mother",
             "is too controlling", "I can't sleep", CRISIS, "sorry for all the messages"]
    async with running(app):
        for run in range(3):
            user = 7000 + run
            for text in burst:
                botapi.private_message(user, text)
            got = await botapi.wait_for(
                lambda u=user: [m for m in botapi.messages_to(u) if is_crisis_reply(m)],
                timeout=30)
            assert got
            await asyncio.sleep(1.0)
            assert len(botapi.messages_to(user)) <= 3  # one burst, one or two replies


async def test_a_crisis_reply_outlasts_the_rate_limiters_retries(botapi, file_archive, tmp_path):
    app = build_application(make_settings(botapi, tmp_path), file_archive,
                            make_matcher(file_archive))
    async with running(app):
        botapi.add_user(USER)
        botapi.fail_next(429, method="sendMessage", chat_id=USER, retry_after=1, times=6)
        botapi.private_message(USER, CRISIS)
        got = await botapi.wait_for(
            lambda: [m for m in botapi.messages_to(USER) if is_crisis_reply(m)], timeout=30)
    assert got and len(botapi.errors(429)) >= 6


# --- E: every text path ---------------------------------------------------------------------


@pytest.fixture
async def bot(botapi, file_archive, tmp_path):
    app = build_application(make_settings(botapi, tmp_path), file_archive,
                            make_matcher(file_archive))
    async with running(app) as running_app:
        yield running_app


async def settle(api, app) -> None:
    await api.wait_delivered()
    await app.update_queue.join()
    await asyncio.sleep(0.3)


async def test_a_non_admins_document_caption_is_crisis_checked(botapi, bot):
    botapi.add_user(USER)
    botapi.document_message(USER, b"some text", "notes.txt",
                            caption="i swallowed all my pills an hour ago")
    got = await botapi.wait_for(lambda: botapi.messages_to(USER))
    assert is_crisis_reply(got[0])
    assert not any("only the archive's admins" in t for t in botapi.texts_to(USER))
    assert botapi.calls_to("getFile") == []


@pytest.mark.parametrize("kind", ["photo", "video"])
async def test_photo_and_video_captions_are_crisis_checked(botapi, bot, kind):
    user = botapi.add_user(USER)
    media = {"photo": {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 9,
                                  "height": 9}]},
             "video": {"video": {"file_id": "v", "file_unique_id": "v", "width": 9,
                                 "height": 9, "duration": 1}}}[kind]
    botapi.push_update({"message": botapi._incoming(botapi.chats[USER], user, caption=CRISIS,
                                                    **media)})
    got = await botapi.wait_for(lambda: botapi.messages_to(USER))
    assert is_crisis_reply(got[0])


async def test_an_edited_message_that_turns_into_a_crisis_gets_the_crisis_reply(botapi, bot):
    user = botapi.add_user(USER)
    message = botapi._incoming(botapi.chats[USER], user, text=CRISIS)
    botapi.push_update({"edited_message": message})
    got = await botapi.wait_for(lambda: botapi.messages_to(USER))
    assert is_crisis_reply(got[0])
    calm = botapi._incoming(botapi.chats[USER], user, text="panic at work")
    botapi.push_update({"edited_message": calm})
    await settle(botapi, bot)
    assert len(botapi.messages_to(USER)) == 1  # a calm edit is not answered again


async def test_group_replies_to_the_bot_and_captions_mentioning_it_are_crisis_checked(
        botapi, bot):
    botapi.group_message(GROUP, USER, f"/ask@{botapi.bot_username}")
    [hint] = await botapi.wait_for(lambda: botapi.messages_to(GROUP))
    user = botapi.add_user(USER)
    reply = botapi._incoming(botapi.chats[GROUP], user, text=CRISIS,
                             reply_to_message=dict(hint))
    botapi.push_update({"message": reply})
    got = await botapi.wait_for(lambda: botapi.messages_to(GROUP)[1:])
    assert is_crisis_reply(got[0])
    caption = f"@{botapi.bot_username} i swallowed all my pills an hour ago"
    photo = botapi._incoming(botapi.chats[GROUP], user, caption=caption,
                             caption_entities=[{"type": "mention", "offset": 0,
                                                "length": len(botapi.bot_username) + 1}],
                             photo=[{"file_id": "p", "file_unique_id": "p", "width": 9,
                                     "height": 9}])
    botapi.advance(5)
    botapi.push_update({"message": photo})
    got = await botapi.wait_for(lambda: botapi.messages_to(GROUP)[2:])
    assert is_crisis_reply(got[0])


async def test_an_inline_query_is_crisis_checked(botapi, bot):
    query = botapi.inline_query(USER, "i swallowed all my pills an hour ago")
    await settle(botapi, bot)
    [only] = botapi.inline_answers[query]["results"]
    assert only["id"] == "crisis"


def test_the_throughput_figure_runs_the_bot_in_a_process_of_its_own():
    """The bench's updates-per-second figure: the bot as deployed (``serve_bot`` in a child
    process) answers every one of a crowd of users through the double, without errors."""
    from bot.devtools import soak

    result = soak.updates_per_second(12)
    assert result["process"] == "its own"
    assert result["errors"] == 0
    assert result["updates_per_s"] > 0
