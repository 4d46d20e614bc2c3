"""Building and running the Telegram application: all the wiring is here.

:func:`build_application` makes the PTB ``Application`` (Bot API root from the settings, HTML
by default, link previews off, ``AIORateLimiter``) and adds every handler; :func:`run` serves it
with long polling, or a webhook when ``WEBHOOK_URL`` is set.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.archive import Archive
from bot.archive.loader import seed_if_empty
from bot.config import Settings, SettingsError
from bot.matching import semantic
from bot.matching.matcher import Matcher
from bot.safety import triage
from bot.telegram import admin as handlers_admin
from bot.telegram import commands, handlers
from bot.telegram.limits import rate_limiter

log = logging.getLogger(__name__)

#: Updates handled at once. Their CPU and SQLite work runs in the reply workers
#: (:data:`bot.telegram.handlers.WORKERS` threads, each with its own read connection), so one
#: slow reply (a 40 MB letter page, a search) never holds up the others; most of a handler's
#: time is waiting for Telegram.
CONCURRENT_UPDATES = 64
#: The bot's writes wait this long for another process's write lock, then report "busy"
#: (reads never wait: WAL).
BUSY_TIMEOUT = 0.5
#: How often the bot looks for letters loaded by another process (``python -m bot load``).
CHANGES_POLL_SECONDS = 2.0


def build_application(
    settings: Settings,
    archive: Any,
    matcher: Any,
    *,
    table: Sequence[commands.Command] | None = None,
    rate_limits: bool = True,
    concurrent_updates: int = CONCURRENT_UPDATES,
    admin: bool = True,
    extensions: Sequence[Callable[[Application], None]] = (),
) -> Application:
    """The application with every handler, ready for ``run_polling`` or :func:`running`.

    ``table``: the command table (default :data:`bot.telegram.commands.COMMANDS`). ``rate_limits``:
    ``AIORateLimiter`` on (off only for benchmarks). ``admin``: the admin and daily-quote
    features of :mod:`bot.telegram.admin`. ``extensions``: more set-up, each called with the
    application after the wiring (add handlers, jobs, bot_data).
    """
    table = list(commands.COMMANDS if table is None else table)
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML,
                           link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(concurrent_updates)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if rate_limits:
        builder = builder.rate_limiter(rate_limiter())  # the one 429 policy: see limits.py
    application = builder.build()
    application.bot_data[handlers.DEPS_KEY] = handlers.Deps(settings, archive, matcher)
    application.bot_data[handlers.Deps.WORKERS_KEY] = handlers.make_workers()
    if isinstance(archive, Archive):
        archive.busy_timeout = BUSY_TIMEOUT
        if application.job_queue is not None and archive.path != ":memory:":
            archive.follow_external_changes()  # the mark: what is there now is known
            application.job_queue.run_repeating(follow_changes, CHANGES_POLL_SECONDS,
                                                first=0.0, name="follow-archive-changes")
    application.bot_data[handlers.COMMANDS_KEY] = table
    add_handlers(application, table)
    if admin:
        handlers_admin.install(application, settings, archive)
        application.add_handler(handlers_admin.document_handler())
    for extend in extensions:
        extend(application)
    # Last, so that buttons added by extensions come first: the buttons nobody else took.
    application.add_handler(CallbackQueryHandler(handlers.unknown_button))
    return application


def add_handlers(application: Application, table: Sequence[commands.Command]) -> None:
    """Wire updates to handlers: commands, private texts, group mentions, buttons, inline."""
    application.add_handlers(commands.command_handlers(table))
    new_message = filters.UpdateType.MESSAGE
    application.add_handlers([
        MessageHandler(new_message & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND,
                       handlers.private_text),
        MessageHandler(new_message & filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND
                       & (filters.Entity("mention") | filters.REPLY), handlers.group_mention),
        MessageHandler(new_message & filters.ChatType.GROUPS & filters.CAPTION
                       & (filters.CaptionEntity("mention") | filters.REPLY),
                       handlers.group_mention),
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & (filters.TEXT | filters.CAPTION),
                       handlers.edited),
        MessageHandler(new_message & filters.ChatType.PRIVATE & (
            filters.Sticker.ALL | filters.PHOTO | filters.VOICE | filters.VIDEO | filters.AUDIO
            | filters.VIDEO_NOTE | filters.ANIMATION), handlers.not_text),
        MessageHandler(new_message & filters.ChatType.PRIVATE & filters.TEXT & filters.COMMAND,
                       handlers.unknown_command),
        CallbackQueryHandler(handlers.read_letter, pattern=r"^l:"),
        CallbackQueryHandler(handlers.more_letters, pattern=r"^m:"),
        CallbackQueryHandler(handlers.feedback, pattern=r"^f:"),
        CallbackQueryHandler(handlers.topics_page, pattern=r"^t:"),
        CallbackQueryHandler(handlers.topic_letters, pattern=r"^tp:"),
        InlineQueryHandler(handlers.inline_query),
    ])
    application.add_error_handler(handlers.error_handler)


async def post_shutdown(application: Application) -> None:
    """Stop the reply workers."""
    workers = application.bot_data.pop(handlers.Deps.WORKERS_KEY, None)
    if workers is not None:
        workers.shutdown(wait=True, cancel_futures=True)


async def follow_changes(context: Any) -> None:
    """Make letters loaded by another process (``python -m bot load`` while the bot runs)
    findable within seconds: ``PRAGMA data_version`` tells whether anything changed, and the
    matcher is told about the new letters (in a reply worker)."""
    d: handlers.Deps = context.application.bot_data[handlers.DEPS_KEY]
    try:
        ids = await handlers.off_loop(context, d.archive.follow_external_changes)
    except Exception as exc:  # e.g. busy: next time
        log.warning("could not check the archive for new letters: %s", type(exc).__name__)
        return
    if ids:
        log.info("%d letters loaded by another process are now matched", len(ids))


async def post_init(application: Application) -> None:
    """Register the command menus (from the same table as the handlers and /help)."""
    table = application.bot_data[handlers.COMMANDS_KEY]
    settings: Settings = application.bot_data[handlers.DEPS_KEY].settings
    for scope, menu in commands.menus(table, settings.admin_ids):
        try:
            await application.bot.set_my_commands(menu, scope=scope)
        except TelegramError as exc:  # e.g. an admin who never opened a chat with the bot;
            # a missing menu must never keep the bot from answering people.
            log.warning("could not set the %s command menu: %s", scope.type, exc.message)


@contextlib.asynccontextmanager
async def running(application: Application, *, poll_timeout: float = 1.0,
                  poll_interval: float = 0.0) -> AsyncIterator[Application]:
    """Initialize, run ``post_init``, start and long-poll the application; stop it on exit.

    What ``run_polling`` does, inside an already running event loop (tests, benchmarks).
    """
    async with application:
        if application.post_init is not None:
            await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=poll_interval,
                                                timeout=int(poll_timeout) or 1,
                                                allowed_updates=Update.ALL_TYPES)
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()


def quiet_library_loggers() -> None:
    """Keep the user's text out of the logs: PTB logs whole updates at DEBUG, httpx logs URLs
    with the token at INFO."""
    for name in ("telegram", "telegram.ext", "apscheduler"):
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.getEffectiveLevel(), logging.INFO))
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def run(settings: Settings) -> None:
    """``python -m bot run``: long polling, or a webhook (with a secret token) at WEBHOOK_URL."""
    settings.require_token()
    quiet_library_loggers()
    archive = Archive.open(settings.bot_db)
    seed_if_empty(archive, embed=semantic.refresh)
    triage.warm()  # the speller, the models and the rules load now, not on the first message
    application = build_application(settings, archive, Matcher(archive))
    if not settings.webhook_url:
        log.info("starting long polling against %s", settings.telegram_api_url)
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    try:
        import tornado  # noqa: F401  # PTB's webhook server
    except ImportError as exc:
        raise SettingsError("WEBHOOK_URL", "python-telegram-bot[webhooks] installed (tornado) "
                            "for a webhook, or no WEBHOOK_URL for long polling") from exc
    options = webhook_options(settings)
    log.info("starting the webhook on %s:%s", options["listen"], options["port"])
    application.run_webhook(**options, allowed_updates=Update.ALL_TYPES)


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Where the webhook listens, its path and public URL, and its secret token (a random one
    when WEBHOOK_SECRET is unset: Telegram then sends it back with every update)."""
    if not settings.webhook_url:
        raise SettingsError("WEBHOOK_URL", "a public https:// URL for the webhook")
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlsplit(settings.webhook_url).path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret or secrets.token_urlsafe(32),
    }


