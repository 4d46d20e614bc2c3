"""Messages the archive cannot answer by matching: greetings, and messages in a language other
than English (the archive's letters are in English).

Called by :func:`bot.replies.service.respond` AFTER the crisis check, so a crisis message in any
language still gets the crisis resources first. The language is told by
:func:`bot.text.language_of`. Nothing here logs or stores the message.
"""

from __future__ import annotations

import re

from bot.replies.render import DISCLAIMER, Reply, esc
from bot.text import LANGUAGES, language_of, language_words

#: The message's language among LANGUAGES (see :func:`bot.text.language_of`).
detect_language = language_of


_GREETINGS = {
    "hi", "hii", "hiii", "hello", "hello there", "hi there", "hey", "hey there", "heya", "hiya",
    "howdy", "yo", "hallo", "helo", "good morning", "good afternoon", "good evening",
    "good day", "morning", "evening", "greetings", "hi bot", "hello bot", "hey bot",
    "whats up", "sup", "hey hey", "hi hi", "hello hello", "hi everyone", "hello everyone",
    "hola", "bonjour", "ciao", "oi", "ola", "salut", "privet", "привет", "здравствуйте",
    "guten tag", "buenos dias", "buenas", "buongiorno", "bom dia",
}

def is_greeting(text: str) -> bool:
    """True for a message that is only a greeting ("hi", "Hello!!", "hey there :)")."""
    folded = " ".join(language_words(text))
    if not folded or len(folded) > 40:
        return False
    folded = re.sub(r"(.)\1{2,}", r"\1\1", folded)  # "heyyyy" -> "heyy"
    return folded in _GREETINGS or re.sub(r"(.)\1+", r"\1", folded) in _GREETINGS


# --- replies ----------------------------------------------------------------------------------

EXAMPLE = "my therapist said she loves me but ignores my calls"

#: "The archive is in English", in each language told apart.
ENGLISH_ONLY = {
    "es": "Gracias por escribir. Las cartas de este archivo están en inglés, así que no puedo "
          "buscar bien en otro idioma. Si puedes, escríbeme en inglés lo que te pasa y buscaré "
          "cartas de personas que vivieron algo parecido.",
    "pt": "Obrigado por escrever. As cartas deste arquivo estão em inglês, por isso não consigo "
          "procurar bem em outra língua. Se puder, escreva em inglês o que está acontecendo e "
          "vou procurar cartas de pessoas que passaram por algo parecido.",
    "fr": "Merci de m'avoir écrit. Les lettres de cette archive sont en anglais, je ne peux donc "
          "pas bien chercher dans une autre langue. Si vous le pouvez, écrivez-moi en anglais ce "
          "qui vous arrive et je chercherai des lettres de personnes qui ont vécu quelque chose "
          "de semblable.",
    "de": "Danke für deine Nachricht. Die Briefe in diesem Archiv sind auf Englisch, deshalb "
          "kann ich in einer anderen Sprache nicht gut suchen. Wenn du kannst, schreib mir auf "
          "Englisch, was dich bewegt, und ich suche Briefe von Menschen, die Ähnliches erlebt "
          "haben.",
    "it": "Grazie per avermi scritto. Le lettere di questo archivio sono in inglese, quindi non "
          "riesco a cercare bene in un'altra lingua. Se puoi, scrivimi in inglese cosa ti succede "
          "e cercherò lettere di persone che hanno vissuto qualcosa di simile.",
    "ru": "Спасибо, что написали. Письма в этом архиве на английском языке, поэтому на другом "
          "языке я не могу хорошо искать. Если можете, напишите по-английски, что с вами "
          "происходит, и я найду письма людей, которые пережили что-то похожее.",
}


def render_greeting() -> Reply:
    """A greeting back, and how to use the bot (no command names: `ask` has none)."""
    return Reply(
        "Hello, and welcome. 👋\n\n"
        "Tell me in your own words what is on your mind, in a sentence or two, for example "
        f"<i>“{esc(EXAMPLE)}”</i>. I'll look through an archive of letters that people wrote to "
        "therapists and show you the answers closest to what you wrote.\n\n" + DISCLAIMER
    )


def render_other_language(code: str) -> Reply:
    """In the person's language: the archive is in English; please write in English."""
    note = ENGLISH_ONLY[code]
    return Reply(f"{esc(note)}\n\n<i>The letters in this archive are in English; please write "
                 "in English if you can.</i>\n\n" + DISCLAIMER)


def special_reply(text: str, code: str | None) -> Reply | None:
    """The reply to a greeting or a non-English message (``code``: its language, as
    :func:`detect_language` tells it), else None (match it as usual). Call only after the
    crisis check."""
    if is_greeting(text):
        return render_greeting()
    if code is not None and code in ENGLISH_ONLY:
        return render_other_language(code)
    return None


__all__ = ["LANGUAGES", "detect_language", "is_greeting", "special_reply"]
