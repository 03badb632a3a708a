"""Goals in sets: the tree of a run's documents and the rules that read it.

A goal's parent is the goal it sits under: a key result under its objective
in a YAML OKR file, an item of a nested Markdown list under the item around
it, or, across documents, the goal whose ``id`` field a goal names in its
``parent`` field.  The rules here judge goals against their parents,
children and peers — whether parts add up to the whole, whether a part is
due after the whole, whether one metric is promised twice — and the OKR
convention that objectives are qualitative and key results quantitative.
They run after every file is linted, on the slots each goal already has
(kept compactly as :class:`SetFacts`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, NamedTuple

from smartlint.model import FileResult, Finding, Goal, finding_order
from smartlint.nlp.numbers import parse_digits
from smartlint.rules.spec import SET_KINDS, RuleSpec

_FIELD_AMOUNT = re.compile(r"^(\d[\d\s.,]*?)\s*([^\d\s.,].*)?$")
# Share-like units do not add up across parts.
_PERCENT = ("%", "procent", "percent", "procentenheter", "percentage points")


class SetFacts(NamedTuple):
    """What the rules here read of a goal's slots, kept for every goal of a run.

    A run keeps these, not the slots, unless the output shows the slots (JSON):
    a 200,000-goal run holds one per goal until the rules have seen them all.
    """

    metric: str | None
    owner: str | None
    target: dict[str, Any] | None
    deadline: str | None  # ISO date
    baseline: dict[str, Any] | None = None

    @classmethod
    def of(cls, slots: dict[str, Any]) -> SetFacts:
        """The set facts of a goal's slots."""
        deadline = slots.get("deadline") or {}
        return cls(
            slots.get("metric"),
            slots.get("owner"),
            slots.get("target"),
            deadline.get("date"),
            slots.get("baseline"),
        )


NO_FACTS = SetFacts(None, None, None, None, None)


def node_key(goal: Goal) -> Any:
    """How a goal is named by the goals under it: its YAML path, or where it starts."""
    return goal.node.get("yaml_path") or (goal.span.line, goal.span.column)


@dataclass(slots=True)
class Node:
    """One goal in the tree, with what the set rules compare."""

    file: int
    index: int
    goal: Goal
    path: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def role(self) -> str:
        return str(self.goal.node.get("role", "goal"))

    @property
    def fields(self) -> dict[str, Any]:
        fields = self.goal.node.get("fields")
        return fields if isinstance(fields, dict) else {}

    @property
    def facts(self) -> SetFacts:
        return self.goal.set_facts or NO_FACTS

    @property
    def target(self) -> dict[str, Any] | None:
        """The goal's target; a YAML ``target:`` field stands in when the text gives none."""
        target = self.facts.target
        if isinstance(target, dict):
            return target
        return _field_amount(self.fields.get("target"))

    @property
    def deadline(self) -> dt.date | None:
        """The goal's deadline; a YAML ``deadline:`` field stands in when the text gives none."""
        date = self.facts.deadline or self.fields.get("deadline")
        try:
            return dt.date.fromisoformat(str(date)) if date else None
        except ValueError:
            return None

    @property
    def metric(self) -> str | None:
        metric = self.facts.metric
        return " ".join(str(metric).lower().split()) if metric else None

    @property
    def owner(self) -> str | None:
        owner = self.fields.get("owner") or self.facts.owner
        return " ".join(str(owner).lower().split()) if owner else None

    def ancestors(self) -> Iterator[Node]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def _field_amount(value: Any) -> dict[str, Any] | None:
    """A ``target: 400000`` or ``target: 400 000 kr`` field as a target slot."""
    if value is None:
        return None
    text = str(value).strip()
    match = _FIELD_AMOUNT.match(text)
    if match is None:
        return None
    amount = parse_digits(match.group(1).strip(), "sv")  # "1,5" and "1 000 000" alike
    if amount is None:
        return None
    return {"value": amount, "unit": match.group(2) or None, "text": text, "relative": False}


