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


# --- disable-line and disable-file (issue 16, item 6) ---------------------------------

HEDGED = "Vi ska försöka minska sjukfrånvaron till 5 % under 2027."


def findings_by_line(name: str, text: str) -> dict[int, list[tuple[str, int]]]:
    """Each goal's line and its findings as (rule, column)."""
    result = lint_bytes(name, text.encode("utf-8"), Config(), OPTIONS)
    assert not result.errors
    return {g.span.line: [(f.rule, f.span.column) for f in g.findings] for g in result.goals}


def test_markdown_disable_line_silences_its_own_line_only() -> None:
    text = f"- {HEDGED} <!-- smartlint-disable-line hedge -->\n- {HEDGED}\n"
    found = rules_by_line("plan.md", text)
    assert found[1] == set()
    assert found[2] == {"hedge"}


def test_markdown_colon_form_of_the_contract() -> None:
    text = f"- {HEDGED} <!-- smartlint: disable-line hedge -->\n- {HEDGED}\n"
    assert rules_by_line("plan.md", text) == {1: set(), 2: {"hedge"}}


def test_text_disable_line_after_the_goal_is_no_part_of_it() -> None:
    text = f"{HEDGED}  # smartlint: disable-line hedge\n{HEDGED}\n"
    result = lint_bytes("goals.txt", text.encode("utf-8"), Config(), OPTIONS)
    assert [g.text for g in result.goals] == [HEDGED, HEDGED]
    assert [[f.rule for f in g.findings] for g in result.goals] == [[], ["hedge"]]


def test_yaml_disable_line_after_the_scalar() -> None:
    text = f'goals:\n  - "{HEDGED}"  # smartlint: disable-line hedge\n  - "{HEDGED}"\n'
    assert rules_by_line("okr.yaml", text) == {2: set(), 3: {"hedge"}}


def test_disable_file_covers_the_lines_above_it_too() -> None:
    text = (
        f"- {HEDGED}\n- Öka försäljningen senast 2027-06-30.\n"
        "<!-- smartlint-disable-file hedge, vague-comparative -->\n"
    )
    found = rules_by_line("plan.md", text)
    assert found[1] == set()
    assert found[2] == {"missing-number"}  # a rule it does not name still fires
    hashed = f"# smartlint: disable-file\n{HEDGED}\nÖka försäljningen.\n"
    assert rules_by_line("goals.txt", hashed) == {2: set(), 3: set()}


def test_unused_disable_line_and_disable_file_are_reported() -> None:
    clean = "Minska sjukfrånvaron till 5 % under 2027."
    text = (
        f"- {clean} <!-- smartlint-disable-line hedge -->\n"
        f"- {clean}\n"
        "<!-- smartlint-disable-file vague-timeframe -->\n"
    )
    found = findings_by_line("plan.md", text)
    assert found[1] == [("unused-suppression", len(clean) + 4)]
    assert found[2] == [("unused-suppression", 1)]  # the file comment, on the last goal


def test_fix_keeps_the_comment_after_a_text_goal(tmp_path) -> None:
    from smartlint.fixes import fix_path

    path = tmp_path / "goals.txt"
    path.write_text(
        "Vi ska försöka minska sjukfrånvaron till 5 % senast 2027-06-30."
        "  # smartlint: disable-line vague-timeframe\n",
        encoding="utf-8",
    )
    fix_path(path, OPTIONS)
    assert path.read_text(encoding="utf-8") == (
        "Vi ska minska sjukfrånvaron till 5 % senast 2027-06-30."
        "  # smartlint: disable-line vague-timeframe\n"
    )
