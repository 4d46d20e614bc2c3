"""The matcher: lexical layer, fusion plumbing, threshold, hidden letters, never writing text.

Small in-memory archives built from `Letter` objects; the lexical engine throughout (the semantic
layer has its own tests in test_semantic.py). Tests on the real counsel-chat data skip when it is
absent.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.archive import Archive
from bot.devtools import bench
from bot.matching import matcher, semantic
from bot.matching.matcher import DEFAULT_PARAMS, Matcher, MatcherError
from bot.models import Answer, Letter, ParsedFile
from bot.text import content_words, stem, words

LETTERS = [
    Letter(
        title="When should I end my relationship?",
        question="My boyfriend and I fight all the time and I don't feel loved anymore. "
        "How do I know when it is time to break up with him?",
        answers=[Answer(text="Breaking up is hard. Ask yourself whether the relationship "
                             "still meets your needs, and whether you both want to repair it.")],
        topics=["relationships"],
        source_url="https://example.org/q/end-relationship",
    ),
    Letter(
        title="My husband cheated on me",
        question="I found messages showing my husband cheated on me with a coworker. "
        "Can our marriage survive infidelity?",
        answers=[Answer(text="Infidelity shakes trust. Couples counseling can help you both "
                             "understand what happened and decide about the marriage.")],
        topics=["marriage", "infidelity"],
        source_url="https://example.org/q/cheated",
    ),
    Letter(
        title="I can't sleep at night",
        question="Every night I lie awake for hours. My insomnia is making me exhausted at "
        "work. What can I do to fall asleep?",
        answers=[Answer(text="Keep a regular sleep schedule, avoid screens before bed and "
                             "talk to a doctor if the insomnia continues.")],
        topics=["sleep"],
        source_url="https://example.org/q/sleep",
    ),
    Letter(
        title="How do I deal with panic attacks?",
        question="I get panic attacks at work. My heart races and I feel like I can't "
        "breathe. How do I calm down when anxiety hits?",
        answers=[Answer(text="Slow breathing and grounding help during a panic attack. "
                             "Therapy for anxiety works well.")],
        topics=["anxiety"],
        source_url="https://example.org/q/panic",
    ),
    Letter(
        title="I feel worthless",
        question="I feel worthless and depressed. Nothing I do matters and I have no "
        "motivation. How can I stop feeling this way?",
        answers=[Answer(text="Depression tells you that you are worthless; it is wrong. "
                             "Small steps and support from a therapist help.")],
        topics=["depression"],
        source_url="https://example.org/q/worthless",
    ),
    Letter(
        title="My mother yells at me",
        question="My mom keeps yelling at me over small things. I am a teenager and I "
        "don't know how to talk to her.",
        answers=[Answer(text="Try talking to your mother when things are calm, and find "
                             "another trusted adult to support you.")],
        topics=["family"],
        source_url="https://example.org/q/mother",
    ),
    Letter(
        title="My parents are divorcing",
        question="My parents told me they are getting a divorce. I feel like it is my "
        "fault. How do I cope?",
        answers=[Answer(text="A divorce is never a child's fault. Talk about your feelings "
                             "with both parents.")],
        topics=["family"],
        source_url="https://example.org/q/divorce",
    ),
    Letter(
        title="I am always lonely",
        question="I moved to a new city and I have no friends. I feel lonely every evening. "
        "How can I meet people?",
        answers=[Answer(text="Loneliness is common after a move. Join a club or volunteer "
                             "to meet people with shared interests.")],
        topics=["loneliness"],
        source_url="https://example.org/q/lonely",
    ),
    Letter(
        title="Grief after losing my father",
        question="My father died last year and the grief still overwhelms me. Is it normal "
        "to still cry every day?",
        answers=[Answer(text="Grief has no timetable. Grief counseling or a support group "
                             "can help you carry the loss.")],
        topics=["grief"],
        source_url="https://example.org/q/grief",
    ),
    Letter(
        title="Anger at my coworkers",
        question="I lose my temper with coworkers and shout in meetings. How do I control "
        "my anger at work?",
        answers=[Answer(text="Notice the early signs of anger and take a break before "
                             "responding. Anger management classes help.")],
        topics=["anger"],
        source_url="https://example.org/q/anger",
    ),
]

OFF_TOPIC = ["what's the weather in Paris", "asdfgh", "recipe for pancakes"]
FTS_SYNTAX = [
    '"', 'sleep "at night', '"unbalanced', "NEAR(a b)", "NEAR(sleep insomnia, 2)",
    "title:x", "question: insomnia", "{title}: sleep", "*", "slee*", "sleep*",
    "AND OR NOT", "sleep AND insomnia", "sleep NOT insomnia", "-", "-sleep", "^", "^sleep",
    "(((", ")))", "sleep OR", "OR", "NOT", "AND", '""', "'; drop table letters; --",
    "col:", ":", "+", "sleep + insomnia", "a NEAR b", "NEAR", "NEAR/3", "\\", "\x00",
]


def make_archive(letters=LETTERS) -> Archive:
    archive = Archive.open(":memory:")
    archive.store(ParsedFile(path="test", format="test", letters=list(letters)))
    return archive


def ids_by_url(archive: Archive) -> dict[str, int]:
    return {url: i for i, url in archive.db.execute("select id, source_url from letters")}


@pytest.fixture
def archive() -> Archive:
    return make_archive()


@pytest.fixture
def lexical(archive) -> Matcher:
    return Matcher(archive, "lexical")


def first(m: Matcher, text: str) -> int | None:
    found = m.rank(text, 3)
    return found[0].letter_id if found else None


# --- finding the right letter -----------------------------------------------------------------


def test_exact_message_finds_its_letter(archive, lexical):
    ids = ids_by_url(archive)
    for letter in LETTERS:
        assert first(lexical, letter.question) == ids[letter.source_url], letter.title


def test_paraphrase_with_shared_words(archive, lexical):
    ids = ids_by_url(archive)
    assert first(lexical, "i keep fighting with my boyfriend, should we break up") == ids[
        "https://example.org/q/end-relationship"]
    assert first(lexical, "lying awake all night, exhausted") == ids["https://example.org/q/sleep"]


def test_typos_are_repaired(archive, lexical):
    ids = ids_by_url(archive)
    assert first(lexical, "my husbnd chaeted on me") == ids["https://example.org/q/cheated"]
    assert first(lexical, "panik atacks when my heart raecs") == ids[
        "https://example.org/q/panic"]
    assert first(lexical, "insomina every nihgt") == ids["https://example.org/q/sleep"]


def test_typo_repair_picks_the_word_meant(lexical):
    repairs = lexical._query("my husbnd chaeted and I feel worthles").repairs
    assert repairs == {"husbnd": "husband", "chaeted": "cheated", "worthles": "worthless"}
    # real words the archive doesn't use, and short words, are left alone
    assert lexical._query("weather in paris").repairs == {}
    assert lexical._query("lyin").repairs in ({}, {"lyin": "lying"})


def test_scores_are_0_to_100_best_first(lexical):
    found = lexical.rank("I get panic attacks and anxiety at work", 10)
    assert found
    scores = [m.score for m in found]
    assert all(0 <= s <= 100 for s in scores)
    assert scores == sorted(scores, reverse=True)
    assert found[0].title == "How do I deal with panic attacks?"


def test_search_pages_with_limit_and_offset(archive):
    m = Matcher(archive, "lexical", params=replace(DEFAULT_PARAMS, threshold=0.0))
    text = "my boyfriend and my husband, marriage and relationship"
    every = m.search(text, limit=10)
    assert len(every) >= 2
    assert [x.letter_id for x in every] == [x.letter_id for x in m.rank(text, 10)]
    assert m.search(text, limit=1) == every[:1]
    assert m.search(text, limit=1, offset=1) == every[1:2]
    assert m.search(text, limit=0) == []
    assert m.search(text, limit=5, offset=50) == []


# --- messages that must not break anything ----------------------------------------------------


@pytest.mark.parametrize("message", ["", "   ", "\n\t", "😀😢🙏", "?!?!", "...", "🙂 🙃"])
def test_empty_and_emoji_only(lexical, message):
    assert lexical.rank(message) == []
    assert lexical.search(message) == []


def test_ten_thousand_characters(lexical):
    long = ("I can't sleep at night and my insomnia makes me exhausted. " * 200)[:10_000]
    assert len(long) == 10_000
    found = lexical.search(long)
    assert found and found[0].title == "I can't sleep at night"
    junk = "x" * 10_000
    assert lexical.rank(junk) == []
    mixed = " ".join(f"word{i}" for i in range(2000))[:10_000]
    assert isinstance(lexical.rank(mixed), list)


@pytest.mark.parametrize("message", ["Я не могу спать по ночам", "我很难过，睡不着",
                                     "لا أستطيع النوم", "ich kann nachts nicht schlafen",
                                     "Je n'arrive pas à dormir"])
def test_non_latin_and_other_languages(lexical, message):
    found = lexical._rank(message, 3)  # no try/except around it: an error would surface
    assert isinstance(found, list)
    assert lexical.search(message) == [] or all(m.score >= lexical.threshold
                                                for m in lexical.search(message))


def test_accents_are_folded(archive, lexical):
    ids = ids_by_url(archive)
    assert first(lexical, "ínsomnía and slëep") == ids["https://example.org/q/sleep"]


@pytest.mark.parametrize("message", FTS_SYNTAX)
def test_fts_syntax_is_just_text(lexical, message):
    found = lexical._rank(message, 5)  # bypasses the safety net: must not raise by itself
    assert isinstance(found, list)
    expression = lexical._query(message).expression
    assert _only_quoted_terms(expression), expression


def test_fts_operators_do_not_change_meaning(lexical):
    plain = [m.letter_id for m in lexical.rank("sleep insomnia", 5)]
    assert plain
    for decorated in ("sleep AND insomnia", "sleep OR insomnia", '"sleep" "insomnia"',
                      "sleep* insomnia^", "-sleep -insomnia", "NEAR(sleep insomnia)",
                      "title:sleep question:insomnia", "{sleep} : (insomnia)"):
        assert [m.letter_id for m in lexical.rank(decorated, 5)] == plain, decorated
    # NOT is a stop word, not an operator: the insomnia letter is not excluded
    assert "https://example.org/q/sleep" in {
        lexical.archive.letter(m.letter_id).source_url
        for m in lexical.rank("sleep NOT insomnia", 5)}


_TERM = r'"[^\W_]+"'
_EXPR = re.compile(
    r"^\{[a-z_ ]+\} : \((?:" + _TERM + r'|NEAR\(' + _TERM + " " + _TERM + r", \d+\))"
    r"(?: OR (?:" + _TERM + r"|NEAR\(" + _TERM + " " + _TERM + r", \d+\)))*\)$"
)


def _only_quoted_terms(expression: str) -> bool:
    return expression == "" or bool(_EXPR.match(expression))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_reaches_match_only_as_quoted_words(lexical, text):
    assert _only_quoted_terms(lexical._query(text).expression)
    found = lexical._rank(text, 3)
    assert all(0 <= m.score <= 100 for m in found)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FTS_SYNTAX + ["sleep", "panic", "husband", "x", "😀"]),
                max_size=12).map(" ".join))
def test_fts_syntax_mixtures(lexical, text):
    assert _only_quoted_terms(lexical._query(text).expression)
    assert isinstance(lexical._rank(text, 3), list)


def test_rank_never_raises(lexical, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("boom")

    monkeypatch.setattr(lexical, "_lexical", broken)
    with caplog.at_level(logging.ERROR):
        assert lexical.rank("my husband cheated on me") == []
    assert "secret" not in caplog.text
    assert lexical.rank(None) == []  # type: ignore[arg-type]


# --- the threshold ----------------------------------------------------------------------------


@pytest.mark.parametrize("message", OFF_TOPIC)
def test_off_topic_is_turned_away(lexical, message):
    assert lexical.search(message) == []


def test_real_questions_pass_the_threshold(lexical):
    for text in ("my husband cheated on me", "I get panic attacks at work",
                 "I can't sleep, insomnia every night", "my father died and the grief is awful"):
        found = lexical.search(text)
        assert found, text
        assert found[0].score >= lexical.threshold


def test_threshold_drops_weak_matches_but_rank_keeps_them(lexical):
    assert lexical.threshold == 50
    weak = lexical.rank("recipe for pancakes and the weather", 5)
    assert all(m.score < lexical.threshold for m in weak)
    assert lexical.search("recipe for pancakes and the weather", 5) == []


# --- hidden letters, new letters, nothing written ----------------------------------------------


def test_hidden_letters_are_never_returned(archive, lexical):
    ids = ids_by_url(archive)
    target = ids["https://example.org/q/cheated"]
    assert first(lexical, "my husband cheated on me") == target
    archive.set_hidden(target, True)
    for text in ("my husband cheated on me", "infidelity marriage coworker", "cheated"):
        assert target not in [m.letter_id for m in lexical.rank(text, 10)]
        assert target not in [m.letter_id for m in lexical.search(text, 10)]
    archive.set_hidden(target, False)
    assert first(lexical, "my husband cheated on me") == target


def test_hidden_by_another_connection_is_not_returned(tmp_path):
    path = tmp_path / "a.db"
    archive = Archive.open(path)
    archive.store(ParsedFile(path="t", format="t", letters=LETTERS))
    m = Matcher(archive, "lexical")
    other = Archive.open(path)  # e.g. the admin command line, no listener in this process
    target = ids_by_url(other)["https://example.org/q/sleep"]
    other.set_hidden(target, True)
    assert target not in [x.letter_id for x in m.rank("insomnia sleep at night", 10)]


def test_new_letters_are_found_at_once(archive, lexical):
    new = Letter(
        title="Pulling out my hair",
        question="I keep pulling out my hair when stressed. Is this trichotillomania?",
        answers=[Answer(text="Trichotillomania responds well to habit reversal training.")],
        source_url="https://example.org/q/hair",
    )
    archive.store(ParsedFile(path="new", format="test", letters=[new]))
    found = lexical.search("do I have trichotillomania")
    assert found and found[0].title == "Pulling out my hair"
    # the vocabulary learned the new word too: a typo of it is repaired
    assert lexical._query("trichotilomania").repairs


def test_matching_writes_nothing_and_logs_no_text(archive, lexical, caplog):
    marker = "zebracornflakes"
    before = archive.db.conn.total_changes
    with caplog.at_level(logging.DEBUG):
        for text in (f"{marker} my husband cheated", f'{marker} "NEAR(', marker * 50):
            lexical.search(text)
            lexical.rank(text)
    assert archive.db.conn.total_changes == before
    assert marker not in caplog.text
    for record in caplog.records:
        assert marker not in str(record.args)


# --- engines ------------------------------------------------------------------------------------


def test_unknown_engine_is_refused(archive):
    with pytest.raises(MatcherError):
        Matcher(archive, "magic")


def test_without_the_extra_lexical_only_said_once(archive, monkeypatch, caplog):
    monkeypatch.setattr(semantic, "available", lambda: False)
    monkeypatch.setattr(matcher, "_announced_lexical_only", False)
    with caplog.at_level(logging.INFO, logger="bot.matching.matcher"):
        a = Matcher(archive)
        b = Matcher(archive, "auto")
    assert a.engine == b.engine == "lexical"
    notes = [r for r in caplog.records if "semantic extra not installed" in r.getMessage()]
    assert len(notes) == 1
    assert notes[0].getMessage() == "semantic extra not installed: lexical matching only"
    with pytest.raises(MatcherError):
        Matcher(archive, "fused")


def test_lexical_engine_asked_for_is_lexical(archive):
    m = Matcher(archive, "lexical")
    assert m.engine == "lexical"
    assert m.semantic is None


# --- text helpers -------------------------------------------------------------------------------


def test_content_words_drop_stop_words_and_cap():
    assert content_words("How do I stop my PANIC attacks?") == ["stop", "panic", "attacks"]
    assert len(content_words(" ".join(f"w{i}x" for i in range(100)), limit=32)) == 32
    assert content_words("Ça va très bien") == ["ca", "va", "tres", "bien"]


def test_stemmer_agrees_with_sqlite():
    sample = sorted({w for letter in LETTERS for w in words(
        f"{letter.title} {letter.question} {letter.answers[0].text}")} | {
        "generalization", "agreed", "happiness", "relational", "conditional", "hopping",
        "caresses", "ponies", "sized", "feudalism", "electrical", "adjustment", "probate",
        "controll", "rolling", "filing", "fizzed", "anxieties", "relationships"})
    db = sqlite3.connect(":memory:")
    db.execute("create virtual table f using fts5(w, tokenize='porter unicode61 "
               "remove_diacritics 2')")
    db.executemany("insert into f(rowid, w) values (?, ?)", list(enumerate(sample, 1)))
    db.execute("create virtual table v using fts5vocab(f, 'instance')")
    sqlite_stems = {doc: term for term, doc in db.execute("select term, doc from v")}
    assert {w: stem(w) for w in sample} == {w: sqlite_stems[i] for i, w in enumerate(sample, 1)}


# --- the real archive (skipped without the shared data) -----------------------------------------


@pytest.fixture(scope="module")
def real_archive():
    files = bench.counsel_chat_files()
    if len(files) < 2:
        pytest.skip(f"counsel-chat CSVs not found under {bench.shared_data_dir()}")
    from bot.archive.importers import parse_file

    archive = Archive.open(":memory:")
    for f in files:
        archive.store(parse_file(f))
    return archive


@pytest.mark.real_data
def test_real_archive_lexical_quality(real_archive):
    m = Matcher(real_archive, "lexical", include_titles=False)
    queries = [q for q in bench.make_queries(real_archive) if q.split in ("val", "test")]
    assert len(queries) > 100
    hits = sum(q.letter_id in [x.letter_id for x in m.rank(q.text, 3)] for q in queries)
    typo_hits = sum(q.letter_id in [x.letter_id for x in m.rank(q.typo, 3)] for q in queries)
    assert hits / len(queries) >= 0.60
    assert typo_hits / len(queries) >= hits / len(queries) - 0.06


@pytest.mark.real_data
def test_real_archive_threshold(real_archive):
    m = Matcher(real_archive, "lexical")
    assert all(m.search(t) == [] for t in bench.OFF_TOPIC)
    titles = [q.text for q in bench.make_queries(real_archive)][:200]
    assert sum(bool(m.search(t)) for t in titles) / len(titles) >= 0.9
