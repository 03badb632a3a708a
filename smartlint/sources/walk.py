"""Which files a ``smartlint check PATH...`` run lints, in a stable order.

A file named on the command line is linted whatever its suffix (the user
asked for it) unless the ``exclude`` globs leave it out: pre-commit and
editors name every file, so an excluded file named is still excluded.  A
directory is walked for goal documents only, skipping what a developer never
means to lint (hidden files and folders, dependency and cache folders,
whatever ``.gitignore`` ignores, what ``exclude`` leaves out) so that
``smartlint check .`` works in any repository.  Paths that cannot
be walked are reported and the walk goes on, and no directory is entered
twice, so symlink loops cannot hang or repeat the run.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pathspec

from smartlint.bounded import DATA_LIMIT, ReadRefused, read_limited
from smartlint.sources.errors import SourceProblem, SourceReadError

SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", ".venv"})
_Ignore = tuple[str, pathspec.GitIgnoreSpec]  # (absolute base folder, its rules)
_Found = tuple[Path, SourceProblem | None]
_Ids = frozenset[tuple[int, int]]  # (device, inode) of the folders being walked
# Whether a path (absolute; a folder when the flag is set) is excluded by configuration.
Excluded = Callable[[str, bool], bool]


def discover_paths(
    paths: Sequence[Path], suffixes: Iterable[str], excluded: Excluded | None = None
) -> Iterator[_Found]:
    """Yield each file to lint, or a path that cannot be read with its problem.

    A path named that ``excluded`` leaves out is passed over in silence, as
    ruff's ``force-exclude`` does.
    """
    walker = _Walker(frozenset(suffixes), excluded or _nothing_excluded)
    for path in paths:
        problem = _stat_problem(path)
        if problem is not None:
            yield path, problem
        elif walker.excluded(os.path.abspath(path), path.is_dir()):
            continue
        elif path.is_dir():
            yield from walker.walk(path)
        elif path.is_file():
            identity = _identity(path)
            if identity not in walker.seen_files:  # named twice, or already walked
                walker.seen_files.add(identity)
                yield path, None
        else:
            yield path, SourceReadError("not a regular file or directory")


def _nothing_excluded(path: str, is_dir: bool) -> bool:
    return False


def _stat_problem(path: Path) -> SourceReadError | None:
    """Return why ``path`` cannot be followed to a file or directory, if it cannot."""
    try:
        os.stat(path)
    except OSError as exc:
        return _problem(path, exc)
    return None


def _problem(path: Path, exc: OSError) -> SourceReadError:
    """Say why ``os.stat(path)`` failed in the words a user expects."""
    if exc.errno == errno.ELOOP:
        return SourceReadError("symlink loop; not followed")
    if os.path.islink(path):
        return SourceReadError("broken symlink")
    if exc.errno == errno.ENOENT:
        return SourceReadError("no such file or directory")
    return SourceReadError(exc.strerror or str(exc))


def _identity(path: Path) -> tuple[int, int]:
    """Return what makes two paths the same file or folder (after symlinks)."""
    info = os.stat(path)
    return info.st_dev, info.st_ino


class _Walker:
    """Walks directories; remembers what it entered across all given paths."""

    def __init__(self, suffixes: frozenset[str], excluded: Excluded) -> None:
        self.suffixes = suffixes
        self.excluded = excluded
        self.seen_dirs: set[tuple[int, int]] = set()
        self.seen_files: set[tuple[int, int]] = set()

    def walk(self, root: Path) -> Iterator[_Found]:
        """Yield the goal documents below ``root``, honouring enclosing ``.gitignore``s.

        Depth-first with a stack of listings, not recursion: a tree 500 or
        5,000 folders deep costs a longer stack, not the recursion limit.
        """
        absolute = os.path.abspath(root)
        ignores, problems = _enclosing_ignores(absolute)
        yield from problems
        stack = [self._walk_dir(_Subdir(root, absolute, ignores, frozenset()))]
        while stack:
            item = next(stack[-1], None)
            if item is None:
                stack.pop()
            elif isinstance(item, _Subdir):
                stack.append(self._walk_dir(item))
            else:
                yield item

    def _walk_dir(self, subdir: _Subdir) -> Iterator[_Found | _Subdir]:
        """Yield the goal documents of one directory, and its subdirectories to walk."""
        path, absolute, ignores, ancestors = subdir
        try:
            identity = _identity(path)
        except OSError as exc:  # a name too long for the system, a folder gone meanwhile
            yield path, SourceReadError(f"cannot read directory ({exc.strerror})")
            return
        if identity in ancestors:
            yield path, SourceReadError("symlink loop (leads back to a parent); not followed")
            return
        if identity in self.seen_dirs:
            return
        self.seen_dirs.add(identity)
        try:
            with os.scandir(path) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            yield path, SourceReadError(f"cannot read directory ({exc.strerror})")
            return
        own, problems = _own_ignore(absolute, entries, path)
        yield from problems
        ignores = ignores + own
        for entry in entries:
            yield from self._visit(entry, path, absolute, ignores, ancestors | {identity})

    def _visit(
        self,
        entry: os.DirEntry[str],
        parent: Path,
        parent_abs: str,
        ignores: list[_Ignore],
        ancestors: _Ids,
    ) -> Iterator[_Found | _Subdir]:
        """Yield what one directory entry contributes."""
        name = entry.name
        path, absolute = parent / name, os.path.join(parent_abs, name)
        if name.startswith("."):
            return
        if entry.is_symlink():
            try:
                os.stat(path)
            except OSError as exc:  # a broken link matters only if it names a goal file
                if exc.errno == errno.ELOOP or self._wanted(name):
                    yield path, _problem(path, exc)
                return
        is_dir = entry.is_dir()
        if is_dir and name in SKIPPED_DIRS:
            return
        if _ignored(absolute, is_dir, ignores) or self.excluded(absolute, is_dir):
            return
        if is_dir:
            yield _Subdir(path, absolute, ignores, ancestors)
        elif entry.is_file() and self._wanted(name):
            identity = _identity(path)
            if identity not in self.seen_files:
                self.seen_files.add(identity)
                yield path, None

    def _wanted(self, name: str) -> bool:
        """Tell a goal document from any other file by its suffix."""
        return os.path.splitext(name)[1].lower() in self.suffixes


def _ignored(absolute: str, is_dir: bool, ignores: list[_Ignore]) -> bool:
    """Apply ``.gitignore`` rules: the deepest file with a matching rule decides."""
    for base, spec in reversed(ignores):
        if not absolute.startswith(base + os.sep):
            continue
        relative = absolute[len(base) + 1 :].replace(os.sep, "/") + ("/" if is_dir else "")
        verdict = spec.check_file(relative).include
        if verdict is not None:
            return verdict
    return False


_IgnoreRead = tuple[list[_Ignore], list[_Found]]  # (rules, problems to report)


def _read_ignore(folder: str, shown: Path | None = None) -> _IgnoreRead:
    """Return the rules of ``folder/.gitignore``; one that cannot be read is a problem.

    It is read like any file of the repository: bounded, and only when it
    is a regular file (a FIFO would block the run, ``/dev/zero`` never end).
    A problem names it as ``shown`` (the walked path) when given.
    """
    path = os.path.join(folder, ".gitignore")
    name = (shown or Path(folder)) / ".gitignore"
    try:
        text = read_limited(path, DATA_LIMIT).decode("utf-8", errors="replace")
    except FileNotFoundError:
        return [], []
    except ReadRefused as exc:
        return [], [(name, SourceReadError(f"{exc}; not read"))]
    except OSError as exc:
        return [], [(name, SourceReadError(f"cannot read: {exc.strerror or exc}"))]
    return [(folder, ignore_spec(text.splitlines()))], []


def ignore_spec(lines: list[str]) -> pathspec.GitIgnoreSpec:
    """Compile ``.gitignore`` lines as git does: a line git cannot use matches nothing.

    Git accepts ``!``, a lone backslash or ``[z-a]`` and they match no file;
    pathspec raises on them, so such lines are dropped one by one.
    """
    try:
        return pathspec.GitIgnoreSpec.from_lines(lines)
    except (ValueError, re.error):
        pass
    patterns: list[Any] = []  # pathspec's own pattern class, whose module path varies
    for line in lines:
        try:
            patterns.extend(pathspec.GitIgnoreSpec.from_lines([line]).patterns)
        except (ValueError, re.error):
            continue
    return pathspec.GitIgnoreSpec(patterns)


def _own_ignore(folder: str, entries: list[os.DirEntry[str]], shown: Path) -> _IgnoreRead:
    """Return the rules of a walked folder's own ``.gitignore``, if it has one."""
    if any(entry.name == ".gitignore" for entry in entries):
        return _read_ignore(folder, shown)
    return [], []


def _enclosing_ignores(root: str) -> _IgnoreRead:
    """Return the ``.gitignore`` rules of the folders above ``root``, outermost first.

    Git applies them only inside a repository, so they count only up to the
    nearest folder holding ``.git``; outside a repository none count.
    """
    if os.path.exists(os.path.join(root, ".git")):
        return [], []
    folders: list[str] = []
    current = root
    while True:
        parent = os.path.dirname(current)
        if parent == current:
            return [], []
        folders.append(parent)
        if os.path.exists(os.path.join(parent, ".git")):
            break
        current = parent
    rules: list[_Ignore] = []
    problems: list[_Found] = []
    for folder in reversed(folders):
        more, trouble = _read_ignore(folder)
        rules += more
        problems += trouble
    return rules, problems


class _Subdir(NamedTuple):
    """A directory to walk, with what applies inside it."""

    path: Path
    absolute: str
    ignores: list[_Ignore]
    ancestors: _Ids
