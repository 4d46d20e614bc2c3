"""Admin handlers (file uploads, /stats, /hide, /unhide, /addquote, /postquote) and the daily
quote's user commands (/subscribe, /unsubscribe, /quote).

Thin: each handler reads the update, calls the core (loader, archive, quotes) and replies with
escaped HTML. Their state lives in ``application.bot_data["admin"]`` (an :class:`AdminKit`), put
there by :func:`install`, which also schedules the daily quote (:mod:`bot.telegram.jobs`).

Admins are the user ids in ``ADMIN_IDS``. Anyone else who sends a file or uses an admin command
is told politely that it is for admins, and the file is never downloaded.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, BaseHandler, ContextTypes, MessageHandler
from telegram.ext import filters as F

from bot.archive import Archive
from bot.archive.importers import MAX_FILE_BYTES
from bot.archive.loader import load_bytes, render_report
from bot.archive.quotes import QuoteBook, format_quote, parse_quote
from bot.config import Settings
from bot.matching import semantic
from bot.models import ImportReport
from bot.telegram import handlers, jobs

log = logging.getLogger(__name__)

#: The public Bot API lets bots download files up to 20 MB.
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
#: An admin's load through the bot waits this long for another process's write lock.
LOAD_BUSY_TIMEOUT = 300.0
#: A load still running after this many seconds gets a progress message ...
PROGRESS_DELAY = 2.0
#: ... edited at most this often.
PROGRESS_INTERVAL = 2.0

ACCEPTED = (".txt", ".csv", ".json", ".jsonl")

FOR_ADMINS = (
    "Sorry, that is only for the archive's admins. "
    "You can simply write me what is on your mind, or see /help."
)
FILE_FOR_ADMINS = (
    "Thank you, but only the archive's admins can add files, so I have not opened it. "
    "If something is on your mind, you can simply write it to me, or see /help."
)


@dataclass
class AdminKit:
    """What the admin and quote handlers need, kept in ``bot_data["admin"]``."""

    settings: Settings
    archive: Archive
    book: QuoteBook
    daily: jobs.DailyQuote
    load_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    progress_delay: float = PROGRESS_DELAY
    progress_interval: float = PROGRESS_INTERVAL

    def is_admin(self, update: Update) -> bool:
        """True when the update comes from a user listed in ADMIN_IDS."""
        user = update.effective_user
        return user is not None and user.id in self.settings.admin_ids


def kit(context: ContextTypes.DEFAULT_TYPE) -> AdminKit:
    """The :class:`AdminKit` of this application."""
    return context.application.bot_data["admin"]


async def _reply(update: Update, text: str, **kwargs: Any) -> Message | None:
    message = update.effective_message
    if message is None:
        return None
    return await message.reply_text(text, parse_mode=ParseMode.HTML, **kwargs)


async def _refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Tell a non-admin politely that this is for admins; True when refused."""
    if kit(context).is_admin(update):
        return False
    await _reply(update, html.escape(FOR_ADMINS))
    return True


# --- loading files ---------------------------------------------------------------------------


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def too_big_text(name: str, size: int | None, limit: int = MAX_DOWNLOAD_BYTES) -> str:
    """The message for a file the bot cannot take (HTML): over the loader's own limit (50 MB,
    on the server too), or over the Bot API's download limit (then: load it on the server,
    which the running bot follows within seconds)."""
    shown = f" ({_mb(size)})" if size else ""
    if size is not None and size > MAX_FILE_BYTES:
        return (
            f"<b>{html.escape(name)}</b>{shown} is too big to load: the loader takes files up "
            f"to {MAX_FILE_BYTES // (1024 * 1024)} MB, here and on the server alike.\n"
            f"Please split it into smaller files and send or load each of them."
        )
    return (
        f"<b>{html.escape(name)}</b>{shown} is too big for me to download: bots can only fetch "
        f"files up to {limit // (1024 * 1024)} MB from Telegram.\n"
        f"Please load it on the server instead (I keep running; its letters are found within "
        f"a few seconds, no restart needed):\n"
        f"<code>python -m bot load {html.escape(name)}</code>"
    )


