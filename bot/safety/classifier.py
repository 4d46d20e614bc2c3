"""The trained crisis classifier: three tiers from sentence vectors.

A 3-class logistic regression (``none``, ``possible``, ``high``) over sentence vectors, one per
encoder: all-MiniLM-L6-v2 (English messages) in ``data/crisis_classifier.json`` and the
multilingual encoder (messages in other languages) in ``data/crisis_classifier_use.json``, both
beside this module and rebuilt by ``data/safety/train_classifier.py`` (scikit-learn is needed
there only; here it is one small matrix product). A message is scored on every unit (the whole
message and each sentence) and takes its riskiest unit, so that a crisis at the end of a long
message counts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

CLASSES = ("none", "possible", "high")
RESOURCE = "crisis_classifier.json"
#: The model file for each encoder's vectors (:attr:`MessageVectors.model`).
RESOURCES = {"all-MiniLM-L6-v2": RESOURCE, "use-multilingual-v3": "crisis_classifier_use.json"}


@dataclass(frozen=True)
class Weights:
    """The model: ``coef`` (3 x 384), ``intercept`` (3), rows in :data:`CLASSES` order, and the
    thresholds on P(high) and on P(possible or high)."""

    coef: Any
    intercept: Any
    threshold_high: float = 0.5
    threshold_any: float = 0.5

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Weights:
        """From the JSON file's fields (classes in any order)."""
        import numpy as np

        names = [c if isinstance(c, str) else CLASSES[int(c)] for c in data["classes"]]
        order = [names.index(c) for c in CLASSES]
        return cls(
            coef=np.asarray(data["coef"], dtype=np.float32)[order],
            intercept=np.asarray(data["intercept"], dtype=np.float32)[order],
            threshold_high=float(data.get("threshold_high", 0.5)),
            threshold_any=float(data.get("threshold_any", 0.5)),
        )


@lru_cache(maxsize=4)
def weights(encoder: str = "all-MiniLM-L6-v2") -> Weights:
    """The shipped model for vectors of ``encoder`` (read once)."""
    name = RESOURCES[encoder]
    text = resources.files("bot.safety").joinpath("data", name).read_text(encoding="utf-8")
    return Weights.from_dict(json.loads(text))


def probabilities(units: Any, model: Weights | None = None) -> Any:
    """P(none), P(possible), P(high) for each row of ``units`` (unit vectors)."""
    import numpy as np

    model = model or weights()
    logits = units @ model.coef.T + model.intercept
    logits -= logits.max(1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(1, keepdims=True)


def scores(units: Any, model: Weights | None = None) -> tuple[float, float]:
    """(P(high), P(possible or high)) of the riskiest unit."""
    if len(units) == 0:
        return 0.0, 0.0
    p = probabilities(units, model)
    return float(p[:, 2].max()), float((p[:, 1] + p[:, 2]).max())


def tier_of(p_high: float, p_any: float, model: Weights | None = None) -> str:
    """``high``, ``possible`` or ``none`` for the riskiest unit's probabilities."""
    model = model or weights()
    if p_high >= model.threshold_high:
        return "high"
    if p_any >= model.threshold_any:
        return "possible"
    return "none"


def tier(units: Any, model: Weights | None = None) -> str:
    """``high``, ``possible`` or ``none`` for a message's unit vectors."""
    model = model or weights()
    return tier_of(*scores(units, model), model)
