"""The trained wording model: three tiers from a message's character n-grams.

A linear model (scikit-learn's ``TfidfVectorizer(analyzer="char_wb")`` and a multinomial
logistic regression, rebuilt by ``data/safety/train_classifier.py`` into
``data/crisis_wording.json`` beside this module) over the n-grams of the message's words, as
normalized and folded (lower case, no accents). Where the sentence-vector classifier
(:mod:`bot.safety.classifier`) reads meaning, this one reads words and their pieces in any
language and spelling ("thinkng", "unalive", "tabletten"). It needs no encoder, only numpy, so
it also runs without the semantic extra.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from bot.safety.classifier import CLASSES, Weights, array

RESOURCE = "crisis_wording.json"
#: Thresholds that never fire (probabilities are at most 1), as the form
#: :func:`bot.safety.triage.combine` takes.
NEVER = Weights(coef=None, intercept=None, threshold_high=2.0, threshold_any=2.0)
#: The words read of a message (a real message is all of them; a pasted book is not).
MAX_WORDS = 5_000


@dataclass(frozen=True)
class WordingModel:
    """The n-gram sizes (``low`` to ``high``), each n-gram's column (``index``), the columns'
    idf and class weights (``coef``: 3 x columns, rows in :data:`CLASSES` order) and the class
    intercepts; the thresholds when this model judges alone (``alone``: no sentence vectors)
    and in a message too short for the networks (``short``: there it only adds to the rules,
    never vetoes them, and says at most ``possible``, as a fragment such as "ciao a tutti" is
    too thin for crisis lines alone and a risky one still gets them first). Each word's
    columns (:func:`columns`) are kept: ``common`` for the corpus's most common words, looked
    up when the model is read, and ``cache`` for the others as they come."""

    low: int
    high: int
    index: dict[str, int]
    idf: Any
    coef: Any
    intercept: Any
    alone: Weights = NEVER
    short: Weights = NEVER
    common: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WordingModel:
        """From the model file's fields (classes in any order; a threshold left out never
        fires)."""
        import numpy as np

        order = [data["classes"].index(c) for c in CLASSES]
        low, high = data["ngram_range"]
        wording = cls(
            low=int(low), high=int(high),
            index={gram: n for n, gram in enumerate(data["vocabulary"])},
            idf=array(data["idf"]).astype(np.float64),
            coef=np.vstack([array(data["coef"][k]) for k in order]).astype(np.float64),
            intercept=np.asarray(data["intercept"], dtype=np.float64)[order],
            alone=replace(NEVER, threshold_high=float(data.get("threshold_high", 2.0)),
                          threshold_any=float(data.get("threshold_any", 2.0)),
                          threshold_veto=float(data.get("threshold_veto", 0.0)),
                          threshold_clear=float(data.get("threshold_clear", 0.0))),
            short=replace(NEVER, threshold_any=float(data.get("threshold_any_short", 2.0))),
        )
        common = data.get("common_words", [])
        wording.common.update(zip(common, _columns_of(common, wording), strict=True))
        return wording


@lru_cache(maxsize=1)
def model() -> WordingModel:
    """The shipped model (read once)."""
    text = resources.files("bot.safety").joinpath("data", RESOURCE).read_text(encoding="utf-8")
    return WordingModel.from_dict(json.loads(text))


class _MarkTable(dict[int, int | None]):
    """A ``str.translate`` table that drops combining characters, filled in as characters are
    first seen."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_NO_MARKS = _MarkTable()


def folded(text: str) -> str:
    """The text the model reads: case-folded, accents stripped (NFKD, combining marks
    dropped), as in training."""
    text = text.casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text).translate(_NO_MARKS)


def ngrams(word: str, low: int, high: int) -> list[str]:
    """The character n-grams of one word, padded with a space on both sides (scikit-learn's
    ``char_wb`` analyzer; a word shorter than an n-gram size counts once, whole)."""
    padded = f" {word} "
    size = len(padded)
    if size > high:  # most words: every size fits
        return [padded[i:i + n] for n in range(low, high + 1) for i in range(size - n + 1)]
    grams: list[str] = []
    for n in range(low, high + 1):
        if size <= n:
            grams.append(padded)
            break
        grams.extend(padded[i:i + n] for i in range(size - n + 1))
    return grams


#: Words outside the common ones whose columns are kept (emptied when full).
WORD_CACHE = 50_000


def _columns_of(words: list[str], wording: WordingModel) -> list[Any]:
    """The columns of each word's n-grams (-1: an n-gram the model does not know), all looked
    up in one pass."""
    import numpy as np

    get = wording.index.get
    grams = [ngrams(word, wording.low, wording.high) for word in words]
    flat = np.array([get(gram, -1) for each in grams for gram in each], dtype=np.int64)
    ends = np.cumsum([len(each) for each in grams], dtype=np.int64)
    return np.split(flat, ends[:-1]) if words else []


def columns(words: list[str], wording: WordingModel) -> Any:
    """The model's columns of the words' known n-grams, one per occurrence (safe to call from
    several threads: a word looked up here is used from here, whatever the cache does)."""
    import numpy as np

    common, cache = wording.common, wording.cache
    parts: list[Any] = [common.get(word) for word in words]
    parts = [cache.get(word) if part is None else part
             for word, part in zip(words, parts, strict=True)]
    missing = list(dict.fromkeys(word for word, part in zip(words, parts, strict=True)
                                 if part is None))
    if missing:
        learnt = dict(zip(missing, _columns_of(missing, wording), strict=True))
        if len(cache) + len(learnt) > WORD_CACHE:
            cache.clear()
        cache.update(learnt)
        parts = [learnt[word] if part is None else part
                 for word, part in zip(words, parts, strict=True)]
    found: Any = np.concatenate(parts)
    return found[found >= 0]


def probabilities(text: str, wording: WordingModel | None = None) -> Any:
    """P(none), P(possible), P(high) of a :func:`folded` text (a numpy vector)."""
    import numpy as np

    wording = wording or model()
    logits = wording.intercept.copy()
    words = text.lower().split()[:MAX_WORDS]
    if words:
        found, tf = np.unique(columns(words, wording), return_counts=True)
        if len(found):
            weights = (1.0 + np.log(tf)) * wording.idf[found]
            weights /= np.sqrt(weights @ weights)  # the vectorizer's unit-length rows
            logits += wording.coef[:, found] @ weights
    p = np.exp(logits - logits.max())
    return p / p.sum()


def scores(text: str, wording: WordingModel | None = None) -> tuple[float, float]:
    """(P(high), P(possible or high)) of a :func:`folded` text."""
    p = probabilities(text, wording)
    return float(p[2]), float(p[1] + p[2])
