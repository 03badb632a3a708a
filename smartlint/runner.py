"""Run ``check`` over paths and standard input: the front ends' shared engine.

A file that cannot be read or parsed becomes an error in its own result and
every other file is still linted; a bad configuration or rule file stops the
run before any text is parsed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from smartlint.bounded import ReadRefused, read_stream_limited
from smartlint.config import Config
from smartlint.diffscope import lines_to_fix, only_changed, outside_error
from smartlint.exclusion import Exclusion
from smartlint.gctune import tune_gc
from smartlint.gitdiff import Changes, Lines
from smartlint.linter import (
    MAX_FILE_BYTES,
    Options,
    active_rules,
    check_set,
    config_for,
    lint_bytes,
    lint_path,
)
from smartlint.model import FileResult, SourceError, pack_result, unpack_result
from smartlint.nlp.saferegex import TIMEOUTS, Timeout
from smartlint.parallel import Codec, parallel_chunks, worker_count
from smartlint.sources.errors import SourceProblem
from smartlint.yamldata import DataFileError


class RunError(Exception):
    """A problem that stops the whole run (configuration, rules, usage)."""


# Told how many of a run's files are linted: (done, total), first with done = 0.
Progress = Callable[[int, int], None]


def run_check(
    paths: Sequence[Path],
    options: Options,
    stdin_filename: str | None = None,
    fix: bool = False,
    diff_ref: str | None = None,
    progress: Progress | None = None,
) -> list[FileResult]:
    """Lint every path; ``-`` is standard input named ``stdin_filename``.

    With ``diff_ref`` only findings on lines changed since that git ref are
    kept, and ``--fix`` fixes only those.  ``progress`` hears of each file
    (each chunk of files, when they are linted in parallel) as it is done.
    """
    tune_gc()
    _base_config(options)
    run = _Run(options, stdin_filename, fix, _changes(diff_ref))
    try:
        items = list(_expand(paths, Exclusion(options.config_path), stdin_filename))
    except DataFileError as exc:  # the config of a folder named or walked is invalid
        raise RunError(str(exc)) from None
    if not fix and _worth_forking(items):
        results = _lint_in_parallel(items, run, _started(progress, len(items)))
    else:
        results = _lint_each(items, run, _started(progress, len(items)))
    results = settle(results, options)
    return results if run.changes is None else only_changed(results, run.changes)


_Item = tuple[Path | None, SourceProblem | None]
# Files together this large are split across processes (about 3,500 goals).
PARALLEL_MIN_BYTES = 256 * 1024


def _changes(diff_ref: str | None) -> Changes | None:
    """What changed since ``diff_ref``, read before any file is linted or fixed."""
    if diff_ref is None:
        return None
    from smartlint.gitdiff import DiffError, changed_lines

    try:
        return changed_lines(diff_ref, Path.cwd())
    except DiffError as exc:
        raise RunError(f"--diff {diff_ref}: {exc}") from None


@dataclass(frozen=True)
class _Run:
    """How each item of one run is linted."""

    options: Options
    stdin_filename: str | None
    fix: bool
    changes: Changes | None

    def lint(self, item: _Item) -> FileResult:
        """Lint (and fix) one file or standard input; its problems are its own errors."""
        path, problem = item
        if path is None:
            try:
                return _lint_stdin(self.options, self.stdin_filename)
            except RunError:
                raise
            except Exception as exc:  # a bug must cost standard input, not the run
                return _internal_error(self.stdin_filename or "-", exc)
        if problem is not None:
            return FileResult(str(path), errors=(problem.to_error(),))
        outside = outside_error(self.changes, path)
        if outside is not None:
            return outside
        return _lint_file(path, self.options, self.fix, lines_to_fix(self.changes, path))


def _worth_forking(items: list[_Item]) -> bool:
    """Whether many files are better linted across processes than one after another.

    Not with standard input (read by this process), and not when one file is
    most of the work: that file is better split across processes by itself.
    """
    if any(path is None for path, _ in items) or worker_count() < 2:
        return False
    sizes = []
    for path, problem in items:
        try:
            sizes.append(path.stat().st_size if path is not None and problem is None else 0)
        except OSError:
            sizes.append(0)
    total = sum(sizes)
    return total >= PARALLEL_MIN_BYTES and max(sizes) * 2 < total


def _started(progress: Progress | None, total: int) -> Progress:
    """``progress``, told that the run of ``total`` files starts (a no-op when None)."""
    tell = progress or _silent
    tell(0, total)
    return tell


def _silent(done: int, total: int) -> None:
    """No one asked how far the run is."""


def _lint_each(items: list[_Item], run: _Run, tell: Progress) -> list[FileResult]:
    """Lint files one after another in this process."""
    results: list[FileResult] = []
    for item in items:
        results.append(run.lint(item))
        tell(len(results), len(items))
    return results


def _lint_in_parallel(items: list[_Item], run: _Run, tell: Progress) -> list[FileResult]:
    """Lint files in forked workers, in order; the same results as one after another.

    A REGEX that times out matches nothing from then on, but only in the
    process where it timed out.  So after the first chunk of files in which
    one did, the files after it are linted again here, with the pattern dead,
    as the serial path would have linted them.
    """

    def work(start: int, stop: int) -> tuple[list[FileResult], list[Timeout]]:
        dead = set(TIMEOUTS.dead)
        linted = [run.lint(items[i]) for i in range(start, stop)]
        return linted, sorted(TIMEOUTS.dead - dead, key=str)

    results: list[FileResult] = []
    for _, end, (part, timeouts) in parallel_chunks(work, 0, len(items), _FILES_CODEC):
        results += part
        tell(len(results), len(items))
        if timeouts:
            for timeout in timeouts:
                TIMEOUTS.known(*timeout)
            for item in items[end:]:
                results.append(run.lint(item))
                tell(len(results), len(items))
            return results
    return results


_FILES_CODEC: Codec[tuple[list[FileResult], list[Timeout]]] = Codec(
    pack=lambda chunk: ([pack_result(r) for r in chunk[0]], chunk[1]),
    unpack=lambda packed: ([unpack_result(r) for r in packed[0]], packed[1]),
)


def _base_config(options: Options) -> Config:
    """Load and check the config in force at the working folder, before any parsing."""
    try:
        config = config_for(Path.cwd(), options)
        active_rules(config, options)
    except DataFileError as exc:
        raise RunError(str(exc)) from None
    return config


def _expand(
    paths: Sequence[Path], excluded: Exclusion, stdin_filename: str | None
) -> Iterator[tuple[Path | None, SourceProblem | None]]:
    """Yield files in the order the paths were given; ``None`` stands for standard input.

    Paths between two ``-`` are walked together, so a file named twice (``. plan.md``)
    is linted once.  What ``exclude`` leaves out is left out also when named, and
    so is standard input whose ``--stdin-filename`` it leaves out (an editor's buffer).
    """
    from smartlint.sources import discover

    for stdin, group in groupby(paths, key=lambda path: str(path) == "-"):
        if stdin:
            if stdin_filename is None or not excluded(stdin_filename, False):
                yield from ((None, None) for _ in group)
        else:
            yield from discover(list(group), excluded)


def _lint_file(path: Path, options: Options, fix: bool, lines: Lines) -> FileResult:
    try:
        if fix:
            from smartlint.fixes import fix_path

            return fix_path(path, options, lines)
        return lint_path(path, options)
    except DataFileError as exc:
        raise RunError(str(exc)) from None
    except OSError as exc:  # --fix could not write (read-only file, full disk)
        return FileResult(str(path), errors=(SourceError(f"cannot write fix: {exc}"),))
    except Exception as exc:  # a bug must cost one file, not the run or a traceback
        return _internal_error(str(path), exc)


def _internal_error(name: str, exc: Exception) -> FileResult:
    """The result of a file whose linting hit a bug: its error, exit status 2."""
    message = f"internal error while linting ({type(exc).__name__}: {exc}); please report it"
    return FileResult(name, errors=(SourceError(message),))


def _lint_stdin(options: Options, stdin_filename: str | None) -> FileResult:
    name = stdin_filename or "-"
    try:
        data = read_stream_limited(getattr(sys.stdin, "buffer", None), MAX_FILE_BYTES)
    except ReadRefused as exc:
        return FileResult(name, errors=(SourceError(f"{exc}; not linted"),))
    return lint_document(data, options, stdin_filename)


def lint_document(data: bytes, options: Options, path: str | None = None) -> FileResult:
    """Lint a document that is not read from a file: standard input, or text from the API.

    ``path`` names it: its suffix picks the reader (plain text without one)
    and the config is found upward from it, else from the working folder.
    """
    config_anchor = Path(path) if path else Path.cwd()
    try:
        config = config_for(config_anchor.absolute(), options)
        return lint_bytes(path or "-", data, config, options, read_as=path or "stdin.txt")
    except DataFileError as exc:
        raise RunError(str(exc)) from None


def settle(results: list[FileResult], options: Options) -> list[FileResult]:
    """Run the goal-set rules over ``results`` (see ``linter.check_set``); a bad config stops."""
    try:
        return check_set(results, options)
    except DataFileError as exc:
        raise RunError(str(exc)) from None
