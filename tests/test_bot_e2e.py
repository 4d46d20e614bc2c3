"""End to end: the real Application (from ``build_application``) long-polls the local Bot API
double over HTTP. Updates go in through getUpdates; what the bot sent is read from the double.

The double enforces Telegram's limits (HTML, 4096, 64-byte buttons, floods); ``conftest.py``
fails any test after which it answered an error the test did not expect.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import pytest
from test_service import LETTERS, StubMatcher, archive, long_letter, matcher  # noqa: F401

from bot.archive import Archive
from bot.config import load_settings
from bot.devtools.botapi_double import BotApiDouble, Limits, measure_throughput_async, parse_html
from bot.replies import render, service
from bot.telegram.app import build_application, quiet_library_loggers, running
from bot.telegram.commands import COMMANDS

USER = 1001
ADMIN = 900
GROUP = -100123


def make_settings(api: BotApiDouble, tmp_path: Path, **env: str):
    base = {"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_URL": api.url,
            "BOT_DB": str(tmp_path / "a.db"), "CRISIS_REGION": "US",
            "BOT_USERNAME": api.bot_username, "ADMIN_IDS": str(ADMIN)}
    base.update(env)
    settings = load_settings(base)
    for admin in settings.admin_ids:
        if admin == ADMIN:  # the admin has a chat with the bot, so their command menu is set
            api.add_user(admin)
    return settings


class Tg:
    """Drives the bot like Telegram users would, and reads what it sent back."""

    def __init__(self, api: BotApiDouble, app):
        self.api = api
        self.app = app

    async def settle(self) -> None:
        """Wait until every pushed update was fetched and fully handled."""
        await self.api.wait_delivered()
        await self.app.update_queue.join()

    async def say(self, text: str, user: int = USER) -> list[dict]:
        """A private message; returns the bot's new messages in that chat."""
        before = len(self.api.messages_to(user)) if user in self.api.chats else 0
        self.api.private_message(user, text)
        await self.settle()
        return self.api.messages_to(user)[before:]

    async def press(self, message: dict, data: str, user: int | None = None) -> list[dict]:
        """Press a button on a bot message; returns the bot's new messages in that chat."""
        chat = message["chat"]["id"]
        before = len(self.api.messages_to(chat))
        query_id = self.api.click(message, data, user_id=user)
        await self.settle()
        assert query_id not in self.api.open_callback_queries, "callback query not answered"
        return self.api.messages_to(chat)[before:]

    def current(self, message: dict) -> dict:
        """A message as it is now (after edits)."""
        return self.api.messages[message["chat"]["id"]][message["message_id"]]


@pytest.fixture
async def tg(botapi, archive, matcher, tmp_path):
    app = build_application(make_settings(botapi, tmp_path), archive, matcher)
    async with running(app):
        yield Tg(botapi, app)


def data_of(message: dict, prefix: str) -> list[str]:
    return [b["callback_data"] for b in BotApiDouble.buttons(message)
            if b.get("callback_data", "").startswith(prefix)]


def letter_id(archive: Archive, title: str) -> int:
    row = archive.db.execute("select id from letters where title = ?", [title]).fetchone()
    return int(row[0])


# --- commands --------------------------------------------------------------------------------


async def test_start_welcomes_and_commands_come_from_the_table(tg):
    [welcome] = await tg.say("/start")
    assert "not a therapist" in welcome["text"] and render.FINDAHELPLINE in welcome["text"]
    registered = {c.params["scope"]["type"] if c.params.get("scope") else "default":
                  [x["command"] for x in c.params["commands"]]
                  for c in tg.api.calls_to("setMyCommands", ok=True)}
    private = [c.name for c in COMMANDS if "private" in c.scopes and not c.admin_only]
    assert registered["default"] == private == registered["all_private_chats"]
    assert registered["all_group_chats"] == [c.name for c in COMMANDS if "groups" in c.scopes]
    assert set(registered["chat"]) >= {c.name for c in COMMANDS if c.admin_only}
    [help_message] = await tg.say("/help")
    for command in COMMANDS:
        assert (f"/{command.name} " in help_message["text"]) != command.admin_only
    tg.api.advance(2)
    [admin_help] = await tg.say("/help", user=ADMIN)
    assert all(f"/{c.name} " in admin_help["text"] for c in COMMANDS)


