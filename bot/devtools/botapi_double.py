"""A local double of the Telegram Bot API over real HTTP on 127.0.0.1, for end-to-end tests.

The double is a small asyncio HTTP/1.1 server (keep-alive, form, multipart and JSON bodies) running
on its own event loop in a background thread, so the bot under test talks to it exactly as it talks
to Telegram: ``{url}/bot<token>/<method>`` and ``{url}/file/bot<token>/<path>``.

It rejects what Telegram rejects, with Telegram's JSON error shape: malformed HTML for
``parse_mode=HTML`` (a small parser of Telegram's tags and entities, after tdlib's ``parse_html``),
text over 4096 UTF-16 code units, empty text, callback_data over 64 bytes, invalid button URLs,
unknown chats and messages, unmodified edits, stale callback and inline queries, rate limits (429
with ``retry_after``) and chats that blocked the bot (403).

Every request and response is recorded (:attr:`BotApiDouble.calls`). A test that provokes an error
on purpose declares it with :meth:`BotApiDouble.expect`; ``tests/conftest.py`` fails any test after
which a double holds an error response nobody expected.

Only the standard library is used, so the double never imports the bot or ``telegram``, except in
:func:`measure_throughput`, which drives the real application against it.

Quick use::

    with BotApiDouble() as api:                  # started on a free port
        settings = ...(telegram_api_url=api.url, telegram_bot_token=api.token)
        api.private_message(42, "/start")        # queued for getUpdates
        await api.wait_for(lambda: api.messages_to(42))
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import email.parser
import email.policy
import itertools
import json
import math
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

TOKEN = "123456789:TEST-double-token_AAAAAAAAAAAAAAAAAAAAA"
BOT_USERNAME = "TherapistLettersTestBot"
MAX_TEXT_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
#: Statuses that a test must have declared with :meth:`BotApiDouble.expect` (403 and 429 are
#: flow control that the bot is expected to meet and handle; tests assert on them directly).
CHECKED_STATUSES = frozenset({400, 401, 404, 409, 413, 500})

ALLOWED_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "span",
     "tg-spoiler", "tg-emoji", "blockquote"}
)
_ENTITY_TYPE = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "code": "code", "pre": "pre", "span": "spoiler", "tg-spoiler": "spoiler",
    "tg-emoji": "custom_emoji", "blockquote": "blockquote", "a": "text_link",
}
_JSON_PARAMS = frozenset(
    {"reply_markup", "results", "commands", "scope", "link_preview_options", "reply_parameters",
     "entities", "caption_entities", "allowed_updates", "button", "media", "menu_button"}
)
_SEND_METHODS = frozenset(
    {"sendmessage", "senddocument", "sendphoto", "copymessage", "forwardmessage", "sendaudio",
     "sendvideo", "sendsticker", "sendvoice", "sendanimation"}
)
_EDIT_METHODS = frozenset({"editmessagetext", "editmessagereplymarkup", "editmessagecaption"})
_BUTTON_ACTIONS = (
    "url", "callback_data", "switch_inline_query", "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat", "login_url", "web_app", "pay", "callback_game",
    "copy_text",
)
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}")
_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


# --------------------------------------------------------------------------------------------
# Errors, HTML entities
# --------------------------------------------------------------------------------------------


class ApiError(Exception):
    """An error the double answers with, in Telegram's shape."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> dict[str, Any]:
        """The JSON body Telegram sends for this error."""
        body: dict[str, Any] = {"ok": False, "error_code": self.code,
                                "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(description: str) -> ApiError:
    """A 400 with Telegram's ``Bad Request: `` prefix."""
    return ApiError(400, f"Bad Request: {description}")


class EntityParseError(ValueError):
    """Telegram's ``can't parse entities`` with its detail."""


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, as Telegram counts."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _decode_entity(text: str, pos: int, strict: bool) -> tuple[str, int] | None:
    """Decode an HTML entity at ``text[pos] == '&'``: (character, next position) or None."""
    end = pos + 1
    n = len(text)
    value = 0
    if end < n and text[end] == "#":
        end += 1
        if end < n and text[end] == "x":
            end += 1
            start = end
            while end < n and text[end] in "0123456789abcdefABCDEF":
                end += 1
            digits = text[start:end]
            value = int(digits, 16) if digits and len(digits) < 8 else 0
        else:
            start = end
            while end < n and text[end].isdigit() and text[end].isascii():
                end += 1
            digits = text[start:end]
            value = int(digits) if digits and len(digits) < 9 else 0
        if value == 0 or value >= 0x10FFFF or 0xD800 <= value <= 0xDFFF:
            return None
        char = chr(value)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        char = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}.get(text[pos + 1:end], "")
        if not char:
            return None
    if end < n and text[end] == ";":
        end += 1
    elif strict:
        return None
    return char, end


