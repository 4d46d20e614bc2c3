"""Shared fixtures, kept small and generic: the Bot API double and its "no unexpected error"
check. Fixtures for one area live in that area's test files."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.devtools.botapi_double import LIVE_DOUBLES, BotApiDouble, Limits, running_double

_SEEN = {"doubles": 0, "calls": 0, "expected_errors": 0, "unexpected_errors": 0}


@pytest.fixture
def botapi() -> Iterator[BotApiDouble]:
    """A started local Bot API double (Telegram's flood limits on), stopped after the test."""
    with running_double(limits=Limits()) as double:
        yield double


@pytest.fixture(autouse=True)
def _no_unexpected_bot_api_errors() -> Iterator[None]:
    """Fail a test after which any Bot API double answered an error nobody expected."""
    LIVE_DOUBLES.clear()
    yield
    doubles = list(LIVE_DOUBLES)
    LIVE_DOUBLES.clear()
    for double in doubles:
        _SEEN["doubles"] += 1
        _SEEN["calls"] += len(double.calls)
        _SEEN["expected_errors"] += sum(1 for c in double.errors() if c.expected)
    unexpected = [call for double in doubles for call in double.unexpected_errors()]
    _SEEN["unexpected_errors"] += len(unexpected)
    if unexpected:
        pytest.fail(f"the Bot API double answered {len(unexpected)} unexpected error(s): "
                    f"{unexpected[:5]}", pytrace=False)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line on what the Bot API doubles saw in this run."""
    if _SEEN["doubles"]:
        terminalreporter.write_line(
            f"Bot API double: {_SEEN['calls']} requests over {_SEEN['doubles']} test(s), "
            f"{_SEEN['expected_errors']} expected error responses, "
            f"{_SEEN['unexpected_errors']} unexpected ones (each fails its test)."
        )

