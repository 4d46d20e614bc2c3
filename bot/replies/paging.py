"""Whole letters in parts, split once per letter: "Next part" must not re-split the letter.

Splitting a long letter into Telegram-sized HTML parts costs time proportional to the whole
letter; a small cache keyed by the letter's id and content signature keeps each further part
cheap. No message text is involved here, only stored letters.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from bot.models import StoredLetter
from bot.replies import render
from bot.replies.render import Reply

CACHED_LETTERS = 64

_cache: OrderedDict[tuple[object, ...], list[str]] = OrderedDict()
_lock = threading.Lock()


def _signature(letter: StoredLetter) -> tuple[object, ...]:
    """Changes whenever anything shown in the parts can have changed (cheap: lengths, ids)."""
    return (letter.id, letter.key, letter.title, len(letter.question), hash(letter.question),
            letter.asker_name, letter.asker_age, tuple(letter.topics), letter.source_url,
            tuple((a.id, len(a.text), hash(a.text), a.answerer, a.credentials)
                  for a in letter.answers))


def letter_parts(letter: StoredLetter) -> list[str]:
    """:func:`bot.replies.render.letter_parts`, computed once per letter version."""
    key = _signature(letter)
    with _lock:
        parts = _cache.get(key)
        if parts is not None:
            _cache.move_to_end(key)
            return parts
    parts = render.letter_parts(letter)
    with _lock:
        _cache[key] = parts
        while len(_cache) > CACHED_LETTERS:
            _cache.popitem(last=False)
    return parts


def render_letter_part(letter: StoredLetter, part: int = 0) -> Reply:
    """One part of a whole letter, with its buttons, from the cached parts."""
    return render.render_letter_part(letter, part, parts=letter_parts(letter))


def clear() -> None:
    """Forget every cached letter (tests)."""
    with _lock:
        _cache.clear()
