"""From a person's message to a :class:`~bot.replies.render.Reply`: safety first, then matching,
then rendering. Used by the bot, the command line and the benchmarks alike; no ``telegram`` import.

The message is health data: it is never logged and never stored. Errors are logged by type only.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Protocol

from bot.matching.encoder import MODEL_NAME
from bot.matching.message import ReadMessage
from bot.models import Match, StoredLetter
from bot.replies import language, paging, render
from bot.replies.render import Reply
from bot.safety import triage
from bot.safety.lines import crisis_resources
from bot.safety.triage import Assessment

log = logging.getLogger(__name__)

#: How much of a message is matched on (a 10,000-character message is cut at a word boundary).
MAX_MATCH_CHARS = 2000
#: How much of a message the crisis check reads (all of any real message).
MAX_SAFETY_CHARS = 20_000
#: Letters looked up per message: three shown, the rest behind "More letters".
SEARCH_LIMIT = 9

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Searcher(Protocol):
    """What :func:`respond` needs from a matcher."""

    def search(self, message: str, limit: int = 3, offset: int = 0,
               vector: Any = None) -> list[Match]:
        """Matches above the confidence threshold, best first (``vector``: the message's
        embedding when it is already computed)."""
        ...


def prepare(message: str | None, max_chars: int = MAX_MATCH_CHARS) -> str:
    """Normalize a message for matching: NFC, no control characters, at most ``max_chars``."""
    text = unicodedata.normalize("NFC", message or "")
    text = _CONTROL.sub(" ", text).strip()
    if len(text) > max_chars:
        cut = text[:max_chars]
        space = cut.rfind(" ", max_chars // 2)
        text = cut[:space] if space > 0 else cut
    return text


def has_words(text: str) -> bool:
    """True when the text has a letter or digit in any script (not only emoji or punctuation)."""
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)


def _search(matcher: Searcher, text: str, limit: int, vector: Any = None) -> list[Match]:
    """The matcher's results, or none if it failed (logged by type, never with the text)."""
    try:
        if vector is None:
            return list(matcher.search(text, limit=limit))
        return list(matcher.search(text, limit=limit, vector=vector))
    except Exception as exc:  # a broken query must still get a kind answer
        log.warning("matcher failed: %s", type(exc).__name__)
        return []


def _found(archive: Any, matches: Sequence[Match]) -> list[tuple[Match, StoredLetter]]:
    """Pair matches with their (visible) letters, keeping the order."""
    letters = {letter.id: letter for letter in archive.letters([m.letter_id for m in matches])}
    return [(m, letters[m.letter_id]) for m in matches if m.letter_id in letters]


def read(message: str | None) -> ReadMessage:
    """The message read once for safety and matching: normalized and embedded in one pass
    (a message in another language by the multilingual encoder, for safety only: the letters
    are in English). Never raises (an encoder failure leaves the vectors out; the words still
    work)."""
    text = unicodedata.normalize("NFC", message or "")[:MAX_SAFETY_CHARS]
    try:
        return triage.read(text)
    except Exception as exc:
        log.error("reading the message failed: %s", type(exc).__name__)
        return ReadMessage(text, text, None, language.detect_language(text))


def assess(read_message: ReadMessage, semantic: bool = True) -> Assessment:
    """The crisis triage of a read message: the rules and the wording model and, when
    `semantic` is on (the ``CRISIS_SEMANTIC`` setting) and the message has vectors, the
    sentence-vector classifier."""
    if not semantic and read_message.vectors is not None:
        read_message = dataclasses.replace(read_message, vectors=None)
    return triage.assess(read_message)


def _vector(read_message: ReadMessage) -> Any:
    """The message's vector for matching: all-MiniLM-L6-v2's, as the letters' (else None:
    the matcher embeds what it matches on)."""
    vectors = read_message.vectors
    return vectors.whole if vectors is not None and vectors.model == MODEL_NAME else None


