"""Reading goal documents: from bytes and paths to ``SourceGoal`` values.

This is the bottom layer of smartlint: it knows file formats but nothing of
language or rules.  ``read_document`` turns one file's bytes into its text
(the string all positions refer to) and its goals; ``discover`` lists the
files a run should read.  Problems come out as ``SourceProblem`` values so a
front end can report them per file and go on.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from smartlint.model import SourceGoal
from smartlint.sources.decode import decode
from smartlint.sources.errors import MAX_LINES, SourceParseError, SourceProblem, SourceReadError
from smartlint.sources.spec import GoalSpec

Reader = Callable[..., list[SourceGoal]]

# Suffix -> (module, function).  A reader is imported when a file needs it, so
# linting a .txt file never pays for importing markdown-it.
FORMATS: dict[str, tuple[str, str]] = {
    ".txt": ("smartlint.sources.text", "goals_from_text"),
    ".md": ("smartlint.sources.markdown", "goals_from_markdown"),
    ".markdown": ("smartlint.sources.markdown", "goals_from_markdown"),
    ".yaml": ("smartlint.sources.yaml_goals", "goals_from_yaml"),
    ".yml": ("smartlint.sources.yaml_goals", "goals_from_yaml"),
}

__all__ = [
    "FORMATS",
    "SourceParseError",
    "SourceProblem",
    "SourceReadError",
    "decode",
    "discover",
    "read_document",
    "reader_for",
]


def reader_for(name: str) -> Reader:
    """Return the reader for a file name; an unknown suffix is read as plain text."""
    module, function = FORMATS.get(os.path.splitext(name)[1].lower(), FORMATS[".txt"])
    reader: Reader = getattr(importlib.import_module(module), function)
    return reader


def read_document(
    name: str, data: bytes, spec: GoalSpec | None = None
) -> tuple[str, list[SourceGoal]]:
    """Return the decoded text of a file and the goals in it.

    ``spec`` is where the configuration says goals are (``goals:``).  The
    goals may be a ``Goals`` list, which also holds notes on skipped text.
    Raises ``SourceReadError`` or ``SourceParseError`` (both ``SourceProblem``).
    """
    text = decode(data)
    lines = text.count("\n") + text.count("\r") - text.count("\r\n")
    if lines > MAX_LINES:  # the readers and markdown-it keep objects per line
        raise SourceParseError(f"more than {MAX_LINES:,} lines in one file; not linted")
    reader = reader_for(name)
    if spec is None or spec == GoalSpec():
        return text, reader(text)
    if reader.__name__ == "goals_from_markdown":
        return text, reader(text, spec.markdown)
    if reader.__name__ == "goals_from_yaml":
        return text, reader(text, spec.yaml)
    return text, reader(text)


def discover(
    paths: Sequence[Path], excluded: Callable[[str, bool], bool] | None = None
) -> Iterator[tuple[Path, SourceProblem | None]]:
    """Yield the files to lint under ``paths``, or a path with why it cannot be read.

    ``excluded`` tells whether a path (absolute; a folder when its flag is
    set) is left out, named or found.
    """
    from smartlint.sources.walk import discover_paths

    return discover_paths(paths, FORMATS, excluded)
