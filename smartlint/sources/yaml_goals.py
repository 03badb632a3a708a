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

Keys are also matched without their underscores, so ``KeyResults`` is
``key_results``; a key result may carry its text under ``metric``, and the
configuration may name more goal keys (``goals.yaml.keys``).  In a goal's
mapping, a string under an outcome key (``outcome:``, ``utfallsmål:``)
restates the goal measurably: it is a goal too, and the title inherits it
as its target.

Every goal inherits (``context["inherited"]``, nearest first) the fields
around it — ``deadline``/``due``/``senast``/``klart``, ``period``/``quarter``,
``owner``/``ansvarig``, ``target``/``målvärde``, ``status``/``utfall`` (the
lists of ``rules/lexicon/document.*.yaml``), on its own mapping or one
above — and the period a key above it names (``Q4:``, ``2026:``, ``FY25Q2:``;
a bare quarter takes its year from a key above, a year key beside it, or the
document's ``period``).

Only string scalars are goals: ``2027`` or a tagged node is not.  Leading
and trailing whitespace of a value (the final newline of a ``|`` block) is
not part of the goal, so its span ends at its last visible character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeGuard

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from smartlint.inherit import Inherited, InheritedText, InheritedTime, time_in
from smartlint.model import SourceGoal
from smartlint.periods import find_periods
from smartlint.sources import doclex
from smartlint.sources.lines import fold
from smartlint.sources.spec import YamlSpec
from smartlint.sources.status import split_status
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
    "key_result": ("title", "key_result", "name", "description", "metric"),
    "goal": ("title", "goal", "text", "name"),
}
_ROLE_BY_BARE = {name.replace("_", ""): role for name, role in _ROLES.items()}
_FIELDS = ("owner", "deadline", "period", "baseline", "target", "id", "parent")


@dataclass(frozen=True)
class _Found:
    """A goal scalar with what its place in the tree says about it."""

    node: ScalarNode
    path: str
    role: str
    parent: str | None
    fields: dict[str, str]
    inherited: Inherited = Inherited()


@dataclass(frozen=True)
class _Around:
    """What the walk knows of the mappings above a point: their context and year."""

    inherited: Inherited = Inherited()
    year: int | None = None
    keys: frozenset[str] = frozenset()  # the config's extra goal keys, bare


def goals_from_yaml(text: str, spec: YamlSpec | None = None) -> list[SourceGoal]:
    """Return the goals of every document in ``text``, in document order.

    Raises ``SourceParseError`` for YAML that does not parse.
    """
    goals: list[SourceGoal] = []
    keys = frozenset(_bare(k) for k in (spec.keys if spec else ()))
    for number, root in enumerate(compose_documents(text)):
        found: list[_Found] = []
        base: dict[str, Any] = {"document": number}
        period = _period(root)
        around = _Around(keys=keys)
        if period is not None:
            base["period"] = period
            end = period.get("end") if isinstance(period, dict) else period
            time = time_in(str(end), "yaml") if end is not None else None
            around = _Around(
                Inherited(deadline=time), time.end.year if time and time.end else None, keys
            )
        _walk(root, "", None, found, around)
        for item in found:
            goal = _make_goal(text, item, base)
            if goal is not None:
                goals.append(goal)
    goals.sort(key=lambda g: g.start)
    return goals


def _walk(node: Node, path: str, parent: str | None, found: list[_Found], around: _Around) -> None:
    """Look for goal keys below ``node``."""
    if _is_list(node):
        for index, item in enumerate(node.value):
            _walk(item, f"{path}[{index}]", parent, found, around)
    elif _is_mapping(node):
        _walk_mapping(node, path, parent, found, (), _within(node, around))


def _role(name: str | None, around: _Around) -> str | None:
    if name is None:
        return None
    bare = _bare(name)
    return _ROLE_BY_BARE.get(bare) or ("goal" if bare in around.keys else None)


def _walk_mapping(
    node: MappingNode,
    path: str,
    parent: str | None,
    found: list[_Found],
    skip: tuple[Node, ...],
    around: _Around,
) -> None:
    """Collect goals under goal-named keys of a mapping; walk into the others."""
    for key, value in node.value:
        if any(key is k for k in skip):
            continue
        name = _key_name(key)
        label = key.value if isinstance(key, ScalarNode) else "?"
        child = f"{path}.{label}" if path else str(label)
        role = _role(name, around)
        inner = _under_key(key, node, around)
        if role is None:
            _walk(value, child, parent, found, inner)
        elif _is_string(value):
            found.append(_Found(value, child, role, parent, _fields(node), inner.inherited))
        elif _is_list(value):
            for index, item in enumerate(value.value):
                item_path = f"{child}[{index}]"
                if _is_string(item):
                    found.append(_Found(item, item_path, role, parent, {}, inner.inherited))
                elif _is_mapping(item):
                    _goal_mapping(item, item_path, role, parent, found, _within(item, inner))
        elif _is_mapping(value):
            _goal_mapping(value, child, role, parent, found, _within(value, inner))


