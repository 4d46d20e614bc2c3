"""The package works from a wheel (issue 11, item 11): everything it reads at run time is inside
it (importlib.resources), so a wheel installed into a fresh directory answers an ordinary message
and a crisis message via `python -m bot ask` from another working directory. Building and
installing print no setuptools deprecation warning."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def sh(*argv, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in argv], capture_output=True, text=True,
                            timeout=600, **kwargs)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    # A copy of the tracked files, so the build leaves nothing in the worktree.
    files = sh("git", "ls-files", cwd=ROOT).stdout.split()
    src = tmp / "src"
    for name in files:
        if name.startswith("tests/") or not (ROOT / name).is_file():
            continue
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes((ROOT / name).read_bytes())
    # The build backend the project declares (setuptools>=77), in a throwaway environment when
    # this one's is older.
    python = sys.executable
    import setuptools

    if int(setuptools.__version__.split(".")[0]) < 77:
        sh(sys.executable, "-m", "venv", tmp / "build-env")
        python = str(tmp / "build-env" / "bin" / "python")
        try:
            sh(python, "-m", "pip", "install", "-q", "setuptools>=77")
        except AssertionError as exc:
            pytest.skip(f"setuptools>=77 (the declared build backend) cannot be installed: {exc}")
    build = sh(python, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w",
               tmp / "dist", "./src", cwd=tmp)
    assert "Deprecat" not in build.stdout + build.stderr, build.stdout + build.stderr
    wheel = next((tmp / "dist").glob("*.whl"))
    target = tmp / "target"
    install = sh(sys.executable, "-m", "pip", "install", "--no-deps", "--target", target, wheel)
    assert "Deprecat" not in install.stdout + install.stderr
    return target


def ask(target: Path, tmp_path: Path, message: str) -> str:
    deps = sysconfig.get_paths()["purelib"]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BOT_DB")}
    env.update(PYTHONPATH=f"{target}{os.pathsep}{deps}", BOT_DB=str(tmp_path / "a.db"),
               CRISIS_REGION="US")
    python = getattr(sys, "_base_executable", sys.executable)
    result = sh(python, "-B", "-m", "bot", "ask", "--engine", "lexical",
                message, cwd=tmp_path, env=env)
    return result.stdout


def test_the_installed_wheel_answers_from_another_directory(installed, tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import bot, sys; print(bot.__file__)")
    deps = sysconfig.get_paths()["purelib"]
    where = sh(getattr(sys, "_base_executable", sys.executable), probe, cwd=tmp_path,
               env={**os.environ, "PYTHONPATH": f"{installed}{os.pathsep}{deps}"}).stdout
    assert where.startswith(str(installed)), where  # the wheel, not the worktree
    ordinary = ask(installed, tmp_path, "I keep getting panic attacks at work, what can I do?")
    assert "findahelpline" in ordinary.lower() and "panic" in ordinary.lower()
    crisis = ask(installed, tmp_path, "I want to kill myself tonight")
    assert "988" in crisis and "panic" not in crisis.lower()
