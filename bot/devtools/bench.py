"""`python -m bot bench`: the matching engines side by side, quality and speed.

Quality, on counsel-chat (both CSVs merged through the importers): each question's title is the
query and its own letter the target; titles are left out of the index for this run (FTS column
filter and weight 0; rapidfuzz baselines compare with the question text). recall@1, recall@3 and
MRR@10, for `train`, `val`+`test` and all questions; then again with typos injected by a fixed
random generator (40 % of the words longer than 4 letters get one deletion or transposition).

Speed, in a fresh subprocess per engine and size: start-up (imports, opening the archive, building
the matcher, first answer), median and p95 time per message, peak memory (ru_maxrss), at the real
archive size and with 10,000 and 100,000 synthetic letters made by recombining archive sentences.
The synthetic letters get random unit vectors instead of computed embeddings (embedding 100,000
letters on 2 cores would take hours): search latency, start-up and memory are real, the
similarities are not; their embedding time is estimated from the real archive's build.

Every figure is printed as one table, or as JSON with ``--json``. Matching parameters are tuned
with ``--tune`` (train questions only) and live in :class:`bot.matching.matcher.Params`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.archive import vectors as stored_vectors

SEED = 1234
TYPO_RATE = 0.4
COUNSEL_CHAT = ("counsel-chat/20200325_counsel_chat.csv", "counsel-chat/counselchat-data.csv")
SYNTHETIC_SIZES = (10_000, 100_000)
SPEED_QUERIES = 300
#: The directory that holds the `bot` package: the working directory and PYTHONPATH of the
#: subprocesses that time a fresh start, and beside which ../shared/data is looked for.
REPO = Path(__file__).resolve().parents[2]

# Messages that have nothing to do with the archive: the threshold must turn them away.
OFF_TOPIC = [
    "what's the weather in Paris",
    "asdfgh",
    "recipe for pancakes",
    "how do I reset my wifi router",
    "who won the football game last night",
    "best pizza place near the station",
    "convert 30 celsius to fahrenheit",
    "what is the capital of australia",
    "python list comprehension syntax",
    "qwerty uiop zxcv",
    "buy cheap flights to rome",
    "how many calories in a banana",
    "lyrics of bohemian rhapsody",
    "my printer says paper jam but there is no paper",
    "how to change a flat tyre on a bicycle",
    "what time does the supermarket close on sunday",
    "recommend a good science fiction novel",
    "how do you make sourdough starter",
    "stock price of apple today",
    "translate good morning into spanish",
    "lorem ipsum dolor sit amet",
    "how tall is the eiffel tower",
    "the quick brown fox jumps over the lazy dog",
    "install windows drivers for graphics card",
    "what is 17 times 23",
    "when is the next full moon",
    "how to grow tomatoes on a balcony",
    "jkl jkl jkl",
    "cheapest electric car 2024",
    "how to knit a scarf for beginners",
    "is it going to rain tomorrow",
    "how do I unclog a kitchen sink",
    "train timetable from london to manchester",
    "how long to boil an egg",
    "what is the speed of light",
    "best hiking trails in colorado",
    "how to remove a stripped screw",
    "😀😀😀",
    "?!?!",
    "12345",
]

# Real-sounding messages that the threshold should let through (besides the archive's titles).
ON_TOPIC = [
    "should i dump my bf",
    "i cant sleep and i feel worthless",
    "my mom keeps yelling at me",
    "i think i have anxiety what do i do",
    "my husband cheated on me",
    "how do i stop feeling so lonely",
    "my parents are getting divorced",
    "i get panic attacks at work",
]


# --- data ---------------------------------------------------------------------------------------


def shared_data_dir() -> Path:
    """`$SHARED_DATA`, else ../shared/data beside the repository."""
    env = os.environ.get("SHARED_DATA")
    return Path(env) if env else (REPO.parent / "shared" / "data")


def counsel_chat_files(data: Path | None = None) -> list[Path]:
    """The two counsel-chat CSVs (those that exist)."""
    data = data or shared_data_dir()
    return [data / f for f in COUNSEL_CHAT if (data / f).is_file()]


_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def inject_typos(text: str, rng: random.Random, rate: float = TYPO_RATE) -> str:
    """Each word longer than 4 letters gets, with probability `rate`, one deletion or one
    transposition of neighbouring letters (chosen at random)."""

    def one(m: re.Match) -> str:
        word = m.group(0)
        if rng.random() >= rate:
            return word
        if rng.random() < 0.5:
            i = rng.randrange(len(word))
            return word[:i] + word[i + 1 :]
        i = rng.randrange(len(word) - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]

    return _LONG_WORD.sub(one, text)


@dataclass(slots=True)
class Query:
    letter_id: int
    split: str | None
    text: str
    typo: str


def make_queries(archive, seed: int = SEED) -> list[Query]:
    """A title-as-query for every letter with a title and a question; typos drawn in a fixed
    order (by letter key) from one random.Random(seed)."""
    rows = sorted((x for x in archive.summaries(include_hidden=False) if x.title and x.question),
                  key=lambda x: x.key)
    rng = random.Random(seed)
    out = [Query(x.id, x.split, x.title, inject_typos(x.title, rng)) for x in rows]
    out.sort(key=lambda q: q.letter_id)
    return out


GROUPS: dict[str, Callable[[str | None], bool]] = {
    "train": lambda s: s == "train",
    "val+test": lambda s: s in ("val", "test"),
    "all": lambda s: True,
}


def build_archive(path: Path, files: Sequence[Path]):
    """Load the files into a new archive; returns (archive, seconds, letters)."""
    from bot.archive import Archive
    from bot.archive.importers import parse_file

    archive = Archive.open(path)
    start = time.perf_counter()
    for f in files:
        archive.store(parse_file(f))
    seconds = time.perf_counter() - start
    return archive, seconds


# --- quality ------------------------------------------------------------------------------------


Ranker = Callable[[str], list[int]]


def _metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "n": len(ranks),
        "r1": sum(r is not None and r < 1 for r in ranks) / n,
        "r3": sum(r is not None and r < 3 for r in ranks) / n,
        "mrr10": sum(1 / (r + 1) for r in ranks if r is not None and r < 10) / n,
    }


def evaluate(rank: Ranker, queries: Sequence[Query]) -> dict:
    """recall@1, recall@3, MRR@10 per group, clean and with typos; time per message."""
    result: dict = {}
    times: list[float] = []
    for variant in ("clean", "typos"):
        ranks: list[tuple[str | None, int | None]] = []
        for q in queries:
            text = q.text if variant == "clean" else q.typo
            start = time.perf_counter()
            found = rank(text)
            times.append(time.perf_counter() - start)
            ranks.append((q.split, found.index(q.letter_id) if q.letter_id in found else None))
        result[variant] = {
            g: _metrics([r for s, r in ranks if keep(s)]) for g, keep in GROUPS.items()
        }
    result["ms_median"] = statistics.median(times) * 1000 if times else 0.0
    result["ms_p95"] = _p95(times) * 1000
    return result


def _p95(values: Sequence[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def baselines(archive) -> dict[str, Ranker]:
    """The plain methods: rapidfuzz WRatio and token_set_ratio against question text, FTS5 BM25
    over the question column."""
    from rapidfuzz import fuzz, process, utils

    from bot.text import words

    questions = {x.id: x.question for x in archive.summaries(include_hidden=False)}

    def rf(scorer):
        def rank(text: str) -> list[int]:
            return [k for _, _, k in process.extract(text, questions, scorer=scorer,
                                                      processor=utils.default_process, limit=10)]
        return rank

    def bm25(text: str) -> list[int]:
        terms = list(dict.fromkeys(words(text)))
        if not terms:
            return []
        expr = "{question} : (" + " OR ".join(f'"{t}"' for t in terms) + ")"
        return [letter_id for letter_id, _ in archive.fts_search(expr, (0, 1, 0, 0), 10)]

    return {
        "rapidfuzz WRatio (question)": rf(fuzz.WRatio),
        "rapidfuzz token_set_ratio (question)": rf(fuzz.token_set_ratio),
        "FTS5 BM25, question only": bm25,
    }


def semantic_rankers(archive, index) -> dict[str, Ranker]:
    """Embeddings alone: the question vector only (plain), and our semantic layer (question +
    answers vectors, typo repair before embedding)."""
    import numpy as np

    from bot.matching import semantic
    from bot.matching.matcher import Matcher

    rows = stored_vectors.question_vectors(archive, semantic.MODEL_NAME)
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    qmat = np.frombuffer(b"".join(r[1] for r in rows), dtype="<f4").reshape(-1, semantic.DIM)
    lexical = Matcher(archive, "lexical", include_titles=False)

    def question_only(text: str) -> list[int]:
        v = index.embed(text[: semantic.QUERY_CHARS])
        sims = qmat @ v
        top = np.argsort(-sims, kind="stable")[:10]
        return [int(ids[i]) for i in top]

    def ours(text: str) -> list[int]:
        v = index.embed(semantic.prepare_query(text, lexical._query(text).repairs))
        return [i for i, _ in index.top(v, 10)]

    return {"MiniLM, question only": question_only,
            "MiniLM, question + answers (our semantic layer)": ours}


def quality(archive, queries: Sequence[Query]) -> dict[str, dict]:
    """Every method evaluated on the queries."""
    from bot.matching import semantic
    from bot.matching.matcher import Matcher

    methods: dict[str, Ranker] = dict(baselines(archive))
    fused = None
    if semantic.available():
        index = semantic.SemanticIndex(archive)
        methods.update(semantic_rankers(archive, index))
        fused = Matcher(archive, "fused", include_titles=False, semantic_index=index)
    lexical = Matcher(archive, "lexical", include_titles=False)
    methods["ours, lexical only"] = lambda t: [m.letter_id for m in lexical.rank(t, 10)]
    if fused is not None:
        methods["ours, fused"] = lambda t: [m.letter_id for m in fused.rank(t, 10)]
    return {name: evaluate(rank, queries) for name, rank in methods.items()}


def threshold_check(archive, queries: Sequence[Query]) -> dict[str, dict]:
    """Per engine: how many off-topic messages get no answer, how many real ones get one."""
    from bot.matching import semantic
    from bot.matching.matcher import Matcher

    out = {}
    engines = ["lexical"] + (["fused"] if semantic.available() else [])
    for engine in engines:
        m = Matcher(archive, engine)  # titles in the index, as the bot runs
        out[engine] = {
            "threshold": m.threshold,
            "off_topic_rejected": sum(not m.search(t) for t in OFF_TOPIC) / len(OFF_TOPIC),
            "on_topic_answered": sum(bool(m.search(t)) for t in ON_TOPIC) / len(ON_TOPIC),
            "titles_answered": sum(bool(m.search(q.text)) for q in queries) / len(queries),
            "typo_titles_answered": sum(bool(m.search(q.typo)) for q in queries) / len(queries),
        }
    return out


# --- synthetic archives ---------------------------------------------------------------------


def build_synthetic(source, n: int, path: Path, seed: int = SEED, vectors: bool = True) -> dict:
    """An archive of `n` letters recombined from the source archive's sentences (titles,
    question sentences, answer sentences, topics), with random unit vectors when `vectors`."""
    from bot.archive import Archive
    from bot.devtools.bench_service import synthetic_letters
    from bot.models import ParsedFile

    archive = Archive.open(path)
    start = time.perf_counter()
    batch = []
    for i, letter in enumerate(synthetic_letters(source, n, seed + n)):
        batch.append(letter)
        if len(batch) == 5000 or i == n - 1:
            archive.store(ParsedFile(path=f"synthetic-{n}", format="synthetic", letters=batch))
            batch = []
    index_seconds = time.perf_counter() - start
    if vectors:
        import numpy as np

        from bot.matching import semantic

        gen = np.random.default_rng(seed)
        rows = stored_vectors.letter_hashes(archive)
        for s in range(0, len(rows), 10_000):
            chunk = rows[s : s + 10_000]
            vecs = gen.standard_normal((len(chunk) * 2, semantic.DIM)).astype(np.float32)
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            new = stored_vectors.NewVector
            stored_vectors.upsert_vectors(archive, [
                new(lid, kind, semantic.MODEL_NAME, h, vecs[2 * j + k].tobytes())
                for j, (lid, h) in enumerate(chunk)
                for k, kind in enumerate(semantic.KINDS)
            ])
    archive.checkpoint()
    archive.close()
    return {"letters": n, "index_build_s": index_seconds}


_WORKER = r"""
import json, sys, time
t0 = time.perf_counter()
import resource, statistics
from bot.archive import Archive
from bot.matching.matcher import Matcher
def peak_mb():
    # VmHWM: this process's own peak (ru_maxrss would carry the parent's over exec on Linux)
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
db, engine, qfile = sys.argv[1:4]
messages = json.load(open(qfile))
archive = Archive.open(db)
m = Matcher(archive, engine)
m.search(messages[0])
startup = time.perf_counter() - t0
times = []
for text in messages:
    s = time.perf_counter()
    m.search(text)
    times.append(time.perf_counter() - s)
