"""What ``smartlint check`` prints: the chosen format, statistics, errors and what --fix did.

Standard output carries the format; when that is for a machine (``json``,
``sarif``, ``github``) whatever else there is to say goes to standard error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

import click

from smartlint.paint import PLAIN, Paint
from smartlint.pathtext import one_line

if TYPE_CHECKING:
    from smartlint.linter import Options
    from smartlint.model import FileResult

# Formats a person reads: colour, the summary and the fix lines belong on their stdout.
FOR_PEOPLE = ("text", "concise")


@dataclass(frozen=True)
class Style:
    """How to print: the format, the colours of stdout and stderr, quiet, statistics."""

    fmt: str = "text"
    paint: Paint = PLAIN
    paint_errors: Paint = PLAIN
    quiet: bool = False
    statistics: bool = False


def emit(results: Sequence[FileResult], options: Options, style: Style) -> None:
    """Print the results in ``style``, then each file's errors on stderr (text formats)."""
    from smartlint.formatters import FORMATTERS, STREAMS, format_statistics_json, iter_statistics

    fmt, paint = style.fmt, style.paint
    if style.statistics:
        if fmt == "json":
            click.echo(format_statistics_json(results), nl=False)
        else:
            _echo_lines(iter_statistics(results, paint, style.quiet), paint)
    elif fmt == "sarif":
        from smartlint.sarif import format_sarif

        click.echo(format_sarif(results, options), nl=False)
    elif fmt in STREAMS:
        _echo_lines(STREAMS[fmt](results, paint, style.quiet), paint)
    else:
        click.echo(FORMATTERS[fmt](results), nl=False)
    if fmt in FOR_PEOPLE:
        echo_errors(results, style.paint_errors)


def emit_fixes(results: Sequence[FileResult], style: Style, show_fixes: bool) -> None:
    """After ``--fix``: the goals it rewrote (``--show-fixes``) and ``N fixed, M remaining``.

    With a machine format both go to stderr, and only when asked for with
    ``--show-fixes``: a tool reading ``2>&1`` gets the document alone, as before.
    """
    from smartlint.formatters import fix_tally, iter_fixed

    to_stderr = style.fmt not in FOR_PEOPLE
    if style.quiet or (to_stderr and not show_fixes):
        return
    paint = style.paint_errors if to_stderr else style.paint
    if show_fixes:
        _echo_lines(iter_fixed(results, paint), paint, err=to_stderr)
    click.echo(paint("summary", fix_tally(results)), err=to_stderr, color=paint.on or None)


def echo_errors(results: Sequence[FileResult], paint: Paint = PLAIN) -> None:
    """``path:line: error: message`` on stderr for every file that could not be linted."""
    for result in results:
        for error in result.errors:
            where = where_error(result.path, error.line)
            line = f"{paint('path', where)}: {paint('error', 'error')}: {error.message}"
            click.echo(line, err=True, color=paint.on or None)


def where_error(path: str, line: int | None) -> str:
    """A file's name, and the line of its error when it has one, on one line."""
    return f"{one_line(path)}:{line}" if line else one_line(path)


def _echo_lines(lines: Iterable[str], paint: Paint, err: bool = False) -> None:
    """Write lines in batches: a run of 200,000 goals is never one string."""
    stream = iter(lines)
    colour = paint.on or None
    while batch := "".join(islice(stream, 1000)):
        click.echo(batch, nl=False, err=err, color=colour)
