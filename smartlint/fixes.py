"""``--fix``: apply safe fixes atomically, then lint the result again.

A fix is a value (``model.Fix``); only ``safe`` ones are applied, never a
rewrite that still holds a placeholder.  Fixes that overlap are applied one
round at a time, up to a small limit, so a goal is never half-rewritten.
The file is written to a temporary file in the same folder and renamed over
the original, so a crash leaves either the old or the new file.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from smartlint.linter import Options, lint_path
from smartlint.model import FileResult, Fix, apply_fixes
from smartlint.sources import SourceProblem, reader_for
from smartlint.sources.decode import decode
from smartlint.sources.lines import fold

MAX_ROUNDS = 3


def fix_file(path: Path, result: FileResult, options: Options) -> FileResult:
    """Apply the safe fixes of ``result`` to ``path`` and return the new result."""
    for _ in range(MAX_ROUNDS):
        fixes = _safe_fixes(result)
        if not fixes or result.errors:
            return result
        raw = path.read_bytes()
        text = decode(raw)
        fixes = _keeping_goals(path.name, text, _without_markup(result, text, fixes))
        if not fixes:
            return result
        bom = raw.startswith(b"\xef\xbb\xbf")
        write_atomically(path, ("\ufeff" if bom else "") + apply_fixes(text, fixes))
        result = lint_path(path, options, display=result.path)
    return result


def _safe_fixes(result: FileResult) -> list[Fix]:
    unique = {f.fix for f in result.findings if f.fix is not None and f.fix.safe}
    return sorted(unique, key=lambda fix: (fix.start, fix.end))


def _without_markup(result: FileResult, text: str, fixes: list[Fix]) -> list[Fix]:
    """The fixes of goals with no markup inside: a document's characters are the goal's.

    A rewrite is made from the words a reader sees, so applied to
    "Try to cut **churn** ([data](url))" it would drop the bold and the link.
    """
    plain = {
        finding.fix
        for goal in result.goals
        for finding in goal.findings
        if finding.fix is not None and fold(text[finding.fix.start : finding.fix.end]) == goal.text
    }
    return [fix for fix in fixes if fix in plain]


def _keeping_goals(name: str, text: str, fixes: list[Fix]) -> list[Fix]:
    """The fixes after which every goal reads as it should: a rewritten goal as its rewrite.

    A rewrite must not turn a goal into something else: dropping the hedge of
    "Try to # smartlint: disable-next-line ..." leaves a suppression comment,
    dropping the words before "1. 2027-03-31" leaves a numbered list item, and
    a shorter Markdown paragraph can count as prose.  One extra read when all
    is well; each fix on its own only when not.
    """
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
    """Write ``text`` as UTF-8 next to ``path`` and rename it over ``path``.

    A file the user may not write is refused, not replaced: renaming only
    needs a writable folder, so it would overwrite a read-only file.
    """
    if not os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
        raise PermissionError(errno.EACCES, "read-only file, not fixed", str(path))
    mode = path.stat().st_mode
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temp, mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
