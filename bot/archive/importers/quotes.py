"""Quotes text files: one quote a line, ``text — author`` (author optional).

Also the quote lines at the end of a letter page (see :mod:`bot.archive.importers.letter_page`).
"""

from __future__ import annotations

import re

from bot.archive.importers.textutil import clean_line, raw_lines
from bot.models import InputError, ParsedFile, Quote

FORMAT = "quotes-txt"
MAX_QUOTE_CHARS = 600

# "text — author": em dash or horizontal bar, any author.
_STRONG_DASH = re.compile(r"(?:\s+[\u2014\u2015]\s*|\s*[\u2014\u2015]\s+|\s+--\s+)(?=\S)")
# "text - author" / "text – author": only before a short capitalized author.
_WEAK_DASH = re.compile(r"\s+[-\u2013]\s+(?=\S)")
_SHORT_AUTHOR = re.compile(r"^[A-Z\u00C0-\u024F][\w.'\u2019\- ,&()]{0,58}$")
_LEADING_DASH = re.compile(r"^(?:[\u2014\u2015\u2013~]|--?)\s*(?=\S)")
_UNKNOWN_AUTHORS = {"unknown", "author unknown", "anonymous", "anon.", "anon"}
_PARTICLES = {"de", "da", "di", "du", "del", "der", "den", "van", "von", "la", "le", "of", "the",
              "and", "y", "bin", "ibn", "al", "el", "st.", "mc"}
_QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb",
                "\u201d": "\u201d"}


def strip_quote_marks(text: str) -> str:
    """Remove the double quotes around a whole quote: '"Be kind."' -> 'Be kind.'"""
    text = text.strip()
    if len(text) >= 2:
        opening, closing = text[0], text[-1]
        if _QUOTE_PAIRS.get(opening) == closing:
            inner = text[1:-1]
            if opening not in inner and closing not in inner:
                return inner.strip()
    return text


def _short_author(author: str) -> bool:
    return bool(_SHORT_AUTHOR.match(author)) and len(author.split()) <= 6 \
        and not author.endswith((".", "!", "?")) or author.casefold() in _UNKNOWN_AUTHORS


def parse_quote_line(line: str) -> Quote | None:
    """One cleaned line as a quote (None when nothing is left)."""
    line = line.strip()
    if not line:
        return None
    text, author = line, None
    strong = list(_STRONG_DASH.finditer(line))
    if strong and strong[-1].start() > 0:
        match = strong[-1]
        candidate = line[match.end():].strip()
        if len(candidate) <= 100 and len(candidate.split()) <= 12:
            text, author = line[: match.start()], candidate
    if author is None:
        weak = list(_WEAK_DASH.finditer(line))
        if weak and weak[-1].start() > 0:
            match = weak[-1]
            candidate = line[match.end():].strip()
            if _short_author(candidate):
                text, author = line[: match.start()], candidate
    text = strip_quote_marks(text)
    author = (author or "").strip(" ,") or None
    if not text:
        return None
    return Quote(text=text, author=author)


def attribution(line: str, loose: bool) -> str | None:
    """The author when ``line`` is only an attribution for the quote above it.

    "— Mark Twain" and "Author Unknown" always are; with ``loose`` (letter pages), also a short
    line of capitalized words without end punctuation ("Mark Twain").
    """
    line = line.strip()
    dashed = _LEADING_DASH.match(line)
    if dashed:
        author = line[dashed.end():].strip()
        return author if author and len(author) <= 100 else None
    if line.casefold() in _UNKNOWN_AUTHORS:
        return line
    if not loose or len(line) > 50 or any(ch.isdigit() for ch in line):
        return None
    if line.endswith((".", "!", "?", ",", ";", ":", '"', "\u201d", "'")):
        return None
    words = line.split()
    if not 1 <= len(words) <= 5:
        return None
    for word in words:
        if word.casefold() in _PARTICLES:
            continue
        if not word[0].isupper():
            return None
    return line


def quotes_from_lines(lines: list[tuple[int, str]], path: str, loose: bool,
                      strict: bool) -> list[Quote]:
    """Quotes from ``(line number, raw line)`` pairs; attributions join the quote above.

    With ``strict`` (a quotes file), a line that cannot be a quote raises :class:`InputError`.
    """
    quotes: list[Quote] = []
    for number, raw in lines:
        line = clean_line(raw)
        if not line or line.startswith("#") or _is_separator(line):
            continue
        if quotes and quotes[-1].author is None:
            author = attribution(line, loose)
            if author:
                quotes[-1].author = author
                continue
        if strict:
            _check_quote_line(line, number, path)
        quote = parse_quote_line(line)
        if quote is not None:
            quotes.append(quote)
    return quotes


def _is_separator(line: str) -> bool:
    return bool(re.fullmatch(r"-{3,}|\*(?: ?\*){2,}|_{3,}|={3,}|\f", line))


def _check_quote_line(line: str, number: int, path: str) -> None:
    why = None
    if len(line) > MAX_QUOTE_CHARS:
        why = f"a line of {len(line):,} characters is too long for a quote"
    elif not any(ch.isalpha() for ch in line):
        why = "a line without words is not a quote"
    elif line[0] in "<{[" or re.match(r"^[\w.-]+\s*[:=]\s*[\[{]", line):
        why = "markup or data, not a quote"
    if why:
        raise InputError(
            path,
            f"{why}; a .txt file must be a letter page (with a 'your avatar' line) "
            "or a quotes file (one quote a line, 'text — author')",
            line=number,
        )


def parse_quotes_text(text: str, path: str) -> ParsedFile:
    """Parse a decoded quotes text file."""
    lines = list(enumerate(raw_lines(text), 1))
    quotes = quotes_from_lines(lines, path, loose=False, strict=True)
    if not quotes:
        raise InputError(path, "no quotes found (only comments and blank lines)")
    parsed = ParsedFile(path=path, format=FORMAT)
    seen: set[str] = set()
    for quote in quotes:
        if quote.key() in seen:
            continue
        seen.add(quote.key())
        parsed.quotes.append(quote)
    if len(parsed.quotes) < len(quotes):
        repeated = len(quotes) - len(parsed.quotes)
        parsed.notes.append(f"{repeated} repeated quote{'' if repeated == 1 else 's'} kept once")
    return parsed
