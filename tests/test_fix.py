"""--fix: only safe rewrites, written atomically, and the result re-linted."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
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


HEDGED = "Try to reduce churn to 3% by Q4 2027.\r\n"
FIXED = "Reduce churn to 3% by Q4 2027.\r\n"


@pytest.mark.parametrize("fault", ["chmod", "replace"])
def test_fix_fault_before_rename_costs_one_file(tmp_path: Path, monkeypatch, fault: str) -> None:
    """A fault after the temp file is written and before the rename (``os.chmod`` or
    ``os.replace`` raising, as on a full disk or a vanished folder) leaves that file
    byte-identical and no temp file behind; the run reports it (exit 2) and still fixes
    the other files.  The unit-level case is ``test_write_atomically_leaves_original...``.
    """
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(HEDGED.encode())
    real = getattr(os, fault)
    written = []

    def flaky(target, *args, **kwargs):
        if fault == "chmod":  # os.chmod(temp, mode): the temp file is complete by now
            written.append(Path(target).read_bytes())
        destination = args[0] if fault == "replace" else None
        if Path(destination or target).name.startswith((".a.txt.", "a.txt")):
            raise OSError(28, "No space left on device")
        return real(target, *args, **kwargs)

    monkeypatch.setattr(f"smartlint.fixes.os.{fault}", flaky)
    result = CliRunner().invoke(main, ["check", *TODAY, "--fix", "a.txt", "b.txt"])
    assert result.exit_code == 2, result.output
    assert "a.txt: error: cannot write fix:" in result.stderr
    assert "No space left on device" in result.stderr
    assert (tmp_path / "a.txt").read_bytes() == HEDGED.encode()
    assert (tmp_path / "b.txt").read_bytes() == FIXED.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    if fault == "chmod":
        assert FIXED.encode() in written  # the fault came after a complete write


@contextlib.contextmanager
def _normal_user() -> Iterator[None]:
    """Run the body with the permissions of an ordinary user (``nobody``).

    Root passes every permission check, so ``chmod 0o444`` or a read-only folder
    never stops root from writing, and ``chattr +i`` is not available here.  As root
    the effective user and group are switched to ``nobody`` (and back), so the kernel
    itself refuses the write, as it would for a developer or a CI runner; as any other
    user the permissions already apply.  Everything is linted once before the switch,
    so no import has to read a file that ``nobody`` may not read.
    """
    if getattr(os, "geteuid", lambda: -1)() != 0:
        yield
        return
    try:
        os.setegid(65534)
        os.seteuid(65534)
    except OSError as exc:  # pragma: no cover - a container without CAP_SETUID
        pytest.skip(f"cannot become nobody: {exc}")
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_fix_read_only_is_an_error_for_that_file(read_only: str, monkeypatch) -> None:
    """A read-only file (``chmod 0o444`` in a writable folder) or a file in a read-only
    folder (``0o555``) is reported as an error naming the file (exit 2) and left
    byte-identical; the other file is still fixed.  Before, ``--fix`` replaced a
    read-only file, since a rename only needs a writable folder.  See ``_normal_user``
    for how this really fails when the tests run as root.
    """
    with tempfile.TemporaryDirectory() as top:  # not tmp_path: its parents are 0o700
        folder = Path(top)
        locked = folder / "locked"
        locked.mkdir()
        for path in (locked / "goals.txt", folder / "other.txt"):
            path.write_bytes(HEDGED.encode())
            path.chmod(0o666)
        folder.chmod(0o777)
        locked.chmod(0o777)
        monkeypatch.chdir(folder)
        args = ["check", *TODAY, "--fix", "locked/goals.txt", "other.txt"]
        CliRunner().invoke(main, [*args[:-2], "--exit-zero", "other.txt"])  # imports, caches
        (folder / "other.txt").write_bytes(HEDGED.encode())
        if os.geteuid() == 0:  # nobody's own file: --fix never hands a file to a new owner
            os.chown(folder / "other.txt", 65534, 65534)
        (locked / "goals.txt" if read_only == "file" else locked).chmod(
            0o444 if read_only == "file" else 0o555
        )
        with _normal_user():
            result = CliRunner().invoke(main, args)
        locked.chmod(0o777)
        assert result.exit_code == 2, (result.output, result.stderr)
        assert "locked/goals.txt: error: cannot write fix:" in result.stderr
        assert "Permission denied" in result.stderr or "read-only" in result.stderr
        assert (locked / "goals.txt").read_bytes() == HEDGED.encode()
        assert (folder / "other.txt").read_bytes() == FIXED.encode()
        assert [p.name for p in locked.iterdir()] == ["goals.txt"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # Dropping the hedge would leave a suppression comment, not a goal.
        (
            "goals.txt",
            "try to # smartlint: disable-next-line hedge reduce churn to 3% by Q4 2027.\n",
        ),
        # The rewrite is made of the visible words: markup inside the goal would be lost.
        ("plan.md", "- Try to reduce **churn** to 3% by Q4 2027.\n"),
        ("plan.md", "- Try to reduce [churn](https://example.com/churn) to 3% by Q4 2027.\n"),
    ],
)
def test_fix_skips_rewrites_that_would_lose_text(
    tmp_path: Path, monkeypatch, name: str, text: str
) -> None:
    """Found by ``test_fuzz.py::test_fix_twice_*``: a fix that would make its goal
    vanish from the document (a comment, prose) or drop markup inside it (emphasis,
    a link and its address, an inline code span) is not applied."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", *TODAY, "--fix", "--format", "json", name])
    assert (tmp_path / name).read_text(encoding="utf-8") == text
    assert len(json.loads(result.output)["files"][0]["goals"]) == 1


def test_fix_applies_to_each_goal_sentence_of_a_paragraph(tmp_path: Path, monkeypatch) -> None:
    """A paragraph's goal sentences are goals of their own: each gets its safe fix, the prose
    between them is left as it is, and a second run has nothing more to fix."""
    monkeypatch.chdir(tmp_path)
    text = (
        "We review the plan every spring. Try to reduce churn to 3% by Q4 2027.\n"
        "Ideally, ship 12 releases by the end of 2027.\n"
    )
    (tmp_path / "plan.md").write_text(text, encoding="utf-8")
    CliRunner().invoke(main, ["check", *TODAY, "--fix", "plan.md"])
    fixed = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert fixed == (
        "We review the plan every spring. Reduce churn to 3% by Q4 2027.\n"
        "Ship 12 releases by the end of 2027.\n"
    )
    CliRunner().invoke(main, ["check", *TODAY, "--fix", "plan.md"])
    assert (tmp_path / "plan.md").read_text(encoding="utf-8") == fixed
