"""Kinds of time expression that name a calendar unit: a day, month, quarter, week, ...

Each function returns :class:`~smartlint.nlp.timex_keys.Kind` values for the
pieces a :class:`~smartlint.nlp.timex_patterns.PatternBuilder` prepared from
the lexicon; group names are ``kind_field`` ("dm_d" is the day of "31 mars").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.nlp.timex_keys import NUM_KEY, YEAR_KEY, Kind
from smartlint.nlp.timex_regex import (
    DAY,
    MONTH_NUM,
    NEVER,
    WEEK_NUM,
    YEAR2,
    YEAR4,
    either,
    group,
    optional,
    words,
)

if TYPE_CHECKING:
    from smartlint.nlp.timex_patterns import PatternBuilder


# Between two years of one span: a dash or slash, or "och"/"and" between spaces
# ("under 2023 och 2024").
_YEAR_JOINS = r"[-–/]|(?<=\s)(?:och|and|&)(?=\s)"


def date_kinds(b: PatternBuilder) -> list[Kind]:
    """Kinds naming a day, a year-month, a fiscal year or a span of years."""
    y, w, lex = b.year, b.lex.word_list, b.lex
    of = optional(words(w("day_connectors")) + r"\s+")
    year, digit = frozenset({YEAR_KEY}), frozenset({NUM_KEY})
    day = digit | {f"{a} {NUM_KEY}" for a in w("day_articles")}
    years2 = either(YEAR4, YEAR2)
    return [
        Kind(
            "iso",
            rf"{group('iso_y', YEAR4)}[-/.]{group('iso_m', MONTH_NUM)}[-/.]" + group("iso_d", DAY),
            year,
        ),
        Kind("isow", rf"{group('isow_y', YEAR4)}-?w{group('isow_w', WEEK_NUM)}", year),
        Kind("ym", rf"{group('ym_y', YEAR4)}-{group('ym_m', '(?:0[1-9]|1[0-2])')}(?![\d-])", year),
        Kind("yq", rf"{group('yq_y', YEAR4)}[-\s]?q{group('yq_q', '[1-4]')}(?!\w)", year),
        Kind(
            "ys",
            rf"{b.arts}(?:{group('ys_ac', words(w('academic_prefixes')))}\s*)?"
            rf"{group('ys_y', YEAR4)}\s?{group('ys_sep', _YEAR_JOINS)}\s?"
            rf"{group('ys_y2', years2)}(?![\w%])"
            + optional(rf"\s+{group('ys_acs', words(w('academic_suffixes')))}(?!\w)"),
            b.with_articles(year | b.keys(w("academic_prefixes"))),
        ),
        Kind(
            "fq",  # "FY25Q2", "FY2027-Q3", "FY25 Q2": a quarter of a fiscal year
            rf"{group('fq_fy', b.fiscal)}(?:\s*|-){group('fq_fyy', years2)}\s?[-\s]?"
            rf"{group('fq_w', words(w('quarter_abbrevs')))}{group('fq_q', '[1-4]')}(?!\w)",
            b.keys(w("fiscal_prefixes")),
        ),
        Kind(
            "fh",  # "FY25H1", "FY2027-H2": a half of a fiscal year
            rf"{group('fh_fy', b.fiscal)}(?:\s*|-){group('fh_fyy', years2)}\s?[-\s]?"
            rf"{group('fh_w', words(w('half_abbrevs')))}{group('fh_h', '[12]')}(?!\w)",
            b.keys(w("fiscal_prefixes")),
        ),
        Kind(
            "yh",  # "2024H2", "2026-H1"
            rf"{group('yh_y', YEAR4)}[-\s]?{words(w('half_abbrevs'))}{group('yh_h', '[12]')}(?!\w)",
            year,
        ),
        Kind(
            "fy",
            rf"{group('fy_w', b.fiscal)}(?:\s*|-){group('fy_y', years2)}"
            rf"(?:\s?/\s?{group('fy_y2', years2)})?(?![\w%])",
            b.keys(w("fiscal_prefixes")),
        ),
        Kind(
            "nd",
            rf"{group('nd_art', b.day_art)}{group('nd_a', DAY)}"
            rf"{group('nd_sep', '[/.]')}{group('nd_b', DAY)}"
            rf"(?:(?:[/.-]|\s+|,\s*){group('nd_y', y)}|[/.-]{group('nd_yy', YEAR2)})?"
            r"(?![\d%]|[/.]\d)",
            day,
        ),
        Kind(
            "dm",
            # "den 22-23 augusti", "22–23 August": a span of days ends on its last
            rf"{b.day_art}(?:{DAY}\s?[-–]\s?)?{group('dm_d', DAY)}{b.day_suf}\.?\s+{of}"
            rf"{group('dm_m', b.months)}(?:\.(?=\s+\d))?(?!\w)"
            + optional(
                either(
                    rf"(?:\s+|,\s*|\s*-\s*){group('dm_y', y)}",
                    r"\s+" + group("dm_yr", words(lex.year_relatives)) + r"(?!\w)",
                )
            ),
            day,
        ),
        Kind(
            "md",
            rf"{group('md_m', b.months)}\.?\s+(?:{DAY}\s?[-–]\s?)?{group('md_d', DAY)}{b.day_suf}"
            rf"(?!\w)(?:,?\s+{group('md_y', y)})?",
            b.keys(lex.months),
        ),
    ]


# The first year of a decade: "2020" in "2020-talet", "the 2030s".
DECADE = r"(?<![\d.,:/])(?:19|20)\d0"


def period_kinds(b: PatternBuilder, marker: str | None) -> list[Kind]:
    """Kinds naming a month, quarter, half-year, week or season."""
    w, lex, digit = b.lex.word_list, b.lex, frozenset({NUM_KEY})
    qabbr, qword = words(w("quarter_abbrevs")), words(w("quarter_words"))
    habbr = words(w("half_abbrevs"))
    hword = either(words(w("half_words")), words(w("half_words_need_year")))
    homograph = words(w("season_homographs")) + (
        rf"(?=\s*(?:$|[^\w\s]|\d|{words(w('clause_words'))}(?!\w)))"
    )
    safe = words(s for s in w("seasons") if s not in w("season_homographs"))
    attached = "|" if marker else ""
    week = either(
        words(w("week_words")) + r"\s*", words(w("week_abbrevs")) + rf"(?:\.\s*|\s+{attached})"
    )
    ordinal = b.with_articles(b.keys(lex.ordinals) | digit)
    # "vintern 2027/28", "the winter of 2027/28"
    conn = words(w("year_connectors"))
    split = rf"\s+(?:{conn}\s+)?{group('se_split', YEAR4)}\s?/\s?(?:\d{{4}}|\d\d)(?!\d)"
    return [
        Kind(
            "mo",
            # "next December", "nästa december": the month's next (or this, last) occurrence
            rf"(?:{group('mo_mod', words(lex.season_offsets))}\s+)?"
            rf"{group('mo_m', b.months)}(?:\.(?=\s+\d))?(?!\w)" + b.tail("mo"),
            b.keys(lex.months, lex.season_offsets),
        ),
        Kind(
            "qa",
            rf"{group('qa_w', qabbr)}\.?\s?{group('qa_q', '[1-4]')}(?!\d)" + b.tail("qa"),
            b.keys(w("quarter_abbrevs")),
        ),
        Kind(
            "qb",
            rf"{group('qb_q', '[1-4]')}{qabbr}(?:\s?{group('qb_y', b.year)}"
            rf"|['’-]?{group('qb_yy', YEAR2)})?(?!\w)",
            digit,
        ),
        Kind(
            "qw",
            rf"{group('qw_w', qword)}\s+{group('qw_q', '[1-4]')}(?!\d)" + b.tail("qw"),
            b.keys(w("quarter_words")),
        ),
        Kind(
            "qo",
            rf"{b.arts}{group('qo_o', b.ordinal)}\s+{group('qo_w', qword)}(?!\w)" + b.tail("qo"),
            ordinal,
        ),
        Kind(
            "tw",  # "tertial 2 2027", "T2 2027", "tertial 3"
            rf"{group('tw_w', words(w('tertial_words')))}\s?{group('tw_t', '[1-3]')}(?!\d)"
            + b.tail("tw")
            if w("tertial_words")
            else NEVER,
            b.keys(w("tertial_words")),
        ),
        Kind(
            "ha",
            rf"{group('ha_w', habbr)}{group('ha_h', '[12]')}(?!\d)" + b.tail("ha"),
            b.keys(w("half_abbrevs")),
        ),
        Kind(
            "hb",
            rf"{group('hb_h', '[12]')}{habbr}(?:\s?{group('hb_y', b.year)}"
            rf"|['’-]?{group('hb_yy', YEAR2)})?(?!\w)",
            digit,
        ),
        Kind(
            "ho",
            rf"{b.arts}{group('ho_o', b.ordinal)}\s+{group('ho_w', hword)}(?!\w)" + b.tail("ho"),
            ordinal,
        ),
        Kind(
            "wk",
            rf"{week}{group('wk_n', WEEK_NUM)}(?:\s*[-–]\s*{group('wk_n2', WEEK_NUM)})?"
            + b.tail("wk"),
            b.keys(w("week_words"), w("week_abbrevs")),
        ),
        Kind(
            "dc",
            # "på 2020-talet", "in the 2030s": the decade, ending with its last year
            b.arts + group("dc_y", DECADE) + group("dc_s", words(w("decade_suffixes"))) + r"(?!\w)",
            b.with_articles(frozenset({YEAR_KEY})),
        ),
        Kind(
            "se",
            rf"{b.arts}(?:{group('se_mod', words(lex.season_offsets))}\s+)?"
            rf"{group('se_w', either(safe, homograph))}"
            rf"(?:{group('se_yy2', YEAR2)}|(?!\w)(?:{split}|{b.tail('se')}))",
            b.with_articles(b.keys(w("seasons"), lex.season_offsets)),
        ),
    ]