async def test_about_names_sources_licences_and_privacy(tg):
    [about] = await tg.say("/about")
    for words in ("counsel-chat", "Nicolas Bertagnolli", "MIT", "never stored", "never logged"):
        assert words in about["text"]


async def test_unknown_admin_chat_only_warns(botapi, archive, matcher, tmp_path, caplog):
    botapi.expect(400, "chat not found", method="setMyCommands")
    app = build_application(make_settings(botapi, tmp_path, ADMIN_IDS="424242"), archive, matcher)
    async with running(app):
        pass
    assert "could not set the chat command menu" in caplog.text


async def test_deep_link_opens_the_letter(tg, archive):
    lid = letter_id(archive, LETTERS[0].title)
    [part] = await tg.say(f"/start l{lid}")
    assert LETTERS[0].title in part["text"] and "Answer" in part["text"]
    [gone] = await tg.say("/start l999999")
    assert gone["text"].startswith("Sorry")
    tg.api.advance(2)
    [welcome] = await tg.say("/start something-else")
    assert "welcome" in welcome["text"].lower()


# --- questions -------------------------------------------------------------------------------


async def test_a_question_gets_letters_read_and_rated(tg, archive):
    [reply] = await tg.say("I keep having panic attacks at work, what can I do?")
    assert "panic attacks" in reply["text"].lower() and render.FINDAHELPLINE in reply["text"]
    assert "https://t.me/TherapistLettersTestBot?start=l" in str(reply["entities"])
    read = data_of(reply, "l:")[0]
    tg.api.advance(1)
    [letter] = await tg.press(reply, read)
    lid = render.parse_callback(read).letter_id
    assert data_of(letter, "f:") == [f"f:{lid}:1", f"f:{lid}:0"]
    tg.api.advance(1)
    assert await tg.press(letter, f"f:{lid}:1") == []
    assert archive.feedback(lid) == (1, 0)
    assert not data_of(tg.current(letter), "f:")  # one vote per message
    assert tg.api.calls_to("answerCallbackQuery", ok=True)[-1].params["text"].startswith("Thank")


async def test_more_letters_button(tg):
    [reply] = await tg.say("I feel anxious before every exam and I panic")
    [more] = data_of(reply, "m:")
    tg.api.advance(1)
    [again] = await tg.press(reply, more)
    assert "More letters" in again["text"] and data_of(again, "l:")


async def test_a_typo_still_finds_the_letter(tg):
    if isinstance(tg.app.bot_data["deps"].matcher, StubMatcher):
        pytest.skip("the stand-in matcher does not handle typos; bot.matcher does")
    [reply] = await tg.say("I get panik attaks at work")
    assert "panic attacks" in reply["text"].lower()
    tg.api.advance(1)
    [reply] = await tg.say("can i trust my therapst")
    assert "Can I trust my therapist" in reply["text"]


async def test_no_match_offers_topics_that_page_in_place(tg):
    [reply] = await tg.say("quantum chromodynamics lattice gauge theory")
    assert "couldn't find" in reply["text"] and "/topics" in reply["text"]
    tg.api.advance(1)
    [menu] = await tg.press(reply, "t:0")
    assert menu["text"].startswith("Topics")
    anxiety = next(b["callback_data"] for b in BotApiDouble.buttons(menu)
                   if b["text"].startswith("Anxiety"))
    assert await tg.press(menu, anxiety) == []  # edited in place
    listing = dict(tg.current(menu))
    assert listing["text"].startswith("Anxiety")
    more = [b["callback_data"] for b in BotApiDouble.buttons(listing)
            if b["text"] == "More »"]
    tg.api.advance(1)
    assert await tg.press(listing, more[0]) == []
    assert tg.current(menu)["text"] != listing["text"]
    tg.api.advance(1)
    assert await tg.press(tg.current(menu), "t:0:e") == []
    assert tg.current(menu)["text"].startswith("Topics")


async def test_crisis_reply_comes_first_and_alone(tg):
    sent = await tg.say("I can't go on, I want to kill myself")
    assert len(sent) == 1
    [crisis] = sent
    assert render.FINDAHELPLINE in crisis["text"] and "988" in crisis["text"]
    assert "911" in crisis["text"]
    assert "Answer" not in crisis["text"] and "start=l" not in str(crisis.get("entities"))
    related = data_of(crisis, "m:")
    if related:  # letters only after the resources, on request
        tg.api.advance(1)
        [letters] = await tg.press(crisis, related[0])
        assert letters["message_id"] > crisis["message_id"]


