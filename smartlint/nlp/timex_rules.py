"""Compile the time-expression kinds into a dispatch table keyed by word.

One regex holding every kind costs several microseconds at each word it is
tried on, and a goal has a dozen words.  So the work is split.  One
*candidate* regex runs over a copy of the text whose separators are all
spaces; it starts with a literal space, which ``re`` finds in C, and at each
word it tests one trie of every word or phrase an expression can start with
(a month, "q", "senast", "by the end of", a possible year, ...), taking the
word after a marker or part along ("senast 31", "i slutet av 2027").  A
*plan* then lists the few compiled regexes to try there, in the order one
big alternation would: rates of the first word, the core after the marker or
part, bare cores of the first word.  Plans are cached by the candidate's
text, so after warm-up a candidate costs one dictionary lookup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from smartlint.nlp.timex_keys import ANY_KEY, DIGIT_KEYS, NUM_KEY, YEAR_KEY, Kind, digits_key
from smartlint.nlp.timex_lexicon import TimeLexicon, norm
from smartlint.nlp.timex_patterns import PatternBuilder
from smartlint.nlp.timex_regex import either, group, words

# Separators a time expression can follow; the candidate regex sees them as spaces.
# A slash is one only before a letter ("kr/mån"), not in a date ("31/3").
SEPARATORS = re.compile(r"[(\[{\"“”«»‘\t\n\r\v\f\xa0\u2009\u202f]")
SLASH = re.compile(r"/(?=[^\W\d_])")
# Plans are cached by candidate text ("till 2030"); past this many the cache
# stops growing and new candidates are planned each time.
_PLAN_CACHE_SIZE = 20_000
_GAP = r"(?::\s*|\s+|(?<=-))"


def scan_text(low: str) -> str:
    """``low`` with every separator a space, for the candidate regex."""
    low = SEPARATORS.sub(" ", low)
    return SLASH.sub(" ", low) if "/" in low else low


class Layout:
    """One compiled regex and where its groups are."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        index = self.regex.groupindex
        self.kind_at = {i: n for n, i in index.items() if "_" not in n and n != "SUF"}
        self.kinds = sorted(self.kind_at.items())
        self.fields: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        for kind in self.kind_at.values():
            prefix = kind + "_"
            pairs = [(n[len(prefix) :], i) for n, i in index.items() if n.startswith(prefix)]
            pairs += [("", 0), ("", 0)]  # match.group() needs two indices for a tuple
            self.fields[kind] = (tuple(n for n, _ in pairs), tuple(i for _, i in pairs))
        self.suffix = index.get("SUF", -1)
        # Groups that can make an expression past ("Q3 förra året", "förra sommaren").
        self.past = {
            kind: (index.get(kind + "_yr", 0), index.get(kind + "_mod", 0))
            for kind in self.kind_at.values()
        }

    def read(self, kind: str, match: re.Match[str]) -> dict[str, str | None]:
        """The fields of ``kind`` in ``match`` (None where a field did not take part)."""
        names, indices = self.fields[kind]
        return dict(zip(names, match.group(*indices), strict=True))

    def kind_of(self, match: re.Match[str]) -> str:
        """The kind that matched (the last group to close, unless a suffix followed)."""
        kind = self.kind_at.get(match.lastindex or 0)
        return kind or next(k for i, k in self.kinds if match.start(i) >= 0)


class Step(NamedTuple):
    """Try ``layout`` (its bound ``match``) ``core`` chars after the candidate's separator.

    The expression itself starts right after the separator; ``marker`` and
    ``part`` are the categories of the words before the core, if any.
    """

    layout: Layout
    match: Callable[[str, int], re.Match[str] | None]
    core: int
    marker: str | None
    part: str | None


def _step(layout: Layout, core: int, marker: str | None, part: str | None) -> Step:
    return Step(layout, layout.regex.match, core, marker, part)