class ProgressMessage:
    """One message showing a long load's progress, edited at most every `interval` seconds.

    Nothing is sent for a load that finishes within `delay` seconds: the summary is the reply.
    """

    def __init__(self, message: Message, name: str, delay: float, interval: float):
        self.source = message
        self.name = name
        self.delay = delay
        self.interval = interval
        self.done = 0
        self.total = 0
        self.message: Message | None = None
        self.shown = ""
        self.edits = 0
        self._ticker: asyncio.Task | None = None
        self._finished = asyncio.Event()

    def update(self, done: int, total: int) -> None:
        """Record progress (called from the loader, on the event loop's thread)."""
        self.done, self.total = done, total

    def text(self) -> str:
        """The progress line (HTML)."""
        what = f"{self.done} of {self.total} letters" if self.total else "reading"
        return f"⏳ Loading <b>{html.escape(self.name)}</b>: {what}…"

    def start(self) -> None:
        """Start the ticker."""
        self._finished = asyncio.Event()
        self._ticker = asyncio.create_task(self._tick())

    async def _pause(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when the load finished meanwhile."""
        try:
            await asyncio.wait_for(self._finished.wait(), seconds)
        except TimeoutError:
            return False
        return True

    async def _tick(self) -> None:
        # Never cancelled mid-request (that could leave an orphan progress message): the
        # ticker ends between two edits once the load has finished.
        if await self._pause(self.delay):
            return
        while True:
            text = self.text()
            if text != self.shown:
                try:
                    if self.message is None:
                        self.message = await self.source.reply_text(
                            text, parse_mode=ParseMode.HTML
                        )
                    else:
                        await self.message.edit_text(text, parse_mode=ParseMode.HTML)
                        self.edits += 1
                    self.shown = text
                except TelegramError as exc:  # progress is best effort
                    log.info("progress message not updated: %s", exc)
            if await self._pause(self.interval):
                return

    async def finish(self, text: str) -> None:
        """Stop the ticker; turn the progress message into `text`, or reply with it."""
        if self._ticker is not None:
            self._finished.set()
            await asyncio.gather(self._ticker, return_exceptions=True)
        if self.message is not None:
            message = self.message
            try:
                await message.edit_text(text, parse_mode=ParseMode.HTML)
                return
            except TelegramError as exc:
                log.info("progress message not finished, replying instead: %s", exc)
        await self.source.reply_text(text, parse_mode=ParseMode.HTML)


async def load_in_background(
    archive: Archive, data: bytes, name: str, progress: Callable[[int, int], None]
) -> ImportReport:
    """Load `data` without blocking the event loop, then tell the archive's listeners (the
    matcher) which letters changed, so new letters are findable at once.

    A file-backed archive is loaded through a second connection in a worker thread (SQLite
    connections belong to their thread; WAL lets the bot keep reading meanwhile). An in-memory
    archive cannot be shared, so it is loaded on the loop's thread.
    """
    if archive.path == ":memory:":
        return load_bytes(archive, data, name, progress=progress, embed=semantic.refresh)
    loop = asyncio.get_running_loop()

    def work() -> tuple[ImportReport, list[int]]:
        worker = Archive.open(archive.path, migrate_schema=False, busy_timeout=LOAD_BUSY_TIMEOUT)
        changed: list[int] = []
        worker.on_letters_changed(changed.extend)
        try:
            report = load_bytes(
                worker,
                data,
                name,
                progress=lambda d, t: loop.call_soon_threadsafe(progress, d, t),
                embed=semantic.refresh,
            )
        finally:
            worker.close()
        return report, changed

    report, changed = await asyncio.to_thread(work)
    if changed:
        # The write happened on another connection: notify this archive's listeners (the
        # matcher re-reads its vocabulary: in a thread too, the loop keeps answering).
        await asyncio.to_thread(archive.notify_letters_changed, changed)
    return report


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file sent to the bot: admins load it into the archive; others are told it is for admins."""
    k = kit(context)
    message = update.effective_message
    if message is None or message.document is None:
        return
    if message.caption and message.caption.strip():
        # A caption is words from a person: safety first, admins included.
        reply = await handlers.answer(message.caption, context)
        if handlers.is_crisis(reply):
            await handlers.send(update, reply)
            if not k.is_admin(update):
                return
    if not k.is_admin(update):
        await _reply(update, html.escape(FILE_FOR_ADMINS))
        return
    doc = message.document
    name = os.path.basename(doc.file_name or "file")
    ext = os.path.splitext(name)[1].lower()
    if ext not in ACCEPTED:
        await _reply(
            update,
            f"I can load {', '.join(ACCEPTED)} files (letter pages, letters, quotes); "
            f"<b>{html.escape(name)}</b> is none of these, so I left it alone.",
        )
        return
    if doc.file_size is not None and doc.file_size > MAX_DOWNLOAD_BYTES:
        await _reply(update, too_big_text(name, doc.file_size))
        return
    try:
        tg_file = await context.bot.get_file(doc.file_id)
        data = bytes(await tg_file.download_as_bytearray(read_timeout=120))
    except BadRequest as exc:
        if "too big" in exc.message.lower():
            await _reply(update, too_big_text(name, doc.file_size))
            return
        raise
    progress = ProgressMessage(message, name, k.progress_delay, k.progress_interval)
    progress.start()
    try:
        async with k.load_lock:  # one load at a time
            report = await load_in_background(k.archive, data, name, progress.update)
    except BaseException:
        await progress.finish("✗ Loading failed unexpectedly; nothing from this file was kept.")
        raise
    log.info("admin load of a %s file: %s", ext, "ok" if report.ok else "rejected")
    await progress.finish(html.escape(render_report(report)))


