"""Plain data classes shared by the core: letters, answers, quotes, import reports, matches.

Nothing here touches the database or Telegram.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fingerprint_text(text: str) -> str:
    """Normalize text for identity: case-folded, accents kept, only letters and digits.

    The same answer once as HTML-derived paragraphs and once "flattened" (sentences glued,
    paragraph breaks lost) gives the same fingerprint.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    folded = _NON_WORD.sub("", text)
    if folded or not text.strip():
        return folded
    # Only emoji, symbols or punctuation: their names are the identity ("😢!" is not "🙂?"),
    # never the empty string that every such text would share.
    names = (unicodedata.name(ch, f"U+{ord(ch):04X}") for ch in text if not ch.isspace())
    return "symbols:" + " ".join(names).casefold()


def short_hash(text: str) -> str:
    """A stable 16-hex-digit hash of a string."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Answer:
    """One therapist's answer to a letter."""

    text: str
    answerer: str = ""
    credentials: str = ""
    bio: str = ""
    source_url: str | None = None
    upvotes: int | None = None

    def fingerprint(self) -> str:
        """Identity of the answer's text (see :func:`fingerprint_text`)."""
        return short_hash(fingerprint_text(self.text))


@dataclass(slots=True)
class Letter:
    """One question asked of the archive, with all its answers."""

    title: str
    question: str
    answers: list[Answer] = field(default_factory=list)
    asker_name: str | None = None
    asker_age: int | None = None
    topics: list[str] = field(default_factory=list)
    source_url: str | None = None
    split: str | None = None  # counsel-chat's train/val/test split, when known
    added: str | None = None  # ISO date the letter entered our archive

    def key(self) -> str:
        """Identity: the source URL when known, else a hash of the normalized question."""
        if self.source_url:
            return self.source_url.strip()
        return "q:" + short_hash(fingerprint_text(self.question))


@dataclass(slots=True)
class Quote:
    """A short quote for the daily post."""

    text: str
    author: str | None = None

    def key(self) -> str:
        """Identity: a hash of the normalized quote text."""
        return short_hash(fingerprint_text(self.text))


@dataclass(slots=True)
class ParsedFile:
    """What an importer read from one file, before anything is stored."""

    path: str
    format: str
    letters: list[Letter] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # clean-ups made (e.g. images dropped)
    warnings: list[str] = field(default_factory=list)  # e.g. encoding fallback


class InputError(Exception):
    """A file that cannot be imported. Names the file and, when known, the line or row."""

    def __init__(self, path: str, message: str, line: int | None = None, unit: str = "line"):
        self.path = path
        self.line = line
        self.unit = unit
        self.message = message
        where = f"{path}, {unit} {line}" if line is not None else path
        super().__init__(f"{where}: {message}")


@dataclass(slots=True)
class ImportReport:
    """The outcome of loading one file into the archive."""

    path: str
    format: str = ""
    letters_added: int = 0
    letters_updated: int = 0
    letters_unchanged: int = 0
    answers_added: int = 0
    answers_unchanged: int = 0
    quotes_added: int = 0
    quotes_unchanged: int = 0
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # set when the file was rejected; then nothing was kept
    timings: dict[str, float] = field(default_factory=dict)  # step -> seconds (parse, store...)

    @property
    def ok(self) -> bool:
        """True when the file was loaded."""
        return self.error is None

    @property
    def changed(self) -> bool:
        """True when loading the file changed the archive."""
        return bool(self.letters_added or self.letters_updated or self.answers_added
                    or self.quotes_added)


@dataclass(slots=True)
class StoredAnswer:
    """An answer as read back from the archive."""

    id: int
    letter_id: int
    text: str
    answerer: str
    credentials: str
    bio: str
    source_url: str | None
    upvotes: int | None


@dataclass(slots=True)
class StoredLetter:
    """A letter as read back from the archive, answers best-voted first."""

    id: int
    key: str
    title: str
    question: str
    asker_name: str | None
    asker_age: int | None
    topics: list[str]
    source_url: str | None
    split: str | None
    added: str | None
    hidden: bool
    answers: list[StoredAnswer] = field(default_factory=list)

    def to_letter(self) -> Letter:
        """The plain :class:`Letter` (as exported)."""
        return Letter(
            title=self.title,
            question=self.question,
            answers=[
                Answer(
                    text=a.text,
                    answerer=a.answerer,
                    credentials=a.credentials,
                    bio=a.bio,
                    source_url=a.source_url,
                    upvotes=a.upvotes,
                )
                for a in self.answers
            ],
            asker_name=self.asker_name,
            asker_age=self.asker_age,
            topics=list(self.topics),
            source_url=self.source_url,
            split=self.split,
            added=self.added,
        )


@dataclass(slots=True)
class Match:
    """One letter found for a message, with a 0-100 confidence score."""

    letter_id: int
    score: float
    title: str = ""
    lexical: float | None = None  # component scores, for debugging and the benchmark
    semantic: float | None = None


@dataclass(slots=True)
class LetterHead:
    """A visible letter's title and question (what the matcher re-ranks on)."""

    id: int
    title: str
    question: str


@dataclass(slots=True)
class LetterSummary:
    """One letter's stored texts without its answers (for benchmarks and bulk reads)."""

    id: int
    key: str
    title: str
    question: str
    topics: str
    answers_text: str
    split: str | None
    hidden: bool
