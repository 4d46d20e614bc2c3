"""Tests for the crisis-safety core (bot/safety/: detector, lines, evaluation and data/)."""

from __future__ import annotations

import ast
import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.safety import detector as safety
from bot.safety import evaluation, lines
from bot.safety.detector import CrisisCheck, check_message
from bot.safety.lines import FINDAHELPLINE, CrisisResources, crisis_resources

ROOT = Path(__file__).resolve().parent.parent
LABELLED = Path(__file__).resolve().parent / "data" / "crisis_labelled.tsv"
HOLDOUT = Path(__file__).resolve().parent / "data" / "crisis_holdout.tsv"
HOLDOUT2 = Path(__file__).resolve().parent / "data" / "crisis_holdout2.tsv"
HOLDOUT3 = Path(__file__).resolve().parent / "data" / "crisis_holdout3.tsv"
RULE_ID = re.compile(r"^[a-z]{2}\.[a-z0-9_]+$")


def _crisis(text: str) -> CrisisCheck:
    result = check_message(text)
    assert result.rule != "internal_error", text
    return result


# --------------------------------------------------------------------------------------
# The older sets: training data for the rules now (the rules were fixed on them), so these are
# regression checks of the rules, not measures of how they generalize (see test_triage.py).
# --------------------------------------------------------------------------------------
RULES_ONLY = {"rules": evaluation.rules_only}


def _rules_report(path: Path) -> dict:
    return evaluation.evaluate_rows(evaluation.labelled_rows(path), RULES_ONLY,
                                    embed=False)["overall"]["rules"]


@pytest.mark.parametrize("path", [LABELLED, HOLDOUT, HOLDOUT2, HOLDOUT3], ids=lambda p: p.stem)
def test_rules_keep_what_they_were_fixed_on(path):
    report = _rules_report(path)
    assert report["risky"] >= 60 and report["safe"] >= 60
    assert report["recall_any"] >= 0.97
    assert report["false_any"] <= 0.05


@pytest.mark.parametrize("path", [LABELLED, HOLDOUT, HOLDOUT2, HOLDOUT3], ids=lambda p: p.stem)
def test_older_sets_are_well_formed(path):
    rows = evaluation.labelled_rows(path)
    assert all(label in ("crisis", "ok") and text.strip() for label, _, text in rows)
    messages = [text.strip().lower() for _, _, text in rows]
    assert len(messages) == len(set(messages)), "duplicate messages"
    assert {"en", "es", "pt", "fr", "de"} <= {lang for label, lang, _ in rows
                                              if label == "crisis"}


def test_evaluate_rows_counts_and_can_fail():
    rows = [("crisis", "en", "I want to kill myself"), ("high", "en", "I love sunny days"),
            ("ok", "en", "this exam is killing me"), ("none", "en", "I want to die")]
    report = evaluation.evaluate_rows(rows, RULES_ONLY, embed=False)
    figures = report["overall"]["rules"]
    assert figures["risky"] == 2 and figures["caught"] == 1 and figures["recall_any"] == 0.5
    assert figures["safe"] == 2 and figures["safe_in_any"] == 1 and figures["false_any"] == 0.5
    assert report["wrong"]["rules"] == [1, 3]
    assert set(report["languages"]) == {"en"}


