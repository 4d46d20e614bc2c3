"""Load figures for the bot itself, through the real PTB ``Application`` against the Bot API double.

- :func:`updates_per_second`: ``n_users`` people each send one realistic message at once (the
  double's and the bot's flood limits off): updates answered per second (goal >= 100 on the
  2-core machine);
- :func:`soak`: ``n_users`` people keep talking (a message, the reply, a pause to read, again)
  with Telegram's flood limits on, while an admin loads ``n_letters`` synthetic letters with
  ``python -m bot load --no-embed`` in another process (it holds the write lock for minutes; the
  bot follows the new letters): p50/p95/max reply latency and the error count (goal: 0).

Run: ``python -m bot.devtools.soak [--users 300] [--letters 100000] [--json]``; the bench
(``python -m bot bench``) reports :func:`updates_per_second`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

#: What people write (varied lengths and topics; a few in crisis, which must get crisis lines).
REALISTIC_MESSAGES = (
    "I feel anxious all the time and can't sleep",
    "my partner and I keep fighting about money and I don't know how to stop it",
    "how do I know if I need therapy?",
    "I think I'm depressed, nothing is fun anymore and I stay in bed all weekend",
    "my mother is too controlling, she reads my messages and I'm 24",
    "I have trouble making friends at work, everyone already has their group",
    "my therapist said she cares about me but she never answers my emails",
    "is it normal to cry after every session?",
    "my boyfriend cheated and I still love him, what do I do",
    "I get panic attacks before exams",
    "my dad drinks every night and gets angry, I'm scared to go home",
    "I can't stop thinking about my ex",
    "how do I tell my therapist I want to stop seeing her",
    "I feel lonely even when I'm with people",
    "we just had a baby and I feel nothing, is something wrong with me",
    "my teenage son won't talk to me anymore",
    "I keep procrastinating and hate myself for it",
    "grief after my grandmother died, it's been a year and it still hurts",
    "i don't want to be alive anymore",
    "I'm so stressed at work I can't breathe sometimes",
    "my best friend stopped talking to me and I don't know why",
    "should I tell my parents I'm gay",
    "I have intrusive thoughts that scare me",
    "my wife wants a divorce and I don't",
    "everyone would be better off without me",
    "I eat when I'm sad and then feel worse",
    "how can I stop overthinking everything",
    "ok",
    "thank you",
    "I was bullied at school and it still affects me at 30",
)
CRISIS_MESSAGES = frozenset({"i don't want to be alive anymore",
                             "everyone would be better off without me"})

_WORDS = ("sleep", "work", "mother", "father", "partner", "money", "anxiety", "grief", "school",
          "friends", "therapy", "panic", "anger", "loneliness", "divorce", "baby", "exams",
          "drinking", "trust", "jealousy", "boundaries", "self-esteem", "motivation", "fear")


def synthetic_jsonl(directory: Path, n_letters: int, per_file: int = 25_000,
                    seed: int = 11) -> list[Path]:
    """``n_letters`` short synthetic letters as JSONL files of ``per_file`` letters each (the
    loader takes files up to 50 MB)."""
    rng = random.Random(seed)
    paths: list[Path] = []
    for start in range(0, n_letters, per_file):
        path = directory / f"synthetic-{start // per_file + 1}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for i in range(start, min(start + per_file, n_letters)):
                a, b, c = rng.sample(_WORDS, 3)
                out.write(json.dumps({
                    "title": f"Struggling with {a} and {b} ({i})",
                    "question": f"For months {a} has been hard for me, and now {b} too. "
                                f"I don't know how to talk about {c}. What can I do? ({i})",
                    "answers": [{"text": f"Many people find {a} and {b} hard at once. It can "
                                         f"help to name what you feel about {c}, and to talk "
                                         f"with someone you trust. ({i})",
                                 "answerer": "Synthetic"}],
                    "topics": [a],
                    "source_url": f"synthetic:{i}",
                }) + "\n")
        paths.append(path)
    return paths


class _ErrorCount(logging.Handler):
    """Counts ERROR records of the bot (its error handler logs each failed update)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.kinds: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        key = f"{record.name}: {record.msg}"[:80]
        self.kinds[key] = self.kinds.get(key, 0) + 1


