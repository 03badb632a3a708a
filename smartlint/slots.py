"""What a goal says, as slots: metric, direction, baseline, target, deadline, owner.

The blank pipeline has no parser, so the slots are read from the marked
spans and the word order goals are written in: "[owner] ska/will [change]
[metric] [från X till Y | med N | to N] [deadline]".  A slot that cannot be
read is ``None``; nothing is ever guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from smartlint.analysis import Change, GoalFacts, is_comparative, vocabulary, word_before
from smartlint.nlp.lexicon import word_set
from smartlint.nlp.numbers import number_words, parse_digits

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FROM = {"sv": "från", "en": "from"}
_BOUNDS = frozenset(
    {"minst", "at", "least", "över", "under", "i", "snitt", "genomsnitt", "on", "average"}
)
# Words after an amount that make it a change from a base: "55% below 1990 levels".
_AGAINST = frozenset({"below", "against", "lägre"})
# Words before an amount that make it part of the metric: "per 1 000 användare", "än 60 dagar".
_QUALIFIERS = frozenset({"per", "every", "varje", "än", "than"})
_BY = {"sv": ("med",), "en": ("by",)}
_SIGNED_DIGITS = re.compile(r"[+−-]?\d")
_SUFFIXES = {"k": 1e3, "m": 1e6}
_CLAUSE_MARKS = frozenset({"att", "that"})


def extract_slots(facts: GoalFacts, today: dt.date, fiscal_start: int = 1) -> dict[str, Any]:
    """Return the slots of the contract for one analysed goal."""
    lang = facts.lang
    baseline, target = baseline_and_target(facts)
    deadline = None
    span = facts.deadline
    if span is not None:
        date = facts.deadline_date(today, fiscal_start)
        deadline = {"date": date.isoformat() if date else None, "text": span.text}
    change = main_change(facts)
    verb_index = change.span.start if change else None
    subject = read_subject(facts, verb_index)
    owner = subject.owner if subject else None
    if owner is not None and owner.lower() in word_set("words", lang, "pronouns"):
        owner = None  # "Vi", "We": no one named
    return {
        "metric": _metric(facts, verb_index, subject),
        "direction": direction_of(facts, target),
        "baseline": baseline,
        "target": target,
        "deadline": deadline,
        "owner": owner,
    }


def main_change(facts: GoalFacts) -> Change | None:
    """The goal's first change outside a means clause ("..., genom fler kanaler")."""
    return next((c for c in facts.changes if not c.in_means), None)


def direction_of(facts: GoalFacts, target: dict[str, Any] | None) -> str | None:
    keep = word_set("words", facts.lang, "keep")
    if not keep.isdisjoint(facts.lowers):
        return "keep"
    change = main_change(facts)
    if change is not None:
        return "increase" if change.direction == "improve" else change.direction
    for span in facts.amounts:
        if span.label_ == "multiplier":
            return "decrease" if _multiplier(span, facts.lang) < 1 else "increase"
    return "reach" if target else None


def _multiplier(span: Span, lang: str) -> float:
    return number_words(lang).multipliers.get(span[-1].lower_, 1.0)


