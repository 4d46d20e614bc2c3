"""The SQLite archive: upserts, identity, de-duplication, the FTS index, hiding, migrations."""

import sqlite3

import pytest
from sqlite_utils import Database

from bot.archive import Archive, ArchiveError
from bot.archive.schema import SCHEMA_VERSION, migrate, schema_version
from bot.models import Answer, Letter, ParsedFile, Quote


def parsed(*letters, quotes=()):
    return ParsedFile(path="test.jsonl", format="jsonl", letters=list(letters), quotes=list(quotes))


def letter(**kw):
    base = dict(
        title="How do I stop worrying at night?",
        question="I lie awake worrying about work every night.",
        answers=[Answer(text="Try writing your worries down.", answerer="Dr. A")],
        topics=["sleep-improvement"],
    )
    base.update(kw)
    return Letter(**base)


def fts(archive, term):
    return [
        r[0]
        for r in archive.db.execute(
            "select rowid from letters_fts where letters_fts match ?", [term]
        )
    ]


def test_store_then_read_back():
    a = Archive.open()
    report = a.store(parsed(letter(asker_name="Eli", asker_age=29)), )
    assert (report.letters_added, report.answers_added) == (1, 1)
    stored = a.letter(1)
    assert stored.title == "How do I stop worrying at night?"
    assert (stored.asker_name, stored.asker_age) == ("Eli", 29)
    assert stored.topics == ["sleep-improvement"]
    assert stored.answers[0].answerer == "Dr. A"
    assert stored.added  # date added is filled in


def test_loading_the_same_file_twice_adds_nothing():
    a = Archive.open()
    p = parsed(letter(), quotes=[Quote("Be kind.", "Anon")])
    a.store(p)
    again = a.store(p)
    assert again.letters_unchanged == 1 and not again.changed
    assert (again.letters_added, again.answers_added, again.quotes_added) == (0, 0, 0)
    assert a.stats()["letters"] == 1 and a.stats()["quotes"] == 1


def test_identity_is_the_source_url_else_the_normalized_question():
    a = Archive.open()
    a.store(parsed(letter(source_url="https://x.org/q/1"), letter(source_url="https://x.org/q/2")))
    assert a.stats()["letters"] == 2
    a.store(parsed(letter(question="I LIE awake,  worrying about work every night!")))
    a.store(parsed(letter(question="i lie awake worrying about work every night")))
    assert a.stats()["letters"] == 3


def test_same_answer_as_html_and_as_flattened_text_is_stored_once_keeping_paragraphs():
    a = Archive.open()
    flat = Answer(text="Sleep matters.Try a routine.", answerer="Dr. B", upvotes=1)
    rich = Answer(text="Sleep matters.\n\nTry a routine.", answerer="Dr. B", upvotes=3)
    a.store(parsed(letter(source_url="u", answers=[flat])))
    report = a.store(parsed(letter(source_url="u", answers=[rich])))
    assert report.letters_updated == 1 and report.answers_added == 0
    answers = a.letter(1).answers
    assert len(answers) == 1
    assert answers[0].text == "Sleep matters.\n\nTry a routine."
    assert answers[0].upvotes == 3


def test_answers_are_read_best_voted_first():
    a = Archive.open()
    a.store(parsed(letter(answers=[
        Answer(text="low", upvotes=0), Answer(text="none"), Answer(text="high", upvotes=9)
    ])))
    assert [x.text for x in a.letter(1).answers] == ["high", "low", "none"]


def test_fts_index_follows_every_write():
    a = Archive.open()
    a.store(parsed(letter(source_url="u")))
    assert fts(a, "worries") == [1]  # porter stemming: worries ~ worry
    assert fts(a, "insomnia") == []
    a.store(parsed(letter(source_url="u", answers=[Answer(text="Insomnia is common.")])))
    assert fts(a, "insomnia") == [1]
    a.store(parsed(letter(source_url="u", topics=["stress"])))
    assert fts(a, "stress") == [1]


def test_hidden_letters_are_kept_but_not_shown():
    a = Archive.open()
    a.store(parsed(letter()))
    assert a.set_hidden(1, True)
    assert a.letter(1) is None
    assert a.letter(1, include_hidden=True).hidden
    assert a.topics() == []
    assert a.stats()["hidden"] == 1
    assert not a.set_hidden(99, True)
    a.set_hidden(1, False)
    assert a.letter(1) is not None


def test_change_listeners_hear_added_and_hidden_letters():
    a = Archive.open()
    heard = []
    a.on_letters_changed(heard.append)
    a.store(parsed(letter()))
    a.store(parsed(letter()))  # unchanged: nothing to hear
    a.set_hidden(1, True)
    assert heard == [[1], [1]]


def test_a_failing_write_keeps_nothing_from_the_file(monkeypatch):
    a = Archive.open()
    good = letter(source_url="good")

    def fail(*args):
        raise sqlite3.IntegrityError("disk trouble")

    monkeypatch.setattr(a, "_store_quote", fail)  # fails after the letters were written
    with pytest.raises(sqlite3.IntegrityError):
        a.store(parsed(good, letter(source_url="other"), quotes=[Quote("q")]))
    assert a.stats() == {
        "letters": 0, "hidden": 0, "answers": 0, "quotes": 0, "topics": 0, "subscribers": 0
    }
    assert fts(a, "worrying") == []


def test_topics_and_browsing():
    a = Archive.open()
    a.store(parsed(letter(source_url="1", topics=["anxiety", "sleep"]),
                   letter(source_url="2", topics=["anxiety"])))
    assert a.topics() == [("anxiety", 2), ("sleep", 1)]
    assert [x.id for x in a.letters_by_topic("anxiety")] == [1, 2]


def test_feedback_is_counted_per_letter():
    a = Archive.open()
    a.store(parsed(letter()))
    a.record_feedback(1, True)
    a.record_feedback(1, True)
    a.record_feedback(1, False)
    assert a.feedback(1) == (2, 1)


def test_iter_letters_pages_through_everything():
    a = Archive.open()
    a.store(parsed(*[letter(source_url=str(i)) for i in range(7)]))
    assert [x.id for x in a.iter_letters(batch=3)] == list(range(1, 8))


def test_migration_from_version_1_keeps_existing_data(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrate(db, target=1)
    db.execute(
        "insert into letters (key, title, question, topics, answers_text) "
        "values ('k', 'Old title', 'An old question about grief', '', 'old answer')"
    )
    db.execute("insert into answers (letter_id, key, position, text) values (1, 'k|a', 0, 'old')")
    db.conn.commit()
    assert schema_version(db) == 1
    db.close()

    a = Archive.open(path)
    assert schema_version(a.db) == SCHEMA_VERSION
    assert a.letter(1).title == "Old title"
    assert a.letter(1).answers[0].text == "old"
    assert fts(a, "grief") == [1]
    a.record_feedback(1, True)  # a column added by a later migration
    assert a.feedback(1) == (1, 0)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    a = Archive.open(path)
    a.db.execute("update meta set value = '999' where key = 'schema_version'")
    a.db.conn.commit()
    a.close()
    with pytest.raises(ArchiveError, match="newer"):
        Archive.open(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ArchiveError, match="not a usable SQLite database"):
        Archive.open(path)


def test_wal_mode_on_disk(tmp_path):
    a = Archive.open(tmp_path / "w.db")
    assert a.db.execute("pragma journal_mode").fetchone()[0] == "wal"
