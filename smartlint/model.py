"""The values that flow between smartlint's layers.

Everything here is a frozen dataclass: a finding, once made, is never edited,
so formatters and front ends can share it freely.  ``to_dict`` gives the JSON
shape of ``../shared/CONTRACT.md``.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, overload

from smartlint.pathtext import valid_text

# Version 2: one rewrite per goal ("rewrite"), no "suggestion" repeated on every finding.
JSON_VERSION = 2

Severity = Literal["info", "warning", "error"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
CATEGORIES = ("specific", "measurable", "achievable", "relevant", "time-bound", "none")


def severity_rank(severity: str) -> int:
    """Order severities so that a fail level can be compared against them."""
    return SEVERITIES.index(severity)  # type: ignore[arg-type]


class Position(NamedTuple):
    """A 1-based line and column; columns count Unicode code points.

    A named tuple, not a dataclass: two are made for every goal and finding,
    and a tuple is made several times faster.
    """

    line: int
    column: int


_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns character offsets of a decoded document into 1-based positions.

    Lines end at CR LF, LF or a lone CR so that CR-only and
    mixed line endings still give the positions an editor shows.
    """

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in _LINE_END.finditer(text))]

    def position(self, offset: int) -> Position:
        """Return the position of the character at ``offset``."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)


@dataclass(frozen=True, slots=True)
class SourceGoal:
    """One goal as found in a document, before any language processing.

    ``text`` is what the NLP pipeline reads.  It has exactly one character per
    document character from ``start`` on (markup is blanked to spaces, not
    removed), unless ``offsets`` is given: then ``offsets[i]`` is the document
    offset of ``text[i]`` (used for YAML scalars with escapes or folding).
    ``display`` is the goal as a reader sees it, whitespace folded.
    ``context`` carries what the source knows around the goal (heading,
    YAML path, plan period from front matter).
    """

    text: str
    start: int
    end: int
    display: str
    offsets: tuple[int, ...] | None = None
    context: dict[str, Any] = field(default_factory=dict)

    def doc_offset(self, index: int) -> int:
        """Map an index into ``text`` (``len(text)`` allowed) to a document offset."""
        if self.offsets is None:
            return self.start + index
        if index >= len(self.offsets):
            return self.end
        return self.offsets[index]


@dataclass(frozen=True, slots=True)
class SourceError:
    """A problem reading or parsing a file; ``line`` is 1-based or None."""

    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of the contract."""
        return {"message": self.message, "line": self.line}


@dataclass(frozen=True, slots=True)
class SourceNote:
    """Text a reader skipped that may hold goals (an HTML block, a table of no known shape).

    Reported once per file and kind, as information: not a finding, so it
    never changes the exit status.
    """

    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape (a file's ``notes``)."""
        return {"message": self.message, "line": self.line}


@dataclass(frozen=True, slots=True)
class Span:
    """A region of a file: start inclusive, end exclusive (end_column)."""

    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict[str, int]:
        """Return the four position fields of the contract."""
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
        }


@dataclass(frozen=True, slots=True)
class Fix:
    """A replacement of document characters ``[start, end)``.

    A fix is ``safe`` only when applying it needs no input from the author:
    a rewrite that still holds a ``<...>`` placeholder is never safe.
    """

    start: int
    end: int
    replacement: str
    safe: bool


def apply_fixes(text: str, fixes: list[Fix]) -> str:
    """Apply fixes in order of position; one overlapping an earlier one is skipped.

    ``--fix`` applies the skipped ones in a later round; a rewrite's edits
    never overlap.
    """
    pieces, position = [], 0
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if fix.start < position:
            continue
        pieces.append(text[position : fix.start])
        pieces.append(fix.replacement)
        position = fix.end
    pieces.append(text[position:])
    return "".join(pieces)


@dataclass(frozen=True, slots=True)
class Rewrite:
    """A goal's suggested rewrite: the text, the placeholders the author fills in, its kind.

    ``kind`` says what the goal is and so what the rewrite added: ``change``,
    ``level``, ``deliverable``, ``end-state``, ``habit`` or ``rule``.
    """

    text: str
    placeholders: tuple[str, ...]
    kind: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of the contract (version 2)."""
        return {"text": self.text, "placeholders": list(self.placeholders), "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem that one rule found in one goal.

    ``suggestion`` repeats the goal's rewrite for the formats that show one
    per finding (SARIF, GitHub, the language server's quick fix); the JSON
    output gives it once, on the goal.
    """

    rule: str
    category: str
    severity: Severity
    span: Span
    message: str
    suggestion: str | None = None
    fix: Fix | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of the contract."""
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            **self.span.to_dict(),
            "message": self.message,
        }


def finding_order(finding: Finding) -> tuple[int, int, str]:
    """The order a goal's findings are reported in: by position, then rule id."""
    return finding.span.line, finding.span.column, finding.rule


