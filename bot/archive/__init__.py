"""The archive: everything stored, and the only package that holds SQL.

- :mod:`~bot.archive.schema`: tables, the FTS5 index and the migrations;
- :mod:`~bot.archive.store`: :class:`Archive`, typed reads and writes returning model objects;
- :mod:`~bot.archive.quotes`: the daily quote's rotation, subscribers and delivery records;
- :mod:`~bot.archive.vectors`: stored sentence embeddings (bytes in, bytes out);
- :mod:`~bot.archive.loader`: parse and store one file; first-run seeding from :mod:`seed`;
- :mod:`~bot.archive.importers`: one module per file format (bytes in, parsed letters out);
- ``seed/``: the bundled sample letters and quotes (package data).

May import: :mod:`bot.models`, :mod:`bot.text`, :mod:`bot.config`, sqlite-utils and the
standard library. Never :mod:`bot.matching`, :mod:`bot.safety`, :mod:`bot.replies`, Telegram.
"""

from bot.archive.schema import ArchiveError
from bot.archive.store import Archive

__all__ = ["Archive", "ArchiveError"]
