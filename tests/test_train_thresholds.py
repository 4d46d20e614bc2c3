"""The training script's threshold picking (data/safety/train_classifier.py): the false-alarm
targets hold for the whole detector, the rules after the veto included."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.safety import triage

SCRIPT = Path(__file__).resolve().parents[1] / "data" / "safety" / "train_classifier.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_classifier", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_classifier", module)
    spec.loader.exec_module(module)
    return module


def _rule(risk: str) -> triage.Assessment:
    return triage.Assessment(risk, "rules", "suicide", "en.plan") if risk != "none" else triage.NONE


def _whole_detector(model, rules, scores):
    return [triage.combine(rule, score, model).risk
            for rule, score in zip(rules, scores, strict=True)]


def test_false_alarms_of_rules_and_model_together_stay_under_the_targets(trainer):
    rng = np.random.default_rng(0)
    n_safe, n_risky = 400, 400
    labels = ["none"] * n_safe + ["possible"] * (n_risky // 2) + ["high"] * (n_risky // 2)
    # safe: low scores, but the rules fire on 6% of them (some with a middling score)
    safe_any = rng.uniform(0.0, 0.6, n_safe)
    risky_any = rng.uniform(0.3, 1.0, n_risky)
    p_any = np.concatenate([safe_any, risky_any])
    p_high = p_any * rng.uniform(0.3, 1.0, len(p_any))
    rules = [_rule("high" if i % 50 == 0 else "possible" if i % 17 == 0 else "none")
             for i in range(n_safe)]
    rules += [_rule("possible" if i % 3 == 0 else "none") for i in range(n_risky)]
    scores = list(zip(p_high.tolist(), p_any.tolist(), strict=True))
    model = trainer.pick_thresholds(labels, rules, scores)

    risks = _whole_detector(model, rules, scores)
    false_any = sum(r != "none" for r in risks[:n_safe]) / n_safe
    false_high = sum(r == "high" for r in risks[:n_safe]) / n_safe
    assert false_any <= trainer.TARGET_ANY_FALSE and false_high <= trainer.TARGET_HIGH_FALSE
    # the rules alone would break the any-tier target here: the veto had to take some back
    assert sum(r.risk != "none" for r in rules[:n_safe]) / n_safe > trainer.TARGET_ANY_FALSE
    assert model.threshold_veto in trainer.VETO_GRID
    assert model.threshold_clear in trainer.CLEAR_GRID


def test_rules_too_noisy_for_any_veto_is_an_error(trainer):
    labels = ["none"] * 100 + ["high"] * 10
    rules = [_rule("possible")] * 110  # every safe message fires a rule ...
    scores = [(0.99, 0.99)] * 110  # ... and the model agrees: no veto can take them back
    with pytest.raises(SystemExit):
        trainer.pick_thresholds(labels, rules, scores)


def test_lowest_beside_counts_the_flagged_ones(trainer):
    values = np.linspace(0.0, 1.0, 100)
    flagged = np.zeros(100, dtype=bool)
    alone = trainer.lowest_beside(values, flagged, 0.05)
    flagged[:3] = True  # three flagged by the rules leave room for two more
    beside = trainer.lowest_beside(values, flagged, 0.05)
    assert np.sum(values >= alone) == 5
    assert np.sum((values >= beside) | flagged) == 5
    flagged[:6] = True
    assert trainer.lowest_beside(values, flagged, 0.05) is None


class _Riskiest:
    """A stand-in first model: a unit's risk is its first coordinate."""

    def predict_proba(self, units):
        risk = np.clip(units[:, 0], 0, 1)
        return np.stack([1 - risk, np.zeros(len(units)), risk], axis=1)


def test_each_instance_carries_its_message_weight(trainer):
    """Every unit of a safe message, a one-unit risky message, and the riskiest unit of a longer
    risky message (by the first model) are learned from, each with its message's weight."""
    calm = np.zeros((3, 2))  # whole + two units, labelled none
    brief = np.array([[1.0, 0.0], [1.0, 1.0]])  # whole + one unit, high
    long = np.array([[0.2, 0.0], [0.1, 5.0], [0.9, 7.0]])  # whole + two units, high
    units, labels, weights = [calm, brief, long], [0, 2, 2], [1.0, 3.0, 2.0]
    x, y, w = trainer.instances(units, labels, weights)  # no first model yet
    assert y.tolist() == [0, 0, 0, 2, 2] and w.tolist() == [1, 1, 1, 3, 3]
    x, y, w = trainer.instances(units, labels, weights, _Riskiest())
    assert y.tolist() == [0, 0, 0, 2, 2, 2] and w.tolist() == [1, 1, 1, 3, 3, 2]
    assert x[-1].tolist() == [0.9, 7.0]  # the riskiest unit, not the whole


def test_brief_thresholds_are_written_and_read_back(trainer, tmp_path, monkeypatch):
    """The thresholds picked on brief messages go into the model file under "brief", and the
    bot reads them for a message of at most BRIEF_WORDS words only."""
    import json

    from bot.safety import classifier

    monkeypatch.setattr(trainer, "ROOT", tmp_path)
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"classes": ["none", "possible", "high"], "coef": [[0], [0], [0]],
                                "intercept": [0, 0, 0], "brief": {"stale": 1}}))
    chosen = classifier.Weights(coef=None, intercept=None, threshold_high=0.8, threshold_any=0.6,
                                threshold_veto=0.5, threshold_clear=0.4,
                                brief=(0.7, 0.45, 0.5, 0.05))
    trainer.set_thresholds(path, chosen)
    model = classifier.Weights.from_dict(json.loads(path.read_text()))
    assert model.brief == (0.7, 0.45, 0.5, 0.05)
    brief = model.for_words(classifier.BRIEF_WORDS)
    assert (brief.threshold_high, brief.threshold_any, brief.threshold_clear) == (0.7, 0.45, 0.05)
    longer = model.for_words(classifier.BRIEF_WORDS + 1)
    assert (longer.threshold_high, longer.threshold_any, longer.threshold_clear) == (0.8, 0.6, 0.4)
    chosen_without = classifier.Weights(coef=None, intercept=None)
    trainer.set_thresholds(path, chosen_without)
    assert classifier.Weights.from_dict(json.loads(path.read_text())).brief is None
