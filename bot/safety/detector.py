"""The crisis rules: spot messages from people in danger.

A person in danger must get crisis resources first, before any letter from the archive.
:func:`check_message` decides whether a message needs them (the lines to show are in
:mod:`bot.safety.lines`). The phrases live in ``bot/safety/data/crisis_phrases.txt``, reviewed
like code.

This module must stay free of Telegram imports so that it can be tested and reused alone.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

try:  # the regex parser, to find the words a rule cannot match without (a cheap gate)
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: every rule runs, only slower
    _sre = _sre_parse = None

log = logging.getLogger(__name__)

#: The safety data, shipped as package data (bot/safety/data/).
DATA_DIR = resources.files("bot.safety") / "data"
PHRASES_FILE = DATA_DIR / "crisis_phrases.txt"

CATEGORIES = ("suicide", "self_harm", "overdose", "violence", "child_abuse")
# Languages written without spaces between words: rules match without word boundaries.
_NO_BOUNDARY_LANGS = frozenset({"zh", "ja", "ko", "th", "hi", "ar"})
_KNOWN_FLAGS = frozenset({"any", "np", "nopast", "noneg", "acc", "hyp", "topic"})
# The @define names that the checks below read.
_GUARDS = ("NEGATION", "BRIDGE", "FIRST", "I_PRONOUN", "OTHER_PRONOUN", "OTHER_NOUN",
           "CLAUSE_BREAK", "IMMINENT", "DISTANT", "RECENT", "RELAPSE", "ACCIDENT", "PURPOSE",
           "HYPERBOLE", "TOPIC")
_FUZZY_MIN_LEN = 5
# How far (in characters) from a match a far-past marker ("years ago") must be to count.
_PAST_WINDOW = 60
_FUZZY_CUTOFF = 80.0


# --------------------------------------------------------------------------------------
# Public data classes
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CrisisCheck:
    """Whether a message needs crisis resources first, and which rule said so."""

    is_crisis: bool
    category: str | None  # "suicide", "self_harm", "overdose", "violence", "child_abuse"
    rule: str | None  # id of the rule that fired, e.g. "en.want_die" (never the user's text)


_NOT_CRISIS = CrisisCheck(False, None, None)


# --------------------------------------------------------------------------------------
# Text normalization
# --------------------------------------------------------------------------------------
_APOSTROPHES = str.maketrans({
    **dict.fromkeys("\u2019\u2018\u02bc\u02bb`\u00b4\u2032\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f", '"'),
})
_QUOTING_APOSTROPHE = re.compile(r"(?<!\w)'|'(?!\w)")  # 'like this', not don't
_SQUEEZE = re.compile(r"([^\W\d_])\1+")
_SQUEEZE_IN_PATTERN = re.compile(r"(?<!\\)([^\W\d_])\1+")
_SENTENCE_PUNCT = re.compile(r"[.!?;:\u2026\n\r\u3002\uff01\uff1f\u061f\u0964]+")
_COMMAS = re.compile(r"[,\uff0c\u3001\u060c]+")
_QUOTES = re.compile(r'"+')
_OTHER_SYMBOLS = re.compile(r'[^\w.,"]+|_+')
_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


def _fold(text: str) -> str:
    """NFKC, case-fold, straighten quotes, strip accents and other combining marks."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    if text.isascii():
        return text
    stripped = unicodedata.normalize("NFD", text).translate(_NO_MARKS)
    return unicodedata.normalize("NFC", stripped)


class _MarkTable(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks (Unicode category M), filled in
    as characters are first seen."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.category(chr(code)).startswith("M") else code
        self[code] = value
        return value


_NO_MARKS = _MarkTable()


def _squeeze(text: str) -> str:
    """Collapse every run of one repeated letter to a single letter ("diieee" -> "die")."""
    return _SQUEEZE.sub(r"\1", text)


def _prepare_pattern(pattern: str) -> str:
    """Give a data-file pattern the same folding and squeezing as the text it runs on."""
    if _UPPER_ESCAPE.search(pattern):
        raise ValueError(f"upper-case escape in pattern (text is case-folded): {pattern!r}")
    return _SQUEEZE_IN_PATTERN.sub(r"\1", _fold(pattern))


# --------------------------------------------------------------------------------------
# The phrase file
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    rule_id: str
    category: str
    lang: str
    flags: frozenset[str]
    regex: re.Pattern[str]
    bounded: bool  # must start at a word boundary
    #: sets of strings, one string of each in every text the rule matches, the most selective
    #: first (:func:`needed_clauses`; none known: the rule always runs)
    needs: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True)
