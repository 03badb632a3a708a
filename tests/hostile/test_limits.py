"""Memory stays bounded on hostile documents and team rules: peak RSS of a real run.

On main, 1,000,000 short lines in a 2 MB file took 1.3 GB and two minutes,
a 19 MB Markdown table with no goals 10 GB, and a team rule that matches
every word made a finding per word.  Each run here is measured in a child
process (``ru_maxrss``), under an address-space limit so that a regression
fails the test instead of eating the machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_helpers import GOOD_TEXT, SAFETY_TIMEOUT, TODAY, assert_reported, check

PEAK_MB = 600  # a memory bound, not a speed one
ADDRESS_SPACE = 3 << 30  # the child's own safety net

MEASURE = """
import resource, subprocess, sys
def limit():
    resource.setrlimit(resource.RLIMIT_AS, ({space}, {space}))
proc = subprocess.run(sys.argv[1:], preexec_fn=limit, capture_output=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print({{"status": proc.returncode, "peak_mb": peak, "stderr": proc.stderr.decode()[-2000:],
        "stdout": proc.stdout.decode()[-2000:]}})
"""


def measured(folder: Path, *args: str) -> dict:
    """Run ``smartlint ARGS`` in ``folder`` and return its status, output and peak RSS."""
    code = MEASURE.format(space=ADDRESS_SPACE)
    proc = subprocess.Popen(
        [sys.executable, "-c", code, sys.executable, "-m", "smartlint", *args],
        cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # so a time-out ends smartlint too, not only the wrapper
    )  # fmt: skip
    try:
        stdout, stderr = proc.communicate(timeout=SAFETY_TIMEOUT * 3)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == 0, stderr
    return eval(stdout)  # a dict literal printed by MEASURE


def lines(count: int, line: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(line * count, encoding="utf-8")


DOCUMENTS = {  # name: (make it, part of the error it must get)
    "million-short-lines.txt": (lines(1_000_000, "a\n"), "more than 500,000 lines"),
    "million-short-lines.md": (lines(1_000_000, "a\n"), "more than 500,000 lines"),
    "half-million-items.md": (lines(500_000, "- a\n"), "over 500,000 parser tokens"),
    "table-19mb.md": (
        lambda p: p.write_text("| a | b |\n|---|---|\n" + "|a|b|\n" * 3_100_000),
        "more than 500,000 lines",
    ),
    "wide-table.md": (
        lambda p: p.write_text("|" + "a|" * 2_000_000 + "\n|" + "-|" * 2_000_000 + "\n"),
        "over 500,000 parser tokens",
    ),
    "many-goals.txt": (lines(300_000, "Go\n"), "more than 200,000 goals"),
}


@pytest.mark.parametrize("name", DOCUMENTS, ids=list(DOCUMENTS))
def test_hostile_document_is_refused_within_bounded_memory(tmp_path: Path, name: str) -> None:
    make, error = DOCUMENTS[name]
    make(tmp_path / name)
    (tmp_path / "good.txt").write_text(GOOD_TEXT)
    run = measured(tmp_path, "check", *TODAY, ".")
    assert run["status"] == 2, run
    assert f"{name}: error: " in run["stderr"] and error in run["stderr"], run
    assert "good.txt:1:1: warning:" in run["stdout"], run
    assert run["peak_mb"] < PEAK_MB, run


RULE = """\
id: {id}
category: specific
severity: warning
message: {{en: "{message}", sv: "{message}"}}
patterns:
  en: [{pattern}]
  sv: [{pattern}]
examples:
  fail: {{en: ["Word."], sv: ["Ord."]}}
  pass: {{en: [".."], sv: [".."]}}
"""


def team_rule(folder: Path, message: str, pattern: str, rule_id: str = "every-word") -> None:
    (folder / "team").mkdir()
    text = RULE.format(id=rule_id, message=message, pattern=pattern)
    (folder / "team" / f"{rule_id}.yaml").write_text(text)
    (folder / ".smartlint.yaml").write_text("rules_dirs: [team]\n")
    (folder / "good.txt").write_text(GOOD_TEXT)


@pytest.mark.parametrize(
    ("message", "pattern", "problem"),
    [
        ("'{match:>999999999}' is vague.", "[{}]", "message fields are plain {name}"),
        ("'{match.__class__}' is vague.", "[{}]", "message fields are plain {name}"),
        ("'{match!r}' is vague.", "[{}]", "message fields are plain {name}"),
        ("'{match}' is vague.", '[{OP: "+"}]', "repeats without a bound"),
        ("'{match}' is vague.", '[{OP: "{0,15}"}]', "allow 16 ways to match"),
        ("'{match}' is vague.", '[{OP: "?"}, {OP: "?"}, {OP: "?"}, {OP: "?"}, {}]',
         "allow 16 ways to match"),
    ],
    ids=["huge-width", "attribute", "conversion", "unbounded-op", "wide-count", "many-optional"],
)  # fmt: skip
def test_team_rule_that_could_explode_is_refused_at_its_line(
    tmp_path: Path, message: str, pattern: str, problem: str
) -> None:
    team_rule(tmp_path, message, pattern)
    where = tmp_path / "team" / "every-word.yaml"
    line = 4 if "message fields" in problem else 6
    assert_reported(check(tmp_path), f"{where}:{line}:", problem)


def test_rule_matching_every_word_keeps_memory_and_findings_bounded(tmp_path: Path) -> None:
    team_rule(tmp_path, "'{match}' is vague.", "[{}]")
    goal = "word " * 1_999 + "word\n"  # 2,000 words, under the 10,000-character goal limit
    (tmp_path / "long.txt").write_text(goal * 300)
    run = measured(tmp_path, "check", *TODAY, "--format", "json", "--select", "every-word", ".")
    assert run["status"] == 1, run
    assert run["peak_mb"] < PEAK_MB, run
    result = subprocess.run(
        [sys.executable, "-m", "smartlint", "check", *TODAY, "--format", "json",
         "--select", "every-word", "long.txt"],
        cwd=tmp_path, capture_output=True, timeout=SAFETY_TIMEOUT * 3,
    )  # fmt: skip
    goals = json.loads(result.stdout)["files"][0]["goals"]
    assert len(goals) == 300
    assert {len(g["findings"]) for g in goals} == {20}  # one rule, at most 20 a goal
