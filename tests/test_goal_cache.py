"""The language server's goal cache: an edit re-parses only the goals it touched."""

from __future__ import annotations

import datetime as dt

import smartlint.linter as linter
from smartlint.config import Config
from smartlint.linter import GoalCache, Options, lint_bytes

GOALS = [
    "# Mål 2027",
    "- Få fler kunder i år.",
    "- Öka antalet följare från 4 000 till 10 000 senast 2027-12-31.",
    "- Vi ska försöka minska sjukfrånvaron.",
]


def lint(text: str, cache: GoalCache | None, today: dt.date = dt.date(2026, 11, 26)):
    options = Options(today=today, lang="sv", cache=cache)
    return lint_bytes("plan.md", text.encode("utf-8"), Config(), options)


def test_cached_results_equal_fresh_ones_after_an_edit_that_moves_goals(monkeypatch) -> None:
    cache = GoalCache()
    lint("\n".join(GOALS) + "\n", cache)
    parsed: list[str] = []
    real_parse = linter.parse
    monkeypatch.setattr(
        linter, "parse", lambda nlp, text: parsed.append(text) or real_parse(nlp, text)
    )
    edited = "\n".join([GOALS[0], "", "- Sälj mer.", *GOALS[1:]]) + "\n"  # new goal, the rest move
    assert lint(edited, cache) == lint(edited, None)
    assert [t.strip() for t in parsed[:1]] == [
        "Sälj mer."
    ]  # the cached run parsed only the new goal
    assert len(parsed) == 1 + 4  # then the fresh run parsed all four


def test_a_new_setting_does_not_reuse_verdicts(monkeypatch) -> None:
    cache = GoalCache()
    text = "\n".join(GOALS) + "\n"
    lint(text, cache)
    later = dt.date(2028, 1, 1)  # "i år" now means 2028: the verdicts must be new
    assert lint(text, cache, today=later) == lint(text, None, today=later)
