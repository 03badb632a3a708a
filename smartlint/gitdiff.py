"""``--diff REF``: which lines of which files changed since a git ref.

Large planning repositories want CI to report only what a change touched.
The changed lines come from ``git diff --unified=0 REF`` (the working tree
against REF, so staged, unstaged and committed changes all count); a file
git does not track counts as changed everywhere.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.M)
_FILE = re.compile(r"^\+\+\+ (?:b/)?(.+)$", re.M)
EVERY_LINE = None


class DiffError(Exception):
    """git could not say what changed (not a repository, unknown ref)."""


def changed_lines(ref: str, cwd: Path) -> dict[Path, set[int] | None]:
    """Map each changed file (absolute) to its changed line numbers (None: all lines)."""
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    diff = _git(["diff", "--unified=0", "--no-color", "--no-ext-diff", ref, "--"], cwd)
    result: dict[Path, set[int] | None] = {}
    for section in re.split(r"^diff --git ", diff, flags=re.M)[1:]:
        name = _FILE.search(section)
        if name is None or name.group(1) == "/dev/null":
            continue
        lines: set[int] = set()
        for hunk in _HUNK.finditer(section):
            start, count = int(hunk.group(1)), int(hunk.group(2) or 1)
            lines.update(range(start, start + count))
        result[(Path(top) / name.group(1)).resolve()] = lines
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name"], cwd)
    for untracked_name in untracked.splitlines():
        result[(Path(top) / untracked_name).resolve()] = EVERY_LINE
    return result


def _git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise DiffError(f"cannot run git: {exc}") from None
    if proc.returncode != 0:
        raise DiffError(proc.stderr.strip() or f"git {' '.join(args)} failed")
    return proc.stdout
