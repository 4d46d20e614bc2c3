"""Replies: message -> safety -> matcher -> render -> :class:`~bot.replies.render.Reply`.

- :mod:`~bot.replies.service`: the flow (crisis check first, then matching, then rendering);
- :mod:`~bot.replies.render`: Telegram-agnostic HTML and button rows, escaped and split;
- :mod:`~bot.replies.asking`: ``python -m bot ask`` (the same flow, as text or JSON).

May import: :mod:`bot.safety`, :mod:`bot.matching`, :mod:`bot.archive`, :mod:`bot.models`,
:mod:`bot.text`, :mod:`bot.config`. Never :mod:`bot.telegram`, :mod:`bot.devtools` or ``telegram``.
"""
