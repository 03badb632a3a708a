"""What a rule kind receives besides the goal, and what it gives back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from smartlint.config import Period


@dataclass(frozen=True, slots=True)
class Hit:
    """Where in the goal text a rule fired, and the values for its message."""

    start: int
    end: int
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a check may depend on besides the goal itself."""

    today: dt.date
    fiscal_year_start_month: int = 1
    # The plan period of the document, and the date relative deadlines are read
    # against: today, or the period's start when today lies outside the period
    # ("i år" in a plan for 2027 written in November 2026 means 2027).
    period: Period | None = None
    reference: dt.date | None = None
    max_change_factor: float = 3.0
    # The longest goal, in words, that gets a rewrite with blanks (``rewrite_max_words``);
    # an edit without blanks may run three words longer.
    rewrite_max_words: int = 10

    @property
    def resolve_from(self) -> dt.date:
        """The date relative deadlines are resolved against."""
        return self.reference or self.today
