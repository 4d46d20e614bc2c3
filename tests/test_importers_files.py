"""File-level rules for every format: size, emptiness, binary, encodings, extensions, names;
and fuzzing: no input makes an importer raise anything but InputError."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import bot.archive.importers as importers
from bot.archive.importers import MAX_FILE_BYTES, parse_bytes, parse_file
from bot.archive.importers.jsonl import dumps_letter
from bot.models import Answer, InputError, Letter, ParsedFile

FIXTURES = Path(__file__).parent / "fixtures" / "import"
EXTENSIONS = ("page.txt", "data.csv", "data.json", "data.jsonl")
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- size, emptiness, binary, extension -------------------------------------------------------


def test_max_file_bytes_is_50_mb():
    assert MAX_FILE_BYTES == 50 * 1024 * 1024


def test_file_over_50_mb_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "huge.csv"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing written

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InputError) as err:
        parse_file(big, display_name="huge.csv")
    assert str(err.value) == "huge.csv: file is over 50 MB"


def test_file_of_exactly_50_mb_is_read(tmp_path):
    path = tmp_path / "edge.txt"
    path.write_bytes(b"Hope. - Me\n" + b" " * (MAX_FILE_BYTES - 11))
    assert len(parse_file(path).quotes) == 1


def test_bytes_over_50_mb_are_refused():
    with pytest.raises(InputError, match=r"^big\.jsonl: file is over 50 MB$"):
        parse_bytes(b" " * (MAX_FILE_BYTES + 1), "big.jsonl")


@pytest.mark.parametrize("name", EXTENSIONS)
@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_file(name, data):
    with pytest.raises(InputError) as err:
        parse_bytes(data, name)
    assert str(err.value) == f"{name}: file is empty"


@pytest.mark.parametrize("name", EXTENSIONS)
@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"title,question,answer\nT,Q,A\x00\n",
    bytes(range(1, 32)) * 20,
    bytes(range(128, 256)) * 10,
])
def test_binary_file(name, data):
    with pytest.raises(InputError) as err:
        parse_bytes(data, name)
    assert str(err.value) == f"{name}: binary file, not text"


@pytest.mark.parametrize("name, shown", [
    ("letters.xlsx", "unknown file type '.xlsx'"),
    ("letters", "file name has no extension"),
    ("notes.TXT.gz", "unknown file type '.gz'"),
])
def test_unknown_extension_lists_accepted(name, shown):
    with pytest.raises(InputError) as err:
        parse_bytes(b"hello", name)
    assert str(err.value) == f"{name}: {shown}; accepted: .txt, .csv, .json, .jsonl"


def test_extension_is_case_insensitive():
    assert parse_bytes(b"Be kind. - Me\n", "Q.TXT").format == "quotes-txt"


def test_errors_name_the_display_name(tmp_path):
    path = tmp_path / "abc123.tmp"
    path.write_bytes(b"title,question,answer\nT,,A\n")
    with pytest.raises(InputError) as err:
        parse_file(path, display_name="letters.csv")
    assert str(err.value) == "letters.csv, line 2: no question (the question column is empty)"
    assert err.value.path == "letters.csv"


def test_errors_name_the_path_without_display_name(tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes(b"quote,author\n\n,Someone\n")
    with pytest.raises(InputError) as err:
        parse_file(path)
    assert str(err.value) == f"{path}, line 3: no quote text"


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="cannot read the file"):
        parse_file(tmp_path / "nope.txt")
    folder = tmp_path / "dir.txt"
    folder.mkdir()
    with pytest.raises(InputError, match=r"dir\.txt"):
        parse_file(folder)


def test_parse_file_accepts_str_paths():
    parsed = parse_file(str(FIXTURES / "quotes.csv"))
    assert isinstance(parsed, ParsedFile) and parsed.path == str(FIXTURES / "quotes.csv")


# --- encodings ---------------------------------------------------------------------------------


def test_utf8_with_and_without_bom_are_the_same():
    text = "Ça va — Zoë\n".encode()
    assert parse_bytes(text, "q.txt").quotes == parse_bytes(b"\xef\xbb\xbf" + text, "q.txt").quotes
    assert parse_bytes(text, "q.txt").warnings == []


def test_cp1252_fallback_with_warning():
    data = "“Courage is grace under pressure.” — Ernest Hemingway\n".encode("cp1252")
    parsed = parse_bytes(data, "q.txt")
    assert parsed.warnings == ["not UTF-8; read as cp1252"]
    assert parsed.quotes[0].text == "Courage is grace under pressure."
    assert parsed.quotes[0].author == "Ernest Hemingway"


def test_latin1_fallback_when_cp1252_fails():
    data = b"Caf\xe9 au lait \x81 - Anon\n"  # 0x81 is undefined in cp1252
    parsed = parse_bytes(data, "q.txt")
    assert parsed.warnings == ["not UTF-8; read as latin-1"]
    assert parsed.quotes[0].text.startswith("Café au lait")


def test_cp1252_csv_keeps_warning():
    data = "title,question,answer\nCafé,Où?,Voilà\n".encode("cp1252")
    parsed = parse_bytes(data, "l.csv")
    assert parsed.warnings == ["not UTF-8; read as cp1252"]
    assert parsed.letters[0].title == "Café"


def test_utf16_with_bom():
    data = "quote,author\nBe brave.,Me\n".encode("utf-16")
    parsed = parse_bytes(data, "q.csv")
    assert parsed.quotes[0].text == "Be brave." and parsed.warnings == []


def test_letter_page_in_cp1252_keeps_nbsp_spacing():
    page = ("Title\n\nTitle\n\nyour avatar\xa0\xa0 Zoë, 30 years old\n\nQ?\n\n"
            "\xa0\xa0 Ann Bee, LPC\n\nDear Zoë,\n\nA.\n\nAnn")
    parsed = parse_bytes(page.encode("cp1252"), "p.txt")
    letter = parsed.letters[0]
    assert (letter.asker_name, letter.asker_age) == ("Zoë", 30)
    assert letter.answers[0].answerer == "Ann Bee"
    assert parsed.warnings == ["not UTF-8; read as cp1252"]


# --- fuzzing: only InputError ---------------------------------------------------------------


def only_input_errors(data: bytes, name: str) -> None:
    try:
        parsed = parse_bytes(data, name)
    except InputError as exc:
        assert exc.path == name and str(exc).startswith(name)
        return
    assert isinstance(parsed, ParsedFile)
    for letter in parsed.letters:
        assert isinstance(letter.title, str) and letter.question and letter.answers
        assert all(answer.text for answer in letter.answers)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(EXTENSIONS))
@example(b"\xff\xfe\x00", "page.txt")
@example(b"[" * 100_000, "data.json")
@example(b"\xfe\xff" + "{}".encode("utf-16-be"), "data.jsonl")
def test_fuzz_bytes(data, name):
    only_input_errors(data, name)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(EXTENSIONS))
def test_fuzz_text(text, name):
    only_input_errors(text.encode("utf-8", "surrogatepass"), name)


PAGE_PIECES = [
    "Title", "Title", "your avatar", "your avatar Eli, 29 years old", "your avatar  (250)",
    "\xa0\xa0 Jef Gazley, M.S., LMFT", "  ,", "   ", "Dear Eli,", "Hi", "Good luck.",
    "Jef Gazley, M.S.", "Jef", "This question was answered by Jef.", "— Mark Twain",
    "Author Unknown", '"Quoted."', "---", "* * *", "\f", "", "", "", "Some question text?",
    "A paragraph of the answer.", "- item", "#", "<p>", "&amp;", "x" * 700,
]


@FUZZ
@given(st.lists(st.sampled_from(PAGE_PIECES) | st.text(max_size=30), max_size=40))
def test_fuzz_letter_page_shapes(lines):
    only_input_errors("\n".join(lines).encode(), "page.txt")


VALID_PAGE = (FIXTURES / "two_pages.txt").read_text(encoding="utf-8").split("\n")


@FUZZ
@given(st.lists(st.tuples(st.booleans(), st.integers(0, len(VALID_PAGE)),
                          st.sampled_from(PAGE_PIECES) | st.text(max_size=30)), max_size=8))
def test_fuzz_mutated_letter_pages(edits):
    lines = list(VALID_PAGE)
    for insert, at, piece in edits:
        if insert:
            lines.insert(at, piece)
        elif at < len(lines):
            del lines[at]
    only_input_errors("\n".join(lines).encode(), "page.txt")


CSV_HEADERS = [
    ["", "questionID", "questionTitle", "questionText", "questionLink", "topic", "therapistInfo",
     "therapistURL", "answerText", "upvotes", "views", "split"],
    ["questionID", "questionTitle", "questionText", "questionUrl", "topics", "therapistName",
     "therapistUrl", "answerText", "upvotes"],
    ["title", "question", "answer", "answerer", "credentials", "topics", "source_url",
     "asker_name", "asker_age", "upvotes"],
    ["quote", "author"],
]
CELL = st.sampled_from(["", " ", "https://counselchat.com/questions/", "<p><br></p>", "1.5",
                        "<img src=\"data:image/png;base64,AAAA\">", "x, y", "Ann Bee, LPC",
                        "<ul><li>", "&#99999999;", "nan", "-3"]) | st.text(max_size=40)


@FUZZ
@given(st.sampled_from(CSV_HEADERS), st.lists(st.lists(CELL, max_size=13), max_size=6))
def test_fuzz_csv_rows(header, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    only_input_errors(out.getvalue().encode("utf-8", "surrogatepass"), "data.csv")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["title", "question", "answers", "text", "topics", "asker_age",
                         "upvotes", "letters", "x"]), inner, max_size=5),
    max_leaves=20,
)


@FUZZ
@given(JSON_VALUES, st.sampled_from(["data.json", "data.jsonl"]))
def test_fuzz_json_values(value, name):
    only_input_errors(json.dumps(value).encode(), name)


def test_a_letter_written_by_dumps_loads_from_a_json_file_too():
    letter = Letter(title="T", question="Q", answers=[Answer(text="A", upvotes=1)])
    data = ("[" + dumps_letter(letter) + "]").encode()
    assert importers.parse_bytes(data, "x.json").letters == [letter]
