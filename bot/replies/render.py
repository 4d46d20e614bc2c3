"""Replies as Telegram HTML: matches, whole letters in parts, crisis resources, menus.

Everything that comes from the archive or from the user is escaped with :func:`html.escape`.
A :class:`Reply` carries the HTML and Telegram-agnostic :class:`Button` rows; the handlers turn
them into Bot API calls. No ``telegram`` import here.

Callback data (at most 64 bytes, letter ids only, never the user's text)::

    l:<id>:<part>      read a letter from part <part> (0-based)
    m:<id>.<id>...     show these letters (the "more letters" and crisis follow-ups)
    f:<id>:<1|0>       "was this helpful?" for a letter
    t:<page>[:e]       the topic list, page <page> (``:e``: in place of the pressed menu)
    tp:<key>:<offset>  letters on the topic whose :func:`topic_key` is <key> (in place)
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.models import Match, StoredAnswer, StoredLetter, short_hash
from bot.safety.lines import FINDAHELPLINE
from bot.text import sentences as split_sentences

#: The most HTML put in one message. Telegram allows 4096 UTF-16 code units of the text after
#: entity parsing; the HTML is measured in UTF-16 units too and is always longer than its text.
MAX_MESSAGE_HTML = 3800
MAX_CALLBACK_BYTES = 64
MAX_MATCHES_SHOWN = 3
TOPICS_PER_PAGE = 8
LETTERS_PER_TOPIC_PAGE = 5

DISCLAIMER = (
    "<i>This is an archive of answers therapists published for other people: not therapy and "
    f"not an emergency service. If you need help now: {FINDAHELPLINE}</i>"
)
_DEEP_LINK_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_HTTP_URL = re.compile(r"https?://[^\s/.?#]+(\.[^\s/.?#]+)+([/?#]\S*)?")
_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


# --- data ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: a URL to open or callback data to send back (exactly one)."""

    text: str
    url: str | None = None
    callback_data: str | None = None

    def __post_init__(self) -> None:
        if (self.url is None) == (self.callback_data is None):
            raise ValueError("a Button needs exactly one of url and callback_data")
        if self.callback_data is not None and not (
            0 < len(self.callback_data.encode("utf-8")) <= MAX_CALLBACK_BYTES
        ):
            raise ValueError(f"callback_data must be 1-64 bytes: {self.callback_data!r}")


@dataclass(slots=True)
class Reply:
    """One message to send: HTML, button rows, whether it is a crisis reply, and the matches."""

    html: str
    buttons: list[list[Button]] = field(default_factory=list)
    crisis: bool = False
    matches: list[Match] = field(default_factory=list)
    risk: str = "none"  # the triage of the message answered: high, possible or none


@dataclass(frozen=True, slots=True)
class Action:
    """A parsed callback: ``kind`` is read, more, feedback, topics or topic."""

    kind: str
    letter_id: int = 0
    part: int = 0
    ids: tuple[int, ...] = ()
    helpful: bool = False
    page: int = 0
    topic_key: str = ""
    in_place: bool = False


# --- small helpers ---------------------------------------------------------------------------


def esc(text: Any) -> str:
    """Escape text for Telegram HTML (``& < > "`` and ``'``)."""
    return html.escape(str(text), quote=True)


def tg_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts message length."""
    return len(text.encode("utf-16-le")) // 2


def is_http_url(url: str | None) -> bool:
    """True for an absolute http(s) URL that Telegram accepts on a button."""
    return bool(url) and _HTTP_URL.fullmatch(url or "") is not None


def deep_link(bot_username: str, payload: str) -> str:
    """``https://t.me/<bot>?start=<payload>``, as ``telegram.helpers.create_deep_linked_url``."""
    if not bot_username or len(bot_username) <= 3:
        raise ValueError("a valid bot username is needed for a deep link")
    if not _DEEP_LINK_PAYLOAD.match(payload):
        raise ValueError("deep-link payloads use only A-Z, a-z, 0-9, _ and -, at most 64")
    return f"https://t.me/{bot_username}?start={payload}"


