"""Find and label the time expressions of a plain text.

This is the pure-Python half of the time layer: the spaCy component maps its
results onto tokens, and :mod:`smartlint.nlp.dates` re-reads a span's text
with it, so both agree on what "före 2030" means without spaCy being
imported here.  Matching runs on the lowercased text (case-sensitive regexes
are several times faster); the checks below are the ones a regex cannot
state cheaply: a bare month needs a marker ("i mars"), "may" must be written
"May", a year after "Windows" is a name, a past time is a baseline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from smartlint.nlp.timex_lexicon import TimeLexicon, norm, time_lexicon
from smartlint.nlp.timex_rules import Layout, RuleSet, scan_text
from smartlint.nlp.timex_values import day_month, parse_number, parse_ordinal, split_years

DEADLINE, BASELINE, PERIOD, START, DURATION = (
    "deadline", "baseline", "period", "start", "duration",
)  # fmt: skip
# Where the spaCy component notes the language of a doc's time spans.
LANG_KEY = "smartlint.time.lang"
LABELS = (DEADLINE, BASELINE, PERIOD, START, DURATION)
SERVICE_UNITS = frozenset({"minute", "hour", "day", "workday"})
RATE_KINDS = frozenset({"rm", "rp", "rs", "rf"})
# Kinds that do not bound a goal on their own: "mars" needs "i mars".
BOUND_KINDS = frozenset({"mo", "se", "ev"})
# Kinds that, without a marker, may name a thing rather than bound the goal ("FY24 goals").
_NAMING_KINDS = frozenset({"fy", "fq", "fh", "yh"})
# Words after which Swedish "under" + a duration is how long an effort lasts, not an age.
_DURATION_AFTER = frozenset({"ska", "skall", "vill", "kommer", "jag", "vi", "att"})
_CHECKED = frozenset({"mo", "md", "nd", "qo", "ho", "ys", "du", "yr", "se", "ev", *_NAMING_KINDS})
# Kinds whose checks a marker or part makes unnecessary ("till 2030", "i höst").
_MARKED_ENOUGH = frozenset({"yr", "ev"})
# What the scan yields: kind, label, start, end, the layout and match, marker, part.
Found = tuple[str, str, int, int, Layout, re.Match[str], str | None, str | None]


class Timex(NamedTuple):
    """One time expression found in a text.

    ``kind`` is the pattern that matched (``dm`` = day and month name, ``qa``
    = "Q3", ... see :mod:`smartlint.nlp.timex_patterns`); ``fields`` holds
    its parts, lowercased, by short name (``y``, ``m``, ``d``, ``q``, ...).
    ``marker`` is the category of the word before it ("by", "before",
    "within", ...) and ``part`` the part of the period ("end", "start", "mid").
    """

    kind: str
    label: str
    lang: str
    start: int
    end: int
    text: str
    marker: str | None
    part: str | None
    fields: dict[str, str]


def lowered(text: str) -> str:
    """``text`` lowercased without changing any offset ("İ" would grow)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@cache
def _amount_units(lang: str) -> frozenset[str]:
    from smartlint.nlp.lexicon import load_lexicon

    return frozenset(str(u).lower() for u in load_lexicon("numbers", lang).get("units", []))