def baseline_and_target(facts: GoalFacts) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Return the goal's baseline and target amounts, each None when it states none.

    An amount after "från"/"from", "currently", "dagens" … is the baseline; the
    first other amount is the target, relative after "med"/"by".  Read once per
    goal (the slots and implausible-target both ask); callers must not change them.
    """
    if "amounts" not in facts.resolved:
        facts.resolved["amounts"] = _read_amounts(facts)
    return facts.resolved["amounts"]  # type: ignore[return-value]


def _read_amounts(facts: GoalFacts) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    lang = facts.lang
    amounts = [s for s in facts.amounts if s.label_ in ("amount", "level")]
    if not amounts:
        multipliers = [s for s in facts.amounts if s.label_ == "multiplier"]
        if multipliers:
            span = multipliers[0]
            value = _multiplier(span, lang)
            return None, {"value": value, "unit": None, "text": span.text, "relative": True}
        return None, None
    main = [s for s in amounts if facts.roles[s.start] == "main"]
    if main:
        amounts = main  # "mejl som besvaras inom två dagar ska öka från 50 till 70 %": the window
    baseline = target = None
    for span in (s for s in amounts if not _qualifies(s)):
        before = word_before(span, _BOUNDS)
        if (before == _FROM[lang] or span not in facts.targets) and baseline is None:
            baseline = _amount(span, lang, relative=False)
        elif target is None:
            relative = before in _BY[lang] or _word_after(facts.lowers, span.end - 1) in _AGAINST
            target = _amount(span, lang, relative=relative)
    if baseline is not None and target is not None and target["unit"] is None:
        target["unit"] = baseline["unit"]
    if target is not None and baseline is not None and baseline["unit"] is None:
        baseline["unit"] = target["unit"]
    return baseline, target


def _qualifies(span: Span) -> bool:
    """Whether an amount qualifies the metric rather than sizes the goal.

    "kostnad per 1 000 användare", "fakturor äldre än 60 dagar", "(över 20 %)",
    "30-day retention".
    """
    doc = span.doc
    if word_before(span) in _QUALIFIERS:
        return True
    before = (doc.user_data.get("smartlint.text") or doc.text)[: span.start_char]
    opened = before.count("(") - before.count(")")
    markers = number_words(doc.lang_).baseline_markers
    if opened > 0 and word_before(span, _BOUNDS) not in markers:
        return True  # "(över 20 %)" qualifies; "(currently 1.8%)" is a baseline
    return span.end < len(doc) and _joins(
        doc[span.end], doc[span.end + 1] if span.end + 1 < len(doc) else None, True
    )


def _amount(span: Span, lang: str, relative: bool) -> dict[str, Any]:
    words = number_words(lang)
    digits = [t.text.lstrip("+−-") for t in span if _SIGNED_DIGITS.match(t.text)]
    suffix = 1.0
    if digits and digits[-1][-1:].lower() in _SUFFIXES:  # "$250k", "$4.2M"
        suffix = _SUFFIXES[digits[-1][-1:].lower()]
        digits[-1] = digits[-1][:-1]
    value: float | None = None
    if digits:
        value = parse_digits(" ".join(digits) if len(digits) > 1 else digits[0], lang)
    else:
        value = words.cardinals.get(span[0].lower_)
    scale = suffix * next(
        (
            words.scales[t.lower_]
            for t in span
            if t.lower_ in words.scales and t.i > span.start and t.lower_ not in words.units
        ),
        1.0,
    )
    if value is not None:
        value = value * scale
        value = int(value) if float(value).is_integer() else value
    unit_tokens = [
        t.text
        for t in span
        if not _SIGNED_DIGITS.match(t.text)
        and (t.lower_ not in words.scales or t.lower_ in words.units)
        and t.lower_ not in words.cardinals
        and t.text not in "$€£"
    ]
    currency = next((t.text for t in span if t.text in "$€£"), None)
    unit = " ".join(unit_tokens) or currency or _noun_after(span, lang)
    text_end = span.end + (
        1 if unit and not unit_tokens and not currency and span.end < len(span.doc) else 0
    )
    return {
        "value": value,
        "unit": unit,
        "text": span.doc[span.start : text_end].text,
        "relative": relative,
    }


def _noun_after(span: Span, lang: str) -> str | None:
    doc = span.doc
    if span.end >= len(doc):
        return None
    token = doc[span.end]
    stops = _stopwords(lang)
    if token.is_alpha and token.lower_ not in stops and not _in_time(token):
        return token.text
    return None


def _in_time(token: Token) -> bool:
    return any(s.start <= token.i < s.end for s in token.doc.spans.get("time", []))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    from spacy.util import get_lang_class

    return frozenset(get_lang_class(lang).Defaults.stop_words)


@dataclass(frozen=True)
class Subject:
    """The words before the goal's modal verb ("Marknadsföring kommer att ...")."""

    start: int
    end: int
    modal: int
    owner: str | None  # who acts, when the subject names someone (pronouns included)
    is_metric: bool  # the subject is what is measured: "Andelen elever ska öka"