def parse_html(text: str, *, strict_ampersand: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (plain text, entities), raising :class:`EntityParseError`.

    Follows tdlib's ``parse_html``: only Telegram's tags; ``&lt; &gt; &amp; &quot;`` and numeric
    entities. Telegram itself keeps a bare ``&`` as text; with ``strict_ampersand`` (the default)
    the double rejects it (and entities without their ``;``), because in our output it always
    means something was not escaped.
    """
    out: list[str] = []
    utf16 = 0
    stack: list[dict[str, Any]] = []
    entities: list[dict[str, Any]] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "&":
            decoded = _decode_entity(text, i, strict_ampersand)
            if decoded is not None:
                char, i = decoded
                out.append(char)
                utf16 += utf16_len(char)
                continue
            if strict_ampersand:
                raise EntityParseError(
                    f"Character '&' is reserved and must be escaped with the preceding '&amp;' "
                    f"at byte offset {_byte_offset(text, i)}"
                )
        if c != "<":
            out.append(c)
            utf16 += utf16_len(c)
            i += 1
            continue
        begin = i
        at = _byte_offset(text, begin)
        i += 1
        if i < n and text[i] == "/":
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {at}")
            i += 1
            start = i
            while i < n and not text[i].isspace() and text[i] != ">":
                i += 1
            end_name = text[start:i].lower()
            while i < n and text[i].isspace():
                i += 1
            if i >= n or text[i] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {at}")
            i += 1
            open_tag = stack.pop()
            if end_name and end_name != open_tag["tag"]:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {at}, expected "
                    f"\"</{open_tag['tag']}>\", found \"</{end_name}>\""
                )
            length = utf16 - open_tag["offset"]
            if length > 0:
                entity = {"type": _ENTITY_TYPE[open_tag["tag"]], "offset": open_tag["offset"],
                          "length": length}
                entity.update(open_tag["extra"])
                entities.append(entity)
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] != ">":
            i += 1
        if i >= n:
            raise EntityParseError(f"Unclosed start tag at byte offset {at}")
        tag = text[start:i].lower()
        if tag not in ALLOWED_TAGS:
            raise EntityParseError(
                f'Unsupported start tag "{tag}" at byte offset {at}'
            )
        attributes: dict[str, str] = {}
        while True:
            while i < n and text[i].isspace():
                i += 1
            if i >= n:
                raise EntityParseError(
                    f"Unclosed start tag at byte offset {at}"
                )
            if text[i] == ">":
                i += 1
                break
            name_start = i
            while i < n and not text[i].isspace() and text[i] not in "=>":
                i += 1
            name = text[name_start:i].lower()
            if not name:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{tag}" at byte offset '
                    f"{at}"
                )
            while i < n and text[i].isspace():
                i += 1
            if i < n and text[i] != "=" and tag == "blockquote" and name == "expandable":
                attributes[name] = ""
                continue
            if i >= n or text[i] != "=":
                raise EntityParseError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" at '
                    f"byte offset {at}"
                )
            i += 1
            while i < n and text[i].isspace():
                i += 1
            if i >= n:
                raise EntityParseError(
                    f'Unclosed start tag "{tag}" at byte offset {at}'
                )
            if text[i] in "'\"":
                quote = text[i]
                i += 1
                value: list[str] = []
                while i < n and text[i] != quote:
                    if text[i] == "&":
                        decoded = _decode_entity(text, i, strict=False)
                        if decoded is not None:
                            value.append(decoded[0])
                            i = decoded[1]
                            continue
                    value.append(text[i])
                    i += 1
                if i < n:
                    i += 1
                attributes[name] = "".join(value)
            else:
                token_start = i
                while i < n and (text[i].isalnum() or text[i] in ".-"):
                    i += 1
                if i < n and not text[i].isspace() and text[i] != ">":
                    raise EntityParseError("Unexpected end of name token at byte offset "
                                           f"{_byte_offset(text, token_start)}")
                attributes[name] = text[token_start:i].lower()
        extra: dict[str, Any] = {}
        if tag == "span" and attributes.get("class") != "tg-spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {at}'
            )
        if tag == "a":
            extra["url"] = attributes.get("href", "")
        if tag == "tg-emoji":
            extra["custom_emoji_id"] = attributes.get("emoji-id", "")
        if tag == "pre" and attributes.get("class", "").startswith("language-"):
            extra["language"] = attributes["class"][len("language-"):]
        if tag == "blockquote" and "expandable" in attributes:
            extra["type_override"] = "expandable_blockquote"
        stack.append({"tag": tag, "offset": utf16, "extra": extra})
    if stack:
        raise EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"'
        )
    for entity in entities:
        override = entity.pop("type_override", None)
        if override:
            entity["type"] = override
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def is_valid_button_url(url: Any) -> bool:
    """True for the URLs Telegram accepts on an inline keyboard button."""
    if not isinstance(url, str) or not url or len(url) > 2048 or any(c.isspace() for c in url):
        return False
    parts = urlsplit(url)
    if parts.scheme == "tg":
        return bool(parts.netloc or parts.path)
    if parts.scheme not in ("http", "https"):
        return False
    host = parts.hostname or ""
    return "." in host and not host.startswith(".") and not host.endswith(".")


# --------------------------------------------------------------------------------------------
# Recording, limits
# --------------------------------------------------------------------------------------------


@dataclass
class Call:
    """One request to the double and the answer it gave."""

    seq: int
    method: str
    params: dict[str, Any]
    status: int
    response: dict[str, Any]
    at: float
    expected: bool = False

    @property
    def ok(self) -> bool:
        """True when the double answered 200."""
        return self.status == 200

    @property
    def description(self) -> str:
        """The error description ("" on success)."""
        return str(self.response.get("description", ""))

    @property
    def chat_id(self) -> Any:
        """The ``chat_id`` parameter, normalized to int when numeric."""
        return _normalize_chat_id(self.params.get("chat_id"))

    @property
    def result(self) -> Any:
        """The ``result`` of a successful call."""
        return self.response.get("result")

    def __repr__(self) -> str:
        short = {k: (v if len(repr(v)) < 60 else repr(v)[:57] + "...")
                 for k, v in self.params.items()}
        return f"<Call #{self.seq} {self.method} {self.status} {self.description!r} {short}>"


@dataclass
class Expectation:
    """An error response a test provokes on purpose."""

    status: int
    contains: str = ""
    method: str | None = None
    times: int | None = None  # None: any number of times
    seen: int = 0

    def matches(self, call: Call) -> bool:
        """True when ``call`` is an error this expectation covers."""
        if self.times is not None and self.seen >= self.times:
            return False
        if call.status != self.status or self.contains not in call.description:
            return False
        return self.method is None or self.method.lower() == call.method.lower()


@dataclass
class Limits:
    """Telegram's flood limits, as the double enforces them (``enabled=False`` turns them off)."""

    enabled: bool = True
    private_per_second: float = 1.0  # sustained rate per private chat
    private_burst: int = 3  # messages a private chat may get at once
    group_per_minute: int = 20
    overall_per_second: int = 30
    count_edits: bool = True


@dataclass
class Injected:
    """A failure to answer instead of the real thing (see :meth:`BotApiDouble.fail_next`)."""

    status: int
    description: str
    method: str | None
    chat_id: Any
    retry_after: int | None
    times: int


class _FloodControl:
    """Token bucket per private chat, sliding windows per group and overall."""

    def __init__(self, limits: Limits, clock: Callable[[], float]):
        self.limits = limits
        self.clock = clock
        self.buckets: dict[Any, tuple[float, float]] = {}
        self.groups: dict[Any, collections.deque[float]] = collections.defaultdict(
            collections.deque
        )
        self.overall: collections.deque[float] = collections.deque()

    def admit(self, chat_id: Any, private: bool) -> int | None:
        """Record one message to ``chat_id``; or return the seconds to retry after."""
        lim = self.limits
        if not lim.enabled:
            return None
        now = self.clock()
        while self.overall and now - self.overall[0] >= 1.0:
            self.overall.popleft()
        waits: list[float] = []
        if len(self.overall) >= lim.overall_per_second:
            waits.append(1.0 - (now - self.overall[0]))
        tokens = float(lim.private_burst)
        if private:
            tokens, last = self.buckets.get(chat_id, (float(lim.private_burst), now))
            tokens = min(float(lim.private_burst), tokens + (now - last) * lim.private_per_second)
            if tokens < 1.0:
                waits.append((1.0 - tokens) / lim.private_per_second)
        else:
            window = self.groups[chat_id]
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) >= lim.group_per_minute:
                waits.append(60.0 - (now - window[0]))
        if waits:
            return max(1, math.ceil(max(waits)))
        self.overall.append(now)
        if private:
            self.buckets[chat_id] = (tokens - 1.0, now)
        else:
            self.groups[chat_id].append(now)
        return None