async def test_the_longest_letter_reads_to_its_end(tg, archive):
    lid = letter_id(archive, long_letter().title)
    await read_whole_letter(tg, lid, 47)


async def read_whole_letter(tg: Tg, lid: int, answers: int) -> None:
    """Open a letter by deep link and page to its end, a second per part, checking it all."""
    expected = len(render.letter_parts(tg.app.bot_data["deps"].archive.letter(lid)))
    [part] = await tg.say(f"/start l{lid}")
    texts = [part["text"]]
    while nxt := data_of(part, "l:"):
        tg.api.advance(1.0)  # the reader takes at least a second per part
        [part] = await tg.press(part, nxt[0])
        texts.append(part["text"])
    assert len(texts) == expected > 1
    assert data_of(part, "f:")  # the end: "was this helpful?"
    whole = "\n".join(texts)
    for n in range(1, answers + 1):
        assert f"Answer {n} of {answers}" in whole
    assert not tg.api.errors(429), "paging tripped the per-chat flood limit"
    assert all(c.ok for c in tg.api.calls_to("sendMessage"))


@pytest.mark.real_data
async def test_the_real_longest_letter_reads_to_its_end(botapi, tmp_path, matcher):
    from helpers_shared import shared_file

    from bot.archive.importers import parse_file

    real = Archive.open(tmp_path / "real.db")
    for name in ("20200325_counsel_chat.csv", "counselchat-data.csv"):  # (no embeddings)
        real.store(parse_file(shared_file("counsel-chat", name)))
    row = real.db.execute("select id from letters where title = ?",
                          ["Do I have too many issues for counseling?"]).fetchone()
    assert row, "the longest letter is not in the archive"
    letter = real.letter(int(row[0]))
    assert len(letter.answers) >= 40
    app = build_application(make_settings(botapi, tmp_path), real, StubMatcher(real))
    async with running(app):
        await read_whole_letter(Tg(botapi, app), letter.id, len(letter.answers))
    real.close()


@pytest.mark.parametrize("text", [
    "<b>hi & bye</b>", '"NEAR(title:x', "title:* OR NOT AND (", 'NEAR("a" "b", -1) ^x *',
    "😀🙏😢", "x" * 5000, "panic " * 1000, "&amp; &lt;script&gt; </i>", "ʻ🤷‍♀️ 日本語の相談です",
])
async def test_odd_text_gets_a_valid_answer(tg, text):
    sent = await tg.say(text)
    assert len(sent) == 1 and sent[0]["text"].strip()
    assert all(c.ok for c in tg.api.calls_to("sendMessage"))


async def test_emoji_only_asks_for_words(tg):
    [reply] = await tg.say("😀😀🙏")
    assert "words" in reply["text"]


async def test_edited_messages_and_stickers(tg):
    tg.api.add_user(USER)
    message = tg.api._incoming(tg.api.chats[USER], tg.api.users[USER], text="panic at work")
    tg.api.push_update({"edited_message": message})
    await tg.settle()
    assert tg.api.messages_to(USER) == []
    sticker = tg.api._incoming(tg.api.chats[USER], tg.api.users[USER],
                               sticker={"file_id": "s", "file_unique_id": "s", "type": "regular",
                                        "width": 1, "height": 1, "is_animated": False,
                                        "is_video": False})
    tg.api.push_update({"message": sticker})
    await tg.settle()
    [reply] = tg.api.messages_to(USER)
    assert "words" in reply["text"]


# --- groups and inline -----------------------------------------------------------------------


async def test_groups_answer_only_ask_and_mentions(tg):
    api = tg.api
    api.group_message(GROUP, USER, "I keep having panic attacks at work")
    api.group_message(GROUP, USER, "@someone_else panic attacks at work")
    await tg.settle()
    assert api.messages_to(GROUP) == []
    api.group_message(GROUP, USER, "/ask I keep having panic attacks at work")
    await tg.settle()
    [answer] = api.messages_to(GROUP)
    assert "panic attacks" in answer["text"].lower()
    api.group_message(GROUP, USER, f"@{api.bot_username} my wife and my mother keep fighting")
    api.group_message(GROUP, USER, f"/ask@{api.bot_username}")
    await tg.settle()
    answers = api.messages_to(GROUP)
    assert len(answers) == 3
    # Handled concurrently (the hint needs no search, so it may come first); each reply
    # quotes the message it answers.
    later = sorted(answers[1:], key=lambda m: "/ask" in m["text"])
    assert "mother" in later[0]["text"].lower() and "/ask" in later[1]["text"]
    assert api.calls_to("sendMessage")[-1].params.get("reply_parameters")  # quoted in groups


