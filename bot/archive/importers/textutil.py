"""Shared helpers for the importers: decoding bytes, cleaning text, HTML to text, names, topics.

Nothing here knows about a file format; every function is pure.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape

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
_SPACE_CHARS = "\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Runs of two or more spaces, or any run holding another kind of space: become one space.
_SPACES = re.compile(f" {{2,}}| *[{_SPACE_CHARS}][ {_SPACE_CHARS}]*")
_LINE_EDGE = re.compile(r" +\n *|\n +")
_MANY_NEWLINES = re.compile(r"\n{3,}")
# Control characters (Cc, except \n and \t) and invisible marks dropped from every text field.
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff\ufffe\uffff\xad]")


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
    text = _DROP.sub("", text)
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

_BLOCK_TAGS = frozenset([
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "table", "tr", "pre", "section", "article", "header", "footer", "aside", "nav", "figure",
    "figcaption", "hr", "address",
])
_SKIP_TAGS = frozenset(["style", "script", "xml", "head", "title", "template", "noscript"])
_PARAGRAPH = "\x00P\x00"  # placeholders, replaced after whitespace collapsing
_LINEBREAK = "\x00B\x00"
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_TAG_NAME = re.compile(r"\s*(/?)\s*([A-Za-z][A-Za-z0-9:_-]*)")
_DATA_SRC = re.compile(r"""\bsrc\s*=\s*["']?\s*data:""", re.IGNORECASE)
_SKIP_END = {tag: re.compile(rf"</{tag}\s*>", re.IGNORECASE) for tag in _SKIP_TAGS}


def looks_like_html(text: str) -> bool:
    """True when the text holds HTML tags (``<p>``, ``<br>``, ``</div>``...)."""
    return "<" in text and re.search(r"</?[A-Za-z][A-Za-z0-9:]*[\s/>]", text) is not None


def html_to_text_and_images(html: str) -> tuple[str, int, int]:
    """Like :func:`html_to_text`; also returns how many ``<img src="data:...">`` images were
    dropped and how many characters they took.

    A single left-to-right scan (no backtracking), so broken markup ("<a <a <a ...") costs
    linear time.
    """
    parts: list[str] = []
    images = image_chars = 0
    in_item = 0
    pos = 0
    next_close = -1  # position of the next ">" at or after the current "<", when known
    length = len(html)
    while pos < length:
        lt = html.find("<", pos)
        if lt < 0:
            parts.append(unescape(html[pos:]))
            break
        if lt > pos:
            parts.append(unescape(html[pos:lt]))
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            if end < 0:
                break  # an unclosed comment hides the rest, as in a browser
            pos = end + 3
            continue
        if next_close <= lt:
            next_close = html.find(">", lt + 1)
        if next_close < 0:
            parts.append(unescape(html[lt:]))
            break
        inner = html[lt + 1: next_close]
        name_match = _TAG_NAME.match(inner)
        if name_match is None:
            if inner.startswith(("!", "?")):  # <!DOCTYPE>, <![if ...]>, <?xml ...?>
                pos = next_close + 1
                continue
            parts.append("<")  # a lone "<" in text, e.g. "x < 3"
            pos = lt + 1
            continue
        pos = next_close + 1
        closing, tag = name_match.group(1) == "/", name_match.group(2).lower()
        if tag in _SKIP_TAGS:
            if not closing and not inner.rstrip().endswith("/"):
                end_match = _SKIP_END[tag].search(html, pos)
                if end_match is None:
                    break
                pos = end_match.end()
        elif tag == "img":
            if _DATA_SRC.search(inner):
                images += 1
                image_chars += next_close + 1 - lt
        elif tag == "br":
            parts.append(_LINEBREAK)
        elif tag == "li":
            if closing:
                in_item = max(0, in_item - 1)
            else:
                in_item += 1
                parts.append(_LINEBREAK + "- ")
        elif tag in ("ul", "ol") and closing:
            parts.append(_LINEBREAK if in_item else _PARAGRAPH)
        elif tag in _BLOCK_TAGS:
            parts.append(" " if in_item else _PARAGRAPH)
    text = "".join(parts)
    text = _HTML_SPACE.sub(" ", text)  # source newlines are plain whitespace in HTML
    text = text.replace(_PARAGRAPH, "\n\n").replace(_LINEBREAK, "\n")
    text = clean_text(text)
    if "-\n" in text or text.endswith("-"):  # empty list items
        text = clean_text(re.sub(r"(?m)^-(?:\n|\Z)", "", text))
    return text, images, image_chars


def html_to_text(html: str) -> str:
    """Turn an HTML fragment into clean text.

    Block elements become paragraphs ("\\n\\n"), ``<br>`` a newline, list items "- item" lines;
    ``style``/``script``/Word ``xml`` content, comments, images and tags are dropped, entities
    decoded, empty paragraphs dropped.
    """
    return html_to_text_and_images(html)[0]


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
    name, rest = name.strip(" -\u2013\u2014"), rest.strip(" ,")
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