def read_subject(facts: GoalFacts, verb_index: int | None) -> Subject | None:
    """The goal's subject, read once per goal and change (see ``_read_subject``)."""
    key = ("subject", verb_index)
    if key not in facts.resolved:
        facts.resolved[key] = _read_subject(facts, verb_index)
    return facts.resolved[key]  # type: ignore[return-value]


def _read_subject(facts: GoalFacts, verb_index: int | None) -> Subject | None:
    """Find the subject before "ska"/"will" and tell whether it owns the goal or is its metric.

    A fronted phrase ("På sikt ska andelen ...", "By 2027 we will ...") puts
    the subject after the modal verb; a copula after it ("ska vara", "will be")
    makes the subject the metric.
    """
    lowers, lang = facts.lowers, facts.lang
    first = _opening_end(facts)
    if first >= len(lowers):
        return None
    verbs = word_set("words", lang, "owner_verbs")
    if first > 0 and lowers[first] in verbs:
        return _subject_after_modal(facts, first)  # "På sikt ska andelen ..."
    heads = word_set("words", lang, "metric_heads")
    head = (
        lowers[first + 1]
        if lowers[first] in _ARTICLES and first + 1 < len(lowers)
        else lowers[first]
    )
    window = 20 if head in heads else 7
    modal = next(
        (i for i in range(first + 1, min(len(lowers), first + window)) if lowers[i] in verbs), None
    )
    if modal is None:
        return None
    if lowers[first] in word_set("words", lang, "fronting"):
        return _subject_after_modal(facts, modal)
    if _CLAUSE_MARKS.intersection(lowers[first:modal]):
        return None  # "X strävar efter att hyresgästerna ska ...": no one subject
    following = _word_after(lowers, modal)
    if lowers[modal] in ("is", "are", "är") and following in ("to", "att"):
        return None  # "Our goal is to double ARR": what is wanted, not who wants it
    text = facts.doc[first:modal].text.strip()
    if following in word_set("words", lang, "copulas"):
        return Subject(first, modal, modal, None, True)  # "Personalomsättningen ska ligga på"
    if not _can_own(head, lang):
        # "Samtliga elever ska ...", "Andelen ... ska öka": who is measured, not who acts
        is_metric = verb_index is not None and verb_index > modal
        return Subject(first, modal, modal, None, is_metric)
    if verb_index is None or verb_index < modal:
        return Subject(first, modal, modal, text, False)
    doc = facts.doc
    after = [t for t in doc[verb_index + 1 : verb_index + 2] if not t.is_punct]
    object_follows = bool(after) and after[0].is_alpha and after[0].lower_ not in _stops(lang)
    if object_follows:
        return Subject(first, modal, modal, text, False)
    return Subject(first, modal, modal, None, True)  # "Turismen i kommunen ska öka"


def _subject_after_modal(facts: GoalFacts, modal: int) -> Subject | None:
    """The subject of a goal that opens with another phrase: "I framtiden vill vi ha ..."."""
    lowers, lang = facts.lowers, facts.lang
    start = modal + 1
    if start >= len(lowers):
        return None
    if lowers[start] in word_set("words", lang, "pronouns"):
        return Subject(start, start + 1, modal, facts.doc[start].text, False)
    head = (
        lowers[start + 1]
        if lowers[start] in _ARTICLES and start + 1 < len(lowers)
        else lowers[start]
    )
    if head not in word_set("words", lang, "metric_heads"):
        return None
    ends = word_set("words", lang, "copulas") | vocabulary(lang).change_verbs
    end = next((i for i in range(start + 1, len(lowers)) if lowers[i] in ends), None)
    return Subject(start, end, modal, None, True) if end is not None else None


def _after_leading_hedge(facts: GoalFacts) -> int:
    """The first token after a hedge that opens the goal ("Ambitionen är att ...")."""
    for span in facts.marked("hedge"):
        if span.start == 0:
            end = span.end
            return end + 1 if _word_after(facts.lowers, end - 1) in ("att", "to") else end
    return 0


