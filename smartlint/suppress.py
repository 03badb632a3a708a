"""Suppression comments: silence a rule where the author has decided to.

Markdown: ``<!-- smartlint-disable RULE[, RULE] -->`` up to
``<!-- smartlint-enable -->`` (or the end), ``<!-- smartlint-disable-next-line
RULE -->`` for the next line with text, ``<!-- smartlint-disable-line RULE -->``
for its own line and ``<!-- smartlint-disable-file RULE -->`` (anywhere) for
the whole file; ``<!-- smartlint: VERB ... -->`` is the same.  Text and YAML:
``# smartlint: VERB RULE`` with the same verbs, on a line of its own or
after a goal (``disable-line``).  No rule names means every rule.  A finding
is on the line where it starts.  A suppression that silences nothing is
itself reported (``unused-suppression``, info), so stale comments do not
pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from smartlint.model import Finding, LineIndex, Span

UNUSED = "unused-suppression"
# Longest verbs first; a verb must end there, so "disable-line" is never "disable" of "-line".
_VERBS = r"disable-next-line|disable-line|disable-file|disable|enable"
_COMMENT = re.compile(
    rf"<!--\s*smartlint(?:-|:\s*)(?P<md>{_VERBS})(?![\w-])(?P<mdrules>[^>]*?)-->"
    rf"|#\s*smartlint:\s*(?P<hash>{_VERBS})(?![\w-])(?P<hashrules>[^\n]*)"
)


@dataclass
class Suppression:
    """One comment: the lines it covers and the rules it names (empty: all)."""

    line: int
    column: int
    end_column: int
    first: int
    last: int
    rules: frozenset[str]
    used: bool = field(default=False)

    def covers(self, finding: Finding) -> bool:
        """Whether this comment silences ``finding``."""
        in_lines = self.first <= finding.span.line <= self.last
        return in_lines and (not self.rules or finding.rule in self.rules)


def find_suppressions(text: str) -> list[Suppression]:
    """Read the suppression comments of a document."""
    lines = text.splitlines()
    found: list[Suppression] = []
    open_ranges: list[Suppression] = []
    index = LineIndex(text)
    for match in _COMMENT.finditer(text):
        kind = match.group("md") or match.group("hash")
        names = match.group("mdrules") if match.group("md") else match.group("hashrules")
        rules = frozenset(r.strip() for r in re.split(r"[,\s]+", names or "") if r.strip())
        position = index.position(match.start())
        line, column = position.line, position.column
        end_column = column + len(match.group().rstrip())
        if kind == "disable-next-line":
            target = _next_content_line(lines, line)
            found.append(Suppression(line, column, end_column, target, target, rules))
        elif kind == "disable-line":
            found.append(Suppression(line, column, end_column, line, line, rules))
        elif kind == "disable-file":
            found.append(Suppression(line, column, end_column, 1, len(lines) + 1, rules))
        elif kind == "disable":
            item = Suppression(line, column, end_column, line, len(lines) + 1, rules)
            found.append(item)
            open_ranges.append(item)
        else:
            for item in open_ranges:
                item.last = min(item.last, line)
            open_ranges.clear()
    return found


def _next_content_line(lines: list[str], line: int) -> int:
    for number in range(line + 1, len(lines) + 1):
        if lines[number - 1].strip():
            return number
    return line + 1


def apply_suppressions(findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """Drop suppressed findings and mark the comments that were used."""
    kept = []
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding)]
        for suppression in covering:
            suppression.used = True
        if not covering:
            kept.append(finding)
    return kept


def unused_finding(suppression: Suppression, message: str, severity: str) -> Finding:
    """The info finding for a comment that silenced nothing."""
    span = Span(suppression.line, suppression.column, suppression.line, suppression.end_column)
    return Finding(UNUSED, "none", severity, span, message)  # type: ignore[arg-type]
