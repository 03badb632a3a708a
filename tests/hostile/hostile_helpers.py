"""What the hostile-input tests of this branch share: smartlint in a real process.

A hang, a traceback or an exit status is only seen in a real process, so
every case runs ``python -m smartlint`` with a time-out as a safety net.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

GOOD_TEXT = "Improve customer satisfaction\n"
TODAY = ["--today", "2026-11-26"]
SAFETY_TIMEOUT = 120  # a hang fails the test instead of stopping the suite


def run_smartlint(
    args: Sequence[str],
    cwd: Path,
    stdin: bytes | int | None = None,
    env: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m smartlint ARGS`` in ``cwd``; ``prefix`` runs it as another user."""
    command = [*prefix, sys.executable, "-m", "smartlint", *args]
    feed = stdin if isinstance(stdin, bytes) else None
    return subprocess.run(
        command,
        cwd=cwd,
        input=feed,
        stdin=stdin
        if isinstance(stdin, int)
        else (None if feed is not None else subprocess.DEVNULL),
        capture_output=True,
        timeout=SAFETY_TIMEOUT,
        env={**os.environ, **(env or {})},
    )


def check(folder: Path, *args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    """``smartlint check --today 2026-11-26 ARGS`` (default: the folder) in ``folder``."""
    return run_smartlint(["check", *TODAY, *(args or ["."])], folder, **kwargs)  # type: ignore[arg-type]


def assert_reported(proc: subprocess.CompletedProcess[bytes], *parts: str) -> str:
    """Exit status 2, no traceback, and one stderr line holding every part."""
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    assert proc.returncode == 2, (proc.returncode, stderr)
    lines = [line for line in stderr.splitlines() if all(part in line for part in parts)]
    assert lines, (parts, stderr)
    return lines[0]


def good_file_linted(proc: subprocess.CompletedProcess[bytes], name: str = "good.txt") -> bool:
    """Whether the good goal file's findings were still reported."""
    return f"{name}:1:1: warning:" in proc.stdout.decode("utf-8", "replace")


def world_readable_folder() -> Path:
    """A fresh folder another user (``nobody``) can enter: pytest's tmp_path is root's only."""
    folder = Path(tempfile.mkdtemp(prefix="smartlint-hostile-"))
    folder.chmod(0o755)
    return folder


def remove(folder: Path) -> None:
    """Remove a folder made by ``world_readable_folder``, whatever its modes."""
    for root, dirs, _ in os.walk(folder):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o755)
    shutil.rmtree(folder, ignore_errors=True)