def test_labelled_rows_rejects_bad_rows(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("label\tlang\ttext\nmaybe\ten\thello\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape("bad.tsv:2")):
        evaluation.labelled_rows(path)


def test_evaluate_sets_skips_missing_files_and_holds_no_text(tmp_path):
    assert evaluation.evaluate_sets([("nope", tmp_path / "missing.tsv")], embed=False) == []
    path = tmp_path / "set.tsv"
    path.write_text("high\ten\tI want to kill myself tonight\nnone\ten\tnice day\n",
                    encoding="utf-8")
    sets = evaluation.evaluate_sets([("tiny", path)], embed=False)
    assert sets[0]["set"] == "tiny" and "kill" not in json.dumps(sets)
    assert sets[0]["overall"]["rules"]["confusion"]["high"]["high"] == 1


# --------------------------------------------------------------------------------------
# Families of indirect wording the general patterns describe (none is a holdout line)
# --------------------------------------------------------------------------------------
INDIRECT_CRISIS = [
    "my kids would honestly be better off if i wasnt in their lives",
    "i wont be a bother to anyone for much longer",
    "i gave my plants and my books away, i wont need them anymore",
    "theres a rope in my wardrobe just in case",
    "i keep staring at the knife on my desk",
    "sat on the railing of the bridge for an hour last night",
    "every morning i'm furious that i woke up again",
    "i hope i get hit by a truck on the way home",
    "dying would honestly be such a relief",
    "i've run out of reasons to stay",
    "nobody is gonna remember me in a month anyway",
    "dont try to stop me this time",
    "i wrote down who gets my cat when i'm gone",
    "my mind keeps telling me to end it",
    "how many of my sleeping pills would it take",
    "i swallowed the rest of my gran's painkillers",
    "drank half a bottle of gin and took my sleeping pills",
    "i hid the blades in my pencil case again",
    "burning my arm with a lighter on purpose",
    "i keep starving myself until i disappear",
    "he said if i ever tell anyone hell kill my mom",
    "my stepdad said next time he'll finish the job",
    "my mums boyfriend keeps trying to get into my bed and im 11",
    "a guy online keeps asking me for pics, im 13",
    "ya no le encuentro sentido a seguir viviendo",
    "ninguém ia sentir minha falta se eu sumisse",
    "je veux que tout s'arrête pour de bon",
    "ich möchte einschlafen und nie wieder aufwachen",
    "ich stehe auf dem Dach und will springen",
]
INDIRECT_OK = [
    "my kids are better off at their dad's this weekend",
    "i won't be a bother, i'll bring my own food to the party",
    "i gave my old books away to the library",
    "we tied a rope to the tree for a swing",
    "i keep staring at my phone waiting for her text",
    "we sat on the bridge railing taking photos",
    "every morning i'm annoyed that i woke up late again",
    "i hope i get the job",
    "this heat is killing me",
    "i've run out of coffee",
    "nobody is gonna remember this meeting tomorrow",
    "don't try to stop me from eating this cake lol",
    "i wrote down the recipe for my sister",
    "my mind keeps telling me i'm not good enough at work",
    "how many of these vitamins should i take a day",
    "i took my painkillers after the surgery as prescribed",
    "i drank a bottle of water after the run",
    "i keep razor blades for shaving in the bathroom cabinet",
    "i burned my arm on the oven by accident",
    "i'm starving, when is dinner",
    "my mom said she'll kill me if i'm late again lol",
    "my dad said next time he'll let me drive",
    "my little brother keeps trying to get into my room to play games",
    "a guy online keeps asking me to join his fortnite team",
    "ya no le encuentro sentido a este trabajo",
    "meu cachorro morreu e sinto muita falta dele",
    "je veux que ce projet s'arrête, j'en ai marre",
    "ich möchte am Wochenende lange schlafen",
    "ich stehe auf dem Dach und mache Fotos",
]


@pytest.mark.parametrize("text", INDIRECT_CRISIS)
def test_indirect_crisis(text):
    assert _crisis(text).is_crisis, text


@pytest.mark.parametrize("text", INDIRECT_OK)
def test_indirect_ok(text):
    assert not _crisis(text).is_crisis, (text, check_message(text))


def test_long_story_with_crisis_buried_in_the_middle():
    story = ("so my girlfriend and i have been fighting about money for months and work is "
             "awful, my boss shouts at me in front of everyone. ")
    buried = "honestly i keep thinking everyone would be fine if i wasnt around. "
    text = story * 6 + buried + story * 6
    assert _crisis(text).is_crisis


def test_phrase_file_has_no_empty_alternatives():
    """An empty alternative ("a||b", "(|a)", "(a|)") matches everywhere and silently
    turns a rule into a false-alarm machine."""
    for lineno, line in enumerate(safety.PHRASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        assert not re.search(r"\|\||\(\?:\||\(\||\|\)", line), (lineno, line[:80])


# --------------------------------------------------------------------------------------
# Categories
# --------------------------------------------------------------------------------------
CATEGORY_CASES = [
    ("I want to die", "suicide"),
    ("I'm going to kill myself", "suicide"),
    ("kms", "suicide"),
    ("honestly i should just kys", "suicide"),
    ("I don't want to be here anymore", "suicide"),
    ("everyone would be better off without me", "suicide"),
    ("there's no reason to live", "suicide"),
    ("I wrote a goodbye note", "suicide"),
    ("I have the pills ready", "suicide"),
    ("thinking of ending it all", "suicide"),
    ("I want to unalive myself", "suicide"),
    ("I can't go on", "suicide"),
    ("I feel suicidal", "suicide"),
    ("what's the most painless way to die", "suicide"),
    ("I cut myself", "self_harm"),
    ("cutting again", "self_harm"),
    ("I've been burning myself", "self_harm"),
    ("I keep hurting myself", "self_harm"),
    ("I self-harm when I'm sad", "self_harm"),
    ("took a whole bottle of pills", "overdose"),
    ("I overdosed", "overdose"),
    ("OD'd on my meds", "overdose"),
    ("I swallowed 30 tablets", "overdose"),
    ("my husband is going to kill me", "violence"),
    ("he's hitting me right now", "violence"),
    ("he has a gun and threatened me", "violence"),
    ("I'm scared he will hurt me tonight", "violence"),
    ("I was raped last night", "violence"),
    ("my dad beats me", "child_abuse"),
    ("my stepfather touches me", "child_abuse"),
    ("someone is abusing my little sister", "child_abuse"),
    ("my mom hits me with a belt", "child_abuse"),
]


@pytest.mark.parametrize(("text", "category"), CATEGORY_CASES)
def test_category(text, category):
    result = _crisis(text)
    assert result.is_crisis, text
    assert result.category == category, (text, result)
    assert result.rule and RULE_ID.match(result.rule)


@pytest.mark.parametrize("text", [
    "kil myself", "i want to kil myself", "I have sucide thoughts", "im so suicidel",
    "wanna die", "want 2 die", "i wanna diiieee", "I want to end my life", "end it all",
    "unalive", "i want to kill myslef", "k!ll myself", "thinking about sewer slide",
    "I\u2019m going to kill myself", "I WANT TO DIE", "i   want   to   die!!!",
])
def test_slang_and_misspellings(text):
    assert _crisis(text).is_crisis, text


# --------------------------------------------------------------------------------------
# Languages
# --------------------------------------------------------------------------------------
LANG_CRISIS = {
    "es": ["quiero morir", "me quiero matar", "quiero suicidarme", "no quiero vivir",
           "me corto", "me corto las venas", "mi padre me pega", "tomé muchas pastillas"],
    "pt": ["quero morrer", "vou me matar", "quero me matar", "não quero mais viver",
           "minha mãe me bate", "tomei um monte de comprimidos"],
    "fr": ["je veux mourir", "je vais me suicider", "envie de me tuer",
           "je ne veux plus vivre", "je me scarifie", "mon père me frappe"],
    "de": ["ich will sterben", "ich bringe mich um", "ich will mich umbringen",
           "ich will nicht mehr leben", "mein Vater schlägt mich", "ich ritze mich"],
    "it": ["voglio morire", "mi voglio uccidere",
           "stanotte la faccio finita, ho già preparato le pillole",
           "vorrei addormentarmi e non svegliarmi più",
           "mi sono tagliata di nuovo le braccia",
           "ho ingoiato tutte le pastiglie di mia madre",
           "sarebbero tutti più felici senza di me",
           "sono sul tetto del palazzo e voglio buttarmi giù",
           "mio padre sta picchiando mia madre adesso"],
    "nl": ["ik wil dood"],
    "ru": ["я хочу умереть", "нет сил жить", "всем будет лучше без меня",
           "наглоталась таблеток", "стою на крыше и думаю прыгнуть вниз",
           "отчим избивает маму прямо сейчас",
           "это мое последнее сообщение, простите меня за все"],
    "pl": ["chcę umrzeć"],
    "tr": ["ölmek istiyorum"],
    "ar": ["أريد أن أموت"],
    "hi": ["मैं मरना चाहता हूँ"],
    "ja": ["死にたい"],
    "zh": ["我想死"],
}
LANG_OK = {
    "es": ["me muero de hambre", "este examen me está matando", "me corto el pelo mañana",
           "mi hermano me pegó un susto", "mi abuela murió el año pasado"],
    "pt": ["estou morrendo de saudade", "vou me matar de estudar", "quero morrer de rir"],
    "fr": ["je meurs de faim", "ce boulot me tue", "je suis mort de rire",
           "je me suis coupé en cuisinant", "je veux en finir avec ce projet"],
    "de": ["ich sterbe vor Hunger", "die Hitze bringt mich um", "ich bin todmüde",
           "ich werde mich um dich kümmern", "Mein Bruder schlägt mich immer beim Tischtennis"],
    "it": ["muoio dalla voglia di vederti", "muoio dal ridere", "questo caldo mi uccide",
           "sono stanca di questo lavoro", "ho preso due pastiglie per il mal di testa",
           "sto scrivendo una tesina sulla prevenzione del suicidio"],
    "ru": ["эта жара меня убивает", "пишу реферат про профилактику суицида",
           "много лет назад думал о самоубийстве, сейчас у меня семья и все хорошо",
           "хочу умереть со смеха от этого видео"],
    "zh": ["我想死你了"],
}


@pytest.mark.parametrize(("lang", "text"),
                         [(lang, t) for lang, texts in LANG_CRISIS.items() for t in texts])
def test_language_crisis(lang, text):
    result = _crisis(text)
    assert result.is_crisis, (lang, text)
    assert result.rule.split(".")[0] == lang or lang == "en", result


@pytest.mark.parametrize(("lang", "text"),
                         [(lang, t) for lang, texts in LANG_OK.items() for t in texts])
def test_language_ok(lang, text):
    assert not _crisis(text).is_crisis, (lang, text)


# --------------------------------------------------------------------------------------
# Idioms, grief, questions about others, negation, the past
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "this exam is killing me", "my phone died", "dead tired", "I'm dying to see that movie",
    "I could kill for a pizza", "my feet are killing me", "I nearly died laughing",
    "killing it at work", "the battery is dead", "kill the process", "suicide squad movie",
    "she killed it on stage", "my mother died last year and I miss her",
    "how do I cope with my dog dying",
    "my friend committed suicide last year and I feel guilty",
    "how do I support my friend who self-harms?", "I want to kill this bug in my code",
    "my cut healed", "I want to die my hair pink", "I shot myself in the foot there",
    "my dad beats me at chess", "my sister hit me up yesterday",
    "My mom is going to kill me when she sees my grades",
    "I cut myself while cooking dinner", "I hurt myself at the gym",
    "I took my pills this morning", "I ran 10 kms today", "I feel alive again",
    "my rent is overdue", "I'm not suicidal but I feel empty", "I'm not suicidal",
    "I'm not going to kill myself, I just need to vent",
    "I used to self-harm years ago but I'm fine now",
    "My son keeps saying 'I want to die' when he doesn't get his way, he's 5",
    "I'm volunteering for a suicide prevention hotline",
    "I have a lethal amount of homework",
    "My therapist asked if I had suicidal thoughts and I said no",
])
def test_not_crisis(text):
    result = _crisis(text)
    assert not result.is_crisis, (text, result)
    assert result == CrisisCheck(False, None, None)


@pytest.mark.parametrize("text", [
    "I don't want to live anymore",
    "I'm not okay, I want to die",
    "I can't stop thinking about killing myself",
    "I used to cut and now I'm cutting again",
    "I attempted suicide two years ago and lately the thoughts are coming back",
    "my friend just texted me she took a bunch of pills and is saying goodbye",
    "my girlfriend said she's going to kill herself tonight",
    "I keep saying 'I want to die' and nobody listens",
])
def test_negation_past_and_others_still_crisis(text):
    assert _crisis(text).is_crisis, text


# --------------------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "", " ", "\n\t", "😀😀😀", "🙂" * 5000, "a" * 10_000, "x " * 5_000,
    "I want to die " * 800, "he he he " * 1200, "my dad my dad " * 800,
    "日本語のテキストです", "Привет, как дела?", "مرحبا كيف حالك", "\x00\x01\x02",
    "\ud800 lone surrogate", "'''\"\"\"***!!!", "..,,..", "_" * 100, "ß" * 50,
])
def test_odd_input_never_raises(text):
    result = _crisis(text)
    assert isinstance(result, CrisisCheck)