async def test_inline_query_offers_letters_and_crisis_resources(tg):
    query = tg.api.inline_query(USER, "panic attacks at work")
    await tg.settle()
    results = tg.api.inline_answers[query]["results"]
    assert results and all(r["type"] == "article" for r in results)
    assert "t.me/TherapistLettersTestBot?start=l" in results[0]["input_message_content"][
        "message_text"]
    crisis = tg.api.inline_query(USER, "i want to kill myself")
    await tg.settle()
    [only] = tg.api.inline_answers[crisis]["results"]
    assert only["id"] == "crisis"
    assert render.FINDAHELPLINE in only["input_message_content"]["message_text"]
    empty = tg.api.inline_query(USER, "")
    await tg.settle()
    assert tg.api.inline_answers[empty]["results"] == []


# --- floods, blocks, errors ------------------------------------------------------------------


async def test_a_burst_from_50_users_is_all_answered(tg, capsys):
    users = range(5000, 5050)
    started = time.perf_counter()
    for n, user in enumerate(users):
        tg.api.private_message(user, ["I keep having panic attacks at work",
                                      "my wife and my mother keep fighting",
                                      "can I trust my therapist"][n % 3])
    await tg.api.wait_for(lambda: all(tg.api.messages_to(u) for u in users), timeout=30)
    elapsed = time.perf_counter() - started
    await tg.settle()
    assert all(len(tg.api.messages_to(u)) == 1 for u in users)
    with capsys.disabled():
        print(f"\n50-user burst with Telegram's limits on: {50 / elapsed:.1f} updates/s "
              f"answered ({len(tg.api.errors(429))} 429s met and retried)")


async def test_a_user_who_blocked_the_bot(tg, caplog):
    caplog.set_level(logging.INFO)
    tg.api.block(USER)
    await tg.say("my secret worry about panic attacks")
    assert tg.api.errors(403)
    assert "blocked" in caplog.text and "secret" not in caplog.text
    [reply] = await tg.say("panic attacks at work", user=USER + 1)  # the bot goes on
    assert reply["text"]


async def test_429_retry_after_is_honoured(tg):
    tg.api.fail_next(429, method="sendMessage", chat_id=USER, retry_after=1)
    started = time.perf_counter()
    [reply] = await tg.say("panic attacks at work")
    calls = tg.api.calls_to("sendMessage", chat_id=USER)
    assert [c.status for c in calls] == [429, 200]
    assert calls[1].at - calls[0].at >= 0.95 and time.perf_counter() - started >= 0.95


async def test_the_double_floods_a_chat_that_gets_too_much(botapi):
    botapi.add_user(USER)
    botapi.expect(429)
    import httpx

    async with httpx.AsyncClient(base_url=f"{botapi.url}/bot{botapi.token}") as client:
        codes = [(await client.post("/sendMessage", data={"chat_id": USER, "text": "x"}))
                 .status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]
        body = (await client.post("/sendMessage", data={"chat_id": USER, "text": "x"})).json()
        assert body["parameters"]["retry_after"] >= 1
        botapi.advance(1.0)
        assert (await client.post("/sendMessage", data={"chat_id": USER, "text": "x"})).is_success


