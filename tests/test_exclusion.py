"""``exclude`` leaves a file out however it reaches smartlint: walked, named, or piped.

pre-commit and editors name every file they lint, so a commit touching an
excluded ``archive/`` file was blocked.  The globs are relative to the config
file's folder, wherever smartlint runs from.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from smartlint.cli import main

VAGUE = "- Öka försäljningen.\n"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(
        main, ["check", "--format", "json", "--today", "2026-11-26", *args], input=input
    )


def linted(result) -> list[str]:
    assert result.exit_code in (0, 1), result.output
    return [file["path"] for file in json.loads(result.output)["files"]]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".smartlint.yaml").write_text(
        'exclude: ["archive/**", "/drafts/"]\n', encoding="utf-8"
    )
    for name in ("plan.md", "archive/old.md", "drafts/next.md", "team/archive/kept.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(VAGUE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_named_excluded_file_is_not_linted(repo: Path) -> None:
    result = run("archive/old.md", "plan.md", "drafts/next.md")
    assert linted(result) == ["plan.md"]


def test_only_excluded_files_named_is_a_clean_run(repo: Path) -> None:
    result = run("archive/old.md", "drafts")
    assert result.exit_code == 0, result.output
    assert linted(result) == []


def test_globs_are_relative_to_the_config_not_the_working_folder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "team")
    # archive/** names the archive beside the config, not team/archive
    assert linted(run(".", "../archive/old.md")) == ["archive/kept.md"]


def test_an_excluded_stdin_filename_is_not_linted(repo: Path) -> None:
    result = run("--stdin-filename", "archive/old.md", "-", input=VAGUE)
    assert result.exit_code == 0 and linted(result) == []
    kept = run("--stdin-filename", "plan.md", "-", input=VAGUE)
    assert kept.exit_code == 1 and linted(kept) == ["plan.md"]


def test_a_named_config_excludes_relative_to_its_own_folder(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other = tmp_path_factory.mktemp("elsewhere") / "smartlint.yaml"
    other.write_text('exclude: ["*.md"]\n', encoding="utf-8")
    # the globs are read from the other config's folder: nothing here is under it
    assert linted(run("--config", str(other), "plan.md")) == ["plan.md"]
    (repo / "named.yaml").write_text('exclude: ["plan.md"]\n', encoding="utf-8")
    assert linted(run("--config", "named.yaml", "plan.md", "archive/old.md")) == ["archive/old.md"]


def test_per_file_settings_apply_to_a_named_file(repo: Path) -> None:
    (repo / ".smartlint.yaml").write_text(
        'per_file: {"team/**": {ignore: [missing-number, missing-deadline, vague-comparative]}}\n',
        encoding="utf-8",
    )
    files = json.loads(run("team/archive/kept.md", "plan.md").output)["files"]
    findings = {f["path"]: [x["rule"] for g in f["goals"] for x in g["findings"]] for f in files}
    assert findings["team/archive/kept.md"] == [] and findings["plan.md"]


def test_goals_lists_no_excluded_file(repo: Path) -> None:
    result = CliRunner().invoke(main, ["goals", "--format", "json", "archive/old.md", "plan.md"])
    assert result.exit_code == 0, result.output
    assert [file["path"] for file in json.loads(result.output)["files"]] == ["plan.md"]