def letter_payload(letter_id: int) -> str:
    """The deep-link payload that opens a letter: ``l<id>``."""
    return f"l{int(letter_id)}"


def parse_start_payload(payload: str) -> int | None:
    """The letter id in a ``/start`` payload, or None."""
    m = re.fullmatch(r"l(\d{1,12})", payload.strip())
    return int(m[1]) if m else None


def topic_key(topic: str) -> str:
    """A short stable key for a topic, for callback data."""
    return short_hash(topic)[:10]


def cb_read(letter_id: int, part: int = 0) -> str:
    """Callback data: read a letter from a part."""
    return f"l:{int(letter_id)}:{int(part)}"


def cb_more(ids: Iterable[int]) -> str:
    """Callback data: show these letters (as many ids as fit in 64 bytes)."""
    data = "m:"
    for i, letter_id in enumerate(ids):
        piece = ("." if i else "") + str(int(letter_id))
        if len((data + piece).encode()) > MAX_CALLBACK_BYTES:
            break
        data += piece
    return data


def cb_feedback(letter_id: int, helpful: bool) -> str:
    """Callback data: a "was this helpful?" vote."""
    return f"f:{int(letter_id)}:{int(helpful)}"


def cb_topics(page: int = 0, in_place: bool = False) -> str:
    """Callback data: the topic list, one page (``in_place``: from within the topic menu)."""
    return f"t:{int(page)}" + (":e" if in_place else "")


def cb_topic(key: str, offset: int = 0) -> str:
    """Callback data: letters on a topic, from an offset."""
    return f"tp:{key}:{int(offset)}"


def parse_callback(data: str | None) -> Action | None:
    """Parse callback data made by the ``cb_*`` functions; None when it is not ours."""
    if not data:
        return None
    kind, _, rest = data.partition(":")
    args = rest.split(":")
    try:
        if kind == "l" and len(args) == 2:
            return Action("read", letter_id=int(args[0]), part=max(0, int(args[1])))
        if kind == "m" and len(args) == 1:
            ids = tuple(int(x) for x in args[0].split(".") if x)
            return Action("more", ids=ids) if ids else None
        if kind == "f" and len(args) == 2 and args[1] in ("0", "1"):
            return Action("feedback", letter_id=int(args[0]), helpful=args[1] == "1")
        if kind == "t" and (len(args) == 1 or args[1:] == ["e"]):
            return Action("topics", page=max(0, int(args[0])), in_place=len(args) == 2)
        if kind == "tp" and len(args) == 2 and re.fullmatch(r"[0-9a-f]{10}", args[0]):
            return Action("topic", topic_key=args[0], page=max(0, int(args[1])), in_place=True)
    except ValueError:
        return None
    return None


def _clean(text: str | None) -> str:
    """Normalize line ends and trim; None becomes ""."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def sentences(text: str) -> list[str]:
    """The sentences of a text, its whitespace flattened (:func:`bot.text.sentences`)."""
    return split_sentences(" ".join(_clean(text).split()))


def excerpt(text: str, max_chars: int = 300, max_sentences: int = 2) -> str:
    """The first sentences of ``text`` up to ``max_chars``, cut at a sentence boundary.

    A first sentence longer than ``max_chars`` is cut at a word boundary with an ellipsis.
    """
    out = ""
    for n, sentence in enumerate(sentences(text)):
        candidate = f"{out} {sentence}".strip()
        if n >= max_sentences or len(candidate) > max_chars:
            break
        out = candidate
    if out:
        return out
    flat = " ".join(_clean(text).split())
    if len(flat) <= max_chars:
        return flat
    cut = flat[: max_chars - 1]
    if " " in cut[max_chars // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def _who(answer: StoredAnswer) -> str:
    """``Name, credentials`` of an answer's author, escaped ("a therapist" if unknown)."""
    name = " ".join(_clean(answer.answerer).split())
    cred = " ".join(_clean(answer.credentials).split())
    if name and cred and cred.lower() not in name.lower():
        name = f"{name}, {cred}"
    name = name or cred or "a therapist"
    return esc(name if len(name) <= 150 else name[:149] + "…")


