"""The role of each amount a goal states: which number is the target.

Not every number sizes the goal.  "Antalet besökare bland barn upp till 12
år ska öka" states an age that defines whom to count; "from last year's
1,200 members" a baseline; "kostnad per 1 000 användare" a unit of the
metric; "(”Hur har du blivit bemött?”)" a quotation.  Roles:

- ``target``: sizes the goal ("med 20 %", "to 85%", "400 licenser");
- ``multiplier``: "halvera", "double";
- ``total``: "alla", "every": a target only for an end state (see ``kind``);
- ``level``: the number of a service level ("inom 24 timmar");
- ``baseline``: where the change starts ("från 4 000", "currently 1.8%");
- ``definition``: part of what is measured (an age, a size, "per 1 000",
  "older than 60 days", a number in parentheses or quotes);
- ``rate``: a count per period ("a book a month", "minst ett inlägg i veckan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from smartlint.nlp.lexicon import load_lexicon, word_set
from smartlint.nlp.numbers import number_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

TARGET, MULTIPLIER, TOTAL, LEVEL, BASELINE, DEFINITION, RATE = (
    "target", "multiplier", "total", "level", "baseline", "definition", "rate",
)  # fmt: skip
# Roles whose amount says how much the goal commits to.
SIZING = frozenset({TARGET, MULTIPLIER, RATE})
# Words before an amount that make it part of the metric: "per 1 000 användare".
_QUALIFIERS = frozenset({"per", "every", "varje", "each"})
_THAN = frozenset({"än", "than"})
# English "one" as a pronoun: "this one", "no one", "the one", "one of my posts".
_ONE_BEFORE = frozenset(
    {"this", "that", "the", "no", "any", "each", "every", "which", "another", "last", "next"}
)
# Bounds after which an article counts one: "minst ett inlägg", "at least one post".
_ONE_BOUNDS = frozenset({"minst", "least", "högst", "most"})
# Words that open a bound before an amount without changing its role ("at least", "upp till").
_SKIP = frozenset({"minst", "at", "least", "över", "under", "i", "snitt", "genomsnitt", "on",
                   "average", "upp", "till", "up", "to", "cirka", "ca", "about",
                   "around", "approximately", "omkring", "ungefär", "than", "än", "fler",
                   "färre", "more", "fewer", "less", "mindre", "mer", "med", "with", "aged",
                   "over", "above", "below", "mellan", "between", "högst", "most"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount and its role; ``clause`` is the index of the clause it stands in."""

    span: Span
    role: str
    clause: int


@dataclass(frozen=True)
class AmountWords:
    """The words that tell an amount's role in one language (``amounts`` in words.{lang}.yaml)."""

    definition_units: frozenset[str]
    age_bounds: frozenset[str]
    core_bounds: frozenset[str]
    quantity_comparatives: frozenset[str]
    size_markers: frozenset[str]
    rate_words: frozenset[str]
    rate_units: frozenset[str]
    once: dict[str, int]


@cache
def amount_words(lang: str) -> AmountWords:
    """Read the amount vocabulary of ``lang`` once."""
    table = load_lexicon("words", lang).get("amounts", {})

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in table.get(key, []))

    return AmountWords(
        definition_units=words("definition_units"),
        age_bounds=words("age_bounds"),
        core_bounds=words("core_bounds"),
        quantity_comparatives=words("quantity_comparatives"),
        size_markers=words("size_markers"),
        rate_words=words("rate_words"),
        rate_units=words("rate_units"),
        once={str(k).lower(): int(v) for k, v in table.get("once", {}).items()},
    )


