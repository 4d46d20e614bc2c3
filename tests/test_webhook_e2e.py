"""Webhook mode end to end: the real Application serves PTB's webhook on 127.0.0.1, registers it
with the Bot API double (setWebhook with a secret token), and answers updates POSTed to it."""

from __future__ import annotations

import asyncio
import socket

import httpx
import pytest
from test_bot_e2e import USER, archive, make_settings, matcher  # noqa: F401  (fixtures)

from bot.config import SettingsError, load_settings
from bot.replies import render
from bot.telegram.app import build_application, webhook_options

pytest.importorskip("tornado", reason="webhook mode needs python-telegram-bot[webhooks]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_webhook_options_come_from_the_settings():
    settings = load_settings({"WEBHOOK_URL": "https://bot.example.org/tg/hook",
                              "WEBHOOK_SECRET": "s3cret-Token", "WEBHOOK_PORT": "8088"})
    options = webhook_options(settings)
    assert options == {"listen": "0.0.0.0", "port": 8088, "url_path": "tg/hook",
                       "webhook_url": "https://bot.example.org/tg/hook",
                       "secret_token": "s3cret-Token"}
    random_secret = webhook_options(load_settings({"WEBHOOK_URL": "https://x.org/h"}))
    assert len(random_secret["secret_token"]) >= 32
    with pytest.raises(SettingsError, match="WEBHOOK_URL"):
        webhook_options(load_settings({}))


async def test_updates_posted_to_the_webhook_are_answered(botapi, archive, matcher, tmp_path):
    port = free_port()
    settings = make_settings(botapi, tmp_path, WEBHOOK_URL="https://bot.example.org/hook",
                             WEBHOOK_SECRET="s3cret", WEBHOOK_LISTEN="127.0.0.1",
                             WEBHOOK_PORT=str(port))
    options = webhook_options(settings)
    app = build_application(settings, archive, matcher)
    async with app:
        await app.start()
        await app.updater.start_webhook(**options)
        try:
            assert botapi.webhook == {"url": "https://bot.example.org/hook",
                                      "secret_token": "s3cret", "allowed_updates": None}
            user = botapi.add_user(USER)
            message = botapi._incoming(botapi.chats[USER], user, text="I get panic attacks at work")
            url = f"http://127.0.0.1:{port}/hook"
            async with httpx.AsyncClient() as client:
                wrong = await client.post(url, json={"update_id": 1, "message": message},
                                          headers={"X-Telegram-Bot-Api-Secret-Token": "nope"})
                assert wrong.status_code == 403
                ok = await client.post(url, json={"update_id": 2, "message": message},
                                       headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
                assert ok.status_code == 200
            await botapi.wait_for(lambda: botapi.messages_to(USER))
            await asyncio.sleep(0.3)  # room for a second (wrong) reply to show up
            replies = botapi.messages_to(USER)
            assert len(replies) == 1  # the update with the wrong secret was refused
            assert "panic attacks" in replies[0]["text"].lower()
            assert render.FINDAHELPLINE in replies[0]["text"]
        finally:
            await app.updater.stop()
            await app.stop()
