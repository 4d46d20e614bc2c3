"""Keep what people write (and the bot token) out of every log record, from any library.

What people write is health data: it is never logged. Our own code logs no message text, but
libraries do: python-telegram-bot logs a whole getUpdates body it cannot parse at ERROR, httpx
logs request URLs (with the token). :class:`RedactingFilter`, installed on the root handlers at
start-up by :func:`install`, rewrites each record's message (and traceback text) before it is
written: the values of the fields that carry people's words in Telegram JSON (``text``,
``caption``, ``query`` and the like) become ``<redacted>``, tokens become ``<token>``, and
anything still long is cut.
"""

from __future__ import annotations

import logging
import re

#: Telegram fields whose values are people's words (or who they are).
PRIVATE_FIELDS = ("text", "caption", "query", "message_text", "quote", "first_name",
                  "last_name", "username", "title", "bio", "question",
                  "explanation", "address", "phone_number", "result_text")
MAX_MESSAGE = 500  # characters of one log message kept after redaction
REDACTED = "<redacted>"

_TOKEN = re.compile(r"(?<!\d)\d{5,}:[A-Za-z0-9_-]{30,}")
_FIELDS = "|".join(PRIVATE_FIELDS)
# "text": "..." in JSON (escapes; also cut off before its closing quote) and 'text': '...' in a
# Python repr, with the value's quote kept so what remains still reads as the same structure.
_JSON_FIELD = re.compile(r'(\\?"(?:' + _FIELDS + r')\\?"\s*:\s*)(\\?")(?:\\\\|\\[^"\\]|[^"\\])*'
                         r'(?:\\?"|$)')
_REPR_FIELD = re.compile(r"('(?:" + _FIELDS + r")'\s*:\s*)(['\"])(?:\\.|(?!\2).)*(?:\2|$)")
_KV_FIELD = re.compile(r"(\b(?:" + _FIELDS + r")=)(['\"])(?:\\.|(?!\2).)*(?:\2|$)")


def redact(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` without private field values or tokens, at most about ``limit`` characters."""
    text = _TOKEN.sub("<token>", text)
    text = _JSON_FIELD.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)}", text)
    text = _REPR_FIELD.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)}", text)
    text = _KV_FIELD.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}{m.group(2)}", text)
    if len(text) > limit:
        text = f"{text[: limit - 100]} ... [{len(text) - limit + 100:,} characters cut]"
    return text


class RedactingFilter(logging.Filter):
    """Rewrites every record it sees with :func:`redact`; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a library's bad format string: keep only the template
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, limit=20_000)
        return True


_FILTER = RedactingFilter()


def install(logger: logging.Logger | None = None) -> RedactingFilter:
    """Put the filter on every handler of ``logger`` (default: the root logger), once each."""
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if _FILTER not in handler.filters:
            handler.addFilter(_FILTER)
    return _FILTER