def test_non_str_input_is_handled():
    assert check_message(None) == CrisisCheck(False, None, None)  # type: ignore[arg-type]
    assert check_message(12345) == CrisisCheck(False, None, None)  # type: ignore[arg-type]


def test_long_message_with_crisis_at_the_end():
    text = "I had a normal day at work and talked to my friends. " * 180 + "I want to die."
    assert len(text) > 9_000
    assert _crisis(text).is_crisis


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_and_is_deterministic(text):
    first = check_message(text)
    assert first.rule != "internal_error"
    assert check_message(text) == first
    assert first.is_crisis == (first.rule is not None) == (first.category is not None)
    if first.rule:
        assert RULE_ID.match(first.rule)


WORDS = ["i", "want", "to", "die", "kill", "myself", "my", "dad", "hits", "me", "not",
         "pills", "took", "all", "suicide", "cut", "he", "she", "is", "going", "never",
         "years", "ago", "lol", ".", ",", "'", "quiero", "morir", "ich", "will", "sterben",
         "me", "corto", "friend", "tonight", "don't", "😭"]


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_never_raises_on_crisis_vocabulary(words):
    text = " ".join(words)
    result = check_message(text)
    assert result.rule != "internal_error"
    assert check_message(text) == result


def test_fast_enough():
    messages = [line.split("\t")[2] for line in LABELLED.read_text(encoding="utf-8").splitlines()
                if line[:2] in ("cr", "ok")]
    check_message("warm up")
    start = time.perf_counter()
    for message in messages:
        check_message(message)
    per_message = (time.perf_counter() - start) / len(messages)
    assert per_message < 0.005  # typically well under 1 ms; loose bound for busy CI machines