times.sort()
print(json.dumps({
    "engine": m.engine,
    "startup_s": startup,
    "ms_median": statistics.median(times) * 1000,
    "ms_p95": times[min(len(times) - 1, int(0.95 * len(times) + 0.999) - 1)] * 1000,
    "peak_mb": peak_mb(),
}))
"""


def speed_run(db: Path, engine: str, messages: Sequence[str]) -> dict:
    """Start-up, time per message and peak memory of one engine, in a fresh process."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(list(messages), f)
        qfile = f.name
    try:
        env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONPATH=str(REPO))
        proc = subprocess.run(
            [sys.executable, "-c", _WORKER, str(db), engine, qfile],
            capture_output=True, text=True, env=env, cwd=str(REPO), timeout=3600,
        )
        if proc.returncode != 0:
            return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
        return json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        os.unlink(qfile)


# --- the run ------------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The bench command's options."""
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--quick", action="store_true", help="skip the 100,000-letter size")
    parser.add_argument("--matching-only", action="store_true",
                        help="only the matching figures (no load, crisis-set and bot figures)")
    parser.add_argument("--seed", type=int, default=SEED, help="seed of the typo generator")
    parser.add_argument("--data", type=Path, default=None,
                        help="the shared data directory (default: $SHARED_DATA or "
                             "../shared/data)")
    parser.add_argument("--labelled", type=Path, default=Path("tests/data"),
                        help="the directory of the labelled crisis sets (default: tests/data "
                             "in the working directory)")
    parser.add_argument("--tune", action="store_true",
                        help="search the matcher's parameters on the train split and print "
                             "the grid (slow)")


