"""Shared text helpers: THE fold, words, sentence splitter and stem. Tokenizing like SQLite's
FTS5 `porter unicode61` tokenizer, English stop words and the Porter stemmer (the original 1980
algorithm, as SQLite implements it).

Pure functions; no database, no Telegram.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

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


# --- the language of a message ------------------------------------------------------------------
# Told by ``lingua-language-detector`` when it is installed (restricted to a handful of
# languages, built once and cached), else by a small stop-word count; only for messages long
# enough to tell. Used by the crisis triage (which encoder reads the message) and the replies
# (letters are in English).

#: Languages told apart (ISO 639-1), English included: the answer for everything else is None.
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "ru")
#: Shorter messages are not classified (too few words to tell "no" from "non").
MIN_CHARS = 20
MIN_WORDS = 4
MIN_CONFIDENCE = 0.75
_LANGUAGE_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def language_words(text: str) -> list[str]:
    """Folded words, apostrophes inside them dropped ("don't" -> "dont")."""
    return [w.replace("'", "") for w in _LANGUAGE_WORD.findall(fold(text.replace("’", "'")))]


_STOP_TEXT: dict[str, str] = {
    "en": "the and i my me is it to of a in that he she we you with for was not but "
          "have this are be what how do at so my they about feel",
    "es": "el la los las y que de mi me es en no con por para una un lo pero se muy "
          "estoy siento tengo porque como mas esta yo",
    "pt": "o a os as e que de meu minha me nao com por para uma um mas se muito "
          "estou sinto tenho porque como mais esta eu voce isso",
    "fr": "le la les et que de mon ma me je est en ne pas avec pour une un mais se "
          "tres suis sens ai parce comme plus cette il elle",
    "de": "der die das und ich mein meine mich ist nicht mit fur ein eine aber sich "
          "sehr bin fuhle habe weil wie mehr es zu",
    "it": "il la le e che di mio mia mi non con per una un ma si molto sono sento ho "
          "perche come piu questa io lui lei",
}
_STOPWORDS = {lang: frozenset(words.split()) for lang, words in _STOP_TEXT.items()}


def _cyrillic_share(text: str) -> float:
    """The share of the letters that are Cyrillic (0 without letters)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "CYRILLIC" in unicodedata.name(ch, "")) / len(letters)


def _stopword_counts(words: list[str],
                     vocabulary: dict[str, frozenset[str]] = _STOPWORDS) -> dict[str, int]:
    """How many of the words are in each language's ``vocabulary`` (its common words)."""
    return {lang: sum(1 for w in words if w in known) for lang, known in vocabulary.items()}


def _by_stopwords(text: str) -> tuple[str | None, float]:
    """(language, confidence) from stop-word counts; Cyrillic script is Russian here."""
    if _cyrillic_share(text) > 0.6:
        return "ru", 1.0
    words = language_words(text)
    if len(words) < MIN_WORDS:
        return None, 0.0
    counts = _stopword_counts(words)
    best = max(counts, key=lambda lang: counts[lang])
    total = sum(counts.values())
    if counts[best] < 2 or not total:
        return None, 0.0
    return best, counts[best] / total


@lru_cache(maxsize=1)
def _lingua_detector() -> Any:
    """The lingua detector for :data:`LANGUAGES` only, built once; None when not installed."""
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    wanted = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
              for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*wanted).build()


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the message's language among :data:`LANGUAGES`, or None when
    the message is too short or the language is unclear."""
    text = text.strip()
    if len(text) < MIN_CHARS or len(text.split()) < MIN_WORDS:
        return None
    detector = _lingua_detector()
    if detector is not None:
        values = detector.compute_language_confidence_values(text)
        if not values:
            return None
        top = values[0]
        if top.value < MIN_CONFIDENCE:
            return None
        return str(top.language.iso_code_639_1.name).lower()
    lang, confidence = _by_stopwords(text)
    return lang if lang is not None and confidence >= 0.5 else None


#: More words that tell a short message's language: greetings, thanks, goodbyes and everyday
#: words ("hola, buenas tardes", "ya no le veo sentido a nada", "merci, bonne soirée à vous"
#: had no common word of their language, or tied with English, and were read as English).
#: Folded; none is an English word.
_SHORT_CUES: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": "hi hello thanks thank bye you your just can im dont its",
    "es": "le les del al ya nada todo todos hola gracias buenas buenos dias noches hasta luego "
          "vale pues tu te su sus nos hay ser fue era solo ahora algo alguien nadie siempre "
          "nunca tambien donde cuando quiero puedo hacer chao adios mucho",
    "pt": "do da dos das na nas ao ja tudo todos ola obrigado obrigada valeu boa bom dia "
          "noite tchau ate tu te seu sua ele ela ser foi agora alguem ninguem sempre nunca "
          "tambem onde quando quero posso fazer nada",
    "fr": "au aux du des vous tu nous il ils on ce ces sa son ses lui leur merci bonjour "
          "bonsoir salut oui tous tout toute rien jamais toujours aussi quand veux peux "
          "faire bonne soiree journee nuit demain",
    "de": "du sie wir er ihr auf im dem des von bei nach auch noch schon nur hallo danke "
          "bitte tschuss gute guten tag nacht abend bis alles nichts immer nie wo wann "
          "kann machen ja nein mir dir jetzt hab",
    "it": "del della dei delle al alla lo gli ci ti tu lui noi voi grazie ciao buongiorno "
          "buonasera buonanotte sera notte domani tutto tutti niente nulla sempre mai anche "
          "dove quando voglio posso fare gia",
}.items()}


#: Words of English that are common words of another language too ("a", "me", "do"; "in" in
#: German and Italian, German's "die"): they tell neither. Counted, they tied "me voy a matar
#: ya", "a las 12 me mato" and "sorella chiusa in bagno con lametta" with English, and the
#: English speller then read "matar" as "qatar" and "mato" as "matt"; and "die" alone made
#: "just let me die in peace" German. ("in" and "die" are named apart: "in" is kept out of
#: the German and Italian common words, which :func:`language_of` would count in English
#: messages, and "die" is no common word of English.)
_SHARED_WITH_ENGLISH = frozenset({"in", "die"}) | (_STOPWORDS["en"] | _SHORT_CUES["en"]) & (
    frozenset().union(*(words for vocabulary in (_STOPWORDS, _SHORT_CUES)
                        for lang, words in vocabulary.items() if lang != "en")))


def reads_as_english(text: str, language: str | None) -> bool:
    """Whether a message is best read as English, given its :func:`language_of`: False for
    Cyrillic script or when another language's common words (and :data:`_SHORT_CUES`)
    outnumber English ones, however short the message (words common in English and in another
    language count for neither); on a tie, True only when every letter is a plain ASCII one
    (no "ñ", "é" or "ü"), so "hola, buenos días" is not English."""
    if language == "en":
        return True
    if _cyrillic_share(text) > 0.5:
        return False
    words = [w for w in language_words(text) if w not in _SHARED_WITH_ENGLISH]
    common, cues = _stopword_counts(words), _stopword_counts(words, _SHORT_CUES)
    counts = {lang: common[lang] + cues[lang] for lang in common}
    other = max(v for lang, v in counts.items() if lang != "en")
    if counts["en"] != other:
        return counts["en"] > other
    return all(ch.isascii() for ch in text if ch.isalpha())
