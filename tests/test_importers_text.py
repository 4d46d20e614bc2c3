"""Letter pages and quotes files (.txt), from the small fixtures and inline text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.archive.importers import parse_bytes, parse_file
from bot.archive.importers.letter_page import parse_asker
from bot.archive.importers.quotes import parse_quote_line
from bot.models import InputError, Quote

FIXTURES = Path(__file__).parent / "fixtures" / "import"
NB = "\u00a0"


def page(title="Night worries", avatar=f"your avatar{NB}{NB}{NB} Eli, 29 years old",
         question="I worry every night.\n\nWhat can I do?",
         answerer=f"{NB}{NB}{NB}  Jef Gazley, M.S., LMFT",
         answer="Dear Eli,\n\nWrite the worries down.\n\nGood luck.\n\nJef Gazley, M.S.",
         bio="This question was answered by Jef Gazley M.S.",
         quotes="Determination is admirable.\n\"Smile.\"\nAuthor Unknown") -> str:
    parts = [f"{title}\n\n\n{title}\n\n\n{avatar}\n\n{question}\n\n\n{answerer}\n\n{answer}"]
    if bio:
        parts.append(f"\n\n{bio}")
    if quotes:
        parts.append(f"\n\n\n{quotes}")
    return "".join(parts)


def parse_text(text: str, name: str = "page.txt"):
    return parse_bytes(text.encode("utf-8"), name)


# --- letter pages ------------------------------------------------------------------------


def test_inline_page_all_parts():
    parsed = parse_text(page())
    assert parsed.format == "letter-page"
    (letter,) = parsed.letters
    assert letter.title == "Night worries"
    assert (letter.asker_name, letter.asker_age) == ("Eli", 29)
    assert letter.question == "I worry every night.\n\nWhat can I do?"
    (answer,) = letter.answers
    assert (answer.answerer, answer.credentials) == ("Jef Gazley", "M.S., LMFT")
    assert answer.text == "Dear Eli,\n\nWrite the worries down.\n\nGood luck.\n\nJef Gazley, M.S."
    assert answer.bio == "This question was answered by Jef Gazley M.S."
    assert parsed.quotes == [Quote("Determination is admirable."),
                             Quote("Smile.", "Author Unknown")]


def test_two_pages_fixture():
    parsed = parse_file(FIXTURES / "two_pages.txt")
    first, second = parsed.letters
    assert first.title == "Can't sleep after the move"
    assert (first.asker_name, first.asker_age) == ("Sam", None)
    assert first.question.startswith("We moved to a new city in May")
    assert "\nMy partner sleeps fine.\n\nWhat can I do?" in first.question  # lines kept
    assert first.answers[0].answerer == "Dr. Ana Ruiz"
    assert first.answers[0].credentials == "Ph.D., LMFT"
    assert "every day, even on weekends." in first.answers[0].text  # spaces collapsed
    assert first.answers[0].text.endswith("Take care,\n\nAna Ruiz")
    assert first.answers[0].bio == "This question was answered by Dr. Ana Ruiz, a sleep therapist."
    assert second.title == "Angry at my brother"
    assert (second.asker_name, second.asker_age) == ("Mia", 17)
    assert second.answers[0].answerer == "Tom Berg"
    assert second.answers[0].text == "Dear Mia,\n\nAnger tells you a boundary was crossed.\n\nTom"
    assert second.answers[0].bio == ""
    assert parsed.quotes == [Quote("Sleep is the best meditation.", "Dalai Lama"),
                             Quote("Rest when you're weary.", "Unknown")]


def test_pages_concatenated_with_separators_and_no_bio():
    one = page(title="First", quotes="One quote here.")
    two = page(title="Second", bio="", quotes="")
    for separator in ("\n\f\n", "\n---\n", "\n* * *\n", "\n"):
        parsed = parse_text(one + separator + two)
        assert [letter.title for letter in parsed.letters] == ["First", "Second"]
        assert parsed.quotes == [Quote("One quote here.")]
        assert parsed.letters[1].answers[0].text.endswith("Jef Gazley, M.S.")


def test_page_without_bio_quotes_follow_the_sign_off():
    parsed = parse_text(page(bio="", quotes="Keep going. — Anon"))
    answer = parsed.letters[0].answers[0]
    assert answer.text.endswith("Good luck.\n\nJef Gazley, M.S.")
    assert parsed.quotes == [Quote("Keep going.", "Anon")]


def test_title_printed_once_and_no_indent():
    text = ("Night worries\n\nyour avatar Eli\n\nI worry.\n\nJef Gazley, LPC\n\n"
            "Dear Eli,\n\nSleep.\n\nJef")
    (letter,) = parse_text(text).letters
    assert letter.title == "Night worries"
    assert letter.answers[0].answerer == "Jef Gazley"
    assert letter.answers[0].text == "Dear Eli,\n\nSleep.\n\nJef"


@pytest.mark.parametrize("line, expected", [
    ("Eli, 29 years old", ("Eli", 29)),
    ("Eli,29 years old", ("Eli", 29)),
    ("Eli   29", ("Eli", 29)),
    ("Eli (29)", ("Eli", 29)),
    ("Mary Ann, 45 yrs", ("Mary Ann", 45)),
    ("Eli", ("Eli", None)),
    ("29 years old", (None, 29)),
    ("", (None, None)),
    ("R2D2", ("R2D2", None)),
    ("Eli, 250 years old", ("Eli", None)),
])
def test_asker_line_variations(line, expected):
    assert parse_asker(line) == expected


def test_entities_and_control_characters_are_cleaned():
    parsed = parse_text(page(question="Me &amp; my mom\x07 fight.\tA lot.", quotes=""))
    assert parsed.letters[0].question == "Me & my mom fight. A lot."


def test_text_before_first_page_is_a_warning():
    parsed = parse_text("saved from the web\n\n" + page())
    assert len(parsed.letters) == 1
    assert parsed.warnings == ["line 1: text before the first letter page ignored"]
    parsed = parse_text("saved\nfrom the web\n\n" + page())
    assert parsed.warnings == ["lines 1-2: text before the first letter page ignored"]


def test_page_without_answer_names_the_line():
    text = "Title\n\nTitle\n\nyour avatar Eli\n\nMy question.\n\nMore question."
    with pytest.raises(InputError) as err:
        parse_text(text, "nopage.txt")
    assert err.value.path == "nopage.txt" and err.value.line == 1
    assert str(err.value).startswith("nopage.txt, line 1: letter page 'Title' has no answer")


def test_second_page_without_answer_names_its_first_line():
    text = page() + "\n\nOther\n\nOther\n\nyour avatar Bo\n\nJust a question."
    with pytest.raises(InputError) as err:
        parse_text(text, "two.txt")
    first_line = text.split("\n").index("Other") + 1
    assert err.value.line == first_line
    assert f"two.txt, line {first_line}: letter page 'Other' has no answer" in str(err.value)


def test_page_without_question_names_the_avatar_line():
    text = f"T\n\nT\n\nyour avatar Eli\n\n{NB} Jef Gazley, LPC\n\nDear Eli,\n\nHi."
    with pytest.raises(InputError) as err:
        parse_text(text, "q.txt")
    assert (err.value.line, err.value.message) == (5, "letter page 'T' has no question")


def test_page_without_title_names_the_avatar_line():
    with pytest.raises(InputError) as err:
        parse_text("\n\nyour avatar Eli\n\nQ?\n\n  Jef, LPC\n\nDear Eli,\n\nA.", "t.txt")
    assert str(err.value) == "t.txt, line 3: no title before the 'your avatar' line"


# --- quotes files --------------------------------------------------------------------------


def test_quotes_fixture():
    parsed = parse_file(FIXTURES / "quotes.txt")
    assert parsed.format == "quotes-txt"
    assert [(q.text, q.author) for q in parsed.quotes] == [
        ("The best way out is always through.", "Robert Frost"),
        ("Nothing is impossible", "Audrey Hepburn"),
        ("Be kind, for everyone you meet is fighting a hard battle.", None),
        ("Well begun is half done", "Aristotle"),
        ("Keep going", "Unknown"),
        ("This one has no author - and a dash inside.", None),
        ("Fall seven times, stand up eight.", None),
    ]


@pytest.mark.parametrize("line, text, author", [
    ("Know thyself. — Socrates", "Know thyself.", "Socrates"),
    ("Know thyself.—Socrates", "Know thyself.—Socrates", None),  # unspaced: part of the text
    ("Know thyself. —Socrates", "Know thyself.", "Socrates"),
    ("Know thyself ― Socrates", "Know thyself", "Socrates"),
    ("Know thyself -- Socrates", "Know thyself", "Socrates"),
    ("Know thyself - Socrates", "Know thyself", "Socrates"),
    ("Know thyself – Socrates", "Know thyself", "Socrates"),
    ("Know thyself - and then some more words.", "Know thyself - and then some more words.",
     None),
    ("“Know thyself.” — Socrates", "Know thyself.", "Socrates"),
    ('"A" and "B"', '"A" and "B"', None),
    ("well - said", "well - said", None),
])
def test_quote_line(line, text, author):
    assert parse_quote_line(line) == Quote(text, author)


def test_quotes_repeated_are_kept_once():
    parsed = parse_text("Be here now.\nBe here  now!\n", "q.txt")
    assert parsed.quotes == [Quote("Be here now.")]
    assert parsed.notes == ["1 repeated quote kept once"]


@pytest.mark.parametrize("body, line, why", [
    ("A fine quote.\n" + "word " * 200 + "\n", 2, "too long for a quote"),
    ("A fine quote.\n\n12345 --- 678\n", 3, "a line without words is not a quote"),
    ("<html><body>Hi</body></html>\n", 1, "markup or data"),
    ('ok quote\n{"title": "x"}\n', 2, "markup or data"),
])
def test_text_that_is_neither_page_nor_quotes(body, line, why):
    with pytest.raises(InputError) as err:
        parse_text(body, "notes.txt")
    assert err.value.line == line
    assert str(err.value).startswith(f"notes.txt, line {line}: ")
    assert why in err.value.message and "letter page" in err.value.message


def test_quotes_file_with_only_comments():
    with pytest.raises(InputError, match=r"^c\.txt: no quotes found"):
        parse_text("# nothing\n\n# here\n", "c.txt")
