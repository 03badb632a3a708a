"""``--fix``: apply safe fixes atomically, then lint the result again.

A fix is a value (``model.Fix``); only ``safe`` ones are applied, never a
rewrite that still holds a placeholder, and with ``--diff`` only those of
findings on changed lines.  Fixes that overlap are applied one round at a
time, up to a small limit, so a goal is never half-rewritten.  Each round
reads the file once, lints those bytes and applies the fixes to that very
text; ``safewrite`` writes it back only if the file still holds it.  A
symlink is fixed through: its target is rewritten, the link is kept.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from smartlint.bounded import DOCUMENT_LIMIT
from smartlint.diffscope import touches
from smartlint.gitdiff import EVERY_LINE, Lines
from smartlint.linter import Options, read_and_lint
from smartlint.model import FileResult, Fix, FixedGoal, apply_fixes
from smartlint.safewrite import write_fixed
from smartlint.sources import SourceProblem, reader_for
from smartlint.sources.decode import decode
from smartlint.sources.lines import fold
from smartlint.sources.snapshot import read_snapshot

MAX_ROUNDS = 3


def fix_path(path: Path, options: Options, lines: Lines = EVERY_LINE) -> FileResult:
    """Lint ``path``, apply its safe fixes on ``lines`` (None: all) and return the new result."""
    real = Path(os.path.realpath(path))
    snapshot, result = read_and_lint(path, options, real=real)
    fixed: list[FixedGoal] = []
    for _ in range(MAX_ROUNDS):
        if snapshot is None or result.errors:
            break
        text = decode(snapshot.data)
        fixes = _keeping_goals(path.name, text, _without_markup(result, text, lines))
        if not fixes:
            break
        write_fixed(snapshot, apply_fixes(text, fixes))
        fixed += _fixed_goals(result, fixes)
        snapshot, result = read_and_lint(path, options, display=result.path, real=real)
    return replace(result, fixed=tuple(fixed)) if fixed else result


def _fixed_goals(result: FileResult, fixes: list[Fix]) -> list[FixedGoal]:
    """The goals of ``result`` that ``fixes`` rewrote, with the rules each rewrite answered."""
    applied = set(fixes)
    return [
        FixedGoal(
            goal.span.line,
            goal.span.column,
            tuple(sorted({f.rule for f in goal.findings if f.fix in applied})),
            fold(fix.replacement),
        )
        for goal in result.goals
        for fix in sorted(
            {f.fix for f in goal.findings if f.fix is not None and f.fix in applied},
            key=lambda fix: (fix.start, fix.end),
        )
    ]


def fix_file(path: Path, result: FileResult, options: Options) -> FileResult:
    """Fix ``path``, of which ``result`` is a lint; it is read again, so a fix fits its text."""
    if not any(f.fix is not None and f.fix.safe for f in result.findings):
        return result
    return fix_path(path, options)


def _without_markup(result: FileResult, text: str, lines: Lines) -> list[Fix]:
    """The safe fixes on ``lines`` of goals with no markup inside.

    A rewrite is made from the words a reader sees, so applied to
    "Try to cut **churn** ([data](url))" it would drop the bold and the link;
    only a goal whose document characters are its words is rewritten.
    """
    plain = {
        finding.fix
        for goal in result.goals
        for finding in goal.findings
        if finding.fix is not None
        and finding.fix.safe
        and touches(finding, lines)
        and fold(text[finding.fix.start : finding.fix.end]) == goal.text
    }
    return sorted(plain, key=lambda fix: (fix.start, fix.end))


def _keeping_goals(name: str, text: str, fixes: list[Fix]) -> list[Fix]:
    """The fixes after which every goal reads as it should: a rewritten goal as its rewrite.

    A rewrite must not turn a goal into something else: dropping the hedge of
    "Try to # smartlint: disable-next-line ..." leaves a suppression comment,
    dropping the words before "1. 2027-03-31" leaves a numbered list item, and
    a shorter Markdown paragraph can count as prose.  One extra read when all
    is well; each fix on its own only when not.
    """
    if not fixes:
        return []
    read = reader_for(name)

    def goals(candidate: str) -> list[str] | None:
        try:
            return [goal.display for goal in read(candidate)]
        except SourceProblem:
            return None

    before = read(text)

    def reads_right(chosen: list[Fix]) -> bool:
        rewritten = {(fix.start, fix.end): fold(fix.replacement) for fix in chosen}
        expected = [rewritten.get((g.start, g.end), g.display) for g in before]
        return goals(apply_fixes(text, chosen)) == expected

    if reads_right(fixes):
        return fixes
    kept = [fix for fix in fixes if reads_right([fix])]
    return kept if reads_right(kept) else []


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` over ``path`` as ``--fix`` does (its encoding, owner and mode kept)."""
    write_fixed(read_snapshot(path, max_bytes=DOCUMENT_LIMIT), text)
