"""Kinds of time expression made of words: events, relative phrases, durations, rates.

Each function returns :class:`~smartlint.nlp.timex_keys.Kind` values for the
pieces a :class:`~smartlint.nlp.timex_patterns.PatternBuilder` prepared from
the lexicon.  A duration exists only after "inom"/"within" and an unlisted
event only after "innan"/"before" or "slutet av": the ``marker`` and ``part``
arguments say which context a kind is built for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smartlint.nlp.timex_keys import ANY_KEY, DIGIT_KEYS, NUM_KEY, YEAR_KEY, Kind
from smartlint.nlp.timex_regex import NEVER, YEAR4, either, group, optional, words

if TYPE_CHECKING:
    from smartlint.nlp.timex_patterns import PatternBuilder


def other_kinds(b: PatternBuilder, marker: str | None) -> list[Kind]:
    """Relative phrases, durations and bare years."""
    w, lex = b.lex.word_list, b.lex
    # "for an entire year", "i ett helt år": a whole unit is still one unit
    whole = optional(r"\s+" + words(w("whole_words"))) if w("whole_words") else ""
    return [
        Kind("rel", group("rel_w", words(lex.relative)) + r"(?!\w)", b.keys(lex.relative)),
        Kind(
            "du",
            rf"{group('du_n', b.number)}{whole}\s*{group('du_u', b.units)}"
            + optional(r"\s+" + group("du_half", words(w("half_suffixes"))))
            + optional(r"\s+" + group("du_at", words(w("duration_anchors"))))
            if marker in ("within", "next", "deadline")
            # "senast 8 veckor efter ansökan": by a length counted from each case
            else rf"{group('du_n', b.number)}\s*{group('du_u', b.units)}"
            + r"\s+"
            + group("du_at", words(w("duration_anchors")))
            if marker == "by"
            else NEVER,
            b.keys(lex.numbers) | DIGIT_KEYS,
        ),
        Kind(
            "yr",
            rf"(?:{group('yr_w', words(w('year_words')))}\s+)?(?<![\d.,:/$€£#])"
            r"(?<!\d\s)" + group("yr_y", b.year),
            frozenset({YEAR_KEY}) | b.keys(w("year_words")),
        ),
    ]


def event_kinds(b: PatternBuilder, marker: str | None, part: bool) -> tuple[Kind, Kind, Kind, Kind]:
    """Named events, the current period after a part, unlisted events and event clauses.

    Events come before seasons ("the winter peak" is an event, "the
    winter" a season) and the unlisted event last, since it takes any noun.
    """
    w, lex = b.lex.word_list, b.lex
    mods = optional(words(w("event_modifiers")) + r"\s+")
    # "the", "my", "my sister's" and "2027", "40th" before an event
    owner = rf"{words(w('articles') + w('determiners'))}\s+(?:[^\W\d_]+['’]s\s+)?"
    # "2027", "40th" or "10-year" before an event ("our 10-year anniversary")
    number = rf"(?:{YEAR4}\s+|\d\d?{b.day_suf}\s+|\d{{1,3}}-years?\s+)?"
    if w("definite_suffixes"):
        # "innan mässan"; or an owner's event, whose noun the genitive makes definite
        # ("inför klubbens 50-års jubileum", "innan föreningens årsmöte")
        # ("inför föreningens 100-årsjubileum": the count may join the noun)
        owned_event = r"[^\W\d_]{2,}s\s+(?:\d+-[^\W\d_]*s\s+|\d+-)?[^\W\d_]{3,}"
        generic = rf"(?:{mods}[^\W\d_]{{2,}}{words(w('definite_suffixes'))}|{owned_event})(?!\w)"
    else:  # one or two words after "the"/"my": "the partner summit"
        clause = words(w("clause_words"))
        generic = (
            rf"{owner}{number}{mods}[^\W\d_]{{3,}}"
            rf"(?:\s+(?!{clause}(?!\w))[^\W\d_]{{3,}})?(?!\w)"
        )
    owned = b.keys(w("determiners")) | {f"{a} {NUM_KEY}" for a in w("articles")}
    return (
        Kind(
            "ev",
            rf"(?:{owner})?{number}(?:{group('ev_next', words(w('event_modifiers')))}"
            rf"\s+)?{group('ev_w', words(w('events')))}(?!\w)"
            + optional(r"\s+" + group("ev_y", b.year)),
            b.with_articles(b.keys(w("events"), w("event_modifiers"))),
            owned,
        ),
        Kind(
            "cur",
            group("cur_w", words(lex.current_periods)) + r"(?!\w)" if part else NEVER,
            b.keys(lex.current_periods),
        ),
        Kind("evg", generic if part or marker == "before" else NEVER, frozenset({ANY_KEY})),
        Kind("evc", _event_clause(b) if marker == "before" else NEVER, frozenset({ANY_KEY})),
    )


def _event_clause(b: PatternBuilder) -> str:
    """A clause after "before"/"innan" that names what happens: "before we move".

    A subject pronoun, then its verb and up to five more words, to the next
    punctuation: "innan vi åker på läger", "before it gets dark".
    """
    subjects = b.lex.word_list("clause_subjects")
    if not subjects:
        return NEVER
    return rf"{words(subjects)}\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,5}}(?!\w)"


def rate_kinds(b: PatternBuilder) -> list[Kind]:
    """Kinds of a recurring period ("per månad", "twice a year", "/år") and "YoY"."""
    w = b.lex.word_list
    freq = either(*(rf"(?<={re.escape(f)}\s)" for f in w("frequency_words")))
    count = either(b.number, b.ordinal, r"\d+" + b.day_suf)
    article = words(b.article_numbers)
    rate_freq = rf"{freq}{article}\s+{group('rf_u', b.units)}" if freq != NEVER else NEVER
    # "per klubb och år": what the amount is counted per, joined to its period
    joins = w("rate_joins")
    per_thing = rf"\w+\s+{words(joins)}\s+" if joins else NEVER
    return [
        Kind(
            "rs",
            r"(?<=/)" + group("rs_u", words(w("slash_units"))) + r"(?!\w)",
            b.keys(w("slash_units")),
        ),
        Kind("rf", rate_freq, b.keys(b.article_numbers)),
        Kind(
            "rm",
            rf"{group('rm_mk', words(w('rate_markers')))}\s+(?:{per_thing})?(?:{count}\s+)?"
            + group("rm_u", b.units),
            b.keys(w("rate_markers")),
        ),
        Kind(
            "rp",
            group("rp_w", words(w("rate_phrases")))
            + r"(?!\w)"
            + rf"(?!\s+{words(w('rate_metric_words'))}(?!\w))",
            b.keys(w("rate_phrases")),
        ),
        Kind(
            "bp",
            group("bp_w", words(w("baseline_phrases"))) + r"(?!\w)",
            b.keys(w("baseline_phrases")),
        ),
    ]
