"""A Telegram bot that answers people with matching letters from an archive of therapist answers."""

__version__ = "0.1.0"
