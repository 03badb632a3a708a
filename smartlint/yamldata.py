"""Load YAML data files (config, rule files) keeping the line of every value.

Config and rule files are data a repository hands us, so they are composed
with PyYAML's safe composer and turned into plain values here: no tag can
construct an object, and aliases are refused outright so that an alias bomb
costs nothing.  Every value's 1-based line is kept so that a validation error
can say ``file:line: what is wrong``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
# Deeper than any config or rule file needs, far below Python's recursion limit.
MAX_DEPTH = 50


class DataFileError(Exception):
    """A data file that cannot be used; ``str()`` is ``file:line: problem``."""

    def __init__(self, filename: str, line: int | None, problem: str) -> None:
        self.filename = filename
        self.line = line
        self.problem = problem
        where = f"{filename}:{line}" if line else filename
        super().__init__(f"{where}: {problem}")


@dataclass
class Located:
    """A loaded value with the line of each part, addressed by key path."""

    value: Any
    lines: dict[Path_, int]
    filename: str

    def line(self, path: Path_) -> int | None:
        """Return the line of ``path``, or of its nearest located parent."""
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path)

    def error(self, path: Path_, problem: str) -> DataFileError:
        """Build the error for a problem found at ``path``."""
        return DataFileError(self.filename, self.line(path), problem)


def load_data(text: str, filename: str) -> Located:
    """Parse one YAML document into plain values with their lines."""
    try:
        node = yaml.compose(text, Loader=FAST_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataFileError(filename, line, f"invalid YAML: {problem}") from None
    lines: dict[Path_, int] = {}
    seen: set[int] = set()
    value = None if node is None else _convert(node, (), lines, filename, seen)
    return Located(value, lines, filename)


def _convert(
    node: yaml.Node, path: Path_, lines: dict[Path_, int], filename: str, seen: set[int]
) -> Any:
    if len(path) > MAX_DEPTH:  # no setting nests deeply; the recursion limit would
        raise DataFileError(
            filename, node.start_mark.line + 1, f"nested deeper than {MAX_DEPTH} levels"
        )
    if id(node) in seen:
        raise DataFileError(filename, node.start_mark.line + 1, "aliases are not allowed")
    seen.add(id(node))
    lines[path] = node.start_mark.line + 1
    if node.tag not in _ALLOWED_TAGS:
        raise DataFileError(filename, node.start_mark.line + 1, f"tag {node.tag} is not allowed")
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, filename)
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, (*path, i), lines, filename, seen) for i, item in enumerate(node.value)
        ]
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise DataFileError(filename, key_node.start_mark.line + 1, "keys must be text")
            key = str(key_node.value)
            if key in result:
                raise DataFileError(
                    filename, key_node.start_mark.line + 1, f"duplicate key {key!r}"
                )
            result[key] = _convert(value_node, (*path, key), lines, filename, seen)
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    raise DataFileError(filename, node.start_mark.line + 1, "unsupported YAML node")


def _scalar(node: yaml.ScalarNode, filename: str) -> Any:
    """Resolve a scalar the way the safe loader would, for the plain types only."""
    try:
        return yaml.SafeLoader.yaml_constructors[node.tag](_LOADER, node)
    except (yaml.YAMLError, ValueError, LookupError, AttributeError, TypeError) as exc:
        # 2027-13-45 looks like a date to YAML; !!int abc, !!bool maybe are no values.
        kind = node.tag.rsplit(":", 1)[-1]
        detail = f": {exc}" if isinstance(exc, ValueError) else ""
        problem = f"{node.value!r} is not a valid {kind}{detail}"
        raise DataFileError(filename, node.start_mark.line + 1, problem) from None


_PLAIN_TAGS = ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
_ALLOWED_TAGS = {f"tag:yaml.org,2002:{name}" for name in _PLAIN_TAGS}
_LOADER = yaml.SafeLoader("")
# libyaml's loader when PyYAML was built with it: the same safe composer, faster.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
