"""``smartlint goals``: what smartlint takes as goals, and what each inherits from where.

When a finding surprises ("why no missing-deadline here?", "why is this
sentence a goal?") the answer is in how the document was read.  This lists
every goal with its role and the context it inherits — deadline and period,
owner, target, status, each with its source — without parsing a word, so it
answers at once.  ``check --show-goals`` prints the same before the findings.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smartlint.contextual import config_context, inherited_by
from smartlint.exclusion import Exclusion
from smartlint.inherit import Inherited
from smartlint.linter import MAX_FILE_BYTES, Options, config_for
from smartlint.model import LineIndex, SourceError, SourceNote
from smartlint.sources import discover, read_document
from smartlint.sources.errors import SourceProblem

_ROLES = {"objective": "objective", "key_result": "key result"}


@dataclass(frozen=True)
class ListedGoal:
    """One goal as read: where it is, its words, its role, what it inherits."""

    line: int
    column: int
    text: str
    role: str
    inherited: Inherited

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``smartlint goals --format json``."""
        return {
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "role": self.role,
            "inherited": self.inherited.to_dict(),
        }


@dataclass(frozen=True)
class ListedFile:
    """One file's goals, the text it skipped and why it could not be read."""

    path: str
    goals: tuple[ListedGoal, ...] = ()
    notes: tuple[SourceNote, ...] = ()
    errors: tuple[SourceError, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``smartlint goals --format json``."""
        return {
            "path": self.path,
            "errors": [e.to_dict() for e in self.errors],
            "notes": [n.to_dict() for n in self.notes],
            "goals": [g.to_dict() for g in self.goals],
        }


def list_goals(paths: Sequence[Path], options: Options) -> list[ListedFile]:
    """Read every file under ``paths`` as ``check`` would, and list its goals."""
    files = []
    config_for(Path.cwd(), options)  # an invalid config is an error before any file is read
    for path, problem in discover(paths, Exclusion(options.config_path)):
        if problem is not None:
            files.append(ListedFile(str(path), errors=(problem.to_error(),)))
        else:
            files.append(list_file(path, options))
    return files


def list_file(path: Path, options: Options) -> ListedFile:
    """The goals of one file."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return ListedFile(name, errors=(SourceError("file is over the size limit"),))
        data = path.read_bytes()
    except OSError as exc:
        return ListedFile(name, errors=(SourceError(f"cannot read file: {exc.strerror}"),))
    config = config_for(path, options)
    try:
        text, goals = read_document(name, data, config.goals)
    except SourceProblem as problem:
        return ListedFile(name, errors=(problem.to_error(),))
    index = LineIndex(text)
    around = config_context(goals, config)
    listed = []
    for goal in goals:
        where = index.position(goal.start)
        role = _ROLES.get(str(goal.context.get("role")), "goal")
        inherited = inherited_by(goal, around, config.fiscal_year_start)
        listed.append(ListedGoal(where.line, where.column, goal.display, role, inherited))
    return ListedFile(name, tuple(listed), tuple(getattr(goals, "notes", ())))


def iter_goals_text(files: Sequence[ListedFile]) -> Iterator[str]:
    """``path:line:col: goal: text`` and an indented line for each part of its context."""
    for listed in files:
        for goal in listed.goals:
            yield f"{listed.path}:{goal.line}:{goal.column}: {goal.role}: {goal.text}\n"
            yield from (f"    {part}\n" for part in describe(goal.inherited))
        for note in listed.notes:
            yield f"{listed.path}:{note.line}: note: {note.message}\n"
        for error in listed.errors:
            where = f"{listed.path}:{error.line}" if error.line else listed.path
            yield f"{where}: error: {error.message}\n"
    goals = sum(len(f.goals) for f in files)
    notes = sum(len(f.notes) for f in files)
    inheriting = sum(1 for f in files for g in f.goals if g.inherited)
    yield (
        f"{goals} goal{'s' * (goals != 1)} in {len(files)} file{'s' * (len(files) != 1)}, "
        f"{inheriting} inheriting context, {notes} text{'s' * (notes != 1)} skipped\n"
    )


def describe(inherited: Inherited) -> list[str]:
    """Each part of what a goal inherits, as a line: "deadline: 2025 Q3 (heading) ..."."""
    parts = []
    time = inherited.deadline
    if time is not None:
        dates = f", {time.start} to {time.end}" if time.start and time.end else ", no year"
        parts.append(f"deadline: {time.text}{dates} (from {time.source})")
    if inherited.owner is not None:
        parts.append(f"owner: {inherited.owner.text} (from {inherited.owner.source})")
    if inherited.target is not None:
        parts.append(f"target: {inherited.target.text} (from {inherited.target.source})")
    if inherited.status is not None:
        parts.append(f"status: {inherited.status}")
    return parts


def format_goals_json(files: Sequence[ListedFile]) -> str:
    """The listing as JSON: files with their goals and what each inherits."""
    document = {"files": [f.to_dict() for f in files]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
