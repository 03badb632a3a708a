"""Reading goal documents: from bytes and paths to ``SourceGoal`` values.

This is the bottom layer of smartlint: it knows file formats but nothing of
language or rules.  ``read_document`` turns one file's bytes into its text
(the string all positions refer to) and its goals; ``discover`` lists the
files a run should read.  Problems come out as ``SourceProblem`` values so a
front end can report them per file and go on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from smartlint.model import SourceGoal
from smartlint.sources.decode import decode
from smartlint.sources.discover import discover_paths
from smartlint.sources.errors import SourceParseError, SourceProblem, SourceReadError
from smartlint.sources.markdown import goals_from_markdown
from smartlint.sources.text import goals_from_text
from smartlint.sources.yaml_goals import goals_from_yaml

Reader = Callable[[str], list[SourceGoal]]

FORMATS: dict[str, Reader] = {
    ".txt": goals_from_text,
    ".md": goals_from_markdown,
    ".markdown": goals_from_markdown,
    ".yaml": goals_from_yaml,
    ".yml": goals_from_yaml,
}

__all__ = [
    "FORMATS",
    "SourceParseError",
    "SourceProblem",
    "SourceReadError",
    "decode",
    "discover",
    "goals_from_markdown",
    "goals_from_text",
    "goals_from_yaml",
    "read_document",
    "reader_for",
]


def reader_for(name: str) -> Reader:
    """Return the reader for a file name; an unknown suffix is read as plain text."""
    return FORMATS.get(os.path.splitext(name)[1].lower(), goals_from_text)


def read_document(name: str, data: bytes) -> tuple[str, list[SourceGoal]]:
    """Return the decoded text of a file and the goals in it.

    Raises ``SourceReadError`` or ``SourceParseError`` (both ``SourceProblem``).
    """
    text = decode(data)
    return text, reader_for(name)(text)


def discover(
    paths: Sequence[Path], exclude: Sequence[str] = ()
) -> Iterator[tuple[Path, SourceProblem | None]]:
    """Yield the files to lint under ``paths``, or a path with why it cannot be read."""
    return discover_paths(paths, FORMATS, exclude)
