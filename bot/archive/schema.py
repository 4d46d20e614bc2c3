"""The archive's schema: tables, indexes, the FTS5 index, and the migrations between versions.

Each migration runs in its own transaction; the version is kept in the ``meta`` table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlite_utils import Database

log = logging.getLogger(__name__)

FTS_TABLE = "letters_fts"
FTS_COLUMNS = ["title", "question", "topics", "answers_text"]
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"


class ArchiveError(Exception):
    """The archive could not be opened or written."""


# --- schema and migrations ------------------------------------------------------------------


def _migrate_1(db: Database) -> None:
    """Letters, answers, topics, quotes and the full-text index."""
    db.table("letters").create(
        {
            "id": int,
            "key": str,
            "title": str,
            "question": str,
            "asker_name": str,
            "asker_age": int,
            "topics": str,
            "source_url": str,
            "split": str,
            "added": str,
            "hidden": int,
            "answers_text": str,
            "content_hash": str,
        },
        pk="id",
        not_null={"key", "title", "question"},
        defaults={"hidden": 0, "answers_text": "", "topics": ""},
    )
    db.table("letters").create_index(["key"], unique=True)
    db.table("answers").create(
        {
            "id": int,
            "letter_id": int,
            "key": str,
            "position": int,
            "answerer": str,
            "credentials": str,
            "bio": str,
            "text": str,
            "source_url": str,
            "upvotes": int,
        },
        pk="id",
        not_null={"letter_id", "key", "text"},
        foreign_keys=[("letter_id", "letters", "id")],
    )
    db.table("answers").create_index(["key"], unique=True)
    db.table("answers").create_index(["letter_id"])
    db.table("letter_topics").create(
        {"letter_id": int, "topic": str},
        pk=("letter_id", "topic"),
        foreign_keys=[("letter_id", "letters", "id")],
    )
    db.table("letter_topics").create_index(["topic"])
    db.table("quotes").create(
        {"id": int, "key": str, "text": str, "author": str, "added": str},
        pk="id",
        not_null={"key", "text"},
    )
    db.table("quotes").create_index(["key"], unique=True)
    db.table("letters").enable_fts(
        FTS_COLUMNS, fts_version="FTS5", create_triggers=True, tokenize=FTS_TOKENIZE
    )


def _migrate_2(db: Database) -> None:
    """Per-letter feedback counts, subscribers and sentence embeddings."""
    db.table("letters").add_column("helpful", int, not_null_default=0)
    db.table("letters").add_column("unhelpful", int, not_null_default=0)
    db.table("subscribers").create({"chat_id": int, "since": str}, pk="chat_id")
    db.table("embeddings").create(
        {"letter_id": int, "kind": str, "model": str, "content_hash": str, "vector": bytes},
        pk=("letter_id", "kind"),
    )


def _migrate_3(db: Database) -> None:
    """The daily quote: rotation cycles, the quote of each day and per-chat deliveries."""
    # One shuffled order of quote ids per cycle; no quote repeats until a cycle is used up.
    db.table("quote_cycle").create(
        {"cycle": int, "position": int, "quote_id": int},
        pk=("cycle", "position"),
    )
    db.table("quote_cycle").create_index(["cycle", "quote_id"], unique=True)
    # The quote chosen for each local day (QUOTE_TZ), and how far its post got.
    db.table("quote_days").create(
        {
            "day": str,
            "quote_id": int,
            "cycle": int,
            "chosen_at": str,
            "channel_posted_at": str,
            "broadcast_done_at": str,
        },
        pk="day",
        not_null={"quote_id"},
    )
    # One row per chat that got (or could not get) a day's quote: nobody gets it twice.
    db.table("deliveries").create(
        {"day": str, "chat_id": int, "status": str, "at": str},
        pk=("day", "chat_id"),
        not_null={"status"},
    )


MIGRATIONS: list[Callable[[Database], None]] = [_migrate_1, _migrate_2, _migrate_3]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    """The schema version stored in the database (0 for a new database)."""
    if "meta" not in db.table_names():
        return 0
    row = db.execute("select value from meta where key = 'schema_version'").fetchone()
    if not row:
        return 0
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise ArchiveError(
            f"the schema version stored in the archive ({str(row[0])[:40]!r}) is not a number: "
            "the file was changed by another program; restore it from a backup or start a new "
            "archive and load the letter files again"
        ) from None


def migrate(db: Database, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to `target`, one transaction per step; existing data is kept."""
    if "meta" not in db.table_names():
        db.table("meta").create({"key": str, "value": str}, pk="key")
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise ArchiveError(
            f"the database has schema version {current}, newer than this bot ({SCHEMA_VERSION})"
        )
    for version in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.table("meta").upsert({"key": "schema_version", "value": str(version)}, pk="key")
        log.info("archive schema migrated to version %d", version)
    return schema_version(db)
