"""The project's own JSON / JSONL schema: what :func:`letter_to_dict` writes, read back exactly.

Reading is lossless (no text cleaning), so ``parse(dumps_letter(letter)) == letter`` for every
valid Letter and an export -> import cycle never changes the archive.
"""

from __future__ import annotations

import json
from typing import Any

from bot.models import Answer, InputError, Letter, ParsedFile

FORMAT_JSON = "json"
FORMAT_JSONL = "jsonl"

LETTER_KEYS = ("title", "question", "asker_name", "asker_age", "topics", "source_url", "split",
               "added", "answers")
ANSWER_KEYS = ("answerer", "credentials", "bio", "text", "source_url", "upvotes")


def answer_to_dict(answer: Answer) -> dict[str, Any]:
    """One answer in the export schema."""
    return {key: getattr(answer, key) for key in ANSWER_KEYS}


def letter_to_dict(letter: Letter) -> dict[str, Any]:
    """The documented export schema (docs/formats.md), keys in a fixed order."""
    return {
        **{key: getattr(letter, key) for key in LETTER_KEYS},
        "topics": list(letter.topics),
        "answers": [answer_to_dict(a) for a in letter.answers],
    }


def dumps_letter(letter: Letter) -> str:
    """One JSON line (no newline at the end), UTF-8 text kept as is (``ensure_ascii=False``)."""
    return json.dumps(letter_to_dict(letter), ensure_ascii=False)


class _Bad(Exception):
    """A schema violation inside one item; turned into an InputError with the item's place."""


def _str(obj: dict, key: str, where: str, required: bool = False,
         nullable: bool = True) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            raise _Bad(f"{where}missing {key!r}")
        return None if nullable else ""
    if not isinstance(value, str):
        raise _Bad(f"{where}{key!r} must be a string, not {type(value).__name__}")
    if required and not value.strip():
        raise _Bad(f"{where}{key!r} is empty")
    return value


def _text(obj: dict, key: str, where: str, required: bool = False) -> str:
    """A string that is never None: required, or "" when missing (see :func:`_str`)."""
    return _str(obj, key, where, required=required, nullable=False) or ""


def _int(obj: dict, key: str, where: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        raise _Bad(f"{where}{key!r} must be a whole number or null")
    return value


def letter_from_dict(obj: Any) -> Letter:
    """Build a Letter from one schema object; raises ``_Bad`` naming the field."""
    if not isinstance(obj, dict):
        raise _Bad(f"expected a letter object, got {type(obj).__name__}")
    topics = obj.get("topics")
    if topics is None:
        topics = []
    if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
        raise _Bad("'topics' must be a list of strings")
    raw_answers = obj.get("answers")
    if raw_answers is None:
        raise _Bad("missing 'answers'")
    if not isinstance(raw_answers, list):
        raise _Bad("'answers' must be a list")
    if not raw_answers:
        raise _Bad("'answers' is empty")
    answers = []
    for n, item in enumerate(raw_answers, 1):
        where = f"answer {n}: "
        if not isinstance(item, dict):
            raise _Bad(f"{where}expected an object, got {type(item).__name__}")
        answers.append(Answer(
            text=_text(item, "text", where, required=True),
            answerer=_text(item, "answerer", where),
            credentials=_text(item, "credentials", where),
            bio=_text(item, "bio", where),
            source_url=_str(item, "source_url", where),
            upvotes=_int(item, "upvotes", where),
        ))
    return Letter(
        title=_text(obj, "title", "", required=True),
        question=_text(obj, "question", "", required=True),
        answers=answers,
        asker_name=_str(obj, "asker_name", ""),
        asker_age=_int(obj, "asker_age", ""),
        topics=list(topics),
        source_url=_str(obj, "source_url", ""),
        split=_str(obj, "split", ""),
        added=_str(obj, "added", ""),
    )


def _decode_error(path: str, exc: json.JSONDecodeError, line_offset: int = 0) -> InputError:
    return InputError(path, f"invalid JSON: {exc.msg} (column {exc.colno})",
                      line=exc.lineno + line_offset)


def parse_jsonl(text: str, path: str) -> ParsedFile:
    """One letter object a line; blank lines skipped. Errors name the line."""
    parsed = ParsedFile(path=path, format=FORMAT_JSONL)
    text = text.lstrip("\ufeff")
    # Split only at \n: JSON strings may hold U+2028 and friends unescaped.
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _decode_error(path, exc, number - 1) from None
        except RecursionError:
            raise InputError(path, "JSON nested too deeply", line=number) from None
        try:
            parsed.letters.append(letter_from_dict(obj))
        except _Bad as exc:
            raise InputError(path, str(exc), line=number) from None
    if not parsed.letters:
        raise InputError(path, "file is empty")
    return parsed


def parse_json(text: str, path: str) -> ParsedFile:
    """A list of letter objects, or ``{"letters": [...]}``. Errors name the item (from 1)."""
    parsed = ParsedFile(path=path, format=FORMAT_JSON)
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise _decode_error(path, exc) from None
    except RecursionError:
        raise InputError(path, "JSON nested too deeply") from None
    if isinstance(data, dict) and "letters" in data:
        data = data["letters"]
    elif isinstance(data, dict) and "title" in data:
        data = [data]  # a single letter object
    if not isinstance(data, list):
        raise InputError(path, 'expected a list of letters or {"letters": [...]}')
    if not data:
        raise InputError(path, "no letters in the file")
    for number, obj in enumerate(data, 1):
        try:
            parsed.letters.append(letter_from_dict(obj))
        except _Bad as exc:
            raise InputError(path, str(exc), line=number, unit="item") from None
    return parsed
