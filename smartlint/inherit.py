"""What a goal inherits from where it stands in its document.

A goal under ``## 2025 Q3``, in a YAML mapping with ``deadline: 2027-06-30``
or in a table row whose ``Owner`` cell names someone is bounded, owned or
sized by its context, not only by its own words.  The readers record that
context on ``SourceGoal.context["inherited"]`` as one :class:`Inherited`
value; the linter lets it stand in for what the sentence does not say (the
sentence's own deadline, owner and target always win).

Every part says where it came from (``source``): ``heading``, ``lead-in``, ``paragraph``,
``yaml``, ``front-matter``, ``table`` or ``config``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from smartlint.periods import Period, find_periods, split_fiscal_years

SOURCES = ("heading", "lead-in", "paragraph", "yaml", "front-matter", "table", "config")


@dataclass(frozen=True, slots=True)
class InheritedTime:
    """A time bound from the context: the period's words, its days and its source.

    ``start``/``end`` are None when the words name a part of a year whose year
    nothing states ("Q4:" with no year around it): still a time bound, but no date.
    """

    text: str
    source: str
    start: dt.date | None = None
    end: dt.date | None = None
    kind: str = "year"

    @classmethod
    def of(cls, period: Period, source: str) -> InheritedTime:
        """The inherited form of a period found in a heading, key or cell."""
        return cls(period.text, source, period.start, period.end, period.kind)

    def with_fiscal_start(self, month: int) -> InheritedTime:
        """The same words read with the configured first month of the fiscal year."""
        if month == 1 or not self.kind.startswith("fiscal"):
            return self
        found = split_fiscal_years(self.text, fiscal_year_start=month)
        if found is None:
            return self
        return replace(self, start=found.start, end=found.end)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: the words, the dates and the source."""
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class InheritedText:
    """An owner or target the context states, with its source.

    ``sizes`` is True for a target that is an amount of the goal itself (a
    ``Mål`` cell "Minst 90 %", a YAML ``target: 400 000 kr``): it sizes the
    goal's change too.  A sentence that restates the goal measurably (a YAML
    ``outcome:``) makes the goal measurable but leaves its own words as vague
    as they are.
    """

    text: str
    source: str
    sizes: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape: the words and the source."""
        return {"text": self.text, "source": self.source}


@dataclass(frozen=True, slots=True)
class Inherited:
    """Everything a goal inherits; a part is None when the context says nothing of it."""

    deadline: InheritedTime | None = None
    owner: InheritedText | None = None
    target: InheritedText | None = None
    status: str | None = None

    def over(self, outer: Inherited | None) -> Inherited:
        """The parts of ``outer`` this context lacks, filled in (the nearest context wins)."""
        if outer is None:
            return self
        return Inherited(
            self.deadline or outer.deadline,
            self.owner or outer.owner,
            self.target or outer.target,
            self.status or outer.status,
        )

    def __bool__(self) -> bool:
        return any((self.deadline, self.owner, self.target, self.status))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``smartlint goals``."""
        return {
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "owner": self.owner.to_dict() if self.owner else None,
            "target": self.target.to_dict() if self.target else None,
            "status": self.status,
        }


NOTHING = Inherited()


def time_in(
    text: str, source: str, year: int | None = None, fiscal_year_start: int = 1
) -> InheritedTime | None:
    """The time bound a heading, key or value names: its last dated period.

    "Verksamhetsplan 2023–2024" is bounded by the range, "OKR 2026: Q3" by the
    quarter; a part of a year without its year takes ``year`` (from the
    context around), or stays undated.
    """
    found = find_periods(text, year=year, fiscal_year_start=fiscal_year_start)
    if not found:
        return None
    dated = [p for p in found if p.resolved]
    return InheritedTime.of((dated or found)[-1], source)


def sentence_deadline(text: str) -> InheritedTime | None:
    """The deadline a goal sentence names after a deadline word ("by the end of 2026").

    Only a period a "by" or "before" marker or an "end of" part of the time
    lexicons stands just before counts ("by", "senast", "i slutet av"): a year
    after "from" or "jämfört med" is a baseline.
    """
    lowered = text.lower()
    for period in reversed(find_periods(text)):
        if not period.resolved:
            continue
        before = f" {' '.join(lowered[: period.begin].split()[-4:])} "
        if any(f" {word} " in before for word in _deadline_words()):
            return InheritedTime.of(period, "paragraph")
    return None


@cache
def _deadline_words() -> tuple[str, ...]:
    """The "by" and "before" markers and the "end of" parts of both time lexicons."""
    from smartlint.nlp.timex_lexicon import time_lexicon

    words: list[str] = []
    for lang in ("sv", "en"):
        lex = time_lexicon(lang)
        words += lex.markers_of("by") + lex.markers_of("before") + lex.parts_of("end")
    return tuple(words)


def of_context(context: dict[str, Any]) -> Inherited:
    """The inherited value a reader left on a goal's context (nothing when none)."""
    value = context.get("inherited")
    return value if isinstance(value, Inherited) else NOTHING