class _Sub:
    regex: re.Pattern[str]
    replacement: str
    bounded: bool  # must start at a word boundary
    #: strings one of which is in every text the rewrite matches (empty: not known)
    needs: frozenset[str] = frozenset()

    def apply(self, text: str) -> str:
        """The text with this rewrite applied."""
        if self.needs and not any(s in text for s in self.needs):
            return text  # it cannot match
        if not self.bounded:
            return self.regex.sub(self.replacement, text)

        def repl(m: re.Match[str]) -> str:
            if m.start() and text[m.start() - 1].isalnum():
                return m.group(0)
            return m.expand(self.replacement)

        return self.regex.sub(repl, text)


@dataclass(frozen=True)
class _Lexicon:
    rules: tuple[_Rule, ...]
    subs: tuple[_Sub, ...]
    fuzzy_words: tuple[str, ...]
    keep_words: frozenset[str]
    guards: dict[str, re.Pattern[str]]
    #: the strings of every set of every rule (:attr:`_Rule.needs`), by their first ``_KEY``
    #: characters (all of a string shorter than that)
    needed: dict[str, tuple[str, ...]]
    #: the rules (indices into ``rules``) by the strings of their most selective set
    rules_needing: dict[str, tuple[int, ...]]
    always: tuple[int, ...]  # the rules with no needed strings
    longest: int  # the length of the longest string in ``needed``
    negation_tail: re.Pattern[str]
    pronoun: re.Pattern[str]  # group "o": someone else, group "f": the writer
    relative: re.Pattern[str]  # "my friend who (keeps) ..." right before a match
    mention: re.Pattern[str]  # any mention of a person: group "o" someone else, "f" writer


_DEFINE_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SECTION = re.compile(r"^\[([a-z_]+)\s+([a-z]{2,3})\]$")
_RULE_LINE = re.compile(r"^([a-z0-9_]+)(?:\[([a-z,]+)\])?\s+(.+)$")


