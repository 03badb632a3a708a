"""Every example of every rule file runs as a test (sqlfluff's yaml test cases).

A failing example must fire its rule; a passing one must not.  Where an
example gives the expected suggestion, the rewrite must equal it.
"""

from __future__ import annotations

import pytest
from conftest import TODAY, lint_goal

from smartlint.config import Config, parse_period
from smartlint.linter import Options, check_set, lint_bytes
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
    if rule.example_format is not None:  # a goal-set rule: the example is a whole document
        fired_lines = set_example_findings(rule, example)
        assert bool(fired_lines) == example.fails, (example.text, fired_lines)
        return
    period = parse_period(rule.example_period) if rule.example_period is not None else None
    goal = lint_goal(example.text, example.lang, config=Config(period=period))
    fired = [f for f in goal.findings if f.rule == rule.id]
    assert bool(fired) == example.fails, (example.text, [f.rule for f in goal.findings], goal.slots)
    if example.suggestion is not None:
        assert fired[0].suggestion == example.suggestion


def set_example_findings(rule: RuleSpec, example: Example) -> list[int]:
    """Lint a goal-set rule's example with the default rules and this one; the lines it fired on.

    The default rules run too because a set rule may read their verdict
    (``key-result-without-number`` reads ``missing-number``'s).
    """
    default = tuple(r.id for r in load_rules().rules if r.enabled)
    options = Options(today=TODAY, lang=example.lang, select=(*default, rule.id))
    name = f"example.{rule.example_format}"
    result = lint_bytes(name, example.text.encode("utf-8"), Config(), options)
    assert not result.errors, result.errors
    [checked] = check_set([result], options)
    return [f.span.line for f in checked.findings if f.rule == rule.id]
