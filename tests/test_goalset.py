"""Goal-set rules on corpus documents written to exercise them (corpus/sets/), both languages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import TODAY

from smartlint.goalset import build_tree
from smartlint.linter import Options
from smartlint.rules.spec import SET_KINDS
from smartlint.runner import run_check

SETS = Path(__file__).resolve().parent.parent / "corpus" / "sets"


def set_findings(*names: str, **options: object) -> set[tuple[str, int, str]]:
    """(file, line, rule) of every goal-set finding when ``names`` are checked together."""
    opts = Options(today=TODAY, **options)  # type: ignore[arg-type]
    results = run_check([SETS / name for name in names], opts)
    assert not [e for r in results for e in r.errors]
    return {
        (Path(r.path).name, f.span.line, f.rule)
        for r in results
        for f in r.findings
        if f.rule in SET_KINDS
    }


def test_swedish_plan_whose_parts_do_not_add_up() -> None:
    assert set_findings("sv/inkonsekvent.md") == {
        ("inkonsekvent.md", 5, "rollup-mismatch"),
        ("inkonsekvent.md", 9, "child-after-parent"),
        ("inkonsekvent.md", 15, "conflicting-targets"),
    }


def test_swedish_plan_that_is_consistent() -> None:
    assert set_findings("sv/konsekvent.md") == set()


def test_english_okr_against_the_convention() -> None:
    assert set_findings("en/okr-inconsistent.yaml") == {
        ("okr-inconsistent.yaml", 4, "objective-has-number"),
        ("okr-inconsistent.yaml", 8, "key-result-without-number"),
        ("okr-inconsistent.yaml", 9, "child-after-parent"),
    }


def test_english_okr_that_follows_the_convention() -> None:
    assert set_findings("en/okr-consistent.yaml") == set()


def test_swedish_okr_against_the_convention() -> None:
    assert set_findings("sv/okr-inkonsekvent.yaml") == {
        ("okr-inkonsekvent.yaml", 4, "objective-has-number"),
        ("okr-inkonsekvent.yaml", 8, "key-result-without-number"),
        ("okr-inkonsekvent.yaml", 9, "child-after-parent"),
    }


def test_swedish_okr_that_follows_the_convention() -> None:
    assert set_findings("sv/okr-konsekvent.yaml") == set()


def test_english_plan_whose_parts_do_not_add_up() -> None:
    assert set_findings("en/plan-inconsistent.md") == {
        ("plan-inconsistent.md", 5, "rollup-mismatch"),
        ("plan-inconsistent.md", 9, "child-after-parent"),
        ("plan-inconsistent.md", 14, "conflicting-targets"),
    }


def test_english_plan_that_is_consistent() -> None:
    assert set_findings("en/plan-consistent.md") == set()


def test_objectives_are_not_asked_for_numbers() -> None:
    results = run_check([SETS / "en" / "okr-consistent.yaml"], Options(today=TODAY))
    objectives = [g for g in results[0].goals if g.node.get("role") == "objective"]
    assert len(objectives) == 2
    assert all("missing-number" not in {f.rule for f in g.findings} for g in objectives)


def test_goals_linked_across_files_by_parent_id() -> None:
    assert set_findings("en-linked") == {
        ("company.yaml", 3, "rollup-mismatch"),
        ("team-sales.yaml", 2, "child-after-parent"),
    }


def test_orphans_only_when_selected() -> None:
    assert set_findings("en-linked", select=("orphan-goal",)) == {
        ("company.yaml", 5, "orphan-goal"),
        ("team-sales.yaml", 5, "orphan-goal"),
    }


def test_rollup_tolerance_from_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".smartlint.yaml").write_text("rollup_tolerance: 0.2\n", encoding="utf-8")
    plan = tmp_path / "plan.md"
    plan.write_text((SETS / "sv" / "inkonsekvent.md").read_text(encoding="utf-8"), "utf-8")
    monkeypatch.chdir(tmp_path)
    results = run_check([plan], Options(today=TODAY))
    assert "rollup-mismatch" not in {f.rule for f in results[0].findings}  # 10 % off, 20 % allowed


def test_a_parent_cycle_does_not_hang() -> None:
    results = run_check([SETS / "en-linked" / "company.yaml"], Options(today=TODAY))
    goal = results[0].goals[0]
    looped = dataclasses.replace(goal, node={**goal.node, "fields": {"id": "a", "parent": "a"}})
    nodes = build_tree([dataclasses.replace(results[0], goals=(looped,))])
    assert nodes[0].parent is None
