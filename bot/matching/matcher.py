"""Message -> the letters that answer it, best first, each with a 0-100 score.

Two layers, fused:

- **lexical** (always on; SQLite FTS5 and rapidfuzz only): the message's words, stop words
  dropped, each word unknown to the archive repaired against the index's vocabulary with
  rapidfuzz (a typo must not lose the match), go to FTS5 as an OR of quoted terms plus
  ``NEAR`` pairs of neighbouring words (letters using the words together rank higher); BM25 with
  per-column weights gives the candidates; the best are re-ranked with rapidfuzz's
  ``partial_ratio`` against title and question;
- **semantic** (the ``semantic`` extra, :mod:`bot.matching.semantic`): cosine similarity between the
  message's sentence embedding and each letter's stored vector.

Letters are ranked by ``cosine + fusion_lex * lexical`` (fused) or ``lexical`` (lexical-only).
The 0-100 score maps that through a logistic curve chosen on data: 50, the
:attr:`Matcher.threshold`, sits just above the best match of the most archive-like unrelated
message of a test set (weather, recipes, gibberish...), and a typical unrelated message scores
about 10. Fused scores are also lowered, all alike, when the message is far from every letter
(the best cosine under ``min_cosine``), which is what turns unrelated messages away.

The message is never logged, stored or written to the database. Every value below was chosen on
counsel-chat's ``train`` questions only (``python -m bot bench --tune`` reprints the grid).
"""

from __future__ import annotations

import bisect
import logging
import math
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from bot.archive import Archive
from bot.matching import semantic
from bot.models import Match
from bot.text import STOP_WORDS, content_words, stem, words

log = logging.getLogger(__name__)

ENGINES = ("auto", "lexical", "fused")
#: More changed letters than this at once is a bulk load: the vocabulary is read again whole,
#: and their vectors are left to the loader.
BULK_CHANGE = 200

_HAS_WORD = re.compile(r"[^\W_]")
MIN_REPAIR = 4  # words shorter than this are never "repaired"
IDF_FLOOR = 1.0  # (see _Query.norm)
MAX_REPAIRS = 8  # words per message looked up for typos (each costs ~0.3 ms)

_announced_lexical_only = False


class MatcherError(RuntimeError):
    """The matcher cannot run as asked (e.g. engine "fused" without the semantic extra)."""


@dataclass(frozen=True, slots=True)
class Params:
    """Every tunable of the matcher (defaults chosen on counsel-chat `train`)."""

    # BM25 weights of the FTS columns: title, question, topics, answers_text
    w_title: float = 1.0
    w_question: float = 1.0
    w_topics: float = 0.5
    w_answers: float = 0.8
    max_terms: int = 32  # distinct content words of a message used
    near_window: int = 3  # each word is paired with the next `near_window` words...
    near_distance: int = 30  # ...as NEAR(a b, near_distance)
    min_idf: float = 1.5  # words at least this rare (idf) are searched alone...
    min_pair_idf: float = 0.5  # ...pairs need one word at least this rare
    max_pairs: int = 6  # NEAR pairs per message at most (the cost of long messages)
    max_postings: int = 20_000  # letters read per message (sum over words; rarest words first)
    lex_candidates: int = 100  # FTS5 rows read per message
    sem_candidates: int = 50  # nearest vectors added to the candidates
    rerank_depth: int = 20  # candidates re-scored with rapidfuzz
    w_partial: float = 0.25  # lexical = bm25 / bm25_max + w_partial * partial_ratio / 100
    # fused: partial_ratio only for messages up to this long: it helps short, typo'd questions;
    # on the people-style dev messages (20-155 words) leaving it out lost nothing (hit@1 0.92 ->
    # 0.93, hit@3 0.98 both) and cut a long message's search from 46 to 10 ms p95. (Lexical-only
    # matching has no cosine to carry a long message: it keeps partial_ratio.)
    partial_max_chars: int = 300
    fusion_lex: float = 1.0  # fused = cosine + fusion_lex * lexical
    # fused scores are multiplied by min(1, best cosine / min_cosine)^2 (~ the 5th percentile
    # of the best cosine for train questions; unrelated messages stay far below it)
    min_cosine: float = 0.45
    repair_min_df: int = 2  # vocabulary terms used for repair appear in >= this many letters
    # score = 100 / (1 + exp(-k * (conf - t0))), (t0, k) per engine: t0 just above the best
    # match of the most archive-like unrelated message (bench.OFF_TOPIC), so score 50 is the
    # threshold; k puts the median unrelated message at 10 (bench.calibrate, train only)
    lexical_curve: tuple[float, float] = (0.447, 8.80)
    fused_curve: tuple[float, float] = (0.387, 6.34)
    threshold: float = 50.0


