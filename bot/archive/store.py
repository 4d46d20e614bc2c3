"""The letter archive: one SQLite database through sqlite-utils.

Upserts (one transaction per imported file), the FTS5 index kept in step by triggers (schema in
:mod:`bot.archive.schema`), and every query the rest of the bot needs, as typed methods that
return model objects. No Telegram here.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from bot.archive.schema import FTS_TABLE, ArchiveError, migrate
from bot.models import (
    Answer,
    ImportReport,
    Letter,
    LetterHead,
    LetterSummary,
    ParsedFile,
    Quote,
    StoredAnswer,
    StoredLetter,
    fingerprint_text,
    short_hash,
)

log = logging.getLogger(__name__)

#: The order of a letter's answers everywhere: best-voted first, then as stored.
ANSWER_ORDER = "upvotes is null, upvotes desc, position"
#: fts5vocab over the index, per connection (a temp table: nothing written to the file).
VOCAB_TABLE = "temp.matcher_fts_vocab"
_ANSWER_COLUMNS = ("id", "letter_id", "text", "answerer", "credentials", "bio", "source_url",
                   "upvotes")
_LETTER_COLUMNS = ("id", "key", "title", "question", "asker_name", "asker_age", "source_url",
                   "split", "added", "hidden")

# --- the archive ----------------------------------------------------------------------------


def _answers_text(answers: Iterable[str]) -> str:
    return "\n\n".join(answers)


def _content_hash(title: str, question: str, answers_text: str) -> str:
    return short_hash(f"{title}\x00{question}\x00{answers_text}")


def _paragraphs(text: str) -> int:
    return text.count("\n")


#: How long a write waits for another connection's write lock (SQLite's busy timeout). The
#: command line waits; the bot lowers it (:attr:`Archive.busy_timeout`) so that a person is told
#: "busy" at once instead of waiting on an admin's load.
BUSY_TIMEOUT = 5.0


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked/busy": another connection holds the write lock."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _connect(path: str, busy_timeout: float, check_same_thread: bool = True) -> Database:
    """One connection to a file-backed archive, in WAL mode (readers never wait for writers)."""
    conn = sqlite3.connect(path, timeout=busy_timeout, check_same_thread=check_same_thread)
    db = Database(conn)
    db.enable_wal()
    db.execute("pragma foreign_keys = on")
    db.execute("pragma synchronous = normal")
    return db


class Archive:
    """The letter archive. Create with :meth:`open`.

    A file-backed archive may be used from any thread: each thread gets its own SQLite
    connection on first use (:attr:`db`), so worker threads read side by side and, in WAL mode,
    never wait for a writer. An in-memory archive has one connection, on the thread that opened
    it."""

    def __init__(self, db: Database, path: str, busy_timeout: float = BUSY_TIMEOUT):
        self._main = db
        self._main_thread = threading.get_ident()
        self.path = path
        self._busy_timeout = busy_timeout
        self._local = threading.local()
        self._local.db = db
        self._connections: list[Database] = []
        self._connections_lock = threading.Lock()
        self._watch: Database | None = None
        self._watch_lock = threading.Lock()
        self._watch_version: int | None = None
        self._mark: tuple[int, int] | None = None  # see follow_external_changes
        self._notified: set[int] = set()
        self._follow_lock = threading.Lock()
        self._listeners: list[Callable[[list[int]], None]] = []

    @property
    def db(self) -> Database:
        """This thread's connection (opened on first use; the opening thread's is the first)."""
        db = getattr(self._local, "db", None)
        if db is not None:
            return db
        if self.path == ":memory:":
            return self._main  # one connection: sqlite3 refuses it on other threads
        # Used by this thread only; not checked, so that close() may close it from any thread.
        db = _connect(self.path, self._busy_timeout, check_same_thread=False)
        self._local.db = db
        with self._connections_lock:
            self._connections.append(db)
        return db

    @property
    def busy_timeout(self) -> float:
        """Seconds a write waits for another connection's write lock."""
        return self._busy_timeout

    @busy_timeout.setter
    def busy_timeout(self, seconds: float) -> None:
        self._busy_timeout = seconds
        with self._connections_lock:
            connections = [self._main, *self._connections]
        for db in connections:
            with contextlib.suppress(sqlite3.ProgrammingError):  # a closed one
                db.execute(f"pragma busy_timeout = {int(seconds * 1000)}")

    # opening --------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path = ":memory:", migrate_schema: bool = True,
             busy_timeout: float = BUSY_TIMEOUT) -> Archive:
        """Open (creating if needed) the archive at `path`, in WAL mode, schema up to date."""
        path = str(path)
        try:
            if path == ":memory:":
                db = Database(memory=True)
                db.execute("pragma foreign_keys = on")
                db.execute("pragma synchronous = normal")
            else:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                db = _connect(path, busy_timeout)
            if migrate_schema:
                migrate(db)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path}: not a usable SQLite database ({exc})") from exc
        return cls(db, path, busy_timeout)

    def close(self) -> None:
        """Close every connection of this archive."""
        with self._connections_lock:
            connections, self._connections = self._connections, []
        for db in connections:
            db.close()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
        self._main.close()

    # changes by other processes ------------------------------------------------------------

    def _watch_db(self) -> Database:
        if self._watch is None:
            self._watch = _connect(self.path, self._busy_timeout, check_same_thread=False)
        return self._watch

    def external_change(self) -> bool:
        """True when another connection (another process's ``python -m bot load``, or a
        thread's) committed a change since the last call (``PRAGMA data_version`` on a
        connection of its own that never writes). The first call only takes the mark."""
        if self.path == ":memory:":
            return False
        with self._watch_lock:
            [(version,)] = self._watch_db().execute("pragma data_version").fetchall()
            changed = self._watch_version is not None and version != self._watch_version
            self._watch_version = version
            return changed

    def change_mark(self) -> tuple[int, int]:
        """Where the letters and answers end now: (largest letter id, largest answer id)."""
        row = self.db.execute(
            "select (select coalesce(max(id), 0) from letters),"
            " (select coalesce(max(id), 0) from answers)"
        ).fetchone()
        return int(row[0]), int(row[1])

    def follow_external_changes(self) -> list[int]:
        """Tell the listeners (the matcher) about letters another process wrote (added, or
        given new answers) since the last call, and return their ids. Cheap when nothing
        changed (``PRAGMA data_version``); the first call only takes the mark. Letters this
        archive already announced (:meth:`notify_letters_changed`) are not announced again."""
        if self.path == ":memory:":
            return []
        with self._follow_lock:
            changed = self.external_change()
            if self._mark is None:
                self._mark = self.change_mark()
                self._notified.clear()
                return []
            if not changed:
                return []
            old, self._mark = self._mark, self.change_mark()
            ids = [i for i in self.letters_since(old) if i not in self._notified]
            self._notified.clear()
        self._tell_listeners(ids)
        return ids

    def letters_since(self, mark: tuple[int, int]) -> list[int]:
        """Letters added, or given new answers, after `mark` (from :meth:`change_mark`)."""
        rows = self.db.execute(
            "select id from letters where id > ? union "
            "select letter_id from answers where id > ? order by 1",
            [mark[0], mark[1]],
        )
        return [int(r[0]) for r in rows]

    def on_letters_changed(self, listener: Callable[[list[int]], None]) -> None:
        """Call `listener(letter_ids)` after a write that added or changed letters."""
        self._listeners.append(listener)

    def notify_letters_changed(self, ids: list[int]) -> None:
        """Tell the listeners that these letters changed (e.g. written through another
        connection to the same file)."""
        if ids and self._mark is not None:
            with self._follow_lock:
                self._notified.update(ids)
        self._tell_listeners(ids)

    def _tell_listeners(self, ids: list[int]) -> None:
        if ids:
            for listener in self._listeners:
                listener(ids)

    # writing --------------------------------------------------------------------------------

    def store(
        self, parsed: ParsedFile, progress: Callable[[int], None] | None = None
    ) -> ImportReport:
        """Store everything parsed from one file in a single transaction; nothing is kept if
        anything fails. Loading the same file twice adds nothing."""
        report = ImportReport(
            path=parsed.path,
            format=parsed.format,
            notes=list(parsed.notes),
            warnings=list(parsed.warnings),
        )
        changed: list[int] = []
        today = date.today().isoformat()
        with self.db.atomic():
            for n, letter in enumerate(parsed.letters, 1):
                letter_id, status = self._store_letter(letter, report, today)
                if status == "added":
                    report.letters_added += 1
                elif status == "updated":
                    report.letters_updated += 1
                else:
                    report.letters_unchanged += 1
                if status != "unchanged":
                    changed.append(letter_id)
                if progress is not None and n % 200 == 0:
                    progress(200)
            if progress is not None and len(parsed.letters) % 200:
                progress(len(parsed.letters) % 200)
            for quote in parsed.quotes:
                if self._store_quote(quote, today):
                    report.quotes_added += 1
                else:
                    report.quotes_unchanged += 1
        self.notify_letters_changed(changed)
        return report

    def _store_letter(self, letter: Letter, report: ImportReport, today: str) -> tuple[int, str]:
        key = letter.key()
        db = self.db
        row = db.execute(
            "select id, title, question, asker_name, asker_age, source_url, split, added "
            "from letters where key = ?",
            [key],
        ).fetchone()
        topics = _clean_topics(letter.topics)
        if row is None:
            cur = db.execute(
                "insert into letters (key, title, question, asker_name, asker_age, topics, "
                "source_url, split, added) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    key,
                    letter.title,
                    letter.question,
                    letter.asker_name,
                    letter.asker_age,
                    ", ".join(topics),
                    letter.source_url,
                    letter.split,
                    letter.added or today,
                ],
            )
            letter_id = int(cur.lastrowid or 0)
            status = "added"
            old_topics: list[str] = []
        else:
            letter_id = int(row[0])
            status = "unchanged"
            old = dict(
                zip(
                    ["title", "question", "asker_name", "asker_age", "source_url", "split"],
                    row[1:7],
                    strict=True,
                )
            )
            new = {
                "title": _same_or_new(old["title"], letter.title),
                "question": _better_text(old["question"], letter.question),
                "asker_name": old["asker_name"] or letter.asker_name,
                "asker_age": old["asker_age"] if old["asker_age"] is not None else letter.asker_age,
                "source_url": old["source_url"] or letter.source_url,
                "split": old["split"] or letter.split,
            }
            if new != old:
                sets = ", ".join(f"{k} = ?" for k in new)
                db.execute(f"update letters set {sets} where id = ?", [*new.values(), letter_id])
                status = "updated"
            old_topics = [
                r[0]
                for r in db.execute(
                    "select topic from letter_topics where letter_id = ? order by rowid",
                    [letter_id],
                )
            ]
        merged_topics = old_topics + [t for t in topics if t not in old_topics]
        if merged_topics != old_topics:
            db.conn.executemany(
                "insert or ignore into letter_topics (letter_id, topic) values (?, ?)",
                [(letter_id, t) for t in merged_topics if t not in old_topics],
            )
            db.execute(
                "update letters set topics = ? where id = ?", [", ".join(merged_topics), letter_id]
            )
            if status == "unchanged":
                status = "updated"
        answers_changed = self._store_answers(letter_id, key, letter.answers, report)
        if answers_changed and status == "unchanged":
            status = "updated"
        if status != "unchanged":
            self._refresh_letter_text(letter_id)
        return letter_id, status

    def _store_answers(
        self, letter_id: int, letter_key: str, answers: list[Answer], report: ImportReport
    ) -> bool:
        db = self.db
        changed = False
        position = db.execute(
            "select coalesce(max(position), -1) + 1 from answers where letter_id = ?", [letter_id]
        ).fetchone()[0]
        for answer in answers:
            key = f"{letter_key}|{answer.fingerprint()}"
            row = db.execute(
                "select id, text, answerer, credentials, bio, source_url, upvotes "
                "from answers where key = ?",
                [key],
            ).fetchone()
            if row is None:
                db.execute(
                    "insert into answers (letter_id, key, position, answerer, credentials, bio, "
                    "text, source_url, upvotes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        letter_id,
                        key,
                        position,
                        answer.answerer,
                        answer.credentials,
                        answer.bio,
                        answer.text,
                        answer.source_url,
                        answer.upvotes,
                    ],
                )
                position += 1
                report.answers_added += 1
                changed = True
                continue
            old = dict(
                zip(
                    ["text", "answerer", "credentials", "bio", "source_url", "upvotes"],
                    row[1:],
                    strict=True,
                )
            )
            new = {
                # The same answer as HTML-derived paragraphs beats its flattened copy.
                "text": answer.text if _paragraphs(answer.text) > _paragraphs(old["text"])
                else old["text"],
                "answerer": old["answerer"] or answer.answerer,
                "credentials": old["credentials"] or answer.credentials,
                "bio": old["bio"] or answer.bio,
                "source_url": old["source_url"] or answer.source_url,
                "upvotes": _max_optional(old["upvotes"], answer.upvotes),
            }
            if new != old:
                sets = ", ".join(f"{k} = ?" for k in new)
                db.execute(f"update answers set {sets} where id = ?", [*new.values(), row[0]])
                changed = True
            report.answers_unchanged += 1
        return changed

    def _refresh_letter_text(self, letter_id: int) -> None:
        db = self.db
        texts = [
            r[0]
            for r in db.execute(
                "select text from answers where letter_id = ? order by position", [letter_id]
            )
        ]
        title, question = db.execute(
            "select title, question from letters where id = ?", [letter_id]
        ).fetchone()
        answers_text = _answers_text(texts)
        db.execute(
            "update letters set answers_text = ?, content_hash = ? where id = ?",
            [answers_text, _content_hash(title, question, answers_text), letter_id],
        )

    def _store_quote(self, quote: Quote, today: str) -> bool:
        key = quote.key()
        row = self.db.execute("select id, author from quotes where key = ?", [key]).fetchone()
        if row is None:
            self.db.execute(
                "insert into quotes (key, text, author, added) values (?, ?, ?, ?)",
                [key, quote.text, quote.author, today],
            )
            return True
        if not row[1] and quote.author:
            self.db.execute("update quotes set author = ? where id = ?", [quote.author, row[0]])
        return False

    def add_quote(self, quote: Quote) -> bool:
        """Add one quote; False when it was already there."""
        with self.db.atomic():
            return self._store_quote(quote, date.today().isoformat())

    def set_hidden(self, letter_id: int, hidden: bool) -> bool:
        """Hide or unhide a letter (a hidden letter is never matched or shown). False if no
        such letter."""
        with self.db.atomic():
            cur = self.db.execute(
                "update letters set hidden = ? where id = ?", [int(hidden), letter_id]
            )
        if cur.rowcount:
            self.notify_letters_changed([letter_id])
        return bool(cur.rowcount)

    def record_feedback(self, letter_id: int, helpful: bool) -> None:
        """Count one "was this helpful?" vote for a letter (nothing about the voter is kept)."""
        column = "helpful" if helpful else "unhelpful"
        with self.db.atomic():
            self.db.execute(f"update letters set {column} = {column} + 1 where id = ?", [letter_id])

    # reading --------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """True when the archive holds no letters."""
        return self.db.execute("select 1 from letters limit 1").fetchone() is None

    def letter(self, letter_id: int, include_hidden: bool = False) -> StoredLetter | None:
        """One letter with its answers (best-voted first), or None."""
        letters = self.letters([letter_id], include_hidden=include_hidden)
        return letters[0] if letters else None

    def letters(self, ids: Iterable[int], include_hidden: bool = False) -> list[StoredLetter]:
        """Letters by id, in the order asked; unknown (and hidden) ids are left out."""
        ids = [int(i) for i in ids]
        if not ids:
            return []
        found: dict[int, StoredLetter] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            hidden = "" if include_hidden else " and hidden = 0"
            for letter in self._read_letters(f"id in ({marks}){hidden}", chunk):
                found[letter.id] = letter
        return [found[i] for i in ids if i in found]

    def iter_letters(self, include_hidden: bool = True, batch: int = 500) -> Iterator[StoredLetter]:
        """Every letter, by id, answers included (for export)."""
        last = 0
        hidden = "" if include_hidden else " and hidden = 0"
        while True:
            rows = self._read_letters(f"id > ?{hidden} order by id limit {batch}", [last])
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def _read_letters(self, where: str, params: list) -> list[StoredLetter]:
        cur = self.db.execute(
            f"select {', '.join(_LETTER_COLUMNS)} from letters where {where}", params
        )
        letters: dict[int, StoredLetter] = {}
        for r in cur.fetchall():
            row = dict(zip(_LETTER_COLUMNS, r, strict=True))
            row["hidden"] = bool(row["hidden"])
            letters[row["id"]] = StoredLetter(topics=[], **row)
        if not letters:
            return []
        marks = ",".join("?" * len(letters))
        ids = list(letters)
        for letter_id, topic in self.db.execute(
            f"select letter_id, topic from letter_topics where letter_id in ({marks}) "
            "order by rowid",
            ids,
        ):
            letters[letter_id].topics.append(topic)
        cur = self.db.execute(
            f"select {', '.join(_ANSWER_COLUMNS)} from answers where letter_id in ({marks}) "
            f"order by letter_id, {ANSWER_ORDER}",
            ids,
        )
        for r in cur:
            row = dict(zip(_ANSWER_COLUMNS, r, strict=True))
            letters[row["letter_id"]].answers.append(StoredAnswer(**row))
        return list(letters.values())

    def topics(self) -> list[tuple[str, int]]:
        """Every topic with its number of visible letters, most common first."""
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "select t.topic, count(*) from letter_topics t join letters l on l.id = t.letter_id"
                " where l.hidden = 0 group by t.topic order by count(*) desc, t.topic"
            )
        ]

    def letters_by_topic(self, topic: str, limit: int = 10, offset: int = 0) -> list[StoredLetter]:
        """Visible letters on a topic, best-rated first."""
        ids = [
            r[0]
            for r in self.db.execute(
                "select l.id from letter_topics t join letters l on l.id = t.letter_id "
                "where t.topic = ? and l.hidden = 0 "
                "order by l.helpful - l.unhelpful desc, l.id limit ? offset ?",
                [topic, limit, offset],
            )
        ]
        return self.letters(ids)

    def quotes(self) -> list[tuple[int, Quote]]:
        """Every quote with its id."""
        return [
            (r[0], Quote(text=r[1], author=r[2]))
            for r in self.db.execute("select id, text, author from quotes order by id")
        ]

    def stats(self) -> dict[str, int]:
        """Counts of letters (visible and hidden), answers, quotes, topics and subscribers."""

        def count(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0])

        return {
            "letters": count("select count(*) from letters"),
            "hidden": count("select count(*) from letters where hidden = 1"),
            "answers": count("select count(*) from answers"),
            "quotes": count("select count(*) from quotes"),
            "topics": count("select count(distinct topic) from letter_topics"),
            "subscribers": count("select count(*) from subscribers"),
        }

    def count_letters(self) -> int:
        """How many letters (visible and hidden) the archive holds."""
        return int(self.db.execute("select count(*) from letters").fetchone()[0])

    def summaries(self, include_hidden: bool = True) -> list[LetterSummary]:
        """Every letter's texts (title, question, topics, answers), by id."""
        columns = ("id", "key", "title", "question", "topics", "answers_text", "split", "hidden")
        where = "" if include_hidden else " where hidden = 0"
        out = []
        for r in self.db.execute(f"select {', '.join(columns)} from letters{where} order by id"):
            row = dict(zip(columns, r, strict=True))
            row["hidden"] = bool(row["hidden"])
            row["topics"] = row["topics"] or ""
            row["answers_text"] = row["answers_text"] or ""
            out.append(LetterSummary(**row))
        return out

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file (after a bulk write)."""
        self.db.execute("pragma wal_checkpoint(truncate)")

    # full-text search (for the matcher) -------------------------------------------------------

    def fts_vocabulary(self) -> dict[str, int]:
        """Every term (porter stem) of the FTS index with the number of letters using it."""
        self.db.execute(
            f"create virtual table if not exists {VOCAB_TABLE} "
            f"using fts5vocab(main, {FTS_TABLE}, 'row')"
        )
        return {term: doc for term, doc in self.db.execute(f"select term, doc from {VOCAB_TABLE}")}

    def fts_rows(self) -> int:
        """How many letters the FTS index holds."""
        return int(self.db.execute(f"select count(*) from {FTS_TABLE}").fetchone()[0])

    def fts_search(
        self, expression: str, weights: tuple[float, float, float, float], limit: int
    ) -> list[tuple[int, float]]:
        """(letter id, BM25) of the best `limit` letters matching an FTS5 `expression`, best
        first; `weights` are the BM25 weights of title, question, topics and answers (hidden
        letters included: the caller drops them when it reads their texts)."""
        rows = self.db.execute(
            f"select rowid, bm25({FTS_TABLE}, ?, ?, ?, ?) as s from {FTS_TABLE} "
            f"where {FTS_TABLE} match ? order by s limit ?",
            [*weights, expression, limit],
        ).fetchall()
        return [(int(r[0]), float(r[1])) for r in rows]

    def indexed_texts(self, ids: Iterable[int]) -> list[str]:
        """The indexed text (title, question, topics, answers) of each of these letters."""
        ids = [int(i) for i in ids]
        out: list[str] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out += [
                " ".join(x or "" for x in r)
                for r in self.db.execute(
                    "select title, question, topics, answers_text from letters "
                    f"where id in ({marks})",
                    chunk,
                )
            ]
        return out

    def letter_heads(self, ids: Iterable[int]) -> list[LetterHead]:
        """Title and question of the visible letters among `ids` (hidden and unknown left out)."""
        ids = [int(i) for i in ids]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        columns = ("id", "title", "question")
        return [
            LetterHead(**dict(zip(columns, r, strict=True)))
            for r in self.db.execute(
                f"select {', '.join(columns)} from letters where id in ({marks}) and hidden = 0",
                ids,
            )
        ]

    def feedback(self, letter_id: int) -> tuple[int, int]:
        """(helpful, unhelpful) votes counted for a letter."""
        row = self.db.execute(
            "select helpful, unhelpful from letters where id = ?", [letter_id]
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)


def _clean_topics(topics: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for topic in topics:
        topic = " ".join(str(topic).split()).strip()
        if topic and topic not in seen:
            seen.append(topic)
    return seen


def _same_or_new(old: str, new: str) -> str:
    """The new value, unless it is the stored one in another form (punctuation, spacing, case:
    the two counsel-chat variants): then the stored one, so reloading changes nothing."""
    if not new or fingerprint_text(new) == fingerprint_text(old or ""):
        return old
    return new


def _better_text(old: str, new: str) -> str:
    """Keep the stored text unless the new one is the same text with more structure."""
    if not new or new == old:
        return old
    if fingerprint_text(new) == fingerprint_text(old) and _paragraphs(new) > _paragraphs(old):
        return new
    return old


def _max_optional(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)

