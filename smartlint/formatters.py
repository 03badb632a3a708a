"""Output formats: plain functions from results to text, one per format.

Nothing here knows about click or files; a front end picks a function from
``FORMATTERS`` and prints what it returns, or from ``STREAMS`` and prints
each line as it comes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence

from smartlint import __version__
from smartlint.model import FileResult
from smartlint.pathtext import one_line, valid_text

# Version 2: one rewrite per goal ("rewrite"), no "suggestion" repeated on every finding.
JSON_VERSION = 2


def format_text(results: Sequence[FileResult]) -> str:
    """``path:line:col: severity: message [rule]`` and an indented suggestion."""
    return "".join(iter_text(results))


def iter_text(results: Sequence[FileResult]) -> Iterator[str]:
    """The lines of :func:`format_text`, one at a time, each with its line end.

    A goal's rewrite follows its findings once, not after each of them.
    """
    for result in results:
        path = one_line(result.path)  # a newline in a name must not forge a finding
        for goal in result.goals:
            for finding in goal.findings:
                span = finding.span
                yield (
                    f"{path}:{span.line}:{span.column}: {finding.severity}: "
                    f"{finding.message} [{finding.rule}]\n"
                )
            if goal.findings and goal.rewrite is not None:
                yield f"    suggestion: {goal.rewrite.text}\n"
        for note in result.notes:
            yield f"{path}:{note.line}: note: {note.message}\n"
    yield summary(results) + "\n"


def format_concise(results: Sequence[FileResult]) -> str:
    """One line per finding, for editors' error parsers (``%f:%l:%c: %m``)."""
    return "".join(iter_concise(results))


def iter_concise(results: Sequence[FileResult]) -> Iterator[str]:
    """The lines of :func:`format_concise`, one at a time."""
    for r in results:
        path = one_line(r.path)
        for f in r.findings:
            yield f"{path}:{f.span.line}:{f.span.column}: {f.severity}: {f.message} [{f.rule}]\n"


def format_json(results: Sequence[FileResult]) -> str:
    """The versioned JSON document of the contract."""
    document = {"version": JSON_VERSION, "files": [r.to_dict() for r in results]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands, escaped as GitHub documents."""
    return "".join(iter_github(results))


def iter_github(results: Sequence[FileResult]) -> Iterator[str]:
    """The lines of :func:`format_github`, one at a time."""
    levels = {"info": "notice", "warning": "warning", "error": "error"}
    for result in results:
        for error in result.errors:
            line = f",line={error.line}" if error.line else ""
            yield f"::error file={_prop(result.path)}{line}::{_data(error.message)}\n"
        for note in result.notes:
            line = f",line={note.line}" if note.line else ""
            yield f"::notice file={_prop(result.path)}{line}::{_data(note.message)}\n"
        for f in result.findings:
            span = f.span
            props = (
                f"file={_prop(result.path)},line={span.line},col={span.column},"
                f"endLine={span.end_line},endColumn={span.end_column},title={_prop(f.rule)}"
            )
            message = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
            yield f"::{levels[f.severity]} {props}::{_data(message)}\n"


def _data(value: str) -> str:
    value = valid_text(value)
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def summary(results: Sequence[FileResult]) -> str:
    """One line that counts what was linted and found."""
    goals = sum(len(r.goals) for r in results)
    findings = sum(len(r.findings) for r in results)
    errors = sum(len(r.errors) for r in results)
    flagged = sum(1 for r in results for g in r.goals if g.findings)
    text = (
        f"{len(results)} file{'s' * (len(results) != 1)}, {goals} goal{'s' * (goals != 1)}, "
        f"{flagged} with findings, {findings} finding{'s' * (findings != 1)}"
    )
    if errors:
        text += f", {errors} error{'s' * (errors != 1)}"
    skipped = sum(len(r.notes) for r in results)
    if skipped:
        text += f", {skipped} text{'s' * (skipped != 1)} skipped"
    return text + f" (smartlint {__version__})"


Formatter = Callable[[Sequence[FileResult]], str]
FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "concise": format_concise,
    "json": format_json,
    "github": format_github,
}
# The line formats, written as they are made: a run of 200,000 goals never
# holds its whole report in memory twice (as lines and as one string).
STREAMS: dict[str, Callable[[Sequence[FileResult]], Iterable[str]]] = {
    "text": iter_text,
    "concise": iter_concise,
    "github": iter_github,
}