def amount_roles(
    doc: Doc, lowers: list[str], spans: list[Span], clause_of: list[int], roles: list[str]
) -> list[Amount]:
    """Give every quantity span of ``doc`` its role; add counts per period ("a book a month")."""
    lang = doc.lang_
    words = amount_words(lang)
    markers = number_words(lang).baseline_markers
    result = []
    for span in spans:
        clause = clause_of[span.start]
        result.append(Amount(span, _role(doc, lowers, span, roles, words, markers), clause))
    if any(a.role in SIZING and roles[a.span.start] != "aside" for a in result):
        # "elever med hög frånvaro (över 20 %) från 14 % till 9 %": the parenthesis defines
        # the metric; alone, "(duplicate rate below 2%)" is the target.
        result = [
            Amount(a.span, DEFINITION, a.clause)
            if a.role == TARGET and roles[a.span.start] == "aside"
            else a
            for a in result
        ]
    taken = {i for a in result for i in range(a.span.start, a.span.end)}
    for start, end in _counts_per_period(doc, lowers, words, taken):
        result.append(Amount(doc[start:end], RATE, clause_of[start]))
    return sorted(result, key=lambda a: a.span.start)


def _role(
    doc: Doc,
    lowers: list[str],
    span: Span,
    roles: list[str],
    words: AmountWords,
    markers: frozenset[str],
) -> str:
    label = span.label_
    if _cadence_number(lowers, span, words):
        return DEFINITION  # "every two years", "var tredje vecka": how often, not how much
    if _counts_goals(lowers, span, doc.lang_):
        return DEFINITION  # "My two aspirations: …", "de sex strategiska målen": counts the goals
    if label == LEVEL and lowers[span.start] in number_words(doc.lang_).totals:
        return TOTAL  # "varje dag", "each month": every time, not a service level
    if label == MULTIPLIER and _names_a_kind(doc, lowers, span):
        return DEFINITION  # "a half marathon", "the third quarter": a name, not a halving
    if _NUMBER_NAME.match(span.text):
        return DEFINITION  # "172:an", "E18 och 4:an": a road or a bus line by its number
    if _race_named(doc, lowers, span):
        return DEFINITION  # "PR in the 5k", "the 5K, 10K and half marathon": which race
    if _word_compound(doc, span):
        return DEFINITION  # "zero-emission buses", "two-factor login": a kind of thing
    if label != MULTIPLIER and _attributive(doc, lowers, span):
        return DEFINITION  # "a 5,000m PB", "a 10k race": the size of the thing, not a target
    if label in (MULTIPLIER, TOTAL, LEVEL):
        return label
    if _pronoun_one(lowers, span):
        return DEFINITION  # "one of the region's best clubs" names no amount; "three best" does
    role = roles[span.start]
    if role in ("quote", "comment"):
        return DEFINITION
    if role == "aside" and _ages_in_aside(doc, lowers, span):
        return DEFINITION  # "pupils (7-11)": whose ages, not a target
    if role == "aside" and _now_in_aside(lowers, span.start):
        return BASELINE  # "(we currently have 1 baby …)", "(för närvarande 556 st.)"
    if _now_opened(lowers, span.start, doc.lang_):
        return BASELINE  # "Idag finns vi på 8 orter och ska …": where it stands now
    if _age_range_of_people(lowers, span, words):
        return DEFINITION  # "barn 0-6 år", "målgruppen 12-25 år": who is meant, by age
    if _age_noun(doc, lowers, span) or _in_a_name(doc, lowers, span):
        return DEFINITION  # "fler 15-åringar", "30-45 year olds", "projektet Vinter 12"
    if _term_compound(lowers, span):
        return DEFINITION  # "a 3-year plan", "our 5-year strategy": how long it runs
    if _ordinal_before_noun(doc, lowers, span):
        return DEFINITION  # "the 21st century", "our 3rd annual fair"; "finish 3rd" is a rank
    before = _word_before(lowers, span.start, _SKIP)
    if before in markers:
        return BASELINE
    previous = _word_before(lowers, span.start, frozenset())
    if previous in _QUALIFIERS:
        return DEFINITION
    if previous in _THAN and not _quantity_bound(lowers, span.start, words):
        if _verb_compared(lowers, span.start, doc.lang_):
            return TARGET  # "Go faster than 50 mph", "vara snabbare än 45 minuter": a bound
        return DEFINITION  # "fakturor äldre än 60 dagar", "for longer than two weeks"
    if _defines(doc, lowers, span, words):
        return DEFINITION
    return TARGET


