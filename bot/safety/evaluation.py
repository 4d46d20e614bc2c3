"""Figures of the crisis check on labelled sets, and picking the semantic net's threshold.

The ONE reader of labelled TSV sets (``label<TAB>lang<TAB>message`` lines). The sets are passed
in as paths by the caller (the tests, the bench): this package never points at them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from bot.safety import semantic_net
from bot.safety.detector import CrisisCheck, check_message
from bot.safety.semantic_net import CrisisNet, check_combined

LABELS = ("crisis", "ok")


def labelled_rows(path: str | Path) -> list[tuple[str, str, str]]:
    """(label, lang, message) rows of a labelled TSV. ``label`` is "crisis" or "ok"; a header
    line starting with "label" and lines starting with "#" are skipped; a bad row is a
    ValueError naming the file and line."""
    rows = []
    for lineno, raw in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("label\t"):
            continue
        parts = raw.split("\t", 2)
        if len(parts) != 3 or parts[0] not in LABELS:
            raise ValueError(f"{path}:{lineno}: expected 'crisis|ok<TAB>lang<TAB>message'")
        rows.append((parts[0], parts[1], parts[2]))
    return rows


def evaluate_labelled(path: str | Path,
                      check: Callable[[str], CrisisCheck] | None = None) -> dict[str, Any]:
    """Recall and false alarms on a labelled TSV (see :func:`labelled_rows`). ``check``
    decides (default: :func:`bot.safety.detector.check_message`, the rules)."""
    check = check or check_message
    crisis_total = crisis_caught = ok_total = false_alarms = 0
    missed: list[str] = []
    false: list[str] = []
    for label, _lang, message in labelled_rows(path):
        hit = check(message).is_crisis
        if label == "crisis":
            crisis_total += 1
            crisis_caught += hit
            if not hit:
                missed.append(message)
        else:
            ok_total += 1
            false_alarms += hit
            if hit:
                false.append(message)
    return {
        "crisis_total": crisis_total,
        "crisis_caught": crisis_caught,
        "recall": crisis_caught / crisis_total if crisis_total else 1.0,
        "ok_total": ok_total,
        "false_alarms": false_alarms,
        "false_alarm_rate": false_alarms / ok_total if ok_total else 0.0,
        "missed": missed,
        "false": false,
    }


def evaluate(path: str | Path,
             check: Callable[[str], CrisisCheck] = check_combined) -> dict[str, Any]:
    """:func:`evaluate_labelled` with another checker (default: rules + net)."""
    return evaluate_labelled(path, check=check)


def _figures(report: dict[str, Any]) -> dict[str, Any]:
    keys = ("crisis_total", "crisis_caught", "recall", "ok_total", "false_alarms",
            "false_alarm_rate")
    return {k: report[k] for k in keys}


def evaluate_sets(sets: Sequence[tuple[str, str | Path]],
                  semantic: bool = True) -> list[dict[str, Any]]:
    """Crisis figures on each labelled set (name, path), rules only and rules + semantic net.

    One dict per set present: ``{"set", "path", "rules": {...}, "rules_semantic": {...} | None,
    "semantic": "used" | reason it was not}``, each figure dict with crisis_total,
    crisis_caught, recall, ok_total, false_alarms, false_alarm_rate (no message text, so the
    output can be printed or logged). Sets whose file is missing are skipped.
    """
    net_check = None
    why = "not asked"
    if semantic:
        if semantic_net.available():
            net_check, why = check_combined, "used"
        else:
            why = "semantic extra not installed (or switched off)"
    out = []
    for name, path in sets:
        path = Path(path)
        if not path.exists():
            continue
        entry: dict[str, Any] = {"set": name, "path": str(path),
                                 "rules": _figures(evaluate_labelled(path)),
                                 "rules_semantic": None, "semantic": why}
        if net_check is not None:
            entry["rules_semantic"] = _figures(evaluate_labelled(path, check=net_check))
        out.append(entry)
    return out


def tune(path: str | Path, max_net_false_alarms: float = 0.02,
         thresholds: Iterable[float] | None = None, margins: Iterable[float] | None = None,
         crisis_net: CrisisNet | None = None) -> dict[str, Any]:
    """Pick (threshold, margin) on a labelled set: the net alone must keep its false alarms on
    the set's "ok" messages at or below ``max_net_false_alarms``; among such pairs, the one
    catching the most crisis messages on its own (ties: the higher threshold, then margin).

    Returns the pair with the net-alone recall and false-alarm rate it reaches.
    """
    cn = crisis_net or semantic_net.net()
    rows = labelled_rows(path)
    verdicts = [(label, cn.verdict(message)) for label, _, message in rows]
    n_crisis = sum(label == "crisis" for label, _ in verdicts) or 1
    n_ok = sum(label == "ok" for label, _ in verdicts) or 1
    best: tuple[tuple[int, float, float], int] | None = None
    for t in thresholds or [x / 100 for x in range(45, 86)]:
        for m in margins or [x / 100 for x in range(0, 16, 2)]:
            caught = sum(label == "crisis" and v.fires(t, m) for label, v in verdicts)
            false = sum(label == "ok" and v.fires(t, m) for label, v in verdicts)
            if false / n_ok > max_net_false_alarms:
                continue
            key = (caught, t, m)
            if best is None or key > best[0]:
                best = (key, false)
    if best is None:
        return {"threshold": None, "margin": None}
    (caught, t, m), false = best
    return {"threshold": t, "margin": m, "net_recall": caught / n_crisis,
            "net_false_alarm_rate": false / n_ok}
