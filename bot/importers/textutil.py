"""Shared helpers for the importers: decoding bytes, cleaning text, HTML to text, names, topics.

Nothing here knows about a file format; every function is pure.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape
from html.parser import HTMLParser

from bot.models import InputError

# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------

_BINARY_SAMPLE = 64 * 1024
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # not \t \n \f \r


def decode_bytes(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode a text file's bytes; return ``(text, warnings)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything else falls
    back to cp1252, then latin-1, with a warning. Raises :class:`InputError` for an empty or
    binary file. Newlines are not touched here.
    """
    if not data.strip():
        raise InputError(path, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "binary file, not text") from None
        return _check_decoded(text.lstrip("\ufeff"), path), []
    if b"\x00" in data:
        raise InputError(path, "binary file, not text")
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls * 20 > len(sample):  # more than 5 % control bytes
        raise InputError(path, "binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return _check_decoded(data.decode("utf-8"), path), []
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in sample if b >= 0x80)
    if high * 10 > len(sample) * 3:  # real cp1252/latin-1 text is mostly ASCII
        raise InputError(path, "binary file, not text")
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _check_decoded(text, path), [f"not UTF-8; read as {encoding}"]
    raise AssertionError("latin-1 decodes anything")  # pragma: no cover


def _check_decoded(text: str, path: str) -> str:
    if not text.strip():
        raise InputError(path, "file is empty")
    return text


# ---------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[ \t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_EDGE = re.compile(r" *\n *")
_MANY_NEWLINES = re.compile(r"\n{3,}")

# Control characters (Cc, except \n and \t) and invisible marks dropped from every text field.
_DROP = {c: None for c in range(0x20) if c not in (0x09, 0x0A)}
_DROP.update({c: None for c in range(0x7F, 0xA0)})
_DROP.update({0x200B: None, 0xFEFF: None, 0xFFFE: None, 0xFFFF: None, 0x00AD: None})


def unify_newlines(text: str) -> str:
    r"""``\r\n``, ``\r`` and the Unicode line/paragraph separators become ``\n``."""
    return _NEWLINES.sub("\n", text)


def decode_entities(text: str) -> str:
    """Decode HTML entities (only complete ones, with the semicolon: ``&amp;``, ``&#34;``)."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: unescape(m.group(0)), text)


def clean_text(text: str) -> str:
    """Normalize a multi-line text field.

    Entities decoded, newlines unified, control characters dropped, runs of spaces (any Unicode
    space) collapsed to one, each line stripped, at most one blank line between paragraphs,
    surrounding whitespace stripped.
    """
    if not text:
        return ""
    text = decode_entities(text)
    text = unify_newlines(text)
    text = text.translate(_DROP)
    text = _SPACES.sub(" ", text)
    text = _LINE_EDGE.sub("\n", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def clean_line(text: str) -> str:
    """Normalize a one-line field (title, name): like :func:`clean_text`, newlines become spaces."""
    text = clean_text(text)
    if "\n" in text:
        text = _SPACES.sub(" ", text.replace("\n", " "))
    return text


def raw_lines(text: str) -> list[str]:
    """Split decoded text into lines, newlines unified; form feeds become lines of their own."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", "\n\f\n")
    return text.split("\n")


def parse_int(value: str) -> int | None:
    """An integer field ("12", " 12 ", "12.0"); None when empty or not a number."""
    value = value.strip().replace(",", "")
    if not value:
        return None
    try:
        return int(value)
    except ValueError:
        pass
    try:
        number = float(value)
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")) or not number.is_integer():
        return None
    return int(number)


# ---------------------------------------------------------------------------
# HTML to text
# ---------------------------------------------------------------------------

_DATA_IMAGE = re.compile(
    r"""<img\b[^>]*?\bsrc\s*=\s*(?P<q>["']?)data:[^"'\s>]*""" r"""[^>]*>""",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 ul ol dl dt dd blockquote table tr pre section article "
    "header footer aside nav figure figcaption hr address".split()
)
_SKIP_TAGS = frozenset("style script xml head title template noscript".split())
_PARAGRAPH = "\x00P\x00"  # placeholders, replaced after whitespace collapsing
_LINEBREAK = "\x00B\x00"
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag == "br":
            self.parts.append(_LINEBREAK)
        elif tag == "li":
            self.parts.append(_LINEBREAK + "- ")
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag == "li":
            self.parts.append(_LINEBREAK)
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_data_images(html: str) -> tuple[str, int, int]:
    """Remove ``<img src="data:...">`` tags; return ``(html, images removed, characters removed)``."""
    if "data:" not in html:
        return html, 0, 0
    count = 0
    removed = 0

    def drop(match: re.Match) -> str:
        nonlocal count, removed
        count += 1
        removed += len(match.group(0))
        return " "

    return _DATA_IMAGE.sub(drop, html), count, removed


