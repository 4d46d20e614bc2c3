"""Rebuild the crisis classifiers: bot/safety/data/crisis_classifier.json (all-MiniLM-L6-v2
vectors, English messages), crisis_classifier_use.json (USE multilingual v3 vectors, messages
in other languages) and crisis_wording.json (character n-grams, every language).

    python data/safety/train_classifier.py [--encoder minilm|use|both] [--folds 5]

The training data, all beside this script:

- ``crisis_train.tsv``: hand-written seed messages in seven languages, augmented with typos, slang
  and everyday carrier sentences (written by ``build_corpus.py``);
- ``crisis_train_idiomatic.tsv``: idiomatic messages in six other languages (multilingual model
  only);
- ``written/*.tsv``: messages written by helper sessions that saw only the tier definitions, in
  the words people use (several of them were blind test sets, scored once and then moved here;
  see ``written/README.md``); ``written/everyday_*.tsv`` (plain everyday messages) are trained on
  but left out of the threshold choice.

Labels are high | possible | none. Each message is embedded the way the bot reads it
(:func:`bot.safety.triage.read`: normalized, the whole message and every sentence unit), then a
small neural network (scikit-learn's ``MLPClassifier``: one hidden ReLU layer, 3 classes; needed
here only) is fitted on unit vectors:

- a message of one unit, and every unit of a ``none`` message, is labelled with its message;
- in a longer risky message only the riskiest unit carries the label (which one is not written
  down, so it is chosen by a first model: multiple-instance learning in one step).

The wording model (:mod:`bot.safety.wording`) is scikit-learn's ``TfidfVectorizer`` over the
character n-grams of each word (``char_wb``) of the normalized, folded message, and a
multinomial logistic regression, fitted on whole messages. The bot mixes its probabilities with
the network's (``WORDING_SHARE``) and, without sentence vectors, uses it alone.

Thresholds are cross-validated: the ``written`` files are dealt into ``--folds`` folds; each fold
is scored by a model trained without it, exactly as the bot scores a message (the encoder its
language picks, the pieces ``triage.judged_rows`` keeps), and the thresholds are the lowest
that keep those out-of-fold false alarms under the targets. Never pass a test set here: the
frozen test sets live in ``tests/data`` and this script never reads them.

Vectors are cached in data/safety/.cache (not committed), keyed by the encoder and the text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # a script beside the package, run from anywhere

from bot.safety import classifier, evaluation, triage, wording  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "crisis_train.tsv"
IDIOMATIC = HERE / "crisis_train_idiomatic.tsv"
WRITTEN = HERE / "written"
CACHE = HERE / ".cache"
OUTPUTS = {"minilm": ROOT / "bot" / "safety" / "data" / "crisis_classifier.json",
           "use": ROOT / "bot" / "safety" / "data" / "crisis_classifier_use.json",
           "wording": ROOT / "bot" / "safety" / "data" / wording.RESOURCE}
ENCODERS = {"minilm": "all-MiniLM-L6-v2", "use": "use-multilingual-v3"}
CLASSES = classifier.CLASSES  # ("none", "possible", "high")
TARGET_HIGH_FALSE = 0.01  # share of safe out-of-fold messages allowed in the high tier
TARGET_ANY_FALSE = 0.05  # ... in any tier (the rules add their own)
#: A rule's verdict goes one tier down when the classifier's P(possible or high) is under this:
#: on the written sets' out-of-fold scores (2026-12-07; 3,797 risky and 2,653 safe messages) it
#: took safe messages in the high tier from 4.0% to 1.5% and in any tier from 14.7% to 12.8%,
#: and recall from 0.940 to 0.935.
VETO = 0.5
#: ... and to ``none`` under this: safe in any tier 12.8% -> 11.3%, recall 0.935 -> 0.934.
CLEAR = 0.05
HIDDEN = 256
#: Written files of plain everyday messages ("ok bye see you tomorrow"): trained on and scored
#: out of fold, but left out of the threshold choice (easy safe messages would lower the
#: thresholds) and reported apart.
EVERYDAY = "everyday_"
ALPHA = 1e-2
EPOCHS = 60
#: The wording model: n-gram sizes, the fewest messages an n-gram must appear in, the inverse
#: regularization of the logistic regression, and its share in the mix with the network.
WORDING_NGRAMS = (2, 5)
WORDING_MIN_DF = 2
WORDING_C = 16.0
WORDING_SHARE = 0.65
#: The corpus's most common words, whose n-grams the bot looks up when it reads the model.
COMMON_WORDS = 20_000

Row = tuple[str, str, str]  # label, lang, text


def _cached(prefix: str, text: str, compute) -> dict[str, np.ndarray]:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{prefix}{hashlib.sha1(text.encode()).hexdigest()}.npz"
    if path.exists():
        return dict(np.load(path))
    arrays = compute()
    partial = path.with_suffix(f".{os.getpid()}.npz")
    np.savez(partial, **arrays)
    os.replace(partial, path)  # whole or absent, even with two runs at once
    return arrays


def training_units(texts: list[str], encoder: str) -> list[np.ndarray]:
    """Every message's vectors in ``encoder``'s space: the whole message first, then each
    sentence unit (what the classifier learns from)."""
    out = []
    for n, text in enumerate(texts, 1):
        def compute(text: str = text) -> dict[str, np.ndarray]:
            mv = triage.message_vectors(text, english=encoder == "minilm")
            assert mv is not None, "the semantic extra is needed to train"
            return {"whole": mv.whole, "units": mv.units}

        z = _cached("" if encoder == "minilm" else f"{encoder}-", text, compute)
        out.append(np.vstack([z["whole"][None], z["units"]]) if len(z["units"]) else
                   z["whole"][None])
        if n % 1000 == 0:
            print(f"  {encoder}: {n} of {len(texts)} messages", file=sys.stderr)
    return out


def judged_units(text: str) -> tuple[str, np.ndarray]:
    """(encoder, unit vectors) of a message exactly as the bot scores it: the encoder its
    language picks and the pieces long enough for the classifier (``triage.judged_rows``)."""
    def compute() -> dict[str, np.ndarray]:
        message = triage.read(text)
        assert message.vectors is not None, "the semantic extra is needed to train"
        rows = triage.judged_rows(message.vectors, message.normalized)
        english = message.vectors.model == ENCODERS["minilm"]
        return {"english": np.array(english), "rows": rows}

    z = _cached("judged2-", text, compute)  # 2: judged_rows counts different words
    return ("minilm" if bool(z["english"]) else "use"), z["rows"]


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray):
    """One network, classes balanced by sample weights."""
    from sklearn.neural_network import MLPClassifier

    share = {c: len(y) / (len(CLASSES) * np.sum(y == c)) for c in np.unique(y)}
    model = MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=ALPHA, max_iter=EPOCHS,
                          random_state=0)
    model.fit(x, y, sample_weight=np.array([share[c] for c in y]) * weight)
    return model


def weights_of(model) -> classifier.Weights:
    """The shipped form of a fitted network."""
    return classifier.Weights.from_dict(as_dict(model))


def as_dict(model) -> dict:
    """The model file's fields of a fitted network."""
    return {"classes": [CLASSES[int(c)] for c in model.classes_],
            "coef": classifier.packed(model.coefs_[1].T),
            "intercept": model.intercepts_[1].tolist(),
            "hidden": {"coef": classifier.packed(model.coefs_[0]),
                       "intercept": classifier.packed(model.intercepts_[0])}}