def _goal_mapping(
    node: MappingNode,
    path: str,
    role: str,
    parent: str | None,
    found: list[_Found],
    around: _Around,
) -> None:
    """Take a goal mapping's title as the goal, then look for goals inside it."""
    pairs = {_key_name(k): (k, v) for k, v in node.value}
    for name in _TITLES[role]:
        key, value = pairs.get(name, (None, None))
        if key is not None and _is_string(value):
            outcome = _outcome(node)
            inherited = around.inherited
            if outcome is not None:
                target = InheritedText(" ".join(str(outcome[1].value).split()), "yaml")
                inherited = Inherited(target=target).over(inherited)
            found.append(_Found(value, path, role, parent, _fields(node), inherited))
            skip: tuple[Node, ...] = (key,)
            if outcome is not None:
                where = f"{path}.{outcome[0].value}"
                found.append(_Found(outcome[1], where, "goal", path, {}, around.inherited))
                skip += (outcome[0],)
            _walk_mapping(node, path, path, found, skip, around)
            return
    _walk_mapping(node, path, parent, found, (), around)


def _outcome(node: MappingNode) -> tuple[ScalarNode, ScalarNode] | None:
    """The key and string of a goal mapping's outcome field, if it has one."""
    for key, value in node.value:
        name = _key_name(key)
        if name is not None and name in doclex.words("yaml_outcome_keys") and _is_string(value):
            return key, value  # type: ignore[return-value]
    return None


def _bare(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "").replace(" ", "")


def _within(node: MappingNode, around: _Around) -> _Around:
    """The context inside a mapping: its own deadline, owner, target and status fields first."""
    deadline: InheritedTime | None = None
    owner = target = None
    status = None
    for key, value in node.value:
        name, text = _key_name(key), _scalar_text(value)
        if name is None or text is None or not text.strip():
            continue
        spaced = name.replace("_", " ")
        if deadline is None and (
            name in doclex.words("yaml_deadline_keys") or spaced in doclex.words("yaml_period_keys")
        ):
            deadline = time_in(text, "yaml", around.year)
        elif owner is None and name in doclex.words("yaml_owner_keys"):
            owner = InheritedText(text.strip(), "yaml")
        elif target is None and name in doclex.words("yaml_target_keys"):
            target = InheritedText(text.strip(), "yaml", sizes=True)
        elif status is None and name in doclex.words("yaml_status_keys"):
            status = f"{key.value}: {text.strip()}"
    here = Inherited(deadline, owner, target, status)
    if not here:
        return around
    year = deadline.end.year if deadline and deadline.end else around.year
    return _Around(here.over(around.inherited), year, around.keys)


def _under_key(key: Node, node: MappingNode, around: _Around) -> _Around:
    """The context under a key that names a period ("Q4:", "2026:", "FY25Q2:")."""
    if not isinstance(key, ScalarNode):
        return around
    label = str(key.value)
    periods = find_periods(label, year=around.year)
    if len(periods) == 1 and not periods[0].resolved:
        periods = find_periods(label, year=_sibling_year(node))  # "Q4:" beside "2019:"
    if len(periods) != 1 or len(periods[0].text) < len(label.strip().rstrip(":")):
        return around  # a key that is only a period, not "deadline_2027" or a sentence
    time = InheritedTime.of(periods[0], "yaml")
    inherited = Inherited(deadline=time).over(around.inherited)
    return _Around(inherited, time.end.year if time.end else around.year, around.keys)


def _sibling_year(node: MappingNode) -> int | None:
    """The year a mapping's one year key names ("2019: {}" beside "Q4:")."""
    years = {
        int(k.value)
        for k, _ in node.value
        if isinstance(k, ScalarNode) and str(k.value).isdigit() and len(str(k.value)) == 4
    }
    return years.pop() if len(years) == 1 else None


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
    """Return the owner/deadline/target/... scalars that sit beside a goal.

    A Swedish or other key of the same meaning ("ansvarig", "senast",
    "målvärde") is named as its English field.
    """
    fields: dict[str, str] = {}
    for key, value in node.value:
        name = _key_name(key)
        text = _scalar_text(value)
        field = _field_names().get(name or "")
        if field is not None and text is not None:
            fields.setdefault(field, text)
    return fields


@cache
def _field_names() -> dict[str, str]:
    names = {name: name for name in _FIELDS}
    for field, key in (("owner", "yaml_owner_keys"), ("deadline", "yaml_deadline_keys"),
                       ("target", "yaml_target_keys")):  # fmt: skip
        for word in doclex.words(key):
            names.setdefault(word.replace(" ", "_"), field)
    return names


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
    value, status = split_status(
        _without_surrogates(item.node.value)
    )  # "Ship v2 (done)": the note is status
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
    inherited = Inherited(status=status).over(item.inherited) if status else item.inherited
    if inherited:
        context["inherited"] = inherited
    return SourceGoal(
        text=value[first:last],
        start=where.start,
        end=where.end,
        display=fold(value),
        offsets=where.offsets,
        context=context,
    )
