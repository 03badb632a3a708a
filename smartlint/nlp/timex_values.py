"""Read the values inside a matched time expression: years, numbers, day and month.

Shared by the checks in :mod:`smartlint.nlp.timex_parse` (is "31/3" a date
at all?) and the arithmetic in :mod:`smartlint.nlp.dates`, so that both read
"2027/28" or "3/31" the same way.
"""

from __future__ import annotations

from smartlint.nlp.timex_lexicon import TimeLexicon, norm


def full_year(fields: dict[str, str]) -> int | None:
    """The year of field ``y``, or of a two-digit ``yy``/``fyy``/``yy2`` (taken as 20yy)."""
    if year := fields.get("y"):
        return int(year)
    for key in ("yy", "fyy", "yy2"):
        if short := fields.get(key):
            return int(short) if len(short) == 4 else 2000 + int(short)
    return None


def parse_number(text: str, lex: TimeLexicon) -> float | None:
    """The value of "6", "1,5", "sex", "twenty-four", "tjugofyra"."""
    key = norm(text)
    if key[:1].isdigit():
        return float(key.replace(",", "."))
    if key in lex.numbers:
        return lex.numbers[key]
    for tens, value in lex.numbers.items():
        if value in range(20, 100, 10) and key.startswith(tens):
            ones = lex.numbers.get(key[len(tens) :].strip(" -"))
            if ones is not None and ones < 10:
                return value + ones
    return None


def parse_ordinal(text: str, lex: TimeLexicon) -> int | None:
    """The value of "tredje", "third", "3rd", "3:e"."""
    key = norm(text)
    if key in lex.ordinals:
        return lex.ordinals[key]
    return int(key[0]) if key[:1].isdigit() else None


def split_years(fields: dict[str, str]) -> tuple[int, int, bool] | None:
    """Read "2027/28", "2025–27": (first year, last year, is it an academic year).

    A slash, or a word such as "läsåret" or "academic year", makes two years in
    a row one academic year; a dash makes a span of calendar years.
    """
    first, raw = int(fields["y"]), fields["y2"]
    if fields["sep"] not in ("-", "–", "/") and len(raw) != 4:
        return None  # "2023 och 24" is no span; "2023 och 2024" is
    last = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
    academic = last == first + 1 and (
        fields["sep"] == "/" or bool(fields.get("ac")) or bool(fields.get("acs"))
    )
    if academic or last > first:
        return first, last, academic
    return None


def day_month(fields: dict[str, str], lang: str) -> tuple[int, int] | None:
    """Read "31/3" (day first) or, in English, "3/31" (month first) as (day, month)."""
    a, b = int(fields["a"]), int(fields["b"])
    day, month = (b, a) if lang == "en" and fields["sep"] == "/" else (a, b)
    if month > 12 and day <= 12:
        day, month = month, day
    return (day, month) if 1 <= month <= 12 and 1 <= day <= 31 else None
