"""What ``--diff REF`` lets a run report and fix: the lines changed since REF.

The changes are read once, before any file is linted, so a bad ref stops the
run before ``--fix`` writes anything, and ``--fix`` rewrites only what the
run reports.  A file outside the repository is an error of its own: git
cannot say which of its lines changed, and calling it clean would hide it.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from smartlint.gitdiff import EVERY_LINE, Changes, Lines
from smartlint.model import FileResult, Finding, SourceError, Span


def lines_to_fix(changes: Changes | None, path: Path) -> Lines:
    """The lines of ``path`` whose findings ``--fix`` may fix (None: all of them)."""
    return EVERY_LINE if changes is None else changes.lines(path)


def outside_error(changes: Changes | None, path: Path) -> FileResult | None:
    """The error result of a file ``--diff`` cannot judge, or None when it can."""
    if changes is None or changes.contains(path):
        return None
    message = f"not in the git repository at {changes.top}; --diff cannot say what changed in it"
    return FileResult(str(path), errors=(SourceError(message),))


def only_changed(results: list[FileResult], changes: Changes) -> list[FileResult]:
    """Keep the findings on changed lines; unchanged files keep no findings."""
    kept = []
    for result in results:
        lines = changes.lines(Path(result.path))
        if lines is EVERY_LINE:
            kept.append(result)
            continue
        goals = tuple(
            replace(g, findings=tuple(f for f in g.findings if touches(f, lines)))
            for g in result.goals
        )
        kept.append(replace(result, goals=goals))
    return kept


def touches(finding: Finding, lines: Lines) -> bool:
    """Whether ``finding`` lies on one of ``lines`` (None: every line)."""
    if lines is EVERY_LINE:
        return True
    span: Span = finding.span
    return any(line in lines for line in range(span.line, span.end_line + 1))
