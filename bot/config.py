"""Settings read once from the environment and a `.env` file in the working directory.

Every variable is listed in `.env.example`. A bad value stops start-up with a message naming
the variable and what it expects (:class:`SettingsError`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

DEFAULT_API_URL = "https://api.telegram.org"
DEFAULT_DB = Path("data/archive.db")
DEFAULT_BOT_USERNAME = "ask_the_archive_bot"

_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_REGION = re.compile(r"^[A-Za-z]{2}$")
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


class SettingsError(ValueError):
    """A setting has a value the bot cannot use."""

    def __init__(self, variable: str, expected: str, value: str | None = None):
        shown = f" (got {value!r})" if value is not None else ""
        super().__init__(f"{variable}: expected {expected}{shown}")
        self.variable = variable


@dataclass(frozen=True, slots=True)
class Settings:
    """All the bot's settings, validated."""

    telegram_bot_token: str | None = None
    telegram_api_url: str = DEFAULT_API_URL
    bot_db: Path = DEFAULT_DB
    admin_ids: frozenset[int] = frozenset()
    quote_chat_id: int | str | None = None
    quote_time: time | None = None
    quote_tz: ZoneInfo = ZoneInfo("UTC")
    crisis_region: str | None = None
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    bot_username: str = DEFAULT_BOT_USERNAME
    log_level: str = "INFO"
    crisis_semantic: bool = True

    @property
    def base_url(self) -> str:
        """The Bot API method root, `{TELEGRAM_API_URL}/bot`."""
        return self.telegram_api_url.rstrip("/") + "/bot"

    @property
    def base_file_url(self) -> str:
        """The Bot API file root, `{TELEGRAM_API_URL}/file/bot`."""
        return self.telegram_api_url.rstrip("/") + "/file/bot"

    def require_token(self) -> str:
        """The token, or a SettingsError saying it is needed to run the bot."""
        if not self.telegram_bot_token:
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN", "the bot token from @BotFather to run the bot"
            )
        return self.telegram_bot_token


def _blank(value: str | None) -> bool:
    return value is None or value.strip() == ""


def _parse_token(value: str | None) -> str | None:
    if value is None or _blank(value):
        return None
    value = value.strip()
    if not _TOKEN.match(value):
        raise SettingsError("TELEGRAM_BOT_TOKEN", "a token like 123456:ABC-DEF... from @BotFather")
    return value


def _parse_url(name: str, value: str | None, default: str | None) -> str | None:
    if value is None or _blank(value):
        return default
    value = value.strip()
    if not re.match(r"^https?://[^\s/]+", value):
        raise SettingsError(name, "an http:// or https:// URL", value)
    return value.rstrip("/")


def _parse_admin_ids(value: str | None) -> frozenset[int]:
    if value is None or _blank(value):
        return frozenset()
    ids = set()
    for part in value.split(","):
        part = part.strip()
        if not part:
            continue
        if not re.fullmatch(r"-?\d+", part):
            raise SettingsError("ADMIN_IDS", "a comma-separated list of Telegram user ids", value)
        ids.add(int(part))
    return frozenset(ids)


def _parse_chat_id(value: str | None) -> int | str | None:
    if value is None or _blank(value):
        return None
    value = value.strip()
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"@[A-Za-z][A-Za-z0-9_]{3,}", value):
        return value
    raise SettingsError("QUOTE_CHAT_ID", "a numeric chat id or a @channelusername", value)


def _parse_time(value: str | None) -> time | None:
    if value is None or _blank(value):
        return None
    m = _TIME.match(value.strip())
    if not m:
        raise SettingsError("QUOTE_TIME", "a time as HH:MM or HH:MM:SS", value)
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise SettingsError("QUOTE_TIME", "a time as HH:MM or HH:MM:SS", value)
    return time(hour, minute, second)


def _parse_tz(value: str | None) -> ZoneInfo:
    if value is None or _blank(value):
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(value.strip())
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SettingsError("QUOTE_TZ", "an IANA time zone name like Europe/Berlin", value) from exc


def _parse_region(value: str | None) -> str | None:
    if value is None or _blank(value):
        return None
    if not _REGION.match(value.strip()):
        raise SettingsError("CRISIS_REGION", "a two-letter ISO country code like US or GB", value)
    return value.strip().upper()


def _parse_port(value: str | None) -> int:
    if value is None or _blank(value):
        return 8443
    if not value.strip().isdigit() or not 0 < int(value) < 65536:
        raise SettingsError("WEBHOOK_PORT", "a port number from 1 to 65535", value)
    return int(value)


def _parse_username(value: str | None) -> str:
    if value is None or _blank(value):
        return DEFAULT_BOT_USERNAME
    value = value.strip().lstrip("@")
    if not _USERNAME.match(value):
        raise SettingsError("BOT_USERNAME", "a Telegram bot username like my_archive_bot", value)
    return value


def _parse_level(value: str | None) -> str:
    if value is None or _blank(value):
        return "INFO"
    level = value.strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise SettingsError("LOG_LEVEL", "one of DEBUG, INFO, WARNING, ERROR", value)
    return level


def _parse_switch(name: str, value: str | None, default: bool) -> bool:
    if value is None or _blank(value):
        return default
    v = value.strip().lower()
    if v in {"1", "true", "yes", "on"}:
        return True
    if v in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(name, "1 or 0", value)


def _parse_secret(value: str | None) -> str | None:
    if value is None or _blank(value):
        return None
    value = value.strip()
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", value):
        raise SettingsError("WEBHOOK_SECRET", "1-256 characters of A-Z, a-z, 0-9, _ and -")
    return value


def load_settings(env: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Settings:
    """Read settings from `env` (default: `.env` in the working directory, then the process
    environment, which wins). Raises :class:`SettingsError` naming the bad variable."""
    if env is None:
        merged: dict[str, str | None] = {}
        path = dotenv if dotenv is not None else Path.cwd() / ".env"
        if path.is_file():
            merged.update(dotenv_values(path))
        merged.update(os.environ)
        env = {k: v for k, v in merged.items() if v is not None}
    get = env.get
    bot_db = get("BOT_DB")
    return Settings(
        telegram_bot_token=_parse_token(get("TELEGRAM_BOT_TOKEN")),
        telegram_api_url=_parse_url("TELEGRAM_API_URL", get("TELEGRAM_API_URL"), DEFAULT_API_URL)
        or DEFAULT_API_URL,
        bot_db=Path(bot_db.strip()) if bot_db is not None and not _blank(bot_db) else DEFAULT_DB,
        admin_ids=_parse_admin_ids(get("ADMIN_IDS")),
        quote_chat_id=_parse_chat_id(get("QUOTE_CHAT_ID")),
        quote_time=_parse_time(get("QUOTE_TIME")),
        quote_tz=_parse_tz(get("QUOTE_TZ")),
        crisis_region=_parse_region(get("CRISIS_REGION")),
        webhook_url=_parse_url("WEBHOOK_URL", get("WEBHOOK_URL"), None),
        webhook_secret=_parse_secret(get("WEBHOOK_SECRET")),
        webhook_listen=(get("WEBHOOK_LISTEN") or "0.0.0.0").strip(),
        webhook_port=_parse_port(get("WEBHOOK_PORT")),
        bot_username=_parse_username(get("BOT_USERNAME")),
        log_level=_parse_level(get("LOG_LEVEL")),
        crisis_semantic=_parse_switch("CRISIS_SEMANTIC", get("CRISIS_SEMANTIC"), True),
    )
