"""Compose YAML into nodes, safely and cheaply, whatever the file holds.

Goals are read from the node tree, never from constructed Python objects, so
no tag (``!!python/object/apply:os.system`` included) can run code.  Alias
nodes are replaced by an inert marker instead of the anchored node, so a
"billion laughs" document costs as much as its text, and a document with
more than ``MAX_NODES`` nodes or deeper than ``MAX_DEPTH`` levels is refused
rather than allowed to eat memory or the recursion limit.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.nodes import Node

from smartlint.model import LineIndex
from smartlint.sources.errors import SourceParseError

MAX_NODES = 100_000
MAX_DEPTH = 200


class AliasMarker(Node):
    """Where an alias (``*name``) stood; it is never resolved to its anchor."""

    id = "alias"


class _GoalLoader(yaml.SafeLoader):
    """A SafeLoader whose composer counts nodes and does not follow aliases."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.node_count = 0
        self.depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        """Compose one node, refusing too many or too deeply nested ones."""
        event = self.peek_event()
        mark: Any = event.start_mark
        self.node_count += 1
        if self.node_count > MAX_NODES:
            raise _Refused(f"more than {MAX_NODES} YAML nodes; not linted", mark)
        if isinstance(event, yaml.AliasEvent):
            self.get_event()
            if event.anchor not in self.anchors:
                raise ComposerError(None, None, f"found undefined alias {event.anchor!r}", mark)
            return AliasMarker("", "", mark, mark)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(f"YAML nested deeper than {MAX_DEPTH} levels", mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


class _Refused(Exception):
    """A limit was hit; carries the mark where it happened."""

    def __init__(self, message: str, mark: yaml.Mark | None) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


def compose_documents(text: str) -> list[Node]:
    """Return the root node of every document in ``text`` (None roots left out).

    Raises ``SourceParseError`` with the 1-based line of the problem.
    """
    roots: list[Node] = []
    try:
        loader = _GoalLoader(text)
    except yaml.reader.ReaderError as exc:
        line = LineIndex(text).position(exc.position).line
        char = exc.character
        code = ord(char) if isinstance(char, str) else int(char)
        message = f"not valid YAML: unacceptable character #x{code:04x} ({exc.reason})"
        raise SourceParseError(message, line) from None
    try:
        while loader.check_node():
            root = loader.get_node()
            if root is not None:
                roots.append(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise SourceParseError(f"not valid YAML: {problem}", _line(text, mark)) from None
    except _Refused as exc:
        raise SourceParseError(exc.message, _line(text, exc.mark)) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise SourceParseError(f"not valid YAML: {exc}", None) from None
    finally:
        loader.dispose()
    return roots


def _line(text: str, mark: yaml.Mark | None) -> int | None:
    """Return the line ``LineIndex`` gives a mark (YAML also breaks at U+2028)."""
    if mark is None:
        return None
    return LineIndex(text).position(min(mark.index, len(text))).line
