"""Developer tools, outside the bot's import graph: nothing else in ``bot`` imports them
(:mod:`bot.cli` only inside ``bench``).

- :mod:`~bot.devtools.bench`: ``python -m bot bench``, matching quality and speed;
- :mod:`~bot.devtools.bench_service`: load times, crisis-set figures, the bot against the double;
- :mod:`~bot.devtools.botapi_double`: a local double of the Telegram Bot API (tests and bench).

May import anything in ``bot`` and ``telegram``; never ``tests/``.
"""
