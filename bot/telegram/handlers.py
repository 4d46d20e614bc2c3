"""The bot's thin handlers: read the update, call :mod:`bot.replies.service`, send what it rendered.

One small async function per command or button, like python-telegram-bot's examples. The
wiring (which update goes where) is in :mod:`bot.telegram.app`; the command list in
:mod:`bot.telegram.commands`.

Privacy: the user's text is passed to the service and forgotten. It is never logged, never put in
``bot_data``/``user_data`` and never in callback data (buttons carry letter ids only).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.archive.store import is_busy
from bot.config import Settings
from bot.replies import render, service
from bot.replies.render import Button, Reply
from bot.safety.triage import RISKS
from bot.telegram import limits

log = logging.getLogger(__name__)

DEPS_KEY = "deps"
COMMANDS_KEY = "commands"
BURSTS_KEY = "bursts"

#: Worker threads for the CPU and SQLite work of replies (matching, letter pages, topic pages,
#: admin reads): one per core. The encoder (onnxruntime), SQLite and rapidfuzz release the GIL;
#: more threads only fight over it: 300 users at once were answered at 77-88 updates/s with 2
#: workers, 73-83 with 3, 62-72 with 4 and 57-63 with 1 (bot in its own process, 2 cores).
#: The event loop only reads updates and sends replies. (Admin loads run on the default
#: executor, apart.)
WORKERS = 2
#: Messages from one private chat closer together than this are one burst: the first is
#: answered at once, the rest together in one reply, each of them crisis-checked.
BURST_SECONDS = 0.6
#: A burst is answered at the latest this long after its first message.
BURST_MAX_SECONDS = 3.0

#: A write that found the archive busy (another process's load holds the write lock) is tried
#: again this often in the background ...
WRITE_RETRY_SECONDS = 1.0
#: ... for at most this long.
WRITE_RETRY_FOR = 900.0
#: What a person is told when their write has to wait.
BUSY_TEXT = "The archive is busy right now; I'll save this as soon as it's free."

T = TypeVar("T")


@dataclass(slots=True)
class Deps:
    """What the handlers share, kept in ``application.bot_data["deps"]``."""

    settings: Settings
    archive: Any
    matcher: Any

    WORKERS_KEY = "workers"  # bot_data key of the reply workers (see make_workers)


def deps(context: ContextTypes.DEFAULT_TYPE) -> Deps:
    """The application's :class:`Deps`."""
    return context.application.bot_data[DEPS_KEY]


def make_workers() -> ThreadPoolExecutor:
    """The reply workers (:data:`WORKERS` threads; each has its own SQLite connection)."""
    return ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="reply")


async def off_loop(context: ContextTypes.DEFAULT_TYPE, func: Callable[..., T], *args: Any,
                   **kwargs: Any) -> T:
    """Run ``func(*args, **kwargs)`` (CPU or SQLite work) in a reply worker and await it.

    An in-memory archive has one connection on the loop's thread, so its work stays there."""
    d = deps(context)
    workers = context.application.bot_data.get(Deps.WORKERS_KEY)
    if workers is None or getattr(d.archive, "path", ":memory:") == ":memory:":
        return func(*args, **kwargs)
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(workers, functools.partial(func, *args, **kwargs))


def username(context: ContextTypes.DEFAULT_TYPE) -> str:
    """The bot's username (from getMe at start-up), else the configured one."""
    return context.bot.username or deps(context).settings.bot_username


def markup(buttons: list[list[Button]]) -> InlineKeyboardMarkup | None:
    """Render's buttons as an inline keyboard (None when there are none)."""
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, url=b.url, callback_data=b.callback_data) for b in row]
         for row in buttons]
    )


def is_crisis(reply: Reply) -> bool:
    """A crisis reply: risk ``high`` or ``possible`` (crisis lines first; never lost)."""
    return reply.risk != "none"


