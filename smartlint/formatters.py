"""Output formats: plain functions from results to text, one per format.

Nothing here knows about click or files; a front end picks a function from
``FORMATTERS`` and prints what it returns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from smartlint import __version__
from smartlint.model import FileResult

JSON_VERSION = 1


def format_text(results: Sequence[FileResult]) -> str:
    """``path:line:col: severity: message [rule]`` and an indented suggestion."""
    lines = []
    for result in results:
        for finding in result.findings:
            span = finding.span
            lines.append(
                f"{result.path}:{span.line}:{span.column}: {finding.severity}: "
                f"{finding.message} [{finding.rule}]"
            )
            if finding.suggestion:
                lines.append(f"    suggestion: {finding.suggestion}")
    lines.append(summary(results))
    return "\n".join(lines) + "\n"


def format_concise(results: Sequence[FileResult]) -> str:
    """One line per finding, for editors' error parsers (``%f:%l:%c: %m``)."""
    lines = [
        f"{r.path}:{f.span.line}:{f.span.column}: {f.severity}: {f.message} [{f.rule}]"
        for r in results
        for f in r.findings
    ]
    return "".join(line + "\n" for line in lines)


def format_json(results: Sequence[FileResult]) -> str:
    """The versioned JSON document of the contract."""
    document = {"version": JSON_VERSION, "files": [r.to_dict() for r in results]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def format_github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands, escaped as GitHub documents."""
    lines = []
    for result in results:
        for error in result.errors:
            line = f",line={error.line}" if error.line else ""
            lines.append(f"::error file={_prop(result.path)}{line}::{_data(error.message)}")
        for f in result.findings:
            level = {"info": "notice", "warning": "warning", "error": "error"}[f.severity]
            span = f.span
            props = (
                f"file={_prop(result.path)},line={span.line},col={span.column},"
                f"endLine={span.end_line},endColumn={span.end_column},title={_prop(f.rule)}"
            )
            message = f.message + (f"\nSuggestion: {f.suggestion}" if f.suggestion else "")
            lines.append(f"::{level} {props}::{_data(message)}")
    return "".join(line + "\n" for line in lines)


def _data(value: str) -> str:
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
    return text + f" (smartlint {__version__})"


Formatter = Callable[[Sequence[FileResult]], str]
FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "concise": format_concise,
    "json": format_json,
    "github": format_github,
}
