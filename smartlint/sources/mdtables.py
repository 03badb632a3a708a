"""Goals in Markdown tables: one goal a row, the row's other cells its context.

A table holds goals when its header says so or its shape does:

- a column whose header names goals (``Mål``, ``Goal``, ``Objective``, ``Key
  result``, ``Indikator``, ...) is the goal column; of two, the one with the
  longer text (``Indikator`` beside ``Mål`` "Minst 90 %": the ``Mål`` column
  holds the targets);
- without one, a table with a column named for context (``Target``,
  ``Deadline``, ``Relevant FY``, ``Owner``, ``Status``, ``Progress %``), or
  under a heading that heads goals with a column of amounts, takes its
  column of longest text as the goal column.

The other cells of a row are the goal's context: a target column its target
(an amount of the goal itself, so it sizes the goal's change), a deadline or
fiscal-year column its time bound (so does a period in the target column's
header: "Mål 2027"), an owner column its owner; status,
progress, score and year-of-outcome columns (``2017``) its status, never a
target.  A row is no goal when its goal cell is empty, a placeholder
("TBD"), a category ("ADMIN") or an italic note with no other cell filled.

The column names are lists of ``rules/lexicon/document.*.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from smartlint.inherit import Inherited, InheritedText, InheritedTime, time_in
from smartlint.model import SourceGoal
from smartlint.periods import split_fiscal_years
from smartlint.sources import doclex
from smartlint.sources.lines import Line, fold
from smartlint.sources.mdinline import mask_inline, visible_text
from smartlint.sources.paragraphs import reads_as_goal
from smartlint.sources.sections import Where
from smartlint.sources.spec import MarkdownSpec
from smartlint.sources.status import split_status

_YEAR = re.compile(r"(?:19|20)\d\d")
_AMOUNT = re.compile(r"\d")
_NUMBERING = re.compile(r"^\s*\d+[.)]?\s+")
_FISCAL = re.compile(r"\b(?:fy|fiscal|räkenskapsår)", re.IGNORECASE)


@dataclass
class _Cell:
    start: int  # document offset of the cell's content
    end: int
    inline: Token

    @property
    def shown(self) -> str:
        return fold(visible_text(self.inline.children or []))


@dataclass
class _Row:
    cells: list[_Cell]


def table_goals(
    text: str,
    lines: Sequence[Line],
    tokens: list[Token],
    where: Where,
    parser: MarkdownIt,
    env: dict[str, Any],
    spec: MarkdownSpec,
) -> list[SourceGoal] | None:
    """The goals of one table (``table_open`` .. ``table_close``), or None for no goal table."""
    header, rows = _rows(text, lines, tokens)
    if header is None or not rows:
        return None
    roles = _roles([c.shown for c in header.cells], rows, where, spec)
    if roles is None:
        return None
    goal_column = roles.index("goal")
    headers = [c.shown for c in header.cells]
    named = _role_of(headers[goal_column], spec) == "goal"  # not inferred from the text
    # A table of work items: rows with an owner or a status ("Owner", "Mid-Q Actual").
    work = any(r in ("owner", "status") for r in roles)
    goals = []
    for row in rows:
        if goal_column >= len(row.cells):
            continue
        cell = row.cells[goal_column]
        others = [c for k, c in enumerate(row.cells) if k != goal_column and c.shown]
        if not _is_goal_cell(cell, bool(others) or named):
            continue
        masked = mask_inline(text[cell.start : cell.end], [False] * (cell.end - cell.start),
                             cell.inline.children or [], parser, env)  # fmt: skip
        masked, status = split_status(masked)
        number = _NUMBERING.match(masked)  # a row's own number ("1 Grow ...") is no amount
        if number is not None:
            masked = " " * number.end() + masked[number.end() :]
        stripped = masked.strip()
        if not stripped:
            continue
        start = cell.start + len(masked) - len(masked.lstrip())
        inherited = _row_context(row, roles, headers, goal_column, where, status)
        goals.append(
            SourceGoal(
                text=stripped,
                start=start,
                end=start + len(stripped),
                display=fold(stripped) if status or number else cell.shown,
                context={"inherited": inherited, "table_row": True, "work_table": work},
            )
        )
    return goals


def _rows(text: str, lines: Sequence[Line], tokens: list[Token]) -> tuple[_Row | None, list[_Row]]:
    """The header row and the body rows, each cell with its place in the document."""
    header, rows = None, []
    current: list[Token] = []
    line = -1
    for token in tokens:
        if token.type == "tr_open":
            current, line = [], token.map[0] if token.map else -1
        elif token.type == "inline":
            current.append(token)
        elif token.type == "tr_close" and line >= 0:
            row = _Row(_cells(text, lines[line], current))
            if header is None:
                header = row
            else:
                rows.append(row)
    return header, rows


def _cells(text: str, line: Line, inlines: list[Token]) -> list[_Cell]:
    """Pair a row's inline tokens with the content ranges of its cells in the source line."""
    raw = text[line.start : line.end]
    bounds, escaped = [], False
    for index, char in enumerate(raw):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":  # as GFM: a pipe splits cells unless escaped, also inside code
            bounds.append(index)
    opened = bool(bounds) and not raw[: bounds[0]].strip()
    closed = bool(bounds) and not raw[bounds[-1] + 1 :].strip()
    edges = ([] if opened else [-1]) + bounds + ([] if closed else [len(raw)])
    cells = []
    for (a, b), inline in zip(zip(edges, edges[1:], strict=False), inlines, strict=False):
        piece = raw[a + 1 : b]
        lead = len(piece) - len(piece.lstrip())
        start = line.start + a + 1 + lead
        cells.append(_Cell(start, start + len(piece.strip()), inline))
    return cells