# Units whose amount is a target even before a noun: "a 20% increase", "a €1.5m round".
_TARGET_UNITS = frozenset(
    {"procent", "percent", "per", "kr", "kronor", "sek", "msek", "mkr", "usd", "eur", "gbp"}
)


# Nouns for goals themselves: a number before one counts the goals, not a target.
_GOAL_COUNTS = frozenset(
    {
        "goals",
        "aspirations",
        "priorities",
        "resolutions",
        "objectives",
        "aims",
        "ambitions",
        "mål",
        "målen",
        "prioriteringar",
        "ambitioner",
        "målsättningar",
        "löften",
    }
)


# Nouns of a plan's parts: a number before one, after "på"/"inom"/"across", says where a
# goal applies ("stärkas på tre områden"), not how much.
_PLAN_PARTS = frozenset({"områden", "fokusområden", "teman", "perspektiv", "areas", "themes"})
_PART_SCOPES = frozenset({"på", "inom", "i", "across", "in", "on", "within"})
# Endings of describing words no comparison table lists: "strategiska", "strategic", "key".
_ADJECTIVE_ENDINGS = ("iska", "iga", "ic", "al", "ive", "ous", "ful", "key", "main", "core")


# Words between a goal noun and its number: "goal number two", "mål nr 3", "Goal #2".
_NUMBER_LABELS = frozenset({"number", "nummer", "nr", "#"})


def _counts_goals(lowers: list[str], span: Span, lang: str) -> bool:
    """Whether the number counts the goals or the plan's parts, not a target.

    "Våra tre mål", "the four strategic priorities" (describing words between
    are read past), "på tre områden", "across four areas".
    """
    from smartlint.analysis.marks import is_adjective

    k = span.end
    while k < min(span.end + 2, len(lowers)) and lowers[k] not in _GOAL_COUNTS:
        if not (is_adjective(lowers[k], lang) or lowers[k].endswith(_ADJECTIVE_ENDINGS)):
            break
        k += 1
    if k < len(lowers) and lowers[k] in _GOAL_COUNTS:
        return True
    # "goal number two", "mål nummer 3", "Goal #2": which goal it is
    if span.start > 1 and lowers[span.start - 1] in _NUMBER_LABELS:
        named = lowers[span.start - 2]
        return named in _GOAL_COUNTS or named in word_set("words", lang, "goal_nouns")
    before = lowers[span.start - 1] if span.start else ""
    return before in _PART_SCOPES and k < len(lowers) and lowers[k] in _PLAN_PARTS


def _cadence_number(lowers: list[str], span: Span, words: AmountWords) -> bool:
    """A number between "every"/"varje" and a time unit: "every two years"."""
    before = lowers[span.start - 1] if span.start else ""
    after = lowers[span.end] if span.end < len(lowers) else ""
    units = words.rate_units
    return (
        before in ("every", "each", "varje", "var", "vart")
        and (after in units or after.rstrip("s") in units)
        and span.end - span.start == 1
    )


# People whose ages a parenthesis after them may give ("children (5-18)").
_PEOPLE = frozenset(
    {
        "adults",
        "barn",
        "boys",
        "children",
        "elever",
        "flickor",
        "girls",
        "invånare",
        "kids",
        "kvinnor",
        "män",
        "målgrupp",
        "målgruppen",
        "people",
        "personer",
        "pojkar",
        "pupils",
        "seniors",
        "students",
        "teenagers",
        "teens",
        "unga",
        "ungdomar",
        "vuxna",
        "youth",
        "youths",
        "äldre",
    }
)