class TimexParser:
    """Finds the time expressions of one language in plain text."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.lex = lex
        self.rules = RuleSet(lex)
        self.name_words = frozenset(lex.word_list("name_words"))
        self.exact_months = frozenset(lex.word_list("case_sensitive_months"))
        self.clause_words = frozenset(lex.word_list("clause_words"))
        self.duration_markers = frozenset(lex.word_list("duration_markers"))
        self.approximators = frozenset(
            word for phrase in lex.word_list("approximators") for word in phrase.split()
        )
        self.performance_markers = frozenset(lex.word_list("performance_markers"))
        # Units of an amount ("kronor", "%"): a long duration after one is what it is spread over.
        self.amount_units = _amount_units(lex.lang)

    def find(self, text: str) -> Iterator[Timex]:
        """Yield the time expressions of ``text``, left to right, never overlapping."""
        lang = self.lex.lang
        for kind, label, start, end, layout, match, marker, part in self.scan(text):
            fields = {n: v for n, v in layout.read(kind, match).items() if v is not None and n}
            yield Timex(kind, label, lang, start, end, text[start:end], marker, part, fields)

    def scan(self, text: str) -> Iterator[Found]:
        """Yield what :meth:`find` yields, as plain tuples: the cheap path for the pipeline.

        A candidate takes the word after a marker along ("till 2030"), so after
        one that fails the search goes on from the next word, not its end.
        """
        low = lowered(" " + text)  # the leading space makes the first word a candidate
        scan = scan_text(low)
        rules, judge = self.rules, self._judge
        search, cached, plan = rules.candidates.search, rules.plans, rules.plan
        pos = 0
        while (candidate := search(scan, pos)) is not None:
            base = candidate.start()
            pos = base + 1
            for layout, match_at, core, marker, part in cached.get(candidate.group()) or plan(
                candidate
            ):
                match = match_at(low, base + core)
                if match is None:
                    continue
                kind = layout.kind_at.get(match.lastindex or 0) or layout.kind_of(match)
                label = judge(kind, layout, match, marker, part, text, base)
                if label is not None:
                    pos = match.end()
                    yield kind, label, base, pos - 1, layout, match, marker, part
                    break

    def _judge(
        self,
        kind: str,
        layout: Layout,
        match: re.Match[str],
        marker: str | None,
        part: str | None,
        text: str,
        start: int,
    ) -> str | None:
        """The label of an expression, or None when it is not one after all."""
        if kind in RATE_KINDS:
            return PERIOD
        suffix = layout.suffix > 0 and match.start(layout.suffix) >= 0
        lex = self.lex
        if kind == "ev" and not (part or marker == "before"):
            stage = norm(layout.read(kind, match).get("w") or "")
            if stage in lex.word_list("grade_events"):
                return None  # "elever i årskurs 6": a school stage names who, unless it ends
        if kind in _CHECKED and not ((marker or part) and kind in _MARKED_ENOUGH):
            f = layout.read(kind, match)
            dated = _has_year(f) or bool(f.get("mod") or f.get("next"))
            # (``match`` runs over the text with one space before it, ``start`` too)
            heading = start == 0 and text[match.end() - 1 :].lstrip().startswith(":")
            named = text[match.end() :].split(None, 1)[:1] in (
                ["goal"],
                ["goals"],
                ["target"],
                ["challenge"],
                ["mål"],
                ["målet"],
                ["utmaning"],
            )  # "an August goal of …", "mitt julimål": the month names whose goal it is
            if kind in BOUND_KINDS and not (marker or part or dated or heading or named):
                return None  # "mars" needs "i mars"; "Juli: läsa tre böcker" heads the goal
            if not (suffix or self._accept(kind, f, marker, part, dated, text, start)):
                return None
            if kind == "du":
                if f.get("at"):
                    return PERIOD  # "inom 8 veckor efter ansökan": a window for each case
                first = text[start:].split(None, 1)[0].lower()
                if first != "within" and text[match.end() :].lstrip().lower().startswith("of "):
                    # "for at least 3 hours of practice": time spent is an amount; "within
                    # three months of the launch" counts from an event
                    return None
                if marker == "deadline":
                    # "for a week", "i tre månader": how long a one-off effort lasts
                    word = text[start:].split(None, 1)[0].lower()
                    before = text[:start].split()[-1:] or [""]
                    if word == "under" and before[0].lower() in _DURATION_AFTER:
                        return DURATION  # "ska under ett år enbart …": not an age
                    unit = lex.duration_units[norm(f["u"] or "")]
                    if (
                        word == "under"
                        and unit not in SERVICE_UNITS
                        and before[0].lower() in self.amount_units
                    ):
                        return DURATION  # "satsar 90 000 kronor under två år": spent over
                    return DURATION if word in self.duration_markers else None
                unit = lex.duration_units[norm(f["u"] or "")]
                small = marker == "within" and unit in SERVICE_UNITS
                if small and self._approximate(text[start:]):
                    return None  # "5 km in under 22 minutes": a time to beat, no service window
                first = text[start:].split(None, 1)[0].lower() if text[start:].strip() else ""
                if small and first in self.performance_markers:
                    return None  # "springa milen på 45 minuter": a time to beat as well
                return PERIOD if small else DEADLINE
        if kind == "bp" or suffix or marker == "baseline":
            return BASELINE
        if marker == "start":
            return START  # "från 2022", "starting in 2023": when it begins, not when it is due
        if kind == "rel":
            word = norm(match.group(layout.fields[kind][1][0]))
            return BASELINE if lex.relative[word][1] < 0 else DEADLINE
        year, mod = layout.past[kind]
        if year and (value := match.group(year)) and lex.year_relatives[norm(value)] < 0:
            return BASELINE
        if mod and (value := match.group(mod)) and lex.season_offsets[norm(value)] < 0:
            return BASELINE
        return DEADLINE

    def _approximate(self, text: str) -> bool:
        """Whether an approximator ("under", "knappt") is among the first words of ``text``."""
        return any(word in self.approximators for word in text.lower().split()[:3])

    def _accept(
        self,
        kind: str,
        f: dict[str, str | None],
        marker: str | None,
        part: str | None,
        dated: bool,
        text: str,
        start: int,
    ) -> bool:
        lex = self.lex
        if kind in ("mo", "md"):
            return self._month_written_right(f["m"] or "", dated or bool(f.get("d")), text, start)
        if kind == "nd":
            return self._accept_numeric(f, marker)
        if kind == "se":
            return self._season_alone(f, text, start)
        if kind in ("qo", "ho"):
            limit = 4 if kind == "qo" else 2
            if not 1 <= (parse_ordinal(f["o"] or "", lex) or 0) <= limit:
                return False
            return kind == "qo" or dated or f["w"] not in lex.word_list("half_words_need_year")
        if kind == "ys":
            return split_years({n: v for n, v in f.items() if v is not None}) is not None
        if kind == "du":
            return parse_number(f["n"] or "", lex) is not None
        if kind == "yr" and not (marker or part or f.get("w")):
            return self._bare_year(text, start, start + 4)
        if kind in _NAMING_KINDS and not (marker or part):
            # "the FY24 recovery goals": a period before a noun names which goals, not when
            return self._ends_phrase(text, start + len(text[start:].split(None, 1)[0]))
        return True

    def _bare_year(self, text: str, start: int, end: int) -> bool:
        """A year standing alone: not a name ("Windows 2000"), not a count ("2000 paying users")."""
        before = text[max(0, start - 40) : start].split()
        if before and before[-1].lower() in self.name_words:
            return False
        if before and before[-1].lower() in self.lex.word_list("year_modals"):
            return True  # "ska 2030 vara fossilfri", "will in 2030 be": the year the goal is due
        after = [w.lower().rstrip(".,;:!?)") for w in text[end : end + 60].split()[:2]]
        if self._fronted_time(before, after):
            return True
        goal_nouns = self.lex.word_list("year_goal_nouns")
        if after and (
            after[0] in goal_nouns or after[:1] == ["års"] and after[1:] and after[1] in goal_nouns
        ):
            return True  # "the 2027 target", "2030 års mål": the year the goal is due
        return self._ends_phrase(text, end)

    def _fronted_time(self, before: list[str], after: list[str]) -> bool:
        """A year first, then a verb, then its subject: "2025 speglar medlemmarna …".

        Swedish word order (V2) puts the verb right after a fronted time, so a
        year first in the sentence, or after "som", followed by a word and a
        subject, is the clause's time; "2000 nya bostäder" counts instead.
        """
        lex = self.lex
        if before and before[-1].lower() not in lex.word_list("year_relative_pronouns"):
            return False
        if len(after) < 2 or not after[0].isalpha() or after[0] in lex.word_list("count_nouns"):
            return False
        subject = after[1]
        return subject in lex.word_list("year_subjects") or (
            len(subject) > 4 and subject.endswith(lex.word_list("year_definite_endings"))
        )

    def _season_alone(self, f: dict[str, str | None], text: str, start: int) -> bool:
        """A season word before a noun names a thing ("the spring gala"), not a time."""
        if _has_year(f):
            return True
        season = f["w"] or ""
        return self._ends_phrase(text, text.lower().find(season, start) + len(season))

    def _ends_phrase(self, text: str, at: int) -> bool:
        """Whether the end of the text, a sign, a number or a clause word follows ``at``."""
        after = text[at : at + 40].split()
        if not after or not after[0][:1].isalpha():
            return True
        return after[0].lower().rstrip(".,;:!?)") in self.clause_words

    def _month_written_right(self, month: str, dated: bool, text: str, start: int) -> bool:
        """Check a month word: "May", not "may", is a month; "Jan" needs a day or year."""
        if month in self.exact_months:
            at = text.lower().find(month, start)
            if at < 0 or not text[at].isupper():
                return False
        return dated or month not in self.lex.word_list("months_need_date")

    def _accept_numeric(self, f: dict[str, str | None], marker: str | None) -> bool:
        """A numeric date needs a year, "den", or a deadline word before it."""
        if day_month({n: v for n, v in f.items() if v is not None}, self.lex.lang) is None:
            return False
        if f.get("y") or f.get("yy"):
            return True
        return f["sep"] == "/" and (
            bool((f.get("art") or "").strip()) or marker in ("by", "before")
        )


def _has_year(f: dict[str, str | None]) -> bool:
    """Whether the expression names its year ("mars 2027", "Q3'27", "mars nästa år")."""
    return bool(
        f.get("y") or f.get("yy") or f.get("fyy") or f.get("yr") or f.get("yy2") or f.get("split")
    )


@cache
def timex_parser(lang: str) -> TimexParser:
    """Return the (cached) parser of ``lang``: its regexes are compiled once."""
    return TimexParser(time_lexicon(lang))