def _role_of(name: str, spec: MarkdownSpec) -> str:
    """A column's role from its header."""
    name = name.replace("*", " ").strip()
    if not name:
        return "unnamed"
    if _YEAR.fullmatch(name):
        return "status"  # an outcome year: "2017 | 2016 | 2015"
    if doclex.has_phrase("goal_columns", name) or name.lower() in (c.lower() for c in spec.columns):
        return "goal"
    for role in ("target", "deadline", "owner", "status"):
        if doclex.has_phrase(f"{role}_columns", name):
            return role
    return "other"


def _roles(
    headers: list[str], rows: list[_Row], where: Where, spec: MarkdownSpec
) -> list[str] | None:
    """Each column's role, with exactly one ``goal``; None when the table holds no goals."""
    roles = [_role_of(h, spec) for h in headers]
    lengths = [_mean_length(rows, k) for k in range(len(headers))]
    amounts = [_amounts(rows, k) for k in range(len(headers))]
    named_goals = [k for k, r in enumerate(roles) if r == "goal"]
    for k in named_goals:
        if amounts[k] and len(named_goals) > 1:
            roles[k] = "target"  # "Mål: Minst 90 %" beside "Indikator"
    for k, role in enumerate(roles):
        if role == "unnamed" and amounts[k] and "target" not in roles:
            roles[k] = "target"
    goals = [k for k, r in enumerate(roles) if r == "goal"]
    if not goals:
        context = any(r in ("target", "deadline", "owner", "status") for r in roles)
        if not (context or (where.heads_goals and "target" in roles)):
            return None
        free = [k for k, r in enumerate(roles) if r in ("other", "unnamed") and not amounts[k]]
        if not free:
            return None
        goals = [max(free, key=lambda k: lengths[k])]
    keep = max(goals, key=lambda k: lengths[k])
    return ["goal" if k == keep else ("other" if r == "goal" else r) for k, r in enumerate(roles)]


def _mean_length(rows: list[_Row], column: int) -> float:
    texts = [r.cells[column].shown for r in rows if column < len(r.cells) and r.cells[column].shown]
    return sum(map(len, texts)) / len(texts) if texts else 0.0


def _amounts(rows: list[_Row], column: int) -> bool:
    """Whether a column's filled cells are mostly short amounts ("≥10 %", "Minst 90 %", "8")."""
    texts = [r.cells[column].shown for r in rows if column < len(r.cells) and r.cells[column].shown]
    short = [t for t in texts if _AMOUNT.search(t) and len(t.split()) <= 5]
    return bool(texts) and len(short) * 2 > len(texts)


def _is_goal_cell(cell: _Cell, sure: bool) -> bool:
    """Whether a row's goal cell holds a goal, not a placeholder, category or note.

    ``sure``: the column is named for goals, or the row fills other cells too;
    otherwise the cell must read as a goal or be bold (an objective row).
    """
    shown = cell.shown
    bare = _NUMBERING.sub("", shown).strip(" .")
    if not any(c.isalnum() for c in bare) or bare.lower() in doclex.words("placeholders"):
        return False
    children = [c.type for c in cell.inline.children or [] if c.type != "text" or c.content.strip()]
    if children[:1] == ["em_open"] and children[-1:] == ["em_close"]:
        return False  # an italic note across the row: "*These will probably slip:*"
    if bare.isupper():
        return False  # a category row: "ADMIN"
    if sure:
        return True
    return children[:1] == ["strong_open"] or reads_as_goal(shown)


def _row_context(
    row: _Row, roles: list[str], headers: list[str], goal: int, where: Where, status: str | None
) -> Inherited:
    """What a row's other cells say of its goal."""
    deadline: InheritedTime | None = None
    owner = target = None
    notes = [status] if status else []
    year = where.time.end.year if where.time and where.time.end else None
    for k, cell in enumerate(row.cells):
        value = cell.shown
        if k == goal or not value or k >= len(roles):
            continue
        role = roles[k]
        if role == "deadline" and deadline is None:
            if _FISCAL.search(headers[k]):
                found = split_fiscal_years(value)
                deadline = InheritedTime.of(found, "table") if found else None
            else:
                deadline = time_in(value, "table", year)
        elif role == "owner" and owner is None:
            owner = InheritedText(value, "table")
        elif role == "target" and target is None:
            target = InheritedText(value, "table", sizes=True)
            if deadline is None:  # "Mål 2027", "Target FY27": the target's own time bound
                deadline = time_in(headers[k], "table", year)
        elif role == "status":
            notes.append(f"{headers[k]}: {value}" if headers[k] else value)
    return Inherited(deadline, owner, target, "; ".join(notes) if notes else None)
