"""``--fix`` keeps what is not its to change (issue 12, items 6, 7 and 8).

A symlink stays a link and its target is fixed; the owner, group, mode,
encoding and BOM of a fixed file are kept; a file another program writes
to while it is being fixed is not written over.  Each case runs the CLI
in-process on files in a temporary folder.
"""

from __future__ import annotations

import codecs
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import smartlint.fixes
from smartlint.cli import main

TODAY = ["--today", "2026-11-26"]
HEDGED = "Try to reduce churn to 3% by Q4 2027.\n"
FIXED = "Reduce churn to 3% by Q4 2027.\n"

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and owners")


def _fix(folder: Path, monkeypatch: pytest.MonkeyPatch, *paths: str):
    monkeypatch.chdir(folder)
    return CliRunner().invoke(main, ["check", *TODAY, "--lang", "en", "--fix", *paths])


@posix_only
def test_fix_through_a_named_symlink(tmp_path: Path, monkeypatch) -> None:
    """``--fix link.txt`` replaced the link with a fixed regular file, target untouched."""
    target = tmp_path / "real" / "goals.txt"
    target.parent.mkdir()
    target.write_text(HEDGED, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(Path("real") / "goals.txt")
    result = _fix(tmp_path, monkeypatch, "link.txt")
    assert result.exit_code == 0, result.output
    assert os.readlink(tmp_path / "link.txt") == str(Path("real") / "goals.txt")
    assert target.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in target.parent.iterdir()) == ["goals.txt"]


@posix_only
def test_fix_through_a_symlink_met_while_walking(tmp_path: Path, monkeypatch) -> None:
    """A link found in a walked folder is fixed through, and stays a link."""
    target = tmp_path / "shared" / "goals.md"
    target.parent.mkdir()
    target.write_text("# Mål\n\n- " + HEDGED, encoding="utf-8")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "team.md").symlink_to(target)
    result = _fix(tmp_path, monkeypatch, "plans")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "plans" / "team.md").is_symlink()
    assert target.read_text(encoding="utf-8") == "# Mål\n\n- " + FIXED


@posix_only
@pytest.mark.skipif(getattr(os, "geteuid", lambda: -1)() != 0, reason="chown needs root")
def test_fix_keeps_owner_group_and_mode(tmp_path: Path, monkeypatch) -> None:
    """Run as root, ``--fix`` made someone else's file root's (mode kept, owner not)."""
    path = tmp_path / "goals.txt"
    path.write_text(HEDGED, encoding="utf-8")
    os.chown(path, 1234, 2345)
    path.chmod(0o2640)
    result = _fix(tmp_path, monkeypatch, "goals.txt")
    assert result.exit_code == 0, result.output
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o7777) == (1234, 2345, 0o2640)
    assert path.read_text(encoding="utf-8") == FIXED


ENCODINGS = {
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
    "utf-32-be": codecs.BOM_UTF32_BE,
    "utf-8": codecs.BOM_UTF8,
}


@pytest.mark.parametrize("codec", ENCODINGS)
def test_fix_writes_the_file_back_in_its_own_encoding(tmp_path: Path, monkeypatch, codec) -> None:
    """A UTF-16 file with a BOM came back as UTF-8: every byte around the goals changed."""
    before = "# Mål för 2027\r\n" + HEDGED.replace("\n", "\r\n") + "Öka försäljningen.\r\n"
    after = before.replace(HEDGED.rstrip("\n"), FIXED.rstrip("\n"))
    path = tmp_path / "goals.txt"
    path.write_bytes(ENCODINGS[codec] + before.encode(codec))
    _fix(tmp_path, monkeypatch, "goals.txt")
    assert path.read_bytes() == ENCODINGS[codec] + after.encode(codec)


def test_a_file_written_to_during_fix_is_not_written_over(tmp_path: Path, monkeypatch) -> None:
    """An editor appended a line while --fix ran: the fixed text replaced it, the line was lost."""
    path = tmp_path / "goals.txt"
    path.write_text(HEDGED, encoding="utf-8")
    (tmp_path / "other.txt").write_text(HEDGED, encoding="utf-8")
    real_apply = smartlint.fixes.apply_fixes

    def apply_while_an_editor_appends(text, fixes):
        if path.read_text(encoding="utf-8") == HEDGED:  # once, after goals.txt was read
            with open(path, "a", encoding="utf-8") as editor:
                editor.write("# a line the editor saved\n")
        return real_apply(text, fixes)

    monkeypatch.setattr(smartlint.fixes, "apply_fixes", apply_while_an_editor_appends)
    result = _fix(tmp_path, monkeypatch, "goals.txt", "other.txt")
    assert path.read_text(encoding="utf-8") == HEDGED + "# a line the editor saved\n"
    assert result.exit_code == 2, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith("goals.txt: error: cannot write fix: the file changed while")
    assert (tmp_path / "other.txt").read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goals.txt", "other.txt"]
