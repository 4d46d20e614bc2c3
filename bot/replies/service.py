"""From a person's message to a :class:`~bot.replies.render.Reply`: safety first, then matching,
then rendering. Used by the bot, the command line and the benchmarks alike; no ``telegram`` import.

The message is health data: it is never logged and never stored. Errors are logged by type only.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Protocol

from bot.models import Match, StoredLetter
from bot.replies import render
from bot.replies.render import Reply
from bot.safety import detector, semantic_net
from bot.safety.detector import CrisisCheck
from bot.safety.lines import crisis_resources

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

    def search(self, message: str, limit: int = 3) -> list[Match]:
        """Matches above the confidence threshold, best first."""
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


def _search(matcher: Searcher, text: str, limit: int) -> list[Match]:
    """The matcher's results, or none if it failed (logged by type, never with the text)."""
    try:
        return list(matcher.search(text, limit=limit))
    except Exception as exc:  # a broken query must still get a kind answer
        log.warning("matcher failed: %s", type(exc).__name__)
        return []


def _found(archive: Any, matches: Sequence[Match]) -> list[tuple[Match, StoredLetter]]:
    """Pair matches with their (visible) letters, keeping the order."""
    letters = {letter.id: letter for letter in archive.letters([m.letter_id for m in matches])}
    return [(m, letters[m.letter_id]) for m in matches if m.letter_id in letters]


def check(message: str, semantic: bool = True) -> CrisisCheck:
    """The crisis check on (nearly all of) a message: the phrase rules first; when they say no,
    `semantic` is on (the ``CRISIS_SEMANTIC`` setting) and the semantic extra is installed, the
    semantic net (:mod:`bot.safety.semantic_net`; the model loads on its first use)."""
    text = (message or "")[:MAX_SAFETY_CHARS]
    result = detector.check_message(text)
    if result.is_crisis or not semantic or not semantic_net.available():
        return result
    return semantic_net.check_message(text)


def respond(
    message: str,
    *,
    archive: Any,
    matcher: Searcher,
    region: str | None = None,
    bot_username: str,
    crisis_semantic: bool = True,
) -> Reply:
    """The reply to a person's message: crisis resources, up to 3 letters, or a kind "no match".
    `crisis_semantic` switches the crisis check's semantic net (``CRISIS_SEMANTIC``)."""
    if check(message, crisis_semantic).is_crisis:
        return render.render_crisis(crisis_resources(region))
    text = prepare(message)
    if not has_words(text):
        return render.render_empty_message()
    found = _found(archive, _search(matcher, text, SEARCH_LIMIT))
    if not found:
        return render.render_no_match()
    shown = found[: render.MAX_MATCHES_SHOWN]
    more = [letter.id for _, letter in found[render.MAX_MATCHES_SHOWN :]]
    return render.render_matches(shown, bot_username=bot_username, more_ids=more)


def respond_inline(
    query: str, *, archive: Any, matcher: Searcher, region: str | None = None,
    bot_username: str, crisis_semantic: bool = True,
) -> list[render.InlineArticle]:
    """Inline-mode results: the crisis resources alone for a crisis, else matching letters."""
    if check(query, crisis_semantic).is_crisis:
        return [render.render_inline_crisis(crisis_resources(region))]
    text = prepare(query)
    if not has_words(text):
        return []
    found = _found(archive, _search(matcher, text, 5))
    return render.render_inline(found, bot_username=bot_username)


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
    return render.render_letter_part(letter, part)


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
