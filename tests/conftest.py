"""Shared fixtures: a fixed reference date and a way to lint a text in memory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from smartlint.config import Config
from smartlint.linter import Options, lint_bytes
from smartlint.model import Goal

TODAY = dt.date(2026, 11, 26)


def lint_goal(text: str, lang: str, today: dt.date = TODAY, config: Config | None = None) -> Goal:
    """Lint one goal given as a one-line text document and return it."""
    options = Options(today=today, lang=lang)
    result = lint_bytes("goal.txt", text.encode("utf-8"), config or Config(), options)
    assert not result.errors, result.errors
    assert len(result.goals) == 1, [g.text for g in result.goals]
    return result.goals[0]


@pytest.fixture
def lint() -> Callable[..., Goal]:
    """Lint one goal in memory."""
    return lint_goal
