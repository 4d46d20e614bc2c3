"""CSV files: both counsel-chat variants, the generic letters CSV, quotes CSV (small fixtures)."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest

from bot.archive.importers import parse_bytes, parse_file
from bot.archive.importers.csvfile import split_therapist_info
from bot.archive.importers.textutil import html_to_text, slugify_topic, split_name_credentials
from bot.models import InputError, Quote

FIXTURES = Path(__file__).parent / "fixtures" / "import"
WORTHLESS = "https://counselchat.com/questions/why-do-i-feel-worthless"
CC2020_HEADER = ["", "questionID", "questionTitle", "questionText", "questionLink", "topic",
                 "therapistInfo", "therapistURL", "answerText", "upvotes", "views", "split"]
CCDATA_HEADER = ["questionID", "questionTitle", "questionText", "questionUrl", "topics",
                 "therapistName", "therapistUrl", "answerText", "upvotes"]


def csv_bytes(header, *rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def cc_row(link="https://counselchat.com/questions/q1", title="Title?", text="Question text.",
           answer="<p>Answer.</p>", name="Ann Bee, LPC"):
    return ["id", title, text, link, "Anxiety", name, "https://counselchat.com/therapists/ab",
            answer, "0"]


# --- counsel-chat -------------------------------------------------------------------------


def test_counsel_chat_2020_fixture():
    parsed = parse_file(FIXTURES / "cc2020_small.csv")
    assert parsed.format == "counsel-chat-2020"
    worthless, son = parsed.letters  # questionID 0 covers two links: two letters
    assert worthless.source_url == WORTHLESS
    assert worthless.question == "I feel worthless most days.\nWhat can I do?"
    assert worthless.topics == ["depression", "self-esteem"]
    assert worthless.split == "train" and son.split == "test"
    first, second = worthless.answers  # the answer repeated for another topic is kept once
    assert (first.answerer, first.credentials) == ("Sherry Katz",
                                                   "LCSW, Couples and Family Therapist")
    assert first.upvotes == 2  # the highest of the repeats
    assert first.source_url == WORTHLESS  # the question page, not the therapist's
    assert first.text.startswith("Start with one small kind act a day.Seriously")  # not re-split
    assert (second.answerer, second.credentials) == ("Britta Neinast", "LCSW")
    assert (son.answers[0].answerer, son.answers[0].credentials) == ("Dawn M. Reilly", "Psy.D.")
    assert parsed.notes == ["1 repeated answer (same text, same question) kept once"]


def test_counsel_chat_data_fixture():
    parsed = parse_file(FIXTURES / "ccdata_small.csv")
    assert parsed.format == "counsel-chat-data"
    worthless, inlaws, better = parsed.letters
    assert worthless.topics == ["depression", "self-esteem"]
    assert worthless.split is None
    assert worthless.answers[0].text == (
        'Start with one small kind act a day.\n\nSeriously, it adds up. "Small steps" count.')
    assert inlaws.question == "Fighting with my in-laws"  # empty questionText: the title
    assert inlaws.topics == ["family-conflict", "legal-regulatory"]
    assert inlaws.answers[0].text == (
        "Hello,\n\nTry this:\n\n- Listen first\n- Set one rule\n\nLine one\nline two & more")
    assert (inlaws.answers[0].answerer, inlaws.answers[0].credentials) == ("Amy Higgs",
                                                                           "OTR/L, CLT")
    assert better.topics == ["alzheimers"]
    assert [a.text for a in better.answers] == ["Yes."]
    assert parsed.notes == [
        "line 4: removed 1 embedded image (2,056 characters of image data)",
        "line 6: skipped an answer with no text ('<p><br></p>')",
        "line 5: skipped 1 answer with no question (empty title and text, question link "
        "without a question)",
        "1 row with an empty questionText: used the question title as the question",
    ]


def test_same_answer_html_and_flattened_share_the_fingerprint():
    flat = parse_file(FIXTURES / "cc2020_small.csv").letters[0].answers[0]
    html = parse_file(FIXTURES / "ccdata_small.csv").letters[0].answers[0]
    assert flat.text != html.text
    assert flat.fingerprint() == html.fingerprint()


def test_counsel_chat_rows_with_multiline_fields_report_the_record_start_line():
    data = csv_bytes(CCDATA_HEADER,
                     cc_row(text="line one\nline two\nline three"),
                     cc_row(link="https://counselchat.com/questions/q2", answer=""))
    with pytest.raises(InputError) as err:
        parse_bytes(data, "cc.csv")
    assert str(err.value) == "cc.csv, line 5: no answer (answerText is empty)"


def test_counsel_chat_row_without_question():
    data = csv_bytes(CCDATA_HEADER, cc_row(), cc_row(title="", text=" "))
    with pytest.raises(InputError) as err:
        parse_bytes(data, "cc.csv")
    assert err.value.line == 3 and err.value.unit == "line"
    assert "no question" in err.value.message


def test_counsel_chat_messy_row_is_cleaned():
    data = csv_bytes(CCDATA_HEADER, cc_row(title="  Why\u200b  me?\r\n", text="A\x07B &amp; C",
                                           answer="<div>One&nbsp;&nbsp;two</div>\t<p></p>"))
    (letter,) = parse_bytes(data, "cc.csv").letters
    assert (letter.title, letter.question, letter.answers[0].text) == ("Why me?", "AB & C",
                                                                      "One two")


def test_unknown_columns_list_the_expected_ones():
    with pytest.raises(InputError) as err:
        parse_bytes(b"name,age\nEli,29\n", "people.csv")
    message = str(err.value)
    assert message.startswith("people.csv, line 1: unknown CSV columns (name, age); expected")
    for column in ("questionLink", "questionUrl", "therapistInfo", "title, question, answer",
                   "text or quote"):
        assert column in message


def test_extra_fields_in_a_record():
    data = b"text,author\nBe well.,Me\nToo,many,fields\n"
    with pytest.raises(InputError) as err:
        parse_bytes(data, "q.csv")
    assert str(err.value) == "q.csv, line 3: 3 fields but the header has 2 columns"


# --- generic letters and quotes CSV ---------------------------------------------------------


def test_generic_letters_csv():
    parsed = parse_file(FIXTURES / "letters.csv")
    assert parsed.format == "letters-csv"
    lonely, panic = parsed.letters
    assert lonely.question == "I know nobody here.\n\nIs that normal?"
    assert (lonely.asker_name, lonely.asker_age) == ("Jo", 19)
    assert lonely.topics == ["loneliness", "social-relationships"]
    assert [(a.answerer, a.credentials, a.upvotes) for a in lonely.answers] == [
        ("Kim Lee", "LPC", 3), ("Pat Roe", "LCSW", None)]
    assert lonely.answers[0].text == "Yes, very. Join one club."
    assert panic.answers[0].text == "Breathe out slowly.\n\nCount to four."
    assert panic.source_url is None and panic.topics == ["anxiety"]


def test_generic_letters_csv_missing_answer():
    data = b"title,question,answer\nT,Q,A\nT2,Q2,\n"
    with pytest.raises(InputError, match=r"^l\.csv, line 3: no answer"):
        parse_bytes(data, "l.csv")


def test_quotes_csv():
    parsed = parse_file(FIXTURES / "quotes.csv")
    assert parsed.format == "quotes-csv"
    assert parsed.quotes == [
        Quote("Act as if what you do makes a difference. It does.", "William James"),
        Quote("Hope is a good breakfast."),
    ]


def test_quotes_csv_with_bom_and_text_column():
    parsed = parse_bytes("\ufefftext\n“Be brave.”\n".encode(), "q.csv")
    assert parsed.quotes == [Quote("Be brave.")]


def test_quotes_csv_empty_text():
    with pytest.raises(InputError, match=r"^q\.csv, line 3: no quote text$"):
        parse_bytes(b"quote,author\nHi there.,X\n,Y\n", "q.csv")


# --- helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("info, url, expected", [
    ("Sherry Katz, LCSWCouples and Family Therapist, LCSW",
     "https://counselchat.com/therapists/sherry-katz-lcsw",
     ("Sherry Katz", "LCSW, Couples and Family Therapist")),
    ("Britta NeinastLCSW", "https://counselchat.com/therapists/britta-neinast-valparaiso",
     ("Britta Neinast", "LCSW")),
    ("Lynda MartensMarriage & Family Therapist, MSc, RP",
     "https://counselchat.com/therapists/ms-lynda-martens-london-ontario",
     ("Lynda Martens", "Marriage & Family Therapist, MSc, RP")),
    ("Eric Ström, JD, MA, LMHCAttorney", "https://counselchat.com/therapists/eric-str-m-jd-ma-lmhc",
     ("Eric Ström", "JD, MA, LMHC")),
    ("Kathryn ClappKathryn Clapp LMHC, LLC", "https://counselchat.com/therapists/kathryn-clapp",
     ("Kathryn Clapp", "LMHC, LLC")),
    ("Tamara PowellAnything But Ordinary!", "https://counselchat.com/therapists/tamara-powell",
     ("Tamara Powell", "")),
    ("James McCrackenLicensed Counselor", "", ("James McCracken", "Licensed Counselor")),
    ("Debbie Gottlieb", "https://counselchat.com/therapists/debbie-gottlieb",
     ("Debbie Gottlieb", "")),
])
def test_split_therapist_info(info, url, expected):
    assert split_therapist_info(info, url) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jef Gazley, M.S., LMFT, LPC, LISAC, DCC", ("Jef Gazley", "M.S., LMFT, LPC, LISAC, DCC")),
    ("Amy Higgs OTR/L, CLT", ("Amy Higgs", "OTR/L, CLT")),
    ("Katrina Whitehead MA, LPCC", ("Katrina Whitehead", "MA, LPCC")),
    ("RINDA SMITH", ("RINDA SMITH", "")),
    ("Dr. Rachelle Vaughan", ("Dr. Rachelle Vaughan", "")),
    ("", ("", "")),
])
def test_split_name_credentials(text, expected):
    assert split_name_credentials(text) == expected


@pytest.mark.parametrize("name, slug", [
    ("Family Conflict", "family-conflict"), ("family-conflict", "family-conflict"),
    ("Legal & Regulatory", "legal-regulatory"), ("Children & Adolescents", "children-adolescents"),
    ("Grief and Loss", "grief-and-loss"), ("Self-esteem", "self-esteem"), ("LGBTQ", "lgbtq"),
    ("Alzheimer's", "alzheimers"), ("  ", ""),
])
def test_slugify_topic(name, slug):
    assert slugify_topic(name) == slug


def test_html_to_text():
    html = ('<p>Hi&nbsp;there,</p><p><br></p><p>Line\n one<br/>line two</p>'
            '<ol><li><p>first</p></li><li>second</li><li> </li></ol>'
            '<style>p {color: red}</style><!--[if gte mso 9]><xml><w:x>junk</w:x></xml><![endif]-->'
            '<p>&#34;q&#34; &amp; <b>bold</b></p>')
    assert html_to_text(html) == ('Hi there,\n\nLine one\nline two\n\n- first\n- second\n\n'
                                  '"q" & bold')


@pytest.mark.parametrize("header", [b"quote,author", b"title,question,answer",
                                    b",".join(h.encode() for h in CCDATA_HEADER)])
def test_header_only(header):
    with pytest.raises(InputError, match=r"^h\.csv: no rows after the header$"):
        parse_bytes(header + b"\n\n", "h.csv")


@pytest.mark.parametrize("html, text", [
    ("<p>x < 3 and y > 2</p>", "x < 3 and y > 2"),
    ("<p>a</p><!-- unclosed <p>b</p>", "a"),
    ("<p>a</p><style>p {}", "a"),
    ("<p>a<img src='data:image/gif;base64,R0lGOD'>b</p>", "ab"),
    ("<P>One</P><DIV>Two<BR>Three</DIV>", "One\n\nTwo\nThree"),
    ("<p>&lt;3 &copy; &#8212; &#x2014;</p>", "<3 © — —"),
])
def test_html_to_text_edge_cases(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize("junk", ["<a " * 40_000, "<!--" * 40_000, "<style>" * 40_000,
                                  "<p " + "x" * 100_000, "<" * 100_000])
def test_html_to_text_is_linear_on_broken_markup(junk):
    start = time.perf_counter()
    html_to_text("<p>ok</p>" + junk)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_and_tab_separated(delimiter):
    data = f"title{delimiter}question{delimiter}answer\nT{delimiter}Q, yes{delimiter}A\n"
    (letter,) = parse_bytes(data.encode(), "excel.csv").letters
    assert (letter.title, letter.question, letter.answers[0].text) == ("T", "Q, yes", "A")