def _archive(tmp: Path, engine: str = "auto") -> tuple[Any, Any]:
    from bot.archive import Archive
    from bot.archive.loader import seed_if_empty
    from bot.matching import semantic
    from bot.matching.matcher import Matcher

    archive = Archive.open(tmp / "soak.db")
    seed_if_empty(archive, embed=semantic.refresh)
    return archive, Matcher(archive, engine)


def _settings(api: Any, db: Path, admin: int, crisis_net: bool = True) -> Any:
    from bot.config import load_settings

    api.add_user(admin)  # the admin has a chat with the bot (their command menu is set)
    return load_settings({"TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_URL": api.url,
                          "BOT_DB": str(db), "ADMIN_IDS": str(admin), "CRISIS_REGION": "US",
                          "CRISIS_SEMANTIC": "1" if crisis_net else "0"})


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _push_and_time(api: Any, n_users: int) -> tuple[float, int]:
    """Push one realistic message from each of ``n_users`` new users at once (after a warm-up
    message) and wait until every one has a reply: (seconds, Bot API errors)."""
    api.add_user(1)
    api.private_message(1, "hello")  # warm-up: the first reply after start
    await api.wait_for(lambda: api.messages_to(1), timeout=180)
    users = list(range(30_000_000, 30_000_000 + n_users))
    for user in users:
        api.add_user(user)
    started = time.perf_counter()
    for i, user in enumerate(users):
        api.private_message(user, REALISTIC_MESSAGES[i % len(REALISTIC_MESSAGES)])
    await api.wait_for(lambda: all(api.messages_to(u) for u in users),
                       timeout=max(60.0, n_users / 5), interval=0.002)
    return time.perf_counter() - started, len(api.unexpected_errors())


async def updates_per_second_async(n_users: int = 300, *, archive: Any, matcher: Any,
                                   crisis_net: bool = True) -> dict:
    """``n_users`` realistic messages pushed at once, flood limits off, the bot and the double
    in this process: updates answered per second."""
    from bot.devtools.botapi_double import Limits, running_double
    from bot.telegram.app import build_application, running

    with running_double(limits=Limits(enabled=False)) as api:
        app = build_application(_settings(api, Path(archive.path), 1, crisis_net), archive,
                                matcher, rate_limits=False)
        async with running(app):
            elapsed, errors = await _push_and_time(api, n_users)
    return {"users": n_users, "engine": matcher.engine, "crisis_net": crisis_net,
            "process": "shared with the double", "updates_per_s": n_users / elapsed,
            "seconds": elapsed, "errors": errors}


def updates_per_second(n_users: int = 300, engine: str = "auto",
                       crisis_net: bool = True, own_process: bool = True) -> dict:
    """Updates answered per second, flood limits off, on the bundled archive in a temporary
    directory. ``own_process``: the bot runs as it is deployed, in a process of its own
    (:func:`serve_bot`), the double in this one (as Telegram is not inside the bot's process);
    else both share this process and its GIL (:func:`updates_per_second_async`)."""
    with tempfile.TemporaryDirectory(prefix="bot-ups-") as tmp:
        archive, matcher = _archive(Path(tmp), engine)
        try:
            if not own_process:
                return asyncio.run(updates_per_second_async(n_users, archive=archive,
                                                            matcher=matcher,
                                                            crisis_net=crisis_net))
            name = matcher.engine
        finally:
            archive.close()
        return asyncio.run(_updates_per_second_own_process(Path(tmp) / "soak.db", n_users,
                                                           engine, name, crisis_net))