def _opening_end(facts: GoalFacts) -> int:
    """The first token after what opens the goal: a hedge, a time phrase, punctuation."""
    index = _after_leading_hedge(facts)
    spans = [*facts.doc.spans.get("time", []), *facts.marked("vague-time")]
    moved = True
    while moved and index < len(facts.doc):
        moved = False
        for span in spans:
            if span.start == index:
                index, moved = span.end, True
        if index < len(facts.doc) and not _wordlike(facts.doc[index]):
            index, moved = index + 1, True
    return index


def _word_after(lowers: list[str], index: int) -> str:
    return lowers[index + 1] if index + 1 < len(lowers) else ""


def _can_own(first_word: str, lang: str) -> bool:
    """Whether a subject starting with ``first_word`` can name who owns the goal."""
    words = number_words(lang)
    return not (
        first_word in words.totals
        or first_word in words.cardinals
        or is_comparative(first_word, lang)
        or first_word in word_set("words", lang, "metric_heads")
        or first_word[:1].isdigit()
    )


def _stops(lang: str) -> frozenset[str]:
    return word_set("words", lang, "metric_stops")


def _metric(facts: GoalFacts, verb_index: int | None, subject: Subject | None) -> str | None:
    found = metric_range(facts, verb_index, subject)
    if found is None:
        return None
    start, end, prefix = found
    return prefix + facts.doc[start:end].text.strip()


def metric_range(
    facts: GoalFacts, verb_index: int | None, subject: Subject | None
) -> tuple[int, int, str] | None:
    """The metric phrase, read once per goal, change and subject (see ``_metric_range``)."""
    key = ("metric", verb_index, subject)
    if key not in facts.resolved:
        facts.resolved[key] = _metric_range(facts, verb_index, subject)
    return facts.resolved[key]  # type: ignore[return-value]


def _metric_range(
    facts: GoalFacts, verb_index: int | None, subject: Subject | None
) -> tuple[int, int, str] | None:
    """Return the metric phrase as token ``start``, ``end`` and a counting prefix ("antalet ").

    The phrase is the subject when the subject is what is measured ("Andelen
    elever ska öka"), else the words after the change word up to a stop word,
    else the words after a verb that names a level ("Nå en marginal på 9 %"),
    else the noun phrase a target counts.
    """
    doc, lang = facts.doc, facts.lang
    if subject is not None and subject.is_metric:
        end = subject.end
        while end > subject.start and doc[end - 1].is_space:
            end -= 1
        return (subject.start, end, "") if end > subject.start else None
    if verb_index is None:
        return _metric_after_level_verb(facts, subject) or _metric_after_target(facts)
    tokens = _phrase_after(facts, verb_index + 1)
    if not tokens:
        return None
    prefix = ""
    if doc[verb_index].lower_ in word_set("words", lang, "count_comparatives"):
        if lang == "sv":
            prefix = "antalet "
        elif _looks_plural(tokens[-1].lower_):
            prefix = "the number of "
    return tokens[0].i, tokens[-1].i + 1, prefix


def _phrase_after(facts: GoalFacts, start: int) -> list[Token]:
    """The words from ``start`` up to a stop word, time phrase, amount or the end of the phrase.

    A hyphen inside a word ("on-time", "gång- och cykelväg") does not end it; a
    preposition before an amount does ("en marginal på 9 %"), and "och"/"and"
    goes on unless a new verb follows.
    """
    doc, lang = facts.doc, facts.lang
    stops = _stops(lang)
    covered = _not_metric(facts)
    amount_starts = {s.start for s in facts.amounts}
    covered |= {i for s in facts.amounts for i in range(s.start, s.end)}
    bounds = word_set("words", lang, "bounds")
    modals = word_set("words", lang, "owner_verbs")
    verbs = vocabulary(lang).change_verbs | vocabulary(lang).keep
    vague = {i for q in facts.marked("vague-quantity") for i in range(q.start, q.end)}
    while start in vague:
        start += 1  # "ha många nöjda kunder": the metric is the customers, not how many
    tokens: list[Token] = []
    for token in doc[start:]:
        i = token.i
        following = doc[i + 1] if i + 1 < len(doc) else None
        if _joins(token, following):
            tokens.append(token)
            continue
        if i in covered or not _wordlike(token):
            break
        if token.lower_ in ("och", "and") and tokens and following is not None:
            if following.is_alpha and following.lower_ not in stops | verbs:
                tokens.append(token)
                continue
        if token.lower_ in stops or token.lower_ in modals:
            break
        if following is not None and (following.i in amount_starts or following.lower_ in bounds):
            if token.is_stop or token.lower_ in _LINKS:
                break
        tokens.append(token)
    while tokens and (tokens[-1].lower_ in ("och", "and") or not _wordlike(tokens[-1])):
        tokens.pop()
    return tokens


