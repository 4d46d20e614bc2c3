"""The importers on the real archives in $SHARED_DATA (skipped when absent)."""

from __future__ import annotations

import time

import pytest

from bot.archive.importers import parse_bytes, parse_file
from bot.models import fingerprint_text
from tests.helpers_shared import shared_file

pytestmark = pytest.mark.real_data

CC_2020 = ("counsel-chat", "20200325_counsel_chat.csv")
CC_DATA = ("counsel-chat", "counselchat-data.csv")
SEED = ("seed", "patient-therapist-relationship.txt")


@pytest.fixture(scope="module")
def counsel_chat():
    """Both counsel-chat files parsed once, with the time it took."""
    paths = shared_file(*CC_2020), shared_file(*CC_DATA)
    start = time.perf_counter()
    parsed = [parse_file(p) for p in paths]
    return parsed[0], parsed[1], time.perf_counter() - start


# --- the seed letter page ---------------------------------------------------------------


def test_seed_letter_page_fields():
    parsed = parse_file(shared_file(*SEED))
    assert parsed.format == "letter-page"
    assert len(parsed.letters) == 1
    letter = parsed.letters[0]
    assert letter.title == "Patient-therapist relationship"
    assert (letter.asker_name, letter.asker_age) == ("Eli", 29)
    assert letter.question.startswith("I am borderline. I have been in therapy")
    assert letter.question.endswith("or is it all just an act?")
    assert letter.question.count("\n\n") == 2  # three paragraphs
    assert len(letter.answers) == 1
    answer = letter.answers[0]
    assert answer.answerer == "Jef Gazley"
    assert answer.credentials == "M.S., LMFT, LPC, LISAC, DCC"
    assert answer.text.startswith("Dear Eli,\n\nThis is a tough question Eli.")
    assert answer.text.endswith("Good luck.\n\nJef Gazley, M.S.")
    assert answer.bio.startswith("This question was answered by Jef Gazley")
    assert answer.bio.endswith("For more information visit:")
    assert "This question was answered" not in answer.text
    assert "\xa0" not in answer.text + letter.question + answer.answerer


def test_seed_quotes_separate():
    parsed = parse_file(shared_file(*SEED))
    assert [(q.text, q.author) for q in parsed.quotes] == [
        ("Determination is admirable, struggling isn't.", None),
        ("You haven't lost your smile at all, it's right under your nose. "
         "You just forgot it was there.", "Author Unknown"),
        ("Don't underestimate the power of imagination. "
         "It takes you places that money cannot buy a ticket to.", None),
    ]
    answer = parsed.letters[0].answers[0]
    for quote in parsed.quotes:
        assert quote.text[:30] not in answer.text
        assert quote.text[:30] not in answer.bio
    assert "Author Unknown" not in answer.text + answer.bio


def test_seed_through_bytes_with_windows_newlines_is_the_same():
    path = shared_file(*SEED)
    data = path.read_bytes().replace(b"\n", b"\r\n")
    parsed = parse_bytes(b"\xef\xbb\xbf" + data, "page.txt")
    assert parsed.letters == parse_file(path).letters
    assert parsed.quotes == parse_file(path).quotes


# --- counsel-chat -------------------------------------------------------------------------


def test_counsel_chat_letter_counts(counsel_chat):
    cc2020, ccdata, _ = counsel_chat
    assert cc2020.format == "counsel-chat-2020"
    assert ccdata.format == "counsel-chat-data"
    # 824 question links; all 2,129 rows give 2,009 distinct answers (120 repeats: one answer
    # listed once per topic).
    assert len(cc2020.letters) == 824
    assert sum(len(letter.answers) for letter in cc2020.letters) == 2009
    # 780 links in the file, minus the bare ".../questions/" link (two stray comments) and one
    # question whose only answer is an empty "<p><br></p>".
    assert len(ccdata.letters) == 778
    assert sum(len(letter.answers) for letter in ccdata.letters) == 1475
    for parsed in (cc2020, ccdata):
        keys = [letter.key() for letter in parsed.letters]
        assert len(keys) == len(set(keys))
        assert all(letter.answers for letter in parsed.letters)


def test_counsel_chat_merged_links_and_distinct_answers(counsel_chat):
    cc2020, ccdata, _ = counsel_chat
    links = {letter.source_url for p in (cc2020, ccdata) for letter in p.letters}
    # README: 892, counting the bare ".../questions/" link and the question with an empty answer
    assert len(links) == 890
    pairs = {
        (letter.source_url, answer.fingerprint())
        for p in (cc2020, ccdata)
        for letter in p.letters
        for answer in letter.answers
    }
    print(f"distinct answers across both files: {len(pairs)}")
    assert 2112 <= len(pairs) <= 2122  # measured 2,117


