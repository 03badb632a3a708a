"""Is the target achievable?  Arithmetic on the baseline and target a goal states.

Only numbers the goal gives are used: a change is judged when the goal
states a relative change ("by 300 %", "femdubbla"), a baseline and a target
of the same unit ("från 4 000 till 20 000"), or a share as a percentage
over 100 ("andelen ... till 120 %"; a percentage that is not a share, such
as net revenue retention, may pass 100).  With a deadline, the implied monthly rate is
shown so the author can compare it with what the team has managed before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from smartlint.analysis import GoalFacts
from smartlint.nlp.lexicon import word_set
from smartlint.rules.context import CheckContext, Hit
from smartlint.rules.spec import RuleSpec
from smartlint.slots import baseline_and_target, direction_of

_PERCENT_UNITS = ("%", "procent", "percent", "per cent")


def check_implausible_target(rule: RuleSpec, facts: GoalFacts, ctx: CheckContext) -> Iterator[Hit]:
    """Yield the target when the change it implies is beyond the configured bound."""
    if not facts.targets:
        return
    baseline, target = baseline_and_target(facts)
    if target is None or not isinstance(target.get("value"), int | float):
        return
    direction = direction_of(facts, target)
    share = not word_set("words", facts.lang, "share_words").isdisjoint(facts.lowers)
    problem = _judge(baseline, target, direction, ctx.max_change_factor, facts.lang, share)
    if problem is None:
        return
    text, factor = problem
    span = next((s for s in facts.amounts if s.text in target["text"]), facts.amounts[-1])
    values = {"match": target["text"], "change": text, "rate": ""}
    date = facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month)
    if factor is not None and date is not None and date > ctx.today:
        values["rate"] = _monthly_rate(factor, ctx.today, date, facts.lang)
    yield Hit(span.start_char, span.end_char, values)


def _judge(
    baseline: dict[str, Any] | None,
    target: dict[str, Any],
    direction: str | None,
    bound: float,
    lang: str,
    share: bool = False,
) -> tuple[str, float | None] | None:
    """Return a description of an implausible change and its factor, or None.

    ``share``: the goal measures a share ("andelen", "the share of"), which
    cannot pass 100 %; other percentages can ("net revenue retention to 115%").
    """
    value = float(target["value"])
    percent = _is_percent(target)
    if target.get("relative"):
        if percent and direction == "decrease" and value > 100:
            return (f"−{value:g} %", None)
        if percent:
            factor = 1 + value / 100
        elif target.get("unit") is None:
            factor = value  # a multiplier: "fördubbla", "triple"
        elif _same_unit(baseline, target):
            factor = 1 + value / float(baseline["value"])  # type: ignore[index]
        else:
            return None  # "med 1,8 MSEK" from an unstated base: nothing to judge
        if direction != "decrease" and factor > bound:
            return (_times(factor, lang), factor)
        return None
    if share and percent and value > 100 and (baseline is None or _is_percent(baseline)):
        return (f"{value:g} %", None)
    if _same_unit(baseline, target) or (
        _has_value(baseline) and percent and _is_percent(baseline)  # type: ignore[arg-type]
    ):
        factor = value / float(baseline["value"])  # type: ignore[index]
        if factor > bound:
            return (_times(factor, lang), factor)
    return None


def _has_value(amount: dict[str, Any] | None) -> bool:
    return (
        amount is not None
        and isinstance(amount.get("value"), int | float)
        and bool(amount["value"])
    )


def _same_unit(baseline: dict[str, Any] | None, target: dict[str, Any]) -> bool:
    """Whether the baseline gives a non-zero value in the target's unit."""
    return _has_value(baseline) and baseline.get("unit") == target.get("unit")  # type: ignore[union-attr]


def _is_percent(amount: dict[str, Any]) -> bool:
    unit = str(amount.get("unit") or "").lower()
    return any(mark in unit for mark in _PERCENT_UNITS)


def _times(factor: float, lang: str) -> str:
    number = f"{factor:.1f}".rstrip("0").rstrip(".")
    return f"{number.replace('.', ',')} gånger" if lang == "sv" else f"{number}x"


def _monthly_rate(factor: float, today: dt.date, deadline: dt.date, lang: str) -> str:
    months = max((deadline - today).days / 30.44, 1.0)
    rate = (factor ** (1 / months) - 1) * 100
    number = f"{rate:.0f}"
    if lang == "sv":
        return f" (ungefär {number} % i månaden fram till {deadline.isoformat()})"
    return f" (about {number}% a month until {deadline.isoformat()})"