def _title(letter: StoredLetter, limit: int = 150) -> str:
    title = " ".join(_clean(letter.title).split()) or excerpt(letter.question, 80, 1)
    return esc(title if len(title) <= limit else title[: limit - 1].rstrip() + "…")


# --- matches ---------------------------------------------------------------------------------


def _match_block(n: int, letter: StoredLetter, bot_username: str, sizes: tuple[int, int]) -> str:
    question_chars, answer_chars = sizes
    lines = [f"<b>{n}. {_title(letter)}</b>"]
    if letter.question.strip():
        lines.append(f"<i>{esc(excerpt(letter.question, question_chars, 2))}</i>")
    if letter.answers:
        best = letter.answers[0]
        lines.append(f"{esc(excerpt(best.text, answer_chars, 3))}\n— {_who(best)}")
    count = len(letter.answers)
    label = "Read the whole letter" + (f" ({count} answers)" if count > 1 else "")
    lines.append(f'<a href="{esc(deep_link(bot_username, letter_payload(letter.id)))}">{label}</a>')
    return "\n".join(lines)


def render_matches(
    found: Sequence[tuple[Match, StoredLetter]],
    *,
    bot_username: str,
    more_ids: Sequence[int] = (),
    intro: str | None = None,
    prefix: str = "",
) -> Reply:
    """Up to three letters: title, question excerpt, best answer excerpt, who answered, links.
    ``prefix`` (HTML) goes first: the crisis lines of a ``possible`` reply."""
    found = list(found)[:MAX_MATCHES_SHOWN]
    if not found:
        return render_no_match()
    if intro is None:
        intro = ("Here is a letter from someone who wrote about something similar, with what a "
                 "therapist answered:" if len(found) == 1 else
                 "Here are letters from people who wrote about something similar, with what "
                 "therapists answered:")
    for sizes in ((260, 420), (180, 280), (120, 160), (80, 100)):
        blocks = [_match_block(n, letter, bot_username, sizes)
                  for n, (_, letter) in enumerate(found, 1)]
        text = "\n\n".join([*([prefix] if prefix else []), esc(intro), *blocks, DISCLAIMER])
        if tg_len(text) <= MAX_MESSAGE_HTML:
            break
    buttons: list[list[Button]] = []
    for n, (_, letter) in enumerate(found, 1):
        row = [Button(f"📖 Read letter {n}", callback_data=cb_read(letter.id))]
        if is_http_url(letter.source_url):
            row.append(Button(f"Source {n} ↗", url=letter.source_url))
        buttons.append(row)
    if more_ids:
        buttons.append([Button("More letters", callback_data=cb_more(more_ids))])
    return Reply(text, buttons, crisis=False, matches=[m for m, _ in found])


def render_no_match() -> Reply:
    """Nothing close enough: say so kindly, suggest rephrasing, offer /topics."""
    text = (
        "I'm sorry, I couldn't find a letter close enough to what you wrote.\n\n"
        "It may help to describe it in other words, for example what happened, how it makes you "
        "feel, or who it involves. You can also browse the letters by topic with /topics.\n\n"
        + DISCLAIMER
    )
    return Reply(text, [[Button("Browse topics", callback_data=cb_topics(0))]])


def render_empty_message() -> Reply:
    """A message with nothing to search for (empty, only emoji or punctuation)."""
    text = (
        "I read your message, but I couldn't find words in it to look for. Tell me in a sentence "
        "or two what is on your mind, and I'll look for letters from people who went through "
        "something similar. You can also browse by topic with /topics.\n\n" + DISCLAIMER
    )
    return Reply(text, [[Button("Browse topics", callback_data=cb_topics(0))]])


# --- crisis ----------------------------------------------------------------------------------


