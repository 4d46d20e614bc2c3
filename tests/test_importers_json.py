"""The project's JSON / JSONL schema: exact round trip (property test) and schema errors."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.archive.importers import parse_bytes
from bot.archive.importers.jsonl import dumps_letter, letter_to_dict
from bot.models import Answer, InputError, Letter

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

required_text = st.text(min_size=1).filter(lambda s: s.strip())
optional_text = st.none() | st.text()
whole = st.none() | st.integers(min_value=-(10**30), max_value=10**30)

answers = st.builds(
    Answer,
    text=required_text,
    answerer=st.text(),
    credentials=st.text(),
    bio=st.text(),
    source_url=optional_text,
    upvotes=whole,
)
letters = st.builds(
    Letter,
    title=required_text,
    question=required_text,
    answers=st.lists(answers, min_size=1, max_size=3),
    asker_name=optional_text,
    asker_age=whole,
    topics=st.lists(st.text(), max_size=4),
    source_url=optional_text,
    split=optional_text,
    added=optional_text,
)


def sample_letter(**kw) -> Letter:
    base = dict(
        title="Patient-therapist relationship",
        question="I am borderline.\n\nIs it all an act?",
        answers=[Answer(text="Dear Eli,\n\nGood luck.", answerer="Jef Gazley",
                        credentials="M.S., LMFT", bio="This question was answered by Jef.",
                        source_url=None, upvotes=3)],
        asker_name="Eli",
        asker_age=29,
        topics=["relationships"],
        added="2026-01-31",
    )
    base.update(kw)
    return Letter(**base)


def test_letter_to_dict_schema_and_key_order():
    d = letter_to_dict(sample_letter())
    assert list(d) == ["title", "question", "asker_name", "asker_age", "topics", "source_url",
                       "split", "added", "answers"]
    assert list(d["answers"][0]) == ["answerer", "credentials", "bio", "text", "source_url",
                                     "upvotes"]
    assert d["asker_age"] == 29 and d["split"] is None


def test_dumps_letter_is_one_line_not_ascii_escaped():
    line = dumps_letter(sample_letter(title="Ström — “quotes”\nnew line\u2028"))
    assert "\n" not in line
    assert "Ström — “quotes”" in line
    assert json.loads(line)["title"] == "Ström — “quotes”\nnew line\u2028"


@SETTINGS
@given(st.lists(letters, min_size=1, max_size=4))
def test_jsonl_round_trip_is_exact(items):
    data = ("\n".join(dumps_letter(letter) for letter in items) + "\n").encode("utf-8")
    parsed = parse_bytes(data, "export.jsonl")
    assert parsed.format == "jsonl"
    assert parsed.letters == items
    assert parsed.warnings == [] and parsed.notes == []


@SETTINGS
@given(st.lists(letters, min_size=1, max_size=3), st.booleans())
def test_json_round_trip_is_exact(items, wrapped):
    body = [letter_to_dict(letter) for letter in items]
    doc = {"letters": body} if wrapped else body
    parsed = parse_bytes(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), "a.json")
    assert parsed.format == "json"
    assert parsed.letters == items


def test_jsonl_blank_lines_crlf_and_bom():
    lines = [dumps_letter(sample_letter(title=f"T{i}")) for i in range(2)]
    data = ("\ufeff\r\n" + lines[0] + "\r\n\r\n  \r\n" + lines[1]).encode("utf-8")
    parsed = parse_bytes(data, "x.jsonl")
    assert [letter.title for letter in parsed.letters] == ["T0", "T1"]


def test_jsonl_text_is_not_cleaned():
    letter = sample_letter(question="  spaces  &amp; entities\tkept  ")
    (back,) = parse_bytes(dumps_letter(letter).encode(), "x.jsonl").letters
    assert back.question == "  spaces  &amp; entities\tkept  "


def test_optional_fields_may_be_missing():
    (letter,) = parse_bytes(b'{"title": "T", "question": "Q", "answers": [{"text": "A"}]}',
                            "x.jsonl").letters
    assert letter == Letter(title="T", question="Q", answers=[Answer(text="A")])


def jsonl_with_bad_line(bad: dict, at: int = 3) -> bytes:
    good = letter_to_dict(sample_letter())
    rows = [json.dumps(good)] * (at - 1) + [json.dumps(bad)]
    return "\n".join(rows).encode()


@pytest.mark.parametrize("change, message", [
    ({"title": None}, "missing 'title'"),
    ({"title": "  "}, "'title' is empty"),
    ({"question": None}, "missing 'question'"),
    ({"answers": None}, "missing 'answers'"),
    ({"answers": []}, "'answers' is empty"),
    ({"answers": [{"answerer": "X"}]}, "answer 1: missing 'text'"),
    ({"answers": [{"text": "A"}, {"text": ""}]}, "answer 2: 'text' is empty"),
    ({"answers": [{"text": 5}]}, "answer 1: 'text' must be a string, not int"),
    ({"asker_age": "29"}, "'asker_age' must be a whole number or null"),
    ({"asker_age": True}, "'asker_age' must be a whole number or null"),
    ({"topics": "anxiety"}, "'topics' must be a list of strings"),
])
def test_jsonl_schema_errors_name_the_line(change, message):
    bad = {**letter_to_dict(sample_letter()), **change}
    bad = {k: v for k, v in bad.items() if v is not None or k not in change}
    with pytest.raises(InputError) as err:
        parse_bytes(jsonl_with_bad_line(bad), "export.jsonl")
    assert str(err.value) == f"export.jsonl, line 3: {message}"


def test_jsonl_not_an_object():
    with pytest.raises(InputError, match=r"^x\.jsonl, line 1: expected a letter object, got list"):
        parse_bytes(b"[1, 2]\n", "x.jsonl")


def test_jsonl_truncated_line():
    data = dumps_letter(sample_letter()) + "\n" + dumps_letter(sample_letter())[:40] + "\n"
    with pytest.raises(InputError) as err:
        parse_bytes(data.encode(), "cut.jsonl")
    assert err.value.line == 2
    assert str(err.value).startswith("cut.jsonl, line 2: invalid JSON: ")


def test_json_truncated_names_the_line():
    text = json.dumps([letter_to_dict(sample_letter())] * 2, indent=2)
    cut = text[: len(text) // 2 + 7]
    with pytest.raises(InputError) as err:
        parse_bytes(cut.encode(), "cut.json")
    assert err.value.line == cut.count("\n") + 1
    assert "invalid JSON" in err.value.message


def test_json_schema_error_names_the_item():
    items = [letter_to_dict(sample_letter()), {"title": "T", "answers": [{"text": "A"}]}]
    with pytest.raises(InputError) as err:
        parse_bytes(json.dumps({"letters": items}).encode(), "two.json")
    assert str(err.value) == "two.json, item 2: missing 'question'"
    assert err.value.unit == "item"


@pytest.mark.parametrize("doc, message", [
    ("[]", "two.json: no letters in the file"),
    ('{"other": 1}', 'two.json: expected a list of letters or {"letters": [...]}'),
    ("42", 'two.json: expected a list of letters or {"letters": [...]}'),
])
def test_json_wrong_shape(doc, message):
    with pytest.raises(InputError) as err:
        parse_bytes(doc.encode(), "two.json")
    assert str(err.value) == message


def test_json_single_object_is_accepted():
    doc = json.dumps(letter_to_dict(sample_letter()))
    assert parse_bytes(doc.encode(), "one.json").letters == [sample_letter()]
