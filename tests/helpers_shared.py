"""Where the public archives live for tests: ``$SHARED_DATA``, default ``../shared/data``.

    from tests.helpers_shared import shared_data_dir
    path = shared_data_dir() / "counsel-chat" / "counselchat-data.csv"

``shared_data_dir()`` skips the calling test (with the reason) when the directory is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
#: The labelled crisis sets of the repository: (name, path). The holdouts were written by people
#: who had not read the rules; see the comments at the top of each file. The package never
#: points at them: they are passed in (bot.safety.evaluation.evaluate_sets).
CRISIS_DATA = Path(__file__).resolve().parent / "data"
EVALUATION_SETS = (
    ("labelled", CRISIS_DATA / "crisis_labelled.tsv"),
    ("holdout", CRISIS_DATA / "crisis_holdout.tsv"),
    ("holdout2", CRISIS_DATA / "crisis_holdout2.tsv"),
    ("holdout3", CRISIS_DATA / "crisis_holdout3.tsv"),
)


def shared_data_path() -> Path:
    """The configured directory (relative paths are taken from the repository root)."""
    path = Path(os.environ.get("SHARED_DATA", "../shared/data")).expanduser()
    return path if path.is_absolute() else (REPO_ROOT / path).resolve()


def shared_data_dir() -> Path:
    """The shared data directory; skips the test when it is absent."""
    path = shared_data_path()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set SHARED_DATA to the directory)")
    return path


def shared_file(*parts: str) -> Path:
    """A file inside the shared data directory; skips the test when it is absent."""
    path = shared_data_dir().joinpath(*parts)
    if not path.is_file():
        pytest.skip(f"shared data file not found: {path}")
    return path