DEFAULT_PARAMS = Params()


@dataclass(slots=True)
class _Candidate:
    letter_id: int
    bm25: float = 0.0  # normalized, 0..~1
    cosine: float | None = None
    partial: float = 0.0
    raw: float = 0.0  # the ranking score
    lexical: float = 0.0
    conf: float = 0.0  # raw, lowered for messages far from the whole archive (the score's input)


@dataclass(slots=True)
class _Query:
    terms: list[str] = field(default_factory=list)  # surface forms sent to FTS5 (quoted)
    expression: str = ""
    norm: float = 1.0  # the best BM25 a letter could get (for scaling)
    repairs: dict[str, str] = field(default_factory=dict)  # typo -> word meant


# --- vocabulary ---------------------------------------------------------------------------------

#: The English word list: symspellpy's bundled frequency dictionary (82,765 words counted in a
#: large web corpus). Words seen at least this often are "real words"; rarer entries are left
#: out because that list also holds misspellings and rare names. The cut keeps ~37,500 words:
#: inflected forms such as "cheated" stay in, typos such as "teh", "thinkng", "anxeity" stay out.
WORDS_PACKAGE = "symspellpy"
WORDS_RESOURCE = "frequency_dictionary_en_82_765.txt"
WORDS_MIN_COUNT = 300_000
_english: frozenset[str] | None = None


def english_words() -> frozenset[str]:
    """~37,500 common English words, to tell a typo from a real word."""
    global _english
    if _english is None:
        words_seen: set[str] = set()
        try:
            text = resources.files(WORDS_PACKAGE).joinpath(WORDS_RESOURCE).read_text(
                encoding="utf-8")
        except (OSError, ModuleNotFoundError):  # pragma: no cover - a broken install
            log.warning("%s missing: typo repair uses the index's stems only", WORDS_RESOURCE)
            text = ""
        for line in text.splitlines():
            parts = line.split()
            if (len(parts) == 2 and parts[1].isdigit() and int(parts[1]) >= WORDS_MIN_COUNT
                    and parts[0].isalpha()):
                words_seen.add(parts[0])
        _english = frozenset(words_seen)
    return _english


def max_edits(word: str) -> int:
    """How many edits (optimal string alignment: deletion, insertion, substitution or swap of
    neighbours) a typo'd word may be from the word meant."""
    return 1 if len(word) <= 7 else 2


def _surface(term: str) -> str | None:
    """A word the FTS5 porter tokenizer turns into `term` (the index holds stems)."""
    candidates = [term, term + "e", term + "s", term + "ed", term + "ing", term + "es"]
    if term.endswith("i"):
        candidates += [term[:-1] + "y", term[:-1] + "ies"]
    for word in candidates:
        if stem(word) == term:
            return word
    return None


class _ByLength:
    """Strings bucketed by length, searched with rapidfuzz for the fewest edits."""

    def __init__(self, items: Iterable[str]):
        self.items = sorted(items, key=len)
        self.lengths = [len(t) for t in self.items]

    def nearest(self, word: str, most: int) -> list[tuple[str, float]]:
        lo = bisect.bisect_left(self.lengths, len(word) - most)
        hi = bisect.bisect_right(self.lengths, len(word) + most)
        found = process.extract(word, self.items[lo:hi], scorer=OSA.distance,
                                score_cutoff=most, limit=20)
        return [(f[0], f[1]) for f in found if f[0] != word]


