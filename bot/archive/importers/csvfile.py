"""CSV files: both counsel-chat variants, the generic letters CSV and the quotes CSV.

The header decides the kind of file. Every error and note names the *line* where the record
starts in the file (a record with multi-line fields spans several lines), counting from 1 with
the header on line 1.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bot.archive.importers.quotes import strip_quote_marks
from bot.archive.importers.textutil import (
    clean_line,
    clean_text,
    html_to_text,
    html_to_text_and_images,
    join_credentials,
    looks_like_html,
    parse_int,
    slugify_topic,
    split_name_credentials,
    split_topics,
)
from bot.models import Answer, InputError, Letter, ParsedFile, Quote

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

FORMAT_CC_2020 = "counsel-chat-2020"
FORMAT_CC_DATA = "counsel-chat-data"
FORMAT_LETTERS_CSV = "letters-csv"
FORMAT_QUOTES_CSV = "quotes-csv"

# Required columns per kind (compared case-insensitively, spaces and underscores ignored).
CC_2020_COLUMNS = ("questionTitle", "questionText", "questionLink", "therapistInfo", "answerText")
CC_DATA_COLUMNS = ("questionTitle", "questionText", "questionUrl", "therapistName", "answerText")
LETTERS_COLUMNS = ("title", "question", "answer")
QUOTES_COLUMNS = ("text",)  # or "quote"

EXPECTED_COLUMNS = (
    "expected the columns of one of: "
    f"counsel-chat 2020 ({', '.join(CC_2020_COLUMNS)}, topic, therapistURL, upvotes, split); "
    f"counsel-chat data ({', '.join(CC_DATA_COLUMNS)}, topics, therapistUrl, upvotes); "
    "letters (title, question, answer, optional answerer, credentials, topics, source_url, "
    "asker_name, asker_age, upvotes); "
    "quotes (text or quote, optional author)"
)


@functools.lru_cache(maxsize=256)
def _key(column: str) -> str:
    return re.sub(r"[\s_\-]+", "", column.strip().lstrip("\ufeff")).casefold()


@dataclass(slots=True)
class _Row:
    line: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(_key(column), "") or ""


def _read_rows(text: str, path: str) -> tuple[list[str], Iterator[_Row]]:
    """The header (original names) and the rows keyed by normalized column name."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    first_line = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)  # Excel in many locales writes ";"
    if not first_line.count(delimiter):
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(path, "file is empty") from None
    except csv.Error as exc:
        raise InputError(path, f"not a valid CSV header: {exc}", line=1) from None
    keys = [_key(c) for c in header]

    def rows() -> Iterator[_Row]:
        start = reader.line_num + 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise InputError(path, f"broken CSV record: {exc}", line=start) from None
            if any(field.strip() for field in record):
                if len(record) > len(keys):
                    raise InputError(
                        path,
                        f"{len(record)} fields but the header has {len(keys)} columns",
                        line=start,
                    )
                yield _Row(start, dict(zip(keys, record, strict=False)))
            start = reader.line_num + 1

    return header, rows()


def _has(keys: set[str], columns: tuple[str, ...]) -> bool:
    return all(_key(c) in keys for c in columns)


def parse_csv(text: str, path: str) -> ParsedFile:
    """Parse a decoded CSV file of any accepted kind."""
    header, rows = _read_rows(text, path)
    keys = {_key(c) for c in header}
    parse: Callable[..., ParsedFile]
    args: tuple[str, ...]
    if _has(keys, CC_2020_COLUMNS):
        parse, args = _parse_counsel_chat, (FORMAT_CC_2020,)
    elif _has(keys, CC_DATA_COLUMNS):
        parse, args = _parse_counsel_chat, (FORMAT_CC_DATA,)
    elif _has(keys, LETTERS_COLUMNS):
        parse, args = _parse_letters, ()
    elif "text" in keys or "quote" in keys:
        parse, args = _parse_quotes, ()
    else:
        shown = ", ".join(c.strip() or "(unnamed)" for c in header[:20])
        raise InputError(path, f"unknown CSV columns ({shown}); {EXPECTED_COLUMNS}", line=1)
    counted = _Counted(rows)
    parsed = parse(iter(counted), path, *args)
    if not counted.n:
        raise InputError(path, "no rows after the header")
    return parsed


class _Counted:
    """Counts the rows an iterator gave."""

    def __init__(self, rows: Iterator[_Row]) -> None:
        self.rows = rows
        self.n = 0

    def __iter__(self) -> Iterator[_Row]:
        for row in self.rows:
            self.n += 1
            yield row


# ---------------------------------------------------------------------------
# counsel-chat
# ---------------------------------------------------------------------------

