"""The bot's thin handlers: read the update, call :mod:`bot.replies.service`, send what it rendered.

One small async function per command or button, like python-telegram-bot's examples. The
wiring (which update goes where) is in :mod:`bot.telegram.app`; the command list in
:mod:`bot.telegram.commands`.

Privacy: the user's text is passed to the service and forgotten. It is never logged, never put in
``bot_data``/``user_data`` and never in callback data (buttons carry letter ids only).
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass
from typing import Any

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

from bot.config import Settings
from bot.replies import render, service
from bot.replies.render import Button, Reply

log = logging.getLogger(__name__)

DEPS_KEY = "deps"
COMMANDS_KEY = "commands"


@dataclass(slots=True)
class Deps:
    """What the handlers share, kept in ``application.bot_data["deps"]``."""

    settings: Settings
    archive: Any
    matcher: Any


def deps(context: ContextTypes.DEFAULT_TYPE) -> Deps:
    """The application's :class:`Deps`."""
    return context.application.bot_data[DEPS_KEY]


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


async def send(update: Update, reply: Reply) -> Message | None:
    """Send a reply in the chat of the update (for a button press: below its message)."""
    message = update.effective_message
    if message is None:
        return None
    return await message.reply_text(reply.html, reply_markup=markup(reply.buttons))


async def edit(update: Update, reply: Reply) -> None:
    """Replace the pressed button's message with a reply (menus page in place)."""
    query = update.callback_query
    assert query is not None
    try:
        await query.edit_message_text(reply.html, reply_markup=markup(reply.buttons))
    except BadRequest as exc:
        if "not modified" not in exc.message.lower():
            raise


def answer(text: str, context: ContextTypes.DEFAULT_TYPE) -> Reply:
    """The service's reply to a person's text (safety first, then matching)."""
    d = deps(context)
    return service.respond(text, archive=d.archive, matcher=d.matcher,
                           region=d.settings.crisis_region, bot_username=username(context),
                           crisis_semantic=d.settings.crisis_semantic)


# --- commands --------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Welcome the user, or open the letter of a deep link (/start l<id>)."""
    letter_id = render.parse_start_payload(context.args[0]) if context.args else None
    if letter_id is not None:
        await send(update, service.letter_reply(letter_id, archive=deps(context).archive))
        return
    await send(update, render.render_welcome(context.bot.first_name or "This bot"))


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sources, licences and privacy."""
    await send(update, render.render_about(deps(context).archive.stats()))


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Browse the letters by topic."""
    await send(update, service.topics_reply(0, archive=deps(context).archive))


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question after /ask (the way to ask in a group)."""
    text = " ".join(context.args or [])
    if not text.strip():
        await send(update, render.render_group_hint(username(context)))
        return
    await send(update, answer(text, context))


# --- messages --------------------------------------------------------------------------------


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a text in a private chat with crisis resources or matching letters."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await send(update, answer(message.text, context))


def strip_mention(message: Message, bot_username: str) -> str | None:
    """The text without mentions of the bot, or None when the bot is not mentioned."""
    mine = [e for e in message.entities if e.type == MessageEntity.MENTION
            and message.parse_entity(e)[1:].lower() == bot_username.lower()]
    if not mine:
        return None
    text = message.text or ""
    pattern = re.compile(rf"(?<![\w@])@{re.escape(bot_username)}\b[,:]?", re.IGNORECASE)
    return " ".join(pattern.sub(" ", text).split())


async def group_mention(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In a group, answer only a message that mentions the bot (the mention removed)."""
    message = update.effective_message
    assert message is not None
    text = strip_mention(message, username(context))
    if text is None:
        return
    if not text:
        await send(update, render.render_group_hint(username(context)))
        return
    await send(update, answer(text, context))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, photo or voice message in a private chat: its caption is read like a text
    (safety first); without one, ask for words."""
    message = update.effective_message
    caption = message.caption if message is not None else None
    if caption and caption.strip():
        await send(update, answer(caption, context))
        return
    await send(update, render.render_empty_message())


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A private text starting with a slash that is no command of ours ("/i can't cope"): read
    as a message like any other, so that safety sees it too."""
    message = update.effective_message
    assert message is not None and message.text is not None
    await send(update, answer(message.text.lstrip("/"), context))


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
    await send(update, service.letter_reply(act.letter_id, act.part,
                                            archive=deps(context).archive))


async def more_letters(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show further letters (the "More letters" button; ids are in the button)."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    await query.answer()
    await send(update, service.show_letters(act.ids, archive=deps(context).archive,
                                            bot_username=username(context)))


async def feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Count a "was this helpful?" vote for a letter (nothing about the voter is kept)."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    deps(context).archive.record_feedback(act.letter_id, act.helpful)
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
    reply = service.topics_reply(act.page, archive=deps(context).archive)
    await (edit(update, reply) if act.in_place else send(update, reply))


async def topic_letters(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the letters on one topic in place of the topic list."""
    query = update.callback_query
    act = action(update)
    assert query is not None and act is not None
    await query.answer()
    reply = service.topic_letters_reply(act.topic_key, act.page, archive=deps(context).archive,
                                        bot_username=username(context))
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
    articles = service.respond_inline(query.query, archive=d.archive, matcher=d.matcher,
                                      region=d.settings.crisis_region,
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
