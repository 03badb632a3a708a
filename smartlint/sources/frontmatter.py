"""YAML front matter at the top of a Markdown document.

Front matter is metadata (a plan's owner, its period), not goals, so the
Markdown reader cuts it out before parsing and hands the parsed mapping to
every goal as context.  It is read with ``yaml.safe_load``: a document can
never make smartlint construct an arbitrary Python object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from smartlint.sources.errors import SourceParseError
from smartlint.sources.lines import Line

_OPEN = "---"
_CLOSE = ("---", "...")


@dataclass(frozen=True)
class FrontMatter:
    """The parsed mapping and how many document lines the block takes."""

    data: dict[str, Any] = field(default_factory=dict)
    line_count: int = 0


def read_front_matter(text: str, lines: list[Line]) -> FrontMatter | None:
    """Return the front matter of the document, or None when it has none.

    A document has front matter when its first line is ``---`` and a later
    line is ``---`` or ``...``; without the closing line the ``---`` is a
    Markdown thematic break.  Raises ``SourceParseError`` (with the document
    line) for YAML that does not parse or is not a mapping.
    """
    if not lines or text[lines[0].start : lines[0].end].rstrip() != _OPEN:
        return None
    close = next(
        (k for k in range(1, len(lines)) if text[lines[k].start : lines[k].end].rstrip() in _CLOSE),
        None,
    )
    if close is None:
        return None
    body = text[lines[1].start : lines[close].start] if close > 1 else ""
    try:
        data = yaml.safe_load(body)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else None
        raise SourceParseError(f"front matter is not valid YAML: {exc.problem}", line) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise SourceParseError(f"front matter is not valid YAML: {exc}", 2) from None
    except (ValueError, LookupError, AttributeError, TypeError) as exc:
        # A scalar the safe constructor cannot build: 2027-13-45, !!int abc, !!bool maybe.
        detail = f": {exc}" if isinstance(exc, ValueError) else ""
        raise SourceParseError(f"front matter has a value YAML cannot read{detail}", 2) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceParseError("front matter must be a mapping", 2)
    return FrontMatter(data, close + 1)


def plain_period(value: Any) -> str | dict[str, str] | None:
    """Return a front matter ``period`` as strings, the form YAML goals give it."""
    if value is None or isinstance(value, list):
        return None
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if not isinstance(v, dict | list)}
    return str(value)