def _crisis_lines(resources: Any) -> list[str]:
    """The region's crisis lines, the emergency number and findahelpline, as HTML lines.

    ``resources`` is a ``safety.CrisisResources`` (region, lines with name/contact/url,
    emergency_number, findahelpline).
    """
    lines: list[str] = []
    crisis_lines = list(getattr(resources, "lines", ()) or ())
    if crisis_lines:
        lines.append("<b>You can reach someone now, free and confidential:</b>")
        for line in crisis_lines:
            contact = esc(line.contact)
            if any(ch.isdigit() for ch in str(line.contact)):  # a number: make it stand out
                contact = f"<b>{contact}</b>"
            entry = f"• {esc(line.name)}: {contact}"
            if is_http_url(getattr(line, "url", None)):
                entry += f" ({esc(line.url)})"
            lines.append(entry)
    emergency = getattr(resources, "emergency_number", None)
    if emergency:
        lines.append(f"If you are in immediate danger, call <b>{esc(emergency)}</b>.")
    else:
        lines.append("If you are in immediate danger, call your local emergency number.")
    helpline = getattr(resources, "findahelpline", None) or FINDAHELPLINE
    lines.append(f"Anywhere in the world, {esc(helpline)} lists free helplines near you.")
    if helpline.rstrip("/") != FINDAHELPLINE:
        lines.append(FINDAHELPLINE)
    return lines


def render_crisis(resources: Any) -> Reply:
    """The reply for danger now (risk ``high``): warm, short, urging the person to reach
    someone now; the lines and the emergency number; no letters and no button to letters."""
    lines = ["I'm really glad you told me. What you're going through sounds very hard, and you "
             "deserve to talk with a real person about it right now. Please reach out to one of "
             "these lines now, or to someone near you, and stay with them.", ""]
    lines += _crisis_lines(resources)
    lines += ["", "I'm only an archive of letters, not a crisis service, and I can't respond to "
              "emergencies. The people at these lines can."]
    return Reply("\n".join(lines), [[Button("Find a helpline", url=FINDAHELPLINE)]],
                 crisis=True, matches=[], risk="high")


CARING = ("What you wrote sounds really heavy, and you don't have to carry it alone. If it ever "
          "feels like too much, you can talk to someone right now:")


def render_possible(resources: Any, found: Sequence[tuple[Match, StoredLetter]], *,
                    bot_username: str, more_ids: Sequence[int] = (),
                    note: str | None = None) -> Reply:
    """The reply for signs of risk without imminence (risk ``possible``): one caring sentence
    and the crisis lines first, then up to three letters as usual, and the disclaimer. With no
    letters, ``note`` (plain text) says why (default: nothing close in the archive)."""
    first = "\n".join([esc(CARING), *_crisis_lines(resources)])
    if not found:
        why = note or "I couldn't find a letter close enough to what you wrote."
        text = "\n\n".join([first, esc(why), DISCLAIMER])
        return Reply(text, [[Button("Find a helpline", url=FINDAHELPLINE)]], crisis=True,
                     matches=[], risk="possible")
    reply = render_matches(found, bot_username=bot_username, more_ids=more_ids, prefix=first)
    return Reply(reply.html, [[Button("Find a helpline", url=FINDAHELPLINE)], *reply.buttons],
                 crisis=True, matches=reply.matches, risk="possible")


# --- whole letters ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Block:
    html: str
    keep_with_next: bool = False


def _split_plain(text: str, budget: int) -> list[str]:
    """Split plain text into pieces whose escaped form fits ``budget``: sentences, then words."""
    pieces: list[str] = []
    current = ""
    for sentence in sentences(text) or [text]:
        for unit in _fit_units(sentence, budget):
            candidate = f"{current} {unit}" if current else unit
            if tg_len(esc(candidate)) <= budget:
                current = candidate
            else:
                if current:
                    pieces.append(current)
                current = unit
    if current:
        pieces.append(current)
    return pieces


def _fit_units(sentence: str, budget: int) -> list[str]:
    """A sentence as-is when it fits, else its words (a word too long is cut hard)."""
    if tg_len(esc(sentence)) <= budget:
        return [sentence]
    units: list[str] = []
    for word in sentence.split():
        while tg_len(esc(word)) > budget:
            cut = budget // 8  # escaped text is at most 6x, UTF-16 at most 2x per char
            units.append(word[:cut])
            word = word[cut:]
        units.append(word)
    return units


