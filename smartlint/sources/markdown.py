"""Markdown goals: list items, table rows, goal sentences in prose; headings as context.

What counts as a goal:

- Every list item's own first paragraph is a goal (nested lists give their
  own goals); a task-list checkbox (``[ ]``/``[x]``) is not part of it, nor is
  a status note ("=> 40 %", "(klart)", see ``status``).  An item that is only
  a link or a placeholder ("TBD") is none.
- A table's rows, when a column holds goals (see ``mdtables``).
- In a paragraph, each sentence that states a goal (see ``prose``); the prose
  around it is not one.
- A heading "Objective: ..." / "Övergripande mål: ..." is an objective.
- Nothing under a heading that heads other text (``Initiatives``,
  ``Bakgrund``, ...), and in a document with key-result headings nothing
  outside them but its objectives (see ``sections``).  A bold label standing
  alone ("**Not Included**") heads text like a heading.

Every goal inherits the period of the nearest dated heading above it (or of
a lead-in sentence ending in ``:`` right above its list, or of the front
matter) as ``context["inherited"]``.  The chain of headings above a goal,
outermost first, is its ``context["headings"]``.  Code, HTML blocks and YAML
front matter give no goals; a skipped HTML block or table that may hold
goals is noted once per file.

A goal's ``text`` is the source slice from ``start`` to ``end`` with markup
blanked (see ``mdinline``), so ``offsets`` stays None; ``display`` is the
visible text, whitespace folded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from smartlint.inherit import Inherited, InheritedText, InheritedTime, sentence_deadline, time_in
from smartlint.model import SourceGoal, SourceNote
from smartlint.sources import doclex
from smartlint.sources.errors import MAX_GOALS, SourceParseError, too_many_goals
from smartlint.sources.frontmatter import plain_period, read_front_matter
from smartlint.sources.lines import Line, fold, split_lines
from smartlint.sources.mdbudget import MAX_TOKENS, TooManyTokens, bounded_parser, parse_bounded
from smartlint.sources.mdinline import mask_inline, visible_text
from smartlint.sources.paragraphs import reads_as_goal
from smartlint.sources.prose import sentence_spans, states_goal
from smartlint.sources.sections import Section, Where, heading_kind, objective_start, section_of
from smartlint.sources.spec import Goals, MarkdownSpec
from smartlint.sources.status import split_status

_CHECKBOX = re.compile(r"\[[ xX]\](?=\s|$)")
_CONTAINER_PREFIX = re.compile(r"^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=\s|$))*")
_PARSER = bounded_parser(MarkdownIt("commonmark").enable("table"))
_LABEL_WORDS = 6  # a line this short, without a stop, may be a label heading the text below


@dataclass
class _Walk:
    """What the token walk knows at a point: headings above, open containers."""

    text: str
    lines: list[Line]
    context: dict[str, Any]
    spec: MarkdownSpec
    okr: bool = False
    front: Inherited | None = None
    headings: list[Section] = field(default_factory=list)
    label: Section | None = None  # a bold label or short line standing for a heading
    # [type, blocks seen, goal start, lead-in time]
    containers: list[list[Any]] = field(default_factory=list)
    lead_in: InheritedTime | None = None
    goals: Goals = field(default_factory=Goals)
    env: dict[str, Any] = field(default_factory=dict)  # markdown-it's, with link references
    _where: Where | None = None  # made again when a heading or label changes
    last_inherited: tuple[object, Inherited] = (None, Inherited())

    @property
    def where(self) -> Where:
        """The sections above the current point."""
        if self._where is None:
            sections = (*self.headings, self.label) if self.label else tuple(self.headings)
            self._where = Where(sections, self.okr, self.spec.sections)
        return self._where

    def enter(self, section: Section, label: bool = False) -> None:
        """A heading (or a label standing for one) opens ``section``."""
        if label:
            self.label = section
        else:
            while self.headings and self.headings[-1].level >= section.level:
                self.headings.pop()
            self.label = None
            self.headings.append(section)
        self._where = None

    def note(self, line: int, message: str) -> None:
        """Say once per kind that text was skipped."""
        if all(n.message != message for n in self.goals.notes):
            self.goals.notes.append(SourceNote(message, line + 1))


def goals_from_markdown(text: str, spec: MarkdownSpec | None = None) -> Goals:
    """Return the goals of a Markdown document, in document order."""
    lines = split_lines(text)
    front = read_front_matter(text, lines)
    skipped = front.line_count if front else 0
    source = "\n".join(
        "" if k < skipped else text[line.start : line.end] for k, line in enumerate(lines)
    )
    context: dict[str, Any] = {}
    walk = _Walk(text, lines, context, spec or MarkdownSpec())
    if front is not None:
        context["front_matter"] = front.data
        period = plain_period(front.data.get("period"))
        if period is not None:
            context["period"] = period
        walk.front = front_matter_context(front.data)
    try:
        tokens = parse_bounded(_PARSER, source, walk.env)
    except TooManyTokens:
        raise SourceParseError(
            f"too much Markdown structure to read (over {MAX_TOKENS:,} parser tokens); not linted"
        ) from None
    walk.okr = doclex.has_phrase("key_result_sections", source) and _has_key_results(tokens)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "table_open":
            close = next(k for k in range(index, len(tokens)) if tokens[k].type == "table_close")
            _table(walk, tokens[index : close + 1])
            index = close + 1
            continue
        _visit(walk, token, tokens[index + 1] if index + 1 < len(tokens) else None)
        index += 1
        if len(walk.goals) > MAX_GOALS:
            raise too_many_goals()
    walk.goals.sort(key=lambda g: g.start)
    return walk.goals


def front_matter_context(data: dict[str, Any]) -> Inherited:
    """What front matter gives every goal: a period or deadline, an owner."""
    deadline = None
    for key, value in data.items():
        name = str(key).lower()
        if deadline is None and (
            name in doclex.words("yaml_deadline_keys") or name in doclex.words("yaml_period_keys")
        ):
            found = plain_period(value)
            if isinstance(found, dict):
                found = found.get("end")
            deadline = time_in(str(found), "front-matter") if found is not None else None
    owner = next(
        (
            InheritedText(str(v), "front-matter")
            for k, v in data.items()
            if str(k).lower() in doclex.words("yaml_owner_keys") and isinstance(v, str | int)
        ),
        None,
    )
    return Inherited(deadline=deadline, owner=owner)


def _has_key_results(tokens: Sequence[Token]) -> bool:
    """Whether a heading (or a bold label) of the document heads key results."""
    return any(
        tokens[k].type in ("heading_open", "paragraph_open")
        and k + 1 < len(tokens)
        and (tokens[k].type == "heading_open" or _is_bold_label(tokens[k + 1]))
        and heading_kind(tokens[k + 1].content) == "key-results"
        for k in range(len(tokens))
    )


def _is_bold_label(inline: Token) -> bool:
    """A paragraph that is only bold words without a stop: "**Not Included**"."""
    children = [
        c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())
    ]
    return (
        len(children) == 3
        and children[0].type == "strong_open"
        and children[1].type == "text"
        and children[2].type == "strong_close"
        and not children[1].content.rstrip().endswith((".", "!", "?"))
    )


def _visit(walk: _Walk, token: Token, following: Token | None) -> None:
    """Update the walk for one block token; a paragraph may add goals."""
    if token.nesting == -1:
        walk.containers.pop()
        return
    if token.type == "inline":
        return  # read with the block that opens it
    first_in_item = bool(walk.containers) and walk.containers[-1][:2] == ["list_item_open", 0]
    if walk.containers:
        walk.containers[-1][1] += 1
    lead_in, walk.lead_in = walk.lead_in, None
    if token.type == "heading_open" and following is not None:
        _heading(walk, token, following)
    elif token.type == "paragraph_open" and following is not None and token.map:
        if first_in_item:
            _item(walk, following, token.map)
        else:
            _paragraph(walk, following, token.map)
    elif (
        token.type == "html_block"
        and token.map
        and reads_as_goal(re.sub(r"<[^>]*>", " ", token.content))
    ):
        walk.note(token.map[0], "an HTML block that may hold goals was skipped")
    if token.nesting == 1:
        walk.containers.append([token.type, 0, None, lead_in if "list" in token.type else None])


def _heading(walk: _Walk, token: Token, inline: Token) -> None:
    level = int(token.tag[1:])
    title = fold(visible_text(inline.children or []))
    outer = [s for s in walk.headings if s.level < level]
    walk.enter(section_of(level, title, outer))
    if token.map and objective_start(inline.content) is not None:
        masked, base, _ = _masked(walk, inline, token.map)
        start = objective_start(masked)
        if start is not None:
            shown = objective_start(title)
            blanked = " " * start + masked[start:]
            goal = _make_goal(walk, blanked, base, title[shown or 0 :].strip(), None)
            if goal is not None:
                goal.context["role"] = "objective"
                walk.goals.append(goal)


def _item(walk: _Walk, inline: Token, line_map: list[int]) -> None:
    """The goal of a list item's first paragraph, unless the section or its words say no."""
    if walk.where.skipped:
        return
    masked, base, display = _masked(walk, inline, line_map)
    children = [c for c in inline.children or [] if c.type != "softbreak"]
    if children and children[0].type == "link_open" and children[-1].type == "link_close":
        return  # a link to the goals, not a goal
    lead = len(masked) - len(masked.lstrip())
    checked = None
    box = _CHECKBOX.match(masked, lead)
    if box is not None:
        checked = box.group() != "[ ]"
        masked = masked[:lead] + " " * (box.end() - lead) + masked[box.end() :]
        shown = _CHECKBOX.match(display)
        display = display[shown.end() :].strip() if shown else display
    if display.lower().strip(" .") in doclex.words("placeholders"):
        return
    goal = _make_goal(walk, masked, base, display, checked)
    if goal is None:
        return
    parent = _enclosing_item_goal(walk)
    if parent is not None:
        goal.context["parent_start"] = parent  # a nested list: a sub-goal
    walk.containers[-1][2] = goal.start
    walk.goals.append(goal)


