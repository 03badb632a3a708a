"""Bad input through the command line: every file gets an answer, never a traceback.

Each case puts one bad file next to a good goal file and runs ``smartlint
check`` on the folder, in text and JSON format: the bad file is either
linted as the sources decide or named in an error (stderr in text, the
file's ``errors`` in JSON, exit status 2), and the good file's findings are
still reported.  The cases run in-process (click's CliRunner) to stay fast;
``test_all_cases_in_one_real_process`` runs them all once more in a real
``python -m smartlint`` process, where a traceback would reach stderr.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from smartlint.cli import main
from smartlint.linter import MAX_FILE_BYTES, MAX_GOAL_CHARS

TODAY = ["--today", "2026-11-26"]
GOOD = "good.txt"
GOOD_TEXT = "Improve customer satisfaction\n"
GOOD_RULES = ["missing-deadline", "missing-number", "vague-comparative"]
ROOT = os.geteuid() == 0  # root reads a chmod 000 file anyway


@dataclass(frozen=True)
class Case:
    """One bad file: how to make it and what smartlint must say about it."""

    id: str
    name: str  # the bad file, relative to the folder
    make: Callable[[Path], Any]
    error: str | None = None  # part of the file's one error message; None: no error
    line: int | None = None  # the error's line
    goals: list[int] = field(default_factory=list)  # the lines of the goals found
    paths: tuple[str, ...] = (".",)  # what is passed to ``check``
    check: Callable[[dict[str, Any], str], None] | None = None  # (JSON entry, text output)


def write(text: str, encoding: str = "utf-8") -> Callable[[Path], Any]:
    return lambda path: path.write_bytes(text.encode(encoding))


def raw(data: bytes) -> Callable[[Path], Any]:
    return lambda path: path.write_bytes(data)


def finding_at(rule: str, *where: tuple[int, int, int, int]) -> Callable[[dict, str], None]:
    """Check (line, column, end_line, end_column) of each goal's ``rule`` finding, in order."""

    def check(entry: dict[str, Any], _text: str) -> None:
        found = [
            (f["line"], f["column"], f["end_line"], f["end_column"])
            for g in entry["goals"]
            for f in g["findings"]
            if f["rule"] == rule
        ]
        assert found == list(where), found

    return check


def sparse(size: int) -> Callable[[Path], Any]:
    def make(path: Path) -> None:
        with path.open("wb") as fh:
            fh.truncate(size)  # no data written: the test stays fast

    return make


def unreadable(path: Path) -> None:
    if ROOT:
        os.mkfifo(path)  # neither a file nor a folder; reading it would block
    else:
        path.write_text("- Increase sales soon\n", encoding="utf-8")
        path.chmod(0)


def dangling(path: Path) -> None:
    path.symlink_to(path.parent / "no-such-plan.md")


def tagged(path: Path) -> None:
    path.write_text(
        "goals:\n"
        '  - !!python/object/apply:os.system ["touch pwned"]\n'
        "  - !!python/name:os.system Increase\n"
        "  - Increase sales soon\n"
        "goal: !custom Öka försäljningen snart\n",
        encoding="utf-8",
    )


def no_code_ran(entry: dict[str, Any], _text: str) -> None:
    assert [g["text"] for g in entry["goals"]] == ["Increase sales soon"]
    assert not Path("pwned").exists()


def alias_bomb() -> str:
    lines = ["l0: &l0 [" + ", ".join(['"lol"'] * 9) + "]"]
    lines += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "\n".join([*lines, "goals: [*l9, Increase sales soon]", ""])


def path_shown(entry: dict[str, Any], text: str) -> None:
    assert entry["path"] == "mål och planer/år 2027.md"
    assert "mål och planer/år 2027.md:1:21: warning: ”snart” är ingen tidsgräns" in text