async def _updates_per_second_own_process(db: Path, n_users: int, engine: str, name: str,
                                          crisis_net: bool) -> dict:
    from bot.devtools.botapi_double import Limits, running_double

    with running_double(limits=Limits(enabled=False)) as api:
        api.add_user(1)
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_URL": api.url,
               "BOT_DB": str(db), "ADMIN_IDS": "1", "CRISIS_REGION": "US",
               "CRISIS_SEMANTIC": "1" if crisis_net else "0", "MATCH_ENGINE": engine}
        log_path = db.parent / "bot.log"
        with log_path.open("wb") as log_file:
            child = subprocess.Popen([sys.executable, "-m", "bot.devtools.soak", "--serve-bot"],
                                     env=env, stdout=log_file, stderr=subprocess.STDOUT)
        try:
            elapsed, errors = await _push_and_time(api, n_users)
        except AssertionError as exc:  # no replies: say why the bot did not answer
            tail = log_path.read_text(errors="replace")[-2000:]
            raise AssertionError(f"{exc}; the bot's output:\n{tail}") from None
        finally:
            child.terminate()
            try:
                child.wait(20)
            except subprocess.TimeoutExpired:  # pragma: no cover - a stuck child
                child.kill()
    return {"users": n_users, "engine": name, "crisis_net": crisis_net,
            "process": "its own", "updates_per_s": n_users / elapsed, "seconds": elapsed,
            "errors": errors}


def serve_bot() -> None:
    """The bot as ``python -m bot run`` runs it (settings from the environment), with its own
    rate limiter off: the child process of :func:`updates_per_second`."""
    from telegram import Update

    from bot.archive import Archive
    from bot.config import load_settings
    from bot.matching.matcher import Matcher
    from bot.safety import triage
    from bot.telegram.app import build_application

    settings = load_settings()
    archive = Archive.open(settings.bot_db)
    triage.warm()
    app = build_application(settings, archive,
                            Matcher(archive, os.environ.get("MATCH_ENGINE", "auto")),
                            rate_limits=False)
    app.run_polling(allowed_updates=Update.ALL_TYPES)


