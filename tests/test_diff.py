"""--diff REF reports only findings on lines changed since REF, in a real git repository."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from click.testing import CliRunner

from smartlint.cli import main


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_only_changed_lines(tmp_path: Path, monkeypatch) -> None:
    repo = tmp_path / "plans"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "p@example.org")
    git(repo, "config", "user.name", "P")
    (repo / "goals.txt").write_text("Öka försäljningen.\nMinska kostnaderna.\n", encoding="utf-8")
    (repo / "old.txt").write_text("Förbättra kundnöjdheten.\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    (repo / "goals.txt").write_text(
        "Öka försäljningen.\nMinska kostnaderna snart.\nHalvera sjukfrånvaron.\n", encoding="utf-8"
    )
    (repo / "new.txt").write_text("Bli bättre.\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    args = ["check", "--format", "json", "--today", "2026-11-26", "--diff", "HEAD", "."]
    result = CliRunner().invoke(main, args)
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    lines = {g["line"] for g in files["goals.txt"]["goals"] if g["findings"]}
    assert lines == {2, 3}
    assert all(not g["findings"] for g in files["old.txt"]["goals"])
    assert files["new.txt"]["goals"][0]["findings"]
    assert result.exit_code == 1


def test_unknown_ref_is_a_usage_error(tmp_path: Path, monkeypatch) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "g.txt").write_text("Öka försäljningen.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--diff", "no-such-ref", "g.txt"])
    assert result.exit_code == 2
    assert "--diff no-such-ref" in result.stderr