def _joins(token: Token, following: Token | None, after_number: bool = False) -> bool:
    """A hyphen written inside a word: "lost-time", "gång- och", "30-day" (``after_number``)."""
    if token.text not in ("-", "‐") or token.i == 0 or following is None:
        return False
    previous = token.doc[token.i - 1]
    joined = not previous.whitespace_ and not token.whitespace_ and following.is_alpha
    return joined and (previous.is_alpha or after_number)


def _looks_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ous", "ss", "less"))


def _metric_after_level_verb(
    facts: GoalFacts, subject: Subject | None
) -> tuple[int, int, str] | None:
    """The metric after a verb that names a level: "Nå en kassalikviditet på minst 120 %".

    The verb opens the goal (after a subject, a hedge or "Where possible,") and
    is followed by words, not by the number itself ("Nå 5 000 prenumeranter").
    """
    lowers = facts.lowers
    index = subject.modal + 1 if subject is not None else _after_leading_hedge(facts)
    while index < len(lowers) and not _wordlike(facts.doc[index]):
        index += 1
    if index >= len(lowers) - 1 or lowers[index] not in word_set(
        "words", facts.lang, "level_verbs"
    ):
        return None
    start = index + 1
    if lowers[start] in _ARTICLES | _INDEFINITE:
        start += 1
    if start >= len(lowers) or not facts.doc[start].is_alpha:
        return None
    tokens = _phrase_after(facts, start)
    return (tokens[0].i, tokens[-1].i + 1, "") if tokens else None


def _not_metric(facts: GoalFacts) -> set[int]:
    """Token indices a metric phrase stops at: time phrases, vague timeframes, hedges."""
    spans = [*facts.doc.spans.get("time", []), *facts.deadlines]
    for mark in ("vague-time", "hedge"):  # "Öka antalet besökare framöver"
        spans += facts.marked(mark)
    return {i for s in spans for i in range(s.start, s.end)}


def _wordlike(token: Token) -> bool:
    """Whether a token can be part of a metric phrase: not punctuation, space or emoji."""
    return not token.is_punct and any(c.isalnum() for c in token.text)


_LINKS = frozenset({"av", "i", "på", "of", "in", "on"})
_ARTICLES = frozenset({"the", "a", "an", "den", "det", "de"})
_INDEFINITE = frozenset({"en", "ett"})


def _metric_after_target(facts: GoalFacts) -> tuple[int, int, str] | None:
    """Return the noun phrase a target counts, for a goal with no change word.

    "Nå 5 000 prenumeranter på nyhetsbrevet": from the word after the number
    (past one linking preposition) to a stop word.
    """
    if not facts.targets:
        return None
    doc, stops = facts.doc, _stops(facts.lang)
    start = facts.targets[0].end
    if start < len(doc) and doc[start].lower_ in _LINKS:
        start += 1  # "15 % av provkontona", "1 miljon kronor i intäkter"
    if start >= len(doc) or doc[start].lower_ in stops or not doc[start].is_alpha:
        return None
    if start in _not_metric(facts):
        return None
    tokens = _phrase_after(facts, start)
    return (tokens[0].i, tokens[-1].i + 1, "") if tokens else None