def instances(units: list[np.ndarray], labels: list[int], model=None):
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


def train(units: list[np.ndarray], labels: list[int]):
    """Two fits: the second learns each risky message from its riskiest unit by the first."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # a fixed number of epochs
        x, y = instances(units, labels)
        first = fit(x, y, np.ones(len(y)))
        x, y = instances(units, labels, first)
        return fit(x, y, np.ones(len(y)))


def wording_text(text: str) -> str:
    """What the wording model reads: the message as the bot normalizes it, folded."""
    return wording.folded(triage.read(text, embed=False).normalized)


def fit_wording(texts: list[str], labels: list[int]):
    """The wording model's vectorizer and logistic regression, fitted on whole messages."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=WORDING_NGRAMS,
                                 min_df=WORDING_MIN_DF, sublinear_tf=True)
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=WORDING_C, max_iter=3000, class_weight="balanced")
    model.fit(x, labels)
    return vectorizer, model


def common_words(texts: list[str], size: int = COMMON_WORDS) -> list[str]:
    """The words found in the most texts (what the bot looks up ahead)."""
    from collections import Counter

    counts = Counter(word for text in texts for word in set(text.lower().split()))
    return [word for word, _ in counts.most_common(size)]


def wording_dict(vectorizer, model) -> dict:
    """The model file's fields of a fitted wording model."""
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return {"classes": [CLASSES[int(c)] for c in model.classes_],
            "ngram_range": list(WORDING_NGRAMS),
            "vocabulary": vocabulary,
            "idf": classifier.packed(vectorizer.idf_),
            "coef": [classifier.packed(row) for row in model.coef_],
            "intercept": model.intercept_.tolist()}


