"""Goal sets read with their context: owners from YAML fields, roll-ups of changes."""

from __future__ import annotations

from pathlib import Path

from conftest import TODAY

from smartlint.linter import Options
from smartlint.rules.spec import SET_KINDS
from smartlint.runner import run_check


def set_findings(tmp_path: Path, name: str, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (result,) = run_check([path], Options(today=TODAY))
    assert not result.errors
    return [(f.span.line, f.rule, f.message) for f in result.findings if f.rule in SET_KINDS]


CHANGES = """\
- Försäljningen ska öka från 6 000 000 kr till 8 000 000 kr senast 2027-12-31.
  - Region Syd ska öka försäljningen med 800 000 kr senast 2027-12-31.
  - Region Nord ska öka försäljningen med 900 000 kr senast 2027-12-31.
"""


def test_children_stated_as_changes_add_up_to_the_parents_change(tmp_path: Path) -> None:
    ((line, rule, message),) = set_findings(tmp_path, "plan.md", CHANGES)
    assert (line, rule) == (1, "rollup-mismatch")
    assert "1 700 000" in message and "2 000 000" in message and "300 000" in message


def test_changes_that_add_up_pass(tmp_path: Path) -> None:
    text = CHANGES.replace("900 000 kr", "1 200 000 kr")
    assert set_findings(tmp_path, "plan.md", text) == []


def test_a_relative_parent_against_relative_children(tmp_path: Path) -> None:
    text = (
        "- Grow revenue by $500,000 by 2027-12-31.\n"
        "  - Grow EMEA revenue by $200,000 by 2027-12-31.\n"
        "  - Grow APAC revenue by $200,000 by 2027-12-31.\n"
    )
    ((line, rule, _),) = set_findings(tmp_path, "plan.md", text)
    assert (line, rule) == (1, "rollup-mismatch")


def test_mixed_levels_and_changes_are_not_added(tmp_path: Path) -> None:
    text = CHANGES.replace("med 800 000 kr", "till 3 000 000 kr")
    assert set_findings(tmp_path, "plan.md", text) == []


def test_a_yaml_ansvarig_is_the_owner_the_set_rules_compare(tmp_path: Path) -> None:
    text = (
        "mål:\n"
        "  - text: Minska sjukfrånvaron till 4 % senast 2027-06-30\n"
        "    ansvarig: HR\n"
        "  - text: Minska sjukfrånvaron till 5 % senast 2027-06-30\n"
        "    ansvarig: HR\n"
        "  - text: Minska sjukfrånvaron till 6 % senast 2027-06-30\n"
        "    ansvarig: Ekonomi\n"
    )
    found = set_findings(tmp_path, "plan.yaml", text)
    assert [(line, rule) for line, rule, _ in found] == [(4, "conflicting-targets")]
