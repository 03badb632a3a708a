"""Where a rule pattern hands a regular expression to spaCy, and which forms smartlint allows.

spaCy's Matcher compiles a pattern with Python's ``re`` (no time limit)
wherever its predicate grammar allows: ``{ATTR: {REGEX: p}}`` on any string
attribute, in any letter case, next to other predicates, wrapping a set
predicate (``{REGEX: {IN: [p, ...]}}``, also ``NOT_IN``, ``IS_SUBSET``, ...),
wrapped in ``FUZZY``, nested in itself, or on a custom ``_`` attribute.
``split_regexes`` takes every REGEX out of a token so ``saferegex`` can run
it under the time limit, and refuses the forms it cannot guard (or that mean
nothing), so no pattern reaches ``re`` unguarded.  It imports no spaCy: the
rule loader calls it to refuse a bad form at load, as ``file:line``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# A string token attribute of a Matcher pattern -> the Token attribute that holds it.
STRING_ATTRS = {
    "ORTH": "text", "TEXT": "text", "LOWER": "lower_", "NORM": "norm_", "LEMMA": "lemma_",
    "SHAPE": "shape_", "POS": "pos_", "TAG": "tag_", "DEP": "dep_", "MORPH": "morph",
    "ENT_TYPE": "ent_type_", "ENT_ID": "ent_id_", "ENT_KB_ID": "ent_kb_id_",
}  # fmt: skip
# Counted repeats expand when compiled: (?:a{1000000}){1000000} needs terabytes.
MAX_REPEATS = 100_000
_REPEAT = re.compile(r"(?<!\\)\{(\d*),?(\d*)\}")


class UnsafePattern(ValueError):
    """A token pattern whose regular expression smartlint cannot run under its time limit."""


@dataclass(frozen=True)
class RegexTest:
    """One REGEX predicate: the token attribute it reads and its patterns.

    The token matches when one of ``patterns`` is found in the attribute,
    or, when ``negated`` (``{REGEX: {NOT_IN: [...]}}``), when none is.
    """

    attr: str
    patterns: tuple[str, ...]
    negated: bool = False


def split_regexes(token: dict[Any, Any]) -> tuple[dict[Any, Any], list[RegexTest]]:
    """The token pattern without its REGEX predicates, and those predicates.

    Raises ``UnsafePattern`` for a REGEX smartlint cannot take out and guard.
    """
    rest: dict[Any, Any] = {}
    tests: list[RegexTest] = []
    for key, value in token.items():
        name = str(key).upper()
        if name == "_":
            raise UnsafePattern("custom attributes ('_') are not available in rule patterns")
        if not isinstance(value, dict):
            rest[key] = value
            continue
        others = {k: v for k, v in value.items() if str(k).upper() != "REGEX"}
        if _mentions_regex(others):
            raise UnsafePattern(f"REGEX inside {_names(others)} of {key} is not supported")
        for predicate in (v for k, v in value.items() if str(k).upper() == "REGEX"):
            tests.append(_regex_test(key, name, predicate))
        if others or not value:
            rest[key] = others
    return rest, tests


def _regex_test(key: Any, name: str, predicate: Any) -> RegexTest:
    """The test of one ``{key: {REGEX: predicate}}``."""
    if name not in STRING_ATTRS:
        allowed = ", ".join(sorted(STRING_ATTRS))
        raise UnsafePattern(f"REGEX on {key} is not supported (use it on {allowed})")
    if isinstance(predicate, str):
        return RegexTest(STRING_ATTRS[name], (_bounded(predicate),))
    if isinstance(predicate, dict) and len(predicate) == 1:
        [(inner, patterns)] = predicate.items()
        kind = str(inner).upper()
        if kind in ("IN", "NOT_IN") and isinstance(patterns, list) and patterns:
            if all(isinstance(p, str) for p in patterns):
                checked = tuple(_bounded(p) for p in patterns)
                return RegexTest(STRING_ATTRS[name], checked, negated=kind == "NOT_IN")
    raise UnsafePattern(
        f"REGEX on {key} takes a pattern, or {{IN: [patterns]}} or {{NOT_IN: [patterns]}}"
    )


def _bounded(pattern: str) -> str:
    """``pattern``, if its counted repeats stay small enough to compile."""
    total = 1
    for low, high in _REPEAT.findall(pattern):
        total *= max(int(low or 0), int(high or 0), 1)
        if total > MAX_REPEATS:
            raise UnsafePattern(
                f"REGEX {pattern!r} repeats too much (counted repeats multiply past {MAX_REPEATS})"
            )
    return pattern


def _mentions_regex(value: Any) -> bool:
    if isinstance(value, dict):
        return any(str(k).upper() == "REGEX" or _mentions_regex(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_mentions_regex(v) for v in value)
    return False


def _names(predicates: dict[Any, Any]) -> str:
    return "/".join(str(k) for k in predicates)