def _paragraph_blocks(text: str, budget: int, style: str = "") -> list[_Block]:
    blocks = []
    for paragraph in re.split(r"\n\s*\n", _clean(text)):
        paragraph = "\n".join(" ".join(line.split()) for line in paragraph.split("\n")).strip()
        if not paragraph:
            continue
        if tg_len(esc(paragraph)) + 7 <= budget:
            pieces = [paragraph]
        else:
            pieces = _split_plain(paragraph, budget - 7)
        for piece in pieces:
            body = esc(piece)
            blocks.append(_Block(f"<{style}>{body}</{style}>" if style else body))
    return blocks


def _letter_blocks(letter: StoredLetter, budget: int) -> list[_Block]:
    asker = ", ".join(
        x for x in (_clean(letter.asker_name), str(letter.asker_age or "")) if x
    )
    head = f"<b>{_title(letter, 300)}</b>"
    if asker:
        head += f"\n<i>{esc(asker)}</i>"
    blocks = [_Block(head, keep_with_next=True)]
    blocks += _paragraph_blocks(letter.question, budget, "i")
    total = len(letter.answers)
    if not total:
        blocks.append(_Block("<i>No answers to this letter yet.</i>"))
    for n, answer in enumerate(letter.answers, 1):
        votes = f" · ▲ {answer.upvotes}" if answer.upvotes else ""
        label = f"Answer {n} of {total}" if total > 1 else "Answer"
        blocks.append(_Block(f"<b>{label}</b> — {_who(answer)}{votes}", keep_with_next=True))
        blocks += _paragraph_blocks(answer.text, budget)
    return blocks


def letter_parts(letter: StoredLetter, limit: int = MAX_MESSAGE_HTML) -> list[str]:
    """A whole letter as HTML parts, each (with its heading and the disclaimer) within ``limit``.

    Split between paragraphs, else between sentences, else between words; never inside a tag or
    an entity. Each part is valid Telegram HTML on its own.
    """
    title = _title(letter, 120)
    reserve = tg_len(DISCLAIMER) + 2 + tg_len(f"<i>{title} (999/999)</i>\n\n")
    budget = limit - reserve
    parts: list[list[str]] = []
    current: list[str] = []
    size = 0
    pending: list[_Block] = []  # headings waiting for the block they belong with
    for block in _letter_blocks(letter, budget - 600):  # room for a heading kept with it
        pending.append(block)
        if block.keep_with_next:
            continue
        group = [b.html for b in pending]
        group_size = tg_len("\n\n".join(group))
        pending = []
        if current and size + 2 + group_size > budget:
            parts.append(current)
            current, size = [], 0
        current += group
        size = tg_len("\n\n".join(current))
    if pending:
        current += [b.html for b in pending]
    if current:
        parts.append(current)
    out = []
    for k, blocks in enumerate(parts, 1):
        heading = f"<i>{title} ({k}/{len(parts)})</i>\n\n" if k > 1 else ""
        out.append(heading + "\n\n".join(blocks) + "\n\n" + DISCLAIMER)
    return out


def render_letter_part(letter: StoredLetter, part: int = 0,
                       parts: list[str] | None = None) -> Reply:
    """One part of a whole letter, with a "Next part (k/n)" button; the last asks for feedback.
    ``parts``: the letter's :func:`letter_parts` when already computed."""
    parts = parts if parts is not None else letter_parts(letter)
    part = min(max(part, 0), len(parts) - 1)
    buttons: list[list[Button]] = []
    if part + 1 < len(parts):
        buttons.append([Button(f"Next part ({part + 2}/{len(parts)})",
                               callback_data=cb_read(letter.id, part + 1))])
    else:
        buttons.append([Button("👍 Helpful", callback_data=cb_feedback(letter.id, True)),
                        Button("👎 Not helpful", callback_data=cb_feedback(letter.id, False))])
        if is_http_url(letter.source_url):
            buttons.append([Button("Source ↗", url=letter.source_url)])
    return Reply(parts[part], buttons)


