"""``--fix``: apply safe fixes atomically, then lint the result again.

A fix is a value (``model.Fix``); only ``safe`` ones are applied, never a
rewrite that still holds a placeholder.  Fixes that overlap are applied one
round at a time, up to a small limit, so a goal is never half-rewritten.
The file is written to a temporary file in the same folder and renamed over
the original, so a crash leaves either the old or the new file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from smartlint.linter import Options, lint_path
from smartlint.model import FileResult, Fix, apply_fixes
from smartlint.sources.decode import decode

MAX_ROUNDS = 3


def fix_file(path: Path, result: FileResult, options: Options) -> FileResult:
    """Apply the safe fixes of ``result`` to ``path`` and return the new result."""
    for _ in range(MAX_ROUNDS):
        fixes = _safe_fixes(result)
        if not fixes or result.errors:
            return result
        raw = path.read_bytes()
        text = decode(raw)
        bom = raw.startswith(b"\xef\xbb\xbf")
        write_atomically(path, ("\ufeff" if bom else "") + apply_fixes(text, fixes))
        result = lint_path(path, options, display=result.path)
    return result


def _safe_fixes(result: FileResult) -> list[Fix]:
    unique = {f.fix for f in result.findings if f.fix is not None and f.fix.safe}
    return sorted(unique, key=lambda fix: (fix.start, fix.end))


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 next to ``path`` and rename it over ``path``."""
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