@dataclass(frozen=True, slots=True)
class Goal:
    """A goal with what smartlint understood of it and what it found."""

    span: Span
    text: str
    lang: str
    slots: dict[str, Any]
    findings: tuple[Finding, ...]
    # Where the goal stands in its document's tree (role, YAML path, parent, fields)
    # and what the goal-set rules read of its slots (``goalset.SetFacts``); not
    # part of the JSON.
    node: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    set_facts: Any = field(default=None, compare=False, repr=False)
    rewrite: Rewrite | None = None
    # The headings the goal stands under in its document (Markdown), outermost first, for
    # reports; not in the JSON.
    headings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def smart(self) -> dict[str, bool]:
        """Which SMART letters hold: a letter fails when a finding of its category is reported."""
        failed = {f.category for f in self.findings}
        return {letter: category not in failed for letter, category in SMART_LETTERS.items()}

    def deciding_rules(self) -> dict[str, list[str]]:
        """The rules that failed each letter, in finding order (for reports)."""
        rules: dict[str, list[str]] = {letter: [] for letter in SMART_LETTERS}
        for finding in self.findings:
            for letter, category in SMART_LETTERS.items():
                if finding.category == category and finding.rule not in rules[letter]:
                    rules[letter].append(finding.rule)
        return rules

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of the contract."""
        return {
            **self.span.to_dict(),
            "text": self.text,
            "lang": self.lang,
            "slots": self.slots,
            "smart": self.smart,
            "rewrite": self.rewrite.to_dict() if self.rewrite else None,
            "findings": [f.to_dict() for f in self.findings],
        }


def pack_goal(goal: Goal) -> tuple[Any, ...]:
    """``goal`` as plain tuples, strings and dicts, for :func:`unpack_goal` in another process.

    The findings of a goal share its fix (the rewrite): each fix travels once,
    and a finding names it by its place in the list (-1: none).
    """
    fixes: list[Fix] = []
    for finding in goal.findings:
        if finding.fix is not None and finding.fix not in fixes:
            fixes.append(finding.fix)
    findings = tuple(
        (
            f.rule,
            f.category,
            f.severity,
            *_span_tuple(f.span),
            f.message,
            f.suggestion,
            fixes.index(f.fix) if f.fix is not None else -1,
        )
        for f in goal.findings
    )
    packed_fixes = tuple((fix.start, fix.end, fix.replacement, fix.safe) for fix in fixes)
    rewrite = goal.rewrite
    return (
        *_span_tuple(goal.span),
        goal.text,
        goal.lang,
        goal.slots,
        goal.node,
        goal.set_facts,
        packed_fixes,
        findings,
        None if rewrite is None else (rewrite.text, rewrite.placeholders, rewrite.kind),
        goal.headings,
    )


def unpack_goal(packed: tuple[Any, ...]) -> Goal:
    """The goal :func:`pack_goal` packed."""
    (
        line, column, end_line, end_column, text, lang, slots, node, facts, packed_fixes,
        findings, rewrite, headings,
    ) = packed  # fmt: skip
    fixes = [Fix(*fix) for fix in packed_fixes]
    return Goal(
        Span(line, column, end_line, end_column),
        text,
        lang,
        slots,
        tuple(
            Finding(
                rule,
                category,
                severity,
                Span(a, b, c, d),
                message,
                suggestion,
                fixes[fix] if fix >= 0 else None,
            )
            for rule, category, severity, a, b, c, d, message, suggestion, fix in findings
        ),
        node,
        facts,
        None if rewrite is None else Rewrite(*rewrite),
        headings,
    )


def pack_result(result: FileResult) -> tuple[Any, ...]:
    """``result`` for :func:`unpack_result` in another process (see :func:`pack_goal`)."""
    goals = tuple(pack_goal(goal) for goal in result.goals)
    pending, notes, fixed = result.pending_suppressions, result.notes, result.fixed
    return result.path, goals, result.errors, pending, notes, fixed


def unpack_result(packed: tuple[Any, ...]) -> FileResult:
    """The result :func:`pack_result` packed."""
    path, goals, errors, pending, notes, fixed = packed
    return FileResult(path, tuple(unpack_goal(g) for g in goals), errors, pending, notes, fixed)


def _span_tuple(span: Span) -> tuple[int, int, int, int]:
    return span.line, span.column, span.end_line, span.end_column


# The SMART letters and the rule category that decides each.
SMART_LETTERS = {
    "S": "specific",
    "M": "measurable",
    "A": "achievable",
    "R": "relevant",
    "T": "time-bound",
}


@dataclass(frozen=True, slots=True)
class FileResult:
    """Everything smartlint has to say about one file."""

    path: str
    goals: tuple[Goal, ...] = ()
    errors: tuple[SourceError, ...] = ()
    # Suppression comments that silenced nothing yet but may be meant for a
    # goal-set rule, each with the finding to report if the set rules do not
    # use it either; settled by ``linter.check_set``.  Not part of the JSON.
    pending_suppressions: tuple[Any, ...] = field(default=(), compare=False, repr=False)
    # Text the reader skipped that may hold goals (an HTML block, a table of no known shape).
    notes: tuple[SourceNote, ...] = ()
    # The goals ``--fix`` rewrote in this file, in the order it rewrote them.  Not in the JSON.
    fixed: tuple[FixedGoal, ...] = field(default=(), compare=False, repr=False)

    @property
    def findings(self) -> list[Finding]:
        """All findings of all goals, in document order."""
        return [f for g in self.goals for f in g.findings]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON shape of the contract."""
        return {
            "path": valid_text(self.path),  # an undecodable byte as \\xff, never invalid JSON
            "errors": [e.to_dict() for e in self.errors],
            "notes": [n.to_dict() for n in self.notes],
            "goals": [g.to_dict() for g in self.goals],
        }

    def to_json(self) -> str:
        """The ``--format json`` document of this one file (as ``smartlint check -`` prints it)."""
        return json_text([self])