def _paragraph(walk: _Walk, inline: Token, line_map: list[int]) -> None:
    """The goal sentences of a paragraph; a label standing alone heads what follows."""
    masked, base, display = _masked(walk, inline, line_map)
    if _is_label(inline, display):
        kind = heading_kind(display)
        if kind != "plain" or _is_bold_label(inline):
            level = walk.headings[-1].level + 1 if walk.headings else 1
            walk.enter(Section(level, display, kind, time_in(display, "heading")), label=True)
            return
    if display.endswith(":"):
        walk.lead_in = time_in(display, "lead-in")
    where = walk.where
    if where.skipped:
        return
    lines = [
        (a - base, b - base) for a, b in _segments(walk.text, walk.lines, inline.content, line_map)
    ]
    spans = sentence_spans(masked, lines)
    source = walk.text[base : base + len(masked)]
    first: SourceGoal | None = None
    carried: InheritedTime | None = None
    for start, end in spans:
        sentence = masked[start:end]
        shown = display if len(spans) == 1 else _shown(sentence, source[start:end])
        if states_goal(shown, alone=len(spans) == 1, under_goals=where.heads_goals):
            goal = _make_goal(walk, sentence, base + start, shown, None)
            if goal is None:
                continue
            if first is None:
                first, carried = goal, sentence_deadline(shown)
            elif carried is not None:
                # "… by the end of May 2028. Among the younger pupils the share will
                # rise from 30% to 50%.": a sentence that goes on with the paragraph's first
                # goal keeps its deadline (docs-dev README)
                outer = goal.context.get("inherited")
                goal.context["inherited"] = Inherited(deadline=carried).over(outer)
            walk.goals.append(goal)


