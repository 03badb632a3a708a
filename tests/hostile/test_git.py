"""``--diff REF`` against hostile refs, file names and git settings (issue 12, items 1, 9, 12).

Each case runs smartlint in-process in a throwaway repository: a ref must
never be read as an option, every changed file must be found whatever its
name or the user's ``diff.*`` settings, a file git cannot speak for is an
error, and ``--fix`` rewrites only what ``--diff`` reports.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from smartlint.cli import main

TODAY = ["--today", "2026-11-26"]
SMART = "Cut churn to 3% by 2027-06-30.\n"
VAGUE = "Get more customers.\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _repo(path: Path, files: dict[str, str]) -> Path:
    """A repository at ``path`` whose first commit holds ``files``."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q")
    git(path, "config", "user.email", "p@example.org")
    git(path, "config", "user.name", "P")
    for name, text in files.items():
        (path / name).write_text(text, encoding="utf-8")
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "first")
    return path


def _check(repo: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.chdir(repo)
    return CliRunner().invoke(main, ["check", *TODAY, "--lang", "en", *args])


def _findings_by_file(result: Result) -> dict[str, list[int]]:
    """Each file's lines with findings, from the JSON output."""
    files = json.loads(result.stdout)["files"]
    return {f["path"]: sorted(g["line"] for g in f["goals"] if g["findings"]) for f in files}


@pytest.mark.parametrize(
    "ref", ["--output=victim.txt", "--output=created.txt", "-ovictim.txt", "--no-index"]
)
def test_a_ref_is_never_an_option(tmp_path: Path, monkeypatch, ref: str) -> None:
    """``--diff=--output=victim.txt`` used to run ``git diff --output=victim.txt``."""
    repo = _repo(tmp_path / "repo", {"victim.txt": "precious\n", "goals.txt": SMART})
    result = _check(repo, monkeypatch, f"--diff={ref}", "goals.txt")
    assert result.exit_code == 2, result.output
    assert f"--diff {ref}" in result.stderr
    assert (repo / "victim.txt").read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in repo.iterdir()) == [".git", "goals.txt", "victim.txt"]


NAMES = ["sp ace.txt", "ta\tb.txt", 'q"uote.txt', "åäö.txt", "back\\slash.txt", "new\nline.txt"]


def test_files_whose_names_git_quotes_are_seen(tmp_path: Path, monkeypatch) -> None:
    """Spaces, tabs, quotes, non-ASCII, backslashes and newlines in names: git quotes
    (or pads) them in a patch, and those files used to count as unchanged."""
    repo = _repo(tmp_path / "repo", {name: SMART for name in NAMES})
    for name in NAMES:
        (repo / name).write_text(SMART + VAGUE, encoding="utf-8")
    result = _check(repo, monkeypatch, "--format", "json", "--diff", "HEAD", *NAMES)
    assert _findings_by_file(result) == {name: [2] for name in NAMES}
    assert result.exit_code == 1


@pytest.mark.parametrize(
    "setting",
    ["diff.mnemonicPrefix=true", "diff.noprefix=true", "diff.relative=true", "diff.renames=copies"],
)
def test_user_diff_settings_do_not_change_what_changed(
    tmp_path: Path, monkeypatch, setting: str
) -> None:
    """A user's git config shapes ``git diff`` output; smartlint must read it the same."""
    repo = _repo(tmp_path / "repo", {"goals.txt": SMART, "other.txt": SMART})
    (repo / "sub").mkdir()
    git(repo, "config", *setting.split("="))
    (repo / "goals.txt").write_text(SMART + VAGUE, encoding="utf-8")
    (repo / "other.txt").write_text(VAGUE + SMART, encoding="utf-8")
    monkeypatch.chdir(repo / "sub")  # diff.relative: git names paths from here
    result = CliRunner().invoke(
        main,
        ["check", *TODAY, "--format", "json", "--diff", "HEAD", "../goals.txt", "../other.txt"],
    )
    assert _findings_by_file(result) == {"../goals.txt": [2], "../other.txt": [1]}


def test_a_file_outside_the_repository_is_an_error(tmp_path: Path, monkeypatch) -> None:
    """It used to be silently clean: git cannot say which of its lines changed."""
    repo = _repo(tmp_path / "repo", {"goals.txt": SMART})
    (repo / "goals.txt").write_text(VAGUE, encoding="utf-8")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(VAGUE, encoding="utf-8")
    result = _check(repo, monkeypatch, "--diff", "HEAD", str(outside), "goals.txt")
    assert result.exit_code == 2
    [line] = [line for line in result.stderr.splitlines() if "elsewhere.txt" in line]
    assert line.startswith(f"{outside}: error:") and "not in the git repository" in line
    assert "goals.txt:1:1: warning:" in result.stdout  # the other file is still linted
    assert "Traceback" not in result.output


def test_fix_respects_diff(tmp_path: Path, monkeypatch) -> None:
    """``--diff HEAD --fix`` rewrote a hedge on a line the change never touched."""
    old = "Try to reduce churn to 3% by Q4 2027.\n"
    repo = _repo(tmp_path / "repo", {"goals.txt": old})
    (repo / "goals.txt").write_text(old + "Hopefully reach 500 subscribers by June 2027.\n")
    result = _check(repo, monkeypatch, "--diff", "HEAD", "--fix", "goals.txt")
    assert (repo / "goals.txt").read_text() == old + "Reach 500 subscribers by June 2027.\n"
    assert result.exit_code == 0, result.output


def test_fix_with_a_bad_ref_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    """The ref is checked before any file is fixed."""
    old = "Try to reduce churn to 3% by Q4 2027.\n"
    repo = _repo(tmp_path / "repo", {"goals.txt": old})
    result = _check(repo, monkeypatch, "--diff", "no-such-ref", "--fix", "goals.txt")
    assert result.exit_code == 2
    assert (repo / "goals.txt").read_text() == old


def test_a_changed_file_that_is_not_utf8_costs_one_file(tmp_path: Path) -> None:
    """git's patch holds the file's own bytes; read as UTF-8 text, a changed Latin-1 file
    made ``--diff`` end in a traceback with exit status 1."""
    repo = _repo(tmp_path / "repo", {"goals.txt": SMART, "old.txt": SMART})
    (repo / "old.txt").write_bytes("Öka försäljningen.\n".encode("latin-1"))
    (repo / "goals.txt").write_text(SMART + VAGUE, encoding="utf-8")
    command = [sys.executable, "-m", "smartlint", "check", *TODAY, "--diff", "HEAD", "."]
    proc = subprocess.run(command, cwd=repo, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("old.txt:1: error: not valid UTF-8"), proc.stderr
    assert "goals.txt:2:1: warning:" in proc.stdout
