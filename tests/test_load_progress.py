"""Progress and timings while loading (issue 11, item 12): embedding runs in chunks with a
progress bar on a terminal, and the load summary says how long each step took."""

from __future__ import annotations

from test_cli import env, letters_file, run  # noqa: F401

from bot import cli
from bot.archive import Archive
from bot.archive.loader import load_path, render_report


def test_the_report_says_how_long_each_step_took(tmp_path):
    path = letters_file(tmp_path / "l.jsonl", 5)
    report = load_path(Archive.open(), path, embed=lambda archive: None)
    assert set(report.timings) == {"parse", "store", "embed"}
    line = next(x for x in render_report(report).splitlines() if "time:" in x)
    assert "parse" in line and "store" in line and "embed" in line


def test_load_prints_the_times(env, capsys):
    code, out, _ = run(capsys, "load", "-q", "--no-embed", str(letters_file(env / "l.jsonl")))
    assert code == 0 and "time: parse" in out


def test_embedding_runs_in_chunks_with_a_progress_bar(monkeypatch, capsys):
    computed: list[list[int]] = []
    monkeypatch.setattr(cli.semantic, "available", lambda: True)
    monkeypatch.setattr(cli.semantic, "stale_letters", lambda archive: list(range(1, 151)))
    monkeypatch.setattr(cli.semantic, "compute",
                        lambda archive, ids: computed.append(list(ids)) or len(ids))
    done = cli.embedder(show_bar=True, chunk=64)(Archive.open())
    assert done == 150
    assert [len(c) for c in computed] == [64, 64, 22]
    assert "embedding" in capsys.readouterr().err  # tqdm's bar on standard error
