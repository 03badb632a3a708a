"""A catastrophic REGEX in a team's rule file cannot hang a commit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from conftest import SLOW_REGEX_RULE

from smartlint.cli import main
from smartlint.linter import PARALLEL_MIN_GOALS

TODAY = ["--today", "2026-11-26"]


def test_catastrophic_regex_times_out_and_is_reported(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "no-aaa.yaml").write_text(SLOW_REGEX_RULE, encoding="utf-8")
    (tmp_path / ".smartlint.yaml").write_text("rules_dirs: [team]\nlang: en\n", encoding="utf-8")
    evil = "a" * 40 + "b"  # one token that makes the pattern backtrack
    (tmp_path / "goals.txt").write_text(f"Say aaa by 2027-06-30.\nSay {evil} soon.\n", "utf-8")
    start = time.perf_counter()
    args = ["check", "--format", "json", "--today", "2026-11-26", "goals.txt"]
    result = CliRunner().invoke(main, args)
    assert time.perf_counter() - start < 30
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    file = files["goals.txt"]
    assert "no-aaa" in [f["rule"] for f in file["goals"][0]["findings"]]
    [error] = file["errors"]
    assert "no-aaa.yaml:6: REGEX pattern '(a|aa)+$' ran over its time limit" in error["message"]
    assert result.exit_code == 2


def _plan(folder: Path, evil_at: tuple[int, ...], count: int) -> None:
    """A folder with its own team rule and a document of ``count`` goals."""
    (folder / "team").mkdir(parents=True)
    (folder / "team" / "no-aaa.yaml").write_text(SLOW_REGEX_RULE, encoding="utf-8")
    (folder / ".smartlint.yaml").write_text("rules_dirs: [team]\nlang: en\n", encoding="utf-8")
    lines = [
        "Say " + "a" * 40 + "b soon."
        if i in evil_at
        else "Say aaa by 2027-06-30."
        if i % 10 == 0
        else f"Cut costs by {i % 90 + 1}% by 2027-06-30."
        for i in range(count)
    ]
    (folder / "goals.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_timeouts_in_forked_workers_reach_the_output(tmp_path: Path) -> None:
    """SMARTLINT_WORKERS=2 prints the same bytes as the serial path, timeouts included.

    ``worker``: only a worker's chunk times out (its report used to be lost).
    ``both``: the parent's chunk times out first, so the serial path matches
    nothing after it, while a worker started with the pattern alive.
    Each folder has its own rule file, so the two are independent patterns.
    """
    count = PARALLEL_MIN_GOALS + 10
    _plan(tmp_path / "worker", (count * 3 // 4,), count)
    _plan(tmp_path / "both", (1, count * 3 // 4), count)
    outputs = {}
    for workers in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "smartlint", "check", "--format", "json", *TODAY, "."],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "SMARTLINT_WORKERS": workers},
            timeout=120,
        )
        assert proc.returncode == 2, proc.stderr
        outputs[workers] = proc.stdout
    files = {f["path"]: f for f in json.loads(outputs["1"])["files"]}
    for name, matched in (("worker", count * 3 // 4 // 10 + 1), ("both", 1)):
        file = files[f"{name}/goals.txt"]
        [error] = file["errors"]
        assert f"{name}/team/no-aaa.yaml:6: REGEX pattern" in error["message"]
        fired = [g for g in file["goals"] if any(f["rule"] == "no-aaa" for f in g["findings"])]
        assert len(fired) == matched, name
    assert outputs["2"] == outputs["1"]
