"""Settings: defaults, every variable parsed, and clear errors naming the variable."""

from datetime import time
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_URL, SettingsError, load_settings

TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ_0123456"


def test_defaults_with_an_empty_environment():
    s = load_settings({})
    assert s.telegram_bot_token is None
    assert s.telegram_api_url == DEFAULT_API_URL
    assert DEFAULT_API_URL.startswith("https://api.telegram.")  # Telegram's own server
    assert s.base_url == DEFAULT_API_URL + "/bot"
    assert s.base_file_url == DEFAULT_API_URL + "/file/bot"
    assert s.bot_db == Path("data/archive.db")
    assert s.admin_ids == frozenset()
    assert s.quote_time is None and str(s.quote_tz) == "UTC"
    assert s.crisis_region is None and s.webhook_url is None


def test_every_variable_is_read():
    s = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": "http://127.0.0.1:8081/",
            "BOT_DB": "/tmp/x.db",
            "ADMIN_IDS": "1, 22,333",
            "QUOTE_CHAT_ID": "-1001234",
            "QUOTE_TIME": "07:30",
            "QUOTE_TZ": "Europe/Berlin",
            "CRISIS_REGION": "gb",
            "WEBHOOK_URL": "https://example.org/hook",
            "WEBHOOK_SECRET": "s3cret",
            "BOT_USERNAME": "@my_archive_bot",
        }
    )
    assert s.telegram_bot_token == TOKEN
    assert s.base_url == "http://127.0.0.1:8081/bot"
    assert s.base_file_url == "http://127.0.0.1:8081/file/bot"
    assert s.bot_db == Path("/tmp/x.db")
    assert s.admin_ids == {1, 22, 333}
    assert s.quote_chat_id == -1001234
    assert s.quote_time == time(7, 30)
    assert str(s.quote_tz) == "Europe/Berlin"
    assert s.crisis_region == "GB"
    assert s.webhook_url == "https://example.org/hook"
    assert s.bot_username == "my_archive_bot"


def test_quote_time_with_seconds_and_channel_username():
    s = load_settings({"QUOTE_TIME": "23:59:58", "QUOTE_CHAT_ID": "@daily_quotes"})
    assert s.quote_time == time(23, 59, 58)
    assert s.quote_chat_id == "@daily_quotes"


@pytest.mark.parametrize(
    "variable, value",
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token"),
        ("TELEGRAM_API_URL", "ftp://x"),
        ("ADMIN_IDS", "12,abc"),
        ("QUOTE_CHAT_ID", "some chat"),
        ("QUOTE_TIME", "25:00"),
        ("QUOTE_TIME", "9am"),
        ("QUOTE_TZ", "Mars/Olympus"),
        ("CRISIS_REGION", "USA"),
        ("WEBHOOK_URL", "example.org"),
        ("WEBHOOK_PORT", "99999"),
        ("LOG_LEVEL", "LOUD"),
        ("CRISIS_SEMANTIC", "maybe"),
    ],
)
def test_a_bad_value_names_the_variable(variable, value):
    with pytest.raises(SettingsError) as err:
        load_settings({variable: value})
    assert str(err.value).startswith(variable + ":")
    assert "expected" in str(err.value)


def test_run_needs_a_token():
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        load_settings({}).require_token()


def test_dotenv_file_is_read_and_environment_wins(tmp_path, monkeypatch):
    env = tmp_path / ".env"
    env.write_text("CRISIS_REGION=AU\nQUOTE_TZ=Australia/Sydney\n", encoding="utf-8")
    monkeypatch.delenv("CRISIS_REGION", raising=False)
    monkeypatch.setenv("QUOTE_TZ", "Europe/Dublin")
    s = load_settings(dotenv=env)
    assert s.crisis_region == "AU"
    assert str(s.quote_tz) == "Europe/Dublin"


def test_crisis_semantic_switch():
    assert load_settings({}).crisis_semantic is True
    assert load_settings({"CRISIS_SEMANTIC": "0"}).crisis_semantic is False