# --- admin commands --------------------------------------------------------------------------


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Counts of letters, answers, quotes, topics and subscribers; the daily quote's state."""
    if await _refuse(update, context):
        return
    k = kit(context)
    s = await handlers.off_loop(context, k.archive.stats)
    lines = [
        "<b>Archive</b>",
        f"Letters: {s['letters']} ({s['hidden']} hidden)",
        f"Answers: {s['answers']}",
        f"Topics: {s['topics']}",
        f"Quotes: {s['quotes']}",
        f"Subscribers: {s['subscribers']}",
        "",
        "<b>Daily quote</b>",
    ]
    settings = k.settings
    if settings.quote_time is None:
        lines.append("Not scheduled (QUOTE_TIME is not set); /postquote still works.")
    else:
        where = html.escape(str(settings.quote_chat_id)) if settings.quote_chat_id else "—"
        lines.append(
            f"At {settings.quote_time.strftime('%H:%M')} {html.escape(str(settings.quote_tz))}"
            f", quote chat: {where}"
        )
    today = k.daily.today()
    day = k.book.peek_day(today)
    if day is None:
        lines.append(f"Today ({today}): not chosen yet")
    else:
        state = "posted" if day.broadcast_done else "not posted yet"
        delivered = k.book.deliveries(today)
        sent = sum(1 for v in delivered.values() if v == "sent")
        lines.append(f"Today ({today}): quote #{day.quote_id}, {state}, {sent} delivered")
    await _reply(update, "\n".join(lines))


def _letter_id(context: ContextTypes.DEFAULT_TYPE) -> int | None:
    args = context.args or []
    if len(args) != 1:
        return None
    arg = args[0].lstrip("#")
    return int(arg) if arg.isdigit() else None


async def _set_hidden(update: Update, context: ContextTypes.DEFAULT_TYPE, hidden: bool) -> None:
    if await _refuse(update, context):
        return
    command = "hide" if hidden else "unhide"
    letter_id = _letter_id(context)
    if letter_id is None:
        await _reply(update, f"Usage: <code>/{command} ID</code> (the letter's number)")
        return
    k = kit(context)
    letter = k.archive.letter(letter_id, include_hidden=True)
    if letter is None or not k.archive.set_hidden(letter_id, hidden):
        await _reply(update, f"There is no letter #{letter_id}.")
        return
    title = html.escape(letter.title)
    if hidden:
        text = f"Letter #{letter_id} <b>{title}</b> is hidden: it is never matched or shown. "
        text += f"The data stays; <code>/unhide {letter_id}</code> brings it back."
    else:
        text = f"Letter #{letter_id} <b>{title}</b> is visible again."
    await _reply(update, text)


