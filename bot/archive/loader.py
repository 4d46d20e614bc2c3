"""Load files into the archive: parse with the importers, store in one transaction per file.

Used alike by `python -m bot load`, by an admin sending a file to the bot, and by the first-run
seeding from the bundled sample (``bot/archive/seed/``, package data). No Telegram here.

Computing sentence embeddings belongs to :mod:`bot.matching`: callers that want them pass
``embed`` (e.g. :func:`bot.matching.semantic.refresh`), run after each stored file.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

from bot.archive import importers, limits
from bot.archive.store import Archive
from bot.models import ImportReport, InputError, ParsedFile

log = logging.getLogger(__name__)

SEED_PACKAGE = "bot.archive"  # the sample lives in its seed/ folder
SEED_FILES = ("sample/letters.txt", "sample/letters.jsonl", "quotes.txt")

Progress = Callable[[int, int], object]  # (letters done so far, letters in the file)
Embedder = Callable[[Archive], object]  # computes missing sentence embeddings after a load


def _store(
    archive: Archive, parsed: ParsedFile, progress: Progress | None, embed: Embedder | None = None
) -> ImportReport:
    limits.cap_parsed(parsed)
    total = len(parsed.letters)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    started = time.perf_counter()
    report = archive.store(parsed, progress=step)
    report.timings["store"] = time.perf_counter() - started
    if embed is not None:
        started = time.perf_counter()
        embed(archive)
        report.timings["embed"] = time.perf_counter() - started
    return report


def load_path(
    archive: Archive,
    path: str | Path,
    display_name: str | None = None,
    progress: Progress | None = None,
    embed: Embedder | None = None,
) -> ImportReport:
    """Load one file. A bad file gives a report with `error` set and nothing kept.

    `embed`, when given, is called right after the file is stored (to compute the sentence
    embeddings of new or changed letters)."""
    name = display_name or str(path)
    try:
        started = time.perf_counter()
        parsed = importers.parse_file(path, display_name=name)
        parse_time = time.perf_counter() - started
        report = _store(archive, parsed, progress, embed)
        report.timings = {"parse": parse_time, **report.timings}
        return report
    except InputError as exc:
        return ImportReport(path=name, error=str(exc))


def load_bytes(
    archive: Archive,
    data: bytes,
    name: str,
    progress: Progress | None = None,
    embed: Embedder | None = None,
) -> ImportReport:
    """Load a file received as bytes (e.g. sent to the bot); `name` gives its format."""
    try:
        started = time.perf_counter()
        parsed = importers.parse_bytes(data, name)
        parse_time = time.perf_counter() - started
        report = _store(archive, parsed, progress, embed)
        report.timings = {"parse": parse_time, **report.timings}
        return report
    except InputError as exc:
        return ImportReport(path=name, error=str(exc))


def load_paths(
    archive: Archive,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    embed: Embedder | None = None,
) -> list[ImportReport]:
    """Load several files, each in its own transaction."""
    return [load_path(archive, p, progress=progress, embed=embed) for p in paths]


def seed_if_empty(
    archive: Archive, data_dir: Path | None = None, embed: Embedder | None = None
) -> list[ImportReport]:
    """Fill an empty archive from the bundled sample letters and quotes (one log line)."""
    if not archive.is_empty():
        return []
    with ExitStack() as stack:
        if data_dir is None:
            data_dir = stack.enter_context(as_file(files(SEED_PACKAGE).joinpath("seed")))
        paths = [data_dir / f for f in SEED_FILES if (data_dir / f).is_file()]
        reports = load_paths(archive, paths, embed=embed)
    stats = archive.stats()
    log.info(
        "empty archive filled from %s: %d sample letters, %d quotes",
        data_dir,
        stats["letters"],
        stats["quotes"],
    )
    return reports


def render_report(report: ImportReport) -> str:
    """A plain-text summary of one load, as the command line and the bot show it."""
    if report.error:
        return (f"✗ {limits.cut(report.error, 1000)}\n"
                "  Nothing from this file was kept.")
    lines = [f"✓ {limits.cut(report.path, 200)} ({report.format})"]
    if report.letters_added or report.letters_updated or report.letters_unchanged:
        lines.append(
            f"  letters: {report.letters_added} added, {report.letters_updated} updated, "
            f"{report.letters_unchanged} unchanged"
        )
        lines.append(
            f"  answers: {report.answers_added} added, {report.answers_unchanged} already there"
        )
    if report.quotes_added or report.quotes_unchanged:
        lines.append(
            f"  quotes: {report.quotes_added} added, {report.quotes_unchanged} already there"
        )
    if not report.changed:
        lines.append("  Nothing new: everything in this file was already in the archive.")
    if report.timings:
        lines.append("  time: " + ", ".join(f"{step} {seconds:.1f} s"
                                            for step, seconds in report.timings.items()))
    lines.extend(_bounded("note", report.notes))
    lines.extend(_bounded("warning", report.warnings))
    return "\n".join(lines)


MAX_REPORT_ITEMS = 8  # notes (and warnings) shown per report
MAX_REPORT_ITEM_CHARS = 160


def _bounded(kind: str, items: list[str]) -> list[str]:
    """At most :data:`MAX_REPORT_ITEMS` lines of ``kind``, each cut, then how many more."""
    lines = [f"  {kind}: {limits.cut(item, MAX_REPORT_ITEM_CHARS)}"
             for item in items[:MAX_REPORT_ITEMS]]
    if len(items) > MAX_REPORT_ITEMS:
        lines.append(f"  ... and {len(items) - MAX_REPORT_ITEMS:,} more {kind}s")
    return lines


def render_summary(reports: list[ImportReport]) -> str:
    """Totals over several loads, with the rejected files and their reasons."""
    ok = [r for r in reports if r.ok]
    bad = [r for r in reports if not r.ok]
    parts = [
        f"{len(ok)} file(s) loaded, {len(bad)} rejected.",
        f"letters: {sum(r.letters_added for r in ok)} added, "
        f"{sum(r.letters_updated for r in ok)} updated, "
        f"{sum(r.letters_unchanged for r in ok)} unchanged; "
        f"answers: {sum(r.answers_added for r in ok)} added; "
        f"quotes: {sum(r.quotes_added for r in ok)} added.",
    ]
    parts.extend(f"rejected: {limits.cut(r.error or '', MAX_REPORT_ITEM_CHARS)}"
                 for r in bad[:MAX_REPORT_ITEMS])
    if len(bad) > MAX_REPORT_ITEMS:
        parts.append(f"... and {len(bad) - MAX_REPORT_ITEMS:,} more rejected files")
    return "\n".join(parts)