_BARE_QUESTIONS_URL = re.compile(r"^https?://[^/]+/questions/?$", re.IGNORECASE)
_TITLE_WORDS = re.compile(
    r"therap|counsel|psych|social work|licensed|clinic|coach|special|director|consult|founder|"
    r"president|owner|practice|author|educator|nurse|physician|doctor|hypno|psychiatr|"
    r"expert|health|wellness|services",
    re.IGNORECASE,
)
_CREDENTIAL_WORD = re.compile(r"\b[A-Z]{2,}[a-z]?\b|\b(?:[A-Z][a-z]{0,2}\.){2,}")
_CASE_GLUE = re.compile(r"(?<=[a-z.)])(?<!\bMc)(?<!\bMac)(?<!\bDe)(?<!\bLa)(?=[A-Z][a-z])"
                        r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


def _slug_cut(info: str, url: str) -> int | None:
    """Where the name ends in a glued "NameTitle" string, using the therapist URL's slug.

    The slug ("sherry-katz-lcsw", "britta-neinast-valparaiso", "ms-lynda-martens-london-ontario")
    spells the name (and sometimes credentials or a place): the name is the longest prefix of
    ``info`` that spells whole leading slug words (at least two).
    """
    slug = url.rstrip("/").rsplit("/", 1)[-1].lower()
    tokens = [t for t in re.split(r"[^a-z0-9]+", slug) if t]
    while tokens and tokens[-1].isdigit():
        tokens.pop()
    best: int | None = None
    for skip in range(min(2, len(tokens))):
        words = tokens[skip:]
        target = "".join(words)
        ends = set()
        total = 0
        for count, word in enumerate(words, 1):
            total += len(word)
            if count >= 2:
                ends.add(total)
        matched = 0
        for i, ch in enumerate(info):
            if not (ch.isascii() and ch.isalnum()):
                continue
            if matched >= len(target) or ch.lower() != target[matched]:
                break
            matched += 1
            if matched in ends:
                best = max(best or 0, i + 1)
        if best:
            return best
    return best


def split_therapist_info(info: str, url: str = "") -> tuple[str, str]:
    """counsel-chat 2020's ``therapistInfo`` glues name and title:
    "Sherry Katz, LCSWCouples and Family Therapist, LCSW" -> ("Sherry Katz",
    "LCSW, Couples and Family Therapist"). The title is kept only when it reads like a
    professional title (not a motto such as "Anything But Ordinary!")."""
    info = clean_line(info)
    cut = _slug_cut(info, url) if url else None
    if cut is None:
        match = _CASE_GLUE.search(info)
        cut = match.start() if match else len(info)
    while cut < len(info) and info[cut] in ".)":  # "Psy.D.It's never too late"
        cut += 1
    head, tagline = info[:cut], info[cut:].strip(" ,;")
    name, credentials = split_name_credentials(head)
    if name and tagline.casefold().startswith(name.casefold()):
        tagline = tagline[len(name):]
    tagline = tagline.strip(" ,;.:-")  # "Kathryn ClappKathryn Clapp LMHC, LLC"
    if tagline and (
        len(tagline) > 120 or "!" in tagline or "?" in tagline
        or not (_TITLE_WORDS.search(tagline) or _CREDENTIAL_WORD.search(tagline))
    ):
        tagline = ""
    return name, join_credentials(credentials, tagline)


@dataclass(slots=True)
class _Group:
    letter: Letter
    line: int
    fingerprints: dict[str, Answer]
    splits: Counter


def _parse_counsel_chat(rows: Iterator[_Row], path: str, fmt: str) -> ParsedFile:
    parsed = ParsedFile(path=path, format=fmt)
    groups: dict[str, _Group] = {}
    link_column = "questionLink" if fmt == FORMAT_CC_2020 else "questionUrl"
    skipped: list[int] = []
    titles_as_question = 0
    question_cache: dict[tuple[str, str], tuple[str, str]] = {}  # rows repeat their question
    repeated = 0
    for row in rows:
        link = row.get(link_column).strip()
        raw_question = (row.get("questionTitle"), row.get("questionText"))
        cleaned = question_cache.get(raw_question)
        if cleaned is None:
            cleaned = question_cache[raw_question] = (clean_line(raw_question[0]),
                                                      clean_text(raw_question[1]))
        title, question = cleaned
        if not title and not question and _BARE_QUESTIONS_URL.match(link):
            skipped.append(row.line)  # a stray comment on no question at all
            continue
        if not question and title:
            question = title
            titles_as_question += 1
        if not question:
            raise InputError(path, "no question (questionTitle and questionText are empty)",
                             line=row.line)
        raw_answer = row.get("answerText")
        if not raw_answer.strip():
            raise InputError(path, "no answer (answerText is empty)", line=row.line)
        text, note = _answer_text(raw_answer)
        if note:
            parsed.notes.append(f"line {row.line}: {note}")
        if not text:  # only markup, e.g. "<p><br></p>"
            parsed.notes.append(f"line {row.line}: skipped an answer with no text "
                                f"({clean_line(raw_answer)[:40]!r})")
            continue
        if fmt == FORMAT_CC_2020:
            answerer, credentials = split_therapist_info(row.get("therapistInfo"),
                                                         row.get("therapistURL"))
            topics = split_topics(row.get("topic"))
        else:
            answerer, credentials = split_name_credentials(row.get("therapistName"))
            topics = split_topics(row.get("topics"))
        source_url = link or None
        answer = Answer(text=text, answerer=answerer, credentials=credentials,
                        source_url=source_url, upvotes=parse_int(row.get("upvotes")))
        group_key = link or "q:" + question
        group = groups.get(group_key)
        if group is None:
            letter = Letter(title=title or _title_from(question), question=question,
                            topics=[], source_url=source_url)
            group = groups[group_key] = _Group(letter, row.line, {}, Counter())
        letter = group.letter
        if len(question) > len(letter.question):  # rows of one question may be truncated
            letter.question = question
        for topic in topics:
            if topic not in letter.topics:
                letter.topics.append(topic)
        split = clean_line(row.get("split")).lower()
        if split:
            group.splits[split] += 1
        fingerprint = answer.fingerprint()
        kept = group.fingerprints.get(fingerprint)
        if kept is None:
            group.fingerprints[fingerprint] = answer
            letter.answers.append(answer)
        else:
            repeated += 1
            if answer.upvotes is not None and (kept.upvotes or 0) < answer.upvotes:
                kept.upvotes = answer.upvotes
    for group in groups.values():
        if group.splits:
            ranked = group.splits.most_common()
            group.letter.split = ranked[0][0]
            if len(ranked) > 1:
                parsed.notes.append(
                    f"line {group.line}: question's rows are in splits "
                    f"{', '.join(s for s, _ in ranked)}; kept {ranked[0][0]}"
                )
        parsed.letters.append(group.letter)
    if skipped:
        parsed.notes.append(
            f"line{'s' if len(skipped) > 1 else ''} {', '.join(map(str, skipped))}: skipped "
            f"{_count(len(skipped), 'answer')} with no question "
            "(empty title and text, question link without a question)"
        )
    if titles_as_question:
        parsed.notes.append(f"{_count(titles_as_question, 'row')} with an empty questionText: "
                            "used the question title as the question")
    if repeated:
        parsed.notes.append(f"{_count(repeated, 'repeated answer')} (same text, same question) "
                            "kept once")
    return parsed


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _title_from(question: str) -> str:
    first = question.split("\n", 1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."


def _answer_text(raw: str) -> tuple[str, str | None]:
    """Clean an answer: HTML to text (data-URI images dropped with a note), or plain text."""
    note = None
    if looks_like_html(raw):
        text, images, removed = html_to_text_and_images(raw)
        if images:
            note = (f"removed {images} embedded image{'s' if images > 1 else ''} "
                    f"({removed:,} characters of image data)")
        return text, note
    return clean_text(raw), note


# ---------------------------------------------------------------------------
# generic letters CSV and quotes CSV
# ---------------------------------------------------------------------------


def _parse_letters(rows: Iterator[_Row], path: str) -> ParsedFile:
    parsed = ParsedFile(path=path, format=FORMAT_LETTERS_CSV)
    groups: dict[str, tuple[Letter, set[str]]] = {}
    for row in rows:
        title = clean_line(row.get("title"))
        question = clean_text(row.get("question"))
        if not question:
            raise InputError(path, "no question (the question column is empty)", line=row.line)
        raw_answer = row.get("answer")
        text = html_to_text(raw_answer) if looks_like_html(raw_answer) else clean_text(raw_answer)
        if not text:
            raise InputError(path, "no answer (the answer column is empty)", line=row.line)
        source_url = clean_line(row.get("source_url")) or None
        answerer, credentials = clean_line(row.get("answerer")), clean_line(row.get("credentials"))
        if answerer and not credentials:
            answerer, credentials = split_name_credentials(answerer)
        answer = Answer(text=text, answerer=answerer, credentials=credentials,
                        source_url=source_url, upvotes=parse_int(row.get("upvotes")))
        key = source_url or "q:" + question
        if key not in groups:
            age = parse_int(row.get("asker_age"))
            letter = Letter(
                title=title or _title_from(question),
                question=question,
                asker_name=clean_line(row.get("asker_name")) or None,
                asker_age=age if age is not None and 0 < age < 130 else None,
                topics=[],
                source_url=source_url,
            )
            groups[key] = (letter, set())
        letter, seen = groups[key]
        for topic in split_topics(row.get("topics")):
            if topic not in letter.topics:
                letter.topics.append(topic)
        if answer.fingerprint() not in seen:
            seen.add(answer.fingerprint())
            letter.answers.append(answer)
    parsed.letters = [letter for letter, _ in groups.values()]
    return parsed


def _parse_quotes(rows: Iterator[_Row], path: str) -> ParsedFile:
    parsed = ParsedFile(path=path, format=FORMAT_QUOTES_CSV)
    seen: set[str] = set()
    for row in rows:
        text = strip_quote_marks(clean_line(row.get("text") or row.get("quote")))
        if not text:
            raise InputError(path, "no quote text", line=row.line)
        quote = Quote(text=text, author=clean_line(row.get("author")) or None)
        if quote.key() not in seen:
            seen.add(quote.key())
            parsed.quotes.append(quote)
    return parsed


__all__ = ["parse_csv", "split_therapist_info", "slugify_topic"]
