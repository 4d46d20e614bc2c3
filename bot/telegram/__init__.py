"""The Telegram side: EVERY module that imports ``telegram`` (python-telegram-bot) lives here.

- :mod:`~bot.telegram.app`: the Application (defaults, rate limiter, handlers) and ``run``;
- :mod:`~bot.telegram.handlers`: updates -> :mod:`bot.replies` -> Bot API calls;
- :mod:`~bot.telegram.admin`: admin commands, file uploads, the daily quote's user commands;
- :mod:`~bot.telegram.commands`: the one command table (handlers, menus, /help);
- :mod:`~bot.telegram.jobs`: the daily quote's jobs and its Telegram sender;
- :mod:`~bot.telegram.broadcast`: pacing one message to many chats;
- :mod:`~bot.telegram.limits`: the one flood-limit (429) policy, ``AIORateLimiter``.

May import the whole core (:mod:`bot.replies`, :mod:`bot.safety`, :mod:`bot.matching`,
:mod:`bot.archive`, :mod:`bot.models`, :mod:`bot.text`, :mod:`bot.config`). Nothing in the core
imports this package; :mod:`bot.cli` imports it only inside ``run``.
"""