def _age_range_of_people(lowers: list[str], span: Span, words: AmountWords) -> bool:
    """A range of ages right after people and before a unit of age: "barn 0-6 år"."""
    text = span.text
    if not any(sep in text for sep in ("-", "–")) or not text[:1].isdigit():
        return False
    after = lowers[span.end] if span.end < len(lowers) else ""
    before = lowers[span.start - 1] if span.start > 0 else ""
    return before in _PEOPLE and (after in words.definition_units or after in ("years", "year"))


def _ages_in_aside(doc: Doc, lowers: list[str], span: Span) -> bool:
    """A number or range of ages in a parenthesis right after people: "children (5-18)"."""
    k = span.start - 1
    while k >= 0 and (lowers[k] in ("(", "-", "–") or doc[k].like_num):
        k -= 1
    if k < 0 or lowers[k] not in _PEOPLE or "(" not in lowers[k + 1 : span.start]:
        return False
    return all(t.like_num and t.text.isdigit() and int(t.text) <= 120 for t in span if t.like_num)


def _pronoun_one(lowers: list[str], span: Span) -> bool:
    """English "one" that stands for a thing, not a count: "one of the best", "this one"."""
    if span.end - span.start != 1 or lowers[span.start] != "one":
        return False
    after = lowers[span.end] if span.end < len(lowers) else ""
    return after in ("of", "such") or (span.start > 0 and lowers[span.start - 1] in _ONE_BEFORE)


# Words that date a parenthesis's numbers to now: they describe today, not the target.
_NOW = frozenset({"currently", "now", "today", "presently", "närvarande", "idag", "nu"})
# Verbs after which an ordinal is a rank to reach: "finish 3rd", "placera sig 2:a".
_RANK_VERBS = frozenset({"finish", "place", "placed", "come", "end", "rank", "ranked", "be"})


def _now_opened(lowers: list[str], index: int, lang: str) -> bool:
    """Whether the sentence opens with "now" and states no aim before ``index``.

    "Idag spelar vi på 3 banor och ska bygga en till", "Today we have 40
    members; we will …": the number says where things stand, the aim follows.
    """
    start = index
    while start > 0 and lowers[start - 1] not in (".", "!", "?", ";"):
        start -= 1
    if lowers[start] not in _NOW and lowers[start : start + 2] != ["i", "dag"]:
        return False
    aims = word_set("words", lang, "goal_modals") | word_set("words", lang, "future_words")
    aims |= word_set("words", lang, "contrast_words") | word_set("words", lang, "now_turns")
    return not any(w in aims for w in lowers[start:index])


def _now_in_aside(lowers: list[str], index: int) -> bool:
    """Whether the parenthesis around ``index`` speaks of now ("currently", "för närvarande")."""
    start = index
    while start > 0 and lowers[start - 1] != "(":
        start -= 1
    words = lowers[start:index]
    return any(w in _NOW for w in words) or "i dag" in " ".join(words)


def _ordinal_before_noun(doc: Doc, lowers: list[str], span: Span) -> bool:
    """An ordinal that names which one, before its noun: "21st Century", "3rd annual fair"."""
    word = lowers[span.start]
    if len(span) != 1 or not (word[:1].isdigit() and word.endswith(("st", "nd", "rd", "th"))):
        return False
    after = span.end
    before = lowers[span.start - 1] if span.start else ""
    return after < len(doc) and doc[after].is_alpha and before not in _RANK_VERBS


_AGE_WORDS = re.compile(r"^\d+(?:[-–]\d+)?[- ]?(?:åring(?:ar|en|arna)?|åriga?|year-olds?)$")


_AGE_AFTER_NUMBER = re.compile(r"(?:[-–] \d+ )?-? ?years? ?-? ?olds?\b")


def _age_noun(doc: Doc, lowers: list[str], span: Span) -> bool:
    """A number that is an age noun: "15-åringar", "5-year-olds", "30-45 year old"."""
    if _AGE_WORDS.match(span.text.lower()):
        return True
    after = " ".join(lowers[span.end : span.end + 6])
    return _AGE_AFTER_NUMBER.match(after) is not None


