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


def test_objectives_are_not_asked_for_numbers_dates_or_sizes(tmp_path: Path) -> None:
    """An objective's key results say how much and by when; the objective is not asked."""
    okr = tmp_path / "okr.yaml"
    okr.write_text(
        "objectives:\n"
        "  - title: Grow the SMB segment\n"
        "    key_results:\n"
        "      - Sign 400 new SMB customers by 2027-12-31\n"
        "  - key_result: Grow the SMB segment\n",
        encoding="utf-8",
    )
    results = run_check([SETS / "en" / "okr-consistent.yaml", okr], Options(today=TODAY))
    objectives = [g for r in results for g in r.goals if g.node.get("role") == "objective"]
    assert len(objectives) == 3
    exempt = {"missing-number", "missing-deadline", "vague-comparative"}
    assert all(not exempt & {f.rule for f in g.findings} for g in objectives)
    # The same words as a plain goal are judged by every rule.
    plain = results[1].goals[-1]
    assert plain.text == "Grow the SMB segment" and plain.node.get("role") != "objective"
    assert exempt <= {f.rule for f in plain.findings}


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


def test_rollup_tolerance_of_each_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each whole is judged with its own folder's tolerance, whichever file comes first."""
    text = (SETS / "sv" / "inkonsekvent.md").read_text(encoding="utf-8")
    for folder, tolerance in (("strict", "0.01"), ("loose", "0.2")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / ".smartlint.yaml").write_text(f"rollup_tolerance: {tolerance}\n")
        (tmp_path / folder / "plan.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for order in (["loose", "strict"], ["strict", "loose"]):
        results = run_check([Path(f) / "plan.md" for f in order], Options(today=TODAY))
        mismatched = {
            r.path.split("/")[0]
            for r in results
            if "rollup-mismatch" in {f.rule for f in r.findings}
        }
        assert mismatched == {"strict"}, order


def test_suppression_comments_silence_goal_set_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A comment before a set finding silences it; one that silences nothing is reported."""
    lines = (SETS / "en" / "plan-inconsistent.md").read_text(encoding="utf-8").splitlines()
    lines.insert(13, "<!-- smartlint-disable-next-line conflicting-targets -->")
    lines.insert(8, "  <!-- smartlint-disable-next-line rollup-mismatch -->")  # no such finding
    lines.insert(4, "<!-- smartlint-disable-next-line rollup-mismatch, missing-deadline -->")
    (tmp_path / "plan.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    [result] = run_check([Path("plan.md")], Options(today=TODAY))
    wanted = {*SET_KINDS, "unused-suppression"}
    found = {(f.span.line, f.rule) for f in result.findings if f.rule in wanted}
    assert found == {(10, "unused-suppression"), (11, "child-after-parent")}


def test_a_parent_cycle_does_not_hang() -> None:
    results = run_check([SETS / "en-linked" / "company.yaml"], Options(today=TODAY))
    goal = results[0].goals[0]
    looped = dataclasses.replace(goal, node={**goal.node, "fields": {"id": "a", "parent": "a"}})
    nodes = build_tree([dataclasses.replace(results[0], goals=(looped,))])
    assert nodes[0].parent is None
