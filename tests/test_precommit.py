"""The pre-commit hook, installed from this checkout by the real pre-commit tool.

A vague goal blocks the commit with the finding printed; a SMART goal passes.
The hook's environment is built by pre-commit itself (pip from the package
registry), so this test takes a minute or two.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)


@pytest.fixture
def planning_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "plans"
    repo.mkdir()
    for args in (
        ("init", "-q"),
        ("config", "user.email", "planner@example.org"),
        ("config", "user.name", "Planner"),
    ):
        git(*args, cwd=repo)
    head = git("rev-parse", "HEAD", cwd=ROOT).stdout.strip()
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {ROOT}\n  rev: {head}\n  hooks:\n"
        "  - id: smartlint\n    args: [--today, '2026-11-26']\n",
        encoding="utf-8",
    )
    return repo


@pytest.fixture
def commit(planning_repo: Path, tmp_path: Path):
    """Install the hook in the planning repository; return a function that commits all."""
    pre_commit = shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    assert pre_commit, "pre-commit is a test dependency (pip install -e '.[test]')"
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    subprocess.run([pre_commit, "install"], cwd=planning_repo, env=env, check=True)

    def run(message: str) -> tuple[int, str]:
        git("add", ".", cwd=planning_repo)
        done = subprocess.run(
            ["git", "commit", "-m", message], cwd=planning_repo, env=env, capture_output=True,
            text=True,
        )  # fmt: skip
        return done.returncode, done.stdout + done.stderr

    return run


def test_hook_blocks_a_vague_goal_and_passes_a_smart_one(planning_repo: Path, commit) -> None:
    (planning_repo / "goals.md").write_text("# Mål\n\n- Öka försäljningen.\n", encoding="utf-8")
    (planning_repo / "other.yaml").write_text("name: not a goal file\n", encoding="utf-8")
    status, output = commit("vague")
    assert status != 0, output
    assert "goals.md:3:3: warning:" in output and "[vague-comparative]" in output, output
    assert "other.yaml" not in output  # a YAML file without goals is skipped silently

    (planning_repo / "goals.md").write_text(
        "# Mål\n\n- Öka försäljningen med 20 % senast 2027-12-31.\n", encoding="utf-8"
    )
    status, output = commit("smart")
    assert status == 0, output
    assert git("log", "--oneline", cwd=planning_repo).stdout.count("\n") == 1


def test_hook_passes_a_commit_that_touches_only_excluded_files(planning_repo: Path, commit) -> None:
    """pre-commit names each file; ``exclude`` in the config still leaves it out."""
    (planning_repo / ".smartlint.yaml").write_text('exclude: ["archive/**"]\n', encoding="utf-8")
    (planning_repo / "archive").mkdir()
    (planning_repo / "archive" / "2025.md").write_text("- Öka försäljningen.\n", "utf-8")
    status, output = commit("archive")
    assert status == 0, output

    (planning_repo / "goals.md").write_text("- Öka försäljningen.\n", encoding="utf-8")
    (planning_repo / "archive" / "2025.md").write_text("- Få fler kunder.\n", "utf-8")
    status, output = commit("both")
    assert status != 0, output
    assert "goals.md:1:3:" in output and "archive/2025.md" not in output, output