LONG_GOAL = "Increase " + "sales " * (MAX_GOAL_CHARS // 6 + 10)
CASES = [
    Case(
        "utf16-bom",
        "plan.md",
        raw(codecs.BOM_UTF16_LE + "# Mål\n\n- Öka försäljningen snart\n".encode("utf-16-le")),
        goals=[3],  # decoded by its BOM and linted; positions count characters, not bytes
        check=finding_at("vague-timeframe", (3, 21, 3, 26)),
    ),
    Case(
        "utf16-bad-length",
        "plan.txt",
        raw(codecs.BOM_UTF16_LE + "Öka".encode("utf-16-le") + b"\0"),
        error="not valid UTF-16LE",
    ),
    Case(
        "utf16-no-bom",
        "plan.txt",
        write("Öka försäljningen snart\n", "utf-16-le"),
        error="looks like UTF-16 without a byte order mark",
    ),
    Case(
        "invalid-utf8",
        "plan.md",
        raw("- Increase sales soon\n- Öka f".encode() + b"\xf6rs\xe4ljningen\n"),
        error="not valid UTF-8 (byte 0xF6 at line 2, column 8)",
        line=2,
    ),
    Case(
        "png-named-md",
        "logo.md",
        raw(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"),
        error="binary file (NUL byte at offset 8)",
    ),
    Case(
        "nul-byte",
        "plan.txt",
        raw(b"Increase sales soon\n\x00\n"),
        error="binary file (NUL byte at offset 20)",
    ),
    Case(
        "unreadable",
        "locked.md",
        unreadable,
        error="not a regular file or directory" if ROOT else "cannot read file: Permission denied",
        # A FIFO is not walked into (it is no regular file), so root names it.
        paths=("locked.md", GOOD) if ROOT else (".",),
    ),
    Case("dangling-symlink", "gone.md", dangling, error="broken symlink"),
    Case(
        "spaces-and-non-ascii-path",
        "mål och planer/år 2027.md",
        write("- Öka försäljningen snart\n"),
        goals=[1],
        check=path_shown,
    ),
    Case(
        "deeply-nested-yaml",
        "deep.yaml",
        write("goals: " + "[" * 10_000 + "\n"),
        error="YAML nested deeper than 200 levels",
        line=1,
    ),
    Case(
        "yaml-alias-bomb",
        "bomb.yaml",
        write(alias_bomb()),
        goals=[11],  # aliases are never followed: only the plain goal counts
    ),
    Case(
        "broken-yaml",
        "broken.yaml",
        write("goals:\n  - Increase sales soon\n  - x: [unclosed\n"),
        error="not valid YAML: expected ',' or ']'",
        line=4,  # where the stream ended without the ']'
    ),
    Case("yaml-tags", "tagged.yaml", tagged, goals=[4], check=no_code_ran),
    Case(
        "unclosed-code-fence",
        "fence.md",
        write("# Mål\n\n- Increase sales soon\n\n```python\n- Öka försäljningen snart\n"),
        goals=[3],  # CommonMark: an unclosed fence runs to the end of the document
    ),
    Case(
        "huge-single-line",
        "long.txt",
        write(f"Increase sales soon\n{LONG_GOAL}\n"),
        error=f"goal is too long to lint ({len(LONG_GOAL.rstrip())} characters)",
        line=2,
        goals=[1],  # the other goals of the file are still linted
    ),
    Case(
        "over-max-file-bytes",
        "huge.md",
        sparse(MAX_FILE_BYTES + 1),
        error=f"over the {MAX_FILE_BYTES >> 20} MiB limit; not linted",
    ),
    Case("empty-file", "empty.md", write("")),
    Case("only-whitespace", "blank.txt", write(" \n\t\n   \r\n\u00a0\n")),
    Case(
        "crlf-markdown-with-bom",
        "crlf.md",
        raw(
            codecs.BOM_UTF8
            + "# Mål\r\n\r\n- Increase sales soon\r\n- Try to cut costs by 5% soon\r\n".encode()
        ),
        goals=[3, 4],
        check=finding_at("vague-timeframe", (3, 18, 3, 22), (4, 26, 4, 30)),
    ),
    Case(
        "lone-cr-text",
        "cr.txt",
        write("# a comment\rIncrease sales soon\r\rTry to cut costs by 5% soon\r"),
        goals=[2, 4],
        check=finding_at("vague-timeframe", (2, 16, 2, 20), (4, 24, 4, 28)),
    ),
    Case(
        "mixed-newlines-yaml",
        "mixed.yaml",
        write("goals:\r\n  - Increase sales soon\r  - Try to cut costs by 5% soon\n"),
        goals=[2, 3],
        check=finding_at("vague-timeframe", (2, 20, 2, 24), (3, 28, 3, 32)),
    ),
    Case(
        "front-matter-broken-yaml",
        "fm.md",
        write("---\ntitle: [x\nowner: y\n---\n- Increase sales soon\n"),
        error="front matter is not valid YAML",
        line=3,
    ),
    Case(
        "front-matter-impossible-date",
        "period.md",
        write("---\nperiod: {start: 2027-13-45, end: 2027-12-31}\n---\n- Increase sales soon\n"),
        error="front matter has a value YAML cannot read: month must be in 1..12",
        line=2,
    ),
]


def check(*args: str) -> Result:
    """Run ``smartlint check`` in-process; an exception escaping it fails the test."""
    result = CliRunner().invoke(main, ["check", *TODAY, *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        trace = "".join(traceback.format_exception(result.exception))
        pytest.fail(f"smartlint check {' '.join(args)} raised:\n{trace}")
    assert "Traceback" not in result.stderr
    return result


def make_case(folder: Path, case: Case) -> None:
    path = folder / case.name
    path.parent.mkdir(parents=True, exist_ok=True)
    case.make(path)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / GOOD).write_text(GOOD_TEXT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(case: Case, folder: Path) -> None:
    make_case(folder, case)
    text = check("--format", "text", *case.paths)
    document = check("--format", "json", *case.paths)
    files = {f["path"]: f for f in json.loads(document.stdout)["files"]}
    assert set(files) == {GOOD, case.name}, "a file was lost or invented"

    good = files[GOOD]
    assert good["errors"] == []
    assert sorted(f["rule"] for g in good["goals"] for f in g["findings"]) == GOOD_RULES
    assert f"{GOOD}:1:1: warning: " in text.stdout

    entry = files[case.name]
    assert [g["line"] for g in entry["goals"]] == case.goals
    if case.error is None:
        assert entry["errors"] == []
        assert text.exit_code == document.exit_code == 1  # the good file's findings
        assert text.stderr == ""
    else:
        [error] = entry["errors"]
        assert case.error in error["message"]
        assert error["line"] == case.line
        assert text.exit_code == document.exit_code == 2
        where = case.name if case.line is None else f"{case.name}:{case.line}"
        assert f"{where}: error: {error['message']}\n" in text.stderr
    if case.check is not None:
        case.check(entry, text.stdout)

    alone = [p for p in case.paths if p != GOOD] if case.paths != (".",) else [case.name]
    status = 2 if case.error else (1 if case.goals else 0)
    assert check("--format", "concise", *alone).exit_code == status


def test_impossible_date_in_the_config_is_a_config_error(folder: Path) -> None:
    (folder / ".smartlint.yaml").write_text(
        "lang: en\nperiod: {start: 2027-13-45, end: 2027-12-31}\n", encoding="utf-8"
    )
    result = check(GOOD)
    assert result.exit_code == 2
    assert ".smartlint.yaml:2: '2027-13-45' is not a valid timestamp" in result.stderr


def test_a_file_named_several_times_is_linted_once(folder: Path) -> None:
    (folder / "link.txt").symlink_to(folder / GOOD)
    document = check("--format", "json", GOOD, ".", f"./{GOOD}", "link.txt")
    assert [f["path"] for f in json.loads(document.stdout)["files"]] == [GOOD]


def test_all_cases_in_one_real_process(folder: Path) -> None:
    """The whole matrix at once through ``python -m smartlint``: no traceback, nothing lost."""
    for n, case in enumerate(CASES):
        make_case(folder / f"case{n:02d}", case)
    extra = [f"case{n:02d}/{p}" for n, c in enumerate(CASES) if c.paths != (".",) for p in c.paths]
    extra = [p for p in extra if not p.endswith(GOOD)]
    runs = {}
    for fmt in ("text", "json"):
        proc = subprocess.run(
            [sys.executable, "-m", "smartlint", "check", "--format", fmt, *TODAY, ".", *extra],
            capture_output=True,
            text=True,
            cwd=folder,
            timeout=120,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        assert proc.returncode == 2, proc.stderr
        runs[fmt] = proc
    files = {f["path"]: f for f in json.loads(runs["json"].stdout)["files"]}
    assert len(files) == len(CASES) + 1
    for n, case in enumerate(CASES):
        name = f"case{n:02d}/{case.name}"
        entry = files[name]
        assert [g["line"] for g in entry["goals"]] == case.goals, name
        if case.error is None:
            assert entry["errors"] == [], name
        else:
            assert case.error in entry["errors"][0]["message"], name
            assert f"{name}{'' if case.line is None else f':{case.line}'}: error: " in (
                runs["text"].stderr
            )
    assert f"{GOOD}:1:1: warning: " in runs["text"].stdout
