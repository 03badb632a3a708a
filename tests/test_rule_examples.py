"""Every example of every rule file runs as a test (sqlfluff's yaml test cases).

A failing example must fire its rule; a passing one must not.  Where an
example gives the expected suggestion, the rewrite must equal it.
"""

from __future__ import annotations

import pytest
from conftest import lint_goal

from smartlint.config import Config, parse_period
from smartlint.rules.loader import load_rules
from smartlint.rules.spec import Example, RuleSpec


def _cases() -> list[tuple[RuleSpec, Example]]:
    return [(rule, example) for rule in load_rules().rules for example in rule.examples]


@pytest.mark.parametrize(
    ("rule", "example"),
    _cases(),
    ids=[
        f"{r.id}-{e.lang}-{'fail' if e.fails else 'pass'}-{i}" for i, (r, e) in enumerate(_cases())
    ],
)
def test_example(rule: RuleSpec, example: Example) -> None:
    period = parse_period(rule.example_period) if rule.example_period is not None else None
    goal = lint_goal(example.text, example.lang, config=Config(period=period))
    fired = [f for f in goal.findings if f.rule == rule.id]
    assert bool(fired) == example.fails, (example.text, [f.rule for f in goal.findings], goal.slots)
    if example.suggestion is not None:
        assert fired[0].suggestion == example.suggestion
