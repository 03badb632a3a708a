"""Output formats: plain functions from results to text, one per format.

Nothing here knows about click or files; a front end picks a function from
``FORMATTERS`` and prints what it returns, or from ``STREAMS`` and prints
each line as it comes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from smartlint import __version__
from smartlint.model import FileResult, Finding, json_text
from smartlint.paint import PLAIN, Paint
from smartlint.pathtext import one_line, valid_text


def format_text(results: Sequence[FileResult]) -> str:
    """``path:line:col: severity: message [rule]`` and an indented suggestion."""
    return "".join(iter_text(results))


def iter_text(
    results: Sequence[FileResult], paint: Paint = PLAIN, quiet: bool = False
) -> Iterator[str]:
    """The lines of :func:`format_text`, one at a time, each with its line end.

    A goal's rewrite follows its findings once, not after each of them.
    ``quiet`` leaves out the notes and the summary: findings only.
    """
    for result in results:
        path = paint("path", one_line(result.path))  # a newline in a name must not forge a line
        for goal in result.goals:
            for finding in goal.findings:
                yield _finding_line(path, finding, paint)
            if goal.findings and goal.rewrite is not None:
                yield f"    suggestion: {paint('suggestion', goal.rewrite.text)}\n"
        if not quiet:
            for note in result.notes:
                yield f"{path}:{note.line}: {paint('note', 'note')}: {note.message}\n"
    if not quiet:
        yield paint("summary", summary(results)) + "\n"


def _finding_line(path: str, finding: Finding, paint: Paint) -> str:
    """``path:line:col: severity: message [rule]``, its line end included."""
    span = finding.span
    return (
        f"{path}:{paint('position', f'{span.line}:{span.column}')}: "
        f"{paint(finding.severity, finding.severity)}: "
        f"{finding.message} {paint('rule', f'[{finding.rule}]')}\n"
    )


def format_concise(results: Sequence[FileResult]) -> str:
    """One line per finding, for editors' error parsers (``%f:%l:%c: %m``)."""
    return "".join(iter_concise(results))


def iter_concise(
    results: Sequence[FileResult], paint: Paint = PLAIN, quiet: bool = False
) -> Iterator[str]:
    """The lines of :func:`format_concise`, one at a time (it has no summary to leave out)."""
    for r in results:
        path = paint("path", one_line(r.path))
        for f in r.findings:
            yield _finding_line(path, f, paint)


def format_json(results: Sequence[FileResult]) -> str:
    """The versioned JSON document of the contract (version ``JSON_VERSION``)."""
    return json_text(results)


def format_github(results: Sequence[FileResult]) -> str:
    """GitHub Actions workflow commands, escaped as GitHub documents."""
    return "".join(iter_github(results))


def iter_github(
    results: Sequence[FileResult], paint: Paint = PLAIN, quiet: bool = False
) -> Iterator[str]:
    """The lines of :func:`format_github`, one at a time (never coloured; nothing to quiet)."""
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


@dataclass(frozen=True)
class RuleCount:
    """How often one rule fired at one severity in a run (``--statistics``)."""

    rule: str
    category: str
    severity: str
    count: int
    fixable: int  # findings whose goal --fix could rewrite (a rewrite without placeholders)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``--statistics --format json``."""
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "count": self.count,
            "fixable": self.fixable,
        }


def rule_counts(results: Sequence[FileResult]) -> list[RuleCount]:
    """Count findings per rule and severity, the most frequent first, then by rule id."""
    counts: Counter[tuple[str, str, str]] = Counter()
    fixable: Counter[tuple[str, str, str]] = Counter()
    for finding in (f for r in results for f in r.findings):
        key = (finding.rule, finding.category, finding.severity)
        counts[key] += 1
        fixable[key] += finding.fix is not None and finding.fix.safe
    return sorted(
        (RuleCount(*key, count, fixable[key]) for key, count in counts.items()),
        key=lambda c: (-c.count, c.rule, c.severity),
    )


def iter_statistics(
    results: Sequence[FileResult], paint: Paint = PLAIN, quiet: bool = False
) -> Iterator[str]:
    """``count  rule  severity  category`` a line (``--statistics``), then the summary."""
    counts = rule_counts(results)
    width = max((len(c.rule) for c in counts), default=0)
    for c in counts:
        fixable = f"  ({c.fixable} fixable)" if c.fixable else ""
        yield (
            f"{c.count:>6}  {paint('rule', c.rule.ljust(width))}  "
            f"{paint(c.severity, c.severity.ljust(7))}  {c.category}{fixable}\n"
        )
    if not quiet:
        yield paint("summary", summary(results)) + "\n"


def format_statistics_json(results: Sequence[FileResult]) -> str:
    """``--statistics --format json``: a list of :class:`RuleCount` objects."""
    counts = [c.to_dict() for c in rule_counts(results)]
    return json.dumps(counts, ensure_ascii=False, indent=2) + "\n"


def iter_fixed(results: Sequence[FileResult], paint: Paint = PLAIN) -> Iterator[str]:
    """``path:line:col: fixed [rules]: new text``, one line per goal ``--fix`` rewrote."""
    for result in results:
        path = paint("path", one_line(result.path))
        for goal in result.fixed:
            position = paint("position", f"{goal.line}:{goal.column}")
            rules = paint("rule", f"[{', '.join(goal.rules)}]")
            yield f"{path}:{position}: fixed {rules}: {paint('suggestion', goal.text)}\n"


def fix_tally(results: Sequence[FileResult]) -> str:
    """``N fixed, M remaining``: findings the rewrites answered and findings left."""
    fixed = sum(len(goal.rules) for result in results for goal in result.fixed)
    remaining = sum(len(result.findings) for result in results)
    return f"{fixed} fixed, {remaining} remaining"


Formatter = Callable[[Sequence[FileResult]], str]
FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "concise": format_concise,
    "json": format_json,
    "github": format_github,
}
# The line formats, written as they are made: a run of 200,000 goals never
# holds its whole report in memory twice (as lines and as one string).
Stream = Callable[[Sequence[FileResult], Paint, bool], Iterable[str]]
STREAMS: dict[str, Stream] = {
    "text": iter_text,
    "concise": iter_concise,
    "github": iter_github,
}