def run_bench(args: argparse.Namespace) -> dict:
    """Run everything; the figures as one dict."""
    from bot.matching import semantic

    files = counsel_chat_files(getattr(args, "data", None))
    if len(files) < 2:
        raise FileNotFoundError(
            f"counsel-chat CSVs not found under {getattr(args, 'data', None) or shared_data_dir()}"
        )
    seed = getattr(args, "seed", SEED)
    result: dict = {"semantic_available": semantic.available(), "seed": seed}
    with tempfile.TemporaryDirectory(prefix="bot-bench-") as tmp:
        tmp_path = Path(tmp)
        real_db = tmp_path / "real.db"
        archive, index_s = build_archive(real_db, files)
        letters = archive.count_letters()
        sizes: dict[str, dict] = {"real": {"letters": letters, "index_build_s": index_s}}
        if semantic.available():
            start = time.perf_counter()
            embedded = semantic.refresh(archive)
            sizes["real"]["embed_build_s"] = time.perf_counter() - start
            sizes["real"]["embedded"] = embedded
        queries = make_queries(archive, seed)
        result["queries"] = len(queries)
        result["quality"] = quality(archive, queries)
        result["threshold"] = threshold_check(archive, queries)
        if not getattr(args, "matching_only", False):
            from bot.devtools import bench_service

            # the people-style set on this archive, already loaded and embedded
            result["people"] = bench_service.people_figures(
                archive, getattr(args, "labelled", None), sizes["real"].get("embed_build_s"))
        if getattr(args, "tune", False):
            from bot.matching.matcher import Matcher

            result["tune"] = tune(archive, queries)
            result["tune"]["curves"] = {
                engine: calibrate(archive, queries, Matcher(archive, engine,
                                                            include_titles=False))
                for engine in (["lexical", "fused"] if semantic.available() else ["lexical"])
            }
        if semantic.available() and sizes["real"].get("embedded"):
            real = sizes["real"]
            result["embed_throughput"] = {"sample": real["embedded"],
                                          "letters_per_s": real["embedded"]
                                          / real["embed_build_s"]}
        messages = [q.text for q in queries][:SPEED_QUERIES]
        targets = {"real": real_db}
        for n in SYNTHETIC_SIZES:
            if n >= 100_000 and getattr(args, "quick", False):
                continue
            db = tmp_path / f"synthetic-{n}.db"
            sizes[str(n)] = build_synthetic(archive, n, db, seed, vectors=semantic.available())
            targets[str(n)] = db
        archive.close()
        engines = ["lexical"] + (["fused"] if semantic.available() else [])
        for name, db in targets.items():
            for engine in engines:
                sizes[name][engine] = speed_run(db, engine, messages)
            if name != "real":
                db.unlink(missing_ok=True)
        if "embed_throughput" in result:
            rate = result["embed_throughput"]["letters_per_s"]
            for name, info in sizes.items():
                if name != "real":
                    info["embed_build_s_estimated"] = info["letters"] / rate
        result["speed"] = sizes
    result["goals"] = goals(result)
    if not getattr(args, "matching_only", False):
        from bot.devtools import bench_service

        result["service"] = bench_service.run(files, quick=getattr(args, "quick", False),
                                              people=result.pop("people", None),
                                              labelled=getattr(args, "labelled", None))
    return result


