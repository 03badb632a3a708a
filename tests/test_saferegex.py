"""A catastrophic REGEX in a team's rule file cannot hang a commit."""

from __future__ import annotations

import json
import time
from pathlib import Path

from click.testing import CliRunner

from smartlint.cli import main

RULE = """\
id: no-aaa
category: specific
severity: warning
message: {en: "'{match}' is suspicious.", sv: "”{match}” är misstänkt."}
patterns:
  en: [[{TEXT: {REGEX: "(a|aa)+$"}}]]
  sv: [[{TEXT: {REGEX: "(a|aa)+$"}}]]
examples:
  fail: {en: ["Say aaa by 2027-06-30."], sv: ["Säg aaa senast 2027-06-30."]}
  pass: {en: ["Cut costs by 5% by 2027-06-30."], sv: ["Minska kostnaderna med 5 % senast 2027-06-30."]}
"""


def test_catastrophic_regex_times_out_and_is_reported(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "no-aaa.yaml").write_text(RULE, encoding="utf-8")
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
