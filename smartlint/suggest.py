"""One suggested rewrite per goal, in the goal's own language, built from its analysis.

The rewrite edits the author's sentence rather than filling a template, so
it keeps their words, names, casing, means and motive; it adds only what
the goal lacks, in the form its kind needs (``../shared/LABELS.md``):

- a change ("öka", "fler", "improve") gets its size where the change is:
  "från <baseline> till <mål>" after its metric, "<N> fler kunder";
- a deliverable or an end state is done or not: it gets a date, never a measure;
- a level or quality with no measure gets "mätt som att <mått> går från …";
- a habit or yearly rate gets the period it runs over, not a one-off deadline;
- a standing rule or service level gets a measure of compliance;
- a hedge is dropped or made a commitment, a vague quantity becomes ``<N>``,
  a vague, passed or missing deadline becomes "senast <ÅÅÅÅ-MM-DD>" in the
  place a deadline goes, keeping Swedish word order ("Senast … ska vi").

``<...>`` marks what only the author knows; smartlint never invents a number.
A goal whose slots account for all its words is written from them
(``smartlint.compose``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from smartlint.analysis import GoalFacts, vocabulary
from smartlint.analysis.amounts import amount_words
from smartlint.compose import compose
from smartlint.model import Fix, Rewrite, apply_fixes
from smartlint.nlp.lexicon import word_set
from smartlint.rules.context import CheckContext
from smartlint.suggest_edits import (
    WORDS,
    change_edits,
    changes_a_measure,
    char_end,
    edit,
    hedge_edits,
    quantifier_edits,
    restore_word_order,
    tidy,
)

_PLACEHOLDER = re.compile(r"<[^<>\s][^<>]*>")


def has_placeholder(text: str) -> bool:
    """Tell whether a rewrite still needs the author's input."""
    return _PLACEHOLDER.search(text) is not None


def rewrite_kind(facts: GoalFacts) -> str:
    """What the goal is, for its rewrite: change, level, deliverable, end-state, habit, rule."""
    if facts.deadline is None:
        if any(a.role == "level" for a in facts.amount_facts):
            return "rule"  # "inom 24 timmar": a service level that holds every time
        periods = [s for s in facts.doc.spans.get("time", []) if s.label_ == "period"]
        rates = any(a.role == "rate" for a in facts.amount_facts)
        if periods or rates or _per_period(facts) or _how_often(facts):
            return "habit"  # "varje vecka", "a book a month": it recurs, no one-off deadline
    if facts.kind is not None:
        return facts.kind.kind
    if any(c.role == "main" for c in facts.changes):
        return "change"
    return "level"


def _how_often(facts: GoalFacts) -> bool:
    """Whether a change asks how often: "more often", "oftare"."""
    phrases = word_set("words", facts.lang, "frequency_comparatives")
    lowers = facts.lowers
    return any(
        " ".join(lowers[c.span.start : c.span.start + size]) in phrases
        for c in facts.vague_changes()
        for size in (1, 2)
    )


def _per_period(facts: GoalFacts) -> bool:
    """Whether the goal says how often: "a day", "per week", "i månaden"."""
    words = amount_words(facts.lang)
    lowers = facts.lowers
    return any(
        lowers[i] in words.rate_words and lowers[i + 1] in words.rate_units
        for i in range(1, len(lowers) - 1)
    )


def rewrite(
    facts: GoalFacts,
    fired: set[str],
    ctx: CheckContext,
    slots: dict[str, Any] | None = None,
    inherited_deadline: bool = False,
) -> Rewrite | None:
    """The goal rewritten to hold, or None when it is fine as it stands."""
    kind = rewrite_kind(facts)
    verbs = vocabulary(facts.lang).change_verbs
    counts = word_set("words", facts.lang, "count_comparatives")
    measurable = all(
        c.span.root.lower_ in counts or changes_a_measure(facts, c.span, verbs)
        for c in facts.vague_changes()
    )
    if slots and kind == "change" and not inherited_deadline and measurable:
        composed = compose(facts, slots, fired, ctx)
        if composed is not None:
            return _made(composed, kind)
    words = WORDS[facts.lang]
    counted, sized_changes = quantifier_edits(facts, words["count"])
    edits = [*hedge_edits(facts), *counted]
    timed = _time_edits(facts, ctx, kind, inherited_deadline)
    edits += timed.edits
    sized = "missing-number" in fired or "vague-comparative" in fired
    size, measured = change_edits(facts, words, sized_changes) if sized else ([], False)
    edits += size
    if "missing-number" in fired and not (size or counted or facts.measurable):
        measured = True
    text = apply_fixes(facts.text, edits).strip().rstrip(".!")
    if measured:
        text = _with_measure(text, f", {words['measured']}", timed.deadline)
    if timed.tail:
        text += ("," if measured else "") + timed.tail
    if kind == "rule" and "missing-number" not in fired and "missing-deadline" in fired:
        text += f" {words['compliance']}"
    text = restore_word_order(text, facts.lang)
    result = tidy(text, starts_upper=facts.text.lstrip()[:1].isupper())
    if result.rstrip(".") == facts.text.strip().rstrip(".!"):
        return None
    return _made(result, kind)


