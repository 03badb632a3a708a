"""Suppression comments in Markdown, text and YAML, and unused-suppression."""

from __future__ import annotations

import datetime as dt

from smartlint.config import Config
from smartlint.linter import Options, lint_bytes

OPTIONS = Options(today=dt.date(2026, 11, 26), lang="sv")


def rules_by_line(name: str, text: str) -> dict[int, set[str]]:
    result = lint_bytes(name, text.encode("utf-8"), Config(), OPTIONS)
    assert not result.errors
    return {g.span.line: {f.rule for f in g.findings} for g in result.goals}


def test_markdown_disable_range_and_enable() -> None:
    text = (
        "# Mål\n\n"
        "<!-- smartlint-disable hedge, vague-timeframe -->\n\n"
        "- Vi ska försöka minska sjukfrånvaron till 5 % snart.\n\n"
        "<!-- smartlint-enable -->\n\n"
        "- Vi ska försöka minska sjukfrånvaron till 5 % under 2027.\n"
    )
    found = rules_by_line("plan.md", text)
    assert "hedge" not in found[5] and "vague-timeframe" not in found[5]
    assert "missing-deadline" in found[5]
    assert "hedge" in found[9]


def test_markdown_disable_next_line_all_rules() -> None:
    text = "<!-- smartlint-disable-next-line -->\n- Öka försäljningen.\n- Öka försäljningen.\n"
    found = rules_by_line("plan.md", text)
    assert found[2] == set()
    assert "vague-comparative" in found[3]


def test_yaml_hash_comment() -> None:
    text = (
        "objectives:\n"
        "  - title: Nöjdare kunder\n"
        "    key_results:\n"
        "      # smartlint: disable-next-line missing-deadline\n"
        "      - NPS från 30 till 45\n"
    )
    found = rules_by_line("okr.yaml", text)
    assert "missing-deadline" not in found[5]


def test_unused_suppression_is_reported_once() -> None:
    text = "# smartlint: disable-next-line hedge\nMinska sjukfrånvaron till 5 % under 2027.\n"
    result = lint_bytes("goals.txt", text.encode("utf-8"), Config(), OPTIONS)
    [goal] = result.goals
    [finding] = goal.findings
    assert finding.rule == "unused-suppression" and finding.severity == "info"
    assert (finding.span.line, finding.span.column) == (1, 1)
