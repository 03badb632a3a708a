"""The few kinds of rule, written in Python; every rule file picks one.

Each kind is a generator that yields ``Hit`` values: a character span of the
goal text and the values its message may name.  Turning hits into findings
(positions, severity from config, suggestions) is the linter's job, so a kind
knows nothing about files or output.

- ``pattern``: every match of the rule's patterns or phrases is a hit.
- ``missing``: a hit over the whole goal when it lacks what the rule
  ``requires`` (``number`` or ``deadline``), unless an ``exempt`` pattern
  matches.
- ``unsized-change``: a change word whose clause states no size.
- ``deadline-passed``: a deadline that resolves to a day before ``today``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from smartlint.analysis import GoalFacts, noun_markers
from smartlint.nlp.rulematch import EXEMPT
from smartlint.rules.achievable import check_implausible_target
from smartlint.rules.context import CheckContext, Hit
from smartlint.rules.spec import RuleSpec

Kind = Callable[[RuleSpec, GoalFacts, CheckContext], Iterator[Hit]]


def _rule_spans(facts: GoalFacts, label: str) -> list:
    return facts.rule_spans.get(label, [])


def check_pattern(rule: RuleSpec, facts: GoalFacts, ctx: CheckContext) -> Iterator[Hit]:
    """Yield every match of the rule's own patterns."""
    for span in _rule_spans(facts, rule.id):
        yield Hit(span.start_char, span.end_char, {"match": span.text})


def check_missing(rule: RuleSpec, facts: GoalFacts, ctx: CheckContext) -> Iterator[Hit]:
    """Yield one hit over the goal when it lacks what the rule requires."""
    if _exempt(facts, rule):
        return
    if rule.requires == "number":
        if facts.measurable:
            return
    elif rule.requires == "deadline" and facts.deadlines:
        return
    text = facts.text
    start = len(text) - len(text.lstrip())
    yield Hit(start, len(text.rstrip()), {"match": text.strip()})


def _exempt(facts: GoalFacts, rule: RuleSpec) -> bool:
    """Whether an ``exempt`` pattern matches where it is a verb, not a noun ("for the launch")."""
    markers = noun_markers(facts.lang)
    doc = facts.doc
    return any(
        span.start == 0 or doc[span.start - 1].lower_ not in markers
        for span in _rule_spans(facts, EXEMPT + rule.id)
    )


def check_unsized_change(rule: RuleSpec, facts: GoalFacts, ctx: CheckContext) -> Iterator[Hit]:
    """Yield the change words that state no size."""
    for change in facts.vague_changes():
        yield Hit(change.span.start_char, change.span.end_char, {"match": change.span.text})


def check_deadline_passed(rule: RuleSpec, facts: GoalFacts, ctx: CheckContext) -> Iterator[Hit]:
    """Yield the goal's deadline when it lies before the reference date."""
    span = facts.deadline
    if span is None:
        return
    date = facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month)
    if date is not None and date < ctx.today:
        values = {"match": span.text, "date": date.isoformat(), "today": ctx.today.isoformat()}
        yield Hit(span.start_char, span.end_char, values)


def check_ambiguous_deadline(rule: RuleSpec, facts: GoalFacts, ctx: CheckContext) -> Iterator[Hit]:
    """Yield a time bound that names no date ("innan mässan", "by summer")."""
    span = facts.deadline
    if (
        span is not None
        and span.label_ != "duration"  # "for a week" is how long, not a date to pin down
        and facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month) is None
    ):
        yield Hit(span.start_char, span.end_char, {"match": span.text})


def check_deadline_outside_period(
    rule: RuleSpec, facts: GoalFacts, ctx: CheckContext
) -> Iterator[Hit]:
    """Yield a deadline that falls outside the document's plan period."""
    span, period = facts.deadline, ctx.period
    if span is None or period is None:
        return
    date = facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month)
    if date is not None and not period.start <= date <= period.end:
        yield Hit(span.start_char, span.end_char, {
            "match": span.text, "date": date.isoformat(),
            "start": period.start.isoformat(), "end": period.end.isoformat(),
        })  # fmt: skip


KINDS: dict[str, Kind] = {
    "pattern": check_pattern,
    "missing": check_missing,
    "unsized-change": check_unsized_change,
    "deadline-passed": check_deadline_passed,
    "ambiguous-deadline": check_ambiguous_deadline,
    "deadline-outside-period": check_deadline_outside_period,
    "implausible-target": check_implausible_target,
    # Judged per document, after the goals (smartlint.suppress); nothing per goal.
    "unused-suppression": lambda rule, facts, ctx: iter(()),
}
