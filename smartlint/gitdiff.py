"""``--diff REF``: which lines of which files changed since a git ref.

Large planning repositories want CI to report only what a change touched.
The changed lines come from ``git diff --unified=0 COMMIT`` (the working tree
against the commit REF names, so staged, unstaged and committed changes all
count); a file git does not track counts as changed everywhere.

REF and file names come from the user, so neither may steer git: the ref is
first resolved to a commit with ``--end-of-options`` (``--output=x`` is then
an unknown ref, never an option), and only the commit id reaches ``git diff``.
The patch is read in the one shape smartlint asks for, whatever the user's
``diff.*`` settings (prefixes, relative paths, renames, external tools), and
names git quotes are unquoted (``gitquote``).
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from smartlint.gitquote import patch_name

_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
EVERY_LINE = None
Lines = set[int] | None  # None: every line

# The one shape of patch this module reads, whatever the user's git config says.
_DIFF_SHAPE = (
    "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--text",
    "--no-renames", "--no-relative", "--no-prefix", "--ignore-submodules",
)  # fmt: skip


class DiffError(Exception):
    """git could not say what changed (not a repository, unknown ref)."""


@dataclass(frozen=True)
class Changes:
    """The changed lines of a repository's files, by real path."""

    top: Path
    files: dict[Path, Lines]

    def contains(self, path: Path) -> bool:
        """Whether ``path`` lies inside the repository, so git can say what changed in it."""
        return self.top in _key(path).parents

    def lines(self, path: Path) -> Lines:
        """The changed lines of ``path``: none when unchanged, None when every line counts."""
        return self.files.get(_key(path), set())


def changed_lines(ref: str, cwd: Path) -> Changes:
    """Return what changed in the repository at ``cwd`` since ``ref``."""
    top = Path(os.fsdecode(_git(["rev-parse", "--show-toplevel"], cwd).rstrip(b"\n")))
    commit = _commit(ref, top)
    diff = _git(["diff", *_DIFF_SHAPE, "--end-of-options", commit, "--"], top)
    files: dict[Path, Lines] = {top / name: lines for name, lines in _parse(diff)}
    untracked = _git(["ls-files", "-z", "--others", "--exclude-standard", "--full-name"], top)
    for name in filter(None, untracked.split(b"\0")):
        files[top / os.fsdecode(name)] = EVERY_LINE
    return Changes(top, files)


def _commit(ref: str, top: Path) -> str:
    """The commit id ``ref`` names; a ref is read as a name, never as an option."""
    verify = ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"]
    try:
        out = _git(verify, top)
    except DiffError:
        out = b""
    commit = out.decode("ascii", "replace").strip()
    if not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", commit):
        raise DiffError("not a commit in this repository (name a branch, tag or commit id)")
    return commit


def _parse(diff: bytes) -> list[tuple[str, set[int]]]:
    """Each file of a ``--no-prefix --unified=0`` patch with its changed lines in the new file."""
    files: list[tuple[str, set[int]]] = []
    lines: set[int] = set()  # the current file's (a deleted file's go nowhere)
    in_header = False
    for line in diff.split(b"\n"):
        if line.startswith(b"diff --git "):
            in_header, lines = True, set()
        elif in_header and line.startswith(b"+++ "):
            name = patch_name(line[4:])
            if name is not None:
                files.append((name, lines))
        elif line.startswith(b"@@ "):
            in_header = False
            hunk = _HUNK.match(line)
            if hunk is not None:
                start, count = int(hunk.group(1)), int(hunk.group(2) or 1)
                lines.update(range(start, start + count))
    return files


def _key(path: Path) -> Path:
    """``path`` with its folders' symlinks resolved (as git names them), the file itself not."""
    absolute = Path(os.path.abspath(path))
    return Path(os.path.realpath(absolute.parent)) / absolute.name


def _git(args: list[str], cwd: Path) -> bytes:
    command = ["git", "-c", "core.quotePath=false", *args]
    try:
        proc = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        raise DiffError(f"cannot run git: {exc}") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip()
        raise DiffError(message or f"git {args[0]} failed")
    return proc.stdout
