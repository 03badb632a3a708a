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
