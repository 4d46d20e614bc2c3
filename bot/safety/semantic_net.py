"""The semantic second net of the crisis check (optional: needs the ``semantic`` extra).

The phrase rules (:mod:`bot.safety.detector`) run first and alone meet the required figures. When
they say "no", this net looks for indirect wording they do not know: it embeds the message and each
of its sentences (a crisis sentence buried in a long story is diluted in the whole-message
vector) with the encoder the matcher already uses (:func:`bot.matching.encoder.query_encoder`,
loaded once per process), and compares them with curated example sentences in
``bot/safety/data/crisis_examples.txt``:

- crisis examples, several languages, paraphrases of indirect wording;
- counter-examples: idioms ("this exam is killing me"), grief without risk, questions about
  helping someone else.

A unit (the message or one of its sentences) fires when its best cosine similarity to a crisis
example is at least :data:`THRESHOLD` and exceeds its best similarity to a counter-example by at
least :data:`MARGIN`. Both were picked on ``tests/data/crisis_labelled.tsv`` (see
:func:`tune`) and checked on the holdouts (``safety.evaluate_sets``).

The message is health data: it is never logged and never stored. The only thing kept is the
vector of the last message, keyed by a digest of its text (:func:`cached_vector`), so that a
matcher embedding the same text could reuse it.

No ``telegram`` import here.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bot.matching import encoder as sentence_encoder
from bot.safety import detector
from bot.safety.detector import CATEGORIES, CrisisCheck
from bot.text import sentences

log = logging.getLogger(__name__)

EXAMPLES_FILE = detector.DATA_DIR / "crisis_examples.txt"
#: Minimum cosine similarity to a crisis example, and minimum lead of that similarity over the
#: best counter-example. Picked with ``tune("tests/data/crisis_labelled.tsv",
#: max_net_false_alarms=0.015)``: the pair that lets the net alone catch the most crisis messages
#: of the labelled set (52%) while firing on at most 1.5% of its "ok" messages.
THRESHOLD = 0.62
MARGIN = 0.08
#: The model reads 256 word pieces; the whole-message unit is cut here (as the matcher does).
WHOLE_CHARS = 2000
#: Units embedded per message (a 20,000-character message has a few hundred sentences; the
#: rules read all of it, the net the first ones).
MAX_UNITS = 64
#: The whole message is a unit of its own only up to this length (longer, it is too diluted to
#: help and is the costliest text to embed).
WHOLE_MAX_CHARS = 800
#: Units are embedded in small batches of similar length: padding a batch to its longest text
#: would cost two to three times as much.
BATCH = 4
#: Sentences shorter than this (in words) are merged with the next one.
MIN_WORDS = 3
#: Sentences longer than this (in words) are also cut at commas.
LONG_WORDS = 30

_NOT_CRISIS = CrisisCheck(False, None, None)
_SECTION = re.compile(r"^\[(crisis (?P<cat>[a-z_]+)|ok)\]$")
_COMMA = re.compile(r"\s*,\s*")


# --------------------------------------------------------------------------------------
# The examples file
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Examples:
    """Crisis examples (with their category) and counter-examples."""

    crisis: tuple[str, ...]
    categories: tuple[str, ...]  # one per crisis example
    ok: tuple[str, ...]


def parse_examples(text: str, source: str = "crisis_examples.txt") -> Examples:
    """Parse the examples file format (see the header of bot/safety/data/crisis_examples.txt)."""
    crisis: list[str] = []
    categories: list[str] = []
    ok: list[str] = []
    section: str | None = None  # a category, or "" for [ok]
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            m = _SECTION.match(line)
            if not m or (m.group("cat") and m.group("cat") not in CATEGORIES):
                raise ValueError(f"{source}:{lineno}: bad section header {line!r}")
            section = m.group("cat") or ""
            continue
        if section is None:
            raise ValueError(f"{source}:{lineno}: example outside a section")
        if section:
            crisis.append(line)
            categories.append(section)
        else:
            ok.append(line)
    if not crisis or not ok:
        raise ValueError(f"{source}: needs both crisis examples and counter-examples")
    return Examples(tuple(crisis), tuple(categories), tuple(ok))


@lru_cache(maxsize=1)
def examples() -> Examples:
    """The examples file, parsed once."""
    return parse_examples(EXAMPLES_FILE.read_text(encoding="utf-8"), EXAMPLES_FILE.name)


# --------------------------------------------------------------------------------------
# Splitting a message into units
# --------------------------------------------------------------------------------------
def split_units(text: str) -> list[str]:
    """The texts embedded for a message: the message itself (when at most
    :data:`WHOLE_MAX_CHARS` long), then its sentences when it has more than one (short
    fragments merged with the next, very long sentences also cut at commas), at most
    :data:`MAX_UNITS` in all."""
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    if not text:
        return []
    whole = " ".join(text[:WHOLE_CHARS].split())
    pieces: list[str] = []
    for sentence in sentences(text, semicolons=True):
        sentence = " ".join(sentence.split())
        if not sentence:
            continue
        if len(sentence.split()) > LONG_WORDS:
            pieces.extend(p for p in _COMMA.split(sentence) if p)
        else:
            pieces.append(sentence)
    merged: list[str] = []
    carry = ""
    for piece in pieces:
        piece = f"{carry} {piece}".strip() if carry else piece
        if len(piece.split()) < MIN_WORDS:
            carry = piece
            continue
        carry = ""
        merged.append(piece)
    if carry:
        if merged:
            merged[-1] = f"{merged[-1]} {carry}"
        else:
            merged.append(carry)
    short = len(merged) <= 1 or len(text) <= WHOLE_MAX_CHARS
    units = [whole] if short else []
    for unit in merged:
        if unit != whole and unit not in units:
            units.append(unit)
        if len(units) >= MAX_UNITS:
            break
    return units


# --------------------------------------------------------------------------------------
# The net
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    """The best unit of a message: its similarity to the closest crisis example, to the closest
    counter-example, and that crisis example's category."""

    crisis_sim: float
    ok_sim: float
    category: str | None

    @property
    def lead(self) -> float:
        return self.crisis_sim - self.ok_sim

    def fires(self, threshold: float = THRESHOLD, margin: float = MARGIN) -> bool:
        return self.crisis_sim >= threshold and self.lead >= margin


