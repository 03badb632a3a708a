"""Plain text goals: every non-blank line of a ``.txt`` file is one goal.

A line is one goal even when it holds several sentences, because that is how
people write goal lists in a text file.  A leading list bullet ("- ", "* ",
"• ", "1. ", "1) ") is not part of the goal, and a line starting with ``#``
is a comment, so a team can annotate its goal file; so is a suppression
comment after a goal ("... # smartlint: disable-line hedge"), which is not
part of the goal.  A status note ("=> 40%",
"(klart)", see ``status``) is blanked out of the goal and kept as its status.
"""

from __future__ import annotations

import re

from smartlint.inherit import Inherited
from smartlint.model import SourceGoal
from smartlint.sources.errors import MAX_GOALS, too_many_goals
from smartlint.sources.lines import fold, split_lines
from smartlint.sources.status import split_status

_BULLET = re.compile(r"(?:[-*•]|\d{1,3}[.)])(?:[ \t]+|$)")
# A suppression comment after the goal on its line (see ``smartlint.suppress``).
_TRAILING_COMMENT = re.compile(r"[ \t]#\s*smartlint:")


def goals_from_text(text: str) -> list[SourceGoal]:
    """Return one goal per non-blank, non-comment line of ``text``."""
    goals: list[SourceGoal] = []
    for line in split_lines(text):
        goal = _goal_from_line(text, line.start, line.end)
        if goal is not None:
            goals.append(goal)
            if len(goals) > MAX_GOALS:
                raise too_many_goals()
    return goals


def _goal_from_line(text: str, start: int, end: int) -> SourceGoal | None:
    """Return the goal of ``text[start:end]``, or None for a blank or comment line."""
    comment = _TRAILING_COMMENT.search(text, start, end)
    if comment is not None:
        end = comment.start()
    content = text[start:end]
    stripped = content.lstrip()
    if not stripped or stripped.startswith("#"):
        return None
    start += len(content) - len(stripped)
    bullet = _BULLET.match(stripped)
    if bullet is not None:
        start += bullet.end()
    blanked, status = split_status(text[start:end])
    kept = blanked.strip()
    if not kept:
        return None
    start += len(blanked) - len(blanked.lstrip())
    context = {"inherited": Inherited(status=status)} if status else {}
    return SourceGoal(
        text=kept, start=start, end=start + len(kept), display=fold(kept), context=context
    )
