"""Loading the README's two counsel-chat files a second time changes nothing and says so, and
embeds nothing (issue 11, item 8). The two variants write the same titles in different forms
(a final period, spacing); they no longer overwrite each other's version on every load."""

from __future__ import annotations

import pytest

from bot.archive import Archive
from bot.archive.loader import load_path, render_report
from tests.helpers_shared import shared_file

pytestmark = pytest.mark.real_data

FILES = (("counsel-chat", "20200325_counsel_chat.csv"), ("counsel-chat", "counselchat-data.csv"))


def test_a_second_load_of_both_counsel_chat_files_changes_nothing(tmp_path):
    paths = [shared_file(*f) for f in FILES]
    archive = Archive.open(tmp_path / "a.db")
    for path in paths:
        assert load_path(archive, path).ok
    changed: list[int] = []
    archive.on_letters_changed(changed.extend)
    reports = [load_path(archive, path) for path in paths]
    for report in reports:
        assert report.ok
        assert (report.letters_added, report.letters_updated, report.answers_added) == (0, 0, 0)
        assert "Nothing new" in render_report(report)
    assert changed == []  # so no letter's text (and no embedding) changed