def _shown(masked: str, source: str) -> str:
    """What a reader sees of a stretch of a paragraph: blanked markup dropped, spaces folded."""
    kept = (m for m, s in zip(masked, source, strict=True) if m != " " or s.isspace())
    return fold("".join(kept))


def _is_label(inline: Token, display: str) -> bool:
    return (
        "\n" not in inline.content
        and len(display.split()) <= _LABEL_WORDS
        and not display.endswith((".", "!", "?"))
    )


def _masked(walk: _Walk, inline: Token, line_map: list[int]) -> tuple[str, int, str]:
    """A block's source with markup blanked, where it starts, and its visible text."""
    segments = _segments(walk.text, walk.lines, inline.content, line_map)
    base, limit = segments[0][0], segments[-1][1]
    structural = [False] * (limit - base)
    for (_, end), (start, _) in zip(segments, segments[1:], strict=False):
        structural[end - base : start - base] = [True] * (start - end)
    children = inline.children or []
    masked = mask_inline(walk.text[base:limit], structural, children, _PARSER, walk.env)
    return masked, base, fold(visible_text(children))


def _enclosing_item_goal(walk: _Walk) -> int | None:
    """The start of the goal that opens the list item around the current one, if any."""
    for kind, _, start, _ in reversed(walk.containers[:-1]):
        if kind == "list_item_open" and start is not None:
            return int(start)
    return None