# --------------------------------------------------------------------------------------
# Normalization and the phrase file
# --------------------------------------------------------------------------------------
def test_normalize():
    text = "I\u2019m SO   tired!!! Can\u2019t  go on\u2026"
    assert safety.normalize(text) == "im so tired . cant go on ."
    assert safety.normalize("diiieee") == "die"
    assert safety.normalize("Ich möchte nicht, dass…") == "ich mochte nicht , das ."
    assert safety.normalize("sucide") == "suicide"


@pytest.mark.parametrize("word", ["alive", "naive", "overdue", "overuse", "himself",
                                  "suicider", "suicidarse", "verbose", "selfish"])
def test_real_words_are_not_corrected(word):
    assert safety.normalize(word) == safety._squeeze(word)


def test_phrase_file_loads_with_every_category():
    lex = safety._lexicon()
    assert {rule.category for rule in lex.rules} == set(safety.CATEGORIES)
    assert all(RULE_ID.match(rule.rule_id) for rule in lex.rules)
    assert len(lex.rules) > 150


@pytest.mark.parametrize(("text", "error"), [
    ("[suicide en]\nx  {NOPE}\n", "unknown define"),
    ("[suicide en]\nx[bogus]  hello\n", "unknown flag"),
    ("[nonsense en]\n", "bad section"),
    ("x  hello\n", "inside a section"),
    ("@sub hello\n", "pattern => replacement"),
    ("[suicide en]\nx  (unclosed\n", "bad pattern"),
])
def test_phrase_file_errors_are_reported(text, error):
    with pytest.raises(ValueError, match=re.escape(error)):
        safety.parse_phrases(text, "test.txt")


