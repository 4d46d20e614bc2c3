"""A person's message read once: normalized, and embedded in one encoder pass.

What both safety and matching need comes from here, so that a message is embedded once:
the normalized text (:mod:`bot.matching.normalize`) and its vectors
(:meth:`bot.matching.encoder.Encoder.encode_message`). Without the semantic extra the
vectors are None and everything downstream works on the words alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.matching import encoder, multilingual
from bot.matching.encoder import MessageVectors
from bot.matching.normalize import normalize

#: How much of a message is embedded (a real message is all of it; a pasted book is not).
MAX_EMBED_CHARS = 20_000


@dataclass(frozen=True)
class ReadMessage:
    """The message as written, as normalized, and its vectors (None without the extra);
    ``language``: its :func:`bot.text.language_of`, when the reader told it."""

    text: str
    normalized: str
    vectors: MessageVectors | None
    language: str | None = None


def read(text: str, embed: bool = True, english: bool = True,
         language: str | None = None) -> ReadMessage:
    """Normalize and (when the semantic extra is installed and ``embed``) embed a message:
    with all-MiniLM-L6-v2, or for a message known to be in another language (``english``
    False: its words are then never spell-corrected as English ones) with the multilingual
    encoder (:mod:`bot.matching.multilingual`). ``language`` is kept with it for the
    replies."""
    normalized = normalize(text, english=None if english else False)
    vectors = None
    if embed and normalized:
        embedded = normalized[:MAX_EMBED_CHARS]
        if not english and multilingual.available():
            vectors = multilingual.shared_encoder().encode_message(embedded)
        elif encoder.available():
            vectors = encoder.shared_encoder().encode_message(embedded)
    return ReadMessage(text, normalized, vectors, language)


def warm() -> None:
    """Load the dictionary and the model now (start-up), not on the first message."""
    from bot.matching import normalize as normalizer

    normalizer.warm()
    if encoder.available():
        encoder.shared_encoder().encode_message("warm up")
    if multilingual.available():
        multilingual.shared_encoder().encode_message("warm up")