def render_letter_missing() -> Reply:
    """A letter that does not exist (any more) or was hidden."""
    return Reply("Sorry, that letter is not available any more. You can look for others by "
                 "writing what is on your mind, or browse with /topics.\n\n" + DISCLAIMER,
                 [[Button("Browse topics", callback_data=cb_topics(0))]])


def feedback_thanks(helpful: bool) -> str:
    """The short notice after a vote (plain text, for answerCallbackQuery)."""
    return "Thank you, that helps others find good letters." if helpful else (
        "Thank you for telling me. Try other words, or /topics, to find a closer letter.")


# --- menus -----------------------------------------------------------------------------------


def render_welcome(bot_name: str = "this bot") -> Reply:
    """The /start greeting: what the bot is and is not, with the disclaimer."""
    text = (
        f"<b>Hello, and welcome.</b>\n\n"
        f"{esc(bot_name)} is an archive of letters people wrote to therapists, with the answers "
        "the therapists published. Tell me in your own words what you are struggling with, and "
        "I'll look for letters from people who went through something similar, with excerpts of "
        "what therapists answered them.\n\n"
        "I'm not a therapist and I can't give personal advice or respond to emergencies. Your "
        "messages are never stored.\n\n"
        "/topics to browse letters by topic · /help for everything I can do · /about for "
        "sources and privacy\n\n" + DISCLAIMER
    )
    return Reply(text, [[Button("Browse topics", callback_data=cb_topics(0))]])


def render_help(commands: Iterable[tuple[str, str]]) -> Reply:
    """/help, built from the command table: (name, description) pairs."""
    lines = ["Write what is on your mind in a few sentences and I'll look for letters from "
             "people who went through something similar. In a group, use /ask or mention me. In "
             "any chat you can also type my @username and a few words.", "", "<b>Commands</b>"]
    lines += [f"/{esc(name)} — {esc(description)}" for name, description in commands]
    return Reply("\n".join(lines) + "\n\n" + DISCLAIMER)


def render_about(stats: dict[str, int] | None = None) -> Reply:
    """/about: sources, licences and privacy."""
    size = ""
    if stats and stats.get("letters"):
        size = (f"The archive holds {stats['letters'] - stats.get('hidden', 0)} letters with "
                f"{stats.get('answers', 0)} answers.\n\n")
    text = (
        "<b>About this archive</b>\n\n" + size +
        "<b>Sources</b>\n"
        "• counsel-chat: questions from counselchat.com and licensed therapists' answers, "
        "collected by Nicolas Bertagnolli (https://github.com/nbertagnolli/counsel-chat), "
        "MIT licence.\n"
        "• Our sample letters in the project's data folder.\n"
        "The answers were written for the people who asked, not for you personally.\n\n"
        "<b>Privacy</b>\n"
        "Your messages are never stored and never logged: they are only used to look for "
        "letters, then forgotten. Buttons carry letter numbers, never your words. "
        "\"Was this helpful?\" is counted per letter, without who voted.\n\n" + DISCLAIMER
    )
    return Reply(text)


