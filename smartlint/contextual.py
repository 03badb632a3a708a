"""A goal's verdict in the context it stands in: what it inherits stands in for what it lacks.

The rule kinds judge a goal's own words.  A goal under ``## 2025 Q3`` says
no deadline itself, yet has one: ``missing-deadline`` must not fire, and
since 2025 Q3 is over, ``deadline-passed`` must.  This module turns the
verdict on the words into the verdict on the goal where it stands:

- an inherited deadline (heading, lead-in, YAML key, table cell, front
  matter, config period) stands in when the sentence names none: no
  ``missing-deadline``; ``deadline-passed`` and ``deadline-outside-period``
  judge the inherited period's last day.  The sentence's own deadline wins;
- an inherited target (a target cell, a YAML ``target:``, a measurable
  ``outcome:`` beside the title) stops ``missing-number``; a target that is
  an amount of the goal itself also sizes its change (no ``vague-comparative``);
- the ``deadline`` slot says where it came from (``"source"``), and an
  inherited owner fills the ``owner`` slot with ``"owner_source"`` beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from smartlint.config import Config
from smartlint.inherit import NOTHING, Inherited, InheritedText, InheritedTime, of_context
from smartlint.model import SourceGoal
from smartlint.rules.context import CheckContext, Hit
from smartlint.rules.spec import RuleSpec

_NUMBER = re.compile(r"\d")


def inherited_by(goal: SourceGoal, around: Inherited, fiscal_year_start: int) -> Inherited:
    """What a goal inherits: what its reader found, over what the config gives every goal.

    A fiscal period is read with the configured first month of the fiscal year.
    """
    inherited = of_context(goal.context).over(around)
    time = inherited.deadline
    if time is not None and fiscal_year_start != 1 and time.kind.startswith("fiscal"):
        inherited = replace(inherited, deadline=time.with_fiscal_start(fiscal_year_start))
    return inherited


def config_context(goals: Sequence[SourceGoal], config: Config) -> Inherited:
    """The config's plan period: a time bound for goals that inherit none.

    Not when the document declares a period of its own.
    """
    period = config.period
    if period is None or not goals or goals[0].context.get("period") is not None:
        return NOTHING
    text = f"{period.start.isoformat()}–{period.end.isoformat()}"
    return Inherited(deadline=InheritedTime(text, "config", period.start, period.end, "years"))


def context_for(ctx: CheckContext, inherited: Inherited) -> CheckContext:
    """The check context of a goal: relative deadlines read within its inherited period.

    "by the end of the quarter" under ``## 2025 Q3`` is 2025-09-30, whenever the
    document is linted.
    """
    time = inherited.deadline
    if time is None:
        return ctx
    reference = ctx.reference
    if time.start is not None and time.end is not None and not time.start <= ctx.today <= time.end:
        reference = time.start
    return replace(ctx, reference=reference)


def apply_inherited(
    hits: list[tuple[RuleSpec, Hit]],
    rules: list[RuleSpec],
    inherited: Inherited,
    own_deadline: bool,
    text: str,
    ctx: CheckContext,
) -> list[tuple[RuleSpec, Hit]]:
    """The hits on a goal's words, judged with what the goal inherits."""
    time = inherited.deadline
    if time is not None and not own_deadline:
        hits = [(r, h) for r, h in hits if not _requires(r, "deadline")]
        if time.end is not None:
            hits += _inherited_deadline_hits(rules, time.text, time.end, time.source, text, ctx)
    target = inherited.target
    if target is not None and _measurable(target):
        hits = [(r, h) for r, h in hits if not _requires(r, "number")]
        if target.sizes:
            hits = [(r, h) for r, h in hits if r.kind != "unsized-change"]
    return hits


def _measurable(target: InheritedText) -> bool:
    """A target cell or field is an amount; a restating sentence counts when it holds a number."""
    if target.sizes or _NUMBER.search(target.text):
        return True
    from smartlint.nlp.numbers import number_words

    words = {w.lower() for w in re.findall(r"[^\W\d_]+", target.text)}
    return any(words & set(number_words(lang).cardinals) for lang in ("sv", "en"))


def _requires(rule: RuleSpec, what: str) -> bool:
    return rule.kind == "missing" and rule.requires == what


def _inherited_deadline_hits(
    rules: list[RuleSpec], words: str, end: dt.date, source: str, text: str, ctx: CheckContext
) -> list[tuple[RuleSpec, Hit]]:
    """``deadline-passed`` and ``deadline-outside-period`` on the inherited period's last day."""
    start = len(text) - len(text.lstrip())
    stop = len(text.rstrip())
    found = []
    for rule in rules:
        if rule.kind == "deadline-passed" and end < ctx.today:
            values = {"match": words, "date": end.isoformat(), "today": ctx.today.isoformat()}
            found.append((rule, Hit(start, stop, values)))
        period = ctx.period
        if (
            rule.kind == "deadline-outside-period"
            and period is not None
            and source not in ("front-matter", "config")
            and not period.start <= end <= period.end
        ):
            found.append((rule, Hit(start, stop, {
                "match": words, "date": end.isoformat(),
                "start": period.start.isoformat(), "end": period.end.isoformat(),
            })))  # fmt: skip
    return found


def slots_in_context(slots: dict[str, Any], inherited: Inherited) -> dict[str, Any]:
    """The slots with the inherited deadline and owner where the text gives none, and sources."""
    if not slots:
        return slots
    slots = dict(slots)
    deadline = slots.get("deadline")
    if isinstance(deadline, dict):
        slots["deadline"] = {**deadline, "source": "text"}
    elif inherited.deadline is not None:
        time = inherited.deadline
        slots["deadline"] = {
            "date": time.end.isoformat() if time.end else None,
            "text": time.text,
            "source": time.source,
        }
    if not slots.get("owner") and inherited.owner is not None:
        # "owner" stays a string (version 1); where it came from is said beside it
        slots["owner"] = inherited.owner.text
        slots["owner_source"] = inherited.owner.source
    return slots