@pytest.mark.parametrize("module", sorted((ROOT / "bot" / "safety").glob("*.py")),
                         ids=lambda p: p.name)
def test_module_does_not_import_telegram(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names]
    names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert not [n for n in names if n.split(".")[0] in ("telegram", "bot.telegram")]
    assert not [n for n in names if n.startswith("bot.telegram")]


# --------------------------------------------------------------------------------------
# Crisis lines
# --------------------------------------------------------------------------------------
def _contacts(res: CrisisResources) -> str:
    return " | ".join(line.contact for line in res.lines)


@pytest.mark.parametrize("region", ["US", "CA", "GB", "IE", "AU", "DE", "NZ", "BR", "FR",
                                    "ES", "PT", "NL", "SE", "XX", "", None, "??", "usa"])
def test_findahelpline_always_included(region):
    res = crisis_resources(region)
    assert res.findahelpline == FINDAHELPLINE == "https://findahelpline.com"
    assert res.emergency_number


@pytest.mark.parametrize(("region", "emergency", "contact"), [
    ("US", "911", "988"),
    ("us", "911", "988"),
    ("CA", "911", "988"),
    ("GB", "999", "116 123"),
    ("UK", "999", "116 123"),
    ("en-GB", "999", "116 123"),
    ("IE", "112", "116 123"),
    ("AU", "000", "13 11 14"),
    ("NZ", "111", "1737"),
    ("BR", "192", "188"),
    ("DE", "112", "0800 111 0 111"),
    ("FR", "112", "3114"),
    ("ES", "112", "024"),
    ("PT", "112", "808 24 24 24"),
])
def test_region_numbers(region, emergency, contact):
    res = crisis_resources(region)
    assert res.region == lines.normalize_region(region)
    assert emergency in res.emergency_number
    assert contact in _contacts(res)