class Vocabulary:
    """The FTS index's terms (porter stems) with their document counts, read once from a
    per-connection fts5vocab table and kept in step with :meth:`add` and :meth:`reload`.

    Typos are repaired against two lists: English words whose stem the archive uses (a typo of a
    real word comes back as that word) and, failing that, the archive's own stems (names of
    medicines and the like)."""

    def __init__(self, archive: Archive, min_df: int = 2):
        self.archive = archive
        self.min_df = min_df
        self.df: dict[str, int] = {}
        self.rows = 0
        self._words = _ByLength(())
        self._stems = _ByLength(())
        self._repairs: dict[str, str | None] = {}  # word -> repair, until the vocabulary changes
        self._lock = threading.Lock()
        self.reload()

    def reload(self) -> None:
        """Read the whole vocabulary from the index."""
        df = self.archive.fts_vocabulary()
        rows = self.archive.fts_rows()
        with self._lock:
            self.df = df
            self.rows = rows
            self._rebuild_choices()

    def _rebuild_choices(self) -> None:
        # English words need only be in the archive; its own stems (which include everybody's
        # typos) must be in `min_df` letters, once the archive is big enough to ask that.
        df = self.df
        min_df = self.min_df if self.rows >= 100 else 1
        self._words = _ByLength(w for w in english_words() if df.get(stem(w), 0))
        self._stems = _ByLength(
            t for t, d in df.items() if d >= min_df and len(t) >= 3 and t.isalpha()
        )
        self._repairs = {}

    def add(self, texts: Iterable[str], new_rows: int) -> None:
        """Learn the new words of a few changed letters (cheaper than a full reload; counts of
        words already known are left as they are until the next reload)."""
        with self._lock:
            self.rows += new_rows
            seen: set[str] = set()
            for text in texts:
                seen.update(stem(w) for w in words(text))
            new = seen - self.df.keys()
            for term in new:
                self.df[term] = 1
            if new:
                self._rebuild_choices()

    def idf(self, term: str) -> float:
        """BM25's idf as FTS5 computes it."""
        return self.idf_of(self.df.get(term, 0))

    def idf_of(self, n: int) -> float:
        """BM25's idf of a term in `n` letters."""
        value = math.log((self.rows - n + 0.5) / (n + 0.5)) if self.rows else 0.0
        return max(value, 1e-6)

    def repair(self, word: str) -> str | None:
        """The word most likely meant by an unknown (or rare) folded word, as a word FTS5 will
        stem into a known term; None when nothing is close. Fewest edits first, then the term in
        more letters."""
        with self._lock:
            if word in self._repairs:
                return self._repairs[word]
            fixed = self._repair(word)
            if len(self._repairs) >= 20_000:
                self._repairs.clear()
            self._repairs[word] = fixed
            return fixed

    def _repair(self, word: str) -> str | None:
        most = max_edits(word)
        found = self._words.nearest(word, most)
        if found:
            return min(found, key=lambda f: (f[1], _substituted(word, f[0]),
                                             -self.df.get(stem(f[0]), 0), f[0]))[0]
        s = stem(word)
        found = self._stems.nearest(s, most)
        if not found:
            return None
        term = min(found, key=lambda f: (f[1], _substituted(s, f[0]), -self.df.get(f[0], 0),
                                         f[0]))[0]
        return _surface(term)


def _substituted(typo: str, word: str) -> bool:
    """True when `typo` has the same length as `word` but other letters (a substitution, rarer
    than the dropped or swapped letters a hurried typist makes)."""
    return len(typo) == len(word) and sorted(typo) != sorted(word)


# --- the matcher --------------------------------------------------------------------------------


def _announce_lexical_only() -> None:
    global _announced_lexical_only
    if not _announced_lexical_only:
        _announced_lexical_only = True
        log.warning("semantic extra not installed: lexical matching only")


