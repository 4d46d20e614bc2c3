"""Importers: one module per format; a file's bytes in, a :class:`~bot.models.ParsedFile` out.

No database and no Telegram here. Every problem with a file is an :class:`~bot.models.InputError`
naming the file (its display name) and, when known, the line (or the item, for ``.json``).
The accepted formats are documented in ``docs/formats.md``.

    parse_file(path, display_name=None) -> ParsedFile
    parse_bytes(data, name) -> ParsedFile
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.archive.importers import csvfile, jsonl, letter_page, quotes
from bot.archive.importers.textutil import decode_bytes
from bot.models import InputError, ParsedFile

MAX_FILE_BYTES = 50 * 1024 * 1024
ACCEPTED_EXTENSIONS = (".txt", ".csv", ".json", ".jsonl")

__all__ = ["ACCEPTED_EXTENSIONS", "MAX_FILE_BYTES", "parse_bytes", "parse_file"]


def _extension(name: str) -> str:
    return os.path.splitext(name.strip())[1].lower()


def _check_extension(name: str, shown: str) -> str:
    ext = _extension(name)
    if ext not in ACCEPTED_EXTENSIONS:
        what = f"unknown file type {ext!r}" if ext else "file name has no extension"
        raise InputError(shown, f"{what}; accepted: {', '.join(ACCEPTED_EXTENSIONS)}")
    return ext


def _too_big(shown: str) -> InputError:
    return InputError(shown, f"file is over {MAX_FILE_BYTES // (1024 * 1024)} MB")


def parse_file(path: str | Path, display_name: str | None = None) -> ParsedFile:
    """Read and parse a file; the format comes from the extension and the content.

    The size is checked before reading. Errors name ``display_name`` (default: the path).
    """
    path = Path(path)
    shown = display_name or str(path)
    ext = _check_extension(display_name or path.name, shown)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(shown)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise InputError(shown, "is a directory, not a file") from None
    except OSError as exc:
        raise InputError(shown, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:  # grew while we looked
        raise _too_big(shown)
    return _parse(data, shown, ext)


def parse_bytes(data: bytes, name: str) -> ParsedFile:
    """Parse a file received as bytes (e.g. through Telegram); ``name`` gives the extension."""
    ext = _check_extension(name, name)
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(name)
    return _parse(bytes(data), name, ext)


def _parse(data: bytes, shown: str, ext: str) -> ParsedFile:
    text, warnings = decode_bytes(data, shown)
    try:
        if ext == ".csv":
            parsed = csvfile.parse_csv(text, shown)
        elif ext == ".json":
            parsed = jsonl.parse_json(text, shown)
        elif ext == ".jsonl":
            parsed = jsonl.parse_jsonl(text, shown)
        elif letter_page.is_letter_page(text):
            parsed = letter_page.parse_letter_pages(text, shown)
        else:
            parsed = quotes.parse_quotes_text(text, shown)
    except RecursionError:
        raise InputError(shown, "content nested too deeply") from None
    parsed.warnings[:0] = warnings
    return parsed
