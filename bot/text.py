"""Shared text helpers: THE fold, words, sentence splitter and stem. Tokenizing like SQLite's
FTS5 `porter unicode61` tokenizer, English stop words and the Porter stemmer (the original 1980
algorithm, as SQLite implements it).

Pure functions; no database, no Telegram.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# unicode61 keeps letters and digits and splits on everything else (underscore included).
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# A sentence ends after . ! ? or … followed by a space, at a line break, or where a capital
# letter or an opening quote is glued to the end mark ("...alone.He said").
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\s*\n+\s*|(?<=[.!?…])(?=[A-ZÀ-Ý\"“])")
# The same, also cutting after semicolons (the crisis net's units).
_SENTENCE_OR_CLAUSE = re.compile(r"(?<=[.!?…;])\s+|\s*\n+\s*|(?<=[.!?…])(?=[A-ZÀ-Ý\"“])")

# A general English list (articles, pronouns, auxiliaries, prepositions, conjunctions, negations:
# BM25 can't use "not" anyway) plus the fillers people put around a question ("hi", "thanks").
_STOP_WORDS_TEXT = """
    a about above after again against all also am an and any are aren as at be because been
    before being below between both but by can cannot could couldn did didn do does doesn doing
    don down during each else ever every few for from further get gets getting got had hadn has
    hasn have haven having he her here hers herself him himself his how however i if im in into
    is isn it its itself ive just let like ll me might mine more most much must mustn my myself
    no nor not now of off often on once only or other ought our ours ourselves out over own
    per please quite rather re really s same say says shall shan she should shouldn since so
    some still such t than thank thanks that the their theirs them themselves then there these
    they this those though through thus to too toward towards under until up upon us ve very
    via was wasn we were weren what whatever when whenever where whether which while who whom
    whose why will with within without won would wouldn yet you your yours yourself yourselves
    hi hello hey dear d m y o ok okay yes yeah maybe lot lots thing things something anything
    everything nothing someone anyone everyone one
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS_TEXT.split())


def fold(text: str) -> str:
    """Lower-case and strip diacritics (what unicode61 `remove_diacritics 2` does)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """All tokens of `text`, folded, in order (the unicode61 view of the text)."""
    return _TOKEN.findall(fold(text))


def content_words(text: str, limit: int | None = None) -> list[str]:
    """Distinct tokens that are not stop words, in order of first appearance.

    Pure digits and one-letter tokens are dropped. `limit` caps how many are returned (a
    10,000-character message must not turn into a 2,000-term query).
    """
    seen: dict[str, None] = {}
    for tok in words(text):
        if len(tok) < 2 or tok in STOP_WORDS or tok.isdigit() or tok in seen:
            continue
        seen[tok] = None
        if limit is not None and len(seen) >= limit:
            break
    return list(seen)


def sentences(text: str, *, semicolons: bool = False) -> list[str]:
    """Split text into sentences (roughly), stripped, empty ones dropped: THE sentence splitter
    (excerpts, the crisis net's units, the benchmark's synthetic letters). With
    ``semicolons`` a semicolon ends a sentence too."""
    pattern = _SENTENCE_OR_CLAUSE if semicolons else _SENTENCE
    return [s.strip() for s in pattern.split(text) if s and s.strip()]


# --- the Porter stemmer ---------------------------------------------------------------------

_VOWELS = frozenset("aeiou")


def _is_cons(w: str, i: int) -> bool:
    ch = w[i]
    if ch in _VOWELS:
        return False
    if ch == "y":
        return i == 0 or not _is_cons(w, i - 1)
    return True


def _measure(w: str) -> int:
    """m in [C](VC)^m[V] for the stem `w`."""
    n = 0
    i = 0
    length = len(w)
    while i < length and _is_cons(w, i):
        i += 1
    while i < length:
        while i < length and not _is_cons(w, i):
            i += 1
        if i >= length:
            break
        while i < length and _is_cons(w, i):
            i += 1
        n += 1
    return n


def _has_vowel(w: str) -> bool:
    return any(not _is_cons(w, i) for i in range(len(w)))


def _double_cons(w: str) -> bool:
    return len(w) >= 2 and w[-1] == w[-2] and _is_cons(w, len(w) - 1)


def _cvc(w: str) -> bool:
    """*o: the stem ends consonant-vowel-consonant, the last not w, x or y."""
    if len(w) < 3:
        return False
    n = len(w)
    return (
        _is_cons(w, n - 3)
        and not _is_cons(w, n - 2)
        and _is_cons(w, n - 1)
        and w[-1] not in "wxy"
    )


_STEP2 = [
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("logi", "log"), ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"),
    ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"),
    ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
    ("iviti", "ive"), ("biliti", "ble"),
]
_STEP3 = [
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
    ("ful", ""), ("ness", ""),
]
_STEP4 = [
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
    "ou", "ism", "ate", "iti", "ous", "ive", "ize",
]


def _replace_first(w: str, rules: list[tuple[str, str]], min_m: int) -> str:
    # The longest matching suffix decides; if its condition fails nothing changes.
    best = None
    for suffix, repl in rules:
        if w.endswith(suffix) and (best is None or len(suffix) > len(best[0])):
            best = (suffix, repl)
    if best is None:
        return w
    stem = w[: len(w) - len(best[0])]
    return stem + best[1] if _measure(stem) > min_m else w


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Porter stem of one folded token (words under 3 or over 64 bytes pass through)."""
    w = word
    if len(w) < 3 or len(w.encode("utf-8")) > 64:
        return w
    # step 1a
    if w.endswith("sses") or w.endswith("ies"):
        w = w[:-2]
    elif w.endswith("ss"):
        pass
    elif w.endswith("s"):
        w = w[:-1]
    # step 1b
    extra = False
    if w.endswith("eed"):
        if _measure(w[:-3]) > 0:
            w = w[:-1]
    elif w.endswith("ed") and _has_vowel(w[:-2]):
        w = w[:-2]
        extra = True
    elif w.endswith("ing") and _has_vowel(w[:-3]):
        w = w[:-3]
        extra = True
    if extra:
        if w.endswith(("at", "bl", "iz")):
            w += "e"
        elif _double_cons(w) and w[-1] not in "lsz":
            w = w[:-1]
        elif _measure(w) == 1 and _cvc(w):
            w += "e"
    # step 1c
    if w.endswith("y") and _has_vowel(w[:-1]):
        w = w[:-1] + "i"
    # steps 2 and 3
    w = _replace_first(w, _STEP2, 0)
    w = _replace_first(w, _STEP3, 0)
    # step 4
    best = None
    for suffix in _STEP4:
        if w.endswith(suffix) and (best is None or len(suffix) > len(best)):
            best = suffix
    if best is not None:
        s = w[: len(w) - len(best)]
        if _measure(s) > 1 and (best != "ion" or s.endswith(("s", "t"))):
            w = s
    # step 5a
    if w.endswith("e"):
        s = w[:-1]
        m = _measure(s)
        if m > 1 or (m == 1 and not _cvc(s)):
            w = s
    # step 5b
    if _measure(w) > 1 and _double_cons(w) and w.endswith("l"):
        w = w[:-1]
    return w
