"""Crisis triage: ``high``, ``possible`` or ``none`` for a person's message.

- ``high``: danger now or imminent: a plan, means at hand, a time, an act in progress or done,
  a goodbye or things given away, someone else in danger now. The reply is crisis lines only.
- ``possible``: signs of risk without imminence: passive wishes to die, hopelessness, self-harm
  urges, ambiguous slang. The reply puts a caring sentence and crisis lines first, then letters.
- ``none``: no sign of risk.

Two detectors, and the riskier verdict wins:

1. the phrase rules (:mod:`bot.safety.detector`, multilingual, precise), read on the message as
   written and as normalized; a rule that fires is ``high`` when its kind is always urgent
   (an overdose, violence, a child hurt), when the rule itself names a plan, means, a time or a
   goodbye, or when the message has such a cue (:data:`IMMINENCE`); else ``possible``;
2. the trained classifiers: the sentence-vector network (:mod:`bot.safety.classifier`) on the
   vectors of every sentence unit, computed once per message and shared with matching
   (:mod:`bot.matching.message`), mixed with the wording model (:mod:`bot.safety.wording`) on
   the message's character n-grams; without vectors (no semantic extra, or
   ``CRISIS_SEMANTIC`` off) the wording model judges alone.

A rule's verdict goes down where the classifier reads the message as safe (one tier when its
P(possible or high) is under the model's ``threshold_veto``, to ``none`` under
``threshold_clear``): the rules see words, the classifier sees context ("I attempted suicide
15 years ago, today I'm well", a nurse's shift, a game).

Never raises: an internal error counts as ``possible`` (crisis lines first, letters after).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from bot.matching import message as reader
from bot.matching.encoder import MessageVectors, blas_one_thread
from bot.matching.message import ReadMessage
from bot.safety import classifier, detector, wording
from bot.text import fold, language_of, reads_as_english

log = logging.getLogger(__name__)

RISKS = ("none", "possible", "high")
#: Kinds of rule that always mean danger now.
URGENT_CATEGORIES = frozenset({"overdose", "violence", "child_abuse"})
#: Rules (their id without the language) that name a plan, means, a time or a goodbye.
URGENT_RULES = frozenset({
    "plan", "means", "means2", "method", "methode", "metodo", "goodbye", "bye", "adieu",
    "abschied", "despedida", "last", "time_up", "things", "jump", "tools", "pastillas",
    "comprimidos", "tabletten", "medicaments", "night", "noche", "noite", "nuit", "nacht", "od2",
    "overdose", "sobredosis", "surdose", "uberdosis", "sammeln", "guardar", "garder",
    "other_imminent", "danger", "child_hurt", "child_touch", "child_abuse", "child_others",
})
# Cues of danger now, on folded text (lower case, no accents), in the seven languages.
IMMINENCE = re.compile(r"\b(?:" + "|".join([
    # time
    r"tonight|right now|rn|today|this (?:evening|weekend|morning|afternoon)|tomorrow|"
    r"in an hour|in a few (?:minutes|hours)|before (?:morning|sunrise|midnight)|"
    r"at midnight|when (?:everyone|they|he|she) (?:is )?(?:asleep|sleeps|leaves|gone)",
    # plan, means, place
    r"plan(?:ned|ning)?|the (?:pills|rope|gun|knife|razor|blade|bottle|note|letter)|"
    r"pills|rope|noose|gun|pistol|rifle|razor|blade|bridge|roof|ledge|train tracks|"
    r"(?:wrote|writing|written|left) (?:a|my|the) (?:note|letter|goodbye)|suicide note|"
    r"(?:saved|stockpil\w*|hoard\w*|saving|collected|collecting) (?:up )?(?:my |all |the )?"
    r"(?:pills|meds|tablets)",
    # acts in progress or done
    r"took|taken|swallowed|overdosed|bleeding|cutting|cut (?:too )?deep|"
    r"(?:just|already) (?:did|took|cut|drank|swallowed)|ambulance|emergency|911|999|112",
    # goodbyes and giving away
    r"goodbye|good bye|farewell|gave away|giving away|give away my|last (?:message|time)|"
    r"(?:wont|will not|not) be (?:here|around|alive)|see you on the other side|"
    r"tell (?:my|her|him|them) (?:mom|mum|dad|family|kids)? ?(?:im|i am|that im) sorry",
    # es pt it
    r"esta noche|ahora mismo|hoy|manana|las pastillas|la cuerda|el puente|adios|despedida|"
    r"hoje|agora|amanha|os comprimidos|a corda|a ponte|adeus|tomei|"
    r"stanotte|stasera|adesso|oggi|domani|le pillole|la corda|il ponte|addio|ho preso|"
    r"proprio ora|in questo momento|stamattina|pastiglie|compresse|il tetto|ho ingoiato|"
    r"sto sanguinando|d ?addio|ultimo messaggio",
    # fr de
    r"ce soir|cette nuit|maintenant|aujourd ?hui|demain|les cachets|la corde|le pont|adieu|"
    r"heute nacht|heute|jetzt|morgen|die tabletten|das seil|die brucke|abschied|lebewohl",
    # ru (folded: й -> и, ё -> е)
    r"сегодня|сеичас|щас|завтра|ночью|таблетк\w*|снотворн\w*|веревк\w*|мост\w*|крыш\w*|"
    r"прощаи\w*|записк\w*|выпил\w*|наглотал\w*|кровь|последнее сообщение",
]) + r")\b")


@dataclass(frozen=True)
class Assessment:
    """The triage of one message: ``risk`` (high, possible or none), what said so (``source``:
    rules, classifier or both; never the user's text), the rule's kind and id, and the
    classifier's probabilities of its riskiest unit."""

    risk: str
    source: str = ""
    category: str | None = None
    rule: str | None = None
    p_high: float = 0.0
    p_any: float = 0.0

    @property
    def is_crisis(self) -> bool:
        """Crisis lines come first (``high`` or ``possible``)."""
        return self.risk != "none"


NONE = Assessment("none")


def _rule_risk(check: detector.CrisisCheck, folded: str) -> str:
    if not check.is_crisis:
        return "none"
    rule = (check.rule or "").split(".", 1)[-1]
    if check.category in URGENT_CATEGORIES or rule in URGENT_RULES or IMMINENCE.search(folded):
        return "high"
    return "possible"


def rules_assessment(text: str, normalized: str | None = None) -> Assessment:
    """The rules' verdict alone (on the text as written, then as normalized)."""
    check = detector.check_readings([text, normalized] if normalized else [text])
    if not check.is_crisis:
        return NONE
    folded = fold(normalized or text)
    return Assessment(_rule_risk(check, folded), "rules", check.category, check.rule)


def assess(message: ReadMessage) -> Assessment:
    """The triage of a message read by :func:`bot.matching.message.read`: the rules, then
    the wording model, mixed with the sentence-vector classifier in a message of at least
    :data:`MIN_MESSAGE_WORDS` different words (alone when the message has no vectors, and with
    its own thresholds and no veto over the rules in a shorter one)."""
    try:
        rules = rules_assessment(message.text, message.normalized)
        words = different_words(message.normalized)
        if not words:
            return rules
        by_words = wording.scores(wording.folded(message.normalized))
        if words < MIN_MESSAGE_WORDS:
            return combine(rules, by_words, wording.model().short)
        if message.vectors is None:
            return combine(rules, by_words, wording.model().alone)
        model = classifier.weights(message.vectors.model).for_words(
            classifier.words_in(message.text))
        by_vectors = _unit_scores(message.vectors, message.normalized, model)
        if by_vectors is None:
            return rules
        return combine(rules, classifier.mixed(by_vectors, by_words, model.wording_share),
                       model)
    except Exception as exc:  # a safety check must answer whatever happens
        log.error("crisis triage failed: %s", type(exc).__name__)  # by type: no user text
        return Assessment("possible", "internal_error")


def combine(rules: Assessment, scores: tuple[float, float] | None,
            model: classifier.Weights) -> Assessment:
    """The verdict of the rules and of the classifier's ``scores`` (p_high, p_any; None when
    no piece was long enough to judge): the riskier wins, after a rule's verdict has gone
    down where the classifier reads the message as safe (one tier under ``threshold_veto``,
    to ``none`` under ``threshold_clear``)."""
    if scores is None:  # nothing long enough for the classifier: the rules alone
        return rules
    p_high, p_any = scores
    learned = classifier.tier_of(p_high, p_any, model)
    if rules.risk != "none" and p_any < model.threshold_veto:
        # a rule fired on words the classifier reads as safe in context (a past attempt
        # told calmly, a nurse's shift, a game)
        down = RISKS.index(rules.risk) if p_any < model.threshold_clear else 1
        rules = replace(rules, risk=RISKS[RISKS.index(rules.risk) - down])
    risk = max(rules.risk, learned, key=RISKS.index)
    if risk == "none":
        return Assessment("none", p_high=p_high, p_any=p_any)
    source = ("both" if rules.risk != "none" and learned != "none"
              else "rules" if rules.risk != "none" else "classifier")
    return Assessment(risk, source, rules.category, rules.rule, p_high, p_any)


#: The network reads the message and its sentence units of at least this many different
#: words: it learned from sentences, and "ok", "Hi!" or "good morning" alone are beyond it (they
#: scored as crisis). The rules still read every word.
MIN_CLASSIFIER_WORDS = 3
#: ... and only in a message of at least this many different words: "thanks a lot", "ok see
#: you" or "thank you so much" alone scored as crisis too. Shorter messages are the rules' and
#: the wording model's (with thresholds of their own: ``WordingModel.short``).
MIN_MESSAGE_WORDS = 5
_WORD = re.compile(r"\w+")


def different_words(piece: str) -> int:
    """How many different words (case-folded) a piece of text has."""
    return len({word.casefold() for word in _WORD.findall(piece)})


def judged_rows(vectors: MessageVectors, text: str) -> Any:
    """The vectors the classifier judges: the message's and its units', each only when its
    piece has at least :data:`MIN_CLASSIFIER_WORDS` different words, and none in a message of
    fewer than :data:`MIN_MESSAGE_WORDS` (then: an empty matrix). ``text``: what was embedded
    (the spans index into it)."""
    import numpy as np

    rows = []
    if different_words(text) >= MIN_MESSAGE_WORDS:
        rows = [vectors.whole]
        rows += [unit for unit, (start, end) in zip(vectors.units, vectors.spans, strict=True)
                 if different_words(text[start:end]) >= MIN_CLASSIFIER_WORDS]
    return np.vstack(rows) if rows else np.zeros((0, len(vectors.whole)), dtype=np.float32)


def _unit_scores(vectors: MessageVectors, text: str,
                 model: classifier.Weights | None = None) -> tuple[float, float] | None:
    """The classifier's (p_high, p_any) of the riskiest judged piece (None when no piece is
    long enough)."""
    rows = judged_rows(vectors, text)
    if not len(rows):
        return None
    with blas_one_thread():  # small matrices: BLAS threads waiting on each other cost ms
        return classifier.scores(rows, model)


def warm() -> None:
    """Load the speller, the encoders, the rules and the trained models now (at start-up), not
    on the first person's message."""
    reader.warm()
    rules_assessment("warm up")
    wording.model()
    for name in classifier.RESOURCES:
        classifier.weights(name)


def assess_text(text: str, embed: bool = True) -> Assessment:
    """Read and triage a message in one call (the command line, tests, the bench), the way
    the service reads it (:func:`read`)."""
    return assess(read(text, embed=embed))


def read(text: str, embed: bool = True) -> ReadMessage:
    """A message read for triage: a message in another language
    (:func:`bot.text.reads_as_english`) with the multilingual encoder, any other with
    all-MiniLM-L6-v2; its language (told once) goes with it."""
    code = language_of(text)
    return reader.read(text, embed=embed, english=reads_as_english(text, code), language=code)


def message_vectors(text: str, english: bool = True) -> MessageVectors | None:
    """The vectors the classifier sees for a text (for training): of all-MiniLM-L6-v2, or of
    the multilingual encoder when ``english`` is False."""
    return reader.read(text, english=english).vectors