class RuleSet:
    """The candidate regex and the plans of regexes to try at each candidate."""

    def __init__(self, lex: TimeLexicon) -> None:
        self.lex = lex
        self.builder = b = PatternBuilder(lex)
        self.bare, self.rates = b.cores(), b.rates()
        self.suffix = b.suffix() + r"(?!\w)"
        self.first = {p: next(iter(b.keys([p]))) for p in (*lex.markers, *lex.parts)}
        self._layouts: dict[tuple[str, ...], Layout] = {}
        self.plans: dict[str, tuple[Step, ...]] = {}
        plain: set[str] = set()
        for kind in self.bare + self.rates:
            plain |= kind.keys
        detailed = self._candidates(plain)
        # The scan needs only where a candidate is and its text (the plan's
        # cache key); its groups are read again, with this regex, on a miss.
        self.detailed = re.compile(detailed)
        self.candidates = re.compile(re.sub(r"\(\?P<\w+>", "(?:", detailed))

    def _candidates(self, plain: set[str]) -> str:
        """The candidate regex; see the module docstring."""
        b, lex = self.builder, self.lex
        arts = words(b.articles)
        starters = words(k for k in b.starter_keys() if k not in DIGIT_KEYS)
        leads = words(
            [k for k in plain if k not in DIGIT_KEYS and "#" not in k]
            + list(lex.markers)
            + list(lex.parts)
        )
        following = (
            rf"(?:(?P<f_num>\d+)|(?P<f_art>{arts})(?=\s+\d)"
            rf"|(?P<f_word>{starters})(?![^\W\d_]))"
        )
        # A one- or two-digit number is a candidate only when something that can
        # make it a date follows ("31 mars", "31/3", "3Q", "3rd"), not "50 %".
        return (
            r" (?:(?P<year>(?:19|20)\d\d|2100)(?!\d)"
            r"|(?P<num>\d\d?)(?=[/.]\d|[^\W\d_]|:|\.?\s+[^\W\d_])"
            rf"|(?P<art>{arts})(?=\s+\d)"
            rf"|(?P<lead>{leads})(?![^\W\d_])"
            rf"(?:{_GAP}(?:(?P<pt>{words(lex.parts)}){_GAP})?{following}?)?)"
        )

    def plan(self, candidate: re.Match[str]) -> tuple[Step, ...]:
        """The steps to try at ``candidate`` (cached by its text)."""
        text = candidate.group()
        steps = self.plans.get(text)
        if steps is None:
            steps = self._make_plan(candidate)
            if len(self.plans) < _PLAN_CACHE_SIZE:
                self.plans[text] = steps
        return steps

    def _make_plan(self, anonymous: re.Match[str]) -> tuple[Step, ...]:
        candidate = self.detailed.match(anonymous.string, anonymous.start())
        if candidate is None:  # cannot happen: the same regex, with names
            return ()
        base, found = candidate.start(), candidate.lastgroup or ""
        if found in ("year", "num", "art"):
            key = {"year": YEAR_KEY, "num": NUM_KEY}.get(found)
            key = key or norm(candidate.group(found)) + " " + NUM_KEY
            return tuple(_step(layout, 1, None, None) for layout in self._first(key))
        lead = norm(candidate.group("lead"))
        first = self.first.get(lead, lead)
        marker, part = self.lex.markers.get(lead), self.lex.parts.get(lead)
        if candidate.start("pt") >= 0 and marker:
            part = self.lex.parts[norm(candidate.group("pt"))]
        steps = [_step(layout, 1, None, None) for layout in self._first(first, rates=True)]
        key = self._following_key(candidate)
        if (marker or part) and (key or marker == "before" or part):
            core = (candidate.start(found) if found.startswith("f_") else candidate.end()) - base
            after = self._after(marker, part is not None, key)
            steps.append(_step(after, core, marker, part))
        steps += self._shorter_markers(candidate.group("lead"))
        steps += [_step(layout, 1, None, None) for layout in self._first(first, rates=False)]
        return tuple(steps)

    def _shorter_markers(self, lead: str) -> list[Step]:
        """Read "än i fjol" also as "än" + "i fjol": the longest marker may eat a core."""
        steps = []
        cut = len(lead)
        while (cut := lead.rfind(" ", 0, cut)) > 0:
            marker = self.lex.markers.get(norm(lead[:cut]))
            rest = lead[cut:].lstrip()
            if marker:
                after = self._after(marker, False, next(iter(self.builder.keys([rest]))))
                steps.append(_step(after, 1 + len(lead) - len(rest), marker, None))
        return steps

    @staticmethod
    def _following_key(candidate: re.Match[str]) -> str:
        """The key of the word after a marker or part ("" when none can carry a time)."""
        found = candidate.lastgroup or ""
        if found == "f_num":
            return digits_key(candidate.group(found))
        if found == "f_art":
            return norm(candidate.group(found)) + " " + NUM_KEY
        return norm(candidate.group(found)) if found == "f_word" else ""

    def _first(self, key: str, rates: bool | None = None) -> list[Layout]:
        """Layouts of the kinds that start with ``key``: rates, bare cores, or both (None)."""
        rate_kinds = [k for k in self.rates if key in k.keys] if rates is not False else []
        cores = [k for k in self.bare if key in k.keys] if rates is not True else []
        return [self._layout(rate_kinds, cores)] if rate_kinds or cores else []

    def _after(self, marker: str | None, part: bool, key: str) -> Layout:
        """The kinds that can start with ``key`` after a marker category and/or a part."""
        cores = [
            k
            for k in self.builder.cores(marker, part)
            if key in k.keys or key in k.after_keys or ANY_KEY in k.keys
        ]
        return self._layout([], cores, context=f"{marker}:{part}")

    def _layout(self, rates: list[Kind], cores: list[Kind], context: str = "") -> Layout:
        name = (context, *(k.name for k in rates + cores))
        if name not in self._layouts:
            alternatives = [group(k.name, k.body) for k in rates]
            if cores:
                alternatives.append(either(*(group(k.name, k.body) for k in cores)) + self.suffix)
            self._layouts[name] = Layout(either(*alternatives))
        return self._layouts[name]
