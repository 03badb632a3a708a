"""What a heading says about the text under it: its period, and whether it heads goals.

``## 2025 Q3`` dates every goal under it; ``#### Key Results`` heads key
results; ``#### Initiatives``, ``## Bakgrund`` or ``## Contact`` head text
that is no goal, however goal-shaped; ``### Objective: Ship the app`` is
itself a goal.  A heading's kind comes from the words of
``rules/lexicon/document.*.yaml``:

- ``skip``: the title, past a leading number or tag ("P0:", "2.1"), opens
  with a ``skip_sections`` phrase;
- ``key-results``: it holds a ``key_result_sections`` phrase;
- ``goals``: it holds a ``goal_sections`` word;
- ``plain`` otherwise.

A document with a key-results heading follows the OKR convention: its
goals are its objectives and what stands under key-result headings, not
the rationale, initiatives or notes around them.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass

from smartlint.inherit import InheritedTime, time_in
from smartlint.sources import doclex

# "P0: ", "2.1 ", "1. ", "KR2: ", "Goal 4: " before a heading's own words.
_TAG = re.compile(r"^\s*(?:[A-Za-z]{1,3}\d+[.:)]?|\d+(?:\.\d+)*[.:)]?)\s+")
_LABEL = re.compile(r"^\s*([^\W\d][\w\s-]{0,40}?)\s*:\s*(?=\S)")


@dataclass(frozen=True)
class Section:
    """One heading (or a bold label standing for one) and what it says."""

    level: int
    title: str
    kind: str  # goals | key-results | skip | plain
    time: InheritedTime | None


def heading_kind(title: str) -> str:
    """Whether a heading heads goals, key results, text that is no goal, or nothing said."""
    own = _TAG.sub("", title, count=1)
    if doclex.starts_with_phrase("skip_sections", own):
        return "skip"
    if doclex.has_phrase("key_result_sections", title):
        return "key-results"
    if doclex.has_phrase("goal_sections", title):
        return "goals"
    return "plain"


def objective_start(title: str) -> int | None:
    """Where the objective starts in a heading "Objective: ...", or None for another heading."""
    found = _LABEL.match(title)
    if found is None or " ".join(found.group(1).lower().split()) not in doclex.words(
        "objective_labels"
    ):
        return None
    return found.end()


def section_of(level: int, title: str, outer: list[Section], fiscal_year_start: int = 1) -> Section:
    """The section a heading opens, dated by its own period or the year of those around it."""
    year = next((s.time.end.year for s in reversed(outer) if s.time and s.time.end), None)
    return Section(
        level, title, heading_kind(title), time_in(title, "heading", year, fiscal_year_start)
    )


@dataclass(frozen=True)
class Where:
    """Where text stands: the sections above it, outermost first, and the document's habits."""

    sections: tuple[Section, ...]
    okr: bool  # the document has key-result headings
    only: tuple[
        str, ...
    ] = ()  # config goals.markdown.sections: globs of the headings goals are under

    @property
    def time(self) -> InheritedTime | None:
        """The period of the nearest dated heading."""
        return next((s.time for s in reversed(self.sections) if s.time is not None), None)

    @property
    def skipped(self) -> bool:
        """Whether nothing here is a goal: a skip section, or outside the goals: config."""
        if self.only:
            return not any(
                fnmatch.fnmatch(s.title.lower(), glob.lower())
                for s in self.sections
                for glob in self.only
            )
        if any(s.kind == "skip" for s in self.sections):
            return True
        return self.okr and not any(s.kind == "key-results" for s in self.sections)

    @property
    def heads_goals(self) -> bool:
        """Whether a heading above says the text under it is goals."""
        return any(s.kind in ("goals", "key-results") for s in self.sections)