def _list_lead_in(walk: _Walk) -> InheritedTime | None:
    """The period of the lead-in sentence right above the innermost list, if any."""
    for kind, _, _, lead_in in reversed(walk.containers):
        if "list" in kind and kind != "list_item_open":
            return lead_in  # type: ignore[no-any-return]
    return None


def inherited_here(walk: _Walk, status: str | None = None) -> Inherited:
    """The context a goal at the current point inherits, nearest first."""
    deadline = _list_lead_in(walk) or walk.where.time
    key = (deadline, status)
    if walk.last_inherited[0] != key:  # goals in a row mostly inherit the same
        walk.last_inherited = (key, Inherited(deadline=deadline, status=status).over(walk.front))
    return walk.last_inherited[1]


def _make_goal(
    walk: _Walk, masked: str, base: int, display: str, checked: bool | None
) -> SourceGoal | None:
    """Trim the blanked slice to its visible characters and build the goal."""
    masked, status = split_status(masked)
    stripped = masked.strip()
    if not stripped or not display:
        return None
    if status is not None:
        display = fold(stripped)
    start = base + len(masked) - len(masked.lstrip())
    context: dict[str, Any] = dict(walk.context)
    context["headings"] = [s.title for s in walk.headings]
    inherited = inherited_here(walk, status)
    if inherited:
        context["inherited"] = inherited
    if checked is not None:
        context["checked"] = checked
    return SourceGoal(
        text=stripped, start=start, end=start + len(stripped), display=display, context=context
    )


def _table(walk: _Walk, tokens: list[Token]) -> None:
    """Goals of a table whose columns say where its goals are (see ``mdtables``)."""
    from smartlint.sources.mdtables import table_goals

    if walk.where.skipped:
        return
    found = table_goals(walk.text, walk.lines, tokens, walk.where, _PARSER, walk.env, walk.spec)
    if found is None:
        line = tokens[0].map[0] if tokens[0].map else 0
        if reads_as_goal(" ".join(t.content for t in tokens if t.type == "inline")):
            walk.note(line, "a table without a goal column was skipped")
        return
    for goal in found:
        goal.context["headings"] = [s.title for s in walk.headings]
        goal.context["inherited"] = goal.context.get("inherited", Inherited()).over(
            inherited_here(walk)
        )
        walk.goals.append(goal)


def _segments(
    text: str, lines: Sequence[Line], content: str, line_map: list[int]
) -> list[tuple[int, int]]:
    """Return the document range of each paragraph line's own content.

    markdown-it gives a paragraph's lines without their container prefixes
    (``> ``, list indentation) but not where they start; each content line
    is a suffix of its source line, so its start is found from the end.
    """
    parts = content.split("\n")
    first_line = line_map[0] + _stripped_lines(text, lines, line_map, len(parts))
    segments: list[tuple[int, int]] = []
    for k, part in enumerate(parts):
        line = lines[min(first_line + k, len(lines) - 1)]
        raw = text[line.start : line.end].replace("\0", "\ufffd")
        trimmed, wanted = raw.rstrip(), part.strip()
        if trimmed.endswith(wanted):
            offset = len(trimmed) - len(wanted)
        else:
            found = trimmed.rfind(wanted)
            offset = found if found >= 0 else len(raw) - len(raw.lstrip())
        end = max(len(raw.rstrip(" \t")), offset)  # markdown-it trims only spaces and tabs
        segments.append((line.start + offset, line.start + end))
    return segments


def _stripped_lines(text: str, lines: Sequence[Line], line_map: list[int], parts: int) -> int:
    """Return how many leading lines markdown-it stripped from a paragraph's content.

    It strips the content with Python's ``str.strip``, which also removes
    lines holding only a no-break space or similar, which CommonMark does not
    count as blank; those lines are missing from the content.
    """
    missing = line_map[1] - line_map[0] - parts
    leading = 0
    while leading < missing:
        line = lines[line_map[0] + leading]
        if _CONTAINER_PREFIX.sub("", text[line.start : line.end]).strip():
            break
        leading += 1
    return leading