async def send(update: Update, reply: Reply) -> Message | None:
    """Send a reply in the chat of the update (for a button press: below its message).

    A reply held back by a flood limit is sent again (:func:`bot.telegram.limits.deliver`):
    a crisis reply until it is delivered."""
    message = update.effective_message
    if message is None:
        return None
    # A person who writes faster than Telegram's per-chat limit still gets every reply: a
    # crisis reply is retried for up to an hour, any other for a few minutes.
    wait = limits.CRISIS_MAX_WAIT if is_crisis(reply) else limits.REPLY_MAX_WAIT
    return await limits.deliver(
        lambda: message.reply_text(reply.html, reply_markup=markup(reply.buttons)),
        max_wait=wait)


async def edit(update: Update, reply: Reply) -> None:
    """Replace the pressed button's message with a reply (menus page in place)."""
    query = update.callback_query
    assert query is not None
    try:
        await query.edit_message_text(reply.html, reply_markup=markup(reply.buttons))
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise


async def write(context: ContextTypes.DEFAULT_TYPE, func: Callable[..., T], *args: Any,
                later: Callable[[T], Awaitable[None]] | None = None) -> tuple[bool, T | None]:
    """Run a write in a reply worker: ``(True, result)``. When another connection holds the
    write lock (SQLite busy after the archive's short busy timeout), ``(False, None)`` at once
    (the caller says :data:`BUSY_TEXT`) while the write is tried again in the background every
    :data:`WRITE_RETRY_SECONDS` until it goes through; then ``later(result)`` is awaited."""
    try:
        return True, await off_loop(context, func, *args)
    except Exception as exc:
        if not is_busy(exc):
            raise

    async def retry() -> None:
        deadline = time.monotonic() + WRITE_RETRY_FOR
        while time.monotonic() < deadline:
            await asyncio.sleep(WRITE_RETRY_SECONDS)
            try:
                result = await off_loop(context, func, *args)
            except Exception as exc:
                if is_busy(exc):
                    continue
                log.error("a delayed write failed: %s", type(exc).__name__)
                return
            if later is not None:
                await later(result)
            return
        log.error("a delayed write gave up: the archive stayed busy for %.0f s", WRITE_RETRY_FOR)

    context.application.create_task(retry())
    return False, None


def _respond(texts: list[str], d: Deps, bot_username: str) -> Reply:
    """One reply to one or more texts of a person (in a worker): every text is crisis-checked
    on its own; the most serious crisis reply wins; else the texts are answered together."""
    def one(text: str, **read: Any) -> Reply:
        return service.respond(text, archive=d.archive, matcher=d.matcher,
                               region=d.settings.crisis_region, bot_username=bot_username,
                               crisis_semantic=d.settings.crisis_semantic, **read)

    if len(texts) == 1:
        return one(texts[0])
    # the triage alone on each text (no matching, no rendering); the riskiest one is answered
    # from what was read for it
    seen = [service.read(text) for text in texts]
    checked = [service.assess(s, d.settings.crisis_semantic) for s in seen]
    worst = max(range(len(texts)), key=lambda i: RISKS.index(checked[i].risk))
    if checked[worst].is_crisis:
        return one(texts[worst], seen=seen[worst], assessment=checked[worst])
    return one("\n".join(texts))


async def answer(text: str | list[str], context: ContextTypes.DEFAULT_TYPE) -> Reply:
    """The service's reply to a person's text or texts (safety first, then matching), computed
    in a reply worker."""
    texts = [text] if isinstance(text, str) else list(text)
    return await off_loop(context, _respond, texts, deps(context), username(context))


@dataclass
class _Burst:
    """A private chat's recent messages (see :data:`BURST_SECONDS`)."""

    last: float
    pending: list[str] | None = None