def goals(result: dict) -> dict[str, dict]:
    """Issue 3's goals against the figures."""
    q = result["quality"]
    out: dict[str, dict] = {}

    def add(name: str, value: float | None, limit: float, higher: bool) -> None:
        if value is None:
            return
        met = value >= limit if higher else value <= limit
        out[name] = {"value": value, "goal": limit, "met": met}

    def get(method: str, variant: str, metric: str) -> float | None:
        return q.get(method, {}).get(variant, {}).get("all", {}).get(metric)

    fused, lexical = "ours, fused", "ours, lexical only"
    add("fused R@3 (all)", get(fused, "clean", "r3"), 0.72, True)
    add("fused R@1 (all)", get(fused, "clean", "r1"), 0.55, True)
    add("lexical R@3 (all)", get(lexical, "clean", "r3"), 0.62, True)
    for method, metrics in ((fused, ("r1", "r3")), (lexical, ("r3",))):
        for metric in metrics:
            clean, typos = get(method, "clean", metric), get(method, "typos", metric)
            if clean is not None and typos is not None:
                add(f"{method.split(', ')[1]} {metric} loss with typos", clean - typos, 0.04,
                    False)
    speed = result.get("speed", {})

    def sp(size: str, engine: str, key: str) -> float | None:
        return speed.get(size, {}).get(engine, {}).get(key)

    add("fused p95 ms (real size)", sp("real", "fused", "ms_p95"), 15, False)
    add("lexical p95 ms (real size)", sp("real", "lexical", "ms_p95"), 2, False)
    add("fused p95 ms (100k)", sp("100000", "fused", "ms_p95"), 40, False)
    add("start-up s (100k, fused)", sp("100000", "fused", "startup_s"), 5, False)
    add("start-up s (100k, lexical)", sp("100000", "lexical", "startup_s"), 5, False)
    add("peak MB (100k, fused)", sp("100000", "fused", "peak_mb"), 600, False)
    add("peak MB (100k, lexical)", sp("100000", "lexical", "peak_mb"), 600, False)
    return out