def test_ireland_mentions_999_too():
    assert "999" in crisis_resources("IE").emergency_number


@pytest.mark.parametrize("region", ["DE", "FR", "ES", "PT", "IT", "NL", "BE", "AT", "SE",
                                    "PL", "GR", "FI", "DK", "CZ", "RO", "HU"])
def test_eu_countries_have_112(region):
    res = crisis_resources(region)
    assert res.region == region
    assert "112" in res.emergency_number


@pytest.mark.parametrize("region", [None, "", "XX", "ZZ", "not a region", "123"])
def test_unknown_region_gets_international_default(region):
    res = crisis_resources(region)
    assert res.region is None
    assert "112" in res.emergency_number and "911" in res.emergency_number
    assert res.lines and any("findahelpline.com" in (line.url or "") for line in res.lines)


def test_every_line_has_a_source():
    data = json.loads(lines.LINES_FILE.read_text(encoding="utf-8"))
    entries = [("international", data["international"]), *data["regions"].items()]
    for code, entry in entries:
        assert code == "international" or (len(code) == 2 and code.isupper())
        assert entry["emergency_number"]
        for line in entry["lines"]:
            assert line["name"] and line["contact"], (code, line)
            assert line["source"].startswith("https://"), (code, line)
            assert line["url"] is None or line["url"].startswith("https://"), (code, line)


@pytest.mark.parametrize("text", ["i swallowed all my pills an hour ago",
                                  "i swallowed all my pills", "i took all my pills 20 minutes ago"])
def test_overdose_told_after_the_fact_is_caught_by_the_rules_alone(text):
    assert check_message(text).is_crisis


@pytest.mark.parametrize("text", ["i took all my pills this morning like my doctor said",
                                  "did you take all your pills?"])
def test_taking_medication_as_told_is_no_alarm(text):
    assert not check_message(text).is_crisis


# --- the needed-strings gate: a rule runs only where one of its needed strings is ---
def test_needed_strings_of_simple_patterns():
    assert safety.needed_strings("i want to (?:die|kil myself)") == {"i want to "}
    assert safety.needed_strings("(?:want|wish) to die") == {" to die"}  # the longest
    assert safety.needed_strings("(?:kill|die)(?: now)? (?:x|go)") == {"kill", "die"}
    assert safety.needed_strings("(?:a|bc)d") is None  # nothing of 3 characters is needed
    assert safety.needed_strings("(?:pils )?tonight") == {"tonight"}  # optional: not needed
    assert safety.needed_strings("x(?:yzw)+") == {"yzw"}  # repeated at least once


