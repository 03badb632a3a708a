"""The regex pieces of a language's time expressions, built once from its lexicon.

Each *kind* ("dm" = "31 mars 2027", "qa" = "Q3 2027", ...) is a regex over
lowercased text whose fields are ``kind_field`` groups, together with the
set of *keys* it can start with (the leading letters of its first word,
"#4"/"#" for a number).  :mod:`smartlint.nlp.timex_rules` uses the keys to
try only the kinds that can start at a word.  Some kinds exist only after a
marker or part (the *context*): a duration only after "inom"/"within", an
unlisted event only after "innan"/"before" or "slutet av", "v12" only after
a deadline word.  A baseline suffix ("års nivå") is the group ``SUF``.  The
kinds themselves are in :mod:`smartlint.nlp.timex_kinds_calendar` and
:mod:`smartlint.nlp.timex_kinds_words`; this module holds what they share.
"""

from __future__ import annotations

from collections.abc import Iterable

from smartlint.nlp.lexicon import load_lexicon
from smartlint.nlp.timex_keys import ANY_KEY, DIGIT_KEYS, NUM_KEY, Kind, keys
from smartlint.nlp.timex_kinds_calendar import date_kinds, period_kinds
from smartlint.nlp.timex_kinds_words import event_kinds, other_kinds, rate_kinds
from smartlint.nlp.timex_lexicon import TimeLexicon, norm
from smartlint.nlp.timex_regex import (
    NEVER,
    YEAR2,
    YEAR4,
    compound_numbers,
    either,
    group,
    optional,
    words,
)


class PatternBuilder:
    """Builds the kinds of one language from its :class:`TimeLexicon`."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.lex = lex
        self._cores: dict[tuple[str | None, bool], list[Kind]] = {}
        w = lex.word_list
        numbers = load_lexicon("numbers", lex.lang)
        units = [norm(str(u)) for u in numbers.get("units", [])]
        # "a"/"an": one only before a unit ("twice a year", "within a year")
        self.article_numbers = tuple(norm(str(a)) for a in numbers.get("article_numbers", []))
        count = words(w("count_nouns") + tuple(units))
        self.year = YEAR4 + (
            rf"(?!\s*%|\s+{count}(?!\w)|[.,]\d|[-–/]?[^\W\d_]|[-–/]\d|\s(?:och|and|&)\s\d{{4}})"
        )
        self.months = words(lex.months)
        self.fiscal = words(w("fiscal_prefixes"))
        self.arts = optional(words(w("articles")) + r"\s+")
        self.day_art = optional(words(w("day_articles")) + r"\s+")
        self.day_suf = optional(words(w("day_suffixes")))
        self.ordinal = either(words(lex.ordinals), r"[1-4]" + self.day_suf)
        self.number = either(compound_numbers(lex.numbers), r"\d+(?:[.,]\d+)?", words(lex.numbers))
        self.units = words(lex.duration_units) + r"(?!\w)"
        self.articles = frozenset(w("articles")) | frozenset(w("day_articles"))

    def keys(self, *lists: Iterable[str]) -> frozenset[str]:
        """The keys of phrases of this language (articles make two-word keys)."""
        return keys(*lists, articles=self.articles)

    def with_articles(self, base: frozenset[str]) -> frozenset[str]:
        """``base`` and the same keys after an optional article ("the summer")."""
        arts = self.lex.word_list("articles")
        return base | {f"{a} {NUM_KEY if k in DIGIT_KEYS else k}" for a in arts for k in base}

    def tail(self, p: str) -> str:
        """The optional year after a month, quarter, half-year, week or season."""
        conn = words(self.lex.word_list("year_connectors"))
        rel = words(self.lex.year_relatives)
        return optional(
            either(
                rf"(?:\s*[-/,]\s*|\s+{conn}\s+|\s+)(?:{group(p + '_fy', self.fiscal)}\s*)?"
                + either(group(p + "_y", self.year), f"(?({p}_fy){group(p + '_fyy', YEAR2)}|(?!))"),
                r"\s?['’-]" + group(p + "_yy", YEAR2),
                rf"\s+(?:{conn}\s+)?" + group(p + "_yr", rel) + r"(?!\w)",
            )
        )

    def cores(self, marker: str | None = None, part: bool = False) -> list[Kind]:
        """Every core kind possible after ``marker`` (a category) and a part, in order.

        Built once per (marker, part): plans for new candidate texts ask again
        and again, and building the kinds' regex text is what costs.
        """
        key = (marker, part)
        if key not in self._cores:
            self._cores[key] = self._build_cores(marker, part)
        return self._cores[key]

    def _build_cores(self, marker: str | None, part: bool) -> list[Kind]:
        event, current, unlisted, clause = event_kinds(self, marker, part)
        kinds = [
            *date_kinds(self),
            event,
            *period_kinds(self, marker),
            *other_kinds(self, marker),
            current,
            unlisted,
            clause,
        ]
        # A bare year first: it is the commonest, and its guard already refuses
        # the longer forms that start with one ("2027-03-31", "2027/28").
        kinds.sort(key=lambda k: (k.name != "yq", k.name != "yr"))
        return [k for k in kinds if k.body != NEVER]

    def rates(self) -> list[Kind]:
        """Kinds of a recurring period ("per månad", "twice a year", "/år") and "YoY"."""
        return rate_kinds(self)

    def suffix(self) -> str:
        """The optional baseline suffix after a core ("års nivå", "levels")."""
        return optional(
            r"\s+" + group("SUF", words(self.lex.word_list("baseline_suffixes"))) + r"(?!\w)"
        )

    def starter_keys(self) -> frozenset[str]:
        """Keys of every word that can follow a marker: a core, a part or a number."""
        found = set(self.keys(self.lex.parts))
        for kind in self.cores("within", part=True):
            found |= kind.keys | kind.after_keys
        return frozenset(found - {ANY_KEY})
