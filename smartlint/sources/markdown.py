"""Markdown goals: list items and short paragraphs, with their headings as context.

What counts as a goal:

- Every list item's own first paragraph is a goal (nested lists give their
  own goals); a task-list checkbox (``[ ]``/``[x]``) is not part of it.
- Any other paragraph is a goal only if it looks like one, because prose
  that merely talks about goals must not drown the report: at most 2
  sentences, at most 300 characters, not ending with ``:`` (a sentence
  that introduces a list is not a goal, the items are), and reading as a
  goal: a change word or goal modal, a goal's opening word, or an amount
  (see ``paragraphs``).
- Headings are never goals: the chain of headings above a goal, outermost
  first, is its ``context["headings"]``.
- Code blocks and fences, HTML blocks, tables and YAML front matter give no
  goals.  Front matter is parsed and given to every goal as
  ``context["front_matter"]`` (and its ``period`` as ``context["period"]``).

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

from smartlint.model import SourceGoal
from smartlint.sources.errors import MAX_GOALS, SourceParseError, too_many_goals
from smartlint.sources.frontmatter import plain_period, read_front_matter
from smartlint.sources.lines import Line, fold, split_lines
from smartlint.sources.mdbudget import MAX_TOKENS, TooManyTokens, bounded_parser, parse_bounded
from smartlint.sources.mdinline import mask_inline, visible_text
from smartlint.sources.paragraphs import reads_as_goal
from smartlint.sources.sentences import count_sentences

MAX_PARAGRAPH_SENTENCES = 2
MAX_PARAGRAPH_CHARS = 300
_CHECKBOX = re.compile(r"\[[ xX]\](?=\s|$)")
_CONTAINER_PREFIX = re.compile(r"^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=\s|$))*")
_PARSER = bounded_parser(MarkdownIt("commonmark").enable("table"))


@dataclass
class _Walk:
    """What the token walk knows at a point: headings above, open containers."""

    text: str
    lines: list[Line]
    context: dict[str, Any]
    headings: list[tuple[int, str]] = field(default_factory=list)
    containers: list[list[Any]] = field(default_factory=list)  # [type, blocks seen, goal start]
    goals: list[SourceGoal] = field(default_factory=list)
    env: dict[str, Any] = field(default_factory=dict)  # markdown-it's, with link references


def goals_from_markdown(text: str) -> list[SourceGoal]:
    """Return the goals of a Markdown document, in document order."""
    lines = split_lines(text)
    front = read_front_matter(text, lines)
    skipped = front.line_count if front else 0
    source = "\n".join(
        "" if k < skipped else text[line.start : line.end] for k, line in enumerate(lines)
    )
    context: dict[str, Any] = {}
    if front is not None:
        context["front_matter"] = front.data
        period = plain_period(front.data.get("period"))
        if period is not None:
            context["period"] = period
    walk = _Walk(text, lines, context)
    try:
        tokens = parse_bounded(_PARSER, source, walk.env)
    except TooManyTokens:
        raise SourceParseError(
            f"too much Markdown structure to read (over {MAX_TOKENS:,} parser tokens); not linted"
        ) from None
    for index, token in enumerate(tokens):
        _visit(walk, token, tokens[index + 1] if index + 1 < len(tokens) else None)
        if len(walk.goals) > MAX_GOALS:
            raise too_many_goals()
    return walk.goals


def _visit(walk: _Walk, token: Token, following: Token | None) -> None:
    """Update the walk for one block token; a paragraph may add a goal."""
    if token.nesting == -1:
        walk.containers.pop()
        return
    first_in_item = bool(walk.containers) and walk.containers[-1][:2] == ["list_item_open", 0]
    if walk.containers:
        walk.containers[-1][1] += 1
    if token.type == "heading_open" and following is not None:
        level = int(token.tag[1:])
        while walk.headings and walk.headings[-1][0] >= level:
            walk.headings.pop()
        walk.headings.append((level, fold(visible_text(following.children or []))))
    elif token.type == "paragraph_open" and following is not None and token.map:
        goal = _paragraph_goal(walk, following, token.map, first_in_item)
        if goal is not None:
            if first_in_item:
                parent = _enclosing_item_goal(walk)
                if parent is not None:
                    goal.context["parent_start"] = parent  # a nested list: a sub-goal
                walk.containers[-1][2] = goal.start
            walk.goals.append(goal)
    if token.nesting == 1:
        walk.containers.append([token.type, 0, None])


def _enclosing_item_goal(walk: _Walk) -> int | None:
    """The start of the goal that opens the list item around the current one, if any."""
    for kind, _, start in reversed(walk.containers[:-1]):
        if kind == "list_item_open" and start is not None:
            return int(start)
    return None


def _paragraph_goal(
    walk: _Walk, inline: Token, line_map: list[int], item: bool
) -> SourceGoal | None:
    """Return the goal of one paragraph, or None when it is empty or mere prose."""
    text = walk.text
    segments = _segments(text, walk.lines, inline.content, line_map)
    base, limit = segments[0][0], segments[-1][1]
    structural = [False] * (limit - base)
    for (_, end), (start, _) in zip(segments, segments[1:], strict=False):
        structural[end - base : start - base] = [True] * (start - end)
    children = inline.children or []
    masked = mask_inline(text[base:limit], structural, children, _PARSER, walk.env)
    display = fold(visible_text(children))
    checked = None
    if item:
        lead = len(masked) - len(masked.lstrip())
        box = _CHECKBOX.match(masked, lead)
        if box is not None:
            checked = box.group() != "[ ]"
            masked = masked[:lead] + " " * (box.end() - lead) + masked[box.end() :]
            shown = _CHECKBOX.match(display)
            display = display[shown.end() :].strip() if shown else display
    elif not _looks_like_goal(display):
        return None
    return _make_goal(walk, masked, base, display, checked)


def _looks_like_goal(display: str) -> bool:
    """Tell a goal-sized paragraph from prose about goals (see the module docstring)."""
    return (
        len(display) <= MAX_PARAGRAPH_CHARS
        and not display.endswith(":")
        and count_sentences(display) <= MAX_PARAGRAPH_SENTENCES
        and reads_as_goal(display)
    )


def _make_goal(
    walk: _Walk, masked: str, base: int, display: str, checked: bool | None
) -> SourceGoal | None:
    """Trim the blanked slice to its visible characters and build the goal."""
    stripped = masked.strip()
    if not stripped or not display:
        return None
    start = base + len(masked) - len(masked.lstrip())
    context: dict[str, Any] = dict(walk.context)
    context["headings"] = [title for _, title in walk.headings]
    if checked is not None:
        context["checked"] = checked
    return SourceGoal(
        text=stripped, start=start, end=start + len(stripped), display=display, context=context
    )


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
