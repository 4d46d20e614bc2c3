"""The command line: `python -m bot load|ask|stats|export|show|bench|run`.

A thin shell over the library: it parses arguments, calls the core, and turns the library's
errors into clear one-line messages (never a traceback). It imports the core; the Telegram side
(:mod:`bot.telegram`) only inside `run`, the benchmarks (:mod:`bot.devtools`) only for `bench`.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path

from bot import redaction
from bot.archive import Archive, ArchiveError
from bot.archive.loader import load_path, render_report, render_summary, seed_if_empty
from bot.config import Settings, SettingsError, load_settings
from bot.matching import semantic

log = logging.getLogger("bot")

EPILOG = """\
examples:
  python -m bot ask "my therapist said she loves me but ignores my calls"
  python -m bot load ../shared/data/counsel-chat/*.csv
  python -m bot stats --json
  python -m bot run            (needs TELEGRAM_BOT_TOKEN)
"""


class CliError(Exception):
    """An error to show the user as one line, with exit status 1."""


def database_problem(path: str, exc: BaseException) -> str:
    """One line naming the archive file, what is wrong with it and what to do."""
    detail = str(exc)
    lowered = detail.lower()
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return (f"the archive {path} is damaged ({detail}): restore it from a backup, or move "
                "it aside and load the letter files again")
    if "locked" in lowered or "busy" in lowered:
        return (f"the archive {path} is locked by another process (e.g. a `load` still "
                "running): wait for it to finish and try again")
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return (f"the archive {path} cannot be written ({detail}): make the file and its "
                "folder writable, or set BOT_DB to a writable file")
    if "disk is full" in lowered:
        return f"the archive {path} cannot grow ({detail}): free some disk space and try again"
    return f"the archive {path} cannot be used ({detail}): check the file, or set BOT_DB"


def _quiet_broken_pipe() -> None:
    """The reader of standard output went away (`... | head`): drop what is still buffered."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # httpx logs every request URL, which contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Any library's record: no one's words, no token, no huge payloads.
    redaction.install()


def open_archive(settings: Settings, seed: bool = True) -> Archive:
    """Open the configured archive, filling it from the bundled sample when it is empty."""
    archive = Archive.open(settings.bot_db)
    if seed:
        seed_if_empty(archive, embed=semantic.refresh)
    return archive


# --- commands ---------------------------------------------------------------------------------


EMBED_CHUNK = 64  # letters embedded between two progress updates


def embedder(show_bar: bool, chunk: int = EMBED_CHUNK) -> Callable[[Archive], int]:
    """Computes the missing sentence embeddings in chunks, with a progress bar on a terminal."""

    def embed(archive: Archive) -> int:
        if not semantic.available():
            return 0
        stale = semantic.stale_letters(archive)
        if not stale:
            return 0
        bar = None
        if show_bar:
            from tqdm import tqdm

            bar = tqdm(total=len(stale), desc="embedding", unit=" letters", leave=False,
                       file=sys.stderr)
        done = 0
        try:
            for start in range(0, len(stale), chunk):
                done += semantic.compute(archive, stale[start : start + chunk])
                if bar is not None:
                    bar.update(min(chunk, len(stale) - start))
        finally:
            if bar is not None:
                bar.close()
        return done

    return embed


def cmd_load(args: argparse.Namespace, settings: Settings) -> int:
    """Load letter and quote files into the archive."""
    archive = open_archive(settings, seed=False)
    reports = []
    show_bar = sys.stderr.isatty() and not args.quiet
    for path in args.paths:
        bar = None
        if show_bar:
            from tqdm import tqdm

            bar = tqdm(desc=Path(path).name, unit=" letters", leave=False, file=sys.stderr)

        def progress(done: int, total: int, bar=bar) -> None:
            if bar is not None:
                bar.total = total
                bar.n = done
                bar.refresh()

        report = load_path(archive, path, progress=progress,
                           embed=None if args.no_embed else embedder(show_bar))
        if bar is not None:
            bar.close()
        reports.append(report)
        print(render_report(report), file=sys.stdout if report.ok else sys.stderr)
    if len(reports) > 1:
        print(render_summary(reports))
        total = sum(sum(r.timings.values()) for r in reports)
        print(f"total time: {total:.1f} s")
    return 0 if all(r.ok for r in reports) else 1


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    """Print counts of letters, answers, quotes, topics and subscribers."""
    stats = open_archive(settings).stats()
    if args.json:
        print(json.dumps(stats, sort_keys=True))
    else:
        width = max(len(k) for k in stats)
        for key, value in stats.items():
            print(f"{key:<{width}}  {value:>8,}")
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    """Write every letter as JSONL (one letter a line) to standard output or a file."""
    from bot.archive.importers.jsonl import dumps_letter

    archive = open_archive(settings)
    with ExitStack() as stack:
        out = (
            stack.enter_context(open(args.output, "w", encoding="utf-8"))
            if args.output
            else sys.stdout
        )
        for letter in archive.iter_letters(include_hidden=args.include_hidden):
            out.write(dumps_letter(letter.to_letter()) + "\n")
    return 0


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    """Print one whole letter as plain text."""
    from bot.replies.render import letter_as_plain_text

    archive = open_archive(settings)
    letter = archive.letter(args.id, include_hidden=True)
    if letter is None:
        raise CliError(f"no letter with id {args.id}")
    print(letter_as_plain_text(letter))
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Print the reply the bot would send to a message (or to each line of standard input)."""
    from bot.replies.asking import Asker

    try:
        asker = Asker(open_archive(settings), settings, engine=args.engine)
    except ValueError as exc:  # e.g. --engine fused without the semantic extra
        raise CliError(str(exc)) from exc
    if args.message:
        message = " ".join(args.message)
        print(asker.ask_json(message) if args.json else asker.ask_text(message))
        return 0
    for line in sys.stdin:
        message = line.rstrip("\n")
        print(asker.ask_json(message) if args.json else asker.ask_text(message) + "\n", flush=True)
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    """Measure matching quality and speed against baselines, side by side."""
    from bot.devtools import bench  # the benchmarks are loaded for this command only

    parser = argparse.ArgumentParser(prog="python -m bot bench", description=cmd_bench.__doc__)
    bench.add_arguments(parser)
    return bench.main(parser.parse_args(args.bench_options))


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the Telegram bot (long polling, or a webhook when WEBHOOK_URL is set)."""
    settings.require_token()
    from bot.telegram.app import StartupError, preflight, run

    if Path(settings.bot_db).is_file():  # a broken archive is reported before the network
        Archive.open(settings.bot_db).close()
    try:
        preflight(settings)
    except StartupError as exc:
        raise CliError(str(exc)) from None
    run(settings)
    return 0


# --- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="A Telegram bot that answers with matching letters from an archive of "
        "therapist answers.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("load", help=cmd_load.__doc__, description=cmd_load.__doc__)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="letter pages (.txt), CSV, JSON, JSONL or quotes files")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-embed", action="store_true",
                   help="skip computing sentence embeddings now (the next load computes the "
                   "missing ones; until then matching is lexical)")
    p.set_defaults(func=cmd_load)

    p = sub.add_parser("ask", help=cmd_ask.__doc__, description=cmd_ask.__doc__)
    p.add_argument("message", nargs="*", help="the message; none: read standard input, "
                   "one message a line")
    p.add_argument("--json", action="store_true", help="one JSON object per message")
    p.add_argument("--engine", choices=["auto", "lexical", "fused"], default="auto",
                   help="matching engine (default: fused when the semantic extra is installed)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("stats", help=cmd_stats.__doc__, description=cmd_stats.__doc__)
    p.add_argument("--json", action="store_true", help="as one JSON object")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("export", help=cmd_export.__doc__, description=cmd_export.__doc__)
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.add_argument("--visible-only", dest="include_hidden", action="store_false",
                   help="leave hidden letters out")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("show", help=cmd_show.__doc__, description=cmd_show.__doc__)
    p.add_argument("id", type=int, help="the letter's id")
    p.set_defaults(func=cmd_show)

    # Its options belong to bot.devtools.bench, imported only when the command runs.
    p = sub.add_parser("bench", help=cmd_bench.__doc__, add_help=False,
                       description=cmd_bench.__doc__)
    p.set_defaults(func=cmd_bench, bench_options=[])

    p = sub.add_parser("run", help=cmd_run.__doc__, description=cmd_run.__doc__)
    p.set_defaults(func=cmd_run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse, run the command, map errors to messages and exit codes."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if getattr(args, "func", None) is cmd_bench:
        args.bench_options = extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    db_path = os.environ.get("BOT_DB", "data/archive.db")
    try:
        settings = load_settings()
        db_path = str(settings.bot_db)
        _setup_logging(settings.log_level)
        return args.func(args, settings)
    except SettingsError as exc:
        print(f"error: setting {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 0
    except sqlite3.DatabaseError as exc:
        print(f"error: {database_problem(db_path, exc)}", file=sys.stderr)
        return 1
    except ArchiveError as exc:
        if isinstance(exc.__cause__, sqlite3.DatabaseError):
            message = database_problem(db_path, exc.__cause__)
        else:
            message = str(exc) if db_path in str(exc) else f"the archive {db_path}: {exc}"
        print(f"error: {message}", file=sys.stderr)
        return 1
    except (CliError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