def check_wording(vectorizer, model, texts: list[str]) -> wording.WordingModel:
    """The shipped form of a fitted wording model, checked against scikit-learn on ``texts``."""
    shipped = wording.WordingModel.from_dict(wording_dict(vectorizer, model))
    expected = model.predict_proba(vectorizer.transform(texts))
    ours = np.array([wording.probabilities(t, shipped) for t in texts])
    gap = float(np.abs(expected - ours).max()) if len(texts) else 0.0
    assert gap < 1e-4, f"the bot's wording model differs from scikit-learn's by {gap}"
    return shipped


def lowest(values: np.ndarray, share: float) -> float:
    """The lowest threshold that keeps at most ``share`` of ``values`` at or above it."""
    ranked = np.sort(values)[::-1]
    allowed = int(share * len(ranked))
    return float(ranked[allowed]) + 1e-6 if len(ranked) > allowed else 0.5


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--encoder", choices=("minilm", "use", "both"), default="both")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)

    written = sorted(WRITTEN.glob("*.tsv"))
    fold_of = {path: n % args.folds for n, path in enumerate(written)}
    rows_of = {path: evaluation.labelled_rows(path) for path in written}
    wrows = [(fold_of[path], row) for path in written for row in rows_of[path]]
    everyday = [path.name.startswith(EVERYDAY) for path in written for _ in rows_of[path]]
    judged = [judged_units(text) for _, (_, _, text) in wrows]
    safe_rows = [i for i, (_, (label, _, _)) in enumerate(wrows)
                 if label == "none" and len(judged[i][1]) and not everyday[i]]

    # the wording model, one for every language: out of fold, then on everything
    started = time.time()
    base = evaluation.labelled_rows(CORPUS) + evaluation.labelled_rows(IDIOMATIC)
    base_texts = [wording_text(t) for _, _, t in base]
    normalized = [triage.read(t, embed=False).normalized for _, (_, _, t) in wrows]
    texts = [wording.folded(text) for text in normalized]
    short = {i for i, text in enumerate(normalized)  # as triage.assess counts
             if 0 < triage.different_words(text) < triage.MIN_MESSAGE_WORDS}
    base_labels = [CLASSES.index(lab) for lab, _, _ in base]
    labels = [CLASSES.index(lab) for _, (lab, _, _) in wrows]
    by_words: dict[int, tuple[float, float]] = {}
    for k in range(args.folds):
        keep = [i for i, (f, _) in enumerate(wrows) if f != k]
        fitted = fit_wording(base_texts + [texts[i] for i in keep],
                             base_labels + [labels[i] for i in keep])
        held = [i for i, (f, _) in enumerate(wrows) if f == k]
        shipped = check_wording(*fitted, [texts[i] for i in held[:200]])
        for i in held:
            by_words[i] = wording.scores(texts[i], shipped)
        print(f"  wording: fold {k + 1} of {args.folds} ({time.time() - started:.0f} s)",
              file=sys.stderr)
    safe = np.array([by_words[i] for i in safe_rows])
    alone = lowest(safe[:, 0], TARGET_HIGH_FALSE), lowest(safe[:, 1], TARGET_ANY_FALSE)
    # messages of a few words: the everyday ones count here, as most short messages are such
    safe = np.array([by_words[i] for i in short if wrows[i][1][0] == "none"])
    brief = lowest(safe[:, 1], TARGET_ANY_FALSE)  # at most "possible" there
    fitted = fit_wording(base_texts + texts, base_labels + labels)
    check_wording(*fitted, texts[:200])
    data = {"about": "character n-gram (char_wb) tf-idf and logistic regression on normalized, "
                     "folded messages (see data/safety/train_classifier.py, which rebuilds "
                     "this file)",
            "corpus": [str(p.relative_to(ROOT)) for p in [CORPUS, IDIOMATIC, *written]],
            "messages": len(base_texts) + len(texts), "min_df": WORDING_MIN_DF,
            "C": WORDING_C, "folds": args.folds,
            "threshold_high": alone[0], "threshold_any": alone[1], "threshold_veto": VETO,
            "threshold_clear": CLEAR, "threshold_any_short": brief, **wording_dict(*fitted),
            "common_words": common_words(base_texts + texts)}
    OUTPUTS["wording"].write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUTS['wording'].relative_to(ROOT)}: thresholds alone high {alone[0]:.4f},"
          f" any {alone[1]:.4f}; in messages of a few words any {brief:.4f} (on {len(safe)}"
          f" safe ones), {time.time() - started:.0f} s",
          file=sys.stderr)
    few = {i: by_words[i] for i in short}
    by_words = {i: s for i, s in by_words.items() if len(judged[i][1])}
    rules = rules_verdicts(wrows)
    report(wrows, judged, rules, {**by_words, **few}, {"wording": alone}, everyday,
           "rules and wording model", few, brief)

    out_of_fold: dict[int, tuple[float, float]] = {}
    thresholds: dict[str, tuple[float, float]] = {}
    for name in (["minilm", "use"] if args.encoder == "both" else [args.encoder]):
        started = time.time()
        base = evaluation.labelled_rows(CORPUS) + (
            evaluation.labelled_rows(IDIOMATIC) if name == "use" else [])
        corpora = [CORPUS, *([IDIOMATIC] if name == "use" else []), *written]
        units = training_units([t for _, _, t in base] + [t for _, (_, _, t) in wrows], name)
        labels = [CLASSES.index(lab) for lab, _, _ in base + [r for _, r in wrows]]
        folds = [-1] * len(base) + [k for k, _ in wrows]

        for k in range(args.folds):
            keep = [i for i, f in enumerate(folds) if f != k]
            model = weights_of(train([units[i] for i in keep], [labels[i] for i in keep]))
            for i, ((f, _), (enc, rows)) in enumerate(zip(wrows, judged, strict=True)):
                if f == k and enc == name and len(rows):
                    out_of_fold[i] = classifier.mixed(classifier.scores(rows, model), by_words[i],
                                                      WORDING_SHARE)
            print(f"  {name}: fold {k + 1} of {args.folds} ({time.time() - started:.0f} s)",
                  file=sys.stderr)
        safe = np.array([out_of_fold[i] for i in safe_rows if judged[i][0] == name])
        t_high = lowest(safe[:, 0], TARGET_HIGH_FALSE)
        t_any = lowest(safe[:, 1], TARGET_ANY_FALSE)
        thresholds[name] = t_high, t_any

        data = {
            "about": f"one-hidden-layer network on {ENCODERS[name]} unit vectors (see "
                     "data/safety/train_classifier.py, which rebuilds this file)",
            "corpus": [str(p.relative_to(ROOT)) for p in corpora],
            "messages": len(labels),
            "hidden_units": HIDDEN, "alpha": ALPHA, "epochs": EPOCHS, "folds": args.folds,
            "threshold_high": t_high,
            "threshold_any": t_any,
            "threshold_veto": VETO,
            "threshold_clear": CLEAR,
            "wording_share": WORDING_SHARE,
            **as_dict(train(units, labels)),
        }
        OUTPUTS[name].write_text(json.dumps(data) + "\n", encoding="utf-8")
        print(f"wrote {OUTPUTS[name].relative_to(ROOT)}: thresholds high {t_high:.4f}, any "
              f"{t_any:.4f} (on {len(safe)} safe out-of-fold messages), "
              f"{time.time() - started:.0f} s", file=sys.stderr)
    report(wrows, judged, rules, {**out_of_fold, **few}, thresholds, everyday, "whole detector",
           few, brief)
    return 0