async def soak_async(tmp: Path, n_users: int, n_letters: int, think: tuple[float, float],
                     max_seconds: float) -> dict:
    """See :func:`soak`."""
    from bot.devtools.botapi_double import Limits, running_double
    from bot.telegram.app import build_application, running

    archive, matcher = _archive(tmp)
    files = synthetic_jsonl(tmp, n_letters)
    counter = _ErrorCount()
    logging.getLogger("bot").addHandler(counter)
    admin = 42
    latencies: list[float] = []
    lost = 0
    crisis_missed = 0
    sent = 0
    try:
        with running_double(limits=Limits()) as api:
            api.expect(429, "Too Many Requests")
            app = build_application(_settings(api, Path(archive.path), admin), archive,
                                    matcher)
            async with running(app):
                api.private_message(1, "hello")
                await api.wait_for(lambda: api.messages_to(1), timeout=120)
                env = dict(os.environ, BOT_DB=str(archive.path))
                loader = subprocess.Popen(
                    [sys.executable, "-m", "bot", "load", "--no-embed", *map(str, files)],
                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                load_started = time.perf_counter()
                stop = asyncio.Event()

                async def person(user: int) -> None:
                    nonlocal lost, crisis_missed, sent
                    rng = random.Random(user)
                    api.add_user(user)
                    await asyncio.sleep(rng.uniform(0, think[1]))
                    while not stop.is_set():
                        text = rng.choice(REALISTIC_MESSAGES)
                        before = len(api.messages_to(user))
                        pushed = time.perf_counter()
                        api.private_message(user, text)
                        sent += 1
                        try:
                            new = await api.wait_for(lambda b=before: api.messages_to(user)[b:],
                                                     timeout=60, interval=0.02)
                        except AssertionError:
                            lost += 1
                            continue
                        latencies.append(time.perf_counter() - pushed)
                        if text in CRISIS_MESSAGES and "988" not in new[0]["text"]:
                            crisis_missed += 1
                        await asyncio.sleep(rng.uniform(*think))

                people = [asyncio.create_task(person(40_000_000 + n)) for n in range(n_users)]
                deadline = time.monotonic() + max_seconds
                while loader.poll() is None and time.monotonic() < deadline:
                    await asyncio.sleep(0.5)
                load_seconds = time.perf_counter() - load_started
                loaded_ok = loader.poll() == 0
                if loader.poll() is None:
                    loader.kill()
                stderr = loader.communicate()[1].decode(errors="replace")[-500:]
                # let the bot follow the new letters, then one more round
                await asyncio.sleep(5)
                stop.set()
                await asyncio.gather(*people)
                letters_now = archive.count_letters()
            unexpected = len(api.unexpected_errors())
            too_many = len(api.errors(429))
    finally:
        logging.getLogger("bot").removeHandler(counter)
        archive.close()
    return {
        "users": n_users, "letters_loaded": n_letters, "load_ok": loaded_ok,
        "load_seconds": round(load_seconds, 1), "letters_in_archive": letters_now,
        "loader_stderr": "" if loaded_ok else stderr,
        "messages": sent, "replies": len(latencies),
        "latency_p50_s": round(_percentile(latencies, 0.50), 3),
        "latency_p95_s": round(_percentile(latencies, 0.95), 3),
        "latency_max_s": round(max(latencies, default=float("nan")), 3),
        "latency_mean_s": round(statistics.fmean(latencies), 3) if latencies else None,
        "errors": lost + unexpected + counter.count + crisis_missed,
        "error_detail": {"no_reply_within_60s": lost, "bot_api_errors": unexpected,
                         "bot_error_logs": counter.count, "crisis_missed": crisis_missed,
                         "kinds": counter.kinds},
        "flood_429s_absorbed": too_many,
    }


def soak(n_users: int = 300, n_letters: int = 100_000, think: tuple[float, float] = (8, 15),
         max_seconds: float = 600.0) -> dict:
    """300 people talking with flood limits on while ``python -m bot load`` adds 100,000
    letters in another process: reply latency (p50/p95/max) and errors."""
    with tempfile.TemporaryDirectory(prefix="bot-soak-") as tmp:
        return asyncio.run(soak_async(Path(tmp), n_users, n_letters, think, max_seconds))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.devtools.soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--max-seconds", type=float, default=600.0)
    parser.add_argument("--throughput-only", action="store_true",
                        help="only the updates-per-second figure (limits off)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--serve-bot", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_bot:
        serve_bot()
        return 0
    logging.basicConfig(level=logging.WARNING)
    for name in ("httpx", "telegram", "apscheduler"):
        logging.getLogger(name).setLevel(logging.WARNING)
    result: dict[str, Any] = {"throughput": [
        updates_per_second(args.users),  # as shipped: fused matching, the crisis net on
        updates_per_second(args.users, own_process=False),  # the double beside it
        updates_per_second(args.users, "lexical", crisis_net=False),  # the bot's own ceiling
    ]}
    if not args.throughput_only:
        result["soak"] = soak(args.users, args.letters, max_seconds=args.max_seconds)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for t in result["throughput"]:
        print(f"{t['users']} users at once, limits off, {t['engine']} matching, crisis net "
              f"{'on' if t['crisis_net'] else 'off'}, bot process {t['process']}: "
              f"{t['updates_per_s']:.1f} updates/s "
              f"({t['seconds']:.2f} s, {t['errors']} errors; goal >= 100)")
    if "soak" in result:
        s = result["soak"]
        print(f"soak: {s['users']} users, flood limits on, while `python -m bot load` added "
              f"{s['letters_loaded']} letters in {s['load_seconds']} s "
              f"(ok: {s['load_ok']}, archive now {s['letters_in_archive']} letters)")
        print(f"  {s['messages']} messages, {s['replies']} replies; latency p50 "
              f"{s['latency_p50_s']} s, p95 {s['latency_p95_s']} s, max {s['latency_max_s']} s; "
              f"errors {s['errors']} {s['error_detail']}; 429s absorbed "
              f"{s['flood_429s_absorbed']}")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
