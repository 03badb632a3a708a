"""Shared fixtures: a fixed reference date and a way to lint a text in memory.

Also a terminal-summary hook that prints how many examples each property test
ran (a test module's ``HYPOTHESIS_EXAMPLES`` counter) and how many operations the LSP fuzz
session made, so that ``pytest -q`` in CI records them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from types import ModuleType

import pytest

from smartlint.config import Config
from smartlint.linter import Options, lint_bytes
from smartlint.model import Goal

TODAY = dt.date(2026, 11, 26)
# A team rule whose REGEX backtracks without end on "aaa...ab": it times out.
SLOW_REGEX_RULE = """\
id: no-aaa
category: specific
severity: warning
message: {en: "'{match}' is suspicious.", sv: "”{match}” är misstänkt."}
patterns:
  en: [[{TEXT: {REGEX: "(a|aa)+$"}}]]
  sv: [[{TEXT: {REGEX: "(a|aa)+$"}}]]
examples:
  fail: {en: ["Say aaa by 2027-06-30."], sv: ["Säg aaa senast 2027-06-30."]}
  pass: {en: ["Cut costs by 5% by 2027-06-30."], sv: ["Minska kostnaderna med 5 % senast 2027-06-30."]}
"""


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


_MODULES = pytest.StashKey[list[ModuleType]]()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Remember the test modules, for the summary."""
    modules: list[ModuleType] = []
    for item in session.items:
        module = getattr(item, "module", None)
        if module is not None and module not in modules:
            modules.append(module)
    session.config.stash[_MODULES] = modules


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """One line per property test with the examples it ran; the LSP fuzz session's size."""
    lines = []
    passed = {
        report.nodeid.rsplit("::", 1)[-1] for report in terminalreporter.stats.get("passed", [])
    }
    for module in config.stash.get(_MODULES, []):
        counts = getattr(module, "HYPOTHESIS_EXAMPLES", None)
        for name, count in counts.items() if isinstance(counts, Counter) else ():
            lines.append(f"hypothesis: {name} ran {count} examples")
        if module.__name__.endswith("test_lsp_fuzz") and "test_random_editing_session" in passed:
            lines.append(
                f"lsp fuzz: test_random_editing_session ran {module.OPERATIONS} operations "
                f"(seed {module.SEED})"
            )
    if lines:
        terminalreporter.write_sep("-", "property tests")
        for line in lines:
            terminalreporter.write_line(line)