def test_needed_clauses_are_every_set_a_match_needs():
    clauses = safety.needed_clauses("and .{0,20}kill(?:ed)? myself")
    assert clauses[0] == {" myself"}  # the most selective first
    assert set(clauses[1:]) == {frozenset({"kill"}), frozenset({"and "})}
    assert safety.needed_clauses("(?:kill|die)(?: now)? (?:x|go)") == ({"kill", "die"},)
    assert safety.needed_clauses("(?:a|bc)d") == ()
    assert safety.needed_strings("and .{0,20}kill(?:ed)? myself") == {" myself"}


_WORDS = st.sampled_from(["die", "kil", "pils", "now", "i", "me", "tonight", "not"])


@st.composite
def _patterns(draw, depth: int = 0):
    """Small regexes over a few words: sequences, alternations, optional and repeated parts."""
    kind = draw(st.sampled_from(["word", "seq", "alt", "opt", "rep"] if depth < 3 else ["word"]))
    if kind == "word":
        return re.escape(draw(_WORDS))
    parts = draw(st.lists(_patterns(depth + 1), min_size=1, max_size=3))
    if kind == "seq":
        return " ".join(parts)
    if kind == "alt":
        return "(?:" + "|".join(parts) + ")"
    return "(?:" + " ".join(parts) + (")?" if kind == "opt" else ")+")


@given(pattern=_patterns(), words=st.lists(_WORDS, max_size=12))
@settings(max_examples=300, deadline=None)
def test_a_rule_never_matches_without_a_string_of_each_needed_set(pattern, words):
    text = " ".join(words)
    if re.search(pattern, text):
        for needs in safety.needed_clauses(pattern):
            assert any(s in text for s in needs), (pattern, text, needs)


def test_the_gate_changes_no_verdict():
    """The gate only skips rules that cannot match: the same verdicts with every rule run."""
    lex = safety._lexicon()
    data = Path(__file__).resolve().parent / "data"
    texts = [t for _, _, t in evaluation.labelled_rows(data / "crisis_labelled.tsv")]

    def every_rule(text: str) -> CrisisCheck:
        norm = safety.normalize(text)
        for rule in lex.rules:
            for m in safety._matches(rule, norm):
                if safety._fires(rule, m, norm, lex):
                    return CrisisCheck(True, rule.category, rule.rule_id)
        return safety._NOT_CRISIS

    assert sum(check_message(t).is_crisis for t in texts) > 100
    assert [check_message(t) for t in texts] == [every_rule(t) for t in texts]


def _first_crisis(texts: list[str]) -> CrisisCheck:
    for text in texts:
        check = check_message(text)
        if check.is_crisis:
            return check
    return safety._NOT_CRISIS


@given(words=st.lists(st.sampled_from(
           ["i", "want", "to", "die", "kill", "myself", "tonight", "pills", "took", "all", "my",
            "the", "rope", "is", "ready", "not", "bread", "sourdough", "and", "me", "hurt",
            "end", "it", "wanna", "kms", "."]), min_size=1, max_size=14),
       edits=st.lists(st.tuples(st.integers(0, 13), st.sampled_from(
           ["die", "dye", "kil", "myslef", "", "pils", "tonite", "bread"])), max_size=3))
@settings(max_examples=300, deadline=None)
def test_checking_two_readings_is_checking_each(words, edits):
    """Reusing the first reading's needed strings never changes a verdict."""
    changed = list(words)
    for at, word in edits:
        if at < len(changed):
            changed[at] = word
    readings = [" ".join(words), " ".join(changed)]
    assert safety.check_readings(readings) == _first_crisis(readings)


def test_two_readings_on_the_labelled_set():
    data = Path(__file__).resolve().parent / "data"
    texts = [t for _, _, t in evaluation.labelled_rows(data / "crisis_labelled.tsv")]
    pairs = [[t, t.replace("i ", "I ", 1).replace("my", "mi", 1)] for t in texts]
    assert [safety.check_readings(p) for p in pairs] == [_first_crisis(p) for p in pairs]
    assert safety.check_readings(["", "   "]) == safety._NOT_CRISIS
