"""The trained crisis classifier: three tiers from sentence vectors.

A small neural network (one hidden layer of ReLU units, then a 3-class softmax over ``none``,
``possible``, ``high``) over sentence vectors, one per encoder: all-MiniLM-L6-v2 (English
messages) in ``data/crisis_classifier.json`` and the multilingual encoder (messages in other
languages) in ``data/crisis_classifier_use.json``, both beside this module and rebuilt by
``data/safety/train_classifier.py`` (scikit-learn is needed there only; here it is two small
matrix products; a file without a hidden layer is a logistic regression). A message is scored on
every unit (the whole message and each sentence) and takes its riskiest unit, so that a crisis at
the end of a long message counts.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

CLASSES = ("none", "possible", "high")
RESOURCE = "crisis_classifier.json"
#: The model file for each encoder's vectors (:attr:`MessageVectors.model`).
RESOURCES = {"all-MiniLM-L6-v2": RESOURCE, "use-multilingual-v3": "crisis_classifier_use.json"}
#: A message of at most this many words (split on white space) is judged with the thresholds
#: picked on such messages (``brief`` in the model file): the networks' scores run lower on
#: them, and one set of thresholds for every length missed more of them.
BRIEF_WORDS = 20


def words_in(text: str) -> int:
    """A message's words as :data:`BRIEF_WORDS` counts them (split on white space)."""
    return len(text.split())


#: The four thresholds, in the order of ``Weights.brief`` and of the model file's ``brief``.
THRESHOLDS = ("threshold_high", "threshold_any", "threshold_veto", "threshold_clear")


@dataclass(frozen=True)
class Weights:
    """The model: the hidden layer (``hidden_coef``, inputs x units, and ``hidden_intercept``;
    None for a logistic regression), the output layer ``coef`` (3 x units) and ``intercept``
    (3), rows in :data:`CLASSES` order, and the thresholds on P(high) and on P(possible or
    high); a rule's verdict goes one tier down when P(possible or high) is under
    ``threshold_veto``, and to ``none`` under ``threshold_clear`` (0: never); the thresholds
    apply to the network's probabilities mixed with the wording model's
    (:mod:`bot.safety.wording`), which weigh ``wording_share`` (0: the network alone).
    ``brief``: the four thresholds for a message of at most :data:`BRIEF_WORDS` words, in the
    order above (None: the same as for any other)."""

    coef: Any
    intercept: Any
    threshold_high: float = 0.5
    threshold_any: float = 0.5
    threshold_veto: float = 0.0
    threshold_clear: float = 0.0
    wording_share: float = 0.0
    hidden_coef: Any = None
    hidden_intercept: Any = None
    brief: tuple[float, float, float, float] | None = None

    @property
    def thresholds(self) -> tuple[float, float, float, float]:
        """The four thresholds, in the order of :data:`THRESHOLDS`."""
        return self.threshold_high, self.threshold_any, self.threshold_veto, self.threshold_clear

    def for_words(self, words: int) -> Weights:
        """The model with the thresholds for a message of ``words`` words."""
        if self.brief is None or words > BRIEF_WORDS:
            return self
        return replace(self, **dict(zip(THRESHOLDS, self.brief, strict=True)), brief=None)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Weights:
        """From the JSON file's fields (classes in any order)."""
        names = [c if isinstance(c, str) else CLASSES[int(c)] for c in data["classes"]]
        order = [names.index(c) for c in CLASSES]
        hidden = data.get("hidden")
        return cls(
            coef=array(data["coef"])[order],
            intercept=array(data["intercept"])[order],
            threshold_high=float(data.get("threshold_high", 0.5)),
            threshold_any=float(data.get("threshold_any", 0.5)),
            threshold_veto=float(data.get("threshold_veto", 0.0)),
            threshold_clear=float(data.get("threshold_clear", 0.0)),
            wording_share=float(data.get("wording_share", 0.0)),
            hidden_coef=array(hidden["coef"]) if hidden else None,
            hidden_intercept=array(hidden["intercept"]) if hidden else None,
            brief=_brief(data.get("brief")),
        )


def _brief(data: dict[str, Any] | None) -> tuple[float, float, float, float] | None:
    """The four thresholds of brief messages from the model file (None where it has none)."""
    if data is None:
        return None
    high, any_tier, veto, clear = (float(data[name]) for name in THRESHOLDS)
    return high, any_tier, veto, clear


def array(value: Any) -> Any:
    """A float32 matrix from the model file: nested lists, or ``{"shape": [...], "float32":
    base64 of the little-endian values}`` (the compact form of the big matrices)."""
    import numpy as np

    if isinstance(value, dict):
        raw = base64.b64decode(value["float32"])
        return np.frombuffer(raw, dtype="<f4").reshape(value["shape"]).astype(np.float32)
    return np.asarray(value, dtype=np.float32)


def packed(matrix: Any) -> dict[str, Any]:
    """The compact form of a matrix for the model file (read back by :func:`array`)."""
    import numpy as np

    values = np.ascontiguousarray(matrix, dtype="<f4")
    return {"shape": list(values.shape), "float32": base64.b64encode(values.tobytes()).decode()}


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
    if model.hidden_coef is not None:
        units = np.maximum(units @ model.hidden_coef + model.hidden_intercept, 0.0)
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


def mixed(vector_scores: tuple[float, float], wording_scores: tuple[float, float],
          share: float) -> tuple[float, float]:
    """(p_high, p_any) of the network and of the wording model, the wording model's weighing
    ``share``."""
    return ((1.0 - share) * vector_scores[0] + share * wording_scores[0],
            (1.0 - share) * vector_scores[1] + share * wording_scores[1])


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
