"""Benchmark figures beyond matching, for `python -m bot bench`: loading files (wall time and
peak memory of `python -m bot load` in a fresh process), the crisis detector on every labelled
set, and the bot against the local Bot API double (updates answered per second, broadcast rate).

Not timed tests: figures to print side by side with their goals.
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.models import Answer, Letter

#: The directory that holds the `bot` package (working directory and PYTHONPATH of `load`).
REPO = Path(__file__).resolve().parents[2]
#: The labelled crisis sets, by name and file name, looked for in the directory passed in (the
#: training files by their place in the repository). "test" sets were written blind and scored
#: once (frozen); "train" sets shaped the rules or the classifiers, so their figures say nothing
#: about unseen wording.
WRITTEN = REPO / "data" / "safety" / "written"
CRISIS_SETS = (
    ("test G (blind, frozen)", "crisis_test_g.tsv"),
    ("test N (blind, frozen)", "crisis_test_n.tsv"),
    ("test O (blind, frozen)", "crisis_test_o.tsv"),
    ("test Q (blind, frozen)", "crisis_test_q.tsv"),
    ("test R (blind, frozen)", "crisis_test_r.tsv"),
    ("test T (blind, frozen)", "crisis_test_t.tsv"),
    ("test W (blind, frozen)", "crisis_test_w.tsv"),
    ("test Y, short (blind, frozen)", "crisis_test_y.tsv"),
    ("test BB, short (blind, frozen)", "crisis_test_bb.tsv"),
    ("test CC, short (blind, frozen)", "crisis_test_cc.tsv"),
    ("test DD (blind, frozen)", "crisis_test_dd.tsv"),
    ("test EE, short (blind, frozen)", "crisis_test_ee.tsv"),
    ("test KK, short (blind, frozen)", "crisis_test_kk.tsv"),
    *((f"{name} (train; was blind)", WRITTEN / f"former_test_{name.lower()}.tsv")
      for name in [*"ABDEFHIJKLMPSUVXZ", "AA"]),
    ("dev C (train)", WRITTEN / "former_dev_c.tsv"),
    *((f"dev {name}, short (train)", WRITTEN / f"former_dev_{name.lower()}.tsv")
      for name in ("FF", "HH", "GG")),
    ("dev JJ (train)", WRITTEN / "former_dev_jj.tsv"),
    ("labelled (train)", "crisis_labelled.tsv"),
    ("holdout (train)", "crisis_holdout.tsv"),
    ("holdout2 (train)", "crisis_holdout2.tsv"),
    ("holdout3 (train)", "crisis_holdout3.tsv"),
)
PEOPLE_SET = "people_matching.jsonl"
LOAD_FILE_LETTERS = 10_000  # per JSONL file: the importers refuse files over 50 MB

_LOAD_WORKER = r"""
import sys, time
t0 = time.perf_counter()
from bot.cli import main
code = main(sys.argv[1:])
wall = time.perf_counter() - t0
peak = 0.0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1]) / 1024
print(f"@@BENCH {code} {wall:.3f} {peak:.1f}", file=sys.stderr)
"""


def timed_load(db: Path, paths: list[Path]) -> dict[str, float]:
    """`python -m bot load --no-embed PATHS` in a fresh process: seconds and peak MB."""
    env = dict(os.environ, BOT_DB=str(db), PYTHONPATH=str(REPO), LOG_LEVEL="WARNING")
    proc = subprocess.run(
        [sys.executable, "-c", _LOAD_WORKER, "load", "-q", "--no-embed", *map(str, paths)],
        capture_output=True, text=True, env=env, cwd=str(REPO), timeout=3600,
    )
    line = next((x for x in proc.stderr.splitlines() if x.startswith("@@BENCH")), None)
    if line is None:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    _, code, wall, peak = line.split()
    return {"exit": int(code), "seconds": float(wall), "peak_mb": float(peak),
            "files": len(paths)}


def synthetic_letters(source: Any, n: int, seed: int = 7) -> Iterator[Letter]:
    """`n` letters recombined from the sentences of an open archive `source` (titles, question
    sentences, answer sentences, topics)."""
    from bot.text import sentences

    titles, qsent, asent, topics = [], [], [], set()
    for letter in source.summaries():
        titles.append(letter.title)
        qsent += sentences(letter.question)
        asent += [s for s in sentences(letter.answers_text) if len(s) > 20]
        topics.update(t.strip() for t in letter.topics.split(",") if t.strip())
    topic_list = sorted(topics) or ["general"]
    rng = random.Random(seed)
    for i in range(n):
        yield Letter(
            title=rng.choice(titles),
            question=" ".join(rng.choices(qsent, k=rng.randint(2, 6))),
            answers=[Answer(text=" ".join(rng.choices(asent, k=rng.randint(4, 10))),
                            answerer="Synthetic", upvotes=rng.randint(0, 5))
                     for _ in range(rng.randint(1, 3))],
            topics=[rng.choice(topic_list)],
            source_url=f"synthetic:{n}:{i}",
            added="2026-01-01",
        )


def load_figures(csv_files: list[Path], n_synthetic: int | None) -> dict[str, Any]:
    """Load both counsel-chat CSVs, and `n_synthetic` letters as JSONL files, each into a new
    archive through the command line (embeddings aside)."""
    from bot.archive.importers.jsonl import dumps_letter

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bot-bench-load-") as tmp:
        tmp_path = Path(tmp)
        real_db = tmp_path / "real.db"
        out["counsel-chat"] = timed_load(real_db, csv_files)
        if n_synthetic:
            from bot.archive import Archive

            paths = []
            source = Archive.open(real_db)
            letters = synthetic_letters(source, n_synthetic)
            for k in range(0, n_synthetic, LOAD_FILE_LETTERS):
                path = tmp_path / f"synthetic-{k // LOAD_FILE_LETTERS:02d}.jsonl"
                with path.open("w", encoding="utf-8") as f:
                    for _ in range(min(LOAD_FILE_LETTERS, n_synthetic - k)):
                        f.write(dumps_letter(next(letters)) + "\n")
                paths.append(path)
            source.close()
            out[f"synthetic-{n_synthetic}"] = timed_load(tmp_path / "synthetic.db", paths)
            out[f"synthetic-{n_synthetic}"]["megabytes"] = round(
                sum(p.stat().st_size for p in paths) / 1e6, 1)
    return out


def crisis_sets(labelled: Path | None) -> list[dict] | None:
    """The crisis triage on every labelled set found in the directory `labelled`: the rules
    alone, the rules with the wording model (``lexical``: no sentence vectors) and the whole
    detector (rules + classifiers), per tier and language."""
    if labelled is None:
        return None
    from bot.safety.evaluation import evaluate_sets

    try:
        return evaluate_sets([(name, labelled / file) for name, file in CRISIS_SETS])
    except FileNotFoundError:
        return None


def bot_figures(n_updates: int = 300) -> dict[str, Any] | None:
    """The real Application against the local Bot API double (devtools.botapi_double):
    updates answered per second with the double's limits off (the bot itself) and on
    (Telegram's), as shipped (bundled archive, default engine, crisis net) and lexical-only;
    and a broadcast to 200 chats of which 10 blocked the bot, under the double's limits."""
    from bot.archive import Archive
    from bot.archive.loader import seed_if_empty
    from bot.devtools import botapi_double as double
    from bot.matching import semantic
    from bot.matching.matcher import Matcher

    out: dict[str, Any] = {"updates": n_updates}
    with tempfile.TemporaryDirectory(prefix="bot-bench-bot-") as tmp:
        archive = Archive.open(Path(tmp) / "bundled.db")
        seed_if_empty(archive, embed=semantic.refresh)
        for engine in ("auto", "lexical"):
            matcher = Matcher(archive, engine)
            name = f"{matcher.engine}"
            out[name] = {
                "per_s_limits_off": double.measure_throughput(
                    n_updates, archive=archive, matcher=matcher, limits=False),
                "per_s_limits_on": double.measure_throughput(
                    100, archive=archive, matcher=matcher, limits=True),
            }
        archive.close()
    from bot.devtools import soak

    # 300 people, realistic messages of varied length (a few in crisis), limits off: the bot in
    # its own process as deployed, and sharing this process (and its GIL) with the double
    out["realistic"] = soak.updates_per_second(n_updates)
    out["realistic_shared"] = soak.updates_per_second(n_updates, own_process=False)
    out["broadcast"] = asyncio.run(_broadcast_figures())
    return out


async def _broadcast_figures(chats: int = 200, blocked: int = 10) -> dict[str, float]:
    from bot.devtools import botapi_double as double
    from bot.telegram.jobs import bench_broadcast

    with double.running_double(limits=double.Limits()) as api:
        ids = list(range(20_000_000, 20_000_000 + chats))
        for chat_id in ids:
            api.add_user(chat_id)
        for chat_id in ids[:blocked]:
            api.block(chat_id)
        api.expect(403, "blocked", method="sendMessage")
        api.expect(429, "Too Many Requests", method="sendMessage")
        start = time.perf_counter()
        figures = await bench_broadcast(api.url, api.token, ids)
        figures.setdefault("seconds", time.perf_counter() - start)
        return figures


def format_figures(result: dict[str, Any]) -> str:
    """The figures of this module as plain-text lines."""
    lines: list[str] = []
    load = result.get("load")
    if load:
        lines.append("Loading (python -m bot load --no-embed, fresh process; goals: both "
                     "counsel-chat files < 5 s; 100,000 letters < 60 s and < 500 MB peak):")
        for name, f in load.items():
            if "error" in f:
                lines.append(f"  {name:<18} error: {f['error']}")
                continue
            size = f" ({f['megabytes']} MB in {f['files']} files)" if "megabytes" in f else ""
            lines.append(f"  {name:<18} {f['seconds']:>7.2f} s  peak {f['peak_mb']:>6.0f} MB"
                         f"{size}")
        lines.append("")
    sets = result.get("crisis_sets")
    if sets:
        lines.append("Crisis triage (issue goals on the blind test sets: recall any tier >= 0.97;"
                     " safe in high <= 2%; safe in any tier <= 8%):")
        width = max(len(row["set"]) for row in sets) + 2
        lines.append(f"  {'set':<{width}}{'detector':<10}{'n':>5}{'recall':>8}{'high->any':>10}"
                     f"{'high->high':>11}{'poss->any':>10}{'safe->high':>11}{'safe->any':>10}")
        for row in sets:
            for name in ("rules", "lexical", "detector"):
                f = row["overall"][name]
                lines.append(
                    f"  {row['set']:<{width}}{name:<10}{row['n']:>5}{_r(f['recall_any'])}"
                    f"{_r(f['recall_high_any'], 10)}{_r(f['recall_high_as_high'], 11)}"
                    f"{_r(f['recall_possible_any'], 10)}{_r(f['false_high'], 11)}"
                    f"{_r(f['false_any'], 10)}")
            conf = row["overall"]["detector"]["confusion"]
            lines.append("    confusion (label -> high/possible/none): " + "; ".join(
                f"{label} {c['high']}/{c['possible']}/{c['none']}" for label, c in conf.items()))
            lines.append("    per language, detector (recall / safe->any): " + "; ".join(
                f"{lang} {_r(d['detector']['recall_any'], 0)}/"
                f"{_r(d['detector']['false_any'], 0)}"
                for lang, d in row["languages"].items()))
        lines.append("")
    if result.get("venv_mb"):
        lines.append(f"Virtualenv size: {result['venv_mb']:.0f} MB, this one, with whatever else "
                     "was installed into it (goal <= 600 MB for a fresh ./scripts/setup)")
        lines.append("")
    people = result.get("people")
    if people:
        if people.get("embed_both_files_s") is not None:
            lines.append(f"Embedding both counsel-chat files: {people['embed_both_files_s']} s")
        lines.append("People-style messages (blind set; odd ids dev, even ids test, scored once):")
        for part, methods in people["quality"].items():
            for name, f in methods.items():
                lines.append(f"  {part:<5} {name:<16} n {f['n']:>3}  hit@1 {f['hit@1']:.3f}  "
                             f"hit@3 {f['hit@3']:.3f}")
        lines.append("  whole reply path (safety + matching + rendering) vs one bare encode, ms "
                     "(goal: long p95 <= 1.5x encode p95):")
        for bucket, f in people["speed"].items():
            lines.append(f"  {bucket:<7} n {f['messages']:>3}  reply p50 {f['reply_p50_ms']:>6}"
                         f"  p95 {f['reply_p95_ms']:>6}   encode p50 "
                         f"{f.get('encode_p50_ms', '-'):>6}  p95 {f.get('encode_p95_ms', '-'):>6}"
                         f"   ratio {f.get('p95_ratio', '-')}")
        lines.append("  crisis detector on a message already read (rules + classifier, on top of "
                     "the shared encoder pass), ms (goal: p95 <= 5 for 100-word messages):")
        for bucket, f in people["speed"].items():
            lines.append(f"  {bucket:<7} n {f['messages']:>3}  detector p50 {f['detect_p50_ms']:>6}"
                         f"  p95 {f['detect_p95_ms']:>6}")
        lines.append("")
    bot = result.get("bot")
    if bot:
        lines.append(f"The bot against the local Bot API double ({bot['updates']} users at once, "
                     "one short message each; Telegram allows ~30 messages/s):")
        for engine in ("fused", "lexical"):
            if engine in bot:
                f = bot[engine]
                lines.append(f"  {engine:<8} limits off {f['per_s_limits_off']:>7.1f} updates/s"
                             f"   limits on {f['per_s_limits_on']:>6.1f} updates/s")
        for key in ("realistic", "realistic_shared"):
            r = bot.get(key)
            if r:
                lines.append(f"  {r['users']} users, realistic messages, limits off "
                             f"({r['engine']}, crisis net {'on' if r['crisis_net'] else 'off'}, "
                             f"bot process {r['process']}): {r['updates_per_s']:.1f} updates/s "
                             f"(goal >= 100), {r['errors']} errors")
        b = bot.get("broadcast") or {}
        if b:
            lines.append("  broadcast, 200 chats (10 blocked), limits on: "
                         + ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}"
                                     for k, v in b.items()))
    return "\n".join(lines)


