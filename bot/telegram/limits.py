"""The one policy for Telegram's flood limits (HTTP 429 ``RetryAfter``).

``AIORateLimiter`` is the ONLY place that waits on a ``RetryAfter``: it throttles every request
of the bot (about 30 messages a second overall, 20 a minute per group) and, when Telegram still
answers 429, waits the ``retry_after`` it names and tries again, up to :data:`MAX_RETRIES` times.
Why there: the flood limit is per bot, so one place that sees every request can pause them all;
waits scattered through handlers and loops would each know only their own calls. A call that
must not give up may ask for more with ``rate_limit_args={"max_retries": n}``.

After that a ``RetryAfter`` reaches the caller as an error: a handler's update goes to the error
handler (logged), and the daily broadcast leaves that chat unrecorded so that its next run (the
catch-up job, or the next start) sends it (:mod:`bot.telegram.broadcast`).
"""

from __future__ import annotations

from telegram.ext import AIORateLimiter

#: How often a request that met a 429 is tried again after waiting ``retry_after``.
MAX_RETRIES = 3


def rate_limiter() -> AIORateLimiter:
    """The rate limiter every bot of this project uses."""
    return AIORateLimiter(max_retries=MAX_RETRIES)
