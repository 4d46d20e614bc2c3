"""The one table of commands. It builds the command handlers, the menus registered with
``set_my_commands`` (per scope) and the /help text, so the three never disagree.

To add a command, append a :class:`Command` to :data:`COMMANDS`: name, description (shown in
Telegram's menu and in /help), the async callback, whether it is for admins (then it is listed
only in admins' private chats and in their /help; the callback itself refuses anyone else), and
the scopes whose menu lists it ("private", "groups").
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    Update,
)
from telegram.ext import BaseHandler, CommandHandler, ContextTypes

from bot.replies import render
from bot.telegram import admin as handlers_admin
from bot.telegram import handlers

PRIVATE = "private"
GROUPS = "groups"


@dataclass(frozen=True, slots=True)
class Command:
    """One bot command: what Telegram's menu and /help show, and what runs."""

    name: str
    description: str
    callback: Callable[..., Awaitable[Any]]
    admin_only: bool = False
    scopes: tuple[str, ...] = (PRIVATE, GROUPS)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List what the bot can do, from the command table."""
    user = update.effective_user
    is_admin = user is not None and user.id in handlers.deps(context).settings.admin_ids
    await handlers.send(update, render.render_help(help_entries(is_admin=is_admin)))


COMMANDS: list[Command] = [
    Command("start", "Welcome: what this bot is and is not", handlers.start, scopes=(PRIVATE,)),
    Command("help", "What I can do", help_command),
    Command("topics", "Browse the letters by topic", handlers.topics),
    Command("ask", "Ask in a group: /ask your question", handlers.ask, scopes=(GROUPS,)),
    Command("about", "Sources, licences and privacy", handlers.about),
    # --- admins and the daily quote (bot/telegram/admin.py) -------------------------
    *(
        Command(name, description, callback, admin_only=admin, scopes=(PRIVATE,))
        for name, description, admin, callback in handlers_admin.COMMANDS
    ),
    # --- new commands go here ----------------------------------------------------------------
]


def command_handlers(commands: Iterable[Command] = COMMANDS) -> list[BaseHandler]:
    """A CommandHandler per command of the table."""
    return [CommandHandler(c.name, c.callback) for c in commands]


def help_entries(
    commands: Iterable[Command] = COMMANDS, *, is_admin: bool = False
) -> list[tuple[str, str]]:
    """(name, description) for /help: everyone's commands, and admins' for admins."""
    return [(c.name, c.description) for c in commands if is_admin or not c.admin_only]


def menu(commands: Iterable[Command], scope: str, *, admin: bool = False) -> list[BotCommand]:
    """The BotCommand list for one scope (with the admin commands for ``admin``)."""
    return [BotCommand(c.name, c.description) for c in commands
            if scope in c.scopes and (admin or not c.admin_only)]


def menus(
    commands: Iterable[Command] = COMMANDS, admin_ids: Iterable[int] = ()
) -> list[tuple[BotCommandScope, list[BotCommand]]]:
    """Every (scope, commands) pair to register with ``set_my_commands``."""
    commands = list(commands)
    private = menu(commands, PRIVATE)
    out: list[tuple[BotCommandScope, list[BotCommand]]] = [
        (BotCommandScopeDefault(), private),
        (BotCommandScopeAllPrivateChats(), private),
        (BotCommandScopeAllGroupChats(), menu(commands, GROUPS)),
    ]
    admin_menu = menu(commands, PRIVATE, admin=True)
    if admin_menu != private:
        out += [(BotCommandScopeChat(chat_id), admin_menu) for chat_id in sorted(admin_ids)]
    return out