def _normalize_chat_id(value: Any) -> Any:
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    return value


def _as_bool(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


# --------------------------------------------------------------------------------------------
# The double
# --------------------------------------------------------------------------------------------


class BotApiDouble:
    """A fake Bot API server. Start it, point the bot at :attr:`url`, drive it with updates."""

    def __init__(
        self,
        *,
        token: str = TOKEN,
        bot_username: str = BOT_USERNAME,
        limits: Limits | None = None,
        max_poll_timeout: float = 1.0,
        strict_ampersand: bool = True,
    ):
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_username = bot_username
        self.limits = limits or Limits()
        self.max_poll_timeout = max_poll_timeout
        self.strict_ampersand = strict_ampersand
        self.calls: list[Call] = []
        self.expectations: list[Expectation] = []
        self.chats: dict[Any, dict[str, Any]] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.blocked: set[Any] = set()
        self.messages: dict[Any, dict[int, dict[str, Any]]] = collections.defaultdict(dict)
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.webhook: dict[str, Any] = {"url": ""}
        self.files: dict[str, dict[str, Any]] = {}
        self.open_callback_queries: dict[str, dict[str, Any]] = {}
        self.open_inline_queries: dict[str, dict[str, Any]] = {}
        self.inline_answers: dict[str, dict[str, Any]] = {}
        self.answered_chats: set[Any] = set()  # chats the bot sent at least one message to
        self.extra_methods: dict[str, Callable[[dict[str, Any]], Any]] = {}
        self._injected: list[Injected] = []
        self._truncated: dict[str, int] = {}  # method (lower case) -> responses left to cut
        self._updates: list[dict[str, Any]] = []
        self._confirmed_offset = 0
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._message_ids: dict[Any, itertools.count[int]] = collections.defaultdict(
            lambda: itertools.count(1)
        )
        self._clock_offset = 0.0
        self._lock = threading.RLock()
        self.flood = _FloodControl(self.limits, self.now)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._new_update: asyncio.Event | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0
        LIVE_DOUBLES.append(self)

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The root to use as ``TELEGRAM_API_URL``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> BotApiDouble:
        """Start serving on a free port in a background thread."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                self._new_update = asyncio.Event()
                self._server = loop.run_until_complete(
                    asyncio.start_server(self._serve_connection, "127.0.0.1", 0, limit=2**24)
                )
                self.port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:  # pragma: no cover - startup failure
                failure.append(exc)
                ready.set()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=serve, name="botapi-double", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        """Stop the server and its thread."""
        loop = self._loop
        if loop is None or not loop.is_running():
            return

        async def shutdown() -> None:
            assert self._server is not None
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> BotApiDouble:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- clock -------------------------------------------------------------------------------

    def now(self) -> float:
        """The double's clock (monotonic seconds, moved on by :meth:`advance`)."""
        return time.monotonic() + self._clock_offset

    def advance(self, seconds: float) -> None:
        """Move the double's clock forward: the flood limits see that much time pass."""
        with self._lock:
            self._clock_offset += seconds

    # -- expectations ------------------------------------------------------------------------

    def expect(
        self, status: int, contains: str = "", *, method: str | None = None,
        times: int | None = None,
    ) -> Expectation:
        """Declare an error response the test provokes on purpose (also covers past ones)."""
        expectation = Expectation(status, contains, method, times)
        with self._lock:
            self.expectations.append(expectation)
            for call in self.calls:
                if not call.expected and expectation.matches(call):
                    call.expected = True
                    expectation.seen += 1
        return expectation

    def errors(self, status: int | None = None) -> list[Call]:
        """Calls answered with an error (optionally one status)."""
        with self._lock:
            return [c for c in self.calls
                    if c.status != 200 and (status is None or c.status == status)]

    def unexpected_errors(self) -> list[Call]:
        """Error responses in :data:`CHECKED_STATUSES` that no expectation covers."""
        return [c for c in self.errors() if c.status in CHECKED_STATUSES and not c.expected]

    def fail_next(
        self, status: int = 429, description: str | None = None, *, method: str | None = None,
        chat_id: Any = None, retry_after: int | None = None, times: int = 1,
    ) -> None:
        """Answer the next ``times`` matching calls with an error instead of serving them."""
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            description = (f"Too Many Requests: retry after {retry_after}" if status == 429
                           else "Bad Gateway" if status == 502 else "Injected failure")
        with self._lock:
            self._injected.append(
                Injected(status, description, method, _normalize_chat_id(chat_id), retry_after,
                         times)
            )

    def truncate_next(self, method: str = "getUpdates", times: int = 1) -> None:
        """Cut the body of the next ``times`` non-empty successful answers to ``method`` in
        half (a response that cannot be parsed, as from a broken proxy)."""
        with self._lock:
            self._truncated[method.lower()] = times

    def block(self, chat_id: int) -> None:
        """Make ``chat_id`` a user who blocked the bot (403 on every send)."""
        with self._lock:
            self.blocked.add(chat_id)

    # -- queries on the record ---------------------------------------------------------------

    def calls_to(self, method: str, *, ok: bool | None = None, chat_id: Any = None) -> list[Call]:
        """Recorded calls of one method (case-insensitive), optionally filtered."""
        with self._lock:
            return [
                c for c in self.calls
                if c.method.lower() == method.lower()
                and (ok is None or c.ok == ok)
                and (chat_id is None or c.chat_id == chat_id)
            ]

    def messages_to(self, chat_id: Any) -> list[dict[str, Any]]:
        """Messages the bot sent to a chat, in order, as they are now (after edits)."""
        chat_id = self._resolve_chat_id(chat_id)
        with self._lock:
            return [m for m in self.messages.get(chat_id, {}).values()
                    if m.get("from", {}).get("id") == self.bot_id]

    def texts_to(self, chat_id: Any) -> list[str]:
        """The plain texts (after entity parsing) of :meth:`messages_to`."""
        return [m.get("text", m.get("caption", "")) for m in self.messages_to(chat_id)]

    def html_to(self, chat_id: Any) -> list[str]:
        """The HTML the bot sent to a chat (as requested, before parsing), in order."""
        chat_id = self._resolve_chat_id(chat_id)
        return [c.params.get("text", "") for c in self.calls_to("sendMessage", ok=True)
                if c.chat_id == chat_id]

    @staticmethod
    def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
        """The inline keyboard buttons of a message, flattened."""
        keyboard = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        return [button for row in keyboard for button in row]

    async def wait_for(
        self, predicate: Callable[[], Any], timeout: float = 10.0, interval: float = 0.005
    ) -> Any:
        """Poll ``predicate`` until it returns something truthy; return it (or fail)."""
        deadline = time.monotonic() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {predicate!r}")
            await asyncio.sleep(interval)

    async def wait_delivered(self, update_id: int | None = None, timeout: float = 10.0) -> None:
        """Wait until the bot confirmed ``update_id`` (default: all pushed so far) via its offset.

        PTB puts fetched updates on ``application.update_queue`` before asking for the next
        offset, so after this ``await application.update_queue.join()`` waits for handling.
        """
        if update_id is None:
            with self._lock:
                update_id = max((u["update_id"] for u in self._updates), default=0)
        target = update_id
        await self.wait_for(lambda: self._confirmed_offset > target, timeout=timeout)

    # -- making updates ----------------------------------------------------------------------

    def add_user(self, user_id: int, first_name: str | None = None,
                 username: str | None = None, language_code: str = "en") -> dict[str, Any]:
        """Register a user (and their private chat) and return the User object."""
        with self._lock:
            user = self.users.get(user_id)
            if user is None:
                user = {"id": user_id, "is_bot": False,
                        "first_name": first_name or f"User{user_id}",
                        "language_code": language_code}
                if username:
                    user["username"] = username
                self.users[user_id] = user
                chat = {"id": user_id, "type": "private", "first_name": user["first_name"]}
                if username:
                    chat["username"] = username
                self.chats.setdefault(user_id, chat)
            return user

    def add_chat(self, chat_id: int, chat_type: str = "supergroup", title: str | None = None,
                 username: str | None = None) -> dict[str, Any]:
        """Register a group, supergroup or channel the bot is in."""
        with self._lock:
            chat = {"id": chat_id, "type": chat_type, "title": title or f"Chat {chat_id}"}
            if username:
                chat["username"] = username
            self.chats[chat_id] = chat
            return chat

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue a raw update (an ``update_id`` is assigned when missing) and return its id."""
        with self._lock:
            update.setdefault("update_id", next(self._update_ids))
            self._updates.append(update)
        if self._loop is not None and self._new_update is not None:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return int(update["update_id"])

    def _incoming(self, chat: dict[str, Any], user: dict[str, Any], **fields: Any) -> dict:
        with self._lock:
            message = {"message_id": next(self._message_ids[chat["id"]]), "date": int(time.time()),
                       "chat": dict(chat), "from": dict(user), **fields}
            self.messages[chat["id"]][message["message_id"]] = message
            return message

    @staticmethod
    def text_entities(text: str) -> list[dict[str, Any]]:
        """The entities Telegram adds to an incoming text: a leading command, mentions."""
        entities: list[dict[str, Any]] = []
        command = _COMMAND_RE.match(text)
        if command:
            entities.append({"type": "bot_command", "offset": 0,
                             "length": utf16_len(command.group())})
        for mention in _MENTION_RE.finditer(text):
            entities.append({"type": "mention", "offset": utf16_len(text[:mention.start()]),
                             "length": utf16_len(mention.group())})
        return entities

    def private_message(self, user_id: int, text: str, **user_fields: Any) -> int:
        """Push a text message from a user in their private chat; return the update id."""
        user = self.add_user(user_id, **user_fields)
        message = self._incoming(self.chats[user_id], user, text=text)
        if entities := self.text_entities(text):
            message["entities"] = entities
        return self.push_update({"message": message})

    def group_message(self, chat_id: int, user_id: int, text: str,
                      chat_type: str = "supergroup") -> int:
        """Push a text message from a user in a group; return the update id."""
        user = self.add_user(user_id)
        chat = self.chats.get(chat_id) or self.add_chat(chat_id, chat_type)
        message = self._incoming(chat, user, text=text)
        if entities := self.text_entities(text):
            message["entities"] = entities
        return self.push_update({"message": message})

    def document_message(
        self, user_id: int, content: bytes, file_name: str, *, mime_type: str = "text/plain",
        caption: str | None = None, file_size: int | None = None, chat_id: int | None = None,
    ) -> int:
        """Push a document sent by a user (downloadable with getFile); return the update id."""
        user = self.add_user(user_id)
        chat = self.chats[chat_id if chat_id is not None else user_id]
        file_id = self.add_file(content, file_name=file_name, file_size=file_size)
        document = {"file_id": file_id, "file_unique_id": self.files[file_id]["file_unique_id"],
                    "file_name": file_name, "mime_type": mime_type,
                    "file_size": self.files[file_id]["file_size"]}
        fields: dict[str, Any] = {"document": document}
        if caption:
            fields["caption"] = caption
        message = self._incoming(chat, user, **fields)
        return self.push_update({"message": message})

    def click(self, message: dict[str, Any], callback_data: str, user_id: int | None = None) -> str:
        """Press the callback button carrying ``callback_data`` on a bot message.

        Fails when the message has no such button. Returns the callback query id.
        """
        if not any(b.get("callback_data") == callback_data for b in self.buttons(message)):
            raise AssertionError(f"no button {callback_data!r} on message {message['message_id']}")
        chat = message["chat"]
        user = self.users[user_id if user_id is not None else chat["id"]]
        query_id = f"cq{next(self._ids)}"
        with self._lock:
            current = self.messages[chat["id"]].get(message["message_id"], message)
            self.open_callback_queries[query_id] = {"message_id": message["message_id"]}
        self.push_update({"callback_query": {
            "id": query_id, "from": dict(user), "chat_instance": f"ci{chat['id']}",
            "message": json.loads(json.dumps(current)), "data": callback_data,
        }})
        return query_id

    def inline_query(self, user_id: int, query: str, offset: str = "") -> str:
        """Push an inline query (``@bot query``); return its id."""
        user = self.add_user(user_id)
        query_id = f"iq{next(self._ids)}"
        with self._lock:
            self.open_inline_queries[query_id] = {"user_id": user_id}
        self.push_update({"inline_query": {"id": query_id, "from": dict(user), "query": query,
                                           "offset": offset, "chat_type": "private"}})
        return query_id

    def add_file(self, content: bytes, *, file_name: str = "file.txt",
                 file_size: int | None = None) -> str:
        """Store a file the bot may fetch with getFile; return its file_id."""
        number = next(self._ids)
        file_id = f"BQAC-double-{number}"
        with self._lock:
            self.files[file_id] = {
                "file_id": file_id, "file_unique_id": f"AgAD{number}",
                "file_size": len(content) if file_size is None else file_size,
                "file_path": f"documents/file_{number}_{file_name}", "content": content,
            }
        return file_id

    def register_method(self, name: str, handler: Callable[[dict[str, Any]], Any]) -> None:
        """Serve an extra Bot API method: ``handler(params) -> result`` (may raise ApiError)."""
        self.extra_methods[name.lower()] = handler

    # -- HTTP --------------------------------------------------------------------------------

    async def _serve_connection(self, reader: asyncio.StreamReader,
                                writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                try:
                    verb, target, _version = lines[0].split(" ", 2)
                except ValueError:
                    return
                headers: dict[str, str] = {}
                for line in lines[1:]:
                    if ":" in line:
                        key, value = line.split(":", 1)
                        headers[key.strip().lower()] = value.strip()
                body = await self._read_body(reader, headers)
                status, content, content_type = await self._dispatch(verb, target, headers, body)
                reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
                          404: "Not Found", 409: "Conflict", 429: "Too Many Requests"}.get(
                              status, "Error")
                writer.write(
                    f"HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\n"
                    f"Content-Length: {len(content)}\r\nConnection: keep-alive\r\n\r\n"
                    .encode("latin-1") + content
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    @staticmethod
    async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            chunks = []
            while True:
                size_line = await reader.readuntil(b"\r\n")
                size = int(size_line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    await reader.readuntil(b"\r\n")
                    break
                chunks.append(await reader.readexactly(size))
                await reader.readexactly(2)
            return b"".join(chunks)
        length = int(headers.get("content-length", "0") or 0)
        return await reader.readexactly(length) if length else b""

    async def _dispatch(self, verb: str, target: str, headers: dict[str, str],
                        body: bytes) -> tuple[int, bytes, str]:
        parts = urlsplit(target)
        path = unquote(parts.path)
        file_prefix = f"/file/bot{self.token}/"
        if path.startswith(file_prefix):
            return self._download(path[len(file_prefix):])
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            status, payload = (401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                               ) if path.startswith("/bot") else (
                404, {"ok": False, "error_code": 404, "description": "Not Found"})
            self._record(path.rsplit("/", 1)[-1], {}, status, payload)
            return status, json.dumps(payload).encode(), "application/json"
        method = path[len(prefix):]
        try:
            params = self._parse_params(parts.query, headers, body)
        except ValueError as exc:
            params = {}
            error = bad_request(f"can't parse request: {exc}")
            return self._finish(method, params, error)
        try:
            result = await self._call(method, params)
        except ApiError as error:
            return self._finish(method, params, error)
        return self._finish(method, params, result)

    def _finish(self, method: str, params: dict[str, Any], outcome: Any) -> tuple[int, bytes, str]:
        if isinstance(outcome, ApiError):
            status, payload = outcome.code, outcome.payload()
        else:
            status, payload = 200, {"ok": True, "result": outcome}
        logged = {k: v for k, v in params.items() if not isinstance(v, bytes)}
        self._record(method, logged, status, payload)
        content = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        with self._lock:
            left = self._truncated.get(method.lower(), 0)
            if left and status == 200 and outcome:
                self._truncated[method.lower()] = left - 1
                content = content[: len(content) // 2]
        return status, content, "application/json"

    def _record(self, method: str, params: dict[str, Any], status: int,
                payload: dict[str, Any]) -> None:
        with self._lock:
            call = Call(len(self.calls) + 1, method, params, status, payload, self.now())
            for expectation in self.expectations:
                if status != 200 and expectation.matches(call):
                    call.expected = True
                    expectation.seen += 1
                    break
            self.calls.append(call)

    @staticmethod
    def _parse_params(query: str, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
        content_type = headers.get("content-type", "")
        if body and content_type.startswith("application/json"):
            params.update(json.loads(body))
        elif body and content_type.startswith("multipart/form-data"):
            raw = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
            parsed = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
            for part in parsed.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True) or b""
                if part.get_filename() is not None:
                    params[str(name)] = {"filename": part.get_filename(), "content": payload}
                else:
                    params[str(name)] = payload.decode("utf-8")
        elif body:
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        for key in _JSON_PARAMS & params.keys():
            if isinstance(params[key], str):
                params[key] = json.loads(params[key])
        return params

    def _download(self, file_path: str) -> tuple[int, bytes, str]:
        with self._lock:
            found = next((f for f in self.files.values() if f["file_path"] == file_path), None)
        if found is None:
            payload = {"ok": False, "error_code": 404, "description": "Not Found"}
            self._record("downloadFile", {"file_path": file_path}, 404, payload)
            return 404, json.dumps(payload).encode(), "application/json"
        self._record("downloadFile", {"file_path": file_path}, 200, {"ok": True})
        return 200, found["content"], "application/octet-stream"

    # -- methods -----------------------------------------------------------------------------

    async def _call(self, method: str, params: dict[str, Any]) -> Any:
        name = method.lower()
        injected = self._take_injected(name, _normalize_chat_id(params.get("chat_id")))
        if injected is not None:
            raise injected
        if name == "getupdates":
            return await self._get_updates(params)
        if name in self.extra_methods:
            return self.extra_methods[name](params)
        handler = getattr(self, f"_m_{name}", None)
        if handler is None:
            raise ApiError(404, "Not Found")
        with self._lock:
            return handler(params)

    def _take_injected(self, name: str, chat_id: Any) -> ApiError | None:
        with self._lock:
            for item in self._injected:
                if item.method is not None and item.method.lower() != name:
                    continue
                if item.chat_id is not None and item.chat_id != chat_id:
                    continue
                if item.method is None and name == "getupdates":
                    continue
                item.times -= 1
                if item.times <= 0:
                    self._injected.remove(item)
                parameters = {"retry_after": item.retry_after} if item.retry_after else None
                return ApiError(item.status, item.description, parameters)
        return None

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook.get("url"):
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; "
                                "use deleteWebhook to delete the webhook first")
        offset = int(params.get("offset") or 0)
        limit = max(1, min(100, int(params.get("limit") or 100)))
        timeout = min(float(params.get("timeout") or 0), self.max_poll_timeout)
        deadline = time.monotonic() + timeout
        assert self._new_update is not None
        while True:
            with self._lock:
                if offset > 0:
                    self._confirmed_offset = max(self._confirmed_offset, offset)
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                pending = self._updates[:limit]
                self._new_update.clear()
            remaining = deadline - time.monotonic()
            if pending or remaining <= 0:
                return json.loads(json.dumps(pending))
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), remaining)

    def _m_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Therapist Letters (test)",
                "username": self.bot_username, "can_join_groups": True,
                "can_read_all_group_messages": False, "supports_inline_queries": True,
                "can_connect_to_business": False, "has_main_web_app": False}

    def _m_logout(self, params: dict[str, Any]) -> bool:
        return True

    def _m_close(self, params: dict[str, Any]) -> bool:
        return True

    def _m_setwebhook(self, params: dict[str, Any]) -> bool:
        url = params.get("url", "")
        if url and not urlsplit(url).scheme == "https":
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise bad_request("secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret,
                        "allowed_updates": params.get("allowed_updates")}
        return True

    def _m_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = {"url": ""}
        if _as_bool(params.get("drop_pending_updates")):
            self._updates.clear()
        return True

    def _m_getwebhookinfo(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    def _commands_key(self, params: dict[str, Any]) -> str:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)

    def _m_setmycommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be a list of at most 100 BotCommand")
        scope = params.get("scope") or {}
        if scope.get("type") in ("chat", "chat_administrators", "chat_member"):
            self._chat({"chat_id": scope.get("chat_id")})
        for command in commands:
            if not _BOT_COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = commands
        return True

    def _m_getmycommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(self._commands_key(params), [])

    def _m_deletemycommands(self, params: dict[str, Any]) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _m_setmydescription(self, params: dict[str, Any]) -> bool:
        if len(params.get("description", "")) > 512:
            raise bad_request("BOT_DESCRIPTION_INVALID")
        return True

    def _m_setmyshortdescription(self, params: dict[str, Any]) -> bool:
        if len(params.get("short_description", "")) > 120:
            raise bad_request("BOT_SHORT_DESCRIPTION_INVALID")
        return True

    def _m_setchatmenubutton(self, params: dict[str, Any]) -> bool:
        return True

    def _resolve_chat_id(self, chat_id: Any) -> Any:
        chat_id = _normalize_chat_id(chat_id)
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for chat in self.chats.values():
                if chat.get("username", "").lower() == chat_id[1:].lower():
                    return chat["id"]
        return chat_id

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        if params.get("chat_id") in (None, ""):
            raise bad_request("chat_id is empty")
        chat_id = self._resolve_chat_id(params["chat_id"])
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def _m_getchat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = dict(self._chat(params))
        chat.setdefault("accent_color_id", 0)
        chat.setdefault("max_reaction_count", 11)
        chat.setdefault("accepted_gift_types", {"unlimited_gifts": False, "limited_gifts": False,
                                                "unique_gifts": False,
                                                "premium_subscription": False})
        return chat

    def _m_sendchataction(self, params: dict[str, Any]) -> bool:
        self._writable_chat(params)
        return True

    def _writable_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        if chat["id"] in self.blocked:
            if chat["type"] == "private":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            raise ApiError(403, "Forbidden: bot was kicked from the group chat")
        return chat

    def _flood(self, chat: dict[str, Any]) -> None:
        retry = self.flood.admit(chat["id"], chat["type"] == "private")
        if retry is not None:
            raise ApiError(429, f"Too Many Requests: retry after {retry}",
                           {"retry_after": retry})

    def _formatted(self, params: dict[str, Any], key: str = "text",
                   limit: int = MAX_TEXT_UTF16) -> tuple[str, list[dict[str, Any]]]:
        raw = params.get(key)
        raw = "" if raw is None else str(raw)
        parse_mode = str(params.get("parse_mode") or "")
        if parse_mode.lower() == "html":
            try:
                text, entities = parse_html(raw, strict_ampersand=self.strict_ampersand)
            except EntityParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
        elif parse_mode:
            raise bad_request(f"unsupported parse_mode {parse_mode!r} in the double")
        else:
            text, entities = raw, list(params.get(f"{key}_entities" if key != "text"
                                                  else "entities") or [])
        stripped = text.strip()
        if key == "text" and not stripped:
            raise bad_request("message text is empty")
        if utf16_len(stripped) > limit:
            raise bad_request("message is too long" if key == "text"
                              else "message caption is too long")
        return text, entities

    def _check_markup(self, markup: Any) -> dict[str, Any] | None:
        if not markup:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return markup
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad_request("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an "
                              "Array of Arrays")
        if sum(len(r) for r in rows) > 100:
            raise bad_request("reply markup is too long")
        for row in rows:
            for button in row:
                if not str(button.get("text", "")).strip():
                    raise bad_request("BUTTON_TEXT_INVALID")
                actions = [a for a in _BUTTON_ACTIONS if a in button]
                if len(actions) != 1:
                    raise bad_request("can't parse inline keyboard button: Text buttons are "
                                      "unallowed in the inline keyboard")
                if "callback_data" in button:
                    data = str(button["callback_data"]).encode("utf-8")
                    if not 1 <= len(data) <= MAX_CALLBACK_DATA_BYTES:
                        raise bad_request("BUTTON_DATA_INVALID")
                if "url" in button and not is_valid_button_url(button["url"]):
                    raise bad_request("BUTTON_URL_INVALID")
        return markup

    def _check_reply_to(self, chat: dict[str, Any], params: dict[str, Any]) -> None:
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            message_id = int(reply.get("message_id", 0))
            if message_id not in self.messages[chat["id"]] and not reply.get(
                    "allow_sending_without_reply"):
                raise bad_request("message to be replied not found")

    def _store(self, chat: dict[str, Any], **fields: Any) -> dict[str, Any]:
        message = {"message_id": next(self._message_ids[chat["id"]]), "date": int(time.time()),
                   "chat": dict(chat),
                   "from": {"id": self.bot_id, "is_bot": True,
                            "first_name": "Therapist Letters (test)",
                            "username": self.bot_username}}
        message.update({k: v for k, v in fields.items() if v not in (None, [], {})})
        self.messages[chat["id"]][message["message_id"]] = message
        self.answered_chats.add(chat["id"])
        return json.loads(json.dumps(message))

    def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._writable_chat(params)
        text, entities = self._formatted(params)
        markup = self._check_markup(params.get("reply_markup"))
        self._check_reply_to(chat, params)
        self._flood(chat)
        return self._store(chat, text=text, entities=entities, reply_markup=markup)

    def _m_senddocument(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._writable_chat(params)
        caption, entities = self._formatted(params, "caption", MAX_CAPTION_UTF16)
        markup = self._check_markup(params.get("reply_markup"))
        document = params.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = params.get(document[len("attach://"):])
        if isinstance(document, dict):
            file_id = self.add_file(document["content"], file_name=document["filename"])
            name = document["filename"]
        elif isinstance(document, str) and document in self.files:
            file_id, name = document, self.files[document]["file_path"].rsplit("/", 1)[-1]
        else:
            raise bad_request("wrong file identifier/HTTP URL specified")
        self._flood(chat)
        info = self.files[file_id]
        return self._store(chat, caption=caption or None, caption_entities=entities,
                           reply_markup=markup,
                           document={"file_id": file_id, "file_unique_id": info["file_unique_id"],
                                     "file_name": name, "file_size": info["file_size"]})

    def _bot_message(self, params: dict[str, Any], action: str) -> dict[str, Any]:
        chat = self._writable_chat(params)
        message = self.messages[chat["id"]].get(int(params.get("message_id") or 0))
        if message is None:
            raise bad_request(f"message to {action} not found")
        if message["from"]["id"] != self.bot_id and action == "edit":
            raise bad_request("message can't be edited")
        return message

    def _m_editmessagetext(self, params: dict[str, Any]) -> Any:
        markup = self._check_markup(params.get("reply_markup"))
        text, entities = self._formatted(params)
        if params.get("inline_message_id"):
            return True
        message = self._bot_message(params, "edit")
        if (message.get("text"), message.get("entities", []), message.get("reply_markup")) == (
                text, entities, markup):
            raise bad_request("message is not modified: specified new message content and reply "
                              "markup are exactly the same as a current content and reply markup "
                              "of the message")
        if self.limits.count_edits:
            self._flood(message["chat"])
        message["text"] = text
        message["entities"] = entities
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return json.loads(json.dumps(message))

    def _m_editmessagereplymarkup(self, params: dict[str, Any]) -> Any:
        markup = self._check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        message = self._bot_message(params, "edit")
        if message.get("reply_markup") == markup:
            raise bad_request("message is not modified: specified new message content and reply "
                              "markup are exactly the same as a current content and reply markup "
                              "of the message")
        if self.limits.count_edits:
            self._flood(message["chat"])
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return json.loads(json.dumps(message))

    def _m_deletemessage(self, params: dict[str, Any]) -> bool:
        message = self._bot_message(params, "delete")
        del self.messages[message["chat"]["id"]][message["message_id"]]
        return True

    def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if self.open_callback_queries.pop(query_id, None) is None:
            raise bad_request("query is too old and response timeout expired or query ID is "
                              "invalid")
        if len(str(params.get("text") or "")) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        if params.get("url") and not is_valid_button_url(params["url"]):
            raise bad_request("URL_INVALID")
        return True

    def _m_answerinlinequery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id", ""))
        if query_id not in self.open_inline_queries:
            raise bad_request("query is too old and response timeout expired or query ID is "
                              "invalid")
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            result_id = str(result.get("id", ""))
            if not 1 <= len(result_id.encode()) <= 64:
                raise bad_request("RESULT_ID_INVALID")
            if result_id in seen:
                raise bad_request("RESULT_ID_DUPLICATE")
            seen.add(result_id)
            if result.get("type") == "article" and not str(result.get("title", "")).strip():
                raise bad_request("RESULT_TITLE_EMPTY")
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                self._formatted({"text": content["message_text"],
                                 "parse_mode": content.get("parse_mode")})
            self._check_markup(result.get("reply_markup"))
            for key in ("url", "thumbnail_url"):
                if result.get(key) and not is_valid_button_url(result[key]):
                    raise bad_request("RESULT_URL_INVALID")
        del self.open_inline_queries[query_id]
        self.inline_answers[query_id] = params
        return True

    def _m_getfile(self, params: dict[str, Any]) -> dict[str, Any]:
        info = self.files.get(str(params.get("file_id", "")))
        if info is None:
            raise bad_request("invalid file_id")
        if info["file_size"] > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        return {k: info[k] for k in ("file_id", "file_unique_id", "file_size", "file_path")}


#: Every double created in this process (``tests/conftest.py`` checks them after each test).
LIVE_DOUBLES: list[BotApiDouble] = []


@contextlib.contextmanager
def running_double(**kwargs: Any) -> Iterator[BotApiDouble]:
    """A started :class:`BotApiDouble`, stopped on exit."""
    double = BotApiDouble(**kwargs).start()
    try:
        yield double
    finally:
        double.stop()


# --------------------------------------------------------------------------------------------
# Throughput
# --------------------------------------------------------------------------------------------

BENCH_MESSAGES = (
    "I feel anxious all the time and can't sleep",
    "my partner and I keep fighting about money",
    "how do I know if I need therapy",
    "I think I'm depressed and I don't enjoy anything anymore",
    "my mother is too controlling",
    "I have trouble making friends at work",
)


async def measure_throughput_async(
    n_updates: int, *, archive: Any, matcher: Any, limits: bool = False,
    messages: tuple[str, ...] = BENCH_MESSAGES, settings: Any = None,
) -> float:
    """Updates answered per second by the real application against a fresh double.

    ``n_updates`` private messages from as many users are pushed at once; the clock runs from
    the push until every user has a reply. With ``limits=False`` (the default) the double's and
    the bot's flood limits are off, so this measures the bot itself; with ``limits=True``
    Telegram's ~30 messages/s caps it.
    """
    from bot.telegram.app import (  # the only place the double uses the bot
        build_application,
        running,
    )

    with running_double(limits=Limits(enabled=limits)) as api:
        settings = _bench_settings(api, settings)
        application = build_application(settings, archive, matcher,
                                         rate_limits=limits, concurrent_updates=64)
        async with running(application):
            base = 10_000_000
            for user in range(base, base + n_updates):
                api.add_user(user)
            started = time.perf_counter()
            for i, user in enumerate(range(base, base + n_updates)):
                api.private_message(user, messages[i % len(messages)])
            await api.wait_for(lambda: len(api.answered_chats) >= n_updates,
                               timeout=max(30.0, n_updates / 5), interval=0.002)
            elapsed = time.perf_counter() - started
        if api.unexpected_errors():
            raise AssertionError(f"the double answered errors: {api.unexpected_errors()[:3]}")
    return n_updates / elapsed


def _bench_settings(api: BotApiDouble, settings: Any) -> Any:
    import dataclasses

    from bot.config import load_settings

    base = settings or load_settings({"TELEGRAM_BOT_TOKEN": api.token})
    return dataclasses.replace(base, telegram_bot_token=api.token, telegram_api_url=api.url,
                               webhook_url=None)


def measure_throughput(n_updates: int = 500, *, archive: Any = None, matcher: Any = None,
                       limits: bool = False) -> float:
    """Synchronous :func:`measure_throughput_async` (for ``python -m bot bench``).

    Without an archive, a small one is built in a temporary directory from the bundled samples
    through the test fixtures; with one, pass its :class:`bot.matching.matcher.Matcher` too (or
    None to build one).
    """
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        if archive is None:
            from bot.archive import Archive

            archive = Archive.open(Path(tmp) / "bench.db")
            archive.store(_bench_letters())
        if matcher is None:
            from bot.matching.matcher import Matcher

            matcher = Matcher(archive)
        return asyncio.run(measure_throughput_async(n_updates, archive=archive, matcher=matcher,
                                                    limits=limits))


def _bench_letters() -> Any:
    from bot.models import Answer, Letter, ParsedFile

    subjects = ["anxiety and sleep", "money fights with my partner", "starting therapy",
                "depression and losing interest", "a controlling mother", "friends at work"]
    letters = [
        Letter(title=f"Question about {s}", question=f"I have been struggling with {s}. "
               f"What can I do about {s}?", topics=[s.split()[0]],
               answers=[Answer(text=f"Many people struggle with {s}. It helps to talk about it.",
                               answerer="A. Therapist, LMFT")])
        for s in subjects
    ]
    return ParsedFile(path="bench", format="bench", letters=letters)
