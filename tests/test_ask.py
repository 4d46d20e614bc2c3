"""`python -m bot ask`, in-process on the bundled sample archive: a single message, --json,
and a batch from standard input (one JSON object a line)."""

from __future__ import annotations

import io
import json

import pytest

from bot import cli
from bot.replies.render import FINDAHELPLINE

PANIC = "I keep getting panic attacks and my heart races, what can I do?"


@pytest.fixture(scope="module")
def bundled_db(tmp_path_factory):
    """The bundled sample archive, seeded once for the module."""
    db = tmp_path_factory.mktemp("ask") / "archive.db"
    mp = pytest.MonkeyPatch()
    mp.setenv("BOT_DB", str(db))
    try:
        assert cli.main(["stats", "--json"]) == 0
    finally:
        mp.undo()
    return db


@pytest.fixture
def env(bundled_db, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env from the repository
    monkeypatch.setenv("BOT_DB", str(bundled_db))
    monkeypatch.setenv("BOT_USERNAME", "archive_test_bot")
    monkeypatch.delenv("CRISIS_REGION", raising=False)


def ask(capsys, *argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["ask", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_single_message_prints_the_reply_as_text(env, capsys):
    out = ask(capsys, PANIC)
    assert "panic" in out.lower()
    assert FINDAHELPLINE in out  # the disclaimer
    assert "<b>" not in out  # plain text, not Telegram HTML


def test_json_has_engine_crisis_matches_and_reply(env, capsys):
    data = json.loads(ask(capsys, "--json", PANIC))
    assert set(data) == {"engine", "crisis", "risk", "matches", "reply"}
    assert data["risk"] in ("high", "possible", "none")
    assert data["crisis"] == (data["risk"] != "none")
    assert data["engine"] in {"lexical", "fused"} and data["crisis"] is False
    assert 1 <= len(data["matches"]) <= 3
    best = data["matches"][0]
    assert set(best) == {"id", "title", "source_url", "link", "score", "excerpt"}
    assert "panic" in best["title"].lower()
    assert best["source_url"] is None  # sample letters have no source
    assert best["link"] == f"https://t.me/archive_test_bot?start=l{best['id']}"
    assert 0 <= best["score"] <= 100
    scores = [m["score"] for m in data["matches"]]
    assert scores == sorted(scores, reverse=True)
    assert best["excerpt"] and "<" not in best["excerpt"]
    assert "<b>" in data["reply"] and FINDAHELPLINE in data["reply"]


def test_a_typo_still_finds_the_letter(env, capsys):
    data = json.loads(ask(capsys, "--json", "i cant slep at nigth, i lie awake for hours"))
    assert data["matches"] and "asleep" in data["matches"][0]["title"].lower()


def test_crisis_comes_first_with_no_matches(env, capsys):
    data = json.loads(ask(capsys, "--json", "I took all my pills and I want to die"))
    assert data["crisis"] is True and data["matches"] == []
    assert FINDAHELPLINE in data["reply"]
    assert "start=l" not in data["reply"]


def test_nothing_close_is_said_honestly(env, capsys):
    data = json.loads(ask(capsys, "--json", "what is the boiling point of tungsten in kelvin"))
    assert data["crisis"] is False and data["matches"] == []
    assert "couldn't find" in data["reply"]


def test_user_html_is_escaped_in_the_reply(env, capsys):
    data = json.loads(ask(capsys, "--json", "<b>hi & bye</b> I feel lonely since I moved"))
    assert "<b>hi" not in data["reply"]


def test_standard_input_batch_gives_one_json_object_a_line(env, capsys, monkeypatch):
    lines = [PANIC, "", "😢😢", '"NEAR(title:x', "I want to end my life", "x" * 10_000]
    out = ask(capsys, "--json", stdin="\n".join(lines) + "\n", monkeypatch=monkeypatch)
    answers = [json.loads(line) for line in out.splitlines()]
    assert len(answers) == len(lines)
    assert answers[0]["matches"] and not answers[0]["crisis"]
    assert answers[1]["matches"] == [] and answers[2]["matches"] == []
    assert answers[4]["crisis"] is True and answers[4]["matches"] == []
    assert all(a["reply"] for a in answers)


def test_lexical_engine_can_be_chosen(env, capsys):
    data = json.loads(ask(capsys, "--json", "--engine", "lexical", PANIC))
    assert data["engine"] == "lexical" and data["matches"]
