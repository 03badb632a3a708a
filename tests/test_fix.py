"""--fix: only safe rewrites, written atomically, and the result re-linted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from smartlint.cli import main
from smartlint.fixes import apply_fixes, write_atomically
from smartlint.model import Fix

TODAY = ["--today", "2026-11-26"]


def test_fix_applies_only_placeholder_free_rewrites(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "goals.txt"
    path.write_text(
        "- Try to reduce churn to 3% by Q4 2027.\r\nGet more customers.\r\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["check", *TODAY, "--fix", "--format", "json", "goals.txt"])
    assert path.read_bytes() == b"- Reduce churn to 3% by Q4 2027.\r\nGet more customers.\r\n"
    goals = json.loads(result.output)["files"][0]["goals"]
    assert goals[0]["findings"] == []
    assert {f["rule"] for f in goals[1]["findings"]} >= {"vague-comparative"}
    assert result.exit_code == 1


def test_fix_keeps_bom_and_markdown_around_the_goal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "plan.md"
    path.write_bytes("\ufeff# Mål\n\n- Hopefully reach 500 subscribers by June 2027.\n".encode())
    CliRunner().invoke(main, ["check", *TODAY, "--lang", "en", "--fix", "plan.md"])
    assert path.read_bytes() == "\ufeff# Mål\n\n- Reach 500 subscribers by June 2027.\n".encode()


def test_apply_fixes_skips_overlaps() -> None:
    text = "abcdef"
    fixes = [Fix(0, 3, "X", True), Fix(2, 4, "Y", True), Fix(4, 6, "Z", True)]
    assert apply_fixes(text, fixes) == "XdZ"


def test_write_atomically_leaves_original_on_failure(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "goals.txt"
    path.write_text("original\n", encoding="utf-8")

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("smartlint.fixes.os.replace", fail)
    with pytest.raises(OSError):
        write_atomically(path, "new\n")
    assert path.read_text(encoding="utf-8") == "original\n"
    assert [p.name for p in tmp_path.iterdir()] == ["goals.txt"]
