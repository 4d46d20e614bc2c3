"""Stored sentence embeddings: the ``embeddings`` table (float32 blobs, one row per letter and
kind). Only bytes go in and out here; computing vectors is :mod:`bot.matching.semantic`'s job.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from bot.archive.store import ANSWER_ORDER, Archive

_CHUNK = 500


class LetterToEmbed(NamedTuple):
    """What a letter's vectors are computed from."""

    id: int
    content_hash: str
    question: str
    answers: list[str]  # the first answers, best-voted first


class VectorRow(NamedTuple):
    """One stored vector with its letter's visibility."""

    letter_id: int
    hidden: bool
    kind: str
    vector: bytes


class NewVector(NamedTuple):
    """One vector to store."""

    letter_id: int
    kind: str
    model: str
    content_hash: str
    vector: bytes


def letters_to_embed(
    archive: Archive, letter_ids: Sequence[int], answers_used: int
) -> list[LetterToEmbed]:
    """Question, content hash and the first `answers_used` answers of each letter."""
    out: list[LetterToEmbed] = []
    db = archive.db
    for start in range(0, len(letter_ids), _CHUNK):
        chunk = [int(i) for i in letter_ids[start : start + _CHUNK]]
        marks = ",".join("?" * len(chunk))
        columns = ("id", "content_hash", "question")
        rows = [
            dict(zip(columns, r, strict=True))
            for r in db.execute(
                f"select id, coalesce(content_hash, ''), question from letters "
                f"where id in ({marks})",
                chunk,
            )
        ]
        answers: dict[int, list[str]] = {}
        for letter_id, text in db.execute(
            f"select letter_id, text from answers where letter_id in ({marks}) "
            f"order by letter_id, {ANSWER_ORDER}",
            chunk,
        ):
            kept = answers.setdefault(letter_id, [])
            if len(kept) < answers_used:
                kept.append(text)
        out.extend(LetterToEmbed(answers=answers.get(r["id"], []), **r) for r in rows)
    return out


def stale_letters(archive: Archive, model: str,
                  letter_ids: Iterable[int] | None = None) -> list[int]:
    """Letters whose stored `model` vectors are missing or were computed from older text."""
    sql = (
        "select l.id from letters l left join embeddings e on e.letter_id = l.id "
        "and e.kind = 'question' and e.model = ? "
        "where (e.letter_id is null or e.content_hash is not coalesce(l.content_hash, ''))"
    )
    db = archive.db
    if letter_ids is None:
        return [int(r[0]) for r in db.execute(sql + " order by l.id", [model])]
    ids = [int(i) for i in letter_ids]
    found: list[int] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found += [int(r[0]) for r in db.execute(sql + f" and l.id in ({marks})", [model, *chunk])]
    return found


def replace_vectors(archive: Archive, letter_ids: Iterable[int], rows: Iterable[NewVector]) -> None:
    """In one transaction: drop every stored vector of `letter_ids`, then store `rows`."""
    db = archive.db
    with db.atomic():
        db.conn.executemany(
            "delete from embeddings where letter_id = ?", [(int(i),) for i in letter_ids]
        )
        db.conn.executemany(
            "insert into embeddings (letter_id, kind, model, content_hash, vector) "
            "values (?, ?, ?, ?, ?)",
            list(rows),
        )


def upsert_vectors(archive: Archive, rows: Iterable[NewVector]) -> None:
    """Store (or overwrite) vectors, in one transaction (bulk writes)."""
    with archive.db.atomic():
        archive.db.conn.executemany(
            "insert or replace into embeddings (letter_id, kind, model, content_hash, vector) "
            "values (?, ?, ?, ?, ?)",
            list(rows),
        )


def letter_hashes(archive: Archive) -> list[tuple[int, str]]:
    """(letter id, content hash) of every letter."""
    return [
        (int(r[0]), str(r[1]))
        for r in archive.db.execute("select id, coalesce(content_hash, '') from letters")
    ]


_VECTORS = (
    "select l.id, l.hidden, e.kind, e.vector from letters l "
    "join embeddings e on e.letter_id = l.id and e.model = ? "
)


def iter_vectors(archive: Archive, model: str, batch: int = 4096) -> Iterator[list[VectorRow]]:
    """Every stored `model` vector, in batches, by letter id with 'question' before 'answers'."""
    cur = archive.db.execute(_VECTORS + "order by l.id, e.kind desc", [model])
    while True:
        chunk = cur.fetchmany(batch)
        if not chunk:
            return
        yield [VectorRow(int(r[0]), bool(r[1]), r[2], r[3]) for r in chunk]


def vectors_of(archive: Archive, model: str, letter_ids: Sequence[int]) -> list[VectorRow]:
    """The stored `model` vectors of these letters."""
    ids = [int(i) for i in letter_ids]
    out: list[VectorRow] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out += [
            VectorRow(int(r[0]), bool(r[1]), r[2], r[3])
            for r in archive.db.execute(_VECTORS + f"where l.id in ({marks})", [model, *chunk])
        ]
    return out


def question_vectors(archive: Archive, model: str) -> list[tuple[int, bytes]]:
    """(letter id, question vector) of every visible letter, by id."""
    return [
        (int(r[0]), r[1])
        for r in archive.db.execute(
            "select e.letter_id, e.vector from embeddings e join letters l on l.id = e.letter_id "
            "where e.kind = 'question' and e.model = ? and l.hidden = 0 order by e.letter_id",
            [model],
        )
    ]