# "3-year plan", "five-year strategy": a length that names the plan, not a target.
_TERM_AFTER_NUMBER = re.compile(
    r"(?:- ?)?(?:years?|months?|weeks?) (?:[a-z]+ )?"
    r"(?:plan|strategy|programme|program|period|term|cycle|project)s?\b"
)


def _term_compound(lowers: list[str], span: Span) -> bool:
    """A number in "a 3-year plan": the plan's length, not an amount the goal reaches."""
    after = " ".join(lowers[span.end : span.end + 5])
    if not after.startswith("-") and not span.doc[span.end : span.end + 1].text.istitle():
        return False  # "5 years plan" is rare; "our 10 Year Nature Plan" names one
    return _TERM_AFTER_NUMBER.match(after) is not None


def _in_a_name(doc: Doc, lowers: list[str], span: Span) -> bool:
    """A bare number after a capitalised name, mid-sentence: "Vinter 12", "Windows 11"."""
    i = span.start - 1
    if len(span) != 1 or i < 1 or not doc[i].is_alpha or not doc[i].text[:1].isupper():
        return False
    if doc[i - 1].text in (".", "!", "?", ":") or not lowers[span.start].isdigit():
        return False
    if doc[i].text.isupper() and _reached(lowers[i - 1], doc.lang_):
        return False  # "Reach NPS 40 by Q3": a metric's acronym and the level it reaches
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and doc[i].text.isupper() and len(doc[i].text) > 1 and after.is_alpha:
        return True  # "all ISD 15 stakeholders": an acronym's number names it; a noun follows
    if len(lowers[span.start]) == 4 and lowers[span.start][:2] in ("19", "20"):
        return True  # "Kompassriktning 2030", "Agenda 2030": a year in a name is no amount
    camel = any(c.isupper() for c in doc[i].text[1:]) and not doc[i].text.isupper()
    if after is not None and camel and after.is_alpha:
        return True  # "the MakerLab 300 workshops": a CamelCase name's number is part of it
    return after is None or after.is_punct or after.is_stop


def _reached(word: str, lang: str) -> bool:
    """A verb that reaches or keeps a level: "reach", "maintain", "nå", "uppnå"."""
    return word in word_set("words", lang, "level_verbs") | word_set("words", lang, "achieve_verbs")


def _names_a_kind(doc: Doc, lowers: list[str], span: Span) -> bool:
    """English "half"/"third"/"quarter" before a noun: "half marathon", "half-marathon"."""
    after = span.end
    if doc.lang_ != "en" or lowers[span.start] not in ("half", "third", "quarter"):
        return False
    if after + 1 < len(doc) and lowers[after] == "-" and doc[after + 1].is_alpha:
        return True  # "my half-marathon PB": a kind of race
    return (
        after < len(doc)
        and doc[after].is_alpha
        and not doc[after].is_stop  # "by half within 18 months" is a halving
    )


# A Swedish number in its definite form names one thing ("172:an", "linje 4:an").
_NUMBER_NAME = re.compile(r"^\d+:ans?$")
_DISTANCE = re.compile(r"^\d+(?:[.,]\d+)?\s?(?:k|km|mi|miles?|m)$", re.IGNORECASE)
_DISTANCE_UNITS = frozenset({"k", "km", "mi", "mile", "miles", "m"})


def _race_named(doc: Doc, lowers: list[str], span: Span) -> bool:
    """A race distance after "the": "PR in the 5k", "the 5K, 10K and ten mile".

    With "the" the distance names an event the goal is about; "Run 5k" or
    "run 10 km a week" states how far, an amount of the goal's own.
    """
    unit = span.end < len(doc) and lowers[span.end] in _DISTANCE_UNITS
    text = span.text.rstrip(".")
    if re.match(r"^\d+(?:k|km)s$", text, re.IGNORECASE):
        return True  # "a few 10ks": races of a distance, counted by what comes before
    if not (_DISTANCE.match(text) or unit):
        return False
    if span.start > 0 and doc[span.start - 1].text[:1].isupper() and span.start > 1:
        return True  # "the Turkey Trot 5K": a distance in a race's name
    k = span.start - 1
    while k >= 0 and (
        lowers[k] in (",", "and", "och") or lowers[k] in _DISTANCE_UNITS or doc[k].like_num
    ):
        k -= 1  # back over the other distances of a list
    return k >= 0 and lowers[k] == "the"