def respond(
    message: str,
    *,
    archive: Any,
    matcher: Searcher,
    region: str | None = None,
    bot_username: str,
    crisis_semantic: bool = True,
    seen: ReadMessage | None = None,
    assessment: Assessment | None = None,
) -> Reply:
    """The reply to a person's message, safety first:

    - ``high`` risk (danger now): the crisis lines alone, no letters;
    - ``possible`` risk: a caring sentence and the crisis lines, then up to 3 letters;
    - otherwise up to 3 letters (the rest behind "More letters"), or a kind "no match".

    The message is read once (:func:`read`; or pass ``seen`` and its ``assessment`` when the
    caller already has them): the same vectors serve safety and matching. `crisis_semantic`
    switches the sentence-vector classifier (``CRISIS_SEMANTIC``)."""
    seen = seen or read(message)
    assessment = assessment or assess(seen, crisis_semantic)
    if assessment.risk == "high":
        return render.render_crisis(crisis_resources(region))
    text = prepare(message)
    if assessment.risk == "possible":
        code = seen.language
        if code in language.ENGLISH_ONLY:  # lines first; then, in their language, why no letters
            return render.render_possible(
                crisis_resources(region), [], bot_username=bot_username,
                note=f"{language.ENGLISH_ONLY[code]} (The letters in this archive are in "
                     "English.)")
        found = _found(archive, _search(matcher, text, SEARCH_LIMIT, _vector(seen))) \
            if has_words(text) else []
        shown = found[: render.MAX_MATCHES_SHOWN]
        more = [letter.id for _, letter in found[render.MAX_MATCHES_SHOWN :]]
        return render.render_possible(crisis_resources(region), shown,
                                      bot_username=bot_username, more_ids=more)
    if not has_words(text):
        return render.render_empty_message()
    special = language.special_reply(text, seen.language)  # after safety
    if special is not None:
        return special
    found = _found(archive, _search(matcher, text, SEARCH_LIMIT, _vector(seen)))
    if not found:
        return render.render_no_match()
    shown = found[: render.MAX_MATCHES_SHOWN]
    more = [letter.id for _, letter in found[render.MAX_MATCHES_SHOWN :]]
    return render.render_matches(shown, bot_username=bot_username, more_ids=more)


def respond_inline(
    query: str, *, archive: Any, matcher: Searcher, region: str | None = None,
    bot_username: str, crisis_semantic: bool = True,
) -> list[render.InlineArticle]:
    """Inline-mode results, safety first: for ``high`` risk the crisis resources alone; for
    ``possible`` the crisis resources first, then matching letters; else matching letters."""
    seen = read(query)
    assessment = assess(seen, crisis_semantic)
    if assessment.risk == "high":
        return [render.render_inline_crisis(crisis_resources(region))]
    text = prepare(query)
    first = ([render.render_inline_crisis(crisis_resources(region))]
             if assessment.risk == "possible" else [])
    if not has_words(text):
        return first
    found = _found(archive, _search(matcher, text, 5, _vector(seen)))
    return first + render.render_inline(found, bot_username=bot_username)


def show_letters(ids: Sequence[int], *, archive: Any, bot_username: str) -> Reply:
    """Letters by id (the "More letters" button): three, and a button for the rest."""
    letters = archive.letters(list(ids))
    if not letters:
        return render.render_letter_missing()
    found = [(Match(letter_id=x.id, score=0.0, title=x.title), x) for x in letters]
    shown = found[: render.MAX_MATCHES_SHOWN]
    more = [x.id for _, x in found[render.MAX_MATCHES_SHOWN :]]
    return render.render_matches(shown, bot_username=bot_username, more_ids=more,
                                 intro="More letters that may be close to what you wrote:")


def letter_reply(letter_id: int, part: int = 0, *, archive: Any) -> Reply:
    """One part of a whole letter, or a notice that it is not available."""
    letter = archive.letter(letter_id)
    if letter is None:
        return render.render_letter_missing()
    return paging.render_letter_part(letter, part)


def topics_reply(page: int = 0, *, archive: Any) -> Reply:
    """A page of the topic list."""
    return render.render_topics(archive.topics(), page)


def topic_letters_reply(key: str, offset: int = 0, *, archive: Any, bot_username: str) -> Reply:
    """Letters on the topic with this key, from ``offset``."""
    topic = next((name for name, _ in archive.topics() if render.topic_key(name) == key), None)
    if topic is None:
        return render.render_topics(archive.topics(), 0)
    page = archive.letters_by_topic(topic, limit=render.LETTERS_PER_TOPIC_PAGE + 1,
                                    offset=offset)
    has_more = len(page) > render.LETTERS_PER_TOPIC_PAGE
    return render.render_topic_letters(topic, page[: render.LETTERS_PER_TOPIC_PAGE], offset,
                                       has_more, bot_username)


def reply_to_plain_text(reply: Reply) -> str:
    """A reply as plain text: the message, then its link buttons."""
    text = render.html_to_plain(reply.html)
    links = [f"{b.text}: {b.url}" for row in reply.buttons for b in row if b.url]
    return text + ("\n\n" + "\n".join(links) if links else "")
