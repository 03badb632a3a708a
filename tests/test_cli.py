"""The command line as users and CI see it: output formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from smartlint.cli import main

TODAY = ["--today", "2026-11-26"]


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sv.txt").write_text(
        "Marknadsföring kommer att få in fler kunder i år.\n"
        "\n"
        "Öka antalet följare från 4 000 till 10 000 senast 2027-12-31.\n",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text("Improve customer satisfaction\n", encoding="utf-8")
    return tmp_path


def test_json_matches_the_contract(plans: Path) -> None:
    result = run("check", "--format", "json", *TODAY, "sv.txt")
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert document["version"] == 2
    [file] = document["files"]
    assert file["path"] == "sv.txt" and file["errors"] == []
    first, second = file["goals"]
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (1, 1, 1, 50)
    assert first["text"] == "Marknadsföring kommer att få in fler kunder i år."
    assert first["lang"] == "sv"
    comparative = [f for f in first["findings"] if f["rule"] == "vague-comparative"]
    assert len(comparative) == 1
    finding = comparative[0]
    assert finding["category"] == "specific" and finding["severity"] == "warning"
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (
        1,
        33,
        1,
        37,
    )
    assert "”fler”" in finding["message"]
    assert "suggestion" not in finding  # the rewrite is the goal's, given once
    rewrite = first["rewrite"]
    assert rewrite["text"].endswith("senast 2026-12-31.")
    assert rewrite["placeholders"] == ["<baseline>", "<mål>"]
    assert rewrite["kind"] == "change"
    assert set(first["slots"]) == {"metric", "direction", "baseline", "target", "deadline", "owner"}
    assert first["slots"]["deadline"] == {"date": "2026-12-31", "text": "i år", "source": "text"}
    assert first["smart"] == {"S": False, "M": False, "A": True, "R": True, "T": True}
    assert second["line"] == 3 and second["findings"] == [] and second["rewrite"] is None
    assert second["smart"] == dict.fromkeys("SMART", True)
    assert second["slots"]["baseline"]["value"] == 4000
    assert second["slots"]["target"]["value"] == 10000


def test_text_format_and_summary(plans: Path) -> None:
    result = run("check", *TODAY, "en.txt")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("en.txt:1:1: warning: ")
    assert any(
        line.startswith(
            "    suggestion: Improve customer satisfaction from <baseline> to <target> by <YYYY-MM-DD>."
        )
        for line in lines
    )
    assert lines[-1].startswith("1 file, 1 goal, 1 with findings, 3 findings")


def test_english_goal_findings(plans: Path) -> None:
    document = json.loads(run("check", "--format", "json", *TODAY, "en.txt").output)
    [goal] = document["files"][0]["goals"]
    assert goal["lang"] == "en"
    assert sorted(f["rule"] for f in goal["findings"]) == [
        "missing-deadline",
        "missing-number",
        "vague-comparative",
    ]


def test_exit_codes(plans: Path) -> None:
    assert run("check", *TODAY, "--exit-zero", "sv.txt").exit_code == 0
    assert run("check", *TODAY, "--fail-level", "error", "sv.txt").exit_code == 0
    assert run("check", *TODAY, "--select", "hedge", "sv.txt").exit_code == 0
    assert run("check", *TODAY, "--ignore", "nonexistent-rule", "sv.txt").exit_code == 2


def test_concise_is_one_line_per_finding(plans: Path) -> None:
    result = run("check", "--format", "concise", *TODAY, "en.txt")
    lines = result.output.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("en.txt:1:") for line in lines)


def test_bad_files_are_reported_and_others_still_linted(plans: Path) -> None:
    (plans / "binary.txt").write_bytes(b"\x00\x01\x02goal")
    (plans / "latin1.txt").write_bytes("Öka försäljningen".encode("latin-1"))
    (plans / "broken.yaml").write_text("objectives:\n  - title: [unclosed\n", encoding="utf-8")
    (plans / "empty.md").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", *TODAY, "."])
    assert result.exit_code == 2
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert "binary file" in files["binary.txt"]["errors"][0]["message"]
    assert "UTF-8" in files["latin1.txt"]["errors"][0]["message"]
    assert (
        files["broken.yaml"]["errors"][0]["line"] == 3
        or files["broken.yaml"]["errors"][0]["line"] == 2
    )
    assert files["empty.md"] == {"path": "empty.md", "errors": [], "notes": [], "goals": []}
    assert len(files["sv.txt"]["goals"]) == 2


def test_errors_go_to_stderr_without_traceback(plans: Path) -> None:
    (plans / "binary.txt").write_bytes(b"\x00\x01")
    proc = subprocess.run(
        [sys.executable, "-m", "smartlint", "check", *TODAY, "binary.txt", "sv.txt"],
        capture_output=True,
        text=True,
        cwd=plans,
    )
    assert proc.returncode == 2
    assert "binary.txt: error: binary file" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "sv.txt:1:" in proc.stdout


def test_stdin_with_filename(plans: Path) -> None:
    result = run(
        "check",
        "--format",
        "json",
        *TODAY,
        "--stdin-filename",
        "plan.md",
        "-",
        input="# Mål\n\n- Öka försäljningen snart\n",
    )
    [file] = json.loads(result.output)["files"]
    assert file["path"] == "plan.md"
    [goal] = file["goals"]
    assert goal["line"] == 3 and goal["column"] == 3
    assert "vague-timeframe" in {f["rule"] for f in goal["findings"]}


def test_config_unknown_key_is_an_error_with_line(plans: Path) -> None:
    (plans / ".smartlint.yaml").write_text("lang: sv\nignroe: [hedge]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", *TODAY, "sv.txt"])
    assert result.exit_code == 2
    assert ".smartlint.yaml:2: unknown key 'ignroe'" in result.stderr


def test_config_ignore_and_severity(plans: Path) -> None:
    (plans / ".smartlint.yaml").write_text(
        "ignore: [missing-number]\nseverity: {vague-comparative: info}\n", encoding="utf-8"
    )
    document = json.loads(run("check", "--format", "json", *TODAY, "sv.txt").output)
    findings = document["files"][0]["goals"][0]["findings"]
    assert "missing-number" not in {f["rule"] for f in findings}
    assert {f["severity"] for f in findings if f["rule"] == "vague-comparative"} == {"info"}
    assert run("check", *TODAY, "sv.txt").exit_code == 0


def test_pyproject_config(plans: Path) -> None:
    (plans / "pyproject.toml").write_text(
        '[tool.smartlint]\nselect = ["hedge"]\n', encoding="utf-8"
    )
    assert run("check", *TODAY, "sv.txt").exit_code == 0


def test_custom_rule_from_rules_dirs(plans: Path) -> None:
    rules = plans / "team-rules"
    rules.mkdir()
    from test_rule_files import GOOD

    (rules / "no-synergy.yaml").write_text(GOOD, encoding="utf-8")
    (plans / ".smartlint.yaml").write_text("rules_dirs: [team-rules]\n", encoding="utf-8")
    (plans / "syn.txt").write_text(
        "Leverage synergies across teams by 2027-06-30.\n", encoding="utf-8"
    )
    document = json.loads(run("check", "--format", "json", *TODAY, "syn.txt").output)
    rules_fired = {f["rule"] for f in document["files"][0]["goals"][0]["findings"]}
    assert "no-synergy" in rules_fired


def test_invalid_custom_rule_is_reported_as_file_line(plans: Path) -> None:
    rules = plans / "team-rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("id: bad\ncategory: nonsense\n", encoding="utf-8")
    (plans / ".smartlint.yaml").write_text("rules_dirs: [team-rules]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", *TODAY, "sv.txt"])
    assert result.exit_code == 2
    assert "bad.yaml:" in result.stderr and "Traceback" not in result.stderr


def test_rules_and_explain() -> None:
    listing = run("rules").output
    assert "missing-number" in listing and "measurable" in listing
    text = run("explain", "vague-comparative").output
    assert "Why is this bad?" in text and "Examples (Swedish)" in text
    assert run("explain", "no-such-rule").exit_code == 2


def test_version_does_not_import_spacy() -> None:
    code = (
        "import sys; from smartlint.cli import main; sys.argv=['smartlint','--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nassert 'spacy' not in sys.modules, 'spacy imported'"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "smartlint, version" in proc.stdout


def test_sarif_has_rules_results_and_relative_uris(plans: Path) -> None:
    result = run("check", "--format", "sarif", *TODAY, "sv.txt")
    log = json.loads(result.output)
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert "vague-comparative" in rule_ids
    first = run_["results"][0]
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "sv.txt"
    assert rule_ids[first["ruleIndex"]] == first["ruleId"]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["endColumn"] > region["startColumn"]


def test_github_workflow_commands_are_escaped(plans: Path) -> None:
    (plans / "odd,name.txt").write_text("Öka försäljningen med 5 %\n", encoding="utf-8")
    lines = run("check", "--format", "github", *TODAY, "odd,name.txt").output.splitlines()
    assert lines and all(line.startswith("::warning file=odd%2Cname.txt,line=1,") for line in lines)
    message = lines[0].split("::", 2)[2]
    assert "%0ASuggestion: " in message and "\n" not in message
    assert "5 %25" in message and "5 %" not in message.replace("5 %25", "")


def test_huge_file_and_huge_line_are_reported_not_crashed(plans: Path) -> None:
    (plans / "huge.txt").write_bytes(b"Increase sales by 20% by 2027-12-31.\n" * 600_000)
    (plans / "longline.txt").write_text(
        "Öka " + "försäljningen " * 150_000 + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", "--format", "json", *TODAY, "."])
    assert result.exit_code == 2
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert "limit; not linted" in files["huge.txt"]["errors"][0]["message"]
    assert "too long to lint" in files["longline.txt"]["errors"][0]["message"]
    assert len(files["sv.txt"]["goals"]) == 2


def test_per_file_settings(plans: Path) -> None:
    (plans / "archive").mkdir()
    (plans / "archive" / "2020.txt").write_text("Öka försäljningen med 5 % till 2020.\n", "utf-8")
    (plans / "now.txt").write_text("Öka försäljningen med 5 % till 2020.\n", "utf-8")
    (plans / ".smartlint.yaml").write_text(
        "per_file:\n  'archive/**': {ignore: [deadline-passed]}\n"
        "  '*.txt': {severity: {deadline-passed: error}}\n",
        encoding="utf-8",
    )
    document = json.loads(run("check", "--format", "json", *TODAY, "now.txt", "archive").output)
    files = {f["path"]: f for f in document["files"]}
    [now] = files["now.txt"]["goals"][0]["findings"]
    assert (now["rule"], now["severity"]) == ("deadline-passed", "error")
    assert files["archive/2020.txt"]["goals"][0]["findings"] == []


def test_per_file_unknown_key(plans: Path) -> None:
    (plans / ".smartlint.yaml").write_text("per_file:\n  '*.md': {ignroe: [hedge]}\n", "utf-8")
    result = CliRunner().invoke(main, ["check", *TODAY, "sv.txt"])
    assert result.exit_code == 2 and "unknown per_file key 'ignroe'" in result.stderr
