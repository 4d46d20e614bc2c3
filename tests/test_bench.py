"""`python -m bot bench`: the typo generator, the metrics, and one tiny smoke run on two small
CSVs in counsel-chat's formats (lexical only, one small synthetic size)."""

from __future__ import annotations

import argparse
import csv
import json
import random
import re

import pytest
from test_matcher import LETTERS

from bot.devtools import bench
from bot.matching import semantic


def test_typos_are_reproducible_and_at_the_asked_rate():
    text = " ".join(["relationship anxiety depression husband", "I am so sad"] * 200)
    a = bench.inject_typos(text, random.Random(7))
    assert a == bench.inject_typos(text, random.Random(7))
    assert a != bench.inject_typos(text, random.Random(8))
    before, after = text.split(), a.split()
    assert len(before) == len(after)
    long_words = [(b, c) for b, c in zip(before, after, strict=True) if len(b) > 4]
    changed = [(b, c) for b, c in long_words if b != c]
    assert 0.33 < len(changed) / len(long_words) < 0.47
    for b, c in zip(before, after, strict=True):
        if len(b) <= 4:
            assert b == c  # short words are never touched
    for b, c in changed:  # one deletion, or one swap of neighbours
        deletion = len(c) == len(b) - 1 and any(b[:i] + b[i + 1:] == c for i in range(len(b)))
        swap = len(c) == len(b) and any(
            b[:i] + b[i + 1] + b[i] + b[i + 2:] == c for i in range(len(b) - 1))
        assert deletion or swap, (b, c)


def test_metrics():
    m = bench._metrics([0, 1, 2, None, 9, 12])
    assert m["n"] == 6
    assert m["r1"] == pytest.approx(1 / 6)
    assert m["r3"] == pytest.approx(3 / 6)
    assert m["mrr10"] == pytest.approx((1 + 1 / 2 + 1 / 3 + 1 / 10) / 6)


def _write_counsel_chat(folder):
    cc = folder / "counsel-chat"
    cc.mkdir(parents=True)
    splits = ["train", "train", "train", "val", "test"]
    with open(cc / "20200325_counsel_chat.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["", "questionID", "questionTitle", "questionText", "questionLink", "topic",
                    "therapistInfo", "therapistURL", "answerText", "upvotes", "views", "split"])
        for i, letter in enumerate(LETTERS[:7]):
            w.writerow([i, i, letter.title, letter.question, letter.source_url,
                        letter.topics[0], "Ann Lee, LMFTCounselor", "https://example.org/t/ann",
                        letter.answers[0].text, 1, 10, splits[i % len(splits)]])
    with open(cc / "counselchat-data.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["questionID", "questionTitle", "questionText", "questionUrl", "topics",
                    "therapistName", "therapistUrl", "answerText", "upvotes"])
        for i, letter in enumerate(LETTERS[5:], 5):
            w.writerow([f"id{i}", letter.title, letter.question, letter.source_url,
                        ",".join(letter.topics), "Bo Ray", "https://example.org/t/bo",
                        f"<p>{letter.answers[0].text}</p>", 2])


def test_tiny_bench_run(tmp_path, monkeypatch, capsys):
    _write_counsel_chat(tmp_path / "data")
    monkeypatch.setattr(bench, "SYNTHETIC_SIZES", (60,))
    monkeypatch.setattr(semantic, "available", lambda: False)  # lean: lexical only
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    args = parser.parse_args(["--data", str(tmp_path / "data"), "--quick"])

    result = bench.run_bench(args)
    assert result["queries"] == len(LETTERS)
    names = set(result["quality"])
    assert {"rapidfuzz WRatio (question)", "rapidfuzz token_set_ratio (question)",
            "FTS5 BM25, question only", "ours, lexical only"} <= names
    ours = result["quality"]["ours, lexical only"]
    assert set(ours["clean"]) == {"train", "val+test", "all"}
    assert ours["clean"]["all"]["n"] == len(LETTERS)
    assert ours["clean"]["all"]["r3"] >= 0.8  # titles find their own letters, even so small
    assert set(result["speed"]) == {"real", "60"}
    for size in result["speed"].values():
        run = size["lexical"]
        assert "error" not in run, run
        assert run["ms_p95"] >= run["ms_median"] > 0 and run["peak_mb"] > 0
    assert "lexical R@3 (all)" in result["goals"]

    table = bench.format_table(result)
    assert "ours, lexical only" in table and "Speed" in table and "Goals" in table
    assert re.search(r"real\s+\d+", table)

    monkeypatch.setattr(bench, "run_bench", lambda a: result)
    assert bench.main(parser.parse_args(["--json"])) == 0
    assert json.loads(capsys.readouterr().out)["queries"] == len(LETTERS)


def test_missing_data_is_a_clear_error(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    bench.add_arguments(parser)
    assert bench.main(parser.parse_args(["--data", str(tmp_path)])) == 2
    assert "counsel-chat CSVs not found" in capsys.readouterr().err


def test_reply_speed_times_the_detector_apart():
    from test_matcher import make_archive

    from bot.devtools import people
    from bot.matching.matcher import Matcher

    archive = make_archive()
    short = "my therapist ignores my calls, what do I do?"
    long = " ".join(["I have been sleeping badly and my job is a mess."] * 12) + " any advice?"
    messages = [people.PeopleMessage(str(i), text, len(text.split()), ())
                for i, text in enumerate([short, long])]
    speed = people.reply_speed(archive, Matcher(archive, "lexical"), messages, rounds=1)
    assert set(speed) == {"short", "long"}
    for bucket in speed.values():
        assert bucket["reply_p95_ms"] >= bucket["detect_p95_ms"] > 0
