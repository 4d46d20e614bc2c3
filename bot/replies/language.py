"""Messages the archive cannot answer by matching: greetings, and messages in a language other
than English (the archive's letters are in English).

Called by :func:`bot.replies.service.respond` AFTER the crisis check, so a crisis message in any
language still gets the crisis resources first. The language is told by
``lingua-language-detector`` when it is installed (restricted to a handful of languages, built
once and cached), else by a small stop-word count; only for messages long enough to tell.
Nothing here logs or stores the message.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from bot.replies.render import DISCLAIMER, Reply, esc

#: Languages told apart (ISO 639-1), English included: the answer for everything else is None.
LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "ru")
#: Shorter messages are not classified (too few words to tell "no" from "non").
MIN_CHARS = 20
MIN_WORDS = 4
MIN_CONFIDENCE = 0.75

_GREETINGS = {
    "hi", "hii", "hiii", "hello", "hello there", "hi there", "hey", "hey there", "heya", "hiya",
    "howdy", "yo", "hallo", "helo", "good morning", "good afternoon", "good evening",
    "good day", "morning", "evening", "greetings", "hi bot", "hello bot", "hey bot",
    "whats up", "sup", "hey hey", "hi hi", "hello hello", "hi everyone", "hello everyone",
    "hola", "bonjour", "ciao", "oi", "ola", "salut", "privet", "привет", "здравствуйте",
    "guten tag", "buenos dias", "buenas", "buongiorno", "bom dia",
}

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def _fold(text: str) -> str:
    """Lower case, accents off, only words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(w.replace("'", "") for w in _WORD.findall(text))


def is_greeting(text: str) -> bool:
    """True for a message that is only a greeting ("hi", "Hello!!", "hey there :)")."""
    folded = _fold(text)
    if not folded or len(folded) > 40:
        return False
    folded = re.sub(r"(.)\1{2,}", r"\1\1", folded)  # "heyyyy" -> "heyy"
    return folded in _GREETINGS or re.sub(r"(.)\1+", r"\1", folded) in _GREETINGS


# --- language ---------------------------------------------------------------------------------

_STOP_TEXT: dict[str, str] = {
    "en": "the and i my me is it to of a in that he she we you with for was not but "
          "have this are be what how do at so my they about feel",
    "es": "el la los las y que de mi me es en no con por para una un lo pero se muy "
          "estoy siento tengo porque como mas esta yo",
    "pt": "o a os as e que de meu minha me nao com por para uma um mas se muito "
          "estou sinto tenho porque como mais esta eu voce isso",
    "fr": "le la les et que de mon ma me je est en ne pas avec pour une un mais se "
          "tres suis sens ai parce comme plus cette il elle",
    "de": "der die das und ich mein meine mich ist nicht mit fur ein eine aber sich "
          "sehr bin fuhle habe weil wie mehr es zu",
    "it": "il la le e che di mio mia mi non con per una un ma si molto sono sento ho "
          "perche come piu questa io lui lei",
}
_STOPWORDS = {lang: frozenset(words.split()) for lang, words in _STOP_TEXT.items()}


def _by_stopwords(text: str) -> tuple[str | None, float]:
    """(language, confidence) from stop-word counts; Cyrillic script is Russian here."""
    letters = [ch for ch in text if ch.isalpha()]
    if letters:
        cyrillic = sum(1 for ch in letters if "CYRILLIC" in unicodedata.name(ch, ""))
        if cyrillic / len(letters) > 0.6:
            return "ru", 1.0
    words = _fold(text).split()
    if len(words) < MIN_WORDS:
        return None, 0.0
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    total = sum(counts.values())
    if counts[best] < 2 or not total:
        return None, 0.0
    return best, counts[best] / total


@lru_cache(maxsize=1)
def _lingua_detector() -> Any:
    """The lingua detector for :data:`LANGUAGES` only, built once; None when not installed."""
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    wanted = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
              for code in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*wanted).build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the message's language among :data:`LANGUAGES`, or None when
    the message is too short or the language is unclear."""
    text = text.strip()
    if len(text) < MIN_CHARS or len(text.split()) < MIN_WORDS:
        return None
    detector = _lingua_detector()
    if detector is not None:
        values = detector.compute_language_confidence_values(text)
        if not values:
            return None
        top = values[0]
        if top.value < MIN_CONFIDENCE:
            return None
        return str(top.language.iso_code_639_1.name).lower()
    lang, confidence = _by_stopwords(text)
    return lang if lang is not None and confidence >= 0.5 else None


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


def special_reply(text: str) -> Reply | None:
    """The reply to a greeting or a non-English message, else None (match it as usual).
    Call only after the crisis check."""
    if is_greeting(text):
        return render_greeting()
    code = detect_language(text)
    if code is not None and code in ENGLISH_ONLY:
        return render_other_language(code)
    return None


__all__ = ["detect_language", "is_greeting", "special_reply"]