# --- tuning (train split only) ------------------------------------------------------------------


def tune(archive, queries: Sequence[Query], *, w_answers=(0.6, 0.8, 1.0), w_topics=(0.0, 0.5),
         near=((0, 10), (2, 10), (3, 10), (3, 20), (3, 30)), w_partial=(0.0, 0.25, 0.5),
         fusion_lex=(0.3, 0.45, 0.6, 0.8, 1.0, 1.25, 1.5)) -> dict:
    """Grid search of the matcher's parameters on the train questions (clean and with typos),
    never looking at val/test. FTS settings are run through SQLite; the rapidfuzz and fusion
    weights are searched on cached features. Returns the best setting per engine and the grid."""
    from dataclasses import replace

    from rapidfuzz import fuzz, utils

    from bot.matching import semantic
    from bot.matching.matcher import DEFAULT_PARAMS, Matcher

    train = [q for q in queries if q.split == "train"]
    texts = [(q.letter_id, t) for q in train for t in (q.text, q.typo)]
    index = semantic.SemanticIndex(archive) if semantic.available() else None
    base = Matcher(archive, "lexical", include_titles=False)
    sem: list[dict[int, float]] = []
    if index is not None:
        for _, text in texts:
            v = index.embed(semantic.prepare_query(text, base._query(text).repairs))
            top = dict(index.top(v, DEFAULT_PARAMS.sem_candidates))
            sem.append((v, top))
    questions = {x.id: x.question for x in archive.summaries()}
    partial_cache: dict[tuple[int, int], float] = {}

    def partial(i: int, letter_id: int) -> float:
        key = (i, letter_id)
        if key not in partial_cache:
            partial_cache[key] = fuzz.partial_ratio(
                texts[i][1][:500], questions[letter_id], processor=utils.default_process)
        return partial_cache[key]

    rows = []
    best: dict[str, tuple[float, dict]] = {}
    for wa in w_answers:
        for wt in w_topics:
            for near_window, near_distance in near:
                fts = dict(w_answers=wa, w_topics=wt, near_window=near_window,
                           near_distance=near_distance)
                m = Matcher(archive, "lexical", include_titles=False,
                            params=replace(DEFAULT_PARAMS, **fts))
                feats = []
                for i, (_, text) in enumerate(texts):
                    q = m._query(text)
                    lex = {k: c.bm25 for k, c in m._lexical(q).items()} if q.expression else {}
                    cos = {}
                    if index is not None:
                        v, top = sem[i]
                        cos = dict(top)
                        missing = [k for k in lex if k not in cos]
                        cos.update(index.similarity(v, missing))
                    ids = sorted(set(lex) | set(cos))
                    feats.append((ids, [lex.get(k, 0.0) for k in ids],
                                  [cos.get(k, 0.0) for k in ids],
                                  [partial(i, k) / 100 for k in ids] if q.terms else
                                  [0.0] * len(ids)))
                for wp in w_partial:
                    for engine, fusion in [("lexical", None)] + (
                            [("fused", f) for f in fusion_lex] if index else []):
                        ranks = {"clean": [], "typos": []}
                        for i, (target, _) in enumerate(texts):
                            ids, b, c, pr = feats[i]
                            score = [b[j] + wp * pr[j] for j in range(len(ids))]
                            if fusion is not None:
                                score = [c[j] + fusion * score[j] for j in range(len(ids))]
                            order = sorted(range(len(ids)), key=lambda j: (-score[j], ids[j]))
                            found = [ids[j] for j in order[:10]]
                            ranks["clean" if i % 2 == 0 else "typos"].append(
                                found.index(target) if target in found else None)
                        res = {v: _metrics(r) for v, r in ranks.items()}
                        objective = sum(res[v][k] for v in res for k in ("r1", "r3", "mrr10"))
                        row = {"engine": engine, **fts, "w_partial": wp,
                               "fusion_lex": fusion, "objective": round(objective, 4),
                               **{f"{v}_{k}": round(res[v][k], 4) for v in res
                                  for k in ("r1", "r3", "mrr10")}}
                        rows.append(row)
                        if engine not in best or objective > best[engine][0]:
                            best[engine] = (objective, row)
    return {"best": {e: b[1] for e, b in best.items()}, "grid": rows}