@dataclass(frozen=True, slots=True)
class FixedGoal:
    """A goal ``--fix`` rewrote: where it started, the rules its rewrite answered, the new text."""

    line: int
    column: int
    rules: tuple[str, ...]
    text: str


class RunResult(Sequence[FileResult]):
    """The results of one run, one per file in the order linted (``smartlint.lint_paths``).

    A sequence of :class:`FileResult`; ``to_json()`` is the ``--format json`` output.
    """

    __slots__ = ("files",)

    def __init__(self, files: Sequence[FileResult]) -> None:
        self.files: tuple[FileResult, ...] = tuple(files)

    @overload
    def __getitem__(self, index: int) -> FileResult: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[FileResult]: ...
    def __getitem__(self, index: int | slice) -> FileResult | Sequence[FileResult]:
        """The result of one file (or a slice of them)."""
        return self.files[index]

    def __len__(self) -> int:
        """The number of files."""
        return len(self.files)

    def __iter__(self) -> Iterator[FileResult]:
        """The files' results in order."""
        return iter(self.files)

    def __repr__(self) -> str:
        """Name the files, not every goal."""
        return f"RunResult({[result.path for result in self.files]!r})"

    @property
    def findings(self) -> list[Finding]:
        """Every finding of every file, in order."""
        return [finding for result in self.files for finding in result.findings]

    @property
    def errors(self) -> list[tuple[str, SourceError]]:
        """Every file that could not be read or parsed, with its error."""
        return [(result.path, error) for result in self.files for error in result.errors]

    def exit_status(self, fail_level: str = "warning", exit_zero: bool = False) -> int:
        """The command line's exit status for these results (0, 1 findings, 2 errors)."""
        if self.errors:
            return 2
        threshold = severity_rank(fail_level)
        failed = any(severity_rank(f.severity) >= threshold for f in self.findings)
        return 1 if failed and not exit_zero else 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of the contract (``--format json``) as Python values."""
        return json_document(self.files)

    def to_json(self) -> str:
        """The ``--format json`` output, byte for byte."""
        return json_text(self.files)


def json_document(results: Sequence[FileResult]) -> dict[str, Any]:
    """The versioned JSON document of the contract for ``results``."""
    return {"version": JSON_VERSION, "files": [r.to_dict() for r in results]}


def json_text(results: Sequence[FileResult]) -> str:
    """:func:`json_document` as the text ``--format json`` prints."""
    return json.dumps(json_document(results), ensure_ascii=False, indent=2) + "\n"
