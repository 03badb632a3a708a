"""A hostile config, rule or ``.gitignore`` file: ``file:line: what is wrong``, exit 2.

Each case writes one bad file next to a good goal file and runs a real
``smartlint check`` (a FIFO would hang an in-process run).  Before these
were fixed, each ended in a traceback and exit status 1, or hung.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_helpers import GOOD_TEXT, assert_reported, check, good_file_linted

CONFIG = ".smartlint.yaml"


def config(text: str) -> Callable[[Path], None]:
    return lambda folder: (folder / CONFIG).write_text(text, encoding="utf-8")


def rule_dir(make: Callable[[Path], None]) -> Callable[[Path], None]:
    """A rules_dirs folder ``team`` whose one rule file ``x.yaml`` is made by ``make``."""

    def setup(folder: Path) -> None:
        (folder / "team").mkdir()
        make(folder / "team" / "x.yaml")
        (folder / CONFIG).write_text("rules_dirs: [team]\n", encoding="utf-8")

    return setup


def fifo(path: Path) -> None:
    os.mkfifo(path)


def dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


DEEP = "[" * 600 + "]" * 600

# (id, setup, the file the error names, its line or None, part of the message)
CONFIG_CASES = [
    ("invalid-exclude-glob", config('exclude: ["***/\\\\"]\n'), CONFIG, 1, "invalid glob"),
    ("reversed-range-per-file", config('per_file:\n  "[z-a]": {ignore: [hedge]}\n'), CONFIG, 2,
     "invalid glob '[z-a]'"),
    ("pipeline-a-number", config("pipeline: {en: 5}\n"), CONFIG, 1, "package name or a folder"),
    ("pipeline-a-list", config("pipeline:\n  en: [a]\n"), CONFIG, 2, "package name or a folder"),
    ("rules-dirs-missing", config("rules_dirs: [nowhere]\n"), CONFIG, 1, "nowhere is not a folder"),
    ("nan-factor", config("max_change_factor: .nan\n"), CONFIG, 1, "above 1"),
    ("inf-factor", config("max_change_factor: .inf\n"), CONFIG, 1, "above 1"),
    ("nan-tolerance", config("rollup_tolerance: .nan\n"), CONFIG, 1, "share >= 0"),
    ("yaml-600-deep", config(f"lang: {DEEP}\n"), CONFIG, 1, "nested deeper than"),
    ("toml-600-deep",
     lambda f: (f / "pyproject.toml").write_text(f"[tool.smartlint]\nlang = {DEEP}\n", "utf-8"),
     "pyproject.toml", None, "nested too deeply"),
    ("config-is-dev-zero", lambda f: dev_zero(f / CONFIG), CONFIG, None, "character device"),
    ("config-is-fifo", lambda f: fifo(f / CONFIG), CONFIG, None, "a FIFO"),
    ("rule-is-fifo", rule_dir(fifo), "team/x.yaml", None, "a FIFO"),
    ("rule-is-dev-zero", rule_dir(dev_zero), "team/x.yaml", None, "character device"),
    ("rule-over-1-mib", rule_dir(lambda p: p.write_text("#" * (2**20 + 1))), "team/x.yaml", None,
     "over the 1 MiB limit"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("setup", "name", "line", "message"),
    [case[1:] for case in CONFIG_CASES],
    ids=[case[0] for case in CONFIG_CASES],
)
def test_bad_config_is_named_with_its_line(
    tmp_path: Path, setup: Callable[[Path], None], name: str, line: int | None, message: str
) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    setup(tmp_path)
    where = f"{tmp_path / name}:{line}:" if line else f"{tmp_path / name}:"
    assert_reported(check(tmp_path), where, message)


def test_empty_config_means_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / CONFIG).write_text("", encoding="utf-8")
    proc = check(tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    assert good_file_linted(proc)


@pytest.mark.parametrize("make", [fifo, dev_zero], ids=["fifo", "dev-zero"])
def test_gitignore_that_is_no_file_is_reported_and_the_rest_linted(
    tmp_path: Path, make: Callable[[Path], None]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    make(tmp_path / ".gitignore")
    proc = check(tmp_path)
    assert_reported(proc, ".gitignore: error: not a regular file")
    assert good_file_linted(proc)


GIT_ACCEPTS = ["!", "\\", "[z-a]", "a[", "!/", "\\!x", "#comment", "[]]", "**/[!a-]"]


def test_gitignore_lines_git_accepts_and_5000_patterns(tmp_path: Path) -> None:
    patterns = [*GIT_ACCEPTS, *(f"drafts{i}/**/old-{i}[ab]*.md" for i in range(5_000)), "skip.txt"]
    (tmp_path / ".gitignore").write_text("\n".join(patterns) + "\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "skip.txt").write_text(GOOD_TEXT, encoding="utf-8")
    proc = check(tmp_path)
    stdout = proc.stdout.decode()
    assert proc.returncode == 1, proc.stderr.decode()
    assert good_file_linted(proc)
    assert "skip.txt" not in stdout  # the valid lines still ignore what they name
