"""Calendar arithmetic for resolving time expressions to dates.

Kept apart from the parsing so that each rule ("a quarter ends on the last
day of its third month", "FY2026 ends in 2026") is a small function that can
be read and tested on its own.  Periods are ``(first day, last day)`` pairs,
both inclusive.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

Period = tuple[date, date]
ONE_DAY = timedelta(days=1)


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def months_period(year: int, first_month: int, count: int) -> Period:
    """``count`` whole months starting at ``first_month`` of ``year`` (may run over)."""
    first = date(year, 1, 1)
    first = add_months(first, first_month - 1)
    last = add_months(first, count - 1)
    return first, month_end(last.year, last.month)


def fiscal_year(end_year: int, start_month: int) -> Period:
    """The fiscal year named by the calendar year it ends in ("FY2026")."""
    if start_month == 1:
        return date(end_year, 1, 1), date(end_year, 12, 31)
    return months_period(end_year - 1, start_month, 12)


def school_year(end_year: int, end: tuple[int, int]) -> Period:
    """The academic year that ends on ``end`` (month, day) of ``end_year``."""
    return date(end_year - 1, *end) + ONE_DAY, date(end_year, *end)


def iso_week(year: int, week: int) -> Period | None:
    """Monday to Sunday of an ISO week, or None when the year has no such week."""
    try:
        return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
    except ValueError:
        return None


def add_workdays(day: date, count: int) -> date:
    """``day`` moved by ``count`` working days (Monday to Friday)."""
    while count > 0:
        day += ONE_DAY
        if day.weekday() < 5:
            count -= 1
    return day


def occurrence(
    make: Callable[[int], Period | None], today: date, past: bool = False
) -> Period | None:
    """The first period ``make(year)`` not over by ``today`` (if ``past``: the last one over)."""
    years = range(today.year - 2, today.year + 4)
    found = [p for y in years if (p := make(y)) is not None]
    if past:
        over = [p for p in found if p[1] < today]
        return over[-1] if over else None
    return next((p for p in found if p[1] >= today), None)


def relative_period(
    unit: str, today: date, offset: int, fiscal_start: int, school_end: tuple[int, int]
) -> Period:
    """The period ``offset`` units from the one holding ``today`` ("nästa kvartal")."""
    if unit == "year":
        return date(today.year + offset, 1, 1), date(today.year + offset, 12, 31)
    if unit in ("half", "quarter", "month"):
        size = {"half": 6, "quarter": 3, "month": 1}[unit]
        first = date(today.year, (today.month - 1) // size * size + 1, 1)
        return months_period(first.year, first.month + offset * size, size)
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit == "day":
        day = today + timedelta(days=offset)
        return day, day
    if unit == "decade":
        decade = today.year // 10 * 10 + 10 * offset
        return date(decade, 1, 1), date(decade + 9, 12, 31)
    if unit == "fiscal_year":
        year = today.year + (1 if fiscal_start != 1 and today.month >= fiscal_start else 0)
        return fiscal_year(year + offset, fiscal_start)
    year = today.year + (1 if today > date(today.year, *school_end) else 0)
    return school_year(year + offset, school_end)


def middle(period: Period) -> date:
    """The day "mid-2027" or "mitten av mars" stands for: half-way through the period."""
    first, last = period
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if first.day == 1 and last == month_end(last.year, last.month) and months % 2 == 0:
        end = add_months(first, months // 2 - 1)
        return month_end(end.year, end.month)
    return first + timedelta(days=((last - first).days + 1) // 2 - 1)
