"""YAML goals: OKR documents, ``goals:`` lists and goal-named keys anywhere.

Recognised, in any document of the stream and at any depth:

- ``objectives: [{title|objective|name: ..., key_results: [...]}]``, where a
  key result is a string or a mapping with ``title``, ``key_result``,
  ``name`` or ``description``;
- ``goals: [...]`` of strings or mappings with ``title``, ``goal``, ``text``
  or ``name``;
- a string under a key named ``goal``, ``objective``, ``key_result``,
  ``mål``, ``delmål`` or ``målsättning``, and lists of strings under
  ``goals``, ``objectives``, ``key_results`` or ``krs``.

Any other YAML file (a CI config, a rule file) holds no such keys and gives
no goals, without an error.  Keys match case-insensitively, with ``-`` and
spaces read as ``_``.  A goal inside another goal's mapping (a key result
under its objective) names that goal's path as ``context["parent"]``.

Only string scalars are goals: ``2027`` or a tagged node is not.  Leading
and trailing whitespace of a value (the final newline of a ``|`` block) is
not part of the goal, so its span ends at its last visible character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeGuard

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from smartlint.model import SourceGoal
from smartlint.sources.lines import fold
from smartlint.sources.yamlload import compose_documents
from smartlint.sources.yamlpos import locate

_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
_SURROGATE = re.compile("[\ud800-\udfff]")
_ROLES = {
    **dict.fromkeys(("goal", "goals", "mål", "målsättning", "målsättningar", "delmål"), "goal"),
    **dict.fromkeys(("objective", "objectives"), "objective"),
    **dict.fromkeys(("key_result", "key_results", "krs"), "key_result"),
}
_TITLES = {
    "objective": ("title", "objective", "name"),
    "key_result": ("title", "key_result", "name", "description"),
    "goal": ("title", "goal", "text", "name"),
}
_FIELDS = ("owner", "deadline", "period", "baseline", "target", "id", "parent")


@dataclass(frozen=True)
class _Found:
    """A goal scalar with what its place in the tree says about it."""

    node: ScalarNode
    path: str
    role: str
    parent: str | None
    fields: dict[str, str]


def goals_from_yaml(text: str) -> list[SourceGoal]:
    """Return the goals of every document in ``text``, in document order.

    Raises ``SourceParseError`` for YAML that does not parse.
    """
    goals: list[SourceGoal] = []
    for number, root in enumerate(compose_documents(text)):
        found: list[_Found] = []
        _walk(root, "", None, found)
        base: dict[str, Any] = {"document": number}
        period = _period(root)
        if period is not None:
            base["period"] = period
        for item in found:
            goal = _make_goal(text, item, base)
            if goal is not None:
                goals.append(goal)
    goals.sort(key=lambda g: g.start)
    return goals


def _walk(node: Node, path: str, parent: str | None, found: list[_Found]) -> None:
    """Look for goal keys below ``node``."""
    if _is_list(node):
        for index, item in enumerate(node.value):
            _walk(item, f"{path}[{index}]", parent, found)
    elif _is_mapping(node):
        _walk_mapping(node, path, parent, found, skip=None)


def _walk_mapping(
    node: MappingNode, path: str, parent: str | None, found: list[_Found], skip: Node | None
) -> None:
    """Collect goals under goal-named keys of a mapping; walk into the others."""
    for key, value in node.value:
        if key is skip:
            continue
        name = _key_name(key)
        label = key.value if isinstance(key, ScalarNode) else "?"
        child = f"{path}.{label}" if path else str(label)
        role = _ROLES.get(name) if name is not None else None
        if role is None:
            _walk(value, child, parent, found)
        elif _is_string(value):
            found.append(_Found(value, child, role, parent, _fields(node)))
        elif _is_list(value):
            for index, item in enumerate(value.value):
                item_path = f"{child}[{index}]"
                if _is_string(item):
                    found.append(_Found(item, item_path, role, parent, {}))
                elif _is_mapping(item):
                    _goal_mapping(item, item_path, role, parent, found)
        elif _is_mapping(value):
            _goal_mapping(value, child, role, parent, found)


def _goal_mapping(
    node: MappingNode, path: str, role: str, parent: str | None, found: list[_Found]
) -> None:
    """Take a goal mapping's title as the goal, then look for goals inside it."""
    pairs = {_key_name(k): (k, v) for k, v in node.value}
    for name in _TITLES[role]:
        key, value = pairs.get(name, (None, None))
        if key is not None and _is_string(value):
            found.append(_Found(value, path, role, parent, _fields(node)))
            _walk_mapping(node, path, path, found, skip=key)
            return
    _walk_mapping(node, path, parent, found, skip=None)


def _key_name(key: Node) -> str | None:
    """Return a mapping key as a comparable name, or None for a non-string key."""
    if not isinstance(key, ScalarNode) or not isinstance(key.value, str):
        return None
    return key.value.strip().lower().replace("-", "_").replace(" ", "_")


def _is_string(node: Node | None) -> TypeGuard[ScalarNode]:
    """Tell a string scalar from a number, date, null, tagged node or alias."""
    return isinstance(node, ScalarNode) and node.tag == _STR


def _is_list(node: Node) -> TypeGuard[SequenceNode]:
    """Tell a plain sequence from a tagged one (``!!python/...``), which is skipped."""
    return isinstance(node, SequenceNode) and node.tag == _SEQ


def _is_mapping(node: Node) -> TypeGuard[MappingNode]:
    """Tell a plain mapping from a tagged one (``!!set``, ``!!python/...``)."""
    return isinstance(node, MappingNode) and node.tag == _MAP


def _scalar_text(node: Node) -> str | None:
    """Return a non-null scalar's source value as a string (never constructed)."""
    if isinstance(node, ScalarNode) and node.tag != _NULL:
        return _without_surrogates(str(node.value))
    return None


def _without_surrogates(value: str) -> str:
    r"""Replace the lone surrogates a ``"\udc00"`` escape makes with U+FFFD.

    They are no characters: nothing can encode them (spaCy, the output), and
    one code point for one keeps every offset where it was.
    """
    return _SURROGATE.sub("\ufffd", value)


def _fields(node: MappingNode) -> dict[str, str]:
    """Return the owner/deadline/target/... scalars that sit beside a goal."""
    fields: dict[str, str] = {}
    for key, value in node.value:
        name = _key_name(key)
        text = _scalar_text(value)
        if name in _FIELDS and text is not None:
            fields[name] = text
    return fields


def _period(root: Node) -> str | dict[str, str] | None:
    """Return the document's top-level ``period`` (a scalar or start/end mapping)."""
    if not _is_mapping(root):
        return None
    for key, value in root.value:
        if _key_name(key) != "period":
            continue
        if _is_mapping(value):
            return {
                str(k.value): text
                for k, v in value.value
                if isinstance(k, ScalarNode) and (text := _scalar_text(v)) is not None
            }
        return _scalar_text(value)
    return None


def _make_goal(text: str, item: _Found, base: dict[str, Any]) -> SourceGoal | None:
    """Build the goal of one scalar, trimmed of surrounding whitespace."""
    value = _without_surrogates(item.node.value)
    first = len(value) - len(value.lstrip())
    last = len(value.rstrip())
    if last <= first:
        return None
    where = locate(text, item.node, first, last)
    context = {
        **base,
        "yaml_path": item.path,
        "role": item.role,
        "parent": item.parent,
        "fields": item.fields,
    }
    return SourceGoal(
        text=value[first:last],
        start=where.start,
        end=where.end,
        display=fold(value),
        offsets=where.offsets,
        context=context,
    )