def render_topics(topics: Sequence[tuple[str, int]], page: int = 0) -> Reply:
    """The topic list, one page of buttons, with previous/next."""
    if not topics:
        return Reply("There are no topics in the archive yet.\n\n" + DISCLAIMER)
    pages = max(1, -(-len(topics) // TOPICS_PER_PAGE))
    page = min(max(page, 0), pages - 1)
    shown = topics[page * TOPICS_PER_PAGE : (page + 1) * TOPICS_PER_PAGE]
    buttons = [[Button(f"{name[:48]} ({count})", callback_data=cb_topic(topic_key(name)))]
               for name, count in shown]
    nav = []
    if page > 0:
        nav.append(Button("« Previous", callback_data=cb_topics(page - 1, in_place=True)))
    if page + 1 < pages:
        nav.append(Button("Next »", callback_data=cb_topics(page + 1, in_place=True)))
    if nav:
        buttons.append(nav)
    text = (f"<b>Topics</b> (page {page + 1} of {pages})\n\nChoose a topic to see letters about "
            "it.\n\n" + DISCLAIMER)
    return Reply(text, buttons)


def render_topic_letters(
    topic: str, letters: Sequence[StoredLetter], offset: int, has_more: bool, bot_username: str
) -> Reply:
    """Letters on one topic: titles with deep links and "read" buttons, paged."""
    if not letters:
        return Reply(f"No more letters on <b>{esc(topic)}</b>.\n\n" + DISCLAIMER,
                     [[Button("All topics", callback_data=cb_topics(0, in_place=True))]])
    lines = [f"<b>{esc(topic)}</b>", ""]
    buttons = []
    for n, letter in enumerate(letters, offset + 1):
        link = esc(deep_link(bot_username, letter_payload(letter.id)))
        lines.append(f'{n}. <a href="{link}">{_title(letter)}</a>')
        buttons.append([Button(f"📖 {n}. {' '.join(letter.title.split())[:40] or 'Letter'}",
                               callback_data=cb_read(letter.id))])
    nav = [Button("All topics", callback_data=cb_topics(0, in_place=True))]
    if has_more:
        nav.append(Button("More »", callback_data=cb_topic(topic_key(topic),
                                                          offset + len(letters))))
    buttons.append(nav)
    return Reply("\n".join(lines) + "\n\n" + DISCLAIMER, buttons)


def render_group_hint(bot_username: str) -> Reply:
    """/ask without a question."""
    return Reply(f"Write your question after the command, for example <code>/ask how do I stop "
                 f"overthinking</code>, or mention @{esc(bot_username)}.\n\n" + DISCLAIMER)


def render_error() -> Reply:
    """The gentle answer when something went wrong on our side."""
    return Reply("Sorry, something went wrong on my side and I couldn't answer that. Please try "
                 "again in a moment.\n\n" + DISCLAIMER)


def render_admin_only() -> Reply:
    """Polite refusal of admin-only commands."""
    return Reply("Sorry, this is only for the archive's admins.\n\n" + DISCLAIMER)


# --- inline mode and plain text --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InlineArticle:
    """One inline-mode result, Telegram-agnostic."""

    id: str
    title: str
    description: str
    html: str
    buttons: list[list[Button]]


def render_inline(
    found: Sequence[tuple[Match, StoredLetter]], *, bot_username: str
) -> list[InlineArticle]:
    """Inline results: each posts one letter's excerpt and a link to read it in the bot."""
    articles = []
    for _match, letter in found:
        block = _match_block(1, letter, bot_username, (200, 400)).split("\n", 1)[1]
        text = f"<b>{_title(letter)}</b>\n{block}\n\n{DISCLAIMER}"
        buttons = [[Button("Read in the bot", url=deep_link(bot_username,
                                                            letter_payload(letter.id)))]]
        if is_http_url(letter.source_url):
            buttons[0].append(Button("Source ↗", url=letter.source_url))
        articles.append(InlineArticle(
            id=f"l{letter.id}", title=" ".join(letter.title.split())[:100] or "A letter",
            description=excerpt(letter.question, 120, 1), html=text, buttons=buttons,
        ))
    return articles


def render_inline_crisis(resources: Any) -> InlineArticle:
    """The single inline result for a crisis query: the crisis resources."""
    reply = render_crisis(resources)
    return InlineArticle(id="crisis", title="You don't have to go through this alone",
                         description="Free, confidential helplines you can reach now",
                         html=reply.html, buttons=reply.buttons[:1])


def html_to_plain(text: str) -> str:
    """Telegram HTML as plain text: links as ``text (url)`` when they differ, tags dropped."""
    def link(m: re.Match[str]) -> str:
        url, label = html.unescape(m[1]), m[2]
        return label if html.unescape(_TAG.sub("", label)) == url else f"{label} ({esc(url)})"

    return html.unescape(_TAG.sub("", _LINK.sub(link, text)))


def letter_as_plain_text(letter: StoredLetter) -> str:
    """A whole letter as plain text (for ``python -m bot show``)."""
    return html_to_plain("\n\n".join(b.html for b in _letter_blocks(letter, 10**9)))