def _expand(pattern: str, defines: dict[str, str], where: str) -> str:
    """Replace every {NAME} by its @define (recursively)."""
    for _ in range(10):
        if not _DEFINE_REF.search(pattern):
            return pattern

        def repl(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in defines:
                raise ValueError(f"{where}: unknown define {{{name}}}")
            return defines[name]

        pattern = _DEFINE_REF.sub(repl, pattern)
    raise ValueError(f"{where}: defines nested too deeply")


def _compile(pattern: str, where: str, boundaries: bool = True) -> re.Pattern[str]:
    """Compile a data-file pattern; with ``boundaries`` it must end at a word boundary.

    The left boundary is checked by the caller (see :func:`_matches`): a leading look-behind
    would stop the regex engine from skipping quickly to the possible first letters.
    """
    pattern = _prepare_pattern(pattern)
    if boundaries:
        pattern = rf"(?:{pattern})(?!\w)"
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{where}: bad pattern: {exc}") from exc


#: Needed strings shorter than this are in nearly every text: such a rule always runs.
_MIN_NEEDED = 3
#: Needed strings are looked up by their first characters, at most this many.
_KEY = 4


def needed_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which is in every text that ``pattern`` matches (None when the parse
    finds no such set of strings of at least ``_MIN_NEEDED`` characters): the most selective
    of :func:`needed_clauses`.

    A rule whose strings are all absent from a message cannot match it, and most messages
    contain none of a rule's words: checking them first spares most of the regex searches."""
    clauses = needed_clauses(pattern)
    return max(clauses, key=_selectivity) if clauses else None


def needed_clauses(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every text ``pattern`` matches contains a string of each set
    ("i want to (?:die|kil myself)" -> {"i want to "}, {"die", "kil myself"}), the most
    selective first, keeping the sets whose strings all have at least ``_MIN_NEEDED``
    characters; () when the parse finds none."""
    if _sre_parse is None:
        return ()
    try:
        found = _clauses(_sre_parse.parse(pattern))
    except Exception:  # an unusual construct: the rule always runs
        return ()
    kept = (c for c in found if min(map(len, c)) >= _MIN_NEEDED)
    return tuple(sorted(dict.fromkeys(kept), key=_selectivity, reverse=True))


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)


def _clauses(sequence: Any) -> list[frozenset[str]]:
    """The needed-string sets of a parsed sequence (see needed_clauses), unfiltered."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in sequence:
        if op is _sre.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        if op is _sre.SUBPATTERN:
            found += _clauses(arg[-1])
        elif op is _sre.ATOMIC_GROUP:
            found += _clauses(arg)
        elif op is _sre.BRANCH:
            # one string of some branch: each branch's most selective set, joined
            best = [max(sets, key=_selectivity, default=None)
                    for sets in (_clauses(branch) for branch in arg[1])]
            if all(best):
                found.append(frozenset().union(*best))  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found += _clauses(arg[2])
        # anything else (classes, any character, anchors, look-arounds) needs no string
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _compile_guard(pattern: str, where: str) -> re.Pattern[str]:
    """Compile a context pattern matched on whole words."""
    return _compile(rf"(?<!\w)(?:{pattern})", where)


def parse_phrases(text: str, source: str = "crisis_phrases.txt") -> _Lexicon:
    """Parse the phrase file format (see the header of bot/safety/data/crisis_phrases.txt)."""
    defines: dict[str, str] = {}
    subs: list[_Sub] = []
    fuzzy: list[str] = []
    keep: set[str] = set()
    rules: list[_Rule] = []
    section: tuple[str, str] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{source}:{lineno}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@define "):
            _, name, body = line.split(None, 2)
            defines[name] = _expand(body, defines, where)
        elif line.startswith("@sub "):
            body = line[len("@sub "):]
            if " => " not in body:
                raise ValueError(f"{where}: @sub needs 'pattern => replacement'")
            pat, repl = (part.strip() for part in body.split(" => ", 1))
            pat = _expand(pat, defines, where)
            bounded = pat.startswith("\\b")  # checked in _Sub.apply: faster than in the regex
            regex = _compile(pat[2:] if bounded else pat, where, False)
            subs.append(_Sub(regex, _squeeze(_fold(repl)), bounded,
                             needed_strings(regex.pattern) or frozenset()))
        elif line.startswith("@fuzzy "):
            fuzzy.extend(_squeeze(_fold(w)) for w in line.split()[1:])
        elif line.startswith("@keep "):
            keep.update(_squeeze(_fold(w)) for w in line.split()[1:])
        elif line.startswith("["):
            m = _SECTION.match(line)
            if not m or m.group(1) not in CATEGORIES:
                raise ValueError(f"{where}: bad section header {line!r}")
            section = (m.group(1), m.group(2))
        else:
            m = _RULE_LINE.match(line)
            if not m or section is None:
                raise ValueError(f"{where}: expected 'id[flags] pattern' inside a section")
            flags = frozenset(filter(None, (m.group(2) or "").split(",")))
            if not flags <= _KNOWN_FLAGS:
                raise ValueError(f"{where}: unknown flag(s) {sorted(flags - _KNOWN_FLAGS)}")
            category, lang = section
            pattern = _expand(m.group(3), defines, where)
            bounded = lang not in _NO_BOUNDARY_LANGS
            regex = _compile(pattern, where, bounded)
            rules.append(_Rule(f"{lang}.{m.group(1)}", category, lang, flags, regex, bounded,
                               needed_clauses(regex.pattern)))
    missing = [g for g in _GUARDS if g not in defines]
    if missing:
        raise ValueError(f"{source}: missing @define {', '.join(missing)}")
    guards = {g: _compile_guard(defines[g], f"{source}:@define {g}") for g in _GUARDS}
    neg, bridge, i_pron, other_pron, other_noun, other, first = (
        _prepare_pattern(defines[name])
        for name in ("NEGATION", "BRIDGE", "I_PRONOUN", "OTHER_PRONOUN", "OTHER_NOUN", "OTHER",
                     "FIRST"))
    negation_tail = re.compile(rf"(?<!\w)(?:{neg})(?: (?:{bridge})){{0,3}}$")
    pronoun = re.compile(rf"(?<!\w)(?:(?P<o>{other_pron})|(?P<f>{i_pron}))(?!\w)")
    relative = re.compile(
        rf"(?<!\w)(?:{other_noun}|{other_pron}) (?:who|whos|that|which)(?: \w+){{0,3}}$")
    mention = re.compile(rf"(?<!\w)(?:(?P<o>{other})|(?P<f>{first}))(?!\w)")
    needed: dict[str, list[str]] = {}  # every clause's strings: the clauses are checked on sets
    for string in sorted({s for rule in rules for clause in rule.needs for s in clause}):
        needed.setdefault(string[:_KEY], []).append(string)
    rules_needing: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for string in rule.needs[0] if rule.needs else ():
            rules_needing.setdefault(string, []).append(i)
    return _Lexicon(tuple(rules), tuple(subs), tuple(dict.fromkeys(fuzzy)), frozenset(keep),
                    guards, {k: tuple(v) for k, v in needed.items()},
                    {k: tuple(v) for k, v in rules_needing.items()},
                    tuple(i for i, rule in enumerate(rules) if not rule.needs),
                    max((len(s) for strings in needed.values() for s in strings), default=0),
                    negation_tail, pronoun, relative, mention)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """The phrase file, parsed once."""
    return parse_phrases(PHRASES_FILE.read_text(encoding="utf-8"), PHRASES_FILE.name)


@lru_cache(maxsize=16384)
def _correct_token(token: str) -> str:
    """A misspelt key word corrected to the key word ("sucide" -> "suicide")."""
    lex = _lexicon()
    if (len(token) < _FUZZY_MIN_LEN or not token.isalpha() or token in lex.keep_words
            or token in lex.fuzzy_words):
        return token
    # Typos rarely hit the first letter; requiring it keeps "alive" from becoming "unalive".
    choices = [w for w in lex.fuzzy_words if w[0] == token[0]]
    best = process.extractOne(token, choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return best[0] if best else token


def normalize(text: str) -> str:
    """The text as the rules see it: folded, squeezed, rewritten, one space between tokens.

    Sentence ends become " . ", commas " , " and quotation marks ' " '; every other symbol
    or emoji is dropped.
    """
    lex = _lexicon()
    text = _squeeze(_fold(text))
    for sub in lex.subs:
        text = sub.apply(text)
    text = _QUOTING_APOSTROPHE.sub('"', text).replace("'", "")
    text = _QUOTES.sub(' " ', text)
    text = _SENTENCE_PUNCT.sub(" . ", text)
    text = _COMMAS.sub(" , ", text)
    text = _OTHER_SYMBOLS.sub(" ", text)
    return " ".join(_correct_token(tok) for tok in text.split())


# --------------------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------------------
def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence around text[start:end]."""
    left = text.rfind(" . ", 0, start)
    right = text.find(" . ", end)
    return (0 if left < 0 else left + 3), (len(text) if right < 0 else right)


def _fires(rule: _Rule, m: re.Match[str], text: str, lex: _Lexicon) -> bool:
    """Whether a match survives the negation, subject, past and context checks."""
    g = lex.guards
    s_start, s_end = _sentence_span(text, m.start(), m.end())
    sentence = text[s_start:s_end]
    prefix = text[s_start:m.start()].rstrip()
    flags = rule.flags
    if "noneg" not in flags and lex.negation_tail.search(prefix[-120:]):
        return False
    if "acc" in flags and g["ACCIDENT"].search(sentence) and not g["PURPOSE"].search(sentence):
        return False
    if "hyp" in flags and g["HYPERBOLE"].search(sentence):
        return False
    if "topic" in flags and g["TOPIC"].search(sentence):
        return False
    near = max(s_start, m.start() - _PAST_WINDOW), min(s_end, m.end() + _PAST_WINDOW)
    if ("nopast" not in flags and g["DISTANT"].search(text, *near)
            and not g["RECENT"].search(sentence) and not g["RELAPSE"].search(text)):
        return False
    if "any" not in flags and _about_someone_else(m, text, prefix, lex, "np" in flags):
        return bool(g["IMMINENT"].search(text))
    return True


def _about_someone_else(m: re.Match[str], text: str, prefix: str, lex: _Lexicon,
                        noun_phrase: bool) -> bool:
    """Whether the matched words are about someone other than the writer.

    For a ``noun_phrase`` rule ("suicidal thoughts", "a suicide attempt") the person last
    mentioned before it decides: "help my husband after a suicide attempt".
    """
    before = text[:m.start()]
    if before.count('"') % 2 == 1:  # reported speech: who says the quoted words?
        speaker = _clause_subject(before[:before.rfind('"')], lex)
        if speaker is not None:
            return speaker == "other"
    if lex.guards["FIRST"].search(m.group(0)):
        return False
    if noun_phrase:
        mentions = list(lex.mention.finditer(prefix))
        return bool(mentions) and mentions[-1].group("o") is not None
    if lex.relative.search(prefix):
        return True
    return _clause_subject(prefix, lex) == "other"


def _clause_subject(prefix: str, lex: _Lexicon) -> str | None:
    """Whose clause ends ``prefix``: "writer", "other" or None (no subject found).

    The clause's last subject pronoun decides, else its first noun for someone else
    ("my sister hates me and ..."); a clause with neither ("... and wants to die") takes
    the subject of the clause before it, back to the start of the sentence.
    """
    cuts = [0] + [brk.end() for brk in lex.guards["CLAUSE_BREAK"].finditer(prefix)]
    cuts += [i + 1 for i, ch in enumerate(prefix) if ch in ',"']
    end = len(prefix)
    for start in sorted(set(cuts), reverse=True):
        pronouns = list(lex.pronoun.finditer(prefix, start, end))
        if pronouns:
            return "other" if pronouns[-1].group("o") is not None else "writer"
        if lex.guards["OTHER_NOUN"].search(prefix, start, end):
            return "other"
        end = start
    return None


def _check(norm: str, present: set[str], lex: _Lexicon) -> CrisisCheck:
    """The first rule, in file order, with a match in the normalized text ``norm`` that
    survives the checks. ``present``: the needed strings in it (or more)."""
    candidates = set(lex.always)
    for string in present:
        candidates.update(lex.rules_needing.get(string, ()))
    for i in sorted(candidates):  # file order
        rule = lex.rules[i]
        if any(present.isdisjoint(clause) for clause in rule.needs[1:]):
            continue  # it cannot match without one string of each of its sets
        for m in _matches(rule, norm):
            if _fires(rule, m, norm, lex):
                return CrisisCheck(True, rule.category, rule.rule_id)
    return _NOT_CRISIS


def _present(text: str, lex: _Lexicon) -> set[str]:
    """The strings of :attr:`_Lexicon.needed` found in ``text``: only those starting with one
    of its slices (of ``_MIN_NEEDED`` to ``_KEY`` characters) are looked for."""
    slices: set[str] = set()
    end = len(text) + 1
    for n in range(_MIN_NEEDED, _KEY + 1):
        slices.update(map(text.__getitem__, map(slice, range(end - n), range(n, end))))
    return {s for key in slices.intersection(lex.needed) for s in lex.needed[key] if s in text}


def _matches(rule: _Rule, text: str) -> Iterator[re.Match[str]]:
    """Every match of a rule, one per start position, starting at a word boundary."""
    search = rule.regex.search
    pos = 0
    while (m := search(text, pos)) is not None:
        start = m.start()
        if not (rule.bounded and start and text[start - 1].isalnum()):
            yield m
        pos = start + 1


def _present_again(text: str, before: str, found: set[str], lex: _Lexicon) -> set[str]:
    """The needed strings in ``text``, or more, knowing those ``found`` in a text ``before``
    that differs from it in a few words: a string in ``text`` and not in ``before`` overlaps
    the span between their common start and common end, so only that span (widened by the
    longest string) is searched again."""
    start = len(os.path.commonprefix([text, before]))
    room = min(len(text), len(before)) - start
    end = min(room, len(os.path.commonprefix([text[::-1], before[::-1]])))
    window = text[max(0, start - lex.longest + 1):len(text) - end + lex.longest - 1]
    return found | _present(window, lex)


def check_readings(texts: Sequence[str]) -> CrisisCheck:
    """The rules' verdict on each reading of one message in turn (as written, with its
    spelling corrected ...): the first crisis, else none. Readings that the rules see alike
    are checked once, and the needed strings found in the first are reused. Never raises."""
    seen: dict[str, set[str]] = {}
    try:
        lex = _lexicon()
        for text in texts:
            if not isinstance(text, str):
                text = "" if text is None else str(text)
            norm = normalize(text)
            if norm in seen or not norm:
                continue
            if seen:
                first, found = next(iter(seen.items()))
                present = _present_again(norm, first, found, lex)
            else:
                present = _present(norm, lex)
            seen[norm] = present
            check = _check(norm, present, lex)
            if check.is_crisis:
                return check
    except Exception as exc:  # a safety check must answer whatever happens
        # By type only: a traceback or message could carry the person's words.
        log.error("crisis check failed: %s", type(exc).__name__)
        return CrisisCheck(True, "unknown", "internal_error")
    return _NOT_CRISIS


def check_message(text: str) -> CrisisCheck:
    """Whether a message needs crisis resources first. Never raises.

    Should an internal error ever happen, it is logged and the message is treated as a
    crisis (rule "internal_error"): showing a helpline needlessly costs less than missing
    someone in danger.
    """
    return check_readings([text])