def test_html_and_flattened_answers_share_fingerprints(counsel_chat):
    cc2020, ccdata, _ = counsel_chat
    flat = {letter.source_url: {a.fingerprint() for a in letter.answers}
            for letter in cc2020.letters}
    shared = [(letter.source_url, a) for letter in ccdata.letters if letter.source_url in flat
              for a in letter.answers]
    unmatched = [a for url, a in shared if a.fingerprint() not in flat[url]]
    assert len(shared) > 1300
    # the few left are answers missing from the 2020 file or an e-mail address the 2020 scrape
    # replaced with "[email protected]"
    assert len(unmatched) <= 6, [a.text[:60] for a in unmatched]


def test_counsel_chat_answers_are_clean(counsel_chat):
    cc2020, ccdata, _ = counsel_chat
    for parsed in (cc2020, ccdata):
        for letter in parsed.letters:
            assert letter.title and letter.question
            assert letter.source_url.startswith("https://counselchat.com/questions/")
            for answer in letter.answers:
                text = answer.text
                assert text and text == text.strip()
                assert "<p>" not in text and "<br" not in text and "&nbsp;" not in text
                assert "&#34;" not in text and "\xa0" not in text and "\r" not in text
                assert "\n\n\n" not in text and "  " not in text
                assert answer.source_url == letter.source_url
                assert "/therapists/" not in answer.credentials + answer.answerer


def test_counsel_chat_topics_share_one_vocabulary(counsel_chat):
    cc2020, ccdata, _ = counsel_chat
    topics_2020 = {t for letter in cc2020.letters for t in letter.topics}
    topics_data = {t for letter in ccdata.letters for t in letter.topics}
    assert "family-conflict" in topics_2020 & topics_data
    assert "legal-regulatory" in topics_2020 & topics_data
    assert "grief-and-loss" in topics_2020 & topics_data
    assert all(t == t.lower() and " " not in t for t in topics_2020 | topics_data)
    # only the data file's extra categories are outside the 2020 vocabulary
    assert topics_data - topics_2020 <= {"career-counseling", "alzheimers"}


def test_counsel_chat_therapist_info_split(counsel_chat):
    cc2020, _, _ = counsel_chat
    answers = {(a.answerer, a.credentials) for letter in cc2020.letters for a in letter.answers}
    assert ("Sherry Katz", "LCSW, Couples and Family Therapist") in answers
    names = {name for name, _ in answers}
    assert not any(name.endswith(("LCSW", "LPC", "Therapist")) for name in names)


def test_counsel_chat_split_and_upvotes(counsel_chat):
    cc2020, ccdata, _ = counsel_chat
    assert {letter.split for letter in cc2020.letters} == {"train", "val", "test"}
    assert all(letter.split is None for letter in ccdata.letters)
    assert max(a.upvotes for letter in cc2020.letters for a in letter.answers) == 9


def test_huge_base64_answer_is_cleaned_with_a_note(counsel_chat):
    _, ccdata, _ = counsel_chat
    longest = max((a for letter in ccdata.letters for a in letter.answers),
                  key=lambda a: len(a.text))
    assert len(longest.text) < 10_000
    assert "base64" not in longest.text and "data:image" not in longest.text
    frost = [a for letter in ccdata.letters for a in letter.answers
             if a.text.startswith("Hello Frostproof,")]
    assert len(frost) == 1 and "What does it mean to be a woman or a man?" in frost[0].text
    image_notes = [n for n in ccdata.notes if "embedded image" in n]
    assert any(n.startswith("line 991: removed 1 embedded image (221,822 characters")
               for n in image_notes), image_notes


def test_too_many_issues_has_47_answers(counsel_chat):
    cc2020, ccdata, _ = counsel_chat
    found = [letter for p in (cc2020, ccdata) for letter in p.letters
             if letter.title == "Do I have too many issues for counseling?"]
    assert found
    union = {a.fingerprint() for letter in found for a in letter.answers}
    assert len(union) == 47


def test_counsel_chat_empty_question_text_uses_title(counsel_chat):
    _, ccdata, _ = counsel_chat
    same = [letter for letter in ccdata.letters
            if fingerprint_text(letter.question) == fingerprint_text(letter.title)]
    assert 55 <= len(same) <= 70  # 62 links have no questionText
    assert any("used the question title" in n for n in ccdata.notes)


def test_counsel_chat_parse_time(counsel_chat):
    _, _, seconds = counsel_chat
    print(f"both counsel-chat files parsed in {seconds:.2f} s")
    assert seconds < 2.0
