"""``smartlint goals``, ``check --show-goals``, notes on skipped text and the summary counts."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from smartlint.cli import main

PLAN = """\
# Team goals

## 2025 Q3

- Launch the partner portal.

| Goal | Owner | Progress % |
|---|---|---|
| Hire two engineers | Ana | 50 |

<div>
Grow revenue by 10%
</div>
"""


def run(tmp_path: Path, monkeypatch, *args: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "okr.md").write_text(PLAN, encoding="utf-8")
    (tmp_path / "okr.yaml").write_text(
        "okr:\n  Q4 2026:\n    objective: Grow the community\n    owner: Dana\n", encoding="utf-8"
    )
    return CliRunner().invoke(main, list(args))


def test_goals_lists_each_goal_with_what_it_inherits(tmp_path: Path, monkeypatch) -> None:
    result = run(tmp_path, monkeypatch, "goals", "okr.md", "okr.yaml")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "okr.md:5:3: goal: Launch the partner portal.",
        "    deadline: 2025 Q3, 2025-07-01 to 2025-09-30 (from heading)",
        "okr.md:9:3: goal: Hire two engineers",
        "    deadline: 2025 Q3, 2025-07-01 to 2025-09-30 (from heading)",
        "    owner: Ana (from table)",
        "    status: Progress %: 50",
        "okr.md:11: note: an HTML block that may hold goals was skipped",
        "okr.yaml:3:16: objective: Grow the community",
        "    deadline: Q4 2026, 2026-10-01 to 2026-12-31 (from yaml)",
        "    owner: Dana (from yaml)",
        "3 goals in 2 files, 3 inheriting context, 1 text skipped",
    ]


def test_goals_as_json(tmp_path: Path, monkeypatch) -> None:
    result = run(tmp_path, monkeypatch, "goals", "--format", "json", "okr.md")
    (listed,) = json.loads(result.output)["files"]
    assert listed["notes"] == [
        {"message": "an HTML block that may hold goals was skipped", "line": 11}
    ]
    hire = listed["goals"][1]
    assert hire["inherited"] == {
        "deadline": {
            "text": "2025 Q3",
            "start": "2025-07-01",
            "end": "2025-09-30",
            "source": "heading",
        },
        "owner": {"text": "Ana", "source": "table"},
        "target": None,
        "status": "Progress %: 50",
    }


def test_check_shows_the_goals_before_the_findings(tmp_path: Path, monkeypatch) -> None:
    result = run(tmp_path, monkeypatch, "check", "--today", "2026-12-03", "--show-goals", "okr.md")
    lines = result.output.splitlines()
    assert lines[0] == "okr.md:5:3: goal: Launch the partner portal."
    listing_end = lines.index("2 goals in 1 file, 2 inheriting context, 1 text skipped")
    assert any("[deadline-passed]" in line for line in lines[listing_end:])
    assert lines[-1].startswith("1 file, 2 goals, 2 with findings, ")
    assert lines[-1].endswith(", 1 text skipped (smartlint 0.1.0)")
    assert "okr.md:11: note: an HTML block that may hold goals was skipped" in lines[listing_end:]


def test_json_keeps_stdout_for_the_machine(tmp_path: Path, monkeypatch) -> None:
    result = run(tmp_path, monkeypatch, "check", "--show-goals", "--format", "json", "okr.md")
    document = json.loads(result.stdout)
    assert document["files"][0]["notes"][0]["line"] == 11
    assert "goal: Launch the partner portal." in result.stderr


def test_notes_are_github_notices_and_never_fail_the_run(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.md").write_text("<div>\nÖka NPS till 40\n</div>\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--fail-level", "info", "--format", "github", "."])
    assert result.exit_code == 0
    assert result.output == (
        "::notice file=notes.md,line=1::an HTML block that may hold goals was skipped\n"
    )


def test_show_goals_never_lists_the_folder_when_only_standard_input_is_linted(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "other.md").write_text("- Öka NPS till 40 senast 2027-06-30.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--show-goals", "--stdin-filename", "x.md", "-"], input="- Sälj mer.\n"
    )
    assert "other.md" not in result.output
    assert result.output.splitlines()[-1].startswith("1 file, 1 goal, 1 with findings")
