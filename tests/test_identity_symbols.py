"""Letters, answers and quotes made only of emoji or punctuation each have their own identity
(issue 11, item 9): they no longer all share the empty string's and overwrite each other."""

from test_archive import letter, parsed

from bot.archive import Archive
from bot.models import Answer, Quote, fingerprint_text

SYMBOL_ONLY = ["😢😢😢", "🙂", "?!?!", "...", "💔 !!", "😢😢"]


def test_symbol_only_texts_have_distinct_fingerprints():
    prints = [fingerprint_text(t) for t in SYMBOL_ONLY]
    assert all(prints)
    assert len(set(prints)) == len(SYMBOL_ONLY)
    assert fingerprint_text("  ") == ""
    assert fingerprint_text("Hello, World!") == "helloworld"  # ordinary text unchanged


def test_symbol_only_letters_do_not_overwrite_each_other():
    a = Archive.open()
    report = a.store(parsed(*[
        letter(title=f"Letter {i}", question=q,
               answers=[Answer(text=SYMBOL_ONLY[-1 - i], answerer="Dr. A")])
        for i, q in enumerate(SYMBOL_ONLY)
    ]))
    assert report.letters_added == len(SYMBOL_ONLY)
    assert a.stats()["letters"] == len(SYMBOL_ONLY)
    assert a.stats()["answers"] == len(SYMBOL_ONLY)


def test_symbol_only_quotes_are_kept_apart():
    a = Archive.open()
    assert a.add_quote(Quote(text="🌱🌱"))
    assert a.add_quote(Quote(text="☀️"))
    assert not a.add_quote(Quote(text="☀️"))