def calibrate(archive, queries: Sequence[Query], matcher, margin: float = 1.05) -> dict:
    """Choose the score curve of an engine on data: score = 100 * sigmoid(k * (conf - t0)).

    t0 (score 50, the matcher's threshold) sits `margin` above the best match of the most
    archive-like message in :data:`OFF_TOPIC`, so every one of them is turned away; k puts the
    median off-topic message at 10. Returns t0, k and the pass rates of the train questions."""
    import numpy as np

    def best(text: str) -> float:
        head = matcher._raw_candidates(text, 1)[0]
        return head[0].conf if head else 0.0

    off = np.array([best(t) for t in OFF_TOPIC])
    train = [q for q in queries if q.split == "train"]
    real = np.array([best(q.text) for q in train])
    typo = np.array([best(q.typo) for q in train])
    t0 = float(off.max()) * margin
    k = math.log(9.0) / max(t0 - float(np.median(off)), 1e-6)
    return {
        "t0": round(t0, 4),
        "k": round(k, 3),
        "off_topic_max": float(off.max()),
        "off_topic_median": float(np.median(off)),
        "train_median_score": 100 / (1 + math.exp(-k * (float(np.median(real)) - t0))),
        "train_pass": float(np.mean(real >= t0)),
        "train_typos_pass": float(np.mean(typo >= t0)),
    }


# --- printing -----------------------------------------------------------------------------------


