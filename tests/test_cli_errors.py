"""The command line on a broken archive or a closed pipe: one line naming the file and what to
do, a non-zero exit, never a traceback (issue 11, items 7 and 10)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import env, letters_file, run  # noqa: F401

from bot import cli

ROOT = Path(__file__).resolve().parent.parent


def loaded(env, capsys) -> Path:
    db = env / "archive.db"
    code, _, err = run(capsys, "load", "-q", "--no-embed", str(letters_file(env / "l.jsonl", 30)))
    assert code == 0, err
    con = sqlite3.connect(db)
    con.execute("pragma wal_checkpoint(truncate)")
    con.close()
    return db


def corrupt(db: Path) -> None:
    """Overwrite every page but the first (the schema) with garbage."""
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    data[page:] = b"\xa5" * (len(data) - page)
    db.write_bytes(bytes(data))


def assert_one_line(code, err, db, *words):
    assert code == 1
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert str(db) in lines[0]
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("argv", [["stats"], ["ask", "I feel so stressed at work"],
                                  ["export"], ["run"]])
def test_a_corrupted_archive_is_one_line(env, capsys, monkeypatch, argv):
    db = loaded(env, capsys)
    corrupt(db)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9")
    code, _, err = run(capsys, *argv)
    assert_one_line(code, err, db, "damaged", "backup")


def test_a_schema_version_that_is_not_a_number(env, capsys):
    db = loaded(env, capsys)
    con = sqlite3.connect(db)
    con.execute("update meta set value = 'three' where key = 'schema_version'")
    con.commit()
    con.close()
    code, _, err = run(capsys, "stats")
    assert_one_line(code, err, db, "not a number")


def test_an_archive_locked_by_a_parallel_load(env, capsys, monkeypatch):
    db = loaded(env, capsys)
    import sqlite_utils.db

    original = sqlite_utils.db.Database.__init__

    def short_timeout(self, *args, **kwargs):  # the default busy wait is 5 s
        original(self, *args, **kwargs)
        self.conn.execute("pragma busy_timeout = 200")

    monkeypatch.setattr(sqlite_utils.db.Database, "__init__", short_timeout)
    other = sqlite3.connect(db)
    other.execute("begin immediate")  # what a running `load` holds
    try:
        more = letters_file(env / "more.jsonl", 40)
        code, _, err = run(capsys, "load", "-q", "--no-embed", str(more))
    finally:
        other.rollback()
        other.close()
    assert code == 1
    assert "Traceback" not in err
    assert str(db) in err and "locked" in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes read-only files anyway")
def test_a_read_only_archive_for_real(env, capsys):
    db = loaded(env, capsys)
    for p in env.glob("archive.db*"):
        p.chmod(0o444)
    env.chmod(0o555)
    try:
        code, _, err = run(capsys, "load", "-q", str(letters_file(env / "x.jsonl", 2)))
    finally:
        env.chmod(0o755)
    assert code == 1 and "Traceback" not in err and str(db) in err


def test_a_read_only_archive(env, capsys, monkeypatch):
    db = loaded(env, capsys)
    import sqlite_utils.db

    original = sqlite_utils.db.Database.__init__

    def read_only(self, *args, **kwargs):  # as SQLite answers on a read-only file
        original(self, *args, **kwargs)
        self.conn.execute("pragma query_only = 1")

    monkeypatch.setattr(sqlite_utils.db.Database, "__init__", read_only)
    code, _, err = run(capsys, "load", "-q", "--no-embed",
                       str(letters_file(env / "more.jsonl", 40)))
    assert code == 1
    assert "Traceback" not in err
    assert str(db) in err


def pipe(env, *argv) -> subprocess.CompletedProcess:
    cmd = f"{sys.executable} -m bot {' '.join(argv)} | head -n 1"
    return subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=env, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "CRISIS_SEMANTIC": "0"})


def test_export_into_head_exits_quietly(env, capsys):
    loaded(env, capsys)
    big = letters_file(env / "big.jsonl", 3)
    for _ in range(6):  # enough letters that the pipe fills
        big.write_text(big.read_text() * 2)
    run(capsys, "load", "-q", "--no-embed", str(big))
    result = pipe(env, "export")
    assert result.returncode == 0, result.stderr
    assert "Broken pipe" not in result.stderr and "Traceback" not in result.stderr


def test_ask_into_head_exits_quietly(env, capsys):
    loaded(env, capsys)
    script = env / "msgs.txt"
    script.write_text("I feel stressed at work\n" * 200)
    cmd = (f"{sys.executable} -m bot ask --engine lexical < {script} | head -n 1")
    result = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=env, capture_output=True,
                            text=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "CRISIS_SEMANTIC": "0"})
    assert result.returncode == 0, result.stderr
    assert "Broken pipe" not in result.stderr and "Traceback" not in result.stderr


def test_database_problem_names_the_file():
    assert "/x.db" in cli.database_problem("/x.db", sqlite3.DatabaseError("boom"))
