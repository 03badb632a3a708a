"""The words of ``smartlint report`` in Swedish and English, and which language a page uses.

Each document's part of a report is in the document's language (the
language its goals were linted in), so a Swedish plan reads "Rad", "Mål",
"Föreslagen omskrivning".  The page around them — title, summary, settings,
list of documents — is in one language: ``--lang`` when it names one, else
the language most documents are in, then the one most goals are in, then
English.  A config's ``lang:`` makes every document that language, so the
page follows it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from smartlint.model import FileResult


@dataclass(frozen=True)
class Words:
    """What a report says, in one language."""

    lang: str
    title: str
    file: tuple[str, str]  # singular, plural
    goal: tuple[str, str]
    fully_smart: str  # "{n} fully SMART"
    not_readable: tuple[str, str]  # ", 1 file not readable" / ", {n} files ..."
    settings: tuple[str, str, str, str, str]  # date, language, config, rules, ignored
    discovered: str
    all_enabled: str
    none: str
    chart: str
    of: str  # "3 of 6"
    categories: dict[str, str]
    documents: str
    no_goals: str
    columns: tuple[str, str, str, str]  # line, goal, findings, rewrite
    holds: str
    part_of: str
    errors: str
    share: tuple[str, str, str]  # Markdown chart: letter, passing, share

    def count(self, number: int, noun: tuple[str, str]) -> str:
        """``1 goal``, ``3 goals``; ``1 fil``, ``3 filer``."""
        return f"{number} {noun[number != 1]}"

    def percent(self, value: int) -> str:
        """A share as this language writes it: ``50%``, ``50 %`` (no break before the sign)."""
        return f"{value}%" if self.lang == "en" else f"{value}\u00a0%"


ENGLISH = Words(
    lang="en",
    title="smartlint report",
    file=("file", "files"),
    goal=("goal", "goals"),
    fully_smart="{n} fully SMART",
    not_readable=("{n} file not readable", "{n} files not readable"),
    settings=("Reference date", "Language", "Config", "Rules", "Ignored"),
    discovered="discovered",
    all_enabled="all enabled",
    none="none",
    chart="Goals that pass each letter",
    of="of",
    categories={
        "specific": "specific",
        "measurable": "measurable",
        "achievable": "achievable",
        "relevant": "relevant",
        "time-bound": "time-bound",
    },
    documents="Documents",
    no_goals="No goals found.",
    columns=("Line", "Goal", "Findings", "Suggested rewrite"),
    holds="holds",
    part_of="Part of",
    errors="Files that could not be read",
    share=("Letter", "Passing", "Share"),
)

SWEDISH = Words(
    lang="sv",
    title="smartlint-rapport",
    file=("fil", "filer"),
    goal=("mål", "mål"),
    fully_smart="{n} helt SMART",
    not_readable=("{n} fil gick inte att läsa", "{n} filer gick inte att läsa"),
    settings=("Referensdatum", "Språk", "Konfiguration", "Regler", "Ignorerade"),
    discovered="hittas automatiskt",
    all_enabled="alla påslagna",
    none="inga",
    chart="Mål som klarar varje bokstav",
    of="av",
    categories={
        "specific": "specifikt",
        "measurable": "mätbart",
        "achievable": "uppnåeligt",
        "relevant": "relevant",
        "time-bound": "tidsbundet",
    },
    documents="Dokument",
    no_goals="Inga mål hittades.",
    columns=("Rad", "Mål", "Anmärkningar", "Föreslagen omskrivning"),
    holds="uppfyllt",
    part_of="Del av",
    errors="Filer som inte gick att läsa",
    share=("Bokstav", "Klarar", "Andel"),
)

WORDS = {"en": ENGLISH, "sv": SWEDISH}


def document_language(result: FileResult, fallback: str) -> str:
    """The language a document's goals were linted in; ``fallback`` when it has none."""
    for goal in result.goals:
        if goal.lang in WORDS:
            return goal.lang
    return fallback


def page_language(results: Sequence[FileResult], lang: str = "auto") -> str:
    """The language of the page around the documents (see the module's docstring)."""
    if lang in WORDS:
        return lang
    documents = Counter(document_language(result, "") for result in results if result.goals)
    goals = Counter(goal.lang for result in results for goal in result.goals)
    ranked = sorted(WORDS, key=lambda code: (-documents[code], -goals[code], code != "en"))
    return ranked[0]