def _made(text: str, kind: str) -> Rewrite:
    return Rewrite(text, tuple(_PLACEHOLDER.findall(text)), kind)


def _with_measure(text: str, measure: str, deadline: str | None) -> str:
    """Add "mätt som …" before a deadline that ends the goal, else at its end."""
    if deadline and text.endswith(deadline) and len(text) > len(deadline):
        head = text[: -len(deadline)].rstrip(" ,")
        return f"{head}{measure}, {deadline}"
    return text + measure


@dataclass(frozen=True)
class _Timed:
    edits: list[Fix]
    tail: str
    deadline: str | None  # the deadline as the rewrite writes it, where it stays in the text


def _time_edits(facts: GoalFacts, ctx: CheckContext, kind: str, inherited: bool) -> _Timed:
    """Edits for the goal's time: a vague or passed deadline replaced in place, one added.

    A habit or yearly rate gets the period it runs over ("från <date> till
    <date>"), a standing rule no date at all; a goal whose heading or field
    gives its deadline gets none.
    """
    words = WORDS[facts.lang]
    edits: list[Fix] = []
    needs = kind not in ("habit", "rule") and not inherited
    vague = facts.marked("vague-time")
    span = facts.deadline
    date = (
        None if span is None else facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month)
    )
    passed = span is not None and date is not None and date < ctx.today
    placed = False
    written = None if span is None else span.text
    for time in vague:
        if needs and not placed and (span is None or passed):
            edits.append(_deadline_in_place(facts, time.start, time.end, words["date"]))
            written = edits[-1].replacement
            placed = True
        else:
            edits.append(edit(time.start_char, _space_after(facts, time.end), ""))
    if span is not None and passed:
        start, end = _whole_deadline(facts, span.start, span.end)
        if placed or not needs or not _marked(facts, start):
            # a bare year in mid-sentence ("50 % av energin 2020 ska …") goes; the new
            # deadline goes where a deadline is written, at the end
            edits.append(edit(facts.doc[start].idx, _space_after(facts, end), ""))
            written = None
        else:
            edits.append(_deadline_in_place(facts, start, end, words["date"]))
            written = edits[-1].replacement
            placed = True
    elif span is not None and date is not None and not any(t.text[:1].isdigit() for t in span):
        # "i år" -> "senast 2026-12-31": the date it means, in its place
        edits.append(_deadline_in_place(facts, span.start, span.end, date.isoformat()))
        written = edits[-1].replacement
    tail = ""
    if not placed and (span is None or passed):
        if needs:
            tail = f" {words['by']} {words['date']}"
        elif kind == "habit":
            tail = f" {words['period']}"
    return _Timed(edits, tail, written)


def _whole_deadline(facts: GoalFacts, start: int, end: int) -> tuple[int, int]:
    """The deadline's tokens with the words around it that belong to it.

    "mellan åren 2008-2020" goes as a whole, and "Under Q2 2017 senast" with
    its second "senast".
    """
    openers = word_set("words", facts.lang, "range_openers")
    while start > 0 and facts.lowers[start - 1] in openers:
        start -= 1
    by = WORDS[facts.lang]["by"]
    if end < len(facts.lowers) and facts.lowers[end] == by:
        end += 1
    return start, end


def _marked(facts: GoalFacts, start: int) -> bool:
    """Whether a deadline opens the sentence or has a marker of its own ("till 2020")."""
    token = facts.doc[start]
    return (
        start == 0 or facts.doc[start - 1].text in (".", "!", "?") or not token.text[:1].isdigit()
    )


def _deadline_in_place(facts: GoalFacts, start: int, end: int, date: str) -> Fix:
    """Replace tokens ``start``-``end`` with "senast <date>" (capitalised to open a sentence)."""
    words = WORDS[facts.lang]
    first = start == 0 or facts.doc[start - 1].text in (".", "!", "?")
    phrase = f"{words['by_fronted'] if first else words['by']} {date}"
    return edit(facts.doc[start].idx, char_end(facts, end), phrase)


def _space_after(facts: GoalFacts, end: int) -> int:
    """The end of token ``end - 1`` and the space after it, so a removal leaves no gap."""
    at = char_end(facts, end)
    text = facts.text
    while at < len(text) and text[at] == " ":
        at += 1
    return at


__all__ = ["Rewrite", "has_placeholder", "rewrite", "rewrite_kind", "word_set"]
