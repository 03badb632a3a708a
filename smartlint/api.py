"""smartlint's Python API: lint a text or files, get typed results.

>>> import smartlint
>>> from datetime import date
>>> result = smartlint.lint_text("Vi ska försöka öka försäljningen.", today=date(2026, 11, 26))
>>> [finding.rule for finding in result.findings]
['missing-deadline', 'missing-number', 'hedge', 'vague-comparative']
>>> result.goals[0].rewrite.text
'Vi ska öka försäljningen från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.'

``smartlint check`` and ``smartlint report`` call :func:`lint_paths`, and
``smartlint check -`` reads standard input into the same function that
:func:`lint_text` calls, so the API gives what the command line prints:
``lint_paths(...).to_json()`` is ``--format json`` byte for byte.  The
results are the frozen values of ``smartlint.model``.  This module imports
nothing heavy until a function is called: spaCy loads with the first lint.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartlint.linter import Options
    from smartlint.model import FileResult, RunResult

PathLike = str | os.PathLike[str]


def lint_text(
    text: str | bytes,
    *,
    lang: str | None = None,
    path: PathLike | None = None,
    config: PathLike | None = None,
    today: dt.date | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> FileResult:
    """Lint one document given as text (or its bytes, in any encoding ``check`` reads).

    ``path`` names the document: its suffix picks how goals are read
    (``.md``, ``.yaml``; plain text, one goal a line, without one), and the
    config is found upward from it (else from the working folder), unless
    ``config`` names a config file.  ``lang`` is ``"sv"``, ``"en"`` or None
    to detect it; ``today`` is the reference date for relative deadlines.
    A document that cannot be read comes back with ``errors``; a bad
    config or rule file raises :class:`smartlint.RunError`.
    """
    from smartlint.runner import lint_document, settle

    options = _options(lang, config, today, select, ignore, slots=True)
    data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
    result = lint_document(data, options, None if path is None else os.fspath(path))
    return settle([result], options)[0]


def lint_paths(
    paths: Iterable[PathLike],
    *,
    config: PathLike | None = None,
    lang: str | None = None,
    today: dt.date | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    fix: bool = False,
    diff_ref: str | None = None,
    stdin_filename: str | None = None,
    slots: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> RunResult:
    """Lint files and folders as ``smartlint check PATHS`` does; ``"-"`` is standard input.

    Folders are walked for goal documents (``exclude`` and ``.gitignore``
    apply), every file gets its own result in the order given, and the
    goal-set rules run over all of them.  ``fix`` rewrites files in place
    (``--fix``), ``diff_ref`` keeps findings on lines changed since a git
    ref (``--diff``), ``slots=False`` skips reading the slots the JSON
    shows (a third of the work), and ``progress(done, total)`` hears of
    each file as it is linted.  Raises :class:`smartlint.RunError` when the
    run cannot start (a bad config or rule file, an unknown rule, a bad ref).
    """
    from smartlint.model import RunResult
    from smartlint.runner import run_check

    options = _options(lang, config, today, select, ignore, slots)
    chosen = [Path(os.fspath(path)) for path in paths]
    results = run_check(chosen, options, stdin_filename, fix, diff_ref, progress)
    return RunResult(results)


def _options(
    lang: str | None,
    config: PathLike | None,
    today: dt.date | None,
    select: Iterable[str],
    ignore: Iterable[str],
    slots: bool,
) -> Options:
    from smartlint.linter import Options
    from smartlint.runner import RunError

    if lang not in (None, "auto", "sv", "en"):
        raise RunError(f"lang must be 'sv', 'en' or None, not {lang!r}")
    config_path = None if config is None else Path(os.fspath(config))
    if config_path is not None and not config_path.is_file():
        raise RunError(f"{config_path}: no such config file")
    return Options(
        today=today or dt.date.today(),
        lang=lang or "auto",
        select=_names(select),
        ignore=_names(ignore),
        config_path=config_path,
        want_slots=slots,
    )


def _names(rules: Iterable[str]) -> tuple[str, ...]:
    """Rule ids, also given as one ``"a,b"`` string as on the command line."""
    if isinstance(rules, str):
        rules = rules.split(",")
    return tuple(name.strip() for name in rules if name.strip())
