"""Figures of the crisis triage on labelled sets: recall and false alarms per tier and language,
the rules alone, the rules with the wording model (no sentence vectors) and the whole detector,
and the confusion between tiers.

The ONE reader of labelled TSV sets (``label<TAB>lang<TAB>message`` lines; labels ``high``,
``possible``, ``none``, or the older binary ``crisis`` / ``ok``). The sets are passed in as paths
by the caller (the tests, the bench): this package never points at them. Figures carry no
message text, so they can be printed or logged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.matching.message import ReadMessage
from bot.safety import triage
from bot.safety.triage import Assessment

TIERS = ("high", "possible", "none")
LABELS = (*TIERS, "crisis", "ok")
#: A label's meaning in tiers: "crisis" is some risk (either tier), "ok" is none.
RISKY = frozenset({"high", "possible", "crisis"})


def labelled_rows(path: str | Path) -> list[tuple[str, str, str]]:
    """(label, lang, message) rows of a labelled TSV; a header line starting with "label" and
    lines starting with "#" are skipped; a bad row is a ValueError naming the file and line."""
    rows = []
    for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("label\t"):
            continue
        parts = raw.split("\t", 2)
        if len(parts) != 3 or parts[0] not in LABELS:
            raise ValueError(f"{path}:{lineno}: expected "
                             f"'high|possible|none|crisis|ok<TAB>lang<TAB>message'")
        rows.append((parts[0], parts[1], parts[2]))
    return rows


@dataclass
class Figures:
    """Counts of one detector on one set (or one language of it).

    ``confusion[label][risk]``: how many messages labelled ``label`` got ``risk``."""

    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def add(self, label: str, risk: str) -> None:
        """Count one message."""
        row = self.confusion.setdefault(label, {t: 0 for t in TIERS})
        row[risk] += 1

    def _count(self, labels: Sequence[str], risks: Sequence[str]) -> tuple[int, int]:
        rows = [self.confusion.get(label, {}) for label in labels]
        total = sum(sum(r.values()) for r in rows)
        return sum(r.get(t, 0) for r in rows for t in risks), total

    @property
    def risky(self) -> int:
        """Messages labelled with some risk."""
        return self._count(("high", "possible", "crisis"), TIERS)[1]

    @property
    def safe(self) -> int:
        """Messages labelled with no risk."""
        return self._count(("none", "ok"), TIERS)[1]

    def summary(self) -> dict[str, Any]:
        """Recall (any tier; of ``high`` in ``high``), false alarms (safe in ``high``; in any
        tier), as counts and rates, and the confusion table."""
        def rate(n: int, d: int) -> float | None:
            return round(n / d, 4) if d else None

        caught, risky = self._count(("high", "possible", "crisis"), ("high", "possible"))
        high_caught, high_total = self._count(("high",), ("high", "possible"))
        high_high, _ = self._count(("high",), ("high",))
        poss_caught, poss_total = self._count(("possible",), ("high", "possible"))
        safe_high, safe = self._count(("none", "ok"), ("high",))
        safe_any, _ = self._count(("none", "ok"), ("high", "possible"))
        return {
            "risky": risky, "caught": caught, "recall_any": rate(caught, risky),
            "high": high_total, "high_caught": high_caught,
            "recall_high_any": rate(high_caught, high_total),
            "recall_high_as_high": rate(high_high, high_total),
            "possible": poss_total, "recall_possible_any": rate(poss_caught, poss_total),
            "safe": safe, "safe_in_high": safe_high, "false_high": rate(safe_high, safe),
            "safe_in_any": safe_any, "false_any": rate(safe_any, safe),
            "confusion": {k: dict(v) for k, v in sorted(self.confusion.items())},
        }


Detector = Callable[[ReadMessage], Assessment]


def rules_only(seen: ReadMessage) -> Assessment:
    """The phrase rules alone (on the text as written and as normalized)."""
    return triage.rules_assessment(seen.text, seen.normalized)


def lexical_detector(seen: ReadMessage) -> Assessment:
    """Rules and the wording model, as the bot runs them without sentence vectors (no semantic
    extra, or ``CRISIS_SEMANTIC`` off)."""
    return triage.assess(replace(seen, vectors=None))


def whole_detector(seen: ReadMessage) -> Assessment:
    """Rules and the trained classifiers, as the bot runs them."""
    return triage.assess(seen)


DETECTORS: dict[str, Detector] = {"rules": rules_only, "lexical": lexical_detector,
                                  "detector": whole_detector}


def evaluate_rows(rows: Sequence[tuple[str, str, str]],
                  detectors: dict[str, Detector] | None = None,
                  embed: bool = True) -> dict[str, Any]:
    """Figures of each detector on the rows, overall and per language; each message is read
    (normalized and embedded) once and shared by the detectors. Also lists which rows each
    detector got wrong (by index, for the developer's eyes; no text)."""
    detectors = detectors or DETECTORS
    overall = {name: Figures() for name in detectors}
    by_lang: dict[str, dict[str, Figures]] = {}
    wrong: dict[str, list[int]] = {name: [] for name in detectors}
    for i, (label, lang, text) in enumerate(rows):
        seen = triage.read(text, embed=embed)  # as the bot reads it (encoder by language)
        for name, detect in detectors.items():
            risk = detect(seen).risk
            overall[name].add(label, risk)
            by_lang.setdefault(lang, {n: Figures() for n in detectors})[name].add(label, risk)
            if (label in RISKY) != (risk != "none"):
                wrong[name].append(i)
    return {
        "n": len(rows),
        "overall": {name: f.summary() for name, f in overall.items()},
        "languages": {lang: {name: f.summary() for name, f in figs.items()}
                      for lang, figs in sorted(by_lang.items())},
        "wrong": wrong,
    }


def evaluate_sets(sets: Sequence[tuple[str, str | Path]], embed: bool = True,
                  ) -> list[dict[str, Any]]:
    """:func:`evaluate_rows` on each labelled set (name, path) whose file exists, with the set's
    name and path added (and without the row indices)."""
    out = []
    for name, path in sets:
        path = Path(path)
        if not path.exists():
            continue
        figures = evaluate_rows(labelled_rows(path), embed=embed)
        figures.pop("wrong")
        out.append({"set": name, "path": str(path), **figures})
    return out