def looks_like_html(text: str) -> bool:
    """True when the text holds HTML tags (``<p>``, ``<br>``, ``</div>``...)."""
    return "<" in text and re.search(r"</?[A-Za-z][A-Za-z0-9:]*[\s/>]", text) is not None


def html_to_text(html: str) -> str:
    """Turn an HTML fragment into clean text.

    Block elements become paragraphs ("\\n\\n"), ``<br>`` a newline, list items "- item" lines;
    ``style``/``script``/Word ``xml`` content, comments and tags are dropped, entities decoded,
    empty paragraphs dropped. Data-URI images should be removed first (:func:`strip_data_images`).
    """
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient, but never let a broken fragment escape
        return clean_text(re.sub(r"<[^>]*>", " ", html))
    text = "".join(parser.parts)
    text = _HTML_SPACE.sub(" ", text)  # source newlines are plain whitespace in HTML
    text = text.replace(_PARAGRAPH, "\n\n").replace(_LINEBREAK, "\n")
    return clean_text(text)


# ---------------------------------------------------------------------------
# Names, credentials, topics
# ---------------------------------------------------------------------------

_CREDENTIAL_TOKEN = re.compile(
    r"^(?:[A-Z][A-Za-z]*\.){1,4}[A-Za-z]*\.?,?$"  # M.S.  Ph.D.  M.Ed.
    r"|^[A-Z][A-Z0-9/&-]{1,}[a-z]?,?$"  # LCSW  LPC-S  OTR/L  LPCA  MSc? no: MSC
    r"|^(?:Ph\.?D|PsyD|EdD|MEd|MSc|MSW|MA|MS|BA|BS|Dr)\.?,?$"
)


def split_name_credentials(text: str) -> tuple[str, str]:
    """Split "Jef Gazley, M.S., LMFT, LPC" into ("Jef Gazley", "M.S., LMFT, LPC").

    The name ends at the first comma; credential-looking words glued to the name without a comma
    ("Amy Higgs OTR/L, CLT") move to the credentials too.
    """
    text = clean_line(text).strip(" ,;")
    if not text:
        return "", ""
    name, _, rest = text.partition(",")
    name, rest = name.strip(), rest.strip(" ,")
    words = name.split(" ")
    if len(words) > 2 and not name.isupper():
        moved: list[str] = []
        while len(words) > 2 and _CREDENTIAL_TOKEN.match(words[-1]):
            moved.insert(0, words.pop())
        if moved:
            name = " ".join(words)
            rest = ", ".join(filter(None, [" ".join(moved), rest]))
    return name, rest


def join_credentials(*parts: str) -> str:
    """Join credential strings with ", ", dropping empty and repeated items (case-insensitive)."""
    seen: set[str] = set()
    items: list[str] = []
    for part in parts:
        for item in re.split(r",\s*", part or ""):
            item = item.strip(" ,;")
            key = item.casefold().replace(".", "")
            if item and key not in seen:
                seen.add(key)
                items.append(item)
    return ", ".join(items)


def slugify_topic(name: str) -> str:
    """Counsel-chat topic slug: "Family Conflict" -> "family-conflict", "Legal & Regulatory" ->
    "legal-regulatory", "Alzheimer's" -> "alzheimers"; a slug stays as it is."""
    text = unicodedata.normalize("NFKC", clean_line(name)).casefold()
    text = re.sub(r"['\u2019`]", "", text)
    return re.sub(r"[\W_]+", "-", text).strip("-")


def split_topics(value: str) -> list[str]:
    """A comma/semicolon/pipe-separated topic list as unique slugs, in order."""
    topics: list[str] = []
    for part in re.split(r"[,;|]", value or ""):
        slug = slugify_topic(part)
        if slug and slug not in topics:
            topics.append(slug)
    return topics
