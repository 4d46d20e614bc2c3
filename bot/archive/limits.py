"""Size limits on every stored field, applied at import for every file format.

A field over its limit is cut at a word boundary (with "…") and the load report says so in one
note per kind of field; lists (answers, topics) over their limit keep their first entries. The
limits keep every letter, quote and report renderable into Telegram messages (4096 characters
each) and keep paging through a whole letter cheap: a 45 MB question would otherwise be one
letter of 15,000 parts.
"""

from __future__ import annotations

from collections import Counter

from bot.models import Letter, ParsedFile, Quote

#: Characters kept per field.
TITLE = 300
QUESTION = 20_000
ANSWER = 20_000
ASKER_NAME = 80
ANSWERER = 120
CREDENTIALS = 200
BIO = 1_000
TOPIC = 60
SOURCE_URL = 2_000
SPLIT = 20
QUOTE = 600
QUOTE_AUTHOR = 120
#: Entries kept per list.
ANSWERS = 50
TOPICS = 20


def cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word boundary when there is one."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ", limit // 2)
    return (head[:space] if space > 0 else head).rstrip() + "…"


class _Capper:
    def __init__(self) -> None:
        self.cut: Counter[str] = Counter()

    def text(self, value: str, limit: int, what: str) -> str:
        if len(value) > limit:
            self.cut[f"{what} longer than {limit:,} characters"] += 1
            return cut(value, limit)
        return value

    def optional(self, value: str | None, limit: int, what: str) -> str | None:
        return None if value is None else self.text(value, limit, what)

    def url(self, value: str | None, what: str) -> str | None:
        """A URL too long to be real is dropped, not cut."""
        if value is not None and len(value) > SOURCE_URL:
            self.cut[f"{what} longer than {SOURCE_URL:,} characters (dropped)"] += 1
            return None
        return value

    def letter(self, letter: Letter) -> None:
        letter.title = self.text(letter.title, TITLE, "title(s)")
        letter.question = self.text(letter.question, QUESTION, "question(s)")
        letter.asker_name = self.optional(letter.asker_name, ASKER_NAME, "asker name(s)")
        letter.source_url = self.url(letter.source_url, "source URL(s)")
        letter.split = self.optional(letter.split, SPLIT, "split name(s)")
        if len(letter.topics) > TOPICS:
            self.cut[f"letter(s) with more than {TOPICS} topics (first {TOPICS} kept)"] += 1
            letter.topics = letter.topics[:TOPICS]
        letter.topics = [self.text(t, TOPIC, "topic(s)") for t in letter.topics]
        if len(letter.answers) > ANSWERS:
            self.cut[f"letter(s) with more than {ANSWERS} answers (first {ANSWERS} kept)"] += 1
            letter.answers = letter.answers[:ANSWERS]
        for a in letter.answers:
            a.text = self.text(a.text, ANSWER, "answer(s)")
            a.answerer = self.text(a.answerer, ANSWERER, "answerer name(s)")
            a.credentials = self.text(a.credentials, CREDENTIALS, "credentials")
            a.bio = self.text(a.bio, BIO, "bio(s)")
            a.source_url = self.url(a.source_url, "answer URL(s)")

    def quote(self, quote: Quote) -> None:
        quote.text = self.text(quote.text, QUOTE, "quote(s)")
        quote.author = self.optional(quote.author, QUOTE_AUTHOR, "quote author(s)")


def cap_parsed(parsed: ParsedFile) -> list[str]:
    """Cut every field of ``parsed`` to its limit, in place; add (and return) one note per kind
    of field that was cut."""
    capper = _Capper()
    for letter in parsed.letters:
        capper.letter(letter)
    for quote in parsed.quotes:
        capper.quote(quote)
    notes = [f"{n:,} {what} were cut to the limit" for what, n in sorted(capper.cut.items())]
    parsed.notes.extend(notes)
    return notes
