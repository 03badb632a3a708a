"""Hostile inputs on the command line: odd names, deep trees, closed or endless streams.

Each case runs a real ``smartlint check``; before the fixes each ended in a
traceback with exit status 1 (the "findings" status), forged output, or
output that was not valid JSON or URIs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_helpers import (
    GOOD_TEXT,
    assert_reported,
    check,
    good_file_linted,
    remove,
    world_readable_folder,
)

BAD_NAME = b"plan-\xff.txt"  # not UTF-8: Python holds it as a lone surrogate


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return tmp_path


def test_non_utf8_file_name_gives_valid_json_and_text(folder: Path) -> None:
    with open(os.path.join(os.fsencode(folder), BAD_NAME), "wb") as handle:
        handle.write(GOOD_TEXT.encode())
    proc = check(folder, "--format", "json", ".")
    assert proc.returncode == 1, proc.stderr.decode()
    paths = [entry["path"] for entry in json.loads(proc.stdout.decode("utf-8"))["files"]]
    assert sorted(paths) == ["good.txt", "plan-\\xff.txt"]
    text = check(folder)
    assert text.returncode == 1, text.stderr.decode()
    assert "plan-\\xff.txt:1:1: warning:" in text.stdout.decode("utf-8")


def test_folder_tree_600_deep_is_walked(folder: Path) -> None:
    deep = folder.joinpath(*["d"] * 600)
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(GOOD_TEXT, encoding="utf-8")
    proc = check(folder)
    assert proc.returncode == 1, proc.stderr.decode()[-2000:]
    assert good_file_linted(proc)
    assert good_file_linted(proc, "/".join(["d"] * 600) + "/deep.txt")


def test_yaml_goal_with_a_lone_surrogate_escape_is_linted(folder: Path) -> None:
    (folder / "okr.yaml").write_text('goals:\n  - "Improve \\udc00 sales"\n', encoding="utf-8")
    proc = check(folder, "okr.yaml")
    assert "internal error" not in proc.stderr.decode(), proc.stderr.decode()
    assert proc.returncode == 1
    assert "okr.yaml:2:6: warning:" in proc.stdout.decode()


def test_newline_in_a_file_name_cannot_forge_a_finding(folder: Path) -> None:
    forged = "x.txt:9:9: error: forged [hedge]\nreal.txt"
    (folder / forged).write_text(GOOD_TEXT, encoding="utf-8")
    for fmt in ("text", "concise"):
        stdout = check(folder, "--format", fmt, ".").stdout.decode()
        lines = stdout.splitlines()
        assert "x.txt:9:9: error: forged [hedge]" not in lines, stdout
        assert not any(line.startswith("real.txt") for line in lines), stdout
        assert "forged [hedge]\\nreal.txt:1:1: warning:" in stdout


# A URI reference of RFC 3986: only these characters, every % starting an escape.
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2}|[^\x00-\x7f])*")


def test_sarif_uris_are_percent_encoded(folder: Path) -> None:
    for name in ("q1 plan.txt", "okr #2.txt", "100% sure.txt"):
        (folder / name).write_text(GOOD_TEXT, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), BAD_NAME), "wb") as handle:
        handle.write(GOOD_TEXT.encode())
    proc = check(folder, "--format", "sarif", ".")
    log = json.loads(proc.stdout.decode("utf-8"))
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for location in result["locations"]
    }
    assert uris == {"good.txt", "q1%20plan.txt", "okr%20%232.txt", "100%25%20sure.txt",
                    "plan-%FF.txt"}  # fmt: skip
    assert all(URI_REFERENCE.fullmatch(uri) for uri in uris)


def test_closed_standard_input(folder: Path) -> None:
    shell = 'exec "$0" -m smartlint check - good.txt <&-'  # as `smartlint check - <&-` does
    proc = subprocess.run(
        ["sh", "-c", shell, sys.executable], cwd=folder, capture_output=True, timeout=120
    )
    assert_reported(proc, "-: error: standard input is closed")
    assert good_file_linted(proc)


def test_dev_zero_on_standard_input(folder: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        proc = check(folder, "-", stdin=zero.fileno())
    assert_reported(proc, "-: error: standard input is over the 20 MiB limit")


def test_standard_output_on_a_full_device(folder: Path) -> None:
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "smartlint", "check", "."],
            cwd=folder, stdout=full, stderr=subprocess.PIPE, timeout=120,
        )  # fmt: skip
    assert_reported(proc, "smartlint: error: cannot write output")


SETPRIV = shutil.which("setpriv")


@pytest.mark.skipif(
    SETPRIV is None or os.geteuid() != 0, reason="needs root and setpriv to run as nobody"
)
def test_unreadable_folder_and_file_are_reported_as_nobody() -> None:
    """Root reads every file, so the run drops to ``nobody`` with setpriv (util-linux)."""
    folder = world_readable_folder()
    try:
        (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
        (folder / "locked").mkdir()
        (folder / "locked" / "inside.txt").write_text(GOOD_TEXT, encoding="utf-8")
        (folder / "secret.txt").write_text(GOOD_TEXT, encoding="utf-8")
        (folder / "secret.txt").chmod(0)
        (folder / "locked").chmod(0)
        nobody = [SETPRIV, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        proc = check(folder, prefix=nobody, env={"HOME": str(folder)})
        assert_reported(proc, "locked: error: cannot read directory (Permission denied)")
        assert_reported(proc, "secret.txt: error: cannot read file: Permission denied")
        assert good_file_linted(proc)
    finally:
        remove(folder)


BOOM = """
import runpy, sys
import smartlint.{module} as target
real = target.{function}
def boom(*args, **kwargs):
    if {condition}:
        raise RuntimeError("boom")
    return real(*args, **kwargs)
target.{function} = boom
sys.argv = ["smartlint", "check", "--today", "2026-11-26", *sys.argv[1:]]
runpy.run_module("smartlint", run_name="__main__")
"""


def run_with_bug(folder: Path, module: str, function: str, condition: str, *args: str):
    code = BOOM.format(module=module, function=function, condition=condition)
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=folder, capture_output=True, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_bug_after_linting_exits_2_in_one_line(folder: Path) -> None:
    proc = run_with_bug(folder, "runner", "check_set", "True", ".")
    line = assert_reported(proc, "smartlint: internal error (RuntimeError: boom)")
    assert len(proc.stderr.decode().strip().splitlines()) == 1, line


def test_a_bug_on_standard_input_names_it_and_the_files_are_linted(folder: Path) -> None:
    proc = run_with_bug(folder, "runner", "lint_bytes", "args[0] == '-'", "-", "good.txt")
    assert_reported(proc, "-: error: internal error while linting (RuntimeError: boom)")
    assert good_file_linted(proc)