async def converse(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Answer a person's text in a private chat. A message after a quiet spell is answered at
    once; messages that follow within :data:`BURST_SECONDS` are gathered and answered in one
    reply, each of them crisis-checked (eight messages sent at once get two replies, not
    eight that the flood limit would drop)."""
    chat = update.effective_chat
    if chat is None:
        return
    bursts: dict[int, _Burst] = context.application.bot_data.setdefault(BURSTS_KEY, {})
    now = time.monotonic()
    state = bursts.get(chat.id)
    if state is None or now - state.last > BURST_SECONDS:
        if len(bursts) > 1000:  # forget quiet chats
            for key in [k for k, b in bursts.items()
                        if now - b.last > BURST_SECONDS and b.pending is None]:
                del bursts[key]
        bursts[chat.id] = _Burst(last=now)
        await send(update, await answer(text, context))
        return
    state.last = now
    if state.pending is not None:
        state.pending.append(text)  # the handler waiting for this burst answers it
        return
    state.pending = [text]
    started = now
    while True:
        wait = min(state.last + BURST_SECONDS, started + BURST_MAX_SECONDS) - time.monotonic()
        if wait <= 0:
            break
        await asyncio.sleep(wait)
    texts, state.pending = state.pending, None
    state.last = time.monotonic()
    await send(update, await answer(texts, context))


# --- commands --------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the user, or open the letter of a deep link (/start l<id>)."""
    letter_id = render.parse_start_payload(context.args[0]) if context.args else None
    if letter_id is not None:
        await send(update, await off_loop(context, service.letter_reply, letter_id,
                                          archive=deps(context).archive))
        return
    await send(update, render.render_welcome(context.bot.first_name or "This bot"))


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sources, licences and privacy."""
    await send(update, render.render_about(await off_loop(context, deps(context).archive.stats)))


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Browse the letters by topic."""
    await send(update, await off_loop(context, service.topics_reply, 0,
                                      archive=deps(context).archive))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question after /ask (the way to ask in a group)."""
    text = " ".join(context.args or [])
    if not text.strip():
        await send(update, render.render_group_hint(username(context)))
        return
    await send(update, await answer(text, context))


# --- messages --------------------------------------------------------------------------------


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text in a private chat with crisis resources or matching letters."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await converse(update, context, message.text)


def strip_mention(message: Message, bot_username: str, bot_id: int | None = None) -> str | None:
    """The text (or caption) without mentions of the bot, or None when the message does not
    address the bot (no mention of it, and no reply to one of its messages)."""
    if message.text is not None:
        mentions = message.parse_entities([MessageEntity.MENTION]).values()
        text = message.text
    else:
        mentions = message.parse_caption_entities([MessageEntity.MENTION]).values()
        text = message.caption or ""
    mine = [m for m in mentions if m[1:].lower() == bot_username.lower()]
    replied = message.reply_to_message
    to_bot = (bot_id is not None and replied is not None and replied.from_user is not None
              and replied.from_user.id == bot_id)
    if not mine and not to_bot:
        return None
    pattern = re.compile(rf"(?<![\w@])@{re.escape(bot_username)}\b[,:]?", re.IGNORECASE)
    return " ".join(pattern.sub(" ", text).split())


async def group_mention(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group, answer only a message (text or caption, new or edited) that mentions the bot
    or replies to it (the mention removed)."""
    message = update.effective_message
    assert message is not None
    text = strip_mention(message, username(context), context.bot.id)
    if text is None:
        return
    if not text:
        await send(update, render.render_group_hint(username(context)))
        return
    await send(update, await answer(text, context))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, photo or voice message in a private chat: its caption is read like a text
    (safety first); without one, ask for words."""
    message = update.effective_message
    caption = message.caption if message is not None else None
    if caption and caption.strip():
        await converse(update, context, caption)
        return
    await send(update, render.render_empty_message())


async def edited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message (text or caption; in a group, one addressed to the bot) is checked
    again: a crisis gets the crisis reply; otherwise nothing more is sent (the message was
    answered when it came)."""
    message = update.effective_message
    if message is None:
        return
    if message.chat.type == "private":
        text = message.text or message.caption
    else:
        text = strip_mention(message, username(context), context.bot.id)
    if not text or not text.strip():
        return
    reply = await answer(text, context)
    if is_crisis(reply):
        await send(update, reply)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private text starting with a slash that is no command of ours ("/i can't cope"): read
    as a message like any other, so that safety sees it too."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await converse(update, context, message.text.lstrip("/"))


# --- buttons ---------------------------------------------------------------------------------


def action(update: Update) -> render.Action | None:
    """The parsed callback data of a button press."""
    query = update.callback_query
    return render.parse_callback(query.data if query else None)


async def read_letter(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send one part of a whole letter (the "Read letter" and "Next part" buttons)."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    await query.answer()
    await send(update, await off_loop(context, service.letter_reply, act.letter_id, act.part,
                                      archive=deps(context).archive))


async def more_letters(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show further letters (the "More letters" button; ids are in the button)."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    await query.answer()
    await send(update, await off_loop(context, service.show_letters, act.ids,
                                      archive=deps(context).archive,
                                      bot_username=username(context)))


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Count a "was this helpful?" vote for a letter (nothing about the voter is kept)."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    await write(context, deps(context).archive.record_feedback, act.letter_id, act.helpful)
    await query.answer(render.feedback_thanks(act.helpful))
    message = query.message
    if isinstance(message, Message) and message.reply_markup:
        rows = [[b for b in row if not (b.callback_data or "").startswith("f:")]
                for row in message.reply_markup.inline_keyboard]
        rows = [row for row in rows if row]
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)


async def topics_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Page through the topic list in place."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    await query.answer()
    reply = await off_loop(context, service.topics_reply, act.page, archive=deps(context).archive)
    await (edit(update, reply) if act.in_place else send(update, reply))


async def topic_letters(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the letters on one topic in place of the topic list."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    await query.answer()
    reply = await off_loop(context, service.topic_letters_reply, act.topic_key, act.page,
                           archive=deps(context).archive, bot_username=username(context))
    await (edit(update, reply) if act.in_place else send(update, reply))


async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button from an older version of the bot: acknowledge it quietly."""
    query = update.callback_query
    if query is not None:
        await query.answer("This button is no longer available.")


# --- inline mode -----------------------------------------------------------------------------


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer matching letters as results that post an excerpt and a link (crisis first)."""
    query = update.inline_query
    assert query is not None
    d = deps(context)
    articles = await off_loop(context, service.respond_inline, query.query, archive=d.archive,
                              matcher=d.matcher, region=d.settings.crisis_region,
                              bot_username=username(context),
                              crisis_semantic=d.settings.crisis_semantic)
    results = [
        InlineQueryResultArticle(
            id=a.id, title=a.title, description=a.description,
            input_message_content=InputTextMessageContent(a.html),
            reply_markup=markup(a.buttons),
        )
        for a in articles
    ]
    button = None if results else InlineQueryResultsButton(
        "Tell me more in a private chat", start_parameter="inline")
    await query.answer(results, cache_time=10, is_personal=True, button=button)


# --- errors ----------------------------------------------------------------------------------


def _where(error: BaseException) -> str:
    """file:line of the innermost frame of an exception (its message may hold user text)."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return "?"
    return f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error (update id and type only, never the text), then answer gently."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    kind = type(error).__name__
    if isinstance(error, Forbidden):
        log.info("update %s: the chat blocked the bot (%s)", update_id, kind)
        return
    if isinstance(error, RetryAfter):
        log.warning("update %s: flood limit, retry after %ss", update_id, error.retry_after)
        return
    log.error("update %s failed: %s at %s", update_id, kind,
              _where(error) if error else "?")
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):  # already answered, or too old
            await update.callback_query.answer()
    try:
        await context.bot.send_message(update.effective_chat.id, render.render_error().html)
    except TelegramError as exc:
        log.warning("update %s: could not send the error notice: %s", update_id,
                    type(exc).__name__)
