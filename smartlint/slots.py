"""What a goal says, as slots: metric, direction, baseline, target, deadline, owner.

The blank pipeline has no parser, so the slots are read from the marked
spans and the word order goals are written in: "[owner] ska/will [change]
[metric] [från X till Y | med N | to N] [deadline]".  A slot that cannot be
read is ``None``; nothing is ever guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING, Any

from smartlint.analysis import GoalFacts, comparative_words, word_before
from smartlint.nlp.lexicon import word_set
from smartlint.nlp.numbers import number_words, parse_digits

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FROM = {"sv": "från", "en": "from"}
_BOUNDS = frozenset({"minst", "at", "least", "över", "under"})
_BY = {"sv": ("med",), "en": ("by",)}
_CLAUSE_MARKS = frozenset({"att", "that"})
_PER = frozenset({"per", "every", "varje"})


def extract_slots(facts: GoalFacts, today: dt.date, fiscal_start: int = 1) -> dict[str, Any]:
    """Return the slots of the contract for one analysed goal."""
    doc, lang = facts.doc, facts.lang
    baseline, target = baseline_and_target(facts)
    deadline = None
    span = facts.deadline
    if span is not None:
        date = facts.deadline_date(today, fiscal_start)
        deadline = {"date": date.isoformat() if date else None, "text": span.text}
    verb_index = facts.changes[0].span.start if facts.changes else None
    owner, subject_is_metric = owner_of(doc, lang, verb_index)
    metric = _metric(facts, verb_index, subject_is_metric)
    return {
        "metric": metric,
        "direction": direction_of(facts, target),
        "baseline": baseline,
        "target": target,
        "deadline": deadline,
        "owner": owner,
    }


def direction_of(facts: GoalFacts, target: dict[str, Any] | None) -> str | None:
    keep = word_set("words", facts.lang, "keep")
    if not keep.isdisjoint(facts.lowers):
        return "keep"
    if facts.changes:
        direction = facts.changes[0].direction
        return "increase" if direction == "improve" else direction
    for span in facts.amounts:
        if span.label_ == "multiplier":
            return "decrease" if _multiplier(span, facts.lang) < 1 else "increase"
    return "reach" if target else None


def _multiplier(span: Span, lang: str) -> float:
    return number_words(lang).multipliers.get(span[-1].lower_, 1.0)


def baseline_and_target(facts: GoalFacts) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """Return the goal's baseline and target amounts, each None when it states none.

    An amount after "från"/"from", "currently", "dagens" … is the baseline; the
    first other amount is the target, relative after "med"/"by".
    """
    lang = facts.lang
    amounts = [s for s in facts.amounts if s.label_ in ("amount", "level")]
    if not amounts:
        multipliers = [s for s in facts.amounts if s.label_ == "multiplier"]
        if multipliers:
            span = multipliers[0]
            value = _multiplier(span, lang)
            return None, {"value": value, "unit": None, "text": span.text, "relative": True}
        return None, None
    baseline = target = None
    amounts = [s for s in amounts if word_before(s) not in _PER]  # "per 1 000 användare"
    for span in amounts:
        before = word_before(span, _BOUNDS)
        if (before == _FROM[lang] or span not in facts.targets) and baseline is None:
            baseline = _amount(span, lang, relative=False)
        elif target is None:
            relative = before in _BY[lang]
            target = _amount(span, lang, relative=relative)
    if baseline is not None and target is not None and target["unit"] is None:
        target["unit"] = baseline["unit"]
    if target is not None and baseline is not None and baseline["unit"] is None:
        baseline["unit"] = target["unit"]
    return baseline, target


def _amount(span: Span, lang: str, relative: bool) -> dict[str, Any]:
    words = number_words(lang)
    digits = [t.text for t in span if t.text[:1].isdigit()]
    value: float | None = None
    if digits:
        value = parse_digits(" ".join(digits) if len(digits) > 1 else digits[0], lang)
    else:
        value = words.cardinals.get(span[0].lower_)
    scale = next(
        (words.scales[t.lower_] for t in span if t.lower_ in words.scales and t.i > span.start), 1.0
    )
    if value is not None:
        value = value * scale
        value = int(value) if float(value).is_integer() else value
    unit_tokens = [
        t.text
        for t in span
        if not t.text[:1].isdigit()
        and t.lower_ not in words.scales
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


def owner_of(doc: Any, lang: str, verb_index: int | None) -> tuple[str | None, bool]:
    """Return the owner named before "ska"/"will", and whether that subject is the metric."""
    verbs = word_set("words", lang, "owner_verbs")
    for i, token in enumerate(doc[:7]):
        if token.lower_ in verbs and i > 0:
            if _CLAUSE_MARKS.intersection(t.lower_ for t in doc[:i]):
                return None, False  # "X strävar efter att hyresgästerna ska ...": no one subject
            subject = doc[:i].text.strip()
            head = doc[1].lower_ if doc[0].lower_ in _ARTICLES and i > 1 else doc[0].lower_
            if not _can_own(head, lang):
                # "Samtliga elever ska ...", "Andelen ... ska öka": who is measured, not who acts
                return None, verb_index is not None and verb_index > i
            if verb_index is None or verb_index < i:
                return subject, False
            after = [t for t in doc[verb_index + 1 : verb_index + 2] if not t.is_punct]
            object_follows = (
                bool(after) and after[0].is_alpha and after[0].lower_ not in _stops(lang)
            )
            return (subject, False) if object_follows else (None, True)
    return None, False


def _can_own(first_word: str, lang: str) -> bool:
    """Whether a subject starting with ``first_word`` can name who owns the goal."""
    words = number_words(lang)
    return not (
        first_word in words.totals
        or first_word in words.cardinals
        or first_word in comparative_words(lang)
        or first_word in word_set("words", lang, "metric_heads")
        or first_word[:1].isdigit()
    )


def _stops(lang: str) -> frozenset[str]:
    return word_set("words", lang, "metric_stops")


def _metric(facts: GoalFacts, verb_index: int | None, subject_is_metric: bool) -> str | None:
    found = metric_range(facts, verb_index, subject_is_metric)
    if found is None:
        return None
    start, end, prefix = found
    return prefix + facts.doc[start:end].text.strip()


def metric_range(
    facts: GoalFacts, verb_index: int | None, subject_is_metric: bool
) -> tuple[int, int, str] | None:
    """Return the metric phrase as token ``start``, ``end`` and a counting prefix ("antalet ").

    The phrase is the subject when the subject is what changes ("Andelen elever
    ska öka"), else the words after the change word up to a stop word, else the
    noun phrase a target counts.
    """
    doc, lang = facts.doc, facts.lang
    if subject_is_metric:
        verbs = word_set("words", lang, "owner_verbs")
        end = next((t.i for t in doc if t.lower_ in verbs), 0)
        while end > 0 and doc[end - 1].is_space:
            end -= 1
        return (0, end, "") if end else None
    if verb_index is None:
        return _metric_after_target(facts)
    stops = _stops(lang)
    covered = _not_metric(facts) | {i for s in facts.amounts for i in range(s.start, s.end)}
    tokens = []
    for token in doc[verb_index + 1 :]:
        if token.i in covered or token.lower_ in stops or not _wordlike(token):
            break
        tokens.append(token)
    if not tokens:
        return None
    prefix = ""
    if doc[verb_index].lower_ in word_set("words", lang, "count_comparatives"):
        prefix = "antalet " if lang == "sv" else "the number of "
    return tokens[0].i, tokens[-1].i + 1, prefix


def _not_metric(facts: GoalFacts) -> set[int]:
    """Token indices a metric phrase stops at: time phrases, vague timeframes, hedges."""
    spans = [*facts.doc.spans.get("time", []), *facts.deadlines]
    for rule in ("vague-timeframe", "hedge"):  # "Öka antalet besökare framöver"
        spans += facts.rule_spans.get(rule, [])
    return {i for s in spans for i in range(s.start, s.end)}


def _wordlike(token: Token) -> bool:
    """Whether a token can be part of a metric phrase: not punctuation, space or emoji."""
    return not token.is_punct and any(c.isalnum() for c in token.text)


_LINKS = frozenset({"av", "i", "på", "of", "in", "on"})
_ARTICLES = frozenset({"the", "a", "an", "den", "det", "de"})


def _metric_after_target(facts: GoalFacts) -> tuple[int, int, str] | None:
    """Return the noun phrase a target counts, for a goal with no change word.

    "Nå 5 000 prenumeranter på nyhetsbrevet": from the word after the number
    (past one linking preposition) to a stop word.
    """
    if not facts.targets:
        return None
    doc, stops = facts.doc, _stops(facts.lang)
    covered = _not_metric(facts)
    tokens: list[Token] = []
    start = facts.targets[0].end
    if start < len(doc) and doc[start].lower_ in _LINKS:
        start += 1  # "15 % av provkontona", "1 miljon kronor i intäkter"
    for token in doc[start:]:
        if token.i in covered or token.is_punct or (tokens and token.lower_ in stops):
            break
        if not tokens and (token.lower_ in stops or not token.is_alpha):
            break
        tokens.append(token)
    return (tokens[0].i, tokens[-1].i + 1, "") if tokens else None