def build_tree(results: list[FileResult]) -> list[Node]:
    """Link every goal of ``results`` to its parent; return them in document order."""
    nodes: list[Node] = []
    by_key: dict[tuple[int, Any], Node] = {}
    by_id: dict[str, Node] = {}
    for file, result in enumerate(results):
        for index, goal in enumerate(result.goals):
            node = Node(file, index, goal, result.path)
            nodes.append(node)
            by_key[(file, node_key(goal))] = node
            goal_id = node.fields.get("id")
            if goal_id:
                by_id.setdefault(str(goal_id), node)
    for node in nodes:
        parent = by_key.get((node.file, node.goal.node.get("parent")))
        named = node.fields.get("parent")
        if named and str(named) in by_id:
            parent = by_id[str(named)]
        if parent is not None and parent is not node and node not in parent.ancestors():
            node.parent = parent
            parent.children.append(node)
    return nodes


@dataclass(frozen=True)
class SetContext:
    """What the set rules need besides the tree: where findings go and the tolerance."""

    rules_for: Callable[[int], list[RuleSpec]]  # the rules active for a file
    severity_for: Callable[[int, RuleSpec], str]
    # The share a sum may miss its whole by, from the config of the whole's file.
    tolerance_for: Callable[[int], float] = lambda file: 0.01


class _Run:
    """The goals of one run, with what several checks read computed once."""

    def __init__(self, nodes: list[Node]) -> None:
        self.nodes = nodes

    @cached_property
    def conflicts(self) -> dict[int, Node]:
        return _conflicts(self.nodes)

    @cached_property
    def linked(self) -> bool:
        """Whether any goal names a parent by id (the set declares a tree)."""
        return any(n.fields.get("parent") for n in self.nodes)


def check_goal_set(results: list[FileResult], ctx: SetContext) -> list[FileResult]:
    """Add the goal-set findings to ``results``."""
    run = _Run(build_tree(results))
    added: dict[tuple[int, int], list[Finding]] = {}
    for node in run.nodes:
        rules = {r.kind: r for r in ctx.rules_for(node.file) if r.kind in SET_KINDS}
        for kind, rule in rules.items():
            for values in _CHECKS[kind](node, run, ctx):
                finding = _finding(node, rule, ctx.severity_for(node.file, rule), values)
                added.setdefault((node.file, node.index), []).append(finding)
    if not added:
        return results
    return [_with_findings(result, file, added) for file, result in enumerate(results)]


def _with_findings(
    result: FileResult, file: int, added: dict[tuple[int, int], list[Finding]]
) -> FileResult:
    goals = []
    for index, goal in enumerate(result.goals):
        extra = added.get((file, index))
        if extra:
            findings = sorted((*goal.findings, *extra), key=finding_order)
            goal = replace(goal, findings=tuple(findings))
        goals.append(goal)
    return replace(result, goals=tuple(goals))


def _finding(node: Node, rule: RuleSpec, severity: str, values: dict[str, str]) -> Finding:
    goal = node.goal
    message = rule.message[goal.lang].format_map({"match": goal.text, **values})
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=severity,  # type: ignore[arg-type]
        span=goal.span,
        message=message,
    )


def _rollup(node: Node, run: _Run, ctx: SetContext) -> Iterator[dict[str, str]]:
    """Children in the parent's unit whose targets do not add up to the parent's target.

    Children stated as levels add up to the parent's level; children stated as
    changes ("med 800 000 kr") add up to the parent's change ("med 2 000 000 kr",
    or "från 6 000 000 kr till 8 000 000 kr").
    """
    target = node.target
    if target is None or not _summable(target):
        return
    parts = [c.target for c in node.children if c.target is not None]
    if len(parts) < 2 or any(not _summable(p) or _unit(p) != _unit(target) for p in parts):
        return
    changes = {bool(p.get("relative")) for p in parts}
    if changes == {True}:
        whole = _change(node, target)
    elif changes == {False} and not target.get("relative"):
        whole = float(target["value"])
    else:
        return
    if whole is None:
        return
    total = sum(float(p["value"]) for p in parts)
    if abs(total - whole) > ctx.tolerance_for(node.file) * abs(whole):
        yield {
            "sum": _number(total, node.goal.lang),
            "target": _number(whole, node.goal.lang),
            "unit": str(target.get("unit") or ""),
            "difference": _number(whole - total, node.goal.lang),
            "count": str(len(parts)),
        }


def _change(node: Node, target: dict[str, Any]) -> float | None:
    """How much a goal changes its metric: a relative target, or target less baseline."""
    if target.get("relative"):
        return float(target["value"])
    baseline = node.facts.baseline
    if not isinstance(baseline, dict) or not _summable(baseline):
        return None
    if _unit(baseline) not in ("", _unit(target)):  # "från 6 till 8 MSEK": one unit
        return None
    return abs(float(target["value"]) - float(baseline["value"]))