async def hide(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Hide a letter: never matched or shown; the data stays."""
    await _set_hidden(update, context, True)


async def unhide(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show a hidden letter again."""
    await _set_hidden(update, context, False)


async def addquote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Add a quote: /addquote text — author."""
    if await _refuse(update, context):
        return
    message = update.effective_message
    raw = (message.text or "").split(maxsplit=1) if message else []
    quote = parse_quote(raw[1]) if len(raw) > 1 else None
    if quote is None:
        await _reply(update, "Usage: <code>/addquote text — author</code>")
        return
    added = kit(context).archive.add_quote(quote)
    head = "Added to the daily quotes:" if added else "That quote is already in the archive:"
    await _reply(update, f"{head}\n{format_quote(quote)}")


async def postquote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Post today's quote now (to the quote chat and subscribers that have not had it)."""
    if await _refuse(update, context):
        return
    k = kit(context)
    await _reply(update, "Posting today's quote…")
    outcome = await k.daily.post(context.bot)
    await _reply(update, html.escape(outcome.summary()))


# --- everyone's commands ---------------------------------------------------------------------


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Get the daily quote in this chat."""
    chat = update.effective_chat
    if chat is None:
        return
    k = kit(context)

    def text(added: bool | None) -> str:
        if not added:
            return "You already get the daily quote. /unsubscribe stops it."
        when = ""
        if k.settings.quote_time is not None:
            when = (
                f" every day at {k.settings.quote_time.strftime('%H:%M')} "
                f"({html.escape(str(k.settings.quote_tz))})"
            )
        return f"You will get a short quote{when}. /unsubscribe stops it; /quote shows today's."

    async def saved_later(added: bool) -> None:
        await context.bot.send_message(chat.id, "Saved. " + text(added))

    done, added = await handlers.write(context, k.book.subscribe, chat.id, later=saved_later)
    await _reply(update, text(added) if done else html.escape(handlers.BUSY_TEXT))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop the daily quote in this chat."""
    chat = update.effective_chat
    if chat is None:
        return
    def text(removed: bool | None) -> str:
        if removed:
            return "Done: no more daily quotes here. /subscribe brings them back."
        return "This chat does not get the daily quote. /subscribe starts it."

    async def saved_later(removed: bool) -> None:
        await context.bot.send_message(chat.id, "Saved. " + text(removed))

    done, removed = await handlers.write(context, kit(context).book.unsubscribe, chat.id,
                                         later=saved_later)
    await _reply(update, text(removed) if done else html.escape(handlers.BUSY_TEXT))


async def quote(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Today's quote."""
    day = kit(context).daily.quote_today()
    if day is None:
        await _reply(update, "There are no quotes in the archive yet.")
        return
    await _reply(update, day.html)


# --- wiring ----------------------------------------------------------------------------------

#: (command, description, admin only, callback): for the bot's one table of commands.
COMMANDS: tuple[tuple[str, str, bool, Callable[..., Any]], ...] = (
    ("quote", "Today's quote", False, quote),
    ("subscribe", "Get a short quote every day", False, subscribe),
    ("unsubscribe", "Stop the daily quote", False, unsubscribe),
    ("stats", "Archive counts (admins)", True, stats),
    ("hide", "Hide a letter: /hide ID (admins)", True, hide),
    ("unhide", "Show a hidden letter again: /unhide ID (admins)", True, unhide),
    ("addquote", "Add a quote: /addquote text — author (admins)", True, addquote),
    ("postquote", "Post today's quote now (admins)", True, postquote),
)


def document_handler() -> BaseHandler:
    """The upload handler (the commands come from the bot's command table)."""
    return MessageHandler(F.Document.ALL & F.ChatType.PRIVATE, document)


def install(
    application: Application,
    settings: Settings,
    archive: Archive,
    *,
    book: QuoteBook | None = None,
    daily: jobs.DailyQuote | None = None,
) -> AdminKit:
    """Put the kit in bot_data and schedule the daily quote (the handlers come from the command
    table and :func:`document_handler`)."""
    book = book or QuoteBook(archive)
    daily = daily or jobs.DailyQuote(book, settings)
    k = AdminKit(settings=settings, archive=archive, book=book, daily=daily)
    application.bot_data["admin"] = k
    jobs.setup(application, daily)
    return k

