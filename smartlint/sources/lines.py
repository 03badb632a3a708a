r"""Line splitting shared by the readers, with the line ends of ``LineIndex``.

``str.splitlines`` also breaks at form feeds, ``\x1c``-``\x1e``, ``\x85``
and U+2028/U+2029, which editors (and ``LineIndex``) do not treat as line
ends; splitting differently from ``LineIndex`` would shift every position
after such a character.  So the readers split here, at ``\r\n``, ``\n``
and a lone ``\r`` only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: ``start``..``end`` is its content, ``next`` the next line's start."""

    start: int
    end: int
    next: int


def split_lines(text: str) -> list[Line]:
    """Return every line of ``text``; a final line ending adds no empty line."""
    lines: list[Line] = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and match.start() > 0:
            break
        lines.append(Line(match.start(1), match.end(1), match.end()))
        if match.end() == len(text):
            break
    return lines


def fold(text: str) -> str:
    """Collapse runs of whitespace to single spaces, as a reader sees text."""
    folded = " ".join(text.split())
    return text if folded == text else folded  # one string, not two, for a tidy goal