def _summable(amount: dict[str, Any]) -> bool:
    unit = _unit(amount)
    return isinstance(amount.get("value"), int | float) and not any(p in unit for p in _PERCENT)


def _unit(amount: dict[str, Any]) -> str:
    return str(amount.get("unit") or "").lower()


def _child_after_parent(node: Node, run: _Run, ctx: SetContext) -> Iterator[dict[str, str]]:
    parent = node.parent
    if parent is None or node.deadline is None or parent.deadline is None:
        return
    if node.deadline > parent.deadline:
        yield {
            "date": node.deadline.isoformat(),
            "parent_date": parent.deadline.isoformat(),
            "parent": parent.goal.text,
        }


def _conflicting(node: Node, run: _Run, ctx: SetContext) -> Iterator[dict[str, str]]:
    """An earlier goal with the same metric and owner that promises something else."""
    other = run.conflicts.get(id(node))
    if other is not None:
        yield {"other": other.goal.text, "where": _where(other, node)}


# Earlier goals kept per promise (target and deadline) when looking for a conflict:
# a few, since parts of one whole are skipped and the next one may not be.
_KEPT_PER_PROMISE = 4


def _conflicts(nodes: list[Node]) -> dict[int, Node]:
    """For each goal (by id) the first earlier goal that conflicts with it.

    Goals are grouped by (metric, owner); within a group a goal conflicts with
    an earlier one that promises another target or deadline, unless one is
    part of the other or both are parts of one parent.
    """
    found: dict[int, Node] = {}
    groups: dict[tuple[str, str | None], dict[Any, list[Node]]] = {}
    for node in nodes:
        metric = node.metric
        if metric is None or (node.target is None and node.deadline is None):
            continue
        promise = (_target_value(node), node.deadline)
        earlier = groups.setdefault((metric, node.owner), {})
        related = {id(n) for n in (*node.ancestors(), *_descendants(node))}
        for other_promise, others in earlier.items():
            if other_promise == promise:
                continue
            other = next((o for o in others if not _parts(o, node, related)), None)
            if other is not None:
                found[id(node)] = other
                break
        kept = earlier.setdefault(promise, [])
        if len(kept) < _KEPT_PER_PROMISE:
            kept.append(node)
    return found


def _parts(other: Node, node: Node, related: set[int]) -> bool:
    """Whether two goals are a whole and its part, or two parts of one whole."""
    return id(other) in related or (other.parent is not None and other.parent is node.parent)


def _where(other: Node, node: Node) -> str:
    """Where ``other`` stands, as ``node``'s reader needs it: a line, or a file and line."""
    line = {"sv": "rad", "en": "line"}.get(node.goal.lang, "line")
    if other.file == node.file:
        return f"{line} {other.goal.span.line}"
    return f"{other.path}, {line} {other.goal.span.line}"


def _target_value(node: Node) -> tuple[Any, ...] | None:
    target = node.target
    if target is None:
        return None
    return (target.get("value"), _unit(target), bool(target.get("relative")))


def _descendants(node: Node) -> Iterator[Node]:
    for child in node.children:
        yield child
        yield from _descendants(child)


def _orphan(node: Node, run: _Run, ctx: SetContext) -> Iterator[dict[str, str]]:
    """In a set where goals name parents, a goal linked to no other goal."""
    if run.linked and node.parent is None and not node.children:
        yield {}


def _objective_number(node: Node, run: _Run, ctx: SetContext) -> Iterator[dict[str, str]]:
    if node.role == "objective" and node.target is not None:
        yield {"number": str(node.target.get("text") or "")}


def _key_result_number(node: Node, run: _Run, ctx: SetContext) -> Iterator[dict[str, str]]:
    """A key result that ``missing-number`` found without a number (a milestone has its date)."""
    if node.role == "key_result" and any(f.rule == "missing-number" for f in node.goal.findings):
        yield {}


def _number(value: float, lang: str) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return text.replace(",", " ").replace(".", ",") if lang == "sv" else text


_CHECKS: dict[str, Callable[[Node, _Run, SetContext], Iterator[dict[str, str]]]] = {
    "rollup-mismatch": _rollup,
    "child-after-parent": _child_after_parent,
    "conflicting-targets": _conflicting,
    "orphan-goal": _orphan,
    "objective-has-number": _objective_number,
    "key-result-without-number": _key_result_number,
}
