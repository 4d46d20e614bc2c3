"""Rebuild the crisis classifier: bot/safety/data/crisis_classifier.json.

    python data/safety/train_classifier.py [--encoder minilm|use] [--dev FILE ...]

Reads the training corpus ``data/safety/crisis_train.tsv`` (written by ``build_corpus.py`` here:
hand-written seed messages in seven languages, augmented with typos, slang and everyday carrier
sentences; label = high | possible | none). Each message is normalized and embedded the way the
bot does it (:func:`bot.safety.triage.message_vectors`: one pass, the whole message and every
sentence unit), then a 3-class logistic regression (scikit-learn, needed here only) is fitted on
unit vectors:

- a message of one unit, and every unit of a ``none`` message, is labelled with its message;
- in a longer risky message only the riskiest unit carries the label (which one is not written
  down, so it is chosen by a first model: multiple-instance learning in one step).

The two thresholds (``high`` and any tier) are picked on the dev files given with ``--dev``
(labelled ``crisis``/``ok`` or ``high``/``possible``/``none``): the lowest thresholds that keep
false alarms on their safe messages under the targets. Never pass a test set here.

``--encoder use`` trains the model for messages in other languages on the multilingual
encoder's vectors (:mod:`bot.matching.multilingual`):
``bot/safety/data/crisis_classifier_use.json``, its thresholds picked on the dev files' messages
that are not in English (the only ones it sees).

Vectors are cached in data/safety/.cache (not committed), keyed by the encoder and the text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # a script beside the package, run from anywhere

from bot.safety import classifier, triage  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "crisis_train.tsv"
#: Idiomatic messages in six other languages, written by helper sessions blind to every test set
#: (indirect wording, regional slang, hard negatives): read with ``--encoder use`` only.
IDIOMATIC = HERE / "crisis_train_idiomatic.tsv"
CACHE = HERE / ".cache"
OUT = ROOT / "bot" / "safety" / "data" / "crisis_classifier.json"
OUT_USE = ROOT / "bot" / "safety" / "data" / "crisis_classifier_use.json"
ENCODERS = {"minilm": "all-MiniLM-L6-v2", "use": "USE multilingual v3"}
CLASSES = classifier.CLASSES  # ("none", "possible", "high")
TARGET_HIGH_FALSE = 0.01  # share of safe dev messages allowed in the high tier
TARGET_ANY_FALSE = 0.05  # ... in any tier


def read_rows(path: Path) -> list[tuple[str, str, str]]:
    """(label, lang, text) of a labelled TSV (comment lines and the header skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("label\t"):
            continue
        label, lang, text = line.split("\t", 2)
        rows.append((label, lang, text))
    return rows


def vectors_of(texts: list[str], encoder: str = "minilm") -> list[tuple[np.ndarray, np.ndarray]]:
    """(whole, units) per text, from the cache or computed now."""
    CACHE.mkdir(exist_ok=True)
    out = []
    started, done = time.time(), 0
    for text in texts:
        key = hashlib.sha1(text.encode()).hexdigest()
        path = CACHE / (f"{key}.npz" if encoder == "minilm" else f"{encoder}-{key}.npz")
        if path.exists():
            z = np.load(path)
            out.append((z["whole"], z["units"]))
            continue
        mv = triage.message_vectors(text, english=encoder == "minilm")
        assert mv is not None, "the semantic extra is needed to train"
        np.savez(path, whole=mv.whole, units=mv.units)
        out.append((mv.whole, mv.units))
        done += 1
        if done % 500 == 0:
            print(f"  embedded {done} ({time.time() - started:.0f} s)", file=sys.stderr)
    return out


def unit_matrix(vecs: list[tuple[np.ndarray, np.ndarray]]) -> list[np.ndarray]:
    """Every message's units with its whole vector first (what the detector scores)."""
    return [np.vstack([w[None], u]) if len(u) else w[None] for w, u in vecs]


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(x, y)
    return model


def training_set(units: list[np.ndarray], labels: list[int], model=None):
    """Unit vectors and labels; risky multi-unit messages add their riskiest unit (by `model`)."""
    xs, ys = [], []
    for u, label in zip(units, labels, strict=True):
        if label == 0 or len(u) <= 2:  # none, or a whole + one sentence
            xs.append(u)
            ys.extend([label] * len(u))
        elif model is not None:
            p = model.predict_proba(u)
            risk = p[:, label:].sum(1)
            best = int(np.argmax(risk[1:])) + 1  # a unit, not the whole
            xs.append(u[best][None])
            ys.append(label)
    return np.vstack(xs), np.array(ys)


def pick_thresholds(dev_units: list[np.ndarray], dev_safe: list[bool], weights) -> tuple[float,
                                                                                        float]:
    """The lowest thresholds keeping dev false alarms under the targets."""
    high = np.array([classifier.scores(u, weights)[0] for u in dev_units])
    anyt = np.array([classifier.scores(u, weights)[1] for u in dev_units])
    safe = np.array(dev_safe)

    def lowest(values: np.ndarray, share: float) -> float:
        ranked = np.sort(values[safe])[::-1]
        allowed = int(share * len(ranked))
        return float(ranked[allowed]) + 1e-6 if len(ranked) > allowed else 0.5

    return lowest(high, TARGET_HIGH_FALSE), lowest(anyt, TARGET_ANY_FALSE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", nargs="*", default=[], type=Path)
    ap.add_argument("-C", type=float, default=4.0)
    ap.add_argument("--encoder", choices=("minilm", "use"), default="minilm")
    args = ap.parse_args(argv)
    out = OUT if args.encoder == "minilm" else OUT_USE

    rows = read_rows(CORPUS)
    corpora = [f"data/safety/{CORPUS.name}"]
    if args.encoder == "use" and IDIOMATIC.exists():
        rows += read_rows(IDIOMATIC)
        corpora.append(f"data/safety/{IDIOMATIC.name}")
    print(f"corpus: {len(rows)} messages", file=sys.stderr)
    units = unit_matrix(vectors_of([t for _, _, t in rows], args.encoder))
    labels = [CLASSES.index(lab) for lab, _, _ in rows]
    x0, y0 = training_set(units, labels)
    first = fit(x0, y0, args.C)
    x1, y1 = training_set(units, labels, first)
    model = fit(x1, y1, args.C)
    weights = {"classes": list(model.classes_.tolist()), "coef": model.coef_.tolist(),
               "intercept": model.intercept_.tolist()}
    t_high, t_any = 0.5, 0.5
    if args.dev:
        dev = [r for path in args.dev for r in read_rows(path)
               if args.encoder == "minilm" or r[1] != "en"]
        dev_units = unit_matrix(vectors_of([t for _, _, t in dev], args.encoder))
        t_high, t_any = pick_thresholds(dev_units, [lab in ("ok", "none") for lab, _, _ in dev],
                                        classifier.Weights.from_dict(weights))
    data = {
        "about": f"3-class logistic regression on {ENCODERS[args.encoder]} unit vectors (see "
                 f"data/safety/train_classifier.py --encoder {args.encoder}, which rebuilds "
                 "this file)",
        "corpus": f"{' + '.join(corpora)} ({len(rows)} messages)",
        "dev": [str(p.relative_to(ROOT)) if p.is_absolute() else str(p) for p in args.dev],
        "C": args.C,
        "threshold_high": round(t_high, 6),
        "threshold_any": round(t_any, 6),
        "classes": [CLASSES[int(c)] for c in weights["classes"]],
        "coef": [[round(v, 6) for v in row] for row in weights["coef"]],
        "intercept": [round(v, 6) for v in weights["intercept"]],
    }
    out.write_text(json.dumps(data) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}: {len(y1)} units, thresholds high {t_high:.3f}, "
          f"any {t_any:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
