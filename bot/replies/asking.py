"""`python -m bot ask`: the reply the bot would send, as text or as one JSON object.

The same path as the bot: safety -> matcher -> archive -> render
(:func:`bot.replies.service.respond`). Nothing about the message is logged or stored.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot.archive import Archive
from bot.config import Settings
from bot.matching.matcher import Matcher, MatcherError
from bot.replies import render, service

MAX_JSON_MATCHES = 3

#: A sentence (or clause) pointing to a command that exists only in Telegram.
_TELEGRAM_COMMAND = re.compile(
    r"[^.!?\n]*(?<![\w/])/(?:topics|help|about|start|subscribe|unsubscribe|quote)\b"
    r"[^.!?\n]*[.!?]?[ \t]*")


def without_telegram_commands(text: str) -> str:
    """``text`` without the sentences that point to Telegram-only commands (``ask`` runs on
    the command line, where /topics does not exist)."""
    return _TELEGRAM_COMMAND.sub("", text).replace(" \n", "\n")


class Asker:
    """Answers messages like the bot, with one matcher built once for many messages."""

    def __init__(self, archive: Archive, settings: Settings, engine: str = "auto"):
        self.archive = archive
        self.settings = settings
        try:
            self.matcher = Matcher(archive, engine=engine)
        except MatcherError as exc:
            raise ValueError(str(exc)) from exc

    def reply(self, message: str) -> render.Reply:
        """The reply the bot would send to `message`."""
        return service.respond(
            message,
            archive=self.archive,
            matcher=self.matcher,
            region=self.settings.crisis_region,
            bot_username=self.settings.bot_username,
            crisis_semantic=self.settings.crisis_semantic,
        )

    def ask(self, message: str) -> dict[str, Any]:
        """The reply as a dict: engine, crisis (true for the ``high`` and ``possible`` tiers),
        risk (``high``, ``possible`` or ``none``), matches (best first, at most 3; none for
        ``high``) and reply."""
        reply = self.reply(message)
        matches = [] if reply.risk == "high" else reply.matches[:MAX_JSON_MATCHES]
        letters = {x.id: x for x in self.archive.letters([m.letter_id for m in matches])}
        shown = []
        for m in matches:
            letter = letters.get(m.letter_id)
            if letter is None:
                continue
            best = letter.answers[0].text if letter.answers else letter.question
            shown.append(
                {
                    "id": letter.id,
                    "title": letter.title,
                    "source_url": letter.source_url or None,
                    "link": render.deep_link(
                        self.settings.bot_username, render.letter_payload(letter.id)
                    ),
                    "score": round(float(m.score), 1),
                    "excerpt": render.excerpt(best, 300, 2),
                }
            )
        return {
            "engine": self.matcher.engine,
            "crisis": reply.risk != "none",
            "risk": reply.risk,
            "matches": shown,
            "reply": without_telegram_commands(reply.html),
        }

    def ask_json(self, message: str) -> str:
        """:meth:`ask` as one line of JSON."""
        return json.dumps(self.ask(message), ensure_ascii=False)

    def ask_text(self, message: str) -> str:
        """The reply as plain text, with its buttons listed under it."""
        reply = self.reply(message)
        text = without_telegram_commands(render.html_to_plain(reply.html))
        links = [b for row in reply.buttons for b in row if b.url]
        if links:
            text += "\n\n" + "\n".join(f"[{b.text}] {b.url}" for b in links)
        return text