def _r(value: float | None, width: int = 8) -> str:
    return f"{'-' if value is None else f'{value:.3f}':>{width}}"


def people_figures(archive: Any, labelled: Path | None,
                   embed_seconds: float | None = None) -> dict[str, Any] | None:
    """Matching and reply speed on the people-style set (:mod:`bot.devtools.people`), over an
    archive of both counsel-chat files with their embeddings (``embed_seconds``: how long
    embedding them took, reported beside)."""
    from bot.matching import semantic

    if labelled is None or not (labelled / PEOPLE_SET).exists() or not semantic.available():
        return None
    from bot.devtools import people

    result = people.run(archive, labelled / PEOPLE_SET)
    if embed_seconds is not None:
        result["embed_both_files_s"] = round(embed_seconds, 1)
    return result


def venv_megabytes() -> float | None:
    """Size of the running virtualenv (``sys.prefix``) in MB, when it is one."""
    import sys

    if sys.prefix == sys.base_prefix:
        return None
    total = sum(p.stat().st_size for p in Path(sys.prefix).rglob("*")
                if p.is_file() and not p.is_symlink())
    return round(total / 1e6, 1)


def run(csv_files: list[Path], quick: bool, labelled: Path | None = None,
        people: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every figure of this module (the crisis sets from the directory `labelled`; ``people``:
    the people-style figures, measured by the caller on its embedded archive)."""
    return {
        "load": load_figures(csv_files, None if quick else 100_000),
        "crisis_sets": crisis_sets(labelled),
        "people": people,
        "bot": bot_figures(),
        "venv_mb": venv_megabytes(),
    }
