"""The wording model (character n-grams, :mod:`bot.safety.wording`): its n-grams and arithmetic
against a hand computation of scikit-learn's tf-idf and logistic regression, properties of the
shipped model, and how triage uses it."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.safety import classifier, triage, wording


def test_ngrams_are_those_of_padded_words():
    assert wording.ngrams("hi", 2, 3) == [" h", "hi", "i ", " hi", "hi "]
    # a padded word no longer than the size counts once, whole, and stops the sizes
    assert wording.ngrams("a", 2, 5) == [" a", "a ", " a "]
    assert wording.ngrams("ab", 3, 5) == [" ab", "ab ", " ab "]


def _toy(threshold_any: float = 0.5) -> wording.WordingModel:
    """Three n-grams: " ki" and "ill" mean high, "cak" means none."""
    return wording.WordingModel.from_dict({
        "classes": ["none", "possible", "high"], "ngram_range": [3, 3],
        "vocabulary": [" ki", "ill", "cak"],
        "idf": classifier.packed([1.0, 2.0, 1.5]),
        "coef": [classifier.packed([0.0, 0.0, 3.0]), classifier.packed([0.0, 0.0, 0.0]),
                 classifier.packed([2.0, 1.0, 0.0])],
        "intercept": [0.5, 0.0, -0.5], "threshold_any": threshold_any})


def test_a_model_file_without_short_thresholds_never_judges_short_messages():
    assert _toy().short.threshold_any > 1.0 and _toy().short.threshold_high > 1.0
    assert _toy(threshold_any=0.4).alone.threshold_any == 0.4


def test_probabilities_follow_sublinear_tfidf_and_a_softmax():
    # "kill kill cake": " ki" twice, "ill" twice, "cak" once (the others are unknown)
    weights = [(1 + math.log(2)) * 1.0, (1 + math.log(2)) * 2.0, 1.5]
    norm = math.sqrt(sum(w * w for w in weights))
    unit = [w / norm for w in weights]
    logits = [0.5 + 3.0 * unit[2], 0.0, -0.5 + 2.0 * unit[0] + 1.0 * unit[1]]
    total = sum(math.exp(v) for v in logits)
    expected = [math.exp(v) / total for v in logits]
    got = wording.probabilities("kill kill cake", _toy())
    assert got.tolist() == pytest.approx(expected, abs=1e-6)
    assert wording.scores("kill kill cake", _toy()) == pytest.approx(
        (expected[2], expected[1] + expected[2]), abs=1e-6)


def test_a_text_without_known_ngrams_scores_the_intercepts():
    total = sum(math.exp(v) for v in (0.5, 0.0, -0.5))
    assert wording.probabilities("", _toy())[0] == pytest.approx(math.exp(0.5) / total)
    assert wording.probabilities("zzz qqq", _toy())[0] == pytest.approx(math.exp(0.5) / total)


def test_folded_strips_case_and_accents():
    assert wording.folded("ÉTÉ à Straße") == "ete a strasse"
    assert wording.folded("Я ЗДЕСЬ ещё") == "я здесь еще"
    assert wording.folded("plain text") == "plain text"


def test_the_word_cache_stays_bounded_and_changes_nothing(monkeypatch):
    monkeypatch.setattr(wording, "WORD_CACHE", 3)
    model = _toy()
    for text in ["kill cake", "the kill", "cake please", "kill it", "again and", "kill kill"]:
        fresh = wording.probabilities(text, _toy())
        assert wording.probabilities(text, model).tolist() == pytest.approx(fresh.tolist())
        assert len(model.cache) <= 3


def test_common_words_are_looked_up_when_the_model_is_read():
    data = {"classes": ["none", "possible", "high"], "ngram_range": [3, 3],
            "vocabulary": [" ki", "ill"], "idf": classifier.packed([1.0, 1.0]),
            "coef": [classifier.packed([0.0, 0.0])] * 2 + [classifier.packed([1.0, 1.0])],
            "intercept": [0.0, 0.0, 0.0], "common_words": ["kill", "the"]}
    model = wording.WordingModel.from_dict(data)
    assert model.common["kill"].tolist() == [0, -1, 1, -1] and model.common["the"].tolist() == [
        -1, -1, -1]
    wording.probabilities("kill the cat", model)
    assert set(model.cache) == {"cat"}  # the common words are not cached again


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_probabilities(text):
    p = wording.probabilities(wording.folded(text))
    assert p.shape == (3,) and all(0.0 <= v <= 1.0 for v in p)
    assert float(p.sum()) == pytest.approx(1.0)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="abcdefgh ñé", min_size=1, max_size=8), min_size=1,
                max_size=12), st.sampled_from([" ", "  ", "\n", "\t ", " \r\n "]))
def test_only_words_count_not_the_spaces_between_them(words, space):
    joined = " ".join(words)
    assert wording.probabilities(space.join(words)).tolist() == pytest.approx(
        wording.probabilities(joined).tolist())


def test_the_shipped_model():
    model = wording.model()
    assert len(model.index) > 10_000 and model.coef.shape == (3, len(model.index))
    assert model.idf.shape == (len(model.index),) and model.intercept.shape == (3,)
    assert 0.0 < model.alone.threshold_any < 1.0 and 0.0 < model.alone.threshold_high < 1.0
    assert model.alone.threshold_veto > 0.0
    assert 0.0 < model.short.threshold_any < 1.0
    # a few words: it never vetoes a rule, and says "possible" at most
    assert model.short.threshold_veto == 0.0 and model.short.threshold_high > 1.0
    for name in ("all-MiniLM-L6-v2", "use-multilingual-v3"):
        assert 0.0 < classifier.weights(name).wording_share < 1.0


@pytest.mark.parametrize("text", [
    "honestly i dont see the point in waking up anymore, everyone would be fine without me",
    "ich halte das alles nicht mehr aus und will einfach nur noch dass es aufhört für immer",
    "ya no aguanto más esta vida, quisiera dormirme y no despertar nunca más",
])
def test_without_vectors_the_wording_model_judges(text):
    """With no sentence vectors (no semantic extra, or CRISIS_SEMANTIC off) the wording model
    reads the message beside the rules."""
    read = triage.read(text, embed=False)
    assessment = triage.assess(read)
    assert assessment.risk != "none" and assessment.source in ("classifier", "both")
    assert assessment.p_any >= wording.model().alone.threshold_any


@pytest.mark.parametrize("text", [
    "can you recommend a letter about setting boundaries with my mother in law",
    "my sourdough starter keeps going flat after two days, what am i doing wrong",
    "gracias por la ayuda de ayer, me sirvió mucho hablar con alguien",
])
def test_without_vectors_everyday_messages_stay_calm(text):
    assert triage.assess(triage.read(text, embed=False)).risk == "none"


def test_warm_loads_the_rules_and_models_before_the_first_message():
    wording.model.cache_clear()
    classifier.weights.cache_clear()
    triage.warm()
    assert wording.model.cache_info().currsize == 1
    assert classifier.weights.cache_info().currsize == len(classifier.RESOURCES)
    assert len(wording.model().common) > 1_000  # the common words' columns, looked up ahead
