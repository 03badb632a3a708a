"""The Python API (issue 16, item 6): ``smartlint.lint_text`` and ``smartlint.lint_paths``.

The API returns the model's frozen values, gives what the command line
prints (the CLI calls it), and costs nothing to import: spaCy loads with the
first lint, never with ``import smartlint`` or ``smartlint --help``.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import smartlint
from smartlint.cli import main

TODAY = dt.date(2026, 11, 26)
HEDGED = "Vi ska försöka springa 5 km senast 2027-05-31."


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sv.txt").write_text(f"Öka försäljningen.\n{HEDGED}\n", encoding="utf-8")
    (tmp_path / "okr.md").write_text(
        "# OKR 2027\n\n- Improve customer satisfaction.\n- Cut churn to 3% by Q4 2027.\n",
        encoding="utf-8",
    )
    return tmp_path


def cli(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_import_and_help_do_not_import_spacy() -> None:
    code = (
        "import sys, smartlint\n"
        "assert callable(smartlint.lint_text) and callable(smartlint.lint_paths)\n"
        "from smartlint.cli import main\n"
        "for args in (['--help'], ['check', '--help'], ['report', '--help']):\n"
        "    try:\n"
        "        main(args, prog_name='smartlint')\n"
        "    except SystemExit as exit:\n"
        "        assert exit.code == 0, exit.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc'))\n"
        "assert not heavy, heavy\n"
        "assert 'smartlint.linter' not in sys.modules\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("ok\n") and "--output-format" in done.stdout


def test_public_names() -> None:
    for name in smartlint.__all__:
        assert getattr(smartlint, name) is not None
    assert set(smartlint.__all__) <= set(dir(smartlint))
    with pytest.raises(AttributeError):
        smartlint.no_such_name  # noqa: B018


def test_lint_text_returns_typed_results() -> None:
    result = smartlint.lint_text(HEDGED, today=TODAY)
    assert isinstance(result, smartlint.FileResult) and result.path == "-"
    [goal] = result.goals
    assert isinstance(goal, smartlint.Goal) and goal.lang == "sv" and goal.text == HEDGED
    [finding] = goal.findings
    assert isinstance(finding, smartlint.Finding)
    assert (finding.rule, finding.severity, finding.category) == ("hedge", "warning", "achievable")
    assert isinstance(finding.span, smartlint.Span) and finding.span.column == 8
    assert goal.rewrite == smartlint.Rewrite(
        "Vi ska springa 5 km senast 2027-05-31.", (), "deliverable"
    )
    assert goal.slots["deadline"]["date"] == "2027-05-31"


def test_lint_text_options() -> None:
    markdown = "# Mål 2027\n\n- Öka försäljningen med 10 %.\n"
    as_markdown = smartlint.lint_text(markdown, path="plan.md", today=TODAY)
    assert as_markdown.path == "plan.md" and [g.span.line for g in as_markdown.goals] == [3]
    assert as_markdown.goals[0].slots["deadline"]["source"] == "heading"
    assert "missing-deadline" not in {f.rule for f in as_markdown.findings}
    as_text = smartlint.lint_text(markdown, today=TODAY)  # no suffix: text, '#' a comment
    assert [g.text for g in as_text.goals] == ["Öka försäljningen med 10 %."]
    assert "missing-deadline" in {f.rule for f in as_text.findings}  # no heading in text
    english = smartlint.lint_text("Öka försäljningen.", lang="en", today=TODAY)
    assert english.goals[0].lang == "en"
    only = smartlint.lint_text(HEDGED, select=["missing-number"], today=TODAY)
    assert only.findings == []
    skipped = smartlint.lint_text("Öka försäljningen.", ignore="vague-comparative,missing-number")
    assert [f.rule for f in skipped.findings] == ["missing-deadline"]
    utf16 = smartlint.lint_text(HEDGED.encode("utf-16"), today=TODAY)
    assert utf16.goals[0].text == HEDGED


def test_lint_text_config(tmp_path: Path) -> None:
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / ".smartlint.yaml").write_text("ignore: [hedge]\n", encoding="utf-8")
    found = smartlint.lint_text(HEDGED, path=tmp_path / "team" / "goals.txt", today=TODAY)
    assert found.findings == []  # the config found upward from path
    named = tmp_path / "strict.yaml"
    named.write_text("severity: {hedge: error}\n", encoding="utf-8")
    strict = smartlint.lint_text(HEDGED, config=named, today=TODAY)
    assert [f.severity for f in strict.findings] == ["error"]
    (tmp_path / "bad.yaml").write_text("ignroe: [hedge]\n", encoding="utf-8")
    with pytest.raises(smartlint.RunError, match="bad.yaml:1: unknown key 'ignroe'"):
        smartlint.lint_text(HEDGED, config=tmp_path / "bad.yaml")
    with pytest.raises(smartlint.RunError, match="no such config file"):
        smartlint.lint_text(HEDGED, config=tmp_path / "missing.yaml")
    with pytest.raises(smartlint.RunError, match="unknown rule"):
        smartlint.lint_text(HEDGED, select=["no-such-rule"])


def test_lint_text_to_json_is_check_of_standard_input(plans: Path) -> None:
    text = (plans / "okr.md").read_text(encoding="utf-8")
    printed = cli(
        "check", "--today", "2026-11-26", "--format", "json", "--stdin-filename", "okr.md", "-",
        input=text,
    )  # fmt: skip
    api = smartlint.lint_text(text, path="okr.md", today=TODAY)
    assert api.to_json() == printed.stdout
    assert json.loads(api.to_json())["files"][0]["path"] == "okr.md"


def test_lint_paths_is_what_check_prints(plans: Path) -> None:
    run = smartlint.lint_paths(["."], today=TODAY)
    assert isinstance(run, smartlint.RunResult) and len(run) == 2
    assert [r.path for r in run] == ["okr.md", "sv.txt"] and run[1].path == "sv.txt"
    printed = cli("check", "--today", "2026-11-26", "--format", "json", ".")
    assert run.to_json() == printed.stdout
    assert run.to_dict() == json.loads(printed.stdout)
    assert run.exit_status() == printed.exit_code == 1
    assert run.exit_status("error") == 0 and run.exit_status(exit_zero=True) == 0
    assert len(run.findings) == sum(len(r.findings) for r in run)


def test_lint_paths_errors_fix_and_progress(plans: Path) -> None:
    (plans / "binary.txt").write_bytes(b"\x00\x01 not text")
    heard: list[tuple[int, int]] = []
    run = smartlint.lint_paths(
        [Path("binary.txt"), "sv.txt"], today=TODAY, fix=True, progress=lambda *n: heard.append(n)
    )
    assert heard == [(0, 2), (1, 2), (2, 2)]
    [(path, error)] = run.errors
    assert path == "binary.txt" and isinstance(error, smartlint.SourceError)
    assert run.exit_status() == 2
    [fixed] = run[1].fixed
    assert fixed == smartlint.FixedGoal(2, 1, ("hedge",), "Vi ska springa 5 km senast 2027-05-31.")
    assert (plans / "sv.txt").read_text(encoding="utf-8").endswith(f"{fixed.text}\n")


def test_the_cli_lints_through_the_api(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import smartlint.api

    calls: list[tuple[list[str], dict[str, object]]] = []
    real = smartlint.api.lint_paths

    def spy(paths, **options):
        calls.append(([str(p) for p in paths], options))
        return real(paths, **options)

    monkeypatch.setattr(smartlint.api, "lint_paths", spy)
    assert cli("check", "--today", "2026-11-26", "--ignore", "hedge", "sv.txt").exit_code == 1
    assert cli("report", "--today", "2026-11-26", "okr.md", "-o", "-").exit_code == 0
    assert cli("check", "-", input="Öka försäljningen.\n").exit_code == 1
    assert [paths for paths, _ in calls] == [["sv.txt"], ["okr.md"], ["-"]]
    first = calls[0][1]
    assert first["today"] == TODAY and first["ignore"] == ("hedge",) and first["slots"] is False