async def test_an_error_is_logged_without_text_and_answered_gently(tg, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("boom with the user's secret words")

    monkeypatch.setattr(service, "respond", broken)
    [reply] = await tg.say("my secret words")
    assert reply["text"].startswith("Sorry, something went wrong")
    assert "RuntimeError" in caplog.text and "secret" not in caplog.text


async def test_user_text_never_reaches_the_logs(botapi, archive, matcher, tmp_path, caplog):
    levels = {n: logging.getLogger(n).level for n in ("telegram", "telegram.ext", "apscheduler",
                                                      "httpx", "httpcore")}
    quiet_library_loggers()
    caplog.set_level(logging.DEBUG)
    try:
        app = build_application(make_settings(botapi, tmp_path), archive, matcher)
        async with running(app):
            tg = Tg(botapi, app)
            await tg.say("zebra-unique-phrase panic attacks at work")
            tg.api.advance(2)
            await tg.say("zebra-unique-phrase I want to kill myself")
            botapi.inline_query(USER, "zebra-unique-phrase anxiety")
            await tg.settle()
        assert caplog.records
        assert "zebra-unique-phrase" not in caplog.text
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    stored = "\n".join(str(r) for r in archive.db.execute(
        "select * from letters").fetchall())
    assert "zebra" not in stored


async def test_every_message_the_bot_sent_was_valid_telegram_html(tg):
    await tg.say("/start")
    await tg.say("<b>hi & bye</b> panic attacks at work")
    tg.api.advance(2)
    await tg.say("/topics")
    for call in tg.api.calls_to("sendMessage", ok=True):
        parse_html(call.params["text"])  # what the double already checked, once more


async def test_throughput_against_the_double(archive, matcher, capsys):
    rate = await measure_throughput_async(300, archive=archive, matcher=matcher)
    with capsys.disabled():
        print(f"\nthroughput, limits off: {rate:.0f} updates answered per second")
    assert rate > 20


async def test_bot_waits_out_the_overall_limit(archive, matcher, tmp_path):
    """60 users at once with a strict double: AIORateLimiter paces, nothing is lost."""
    from bot.devtools.botapi_double import running_double

    with running_double(limits=Limits(overall_per_second=30)) as api:
        app = build_application(make_settings(api, tmp_path), archive, matcher)
        async with running(app):
            for user in range(7000, 7060):
                api.private_message(user, "panic attacks at work")
            await api.wait_for(lambda: all(api.messages_to(u) for u in range(7000, 7060)),
                               timeout=30)
            await asyncio.sleep(0)
        sends = [c for c in api.calls_to("sendMessage")]
        assert sum(c.ok for c in sends) == 60


async def test_the_double_rejects_what_telegram_rejects(botapi):
    """The double's own checks, in Telegram's JSON error shape."""
    import json

    import httpx

    botapi.add_user(USER)
    for status in (400, 401, 403):
        botapi.expect(status)
    cases = [
        ({"text": "<b>unclosed"}, 400, "can't parse entities: Can't find end tag"),
        ({"text": "a < b"}, 400, "Unsupported start tag"),
        ({"text": "<p>x</p>"}, 400, 'Unsupported start tag "p"'),
        ({"text": "<b><i>x</b></i>"}, 400, "Unmatched end tag"),
        ({"text": "x" * 4097}, 400, "message is too long"),
        ({"text": "&lt;" * 4000}, 200, ""),  # 4000 characters once parsed
        ({"text": " \n "}, 400, "message text is empty"),
        ({"text": "ok", "reply_markup": json.dumps(
            {"inline_keyboard": [[{"text": "b", "callback_data": "x" * 65}]]})}, 400,
         "BUTTON_DATA_INVALID"),
        ({"text": "ok", "reply_markup": json.dumps(
            {"inline_keyboard": [[{"text": "b", "url": "javascript:alert(1)"}]]})}, 400,
         "BUTTON_URL_INVALID"),
        ({"text": "ok", "chat_id": 424242}, 400, "chat not found"),
    ]
    async with httpx.AsyncClient(base_url=f"{botapi.url}/bot{botapi.token}") as client:
        for params, status, description in cases:
            botapi.advance(5)
            data = {"chat_id": USER, "parse_mode": "HTML", **params}
            response = await client.post("/sendMessage", data=data)
            assert response.status_code == status, (params, response.text)
            if status != 200:
                body = response.json()
                assert body["ok"] is False and body["error_code"] == status
                assert body["description"].startswith("Bad Request: ")
                assert description in body["description"]
        botapi.block(USER)
        blocked = (await client.post("/sendMessage", data={"chat_id": USER, "text": "x"})).json()
        assert blocked == {"ok": False, "error_code": 403,
                           "description": "Forbidden: bot was blocked by the user"}
        wrong = await client.post(f"{botapi.url}/bot1:wrong/getMe")
        assert wrong.status_code == 401
    assert len(botapi.errors(400)) == 9