def rules_verdicts(wrows: list[tuple[int, Row]]) -> list[triage.Assessment]:
    """The rules' verdict on each written message (as the bot reads it)."""
    verdicts = []
    for _, (_, _, text) in wrows:
        read = triage.read(text, embed=False)
        verdicts.append(triage.rules_assessment(read.text, read.normalized))
    return verdicts


def report(wrows: list[tuple[int, Row]], judged: list[tuple[str, np.ndarray]],
           rules: list[triage.Assessment], out_of_fold: dict[int, tuple[float, float]],
           thresholds: dict[str, tuple[float, float]], everyday: list[bool], what: str,
           few: dict[int, tuple[float, float]], brief: float) -> None:
    """Out-of-fold figures on the written messages of the rules, the veto and the learned
    scores as the bot combines them: ``thresholds`` per encoder trained in this run (the
    whole detector) or under ``"wording"`` for every message (the wording model alone); the
    messages in ``few`` are too short for the networks and have the ``brief`` threshold (any
    tier; never high)."""
    models = {name: classifier.Weights(coef=None, intercept=None, threshold_high=t_high,
                                       threshold_any=t_any, threshold_veto=VETO,
                                       threshold_clear=CLEAR)
              for name, (t_high, t_any) in thresholds.items()}
    models["short"] = classifier.Weights(coef=None, intercept=None, threshold_high=2.0,
                                         threshold_any=brief)
    figures, plain = evaluation.Figures(), evaluation.Figures()
    for i, (_, (label, _, _)) in enumerate(wrows):
        model = models["short"] if i in few else (models.get("wording")
                                                  or models.get(judged[i][0]))
        if model is None:
            continue
        verdict = triage.combine(rules[i], out_of_fold.get(i), model)
        (plain if everyday[i] else figures).add(label, verdict.risk)
    whole = figures.summary()
    print(f"out of fold, {what}: recall any tier {whole['recall_any']}, safe in high "
          f"{whole['false_high']}, safe in any tier {whole['false_any']} (label -> risk: "
          f"{figures.confusion})", file=sys.stderr)
    if plain.confusion:
        print(f"  everyday messages ({EVERYDAY}*): safe in high "
              f"{plain.summary()['false_high']}, in any tier {plain.summary()['false_any']}",
              file=sys.stderr)
    cache = CACHE / f"out_of_fold_{what.replace(' ', '_')}.json"
    cache.write_text(json.dumps({"scores": {str(i): s for i, s in out_of_fold.items()},
                                 "thresholds": thresholds}), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