def format_table(result: dict) -> str:
    """The figures as plain-text tables."""
    lines = []
    n = result.get("queries", 0)
    lines.append(f"Quality: counsel-chat, {n} questions (title as query, own letter as target, "
                 f"titles left out of the index); typo seed {result.get('seed')}")
    groups = list(GROUPS)
    header = f"{'method':<48}{'variant':<7}" + "".join(
        f"{g + ' R@1':>14}{'R@3':>7}{'MRR10':>7}" for g in groups) + f"{'ms med':>8}{'p95':>7}"
    lines.append(header)
    lines.append("-" * len(header))
    for name, res in result["quality"].items():
        for variant in ("clean", "typos"):
            cells = "".join(
                f"{res[variant][g]['r1']:>14.3f}{res[variant][g]['r3']:>7.3f}"
                f"{res[variant][g]['mrr10']:>7.3f}" for g in groups)
            timing = (f"{res['ms_median']:>8.2f}{res['ms_p95']:>7.2f}" if variant == "clean"
                      else "")
            lines.append(f"{name if variant == 'clean' else '':<48}{variant:<7}{cells}{timing}")
    counts = next(iter(result["quality"].values()))["clean"]
    lines.append("  questions per group: " + ", ".join(f"{g} {counts[g]['n']}" for g in groups))
    lines.append("")
    lines.append("Threshold (as the bot runs: titles indexed):")
    for engine, t in result.get("threshold", {}).items():
        lines.append(
            f"  {engine:<8} threshold {t['threshold']:.0f}: off-topic turned away "
            f"{t['off_topic_rejected']:.0%} ({len(OFF_TOPIC)}), real-sounding answered "
            f"{t['on_topic_answered']:.0%} ({len(ON_TOPIC)}), titles answered "
            f"{t['titles_answered']:.0%}, typo'd titles answered {t['typo_titles_answered']:.0%}"
        )
    lines.append("")
    lines.append("Speed (fresh process per row; start-up = imports + open + matcher + first "
                 "answer):")
    header = (f"{'size':<10}{'letters':>9}{'index s':>9}{'embed s':>10}{'engine':>9}"
              f"{'start s':>9}{'ms med':>8}{'ms p95':>8}{'peak MB':>9}")
    lines.append(header)
    lines.append("-" * len(header))
    for size, info in result.get("speed", {}).items():
        if "embed_build_s" in info:
            embed = f"{info['embed_build_s']:>10.1f}"
        elif "embed_build_s_estimated" in info:
            embed = f"{'~' + format(info['embed_build_s_estimated'], '.0f'):>10}"
        else:
            embed = f"{'-':>10}"
        for engine in ("lexical", "fused"):
            run = info.get(engine)
            if run is None:
                continue
            if "error" in run:
                lines.append(f"{size:<10}{info['letters']:>9}{'':>9}{'':>10}{engine:>9}  "
                             f"error: {run['error']}")
                continue
            lines.append(
                f"{size:<10}{info['letters']:>9}{info['index_build_s']:>9.1f}{embed}"
                f"{engine:>9}{run['startup_s']:>9.2f}{run['ms_median']:>8.2f}"
                f"{run['ms_p95']:>8.2f}{run['peak_mb']:>9.0f}"
            )
    if "embed_throughput" in result:
        et = result["embed_throughput"]
        lines.append(f"  embedding throughput (all-MiniLM-L6-v2 int8 on onnxruntime, CPU): "
                     f"{et['letters_per_s']:.1f} letters/s (the real archive's build, model "
                     "load included); '~' = estimated from it")
    lines.append("  synthetic sizes use random unit vectors (similarities meaningless; latency, "
                 "start-up and memory real)")
    lines.append("")
    lines.append("Goals (issue 3):")
    for name, g in result.get("goals", {}).items():
        lines.append(f"  {'met' if g['met'] else 'NOT met':<8} {name}: {g['value']:.3f} "
                     f"(goal {'>=' if 'R@' in name else '<='} {g['goal']})")
    if result.get("service"):
        from bot.devtools.bench_service import format_figures

        lines.append("")
        lines.append(format_figures(result["service"]))
    if "tune" in result:
        lines.append("")
        lines.append("Tuning (train only), best per engine:")
        for engine, row in result["tune"]["best"].items():
            lines.append(f"  {engine}: {json.dumps(row)}")
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    """Run the bench and print the table (or JSON)."""
    try:
        result = run_bench(args)
    except FileNotFoundError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "json", False):
        print(json.dumps(result, indent=2, sort_keys=False))
    else:
        print(format_table(result))
    return 0


if __name__ == "__main__":  # pragma: no cover
    parser = argparse.ArgumentParser(prog="python -m bot.devtools.bench")
    add_arguments(parser)
    sys.exit(main(parser.parse_args()))
