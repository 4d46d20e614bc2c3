"""`python -m bot run` with a token the server rejects, or with the server out of reach: one
clear line, never the token, no traceback, a non-zero exit (issue 11, item 2)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from bot.devtools.botapi_double import running_double

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "987654321:AAHk3secretSECRETsecret-TOKEN_abcdefghi"


def run_bot(tmp_path: Path, api_url: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TELEGRAM_BOT_TOKEN": TOKEN,
           "TELEGRAM_API_URL": api_url, "BOT_DB": str(tmp_path / "a.db"),
           "CRISIS_SEMANTIC": "0"}
    return subprocess.run([sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


def check(result: subprocess.CompletedProcess, *words: str) -> str:
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert TOKEN not in output and TOKEN.split(":")[1] not in output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def test_a_rejected_token_is_one_line_without_the_token(tmp_path):
    with running_double() as api:  # knows only its own token: any other one gets 401
        api.expect(401, method="getMe")
        result = run_bot(tmp_path, api.url)
    check(result, "rejected", "TELEGRAM_BOT_TOKEN")


def test_an_unreachable_server_is_one_line_naming_the_url(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    result = run_bot(tmp_path, url)
    check(result, "TELEGRAM_API_URL", url)