def _word_compound(doc: Doc, span: Span) -> bool:
    """A number word hyphened to the word after it: "zero-emission", "one-stop", "noll-vision".

    The compound names a kind of thing ("the share of zero-emission buses");
    an amount written in digits before a hyphen is judged elsewhere ("a 5-year plan").
    """
    after = span.end
    return (
        len(span) == 1
        and span[0].is_alpha
        and not span[0].whitespace_
        and after + 1 < len(doc)
        and doc[after].text in ("-", "‐")
        and not doc[after].whitespace_
        and doc[after + 1].is_alpha
    )


def _attributive(doc: Doc, lowers: list[str], span: Span) -> bool:
    """An amount between an article and its noun that sizes the thing: "a 10k race".

    A percentage there is a target ("a 20% increase", "a 65% DAU/MAU ratio").
    """
    before, after = span.start - 1, span.end
    if before < 0 or lowers[before] not in ("a", "an", "en", "ett") or after >= len(doc):
        return False
    if any(c in span.text for c in "%$€£") or any(t.lower_ in _TARGET_UNITS for t in span):
        return False
    if span.text.lower().endswith("-tal"):
        return False  # "ett 100-tal elbilar": about a hundred of them, a count
    changes = {s.start for s in doc.spans.get("change", [])}
    return doc[after].is_alpha and after not in changes


def _verb_compared(lowers: list[str], start: int, lang: str) -> bool:
    """Whether "than"/"än" before the number follows a comparative right after a verb.

    "Go faster than 50 mph", "vara snabbare än 45 minuter": the number bounds
    what the goal does. After a noun ("fakturor äldre än 60 dagar", "people
    older than 65") or a preposition ("for longer than") it says which are meant.
    """
    k = start - 1
    while k >= 0 and not lowers[k][:1].isalnum():
        k -= 1
    if k < 2 or lowers[k] not in _THAN:
        return False
    verb = lowers[k - 2]
    if lang == "en":
        from smartlint.nlp.lexicon import verb_lemmas

        return verb in word_set("words", "en", "compared_verbs") or (
            verb in verb_lemmas("en") and verb not in word_set("words", "en", "not_compared_verbs")
        )
    return verb in word_set("words", "sv", "compared_verbs")


def _word_before(lowers: list[str], index: int, skip: frozenset[str]) -> str:
    i = index - 1
    while i >= 0 and (not lowers[i][:1].isalnum() or lowers[i] in skip):
        i -= 1
    return lowers[i] if i >= 0 else ""


def _quantity_bound(lowers: list[str], index: int, words: AmountWords) -> bool:
    """Whether "mer än 50 %" / "more than 90%" bounds the target (not a definition)."""
    i = index - 2
    return i >= 0 and lowers[i] in words.quantity_comparatives


def _defines(doc: Doc, lowers: list[str], span: Span, words: AmountWords) -> bool:
    """An age or size that says whom or what is counted: "barn upp till 12 år", "people over 65".

    A bound of age or size ("upp till", "över", "med färre än") stands
    between a noun and the number, and either a unit of age or size follows
    ("12 år", "50 anställda") or the number stands bare ("customers under
    30"); after a verb or a size marker it is a target ("minska till under 30 %").
    """
    if _age_after(doc, lowers, span, words) or _age_named(lowers, span):
        return True
    i = span.start - 1
    bounds: list[str] = []
    while i >= 0 and lowers[i] in words.age_bounds and len(bounds) < 4:
        bounds.append(lowers[i])
        i -= 1
    if not words.core_bounds.intersection(bounds) or i < 0 or not doc[i].is_alpha:
        return False
    if lowers[i] in words.size_markers or lowers[i] in words.quantity_comparatives:
        return False
    if lowers[i] in number_words(doc.lang_).totals:
        return True  # "ge alla över 85 en plats", "everyone over 70": whom, by age
    units = [t.lower_ for t in span[1:]]
    if units:
        return units[0] in words.definition_units
    after = lowers[span.end] if span.end < len(lowers) else ""
    return after in words.definition_units or after in ("", ".", ",", ";", "som", "who", "that")


