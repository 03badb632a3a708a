"""Why a file yields no goals: it could not be read, or it could not be parsed.

Both are ordinary outcomes of linting a tree of files, not bugs, so they are
exceptions that a front end catches per file and reports (exit status 2)
while it goes on with the other files.  ``to_error`` turns one into the
``SourceError`` value of the JSON output.
"""

from __future__ import annotations

from smartlint.model import SourceError


class SourceProblem(Exception):
    """A file that gives no goals; ``line`` is 1-based, or None when unknown."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message if line is None else f"line {line}: {message}")
        self.message = message
        self.line = line

    def to_error(self) -> SourceError:
        """Return the value that the JSON output lists under ``errors``."""
        return SourceError(self.message, self.line)


class SourceReadError(SourceProblem):
    """The bytes are not a text document (missing, binary, bad encoding)."""


class SourceParseError(SourceProblem):
    """The text is not valid in its format (broken YAML or front matter)."""


# Lines of one goal document: each costs objects in the readers and in
# markdown-it (a 3,000,000-line table took 1.3 GB before a token was counted).
MAX_LINES = 500_000
# More goals than a planner writes in one file; each costs memory until the
# run ends (1,000,000 one-word lines took 1.3 GB), so a file over it is refused.
MAX_GOALS = 200_000


def too_many_goals() -> SourceParseError:
    """The error of a document with more than ``MAX_GOALS`` goals."""
    return SourceParseError(f"more than {MAX_GOALS:,} goals in one file; not linted")
