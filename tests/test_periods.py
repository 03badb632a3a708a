"""smartlint.periods: the periods headings, YAML keys, cells and sentences name."""

from __future__ import annotations

import datetime as dt

import pytest

from smartlint.periods import Period, find_periods, parse_period, split_fiscal_years

D = dt.date

# text, (start, end, kind, the words that named it)
CASES = [
    ("2027", (D(2027, 1, 1), D(2027, 12, 31), "year", "2027")),
    ("Mål 2026", (D(2026, 1, 1), D(2026, 12, 31), "year", "2026")),
    ("Mål för 2027", (D(2027, 1, 1), D(2027, 12, 31), "year", "2027")),
    ("Verksamhetsplan 2015", (D(2015, 1, 1), D(2015, 12, 31), "year", "2015")),
    ("2025 Q3", (D(2025, 7, 1), D(2025, 9, 30), "quarter", "2025 Q3")),
    ("2026-Q1", (D(2026, 1, 1), D(2026, 3, 31), "quarter", "2026-Q1")),
    ("2026Q4", (D(2026, 10, 1), D(2026, 12, 31), "quarter", "2026Q4")),
    ("Q3 2026 OKRs", (D(2026, 7, 1), D(2026, 9, 30), "quarter", "Q3 2026")),
    ("Q3-2026", (D(2026, 7, 1), D(2026, 9, 30), "quarter", "Q3-2026")),
    ("Q3 '26", (D(2026, 7, 1), D(2026, 9, 30), "quarter", "Q3 '26")),
    ("Q2/27", (D(2027, 4, 1), D(2027, 6, 30), "quarter", "Q2/27")),
    ("3Q26", (D(2026, 7, 1), D(2026, 9, 30), "quarter", "3Q26")),
    ("kvartal 3 2026", (D(2026, 7, 1), D(2026, 9, 30), "quarter", "kvartal 3 2026")),
    ("Kv 2, 2027", (D(2027, 4, 1), D(2027, 6, 30), "quarter", "Kv 2, 2027")),
    ("third quarter of 2026", (D(2026, 7, 1), D(2026, 9, 30), "quarter", "third quarter of 2026")),
    ("tredje kvartalet 2026", (D(2026, 7, 1), D(2026, 9, 30), "quarter", "tredje kvartalet 2026")),
    ("H1 2026", (D(2026, 1, 1), D(2026, 6, 30), "half", "H1 2026")),
    ("2026 H2", (D(2026, 7, 1), D(2026, 12, 31), "half", "2026 H2")),
    ("första halvåret 2026", (D(2026, 1, 1), D(2026, 6, 30), "half", "första halvåret 2026")),
    ("first half of 2026", (D(2026, 1, 1), D(2026, 6, 30), "half", "first half of 2026")),
    ("andra halvan av 2026", (D(2026, 7, 1), D(2026, 12, 31), "half", "andra halvan av 2026")),
    ("tertial 1 2027", (D(2027, 1, 1), D(2027, 4, 30), "tertial", "tertial 1 2027")),
    ("Tertial 2 2027", (D(2027, 5, 1), D(2027, 8, 31), "tertial", "Tertial 2 2027")),
    ("T3 2027", (D(2027, 9, 1), D(2027, 12, 31), "tertial", "T3 2027")),
    ("andra tertialet 2027", (D(2027, 5, 1), D(2027, 8, 31), "tertial", "andra tertialet 2027")),
    ("VT 2026", (D(2026, 1, 1), D(2026, 6, 30), "term", "VT 2026")),
    ("vt26", (D(2026, 1, 1), D(2026, 6, 30), "term", "vt26")),
    ("HT-26", (D(2026, 7, 1), D(2026, 12, 31), "term", "HT-26")),
    ("vårterminen 2027", (D(2027, 1, 1), D(2027, 6, 30), "term", "vårterminen 2027")),
    ("höstterminen 2027", (D(2027, 7, 1), D(2027, 12, 31), "term", "höstterminen 2027")),
    ("spring term 2027", (D(2027, 1, 1), D(2027, 6, 30), "term", "spring term 2027")),
    ("fall semester 2027", (D(2027, 7, 1), D(2027, 12, 31), "term", "fall semester 2027")),
    ("FY2027", (D(2027, 1, 1), D(2027, 12, 31), "fiscal-year", "FY2027")),
    ("FY27", (D(2027, 1, 1), D(2027, 12, 31), "fiscal-year", "FY27")),
    ("FY17-18", (D(2018, 1, 1), D(2018, 12, 31), "fiscal-year", "FY17-18")),
    ("räkenskapsåret 2027", (D(2027, 1, 1), D(2027, 12, 31), "fiscal-year", "räkenskapsåret 2027")),
    ("FY25Q2", (D(2025, 4, 1), D(2025, 6, 30), "fiscal-quarter", "FY25Q2")),
    ("FY25 Q2", (D(2025, 4, 1), D(2025, 6, 30), "fiscal-quarter", "FY25 Q2")),
    ("FY2027-Q3", (D(2027, 7, 1), D(2027, 9, 30), "fiscal-quarter", "FY2027-Q3")),
    ("Q2 FY25", (D(2025, 4, 1), D(2025, 6, 30), "fiscal-quarter", "Q2 FY25")),
    ("FY2026 H2", (D(2026, 7, 1), D(2026, 12, 31), "fiscal-half", "FY2026 H2")),
    ("2023-2024", (D(2023, 1, 1), D(2024, 12, 31), "years", "2023-2024")),
    ("2024–2027", (D(2024, 1, 1), D(2027, 12, 31), "years", "2024–2027")),
    ("2023 och 2024", (D(2023, 1, 1), D(2024, 12, 31), "years", "2023 och 2024")),
    ("2025 to 2027", (D(2025, 1, 1), D(2027, 12, 31), "years", "2025 to 2027")),
    ("2023/2024", (D(2023, 7, 1), D(2024, 6, 30), "academic-year", "2023/2024")),
    ("2023/24", (D(2023, 7, 1), D(2024, 6, 30), "academic-year", "2023/24")),
    ("läsåret 2025/26", (D(2025, 7, 1), D(2026, 6, 30), "academic-year", "läsåret 2025/26")),
    (
        "the 2025-2026 academic year",
        (D(2025, 7, 1), D(2026, 6, 30), "academic-year", "2025-2026 academic year"),
    ),
    ("mars 2027", (D(2027, 3, 1), D(2027, 3, 31), "month", "mars 2027")),
    ("March 2027", (D(2027, 3, 1), D(2027, 3, 31), "month", "March 2027")),
    ("2027-02", (D(2027, 2, 1), D(2027, 2, 28), "month", "2027-02")),
    ("2027-03-31", (D(2027, 3, 31), D(2027, 3, 31), "day", "2027-03-31")),
    ("31 mars 2027", (D(2027, 3, 31), D(2027, 3, 31), "day", "31 mars 2027")),
    ("March 31, 2027", (D(2027, 3, 31), D(2027, 3, 31), "day", "March 31, 2027")),
    ("the 1st of June 2027", (D(2027, 6, 1), D(2027, 6, 1), "day", "1st of June 2027")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_one_period(text: str, expected: tuple[dt.date, dt.date, str, str]) -> None:
    (found,) = find_periods(text)
    assert (found.start, found.end, found.kind, found.text) == expected
    assert text[found.begin : found.stop] == found.text


@pytest.mark.parametrize(
    "text",
    [
        "Organisationsnummer 802452-1851",  # an id, not a year
        "Goal 4: Content Area Competence",
        "Reach 10% by spring",  # a season names no dates
        "2027 %",
        "1.2027",
        "version 2.2027",
        "31 april 2027",  # no such day
        "H1",  # without a year, a name as often as a period
        "T2",
        "2027-2025",  # a range runs forwards
        "",
    ],
)
def test_no_period(text: str) -> None:
    assert [p for p in find_periods(text) if p.resolved] == []


@pytest.mark.parametrize("text", ["Q5 2026", "tertial 4 2027", "H3 2026"])
def test_a_part_the_year_does_not_have_is_no_part(text: str) -> None:
    assert {p.kind for p in find_periods(text)} <= {"year"}


def test_fiscal_year_start_moves_the_fiscal_parts() -> None:
    (fy,) = find_periods("FY2027", fiscal_year_start=7)
    assert (fy.start, fy.end) == (D(2026, 7, 1), D(2027, 6, 30))
    (q,) = find_periods("FY25Q2", fiscal_year_start=7)
    assert (q.start, q.end) == (D(2024, 10, 1), D(2024, 12, 31))
    (h,) = find_periods("FY2027-H2", fiscal_year_start=4)
    assert (h.start, h.end) == (D(2026, 10, 1), D(2027, 3, 31))
    (calendar,) = find_periods("Q2 2025", fiscal_year_start=7)  # not a fiscal quarter
    assert (calendar.start, calendar.end) == (D(2025, 4, 1), D(2025, 6, 30))


def test_a_part_without_its_year_takes_the_given_year() -> None:
    (bare,) = find_periods("Q4")
    assert bare == Period(None, None, "Q4", "quarter", 0, 2)
    assert not bare.resolved and bare.year is None
    (dated,) = find_periods("Q4:", year=2019)
    assert (dated.start, dated.end, dated.year) == (D(2019, 10, 1), D(2019, 12, 31), 2019)
    (half,) = find_periods("H2", year=2026)
    assert (half.start, half.end) == (D(2026, 7, 1), D(2026, 12, 31))
    (written,) = find_periods("Q1 2027", year=2019)  # a written year wins
    assert written.year == 2027


def test_several_periods_left_to_right() -> None:
    text = "Mål 2026: klart Q3 2026, uppföljning 2027-01-15"
    assert [(p.text, p.kind) for p in find_periods(text)] == [
        ("2026", "year"),
        ("Q3 2026", "quarter"),
        ("2027-01-15", "day"),
    ]


def test_parse_period_takes_one_period_only() -> None:
    assert parse_period("senast 2027-06-30").end == D(2027, 6, 30)  # type: ignore[union-attr]
    assert parse_period("by end of Q3 2026").end == D(2026, 9, 30)  # type: ignore[union-attr]
    assert parse_period("2026 eller 2027 Q1") is None  # two periods: no single answer
    assert parse_period("snart") is None


@pytest.mark.parametrize(
    ("cell", "start", "end"),
    [
        ("16/17", D(2016, 4, 1), D(2017, 3, 31)),
        ("2019/20", D(2019, 4, 1), D(2020, 3, 31)),
        ("FY17-18", D(2017, 4, 1), D(2018, 3, 31)),
        ("2027", D(2027, 1, 1), D(2027, 12, 31)),  # a plain year stays a year
    ],
)
def test_fiscal_year_cells(cell: str, start: dt.date, end: dt.date) -> None:
    found = split_fiscal_years(cell, fiscal_year_start=4)
    assert found is not None and (found.start, found.end) == (start, end)


def test_fiscal_year_cell_that_is_no_year() -> None:
    assert split_fiscal_years("17/19") is None
    assert split_fiscal_years("Clerk") is None
