"""A pipeline component that marks the quantities of a goal.

A goal is measurable when it states an amount.  Years, dates and week
numbers are time, not amounts (the time component marks them first and this
one skips deadlines and baselines; the number of a service level, "inom 24
timmar", is an amount), and a number that names something ("ISO 27001",
"åk 9", "v2") is no amount either.  Spans go to ``doc.spans["quantity"]``
labelled ``amount``, ``multiplier`` ("dubbla", "halve"), ``total``
("alla", "every": a target only where nothing vaguer competes) or ``level``
(the number of a service level, "inom 24 timmar": measurable, but no size
for a change).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from smartlint.nlp.numbers import STARTS_WITH_DIGIT, NumberWords, number_words
from smartlint.nlp.words import LOWERS_KEY

QUANTITY = "quantity"
CURRENCY_SYMBOLS = frozenset("$€£")
_SIGNS = frozenset("+±~≈<>≤≥−-")


class QuantityMarker:
    """Marks amounts, multipliers and totals; see the module docstring."""

    def __init__(self, lang: str) -> None:
        self.words: NumberWords = number_words(lang)
        w = self.words
        # The words a quantity can start with, besides numbers written in digits.
        self.starters = w.article_numbers | w.totals | set(w.cardinals) | set(w.multipliers)

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        starts = self._candidates(doc)
        if starts:
            covered, levels = _time_tokens(doc)
            free = 0  # the first token no quantity found so far covers
            for i in starts:
                if i < free or i in covered:
                    continue
                end, label = self._match(doc, i, covered)
                if end > i:
                    start = i - 1 if i > 0 and doc[i - 1].text in CURRENCY_SYMBOLS else i
                    if i in levels:
                        label = "level"
                    spans.append(Span(doc, start, end, label=label))
                    free = end
        doc.spans[QUANTITY] = spans
        return doc

    def _candidates(self, doc: Doc) -> list[int]:
        """The tokens a quantity may start at: a digit, or a number or quantity word.

        Most tokens are neither, and looking at the lowercased words the word
        component kept is much cheaper than asking every token.
        """
        lowers = doc.user_data.get(LOWERS_KEY) or [t.lower_ for t in doc]
        starters = self.starters
        return [
            i
            for i, low in enumerate(lowers)
            if low in starters
            or low[:1].isdecimal()
            or (low[:1] in _SIGNS and STARTS_WITH_DIGIT.match(low))
            or ("-" in low and self._rank(low))
        ]

    def _rank(self, lower: str) -> bool:
        """A rank written as one word: "topp-3", "top-10" (not "covid-19")."""
        word, _, number = lower.partition("-")
        return word in self.words.ranks and number.isdecimal()

    def _match(self, doc: Doc, i: int, covered: set[int]) -> tuple[int, str]:
        """Return the end of the quantity starting at token ``i`` (``i`` if none)."""
        token = doc[i]
        lower = token.lower_
        words = self.words
        if STARTS_WITH_DIGIT.match(token.text):
            if i > 0 and doc[i - 1].lower_ in words.identifiers:
                return i, ""
            if _numbers_a_label(doc, i):
                return i, ""  # "Målområde 1: …", "Goal 3 – …": the label's number
            if doc.lang_ == "sv" and _LETTERED.fullmatch(token.text):
                return i, ""  # "bryggan 2B", "hus 3A": a name; Swedish writes no "B" for billion
            end = i + 1
            # "4 000 000": thousands groups that the tokenizer split apart.
            while end < len(doc) and end not in covered and _is_group(doc, end):
                end += 1
            return self._with_units(doc, end), "amount"
        if lower in words.article_numbers:
            # "en miljon", and "högst en timme": an article is one only before a
            # scale, or before a unit when a bound word precedes it.
            following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            bounded = i > 0 and doc[i - 1].lower_ in words.bounds
            if following in words.scales or bounded and following in words.units:
                return self._with_units(doc, i + 1), "amount"
            if following in words.article_rates:
                return i + 1, "amount"  # "nyhetsbreven till ett per kvartal": one a quarter
            return i, ""
        if lower in words.cardinals:
            if _in_idiom(doc, i, words.idioms):
                return i, ""  # "one another": no amount
            return self._with_units(doc, i + 1), "amount"
        if lower in words.multipliers:
            return i + 1, "multiplier"
        if lower in words.totals:
            if _in_idiom(doc, i, words.idioms):
                return i, ""  # "framför allt", "above all": no amount
            return i + 1, "total"
        if "-" in lower and self._rank(lower):
            return i + 1, "amount"
        return i, ""

    def _with_units(self, doc: Doc, end: int) -> int:
        """Extend an amount over the scale and unit words after it ("1,5 miljoner kronor")."""
        words = self.words
        for _ in range(2):
            if end < len(doc) and (
                doc[end].lower_ in words.scales or doc[end].lower_ in words.units
            ):
                end += 1
        return end


def _in_idiom(doc: Doc, index: int, idioms: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the word at ``index`` is part of one of ``idioms`` ("framför allt", "at all")."""
    lower = doc[index].lower_
    for idiom in idioms:
        for k, word in enumerate(idiom):
            start = index - k
            if word != lower or start < 0 or start + len(idiom) > len(doc):
                continue
            if all(doc[start + j].lower_ == w for j, w in enumerate(idiom)):
                return True
    return False


def _is_group(doc: Doc, index: int) -> bool:
    token = doc[index]
    previous = doc[index - 1]
    return (
        len(token.text) == 3
        and token.text.isdigit()
        and previous.whitespace_ == " "
        and (previous.text.isdigit() and len(previous.text) <= 3)
    )


def _time_tokens(doc: Doc) -> tuple[set[int], set[int]]:
    """Tokens of deadlines and baselines, and tokens of periods ("inom 24 timmar")."""
    covered: set[int] = set()
    levels: set[int] = set()
    for span in doc.spans.get("time", []):
        (levels if span.label_ == "period" else covered).update(range(span.start, span.end))
    return covered, levels


@Language.factory("smartlint_quantities", default_config={"lang": ""})
def make_quantity_marker(nlp: Language, name: str, lang: str) -> QuantityMarker:
    """Build the component for the pipeline's language."""
    return QuantityMarker(lang or str(nlp.lang))


# A number with one capital letter after it names a place or a part ("2B", "3A").
_LETTERED = re.compile(r"\d{1,3}[A-ZÅÄÖ]")


def _numbers_a_label(doc: Doc, i: int) -> bool:
    """Whether a number right after a first, capitalised word ends a label before ":" or a dash."""
    return (
        i == 1
        and doc[0].is_alpha
        and doc[0].text[:1].isupper()
        and i + 1 < len(doc)
        and doc[i + 1].text in (":", "–", "—")
        and doc[i].text.isdecimal()
        and len(doc[i].text) < 3
    )