# After an age: "children 18 and younger", "personer 65 år och äldre".
_AGE_AFTER = frozenset({"younger", "older", "yngre", "äldre", "uppåt"})


# Nouns that say the number after them is an age: "i åldersgruppen 12-16 år", "aged 6-9".
_AGE_NOUNS = frozenset(
    {"ålder", "åldern", "åldrarna", "åldersgruppen", "åldersgrupperna", "aged", "ages", "age"}
)


def _age_named(lowers: list[str], span: Span) -> bool:
    """An age or age range after an age noun: "barn i åldern 6–9 år", "children aged 6-9".

    Also the second number of a range ("ages 12 to 16"), read as its own
    amount; "raise the retirement age to 67" is a target.
    """
    k = span.start - 1
    if k >= 1 and lowers[k] in _RANGE_JOINS and lowers[k - 1][:1].isdigit():
        k -= 2  # "ages 12 to 16": the 16 ends the range that "ages" opens
    return k >= 0 and lowers[k] in _AGE_NOUNS


_RANGE_JOINS = frozenset({"to", "till", "-", "–", "and", "och"})


def _age_after(doc: Doc, lowers: list[str], span: Span, words: AmountWords) -> bool:
    """An age bounded after the number, after a noun: "households with children 16 and under"."""
    end, before = span.end, span.start - 1
    if end < len(lowers) and lowers[end] in words.definition_units:
        end += 1  # "65 år och äldre"
    return (
        end + 1 < len(lowers)
        and lowers[end] in ("and", "or", "och", "eller")
        and lowers[end + 1] in _AGE_AFTER
        and before >= 0
        and doc[before].is_alpha
        and lowers[before] not in words.size_markers
    )


def _counts_per_period(
    doc: Doc, lowers: list[str], words: AmountWords, taken: set[int]
) -> list[tuple[int, int]]:
    """Counts that only a period sizes: "a book a month", "once a week", "minst ett inlägg".

    An article or "once" counts one thing when a rate follows ("a month",
    "i veckan", "per week") or a bound comes before it ("minst ett", "at least
    one").
    """
    found = []
    bounds = _ONE_BOUNDS
    n = len(lowers)
    for i, word in enumerate(lowers):
        if i in taken:
            continue
        if word in words.once and _rate_at(lowers, i + 1, words):
            found.append((i, i + 1))  # "once a month", "twice each week"
        elif word in number_words(doc.lang_).article_numbers or word in ("a", "an", "one"):
            if i > 0 and lowers[i - 1] in bounds and i + 1 < n and doc[i + 1].is_alpha:
                found.append((i, i + 2))  # "minst ett blogginlägg", "at least one post"
            elif i + 2 < n and doc[i + 1].is_alpha and _rate_at(lowers, i + 2, words):
                found.append((i, i + 2))  # "a book a month", "en bok i månaden"
    return found


def _rate_at(lowers: list[str], i: int, words: AmountWords) -> bool:
    """Whether "a month", "per week", "i veckan", "each week" starts at token ``i``."""
    return (
        i + 1 < len(lowers) and lowers[i] in words.rate_words and lowers[i + 1] in words.rate_units
    )


def sizing(amounts: list[Amount]) -> list[Amount]:
    """The amounts that size the goal."""
    return [a for a in amounts if a.role in SIZING]


__all__ = ["Amount", "amount_roles", "sizing", "word_set"]
