"""Resolve a time expression to the last day it allows.

``deadline-passed``, ``deadline-outside-period`` and the ``slots`` output all
need a date, not a phrase.  A span's text is parsed again with the same
regex that found it (so this module needs no spaCy), read as a period, and
its marker decides which day counts: "i/by/senast 2030" allows the whole
year (2030-12-31), "före 2030" only the years before (2029-12-31), "inom sex
månader" six months from ``today``.  A phrase without a year is the next
occurrence that is not over ("senast 31 mars" said in November is next
year's); "mid-2027" is its middle, 2027-06-30.  What names no day resolves
to None, as the corpus annotates it: an event ("innan mässan", "by
Christmas"), a season ("till sommaren"), the start of a period ("i början av
2027", "early 2027"), and a ``period`` span.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from smartlint.nlp import timex_calendar as cal
from smartlint.nlp.timex_lexicon import TimeLexicon, norm
from smartlint.nlp.timex_parse import BASELINE, DURATION, LANG_KEY, PERIOD, Timex, timex_parser
from smartlint.nlp.timex_values import (
    day_month,
    full_year,
    parse_number,
    parse_ordinal,
    split_years,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["resolve", "resolve_text", "resolve_timex"]
_MONTHS_PER_UNIT = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def resolve(span: Span, today: date, fiscal_year_start_month: int = 1) -> date | None:
    """The last day the time span allows, or None when it names no date.

    ``fiscal_year_start_month`` names the month a fiscal year starts in; a
    fiscal year is named by the calendar year it ends in ("FY2026").
    """
    lang = span.doc.user_data.get(LANG_KEY) or span.doc.lang_
    return resolve_text(span.text, lang, today, fiscal_year_start_month, label=span.label_ or None)


@lru_cache(maxsize=4096)
def resolve_text(
    text: str, lang: str, today: date, fiscal_year_start_month: int = 1, label: str | None = None
) -> date | None:
    """Resolve the first time expression in ``text`` (with ``label``, if given).

    Remembered: a plan names the same few deadlines ("by 2027-12-31", "i år")
    over and over, and re-reading one costs a full scan of its text.
    """
    for timex in timex_parser(lang).find(text):
        if label is None or timex.label == label:
            return resolve_timex(timex, today, fiscal_year_start_month)
    return None


def resolve_timex(timex: Timex, today: date, fiscal_year_start_month: int = 1) -> date | None:
    """Resolve a parsed expression; see the module docstring for the rules."""
    if not 1 <= fiscal_year_start_month <= 12:
        raise ValueError(f"fiscal_year_start_month must be 1-12, not {fiscal_year_start_month}")
    if timex.label in (PERIOD, DURATION):
        return None  # a recurrence or the length of an effort names no day
    lex = timex_parser(timex.lang).lex
    if timex.kind == "du":
        return _after_duration(timex, today, lex)
    if timex.part == "start":  # "i början av 2027": which day is not said
        return None
    reader = _Reader(lex, today, fiscal_year_start_month, timex.label == BASELINE)
    found = reader.read(timex)
    if found is None:
        return None
    period, is_point = found
    if timex.part == "mid":
        return cal.middle(period)
    eve = timex.marker == "before" and not timex.part and timex.label != BASELINE
    return period[0] - cal.ONE_DAY if eve and not is_point else period[1]


def _after_duration(timex: Timex, today: date, lex: TimeLexicon) -> date | None:
    """``today`` plus the duration; None for one past the calendar ("inom 99999 år")."""
    amount = (parse_number(timex.fields["n"], lex) or 0.0) + (0.5 if "half" in timex.fields else 0)
    unit = lex.duration_units[norm(timex.fields["u"])]
    try:
        if unit in _MONTHS_PER_UNIT:
            return cal.add_months(today, round(amount * _MONTHS_PER_UNIT[unit]))
        if unit == "week":
            return today + timedelta(days=round(amount * 7))
        if unit == "workday":
            return cal.add_workdays(today, min(round(amount), 100_000))
        return today + timedelta(days=round(amount)) if unit == "day" else today
    except (ValueError, OverflowError):
        return None


class _Reader:
    """Reads each kind of expression as ``(period, is_point)``."""

    def __init__(self, lex: TimeLexicon, today: date, fiscal_start: int, past: bool) -> None:
        self.lex, self.today, self.fiscal_start, self.past = lex, today, fiscal_start, past

    def read(self, timex: Timex) -> tuple[cal.Period, bool] | None:
        method = getattr(self, "_" + timex.kind, None)
        try:
            period = method(timex.fields) if method else None
        except ValueError:  # a day the calendar does not have: "31 april"
            return None
        if period is None:
            return None
        if timex.kind == "rel":
            return period, self.lex.relative[norm(timex.fields["w"])][2]
        return period, False

    def _year(self, f: dict[str, str]) -> int | None:
        year = full_year(f)
        if year is None and "yr" in f:
            year = self.today.year + self.lex.year_relatives[norm(f["yr"])]
        return year

    def _each(
        self, make: Callable[[int], cal.Period | None], f: dict[str, str]
    ) -> cal.Period | None:
        """``make`` for the named year, else for the next (or last) fitting one."""
        year = self._year(f)
        if year is not None:
            return make(year)
        return cal.occurrence(make, self.today, past=self.past)

    def _day(self, day: int, month: int, f: dict[str, str]) -> cal.Period | None:
        return self._each(
            lambda y: (date(y, month, day),) * 2 if _valid(y, month, day) else None, f
        )

    def _iso(self, f: dict[str, str]) -> cal.Period:
        day = date(int(f["y"]), int(f["m"]), int(f["d"]))
        return day, day

    def _nd(self, f: dict[str, str]) -> cal.Period | None:
        found = day_month(f, self.lex.lang)
        return self._day(*found, f) if found else None

    def _dm(self, f: dict[str, str]) -> cal.Period | None:
        return self._day(int(f["d"]), self.lex.months[norm(f["m"])], f)

    _md = _dm

    def _isow(self, f: dict[str, str]) -> cal.Period | None:
        return cal.iso_week(int(f["y"]), int(f["w"]))

    def _ym(self, f: dict[str, str]) -> cal.Period:
        return cal.months_period(int(f["y"]), int(f["m"]), 1)

    def _mo(self, f: dict[str, str]) -> cal.Period | None:
        month = self.lex.months[norm(f["m"])]
        if f.get("mod") and full_year(f) is None:
            # "this December": this year's; "next December": the first one after this
            # month; "last December": the last one before it
            offset = self.lex.season_offsets[norm(f["mod"])]
            year = self.today.year
            if offset > 0 and month <= self.today.month:
                year += 1
            elif offset < 0 and month >= self.today.month:
                year -= 1
            return cal.months_period(year, month, 1)
        return self._each(lambda y: cal.months_period(y, month, 1), f)

    def _part_of_year(self, number: int, size: int, f: dict[str, str]) -> cal.Period | None:
        """Quarter or half-year ``number`` (``size`` months) of a calendar or fiscal year."""
        if "fy" in f:
            start = cal.fiscal_year(self._year(f) or self.today.year, self.fiscal_start)[0]
            return cal.months_period(start.year, start.month + size * (number - 1), size)
        return self._each(lambda y: cal.months_period(y, size * (number - 1) + 1, size), f)

    def _quarter(self, number: int, f: dict[str, str]) -> cal.Period | None:
        return self._part_of_year(number, 3, f)

    def _half(self, number: int, f: dict[str, str]) -> cal.Period | None:
        return self._part_of_year(number, 6, f)

    def _qa(self, f: dict[str, str]) -> cal.Period | None:
        return self._quarter(int(f["q"]), f)

    _qb = _qw = _yq = _qa

    def _qo(self, f: dict[str, str]) -> cal.Period | None:
        return self._quarter(parse_ordinal(f["o"], self.lex) or 1, f)

    def _ha(self, f: dict[str, str]) -> cal.Period | None:
        return self._half(int(f["h"]), f)

    _hb = _yh = _ha

    def _fq(self, f: dict[str, str]) -> cal.Period | None:
        return self._quarter(int(f["q"]), f)

    _fh = _ha

    def _tw(self, f: dict[str, str]) -> cal.Period | None:
        return self._part_of_year(int(f["t"]), 4, f)  # a tertial: four months

    def _ho(self, f: dict[str, str]) -> cal.Period | None:
        return self._half(parse_ordinal(f["o"], self.lex) or 1, f)

    def _wk(self, f: dict[str, str]) -> cal.Period | None:
        week = int(f.get("n2") or f["n"])
        return self._each(lambda y: cal.iso_week(y, week), f)

    def _dc(self, f: dict[str, str]) -> cal.Period:
        first = int(f["y"])
        return date(first, 1, 1), date(first + 9, 12, 31)

    def _yr(self, f: dict[str, str]) -> cal.Period:
        year = int(f["y"])
        return date(year, 1, 1), date(year, 12, 31)

    def _ys(self, f: dict[str, str]) -> cal.Period | None:
        found = split_years(f)
        if found is None:
            return None
        first, last, academic = found
        if academic:
            return cal.school_year(last, self.lex.academic_year_end)
        return date(first, 1, 1), date(last, 12, 31)

    def _fy(self, f: dict[str, str]) -> cal.Period:
        end = f.get("y2") or f["y"]
        year = int(end) if len(end) == 4 else 2000 + int(end)
        return cal.fiscal_year(year, self.fiscal_start)

    def _rel(self, f: dict[str, str]) -> cal.Period:
        unit, offset, _ = self.lex.relative[norm(f["w"])]
        return self._relative(unit, offset)

    def _cur(self, f: dict[str, str]) -> cal.Period:
        return self._relative(self.lex.current_periods[norm(f["w"])], 0)

    def _relative(self, unit: str, offset: int) -> cal.Period:
        return cal.relative_period(
            unit, self.today, offset, self.fiscal_start, self.lex.academic_year_end
        )


def _valid(year: int, month: int, day: int) -> bool:
    return day <= cal.month_end(year, month).day
