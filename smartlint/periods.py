"""Periods named in short texts: "2025 Q3", "FY25Q2", "VT 2026", "tertial 1 2027", "2023-2024".

Headings, YAML keys and table cells date the goals under them with a period,
and goal sentences use the same forms; this module reads them without
spaCy, so that the document readers and the sentence layer share one
reading.  :func:`find_periods` returns every period in a text, left to
right; :func:`parse_period` reads a text that is one period (a YAML
``deadline:`` value, a table cell).

A :class:`Period` is a span of whole days, both ends inclusive, with the
words that named it.  A part of a year written without its year ("Q4", "H1")
takes the ``year`` the caller knows from context; without one its
``start`` and ``end`` are None: the text still names a time bound, only not
a date.

Forms (case-insensitive, Swedish and English words merged, since a
document's language is not known while it is read):

- a year "2027", a range of years "2023-2024", "2024–2027", "2023 och 2024";
  a slash "2023/24" is an academic year, ending on the academic year's last
  day (as in goal sentences);
- quarters "Q3 2026", "2026 Q3", "2026-Q3", "Q3 '26", "3Q26", "kvartal 3
  2026", "third quarter of 2026", "tredje kvartalet 2026"; halves "H1
  2026", "första halvåret 2026", "first half of 2026"; tertials "tertial 1
  2027", "T1 2027", "andra tertialet 2027";
- school terms "VT 2026", "HT26", "vårterminen 2026", "spring term 2026";
- fiscal years "FY2027", "FY27", "FY 2017/18", "FY17-18", "räkenskapsåret
  2027", and their parts "FY25Q2", "FY25 Q2", "FY2027-Q3", "Q2 FY25", named
  by the calendar year the fiscal year ends in and started in the month
  ``fiscal_year_start``;
- academic years "läsåret 2025/26", "the 2025-2026 academic year";
- months "mars 2027", "March 2027", "2027-03"; days "2027-03-31", "31 mars
  2027", "March 31, 2027".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from smartlint.nlp.lexicon import load_lexicon
from smartlint.nlp.timex_calendar import fiscal_year, month_end, months_period, school_year

LANGS = ("sv", "en")


@dataclass(frozen=True, slots=True)
class Period:
    """A period named in a text.

    ``start`` and ``end`` are the first and last day (None when a part of a
    year is named without its year and none was given); ``text`` the words
    that named it, ``begin``..``stop`` their place in the text searched;
    ``kind`` one of ``year``, ``years``, ``academic-year``, ``quarter``,
    ``half``, ``tertial``, ``term``, ``fiscal-year``, ``fiscal-quarter``,
    ``fiscal-half``, ``month``, ``day``.
    """

    start: date | None
    end: date | None
    text: str
    kind: str
    begin: int = 0
    stop: int = 0

    @property
    def resolved(self) -> bool:
        """Whether the period has dates (its year was written or given)."""
        return self.start is not None and self.end is not None

    @property
    def year(self) -> int | None:
        """The calendar year the period ends in."""
        return self.end.year if self.end is not None else None


def find_periods(text: str, *, year: int | None = None, fiscal_year_start: int = 1) -> list[Period]:
    """Every period named in ``text``, left to right, none overlapping another.

    ``year`` is the year a part of a year without one belongs to ("Q4"
    under a heading "OKR 2026"); ``fiscal_year_start`` the month a fiscal
    year starts in (config ``fiscal_year_start``).
    """
    found = []
    for match in _grammar().pattern.finditer(text):
        period = _read(match, year, fiscal_year_start)
        if period is not None:
            found.append(period)
    return found


def parse_period(
    text: str, *, year: int | None = None, fiscal_year_start: int = 1
) -> Period | None:
    """The period ``text`` consists of ("2027-06-30", "Q4 2027", "16/17" is not one), or None.

    Words around a single period are allowed when they name no other one
    ("senast 2027-06-30", "by end of Q3 2026").
    """
    found = find_periods(text, year=year, fiscal_year_start=fiscal_year_start)
    return found[0] if len(found) == 1 else None


def split_fiscal_years(text: str, *, fiscal_year_start: int = 1) -> Period | None:
    """A cell of a fiscal-year column: "16/17", "2016/17", "FY17" (the fiscal year ending 2017)."""
    found = parse_period(text, fiscal_year_start=fiscal_year_start)
    if found is not None and found.kind.startswith("fiscal"):
        return found
    match = _SHORT_SPLIT.fullmatch(text.strip())
    if match is None:
        return found
    first, last = (_full_year(match.group(k), None) for k in (1, 2))
    if first is None or last is None or last != first + 1:
        return found
    start, end = fiscal_year(last, fiscal_year_start)
    return Period(start, end, text.strip(), "fiscal-year", 0, len(text))


_SHORT_SPLIT = re.compile(r"((?:19|20)?\d\d)\s?[/-]\s?(\d\d)")


# --- the grammar -----------------------------------------------------------------

_Y4 = r"(?:19|20)\d\d"
_Y2 = r"\d\d"
_LEFT = r"(?<![\w.,/:-])"  # not inside a number, an id ("802452-1851") or a word
_RIGHT = r"(?![\w%]|[.,:/-]\d|\s?%)"


@dataclass(frozen=True)
class _Grammar:
    pattern: re.Pattern[str]
    months: dict[str, int]
    ordinals: dict[str, int]
    parts: dict[str, int]  # a part word or abbreviation -> months in one part
    terms: dict[str, tuple[int, int]]
    academic_end: tuple[int, int]


def _words(items: Iterable[str]) -> str:
    """An alternation of phrases, longest first, any run of spaces between words."""
    unique = sorted({str(i).lower() for i in items}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in unique) + ")"


@cache
def _grammar() -> _Grammar:
    time = {lang: load_lexicon("time", lang) for lang in LANGS}
    doc = {lang: load_lexicon("document", lang) for lang in LANGS}
    numbers = {lang: load_lexicon("numbers", lang) for lang in LANGS}

    def merged(source: dict[str, dict], key: str) -> list[str]:
        return [str(w).lower() for lang in LANGS for w in source[lang].get(key, [])]

    months = {str(k).lower(): int(v) for lang in LANGS for k, v in time[lang]["months"].items()}
    ordinals = {
        str(k).lower(): int(v)
        for lang in LANGS
        for k, v in numbers[lang].get("ordinals", {}).items()
        if int(v) <= 4
    }
    quarter = merged(time, "quarter_abbrevs") + merged(time, "quarter_words")
    half = merged(time, "half_abbrevs") + merged(time, "half_words")
    half += [w.split()[0] for w in merged(time, "half_words_need_year")]
    tertial = merged(doc, "tertial_words") + merged(doc, "tertial_abbrevs")
    parts = {**dict.fromkeys(quarter, 3), **dict.fromkeys(half, 6), **dict.fromkeys(tertial, 4)}
    terms = {
        str(k).lower(): (int(v[0]), int(v[1]))
        for lang in LANGS
        for k, v in doc[lang]["terms"].items()
    }
    abbrev = _words(
        merged(time, "quarter_abbrevs")
        + merged(time, "half_abbrevs")
        + merged(doc, "tertial_abbrevs")
    )
    part_word = _words(
        merged(time, "quarter_words")
        + merged(time, "half_words")
        + merged(doc, "tertial_words")
        + [w.split()[0] for w in merged(time, "half_words_need_year")]
    )
    any_part = _words(parts)
    fiscal = _words(merged(time, "fiscal_prefixes"))
    academic = _words(merged(time, "academic_prefixes"))
    academic_after = _words(merged(time, "academic_suffixes"))
    ordinal = _words(ordinals)
    month = _words(months)
    term = _words(terms)
    joins = _words(merged(doc, "range_words"))
    conn = _words(merged(time, "year_connectors"))
    part_conn = _words(merged(doc, "part_connectors"))
    yy = rf"(?:{_Y4}|{_Y2})"
    alternatives = [
        # FY25Q2, FY 25 Q2, FY2027-Q3, FY2024/25 H1
        rf"(?P<fyp_w>{fiscal})[\s-]*(?P<fyp_y>{yy})(?:\s?/\s?(?P<fyp_y2>{yy}))?[\s-]*"
        rf"(?P<fyp_p>{abbrev})\s?(?P<fyp_n>[1-4])(?!\w)",
        # Q2 FY25, H1 FY2026
        rf"(?P<pfy_p>{abbrev})\s?(?P<pfy_n>[1-4])[\s-]*(?P<pfy_w>{fiscal})[\s-]*(?P<pfy_y>{yy})(?!\w)",
        # FY2027, FY 2017/18, FY17-18, räkenskapsåret 2027
        rf"(?P<fy_w>{fiscal})(?:\s*|-)(?P<fy_y>{yy})(?:\s?[/-]\s?(?P<fy_y2>{yy}))?{_RIGHT}",
        # läsåret 2025/26, the 2025-2026 academic year
        rf"(?:(?P<ac_w>{academic})\s+)(?P<ac_y>{_Y4})\s?[-–/]\s?(?P<ac_y2>{yy}){_RIGHT}",
        rf"(?P<ac2_y>{_Y4})\s?[-–/ ]\s?(?P<ac2_y2>{yy})\s+(?P<ac2_w>{academic_after})(?!\w)",
        # 2027-03-31, 31 mars 2027, March 31, 2027
        rf"(?P<iso_y>{_Y4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?!\d)",
        rf"(?P<dmy_d>[0-3]?\d)(?:st|nd|rd|th|:e|:a)?\.?\s+(?:of\s+)?(?P<dmy_m>{month})\.?,?\s+"
        rf"(?P<dmy_y>{_Y4}){_RIGHT}",
        rf"(?P<mdy_m>{month})\.?\s+(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<mdy_y>{_Y4}){_RIGHT}",
        # 2026 Q3, 2026-Q3, 2026Q3, 2027 T2
        rf"(?P<yp_y>{_Y4})[\s-]?(?P<yp_p>{abbrev})(?P<yp_n>[1-4])(?!\w)",
        # 3Q26, 1H 2026
        rf"(?P<np_n>[1-4])(?P<np_p>{abbrev})(?:\s?(?P<np_y>{_Y4})|['’-]?(?P<np_yy>{_Y2}))(?!\w)",
        # Q3 2026, Q3-2026, Q3 '26, Q3/26, kvartal 3 2026, T1 2027; Q4 alone
        rf"(?P<pn_p>{any_part})\.?\s?(?P<pn_n>[1-4])(?!\d)"
        rf"(?:,?[\s/-]*(?:{conn}\s+)?(?P<pn_y>{_Y4})|\s?['’](?P<pn_yy>{_Y2})|[/-](?P<pn_yy2>{_Y2}))?"
        rf"(?!\w)",
        # third quarter of 2026, tredje kvartalet 2026, första halvåret
        rf"(?:the\s+)?(?P<op_o>{ordinal})\s+(?P<op_p>{part_word})"
        rf"(?:\s+(?:{part_conn}\s+)?(?P<op_y>{_Y4}))?{_RIGHT}",
        # VT 2026, HT26, HT-26, vårterminen 2026, spring term 2026
        rf"(?P<tm_w>{term})[\s-]?(?P<tm_y>{yy}){_RIGHT}",
        # mars 2027, March 2027, 2027-03
        rf"(?P<my_m>{month})\.?\s+(?:of\s+)?(?P<my_y>{_Y4}){_RIGHT}",
        rf"(?P<ym_y>{_Y4})-(?P<ym_m>0[1-9]|1[0-2])(?![\d-])",
        # 2023-2024, 2024–2027, 2023/24, 2023 och 2024
        rf"(?P<yr_a>{_Y4})(?:\s?(?P<yr_s>[-–/])\s?|\s+{joins}\s+)(?P<yr_b>{yy}){_RIGHT}",
        rf"(?P<y_y>{_Y4}){_RIGHT}",
    ]
    pattern = re.compile(
        _LEFT + "(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")", re.IGNORECASE
    )
    end = time["sv"].get("academic_year_end", [6, 30])
    return _Grammar(pattern, months, ordinals, parts, terms, (int(end[0]), int(end[1])))


# --- reading a match -------------------------------------------------------------


def _full_year(text: str | None, century_of: int | None) -> int | None:
    """A written year as a full year: "26" is 2026 (or in ``century_of``'s century)."""
    if not text:
        return None
    value = int(text)
    if len(text) == 4:
        return value
    return (century_of // 100 * 100 if century_of else 2000) + value


def _read(match: re.Match[str], year: int | None, fiscal_start: int) -> Period | None:
    """The period of one match of the grammar, or None when its numbers name no period."""
    g = {k: v for k, v in match.groupdict().items() if v is not None}
    kind = next(iter(g)).split("_")[0]
    reader = _READERS[kind]
    try:
        found = reader(g, year, fiscal_start)
    except ValueError:  # a day the month does not have: "31 april 2027"
        return None
    if found is None:
        return None
    start, end, name = found
    return Period(start, end, match.group(), name, match.start(), match.end())


_Found = tuple[date | None, date | None, str] | None


def _part(size: int, number: int, year: int | None, kind: str) -> _Found:
    """Part ``number`` (``size`` months) of calendar ``year``."""
    if number > 12 // size:
        return None
    if year is None:
        return None, None, kind
    start, end = months_period(year, size * (number - 1) + 1, size)
    return start, end, kind


def _part_kind(size: int) -> str:
    return {3: "quarter", 4: "tertial", 6: "half"}[size]


def _part_size(word: str) -> int:
    return _grammar().parts[" ".join(word.lower().split())]


def _fiscal_part(g: dict[str, str], prefix: str, fiscal_start: int) -> _Found:
    last = g.get(f"{prefix}_y2") or g[f"{prefix}_y"]
    end_year = _full_year(last, _full_year(g[f"{prefix}_y"], None))
    size, number = _part_size(g[f"{prefix}_p"]), int(g[f"{prefix}_n"])
    if end_year is None or number > 12 // size:
        return None
    first = fiscal_year(end_year, fiscal_start)[0]
    start, end = months_period(first.year, first.month + size * (number - 1), size)
    return start, end, f"fiscal-{_part_kind(size)}"


def _fiscal(g: dict[str, str], year: int | None, fiscal_start: int) -> _Found:
    first = _full_year(g["fy_y"], None)
    last = _full_year(g.get("fy_y2"), first) or first
    if first is None or last is None or (g.get("fy_y2") and last != first + 1):
        return None
    start, end = fiscal_year(last, fiscal_start)
    return start, end, "fiscal-year"


def _academic(g: dict[str, str], prefix: str) -> _Found:
    first = _full_year(g[f"{prefix}_y"], None)
    last = _full_year(g[f"{prefix}_y2"], first)
    if first is None or last is None or last not in (first, first + 1):
        return None
    start, end = school_year(last, _grammar().academic_end)
    return start, end, "academic-year"


def _month(word: str) -> int:
    return _grammar().months[" ".join(word.lower().split())]


def _day(year: str, month: int, day: str) -> _Found:
    found = date(int(year), month, int(day))
    return found, found, "day"


def _part_named(g: dict[str, str], year: int | None) -> _Found:
    size, number = _part_size(g["pn_p"]), int(g["pn_n"])
    written = g.get("pn_y") or g.get("pn_yy") or g.get("pn_yy2")
    if written is None and year is None and g["pn_p"].lower() in _bare_letters():
        # "T1", "H2" alone are names as often as periods, unless the context gives
        # a year; a quarter "Q4" is a period
        if size != 3:
            return None
    return _part(size, number, _full_year(written, None) or year, _part_kind(size))


@cache
def _bare_letters() -> frozenset[str]:
    return frozenset(w for w in _grammar().parts if len(w) <= 2)


def _ordinal_part(g: dict[str, str], year: int | None) -> _Found:
    size = _part_size(g["op_p"])
    number = _grammar().ordinals[" ".join(g["op_o"].lower().split())]
    return _part(size, number, _full_year(g.get("op_y"), None) or year, _part_kind(size))


def _term(g: dict[str, str]) -> _Found:
    first, last = _grammar().terms[" ".join(g["tm_w"].lower().split())]
    term_year = _full_year(g["tm_y"], None)
    if term_year is None:
        return None
    return date(term_year, first, 1), month_end(term_year, last), "term"


def _years(g: dict[str, str]) -> _Found:
    first = int(g["yr_a"])
    last = _full_year(g["yr_b"], first)
    if last is None or last <= first:
        return None
    if g.get("yr_s") == "/" and last == first + 1:
        start, end = school_year(last, _grammar().academic_end)
        return start, end, "academic-year"
    return date(first, 1, 1), date(last, 12, 31), "years"


def _year(g: dict[str, str]) -> _Found:
    value = int(g["y_y"])
    return date(value, 1, 1), date(value, 12, 31), "year"


def _month_year(g: dict[str, str]) -> _Found:
    month = _month(g["my_m"]) if "my_m" in g else int(g["ym_m"])
    start, end = months_period(int(g.get("my_y") or g["ym_y"]), month, 1)
    return start, end, "month"


_READERS = {
    "fyp": lambda g, y, f: _fiscal_part(g, "fyp", f),
    "pfy": lambda g, y, f: _fiscal_part(g, "pfy", f),
    "fy": _fiscal,
    "ac": lambda g, y, f: _academic(g, "ac"),
    "ac2": lambda g, y, f: _academic(g, "ac2"),
    "iso": lambda g, y, f: _day(g["iso_y"], int(g["iso_m"]), g["iso_d"]),
    "dmy": lambda g, y, f: _day(g["dmy_y"], _month(g["dmy_m"]), g["dmy_d"]),
    "mdy": lambda g, y, f: _day(g["mdy_y"], _month(g["mdy_m"]), g["mdy_d"]),
    "yp": lambda g, y, f: _part(
        _part_size(g["yp_p"]), int(g["yp_n"]), int(g["yp_y"]), _part_kind(_part_size(g["yp_p"]))
    ),
    "np": lambda g, y, f: _part(
        _part_size(g["np_p"]),
        int(g["np_n"]),
        _full_year(g.get("np_y") or g.get("np_yy"), None),
        _part_kind(_part_size(g["np_p"])),
    ),
    "pn": lambda g, y, f: _part_named(g, y),
    "op": lambda g, y, f: _ordinal_part(g, y),
    "tm": lambda g, y, f: _term(g),
    "my": lambda g, y, f: _month_year(g),
    "ym": lambda g, y, f: _month_year(g),
    "yr": lambda g, y, f: _years(g),
    "y": lambda g, y, f: _year(g),
}
