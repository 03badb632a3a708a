"""Habits users bring from ruff, Vale and yamllint (issue 16, item 6).

``--output-format``, ``--quiet``, ``--statistics``, ``--show-fixes`` and the
``N fixed, M remaining`` line, ``--color`` with ``NO_COLOR``/``FORCE_COLOR``,
shell completion and the progress bar.  What depends on a terminal runs the
real ``smartlint`` command with a pseudo-terminal for its stdout or stderr.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from smartlint import __version__
from smartlint.cli import main

TODAY = ["--today", "2026-11-26"]
ANSI = re.compile(r"\x1b\[[0-9;]*m")
SUMMARY = re.compile(r"^\d+ files?, \d+ goals?, .*\(smartlint ", re.MULTILINE)
HEDGED = "Vi ska försöka springa 5 km senast 2027-05-31."
FIXED = "Vi ska springa 5 km senast 2027-05-31."


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sv.txt").write_text(
        f"Öka försäljningen.\n{HEDGED}\nLäsa fler böcker i år.\n", encoding="utf-8"
    )
    (tmp_path / "en.md").write_text(
        "# Goals\n\n- Improve customer satisfaction.\n\n"
        "<table><tr><td>Grow revenue to 2 MSEK by 2027.</td></tr></table>\n",
        encoding="utf-8",
    )
    return tmp_path


def command() -> list[str]:
    """The installed ``smartlint`` script (completion keys on its name), run by this Python."""
    script = Path(sys.executable).with_name("smartlint")
    found = str(script) if script.exists() else shutil.which("smartlint")
    assert found, "the smartlint script is not installed (pip install -e .)"
    return [sys.executable, found]


def env(**extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return {**base, "TERM": "xterm", "COLUMNS": "100", **extra}


def on_a_terminal(args: list[str], cwd: Path, which: str, **extra: str) -> tuple[str, str]:
    """Run smartlint with ``which`` ("stdout" or "stderr") on a pseudo-terminal.

    Returns what the terminal showed and what the other stream (a pipe) got.
    """
    master, slave = pty.openpty()
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, which: slave}
    proc = subprocess.Popen(
        [*command(), *args], cwd=cwd, env=env(**extra), stdin=subprocess.DEVNULL, **streams
    )
    os.close(slave)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the process closed its end
            break
        if not chunk:
            break
        shown += chunk
    other = (proc.stderr if which == "stdout" else proc.stdout).read()  # type: ignore[union-attr]
    proc.wait(timeout=120)
    os.close(master)
    return shown.decode("utf-8", "replace"), other.decode("utf-8", "replace")


# --- --output-format, --quiet, --statistics ---------------------------------------------


def test_output_format_is_an_alias_of_format(plans: Path) -> None:
    aliased = run("check", *TODAY, "--output-format", "json", ".")
    assert aliased.stdout == run("check", *TODAY, "--format", "json", ".").stdout
    assert json.loads(aliased.stdout)["version"] == 2
    assert run("check", *TODAY, "--output-format", "concise", "sv.txt").exit_code == 1


def test_quiet_prints_findings_only(plans: Path) -> None:
    loud = run("check", *TODAY, ".")
    assert SUMMARY.search(loud.stdout) and ": note: " in loud.stdout
    for flag in ("--quiet", "-q"):
        quiet = run("check", *TODAY, flag, ".")
        assert quiet.exit_code == loud.exit_code == 1
        assert not SUMMARY.search(quiet.stdout) and ": note: " not in quiet.stdout
        kept = [line for line in loud.stdout.splitlines() if "[" in line or "suggestion" in line]
        assert quiet.stdout.splitlines() == kept


def test_quiet_still_reports_errors(plans: Path) -> None:
    (plans / "bad.md").write_bytes(b"\x00\x01\x02 not text \x00")
    result = run("check", *TODAY, "-q", "bad.md", "sv.txt")
    assert result.exit_code == 2
    assert "bad.md: error:" in result.stderr


def test_statistics_counts_findings_per_rule(plans: Path) -> None:
    result = run("check", *TODAY, "--statistics", ".")
    assert result.exit_code == 1  # the same status as without --statistics
    rows = {
        m.group(2): (int(m.group(1)), m.group(3), m.group(4))
        for m in re.finditer(r"^ +(\d+)  (\S+) +(\S+) +(\S+)", result.stdout, re.MULTILINE)
    }
    findings = json.loads(run("check", *TODAY, "--format", "json", ".").stdout)
    rules = [f["rule"] for file in findings["files"] for g in file["goals"] for f in g["findings"]]
    assert {rule: count for rule, (count, _, _) in rows.items()} == {
        rule: rules.count(rule) for rule in set(rules)
    }
    assert rows["hedge"][1:] == ("warning", "achievable")
    assert "(1 fixable)" in result.stdout  # the hedge: its rewrite needs no placeholder
    assert SUMMARY.search(result.stdout)
    counts = [int(m.group(1)) for m in re.finditer(r"^ +(\d+)  ", result.stdout, re.MULTILINE)]
    assert counts == sorted(counts, reverse=True)
    assert not SUMMARY.search(run("check", *TODAY, "--statistics", "-q", ".").stdout)


def test_statistics_as_json_and_not_as_sarif(plans: Path) -> None:
    listed = json.loads(run("check", *TODAY, "--statistics", "--format", "json", ".").stdout)
    hedge = next(row for row in listed if row["rule"] == "hedge")
    assert hedge == {
        "rule": "hedge",
        "category": "achievable",
        "severity": "warning",
        "count": 1,
        "fixable": 1,
    }
    refused = run("check", "--statistics", "--format", "sarif", ".")
    assert refused.exit_code == 2 and "--statistics" in refused.stderr


# --- --fix: N fixed, M remaining; --show-fixes ------------------------------------------


def test_fix_says_how_many_were_fixed_and_remain(plans: Path) -> None:
    result = run("check", *TODAY, "--fix", "sv.txt")
    assert (plans / "sv.txt").read_text(encoding="utf-8").splitlines()[1] == FIXED
    remaining = len(re.findall(r"^sv\.txt:\d+:\d+: ", result.stdout, re.MULTILINE))
    assert remaining > 0
    assert result.stdout.splitlines()[-1] == f"1 fixed, {remaining} remaining"
    assert "fixed [" not in result.stdout  # only with --show-fixes


def test_show_fixes_lists_each_rewritten_goal(plans: Path) -> None:
    result = run("check", *TODAY, "--fix", "--show-fixes", "sv.txt")
    assert f"sv.txt:2:1: fixed [hedge]: {FIXED}\n" in result.stdout
    again = run("check", *TODAY, "--fix", "--show-fixes", "sv.txt").stdout
    remaining = len(re.findall(r"^sv\.txt:\d+:\d+: ", again, re.MULTILINE))
    assert again.endswith(f"(smartlint {__version__})\n0 fixed, {remaining} remaining\n")
    refused = run("check", "--show-fixes", "sv.txt")
    assert refused.exit_code == 2 and "add --fix" in refused.stderr


def test_fix_lines_keep_json_on_stdout_valid(plans: Path) -> None:
    result = run("check", *TODAY, "--fix", "--show-fixes", "--format", "json", "sv.txt")
    json.loads(result.stdout)
    assert "sv.txt:2:1: fixed [hedge]" in result.stderr and "0 fixed, " not in result.stderr
    assert "1 fixed, " in result.stderr
    (plans / "sv.txt").write_text(HEDGED + "\n", encoding="utf-8")
    unasked = run("check", *TODAY, "--fix", "--format", "json", "sv.txt")
    assert unasked.stderr == "" and json.loads(unasked.output)["version"] == 2


def test_quiet_fix_prints_no_tally(plans: Path) -> None:
    result = run("check", *TODAY, "--fix", "-q", "sv.txt")
    assert " fixed, " not in result.output
    assert (plans / "sv.txt").read_text(encoding="utf-8").splitlines()[1] == FIXED


# --- Colour ------------------------------------------------------------------------------


def test_color_always_and_never(plans: Path) -> None:
    coloured = run("check", *TODAY, "--color", "always", "sv.txt").stdout
    assert "\x1b[1;33mwarning\x1b[0m" in coloured
    assert ANSI.sub("", coloured) == run("check", *TODAY, "--color", "never", "sv.txt").stdout
    machine = run("check", *TODAY, "--color", "always", "--format", "json", "sv.txt").stdout
    assert "\x1b[" not in machine
    json.loads(machine)


def test_no_colour_in_a_pipe_unless_forced(plans: Path) -> None:
    piped = subprocess.run(
        [*command(), "check", *TODAY, "sv.txt"], cwd=plans, env=env(), capture_output=True
    )
    assert piped.returncode == 1 and b"warning" in piped.stdout and b"\x1b[" not in piped.stdout
    forced = subprocess.run(
        [*command(), "check", *TODAY, "sv.txt"],
        cwd=plans,
        env=env(FORCE_COLOR="1"),
        capture_output=True,
    )
    assert b"\x1b[1;33mwarning" in forced.stdout


def test_colour_on_a_terminal_unless_no_color(plans: Path) -> None:
    shown, _ = on_a_terminal(["check", *TODAY, "sv.txt"], plans, "stdout")
    assert "\x1b[1;33mwarning\x1b[0m" in shown
    plain, _ = on_a_terminal(["check", *TODAY, "sv.txt"], plans, "stdout", NO_COLOR="1")
    assert "warning" in plain and "\x1b[" not in plain
    never, _ = on_a_terminal(["check", *TODAY, "--color", "never", "sv.txt"], plans, "stdout")
    assert "warning" in never and "\x1b[" not in never


# --- Progress bar --------------------------------------------------------------------------


@pytest.fixture
def many(plans: Path) -> Path:
    folder = plans / "many"
    folder.mkdir()
    for number in range(24):
        (folder / f"plan-{number:02}.txt").write_text("Öka försäljningen.\n", encoding="utf-8")
    return folder


def test_progress_bar_on_a_terminal_stderr(many: Path) -> None:
    shown, out = on_a_terminal(["check", *TODAY, "."], many, "stderr")
    assert "linting" in shown and "24/24" in shown
    assert "linting" not in out and out.endswith(f"(smartlint {__version__})\n")


def test_no_progress_bar_in_a_pipe_or_when_quiet(many: Path) -> None:
    piped = subprocess.run(
        [*command(), "check", *TODAY, "."], cwd=many, env=env(), capture_output=True, text=True
    )
    assert piped.returncode == 1 and piped.stderr == ""
    quiet, _ = on_a_terminal(["check", *TODAY, "-q", "."], many, "stderr")
    assert quiet == ""
    few, _ = on_a_terminal(["check", *TODAY, "plan-00.txt", "plan-01.txt"], many, "stderr")
    assert few == ""  # two files: over before a bar could say anything


# --- Shell completion ----------------------------------------------------------------------


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_script_for_each_shell(shell: str, tmp_path: Path) -> None:
    done = subprocess.run(
        command(),
        env=env(_SMARTLINT_COMPLETE=f"{shell}_source"),
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "_SMARTLINT_COMPLETE" in done.stdout and "smartlint" in done.stdout
    if shell == "bash":
        assert "complete -o nosort -F _smartlint_completion smartlint" in done.stdout
        bash = shutil.which("bash")
        assert bash is not None
        # the script is valid bash: it defines the function and registers it
        check = subprocess.run(
            [bash, "-c", done.stdout + "\ncomplete -p smartlint"], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stderr
        assert "_smartlint_completion" in check.stdout


def complete(words: str, tmp_path: Path) -> list[str]:
    """What bash completion offers for the last of ``words``."""
    parts = words.split(" ")
    done = subprocess.run(
        command(),
        env=env(
            _SMARTLINT_COMPLETE="bash_complete",
            COMP_WORDS=words,
            COMP_CWORD=str(len(parts) - 1),
        ),
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return [line.split(",", 1)[1] for line in done.stdout.splitlines()]


def test_completion_offers_commands_options_and_rule_ids(tmp_path: Path) -> None:
    assert "check" in complete("smartlint ch", tmp_path)
    assert {"--output-format", "--statistics", "--quiet"} <= set(
        complete("smartlint check --", tmp_path)
    )
    assert complete("smartlint explain missing-", tmp_path) == [
        "missing-deadline",
        "missing-number",
    ]
    assert complete("smartlint check --ignore hedge,vague-t", tmp_path) == ["hedge,vague-timeframe"]