_EMPTY = Verdict(0.0, 0.0, None)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class CrisisNet:
    """Crisis examples and counter-examples embedded once; messages compared with them."""

    def __init__(self, encoder: Any = None, example_set: Examples | None = None,
                 threshold: float = THRESHOLD, margin: float = MARGIN):
        self._encoder = encoder
        self._examples = example_set
        self.threshold = threshold
        self.margin = margin
        self._lock = threading.Lock()
        self._crisis = self._ok = None
        self._last: tuple[bytes, Any] | None = None  # (digest of a text, its vector)

    @property
    def encoder(self) -> Any:
        if self._encoder is None:
            # shared with the matcher: one model in memory
            self._encoder = sentence_encoder.query_encoder()
        return self._encoder

    def _matrices(self):
        if self._crisis is None:
            with self._lock:
                if self._crisis is None:
                    ex = self._examples or examples()
                    self._examples = ex
                    self._ok = self.encoder.encode(list(ex.ok))
                    self._crisis = self.encoder.encode(list(ex.crisis))
        return self._crisis, self._ok

    def warm(self) -> None:
        """Load the model and embed the examples now rather than on the first message."""
        self._matrices()

    def _encode_units(self, units: Sequence[str]):
        """Vectors of the units; the first (the whole message) comes from the cache when it was
        the last text embedded."""
        import numpy as np

        key = _digest(units[0])
        last = self._last
        if last is not None and last[0] == key:
            first = last[1][None, :]
            if len(units) == 1:
                return first
            return np.vstack([first, self.encoder.encode(list(units[1:]), batch_size=BATCH)])
        vecs = self.encoder.encode(list(units), batch_size=BATCH)
        self._last = (key, vecs[0].copy())
        return vecs

    def cached_vector(self, text: str):
        """The vector of ``text`` if it was the last message embedded here, else None (for a
        matcher embedding the same text)."""
        last = self._last
        if last is not None and last[0] == _digest(" ".join(text[:WHOLE_CHARS].split())):
            return last[1]
        return None

    def verdict(self, text: str) -> Verdict:
        """The best unit of a message (the one with the largest lead over the counter-examples
        among those above the threshold, else the one closest to a crisis example)."""
        text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> "?"
        units = split_units(text)
        if not units:
            return _EMPTY
        crisis, ok = self._matrices()
        vecs = self._encode_units(units)
        sims_c = vecs @ crisis.T  # units x crisis examples
        sims_o = vecs @ ok.T
        best_c = sims_c.max(axis=1)
        best_i = sims_c.argmax(axis=1)
        best_o = sims_o.max(axis=1)
        cats = self._examples.categories if self._examples is not None else ()
        verdicts = [Verdict(float(c), float(o), cats[int(i)])
                    for c, o, i in zip(best_c, best_o, best_i, strict=True)]
        firing = [v for v in verdicts if v.fires(self.threshold, self.margin)]
        if firing:
            return max(firing, key=lambda v: v.lead)
        return max(verdicts, key=lambda v: v.crisis_sim)

    def check(self, text: str) -> CrisisCheck:
        """Whether the net sees a crisis in the message."""
        v = self.verdict(text)
        if v.fires(self.threshold, self.margin):
            return CrisisCheck(True, v.category, f"semantic.{v.category}")
        return _NOT_CRISIS


# --------------------------------------------------------------------------------------
# Module-level entry points
# --------------------------------------------------------------------------------------
_net: CrisisNet | None = None
_net_lock = threading.Lock()


def _extra_installed() -> bool:
    return sentence_encoder.available() and EXAMPLES_FILE.is_file()


def available() -> bool:
    """True when the semantic extra is installed and the examples are there. Whether the net is
    switched on (``CRISIS_SEMANTIC``) is the caller's setting, passed to
    :func:`bot.replies.service.check`."""
    return _extra_installed()


def net() -> CrisisNet:
    """The shared net (examples embedded on first use)."""
    global _net
    with _net_lock:
        if _net is None:
            _net = CrisisNet()
        return _net


def cached_vector(text: str):
    """The last message's vector if ``text`` is that message (see CrisisNet.cached_vector)."""
    return _net.cached_vector(text) if _net is not None else None


_failed_once = False


def check_message(text: str) -> CrisisCheck:
    """The net's answer for a message the rules let through. Never raises.

    An internal error is logged (by type, never with the text) and counts as "no": the rules
    have already answered, and a broken optional model must not turn every message into a
    crisis reply.
    """
    global _failed_once
    if not isinstance(text, str) or not text.strip() or not available():
        return _NOT_CRISIS
    try:
        return net().check(text)
    except Exception as exc:  # an optional layer: never break the reply
        if not _failed_once:
            log.warning("semantic crisis net failed: %s", type(exc).__name__)
            _failed_once = True
        return _NOT_CRISIS


def check_combined(text: str) -> CrisisCheck:
    """Rules first; when they say no and the net is available, the net."""
    result = detector.check_message(text)
    if result.is_crisis or not available():
        return result
    return check_message(text)
