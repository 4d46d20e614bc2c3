"""Matching and reply speed on people-style messages (``tests/data/people_matching.jsonl``).

The set was written blind (by a writer who never saw the matcher): first-person messages of 20 to
200 words, with typos and backstory, each with every counsel-chat question that answers it equally
well (``targets``, question URLs). It is split by id: odd ids are the dev part (used to choose
the fusion settings), even ids the test part (scored once; frozen).

Reported per part and per method: hit@1 and hit@3 (a hit is any target in the top k). And for
the whole reply path (:func:`bot.replies.service.respond`: safety, matching and rendering), the
p50 and p95 per length (short: 30 words or fewer; long: 100 or more) with the bare encode of the
same messages beside it, measured in the same run.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Ranker = Callable[[str], list[int]]


@dataclass(frozen=True)
class PeopleMessage:
    """One message of the set: its id, text, word count and target URLs."""

    id: str
    text: str
    words: int
    targets: tuple[str, ...]

    @property
    def part(self) -> str:
        """``dev`` for odd ids, ``test`` for even ones."""
        digits = "".join(ch for ch in self.id if ch.isdigit()) or "0"
        return "dev" if int(digits) % 2 else "test"


def read_set(path: Path) -> list[PeopleMessage]:
    """The messages of a people-style JSONL set."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append(PeopleMessage(row["id"], row["text"], len(row["text"].split()),
                                     tuple(row["targets"])))
    return out


def _hits(rank: Ranker, messages: Sequence[PeopleMessage],
          url_of: dict[int, str]) -> dict[str, float]:
    at1 = at3 = 0
    for m in messages:
        urls = [url_of.get(i) for i in rank(m.text)]
        targets = set(m.targets)
        at1 += bool(urls[:1] and urls[0] in targets)
        at3 += any(u in targets for u in urls[:3])
    n = len(messages) or 1
    return {"n": len(messages), "hit@1": round(at1 / n, 3), "hit@3": round(at3 / n, 3)}


def rankers(archive: Any, matcher: Any) -> dict[str, Ranker]:
    """MiniLM alone (the message's one-pass vector against the letters' vectors) and the bot's
    fused matcher fed the same vector, as :func:`bot.replies.service.respond` does."""
    from bot.replies import service

    index = matcher.semantic

    def minilm(text: str) -> list[int]:
        seen = service.read(text)
        if seen.vectors is None:
            return []
        return [i for i, _ in index.top(seen.vectors.whole, 10)]

    def fused(text: str) -> list[int]:
        seen = service.read(text)
        vector = None if seen.vectors is None else seen.vectors.whole
        return [m.letter_id for m in matcher.rank(service.prepare(text), 10, vector=vector)]

    return {"MiniLM alone": minilm, "ours, fused": fused}


def quality(archive: Any, matcher: Any, messages: Sequence[PeopleMessage]) -> dict[str, Any]:
    """hit@1 / hit@3 per part (dev, test) and method."""
    url_of = {x.id: x.source_url for x in archive.iter_letters(include_hidden=False)}
    out: dict[str, Any] = {}
    for part in ("dev", "test"):
        chosen = [m for m in messages if m.part == part]
        out[part] = {name: _hits(rank, chosen, url_of)
                     for name, rank in rankers(archive, matcher).items()}
    return out


def _bucket(words: int) -> str:
    return "short" if words <= 30 else "long" if words >= 100 else "medium"


def _pct(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def reply_speed(archive: Any, matcher: Any, messages: Sequence[PeopleMessage],
                rounds: int = 2) -> dict[str, Any]:
    """p50 / p95 (ms) of the whole reply path, of one bare encode and of the crisis detector
    on a message already read (rules + classifier: what it adds to the shared encoder pass),
    per length bucket."""
    from bot.matching import encoder
    from bot.replies import service
    from bot.safety import triage

    enc = encoder.shared_encoder() if encoder.available() else None
    timings: dict[str, dict[str, list[float]]] = {}
    if messages:  # untimed: loads the rules, the classifiers and the encoders
        service.respond(messages[0].text, archive=archive, matcher=matcher,
                        bot_username="letters_bot")
    for _ in range(rounds):
        for m in messages:
            row = timings.setdefault(_bucket(m.words), {"reply": [], "encode": [], "detect": []})
            if enc is not None:
                start = time.perf_counter()
                enc.encode([m.text])
                row["encode"].append((time.perf_counter() - start) * 1000)
            message = triage.read(m.text)
            start = time.perf_counter()
            triage.assess(message)
            row["detect"].append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            service.respond(m.text, archive=archive, matcher=matcher,
                            bot_username="letters_bot")
            row["reply"].append((time.perf_counter() - start) * 1000)
    out: dict[str, Any] = {}
    for bucket in ("short", "medium", "long"):
        row = timings.get(bucket)
        if not row:
            continue
        entry: dict[str, Any] = {"messages": len(row["reply"]) // rounds,
                                 "reply_p50_ms": round(statistics.median(row["reply"]), 1),
                                 "reply_p95_ms": round(_pct(row["reply"], 0.95), 1),
                                 "detect_p50_ms": round(statistics.median(row["detect"]), 2),
                                 "detect_p95_ms": round(_pct(row["detect"], 0.95), 2)}
        if row["encode"]:
            entry["encode_p50_ms"] = round(statistics.median(row["encode"]), 1)
            entry["encode_p95_ms"] = round(_pct(row["encode"], 0.95), 1)
            entry["p95_ratio"] = round(entry["reply_p95_ms"] / entry["encode_p95_ms"], 2)
        out[bucket] = entry
    return out


def run(archive: Any, path: Path) -> dict[str, Any]:
    """Quality and speed on the set at ``path`` over an archive with counsel-chat loaded."""
    from bot.matching.matcher import Matcher

    messages = read_set(path)
    matcher = Matcher(archive, "fused")
    return {"set": str(path), "quality": quality(archive, matcher, messages),
            "speed": reply_speed(archive, matcher, messages)}