class Matcher:
    """Finds the letters that answer a message. One per archive connection; build once."""

    def __init__(self, archive: Archive, engine: str = "auto", *, include_titles: bool = True,
                 params: Params = DEFAULT_PARAMS, semantic_index=None):
        if engine not in ENGINES:
            raise MatcherError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")
        self.archive = archive
        self.params = params
        self.include_titles = include_titles
        self._lock = threading.RLock()
        self.vocabulary = Vocabulary(archive, params.repair_min_df)
        self.semantic = None
        if engine == "lexical":
            self.engine = "lexical"
        elif not semantic.available():
            if engine == "fused":
                raise MatcherError(
                    "engine 'fused' needs the semantic extra (pip install -e '.[semantic]')"
                )
            _announce_lexical_only()
            self.engine = "lexical"
        else:
            self.semantic = semantic_index or semantic.SemanticIndex(archive)
            if engine == "auto" and self.semantic.size == 0 and not archive.is_empty():
                log.warning("no stored embeddings in the archive: lexical matching only "
                            "(load the letters again to compute them)")
                self.semantic = None
                self.engine = "lexical"
            else:
                self.engine = "fused"
        archive.on_letters_changed(self._letters_changed)

    # public --------------------------------------------------------------------------------

    @property
    def threshold(self) -> float:
        """Scores below this mean "nothing close" (0-100; the curves are chosen on data)."""
        return self.params.threshold

    def search(self, message: str, limit: int = 3, offset: int = 0,
               vector: Any = None) -> list[Match]:
        """The letters scoring at least :attr:`threshold`, best first (hidden letters never).
        ``vector``: the message's embedding when the caller has it already (one encoder pass
        per message, :mod:`bot.matching.message`); else it is computed here."""
        limit = max(0, int(limit))
        offset = max(0, int(offset))
        if limit == 0:
            return []
        found = self.rank(message, limit=limit + offset, vector=vector)
        return [m for m in found if m.score >= self.threshold][offset : offset + limit]

    def rank(self, message: str, limit: int = 10, vector: Any = None) -> list[Match]:
        """The best `limit` letters, best first, without the threshold."""
        if not isinstance(message, str) or limit <= 0 or not _HAS_WORD.search(message):
            return []
        try:
            with self._lock:
                return self._rank(message, int(limit), vector)
        except Exception as exc:  # never let a message break the bot; never log its text
            log.error("matching failed: %s", type(exc).__name__)
            return []

    # keeping in step -------------------------------------------------------------------------

    def _letters_changed(self, letter_ids: list[int]) -> None:
        # The slow parts (reading the index, embedding stale letters) run without the matcher's
        # lock, so that searches go on while thousands of letters arrive; a new vocabulary is
        # swapped in whole.
        try:
            if len(letter_ids) > BULK_CHANGE:
                fresh = Vocabulary(self.archive, self.params.repair_min_df)  # reads the index
                with self._lock:
                    self.vocabulary = fresh
            else:
                texts = self.archive.indexed_texts(letter_ids)
                rows_now = self.archive.fts_rows()
                with self._lock:
                    self.vocabulary.add(texts, rows_now - self.vocabulary.rows)
            if self.semantic is not None:
                # A few letters (an admin's upload, an edit) are embedded here if the loader
                # has not; a bulk load is the loader's to embed (`load` without --no-embed):
                # embedding 100,000 letters inside the running bot would starve the replies.
                # Until then such letters are found by their words.
                self.semantic.update(letter_ids, compute_stale=len(letter_ids) <= BULK_CHANGE)
        except Exception as exc:
            log.error("could not follow changed letters: %s: %s", type(exc).__name__, exc)

    # lexical -------------------------------------------------------------------------------

    def _query(self, message: str, fused: bool = False) -> _Query:
        p = self.params
        vocab = self.vocabulary
        english = english_words()
        terms: list[str] = []
        stems: list[str] = []
        repairs: dict[str, str] = {}

        def add(word: str) -> None:
            s = stem(word)
            if s not in stems and word not in STOP_WORDS and vocab.df.get(s, 0):
                terms.append(word)
                stems.append(s)

        unknown = 0  # words the archive doesn't use: they lower the lexical score
        tries = 0
        for word in content_words(message, limit=p.max_terms):
            df = vocab.df.get(stem(word), 0)
            if df:
                add(word)
            # Not an English word (unknown to the archive, or somebody else's typo there too):
            # look for the word meant. Real words the archive doesn't use are left out.
            if (len(word) >= MIN_REPAIR and word.isalpha() and word not in english
                    and tries < MAX_REPAIRS):
                tries += 1
                fixed = vocab.repair(word)
                # a word the archive knows is replaced only by a far commoner one
                if fixed and (not df or vocab.df.get(stem(fixed), 0) >= 10 * df):
                    repairs[word] = fixed
                    add(fixed)
                    continue
            if not df:
                unknown += 1
        if not terms:
            return _Query(repairs=repairs)
        # Cost grows with the letters each word is in: in a big archive the commonest words
        # (which count least) are left out once the budget is spent. Lexical-only keeps the
        # rarest word whatever it costs; fused leaves such messages to the embeddings.
        dfs = [vocab.df.get(s, 0) for s in stems]
        keep: set[int] = set()
        spent = 0
        for i in sorted(range(len(terms)), key=lambda i: dfs[i]):
            if (keep or fused) and spent + dfs[i] > p.max_postings:
                break
            keep.add(i)
            spent += dfs[i]
        terms = [t for i, t in enumerate(terms) if i in keep]
        stems = [t for i, t in enumerate(stems) if i in keep]
        # Words in most letters (idf ~ 0) add nothing to BM25 but make every letter match:
        # they only count inside NEAR pairs, and a pair needs one informative word. (In a tiny
        # archive every word may be that common: then the most telling ones still count.)
        idf = [vocab.idf(s) for s in stems]
        min_idf = min(p.min_idf, max(idf))
        min_pair_idf = min(p.min_pair_idf, max(idf))
        parts = [f'"{t}"' for t, i in zip(terms, idf, strict=True) if i >= min_idf]
        weight = {s: 1 if i >= min_idf else 0 for s, i in zip(stems, idf, strict=True)}
        pairs = [
            (i, j)
            for i in range(len(terms))
            for j in range(i + 1, min(len(terms), i + 1 + p.near_window))
            if max(idf[i], idf[j]) >= min_pair_idf
        ]
        if len(pairs) > p.max_pairs:  # long messages: the most telling pairs
            pairs = sorted(sorted(pairs, key=lambda ij: -(idf[ij[0]] + idf[ij[1]]))
                           [: p.max_pairs])
        for i, j in pairs:
            parts.append(f'NEAR("{terms[i]}" "{terms[j]}", {p.near_distance})')
            weight[stems[i]] += 1
            weight[stems[j]] += 1
        if not parts:
            return _Query(repairs=repairs)
        columns = "title question topics answers_text" if self.include_titles else (
            "question topics answers_text")
        expression = "{" + columns + "} : (" + " OR ".join(parts) + ")"
        # The best score a letter could reach: every phrase, saturated (tf -> inf: idf * 2.2),
        # and the words the archive doesn't know (each as much as a word in one letter):
        # "weather in Paris" is only partly matched by a letter about the weather.
        # Common words count at least IDF_FLOOR there: a message of common words only
        # ("what is 17 times 23") is weak evidence, however well a letter matches it. (Not in a
        # small archive, where every word is common and idf says little.)
        floor = IDF_FLOOR if vocab.rows >= 100 else 0.0
        norm = 2.2 * (sum(max(i, floor) * weight[s] for s, i in zip(stems, idf, strict=True))
                      + unknown * vocab.idf_of(1))
        return _Query(terms=terms, expression=expression, norm=max(norm, 1e-6),
                      repairs=repairs)

    def _lexical(self, query: _Query) -> dict[int, _Candidate]:
        p = self.params
        weights = (p.w_title if self.include_titles else 0.0, p.w_question, p.w_topics,
                   p.w_answers)
        # Hidden letters are dropped later, when their texts are read (one query for the few
        # best rather than a join for every matching row).
        rows = self.archive.fts_search(query.expression, weights, p.lex_candidates)
        return {letter_id: _Candidate(letter_id, bm25=-bm25 / query.norm)
                for letter_id, bm25 in rows}

    # scoring -------------------------------------------------------------------------------

    def _rank(self, message: str, limit: int, vector: Any = None) -> list[Match]:
        head, texts, fused = self._raw_candidates(message, limit, vector)
        t0, k = self.params.fused_curve if fused else self.params.lexical_curve
        out = []
        for c in head[:limit]:
            score = 100.0 / (1.0 + math.exp(-k * (c.conf - t0)))
            out.append(
                Match(
                    letter_id=c.letter_id,
                    score=round(score, 1),
                    title=texts[c.letter_id][1],
                    lexical=round(c.lexical, 4),
                    semantic=None if c.cosine is None else round(c.cosine, 4),
                )
            )
        return out

    def _raw_candidates(
        self, message: str, limit: int, vector: Any = None
    ) -> tuple[list[_Candidate], dict[int, tuple[str, str]], bool]:
        """The best candidates with their raw scores, best first; the texts read for them;
        whether the fused score was used."""
        p = self.params
        index = self.semantic if self.engine == "fused" else None
        fused = index is not None
        query = self._query(message, fused)
        cands = self._lexical(query) if query.expression else {}
        if index is not None:
            if vector is None:
                vector = index.embed(semantic.prepare_query(message, query.repairs))
            for letter_id, cos in index.top(vector, p.sem_candidates):
                cands.setdefault(letter_id, _Candidate(letter_id)).cosine = cos
            missing = [c.letter_id for c in cands.values() if c.cosine is None]
            if missing:  # lexical candidates the embeddings didn't bring (None: no vector)
                sims = index.similarity(vector, missing)
                for letter_id in missing:
                    cands[letter_id].cosine = sims.get(letter_id)
        if not cands:
            return [], {}, fused

        def raw(c: _Candidate) -> float:
            c.lexical = c.bm25 + p.w_partial * c.partial / 100.0
            return (c.cosine or 0.0) + p.fusion_lex * c.lexical if fused else c.lexical

        for c in cands.values():
            c.raw = raw(c)
        ordered = sorted(cands.values(), key=lambda c: (-c.raw, c.letter_id))
        want = max(p.rerank_depth, limit)
        head: list[_Candidate] = []
        texts: dict[int, tuple[str, str]] = {}
        for start in range(0, len(ordered), want):  # hidden letters (or gone) are skipped
            chunk = ordered[start : start + want]
            texts.update(self._texts([c.letter_id for c in chunk]))
            head += [c for c in chunk if c.letter_id in texts]
            if len(head) >= want:
                break
        head = head[:want]
        if query.terms and p.w_partial and (not fused or len(message) <= p.partial_max_chars):
            needle = message[:500]
            for c in head:
                c.partial = fuzz.partial_ratio(needle, texts[c.letter_id][0],
                                               processor=utils.default_process)
                c.raw = raw(c)
            head.sort(key=lambda c: (-c.raw, c.letter_id))
        # How close the message comes to anything in the archive: the best cosine. Messages far
        # from every letter ("what's the weather in Paris") have every score lowered alike, so
        # the order stays and the threshold turns them away.
        relevance = 1.0
        cosines = [c.cosine for c in cands.values() if c.cosine is not None]
        if fused and cosines:  # (no vectors at all: no evidence either way)
            relevance = min(1.0, max(max(cosines), 0.0) / p.min_cosine) ** 2
        for c in head:
            c.conf = c.raw * relevance
        return head, texts, fused

    def _texts(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        """(text compared by rapidfuzz, title) of visible letters."""
        out = {}
        for head in self.archive.letter_heads(ids):
            text = f"{head.title}\n{head.question}" if self.include_titles else head.question
            out[head.id] = (text, head.title)
        return out
