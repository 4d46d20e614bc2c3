"""Letter pages (``.txt``): a saved "ask the therapist" page, one or several in a file.

A page, as in ``seed/patient-therapist-relationship.txt``::

    Title                                  the title, printed twice
    Title
    your avatar   Eli, 29 years old        the asker (name and age both optional)
    question paragraphs...
        Jef Gazley, M.S., LMFT, LPC        the answerer line (indented): name, credentials
    Dear Eli, ... Good luck.               the answer, salutation through sign-off
    Jef Gazley, M.S.
    This question was answered by ...      the bio paragraph (optional) -> Answer.bio
    quote lines                            trailing quotes -> ParsedFile.quotes
    Author Unknown                         (an attribution line names the quote above)

Pages follow each other directly or with a separator line (form feed, ``---``, ``* * *``).
"""

from __future__ import annotations

import re

from bot.archive.importers.quotes import quotes_from_lines
from bot.archive.importers.textutil import clean_line, raw_lines, split_name_credentials
from bot.models import Answer, InputError, Letter, ParsedFile, Quote

FORMAT = "letter-page"

_AVATAR = re.compile(r"^your\s*avatar\b\s*[:\-]?\s*", re.IGNORECASE)
_ASKER = re.compile(
    r"^(?P<name>.*?)"
    r"(?:(?:^|[\s,;(]+)(?:aged?\s*)?(?P<age>\d{1,3})\s*"
    r"(?:years?[\s-]*old|years?|yrs?\.?(?:\s*old)?|y/?o|y\.o\.)?\s*\)?)?"
    r"[\s.,;]*$",
    re.IGNORECASE,
)
_BIO = re.compile(r"^this question was answered by\b", re.IGNORECASE)
_SALUTATION = re.compile(
    r"^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b.{0,60}[,:!.]?$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"-{3,}|\*(?: ?\*){2,}|_{3,}|={3,}")
_INDENT = re.compile(r"^[ \t\xa0\u2000-\u200a\u202f\u3000]+\S")
MAX_ANSWERER_CHARS = 200
MAX_ASKER_CHARS = 120


def is_letter_page(text: str) -> bool:
    """True when the text has a ``your avatar`` line (the mark of a letter page)."""
    return any(_AVATAR.match(clean_line(line)) for line in text.splitlines()
               if "avatar" in line.lower())


def parse_asker(text: str) -> tuple[str | None, int | None]:
    """ "Eli, 29 years old" -> ("Eli", 29); "Eli" -> ("Eli", None); "29" -> (None, 29)."""
    text = clean_line(text)[:MAX_ASKER_CHARS]  # a name and an age are short
    match = _ASKER.match(text)
    if match is None:  # pragma: no cover - the pattern matches any line
        return text or None, None
    name = match.group("name").strip(" ,;-(") or None
    age = int(match.group("age")) if match.group("age") else None
    if age is not None and not 0 < age < 130:
        age = None
    return name, age


class _Page:
    """Line-level view of one file: cleaned lines, blank detection, paragraphs."""

    def __init__(self, text: str, path: str) -> None:
        self.path = path
        self.raw = raw_lines(text)
        self.clean = [clean_line(line) for line in self.raw]
        self.blank = [not c or bool(_SEPARATOR.fullmatch(c)) for c in self.clean]

    def next_nonblank(self, i: int, end: int) -> int | None:
        while i < end:
            if not self.blank[i]:
                return i
            i += 1
        return None

    def prev_nonblank(self, i: int, stop: int) -> int | None:
        while i >= stop:
            if not self.blank[i]:
                return i
            i -= 1
        return None

    def paragraph_end(self, i: int, end: int) -> int:
        """Index just past the paragraph starting at ``i``."""
        while i < end and self.clean[i]:
            i += 1
        return i

    def text(self, start: int, end: int) -> str:
        """Lines ``start:end`` as paragraphs: lines kept, one blank line between paragraphs."""
        paragraphs: list[list[str]] = [[]]
        for i in range(start, end):
            line = self.clean[i]
            if self.blank[i]:
                if paragraphs[-1]:
                    paragraphs.append([])
            else:
                paragraphs[-1].append(line)
        return "\n\n".join("\n".join(p) for p in paragraphs if p)


def parse_letter_pages(text: str, path: str) -> ParsedFile:
    """Parse a decoded text file holding one or more letter pages."""
    doc = _Page(text, path)
    avatars = [i for i, c in enumerate(doc.clean) if _AVATAR.match(c)]
    if not avatars:
        raise InputError(path, "not a letter page: no 'your avatar' line")
    parsed = ParsedFile(path=path, format=FORMAT)
    starts: list[int] = []
    titles: list[str] = []
    for k, avatar in enumerate(avatars):
        floor = avatars[k - 1] + 1 if k else 0
        second = doc.prev_nonblank(avatar - 1, floor)
        if second is None:
            raise InputError(path, "no title before the 'your avatar' line", line=avatar + 1)
        title = doc.clean[second]
        start = second
        first = doc.prev_nonblank(second - 1, floor)
        if first is not None and doc.clean[first] == title:
            start = first
        starts.append(start)
        titles.append(title)
    leading = doc.next_nonblank(0, starts[0])
    if leading is not None:
        last = doc.prev_nonblank(starts[0] - 1, 0)
        where = (f"line {leading + 1}" if last is None or last == leading
                 else f"lines {leading + 1}-{last + 1}")
        parsed.warnings.append(f"{where}: text before the first letter page ignored")
    for k, avatar in enumerate(avatars):
        end = starts[k + 1] if k + 1 < len(avatars) else len(doc.raw)
        letter, quotes = _parse_page(doc, titles[k], starts[k], avatar, end)
        parsed.letters.append(letter)
        parsed.quotes.extend(quotes)
    return parsed


def _find_answerer(doc: _Page, avatar: int, end: int) -> int | None:
    """The answerer line: an indented one-line paragraph after the question, best one followed
    by a salutation ("Dear Eli,"); else the one-line paragraph just before the first salutation."""
    candidates = []
    for i in range(avatar + 2, end):
        c = doc.clean[i]
        if (c and len(c) <= MAX_ANSWERER_CHARS and _INDENT.match(doc.raw[i])
                and c[0].isupper() and not doc.clean[i - 1]
                and (i + 1 >= end or not doc.clean[i + 1]
                     or _SALUTATION.match(doc.clean[i + 1]))):
            candidates.append(i)
    for i in candidates:
        following = doc.next_nonblank(i + 1, end)
        if following is not None and _SALUTATION.match(doc.clean[following]):
            return i
    if candidates:
        return candidates[0]
    for i in range(avatar + 1, end):
        if doc.blank[i] or not _SALUTATION.match(doc.clean[i]):
            continue
        before = doc.prev_nonblank(i - 1, avatar + 1)
        if (before is not None and (before == avatar + 1 or not doc.clean[before - 1])
                and len(doc.clean[before]) <= MAX_ANSWERER_CHARS
                and doc.clean[before][0].isupper()):
            return before
        return None
    return None


def _parse_page(doc: _Page, title: str, start: int, avatar: int,
                end: int) -> tuple[Letter, list[Quote]]:
    path = doc.path
    asker_name, asker_age = parse_asker(_AVATAR.sub("", doc.clean[avatar], count=1))
    answerer_line = _find_answerer(doc, avatar, end)
    if answerer_line is None:
        raise InputError(
            path,
            f"letter page {title!r} has no answer (expected an indented answerer line "
            "and the answer after the question)",
            line=start + 1,
        )
    question = doc.text(avatar + 1, answerer_line)
    if not question:
        raise InputError(path, f"letter page {title!r} has no question", line=avatar + 1)
    answerer, credentials = split_name_credentials(doc.clean[answerer_line])

    body = answerer_line + 1
    bio_start = next((i for i in range(body, end)
                      if not doc.blank[i] and _BIO.match(doc.clean[i])
                      and (i == 0 or not doc.clean[i - 1])), None)
    bio = ""
    if bio_start is not None:
        answer_end = bio_start
        bio_end = doc.paragraph_end(bio_start, end)
        bio = doc.text(bio_start, bio_end)
        quotes_start = bio_end
    else:
        answer_end = _sign_off_end(doc, body, end, answerer)
        quotes_start = answer_end
    text = doc.text(body, answer_end)
    if not text:
        raise InputError(path, f"letter page {title!r} has no answer after the answerer line",
                         line=answerer_line + 1)
    quote_lines = [(i + 1, doc.raw[i]) for i in range(quotes_start, end)]
    quotes = quotes_from_lines(quote_lines, path, loose=True, strict=False)
    letter = Letter(
        title=title,
        question=question,
        answers=[Answer(text=text, answerer=answerer, credentials=credentials, bio=bio)],
        asker_name=asker_name,
        asker_age=asker_age,
    )
    return letter, quotes


def _sign_off_end(doc: _Page, body: int, end: int, answerer: str) -> int:
    """Without a bio: the answer ends after the last paragraph that is the answerer's signature
    ("Jef Gazley, M.S." or "Jef"); without one, the answer runs to the end of the page."""
    names = {answerer.casefold()}
    parts = answerer.split()
    if parts:
        names.add(parts[0].casefold())
    last = None
    for i in range(body, end):
        c = doc.clean[i].casefold()
        if c and (i == 0 or not doc.clean[i - 1]) and len(c) <= MAX_ANSWERER_CHARS:
            head = re.split(r"[,\s]", c, maxsplit=1)[0]
            if c.startswith(answerer.casefold()) or c in names or head in names and len(c) < 40:
                last = doc.paragraph_end(i, end)
    return last if last is not None else end
