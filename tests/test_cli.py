"""The command line, run in-process: load, stats, export/load round trip, show, help, errors."""

import json

import pytest

from bot import cli
from bot.archive.importers.jsonl import dumps_letter
from bot.models import Answer, Letter


@pytest.fixture
def env(tmp_path, monkeypatch):
    """An empty archive in a temporary folder, no .env, no token."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BOT_DB", str(tmp_path / "archive.db"))
    for name in ("TELEGRAM_BOT_TOKEN", "CRISIS_REGION", "QUOTE_TIME"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def letters_file(path, n=3):
    lines = [
        dumps_letter(
            Letter(
                title=f"Question {i}: how do I cope with stress at work?",
                question=f"My job is stressful, day {i}. I can't switch off.\n\nWhat can I do?",
                answers=[Answer(text=f"Answer {i}.\n\nTake breaks.", answerer="Dr. Test",
                                credentials="LMFT", upvotes=i)],
                topics=["stress"],
                added=f"2026-01-0{i + 1}",
            )
        )
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_arguments_prints_help(env, capsys):
    code, out, _ = run(capsys)
    assert code == 0
    for command in ("load", "ask", "stats", "export", "show", "bench", "run"):
        assert command in out


def test_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    parser = cli.build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    for name in commands:
        assert f"python -m bot {name}" in readme, name


def test_load_stats_and_loading_again_adds_nothing(env, capsys):
    src = letters_file(env / "letters.jsonl")
    code, out, _ = run(capsys, "load", "-q", str(src))
    assert code == 0
    assert "3 added" in out
    code, out, _ = run(capsys, "stats", "--json")
    stats = json.loads(out)
    assert stats["letters"] == 3 and stats["answers"] == 3 and stats["topics"] == 1
    code, out, _ = run(capsys, "load", "-q", str(src))
    assert code == 0 and "Nothing new" in out
    assert json.loads(run(capsys, "stats", "--json")[1])["letters"] == 3


def test_export_then_load_round_trips_exactly(env, capsys, monkeypatch):
    src = letters_file(env / "letters.jsonl")
    run(capsys, "load", "-q", str(src))
    code, first, _ = run(capsys, "export")
    assert code == 0 and len(first.splitlines()) == 3
    (env / "export.jsonl").write_text(first, encoding="utf-8")
    monkeypatch.setenv("BOT_DB", str(env / "second.db"))
    assert run(capsys, "load", "-q", str(env / "export.jsonl"))[0] == 0
    assert run(capsys, "export")[1] == first


def test_show_prints_the_whole_letter(env, capsys):
    run(capsys, "load", "-q", str(letters_file(env / "letters.jsonl")))
    code, out, _ = run(capsys, "show", "2")
    assert code == 0
    assert "Question 1" in out and "Take breaks." in out and "Dr. Test" in out
    code, _, err = run(capsys, "show", "999")
    assert code == 1 and "no letter with id 999" in err


def test_a_bad_file_names_file_and_line_exits_non_zero_and_keeps_nothing(env, capsys):
    good = letters_file(env / "good.jsonl", n=2).read_text(encoding="utf-8")
    bad = env / "bad.jsonl"
    bad.write_text(good + '{"title": "truncated', encoding="utf-8")
    before = json.loads(run(capsys, "stats", "--json")[1])
    code, _, err = run(capsys, "load", "-q", str(bad))
    assert code == 1
    assert "bad.jsonl" in err and "line 3" in err
    assert json.loads(run(capsys, "stats", "--json")[1]) == before


def test_missing_file_is_a_clear_error(env, capsys):
    code, _, err = run(capsys, "load", "-q", str(env / "nope.csv"))
    assert code == 1 and "nope.csv" in err
    assert "Traceback" not in err


def test_a_bad_setting_stops_with_the_variable_named(env, capsys, monkeypatch):
    monkeypatch.setenv("QUOTE_TIME", "half past nine")
    code, _, err = run(capsys, "stats")
    assert code == 2 and "QUOTE_TIME" in err


def test_run_without_a_token_says_what_is_missing(env, capsys):
    code, _, err = run(capsys, "run")
    assert code == 2 and "TELEGRAM_BOT_TOKEN" in err


def test_an_empty_archive_is_filled_from_the_bundled_samples(env, capsys):
    code, out, _ = run(capsys, "stats", "--json")
    stats = json.loads(out)
    assert stats["letters"] >= 25 and stats["quotes"] >= 60