class StartupError(Exception):
    """The bot cannot start: one line for the person running it (never the token)."""


def preflight(settings: Settings, timeout: float = 10.0) -> None:
    """Ask the Bot API who we are before anything else, so that a rejected token or an
    unreachable server is one clear line (naming TELEGRAM_API_URL), not pages of tracebacks."""
    import asyncio

    from telegram import Bot
    from telegram.error import InvalidToken, NetworkError
    from telegram.request import HTTPXRequest

    token = settings.require_token()

    async def ask() -> None:
        request = HTTPXRequest(connect_timeout=timeout, read_timeout=timeout)
        bot = Bot(token, base_url=settings.base_url, base_file_url=settings.base_file_url,
                  request=request, get_updates_request=HTTPXRequest())
        async with bot:  # initialize() calls getMe
            pass

    url = settings.telegram_api_url
    try:
        asyncio.run(ask())
    except InvalidToken:
        raise StartupError(
            f"the Bot API at {url} rejected the token in TELEGRAM_BOT_TOKEN: check it with "
            "@BotFather (or that TELEGRAM_API_URL is the server the token belongs to)"
        ) from None
    except NetworkError as exc:  # also TimedOut
        detail = str(exc).replace(token, "<token>")
        raise StartupError(
            f"cannot reach the Bot API at {url} (TELEGRAM_API_URL): {detail}; check the network "
            "connection or TELEGRAM_API_URL"
        ) from None
    except TelegramError as exc:
        raise StartupError(
            f"the Bot API at {url} refused to start the bot: "
            f"{str(exc).replace(token, '<token>')}"
        ) from None
