"""What a rule file says, validated strictly.

A rule is data (``../shared/STYLE.md``): one YAML file whose id is its file
name.  The handful of *kinds* that give a rule its behaviour are written in
Python (``smartlint.rules.kinds``); a rule file picks one with ``kind:``.
Everything is checked here, before any text is linted, so that a broken team
rule is reported as ``file:line: problem`` and never as a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter
from typing import Any

from smartlint.bounded import DATA_LIMIT, ReadRefused, read_text_limited
from smartlint.model import CATEGORIES, SEVERITIES, Severity
from smartlint.nlp.regexforms import UnsafePattern, split_regexes
from smartlint.yamldata import DataFileError, Located, load_data

LANGS = ("sv", "en")
# Kinds that judge goals in sets (smartlint/goalset.py), after every file is linted.
SET_KINDS = (
    "rollup-mismatch", "child-after-parent", "conflicting-targets", "orphan-goal",
    "objective-has-number", "key-result-without-number",
)  # fmt: skip
KINDS = (
    "pattern", "missing", "unsized-change", "deadline-passed", "ambiguous-deadline",
    "deadline-outside-period", "implausible-target", "unused-suppression", *SET_KINDS,
)  # fmt: skip
# A goal-set rule's examples are whole documents in one of these formats.
EXAMPLE_FORMATS = ("yaml", "md")
REQUIRES = ("number", "deadline")
# What a rule's matches state about a goal, for the analysis to read and check in context
# (a vague quantity in a quotation is mentioned, not used); rules read facts, not rule ids.
MARKS = ("change", "hedge", "vague-quantity", "vague-time")
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
# How many ways the OP repeats of one pattern may match a run of tokens ("?" is 2).
MAX_WAYS = 8
_UNBOUNDED = re.compile(r"\{\d*,\}")
_COUNT = re.compile(r"\{(\d*),(\d+)\}")

_KEYS = {
    "id",
    "category",
    "severity",
    "summary",
    "description",
    "message",
    "kind",
    "patterns",
    "phrases",
    "exempt",
    "requires",
    "examples",
    "aliases",
    "enabled",
    "example_period",
    "example_format",
    "marks",
}
_DOC_KEYS = {"what", "why", "instead"}


@dataclass(frozen=True)
class Example:
    """One example goal of a rule; ``suggestion`` is checked when given."""

    text: str
    lang: str
    fails: bool
    suggestion: str | None = None


@dataclass(frozen=True)
class Pattern:
    """One spaCy Matcher token pattern and the line it was written on."""

    tokens: tuple[dict[str, Any], ...]
    line: int | None


@dataclass(frozen=True)
class RuleSpec:
    """A rule as its file declares it."""

    id: str
    category: str
    severity: Severity
    summary: str
    message: dict[str, str]
    kind: str
    path: Path
    patterns: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    exempt: dict[str, tuple[Pattern, ...]] = field(default_factory=dict)
    requires: str | None = None
    examples: tuple[Example, ...] = ()
    description: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    enabled: bool = True
    # The plan period the examples are linted in (for period rules).
    example_period: Any = None
    # For goal-set rules: each example is a document in this format.
    example_format: str | None = None
    # The fact its matches state (``MARKS``); an unsized-change rule's matches are changes.
    marks: str | None = None


def load_rule_file(path: Path) -> RuleSpec:
    """Read and validate one rule file; raise ``DataFileError`` on any problem."""
    try:
        text = read_text_limited(path, DATA_LIMIT)
    except (OSError, UnicodeDecodeError, ReadRefused) as exc:
        raise DataFileError(str(path), None, f"cannot read rule file: {exc}") from None
    data = load_data(text, str(path))
    return _build(data, path)


def _build(data: Located, path: Path) -> RuleSpec:
    raw = data.value
    if not isinstance(raw, dict):
        raise data.error((), "a rule file must be a mapping")
    for key in raw:
        if key not in _KEYS:
            raise data.error((key,), f"unknown key {key!r} (allowed: {', '.join(sorted(_KEYS))})")
    for key in ("id", "category", "severity", "message"):
        if key not in raw:
            raise data.error((), f"missing required key {key!r}")
    rule_id = _text(data, ("id",))
    if not RULE_ID.match(rule_id):
        raise data.error(("id",), f"id {rule_id!r} must be lowercase words joined by '-'")
    if rule_id != path.stem:
        raise data.error(("id",), f"id {rule_id!r} must equal the file name {path.stem!r}")
    kind = raw.get("kind", "pattern")
    _choice(data, ("kind",), kind, KINDS)
    _choice(data, ("category",), raw["category"], CATEGORIES)
    _choice(data, ("severity",), raw["severity"], SEVERITIES)
    spec = RuleSpec(
        id=rule_id,
        category=raw["category"],
        severity=raw["severity"],
        summary=_text(data, ("summary",)) if "summary" in raw else "",
        message=_per_lang_text(data, ("message",)),
        kind=kind,
        path=path,
        patterns=_per_lang_patterns(data, ("patterns",)),
        phrases=_per_lang_phrases(data, ("phrases",)),
        exempt=_per_lang_patterns(data, ("exempt",)),
        requires=raw.get("requires"),
        examples=_examples(data),
        description=_description(data),
        aliases=tuple(_text_list(data, ("aliases",))),
        enabled=_bool(data, ("enabled",), default=True),
        example_period=raw.get("example_period"),
        example_format=raw.get("example_format"),
        marks=raw.get("marks", "change" if kind == "unsized-change" else None),
    )
    _check_kind(data, spec)
    return spec


def _check_kind(data: Located, spec: RuleSpec) -> None:
    has_words = bool(spec.patterns or spec.phrases)
    if spec.kind == "pattern" and not has_words:
        raise data.error((), f"a {spec.kind!r} rule needs 'patterns' or 'phrases'")
    if spec.kind == "missing":
        _choice(data, ("requires",), spec.requires, REQUIRES)
    elif spec.requires is not None:
        raise data.error(("requires",), "'requires' belongs to rules of kind 'missing'")
    if spec.marks is not None:
        _choice(data, ("marks",), spec.marks, MARKS)
        if spec.kind not in ("pattern", "unsized-change"):
            raise data.error(("marks",), "'marks' belongs to rules of kind 'pattern'")
    if spec.kind in SET_KINDS:
        _choice(data, ("example_format",), spec.example_format, EXAMPLE_FORMATS)
    elif spec.example_format is not None:
        raise data.error(("example_format",), "'example_format' belongs to goal-set rules")
    for lang in LANGS:
        if not any(e.lang == lang and e.fails for e in spec.examples):
            raise data.error(("examples",), f"needs at least one failing example in {lang!r}")
        if not any(e.lang == lang and not e.fails for e in spec.examples):
            raise data.error(("examples",), f"needs at least one passing example in {lang!r}")


def _choice(data: Located, path: tuple[str, ...], value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise data.error(path, f"{path[-1]} must be one of {', '.join(allowed)}, not {value!r}")


def _get(data: Located, path: tuple[str | int, ...]) -> Any:
    value = data.value
    for part in path:
        value = value[part]
    return value


def _text(data: Located, path: tuple[str | int, ...]) -> str:
    value = _get(data, path)
    if not isinstance(value, str) or not value.strip():
        raise data.error(path, f"{_name(path)} must be non-empty text")
    return value


def _bool(data: Located, path: tuple[str, ...], default: bool) -> bool:
    if path[0] not in data.value:
        return default
    value = _get(data, path)
    if not isinstance(value, bool):
        raise data.error(path, f"{_name(path)} must be true or false")
    return value


def _text_list(data: Located, path: tuple[str | int, ...]) -> list[str]:
    if path[0] not in data.value:
        return []
    value = _get(data, path)
    if not isinstance(value, list):
        raise data.error(path, f"{_name(path)} must be a list")
    return [_text(data, (*path, i)) for i in range(len(value))]


def _per_lang(data: Located, path: tuple[str, ...]) -> dict[str, Any]:
    if path[-1] not in _get(data, path[:-1]):
        return {}
    value = _get(data, path)
    if not isinstance(value, dict):
        raise data.error(path, f"{_name(path)} must map languages (sv, en) to values")
    for lang in value:
        if lang not in LANGS:
            raise data.error((*path, lang), f"unknown language {lang!r} (use sv or en)")
    return value


def _per_lang_text(data: Located, path: tuple[str, ...]) -> dict[str, str]:
    value = _per_lang(data, path)
    for lang in LANGS:
        if lang not in value:
            raise data.error(path, f"{_name(path)} needs a text for {lang!r}")
    texts = {lang: _text(data, (*path, lang)) for lang in value}
    for lang, text in texts.items():
        _check_fields(data, (*path, lang), text)
    return texts


def _check_fields(data: Located, path: tuple[str | int, ...], text: str) -> None:
    """Allow only plain ``{name}`` fields in a message.

    A format spec is code of a kind: ``{match:>999999999}`` made every
    finding a gigabyte, and ``{match.__class__}`` would read attributes.
    """
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in Formatter().parse(text) if name]
    except ValueError as exc:  # a lone "{" or "}"
        raise data.error(path, f"message is not a valid template: {exc}") from None
    for name, spec, conversion in fields:
        if not name.isidentifier() or spec or conversion:
            problem = f"message fields are plain {{name}}; {{{name}...}} has more"
            raise data.error(path, f"{problem} (write {{{{ for a brace)")


def _per_lang_phrases(data: Located, path: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    value = _per_lang(data, path)
    return {lang: tuple(_text_list(data, (*path, lang))) for lang in value}


def _per_lang_patterns(data: Located, path: tuple[str, ...]) -> dict[str, tuple[Pattern, ...]]:
    value = _per_lang(data, path)
    result: dict[str, tuple[Pattern, ...]] = {}
    for lang, patterns in value.items():
        if not isinstance(patterns, list):
            raise data.error((*path, lang), "patterns must be a list of token patterns")
        checked = []
        for i, tokens in enumerate(patterns):
            where: tuple[str | int, ...] = (*path, str(lang), i)
            if not isinstance(tokens, list) or not tokens:
                raise data.error(where, "a pattern must be a non-empty list of token dicts")
            if not all(isinstance(token, dict) for token in tokens):
                raise data.error(where, "each token of a pattern must be a mapping")
            for j, token in enumerate(tokens):
                _check_regexes(data, (*where, j), token)
            _check_repeats(data, where, tokens)
            checked.append(Pattern(tuple(tokens), data.line(where)))
        result[lang] = tuple(checked)
    return result


def _check_regexes(data: Located, where: tuple[str | int, ...], token: dict[str, Any]) -> None:
    """Refuse a REGEX that could reach spaCy's ``re`` without smartlint's time limit."""
    try:
        split_regexes(token)
    except UnsafePattern as exc:
        raise data.error(where, f"invalid pattern: {exc}") from None


def _check_repeats(data: Located, where: tuple[str | int, ...], tokens: list[Any]) -> None:
    """Refuse a pattern whose ``OP`` repeats could make spaCy's Matcher explode.

    The Matcher follows every way a run of tokens can match: one unbounded
    ``OP: "+"`` over any word found 12,500,000 matches (36 s, 5 GB) in one
    5,000-word goal, ``{0,15}`` took 71 s and 4 GB.  So a repeat needs a
    bound, and the ways all repeats of a pattern multiply to stay small.
    """
    ways = 1
    for token in tokens:
        op = token.get("OP", "1")
        if not isinstance(op, str):
            raise data.error(where, f"OP must be text, not {op!r}")
        if op in ("+", "*") or _UNBOUNDED.fullmatch(op):
            bounded = f"{{1,{MAX_WAYS}}}"
            raise data.error(where, f"OP {op!r} repeats without a bound; write e.g. {bounded!r}")
        counts = _COUNT.fullmatch(op)
        if op == "?":
            ways *= 2
        elif counts is not None:
            low, high = int(counts.group(1) or 0), int(counts.group(2))
            ways *= max(high - low + 1, 1)
    if ways > MAX_WAYS:
        raise data.error(
            where, f"the pattern's OP repeats allow {ways} ways to match (at most {MAX_WAYS})"
        )


def _examples(data: Located) -> tuple[Example, ...]:
    if "examples" not in data.value:
        return ()
    raw = _get(data, ("examples",))
    if not isinstance(raw, dict) or set(raw) - {"fail", "pass"}:
        raise data.error(("examples",), "examples must have 'fail' and 'pass'")
    examples = []
    for outcome in raw:
        for lang, items in _per_lang(data, ("examples", outcome)).items():
            if not isinstance(items, list):
                raise data.error(("examples", outcome, lang), "examples must be a list")
            for i in range(len(items)):
                examples.append(_example(data, ("examples", outcome, lang, i), lang, outcome))
    return tuple(examples)


def _example(data: Located, path: tuple[str | int, ...], lang: str, outcome: str) -> Example:
    item = _get(data, path)
    fails = outcome == "fail"
    if isinstance(item, str):
        return Example(_text(data, path), lang, fails)
    if isinstance(item, dict) and "text" in item and set(item) <= {"text", "suggestion"}:
        suggestion = _text(data, (*path, "suggestion")) if "suggestion" in item else None
        return Example(_text(data, (*path, "text")), lang, fails, suggestion)
    raise data.error(path, "an example is a text or a mapping with 'text' and 'suggestion'")


def _description(data: Located) -> dict[str, str]:
    if "description" not in data.value:
        return {}
    raw = _get(data, ("description",))
    if not isinstance(raw, dict):
        raise data.error(("description",), "description must map what/why/instead to text")
    for key in raw:
        if key not in _DOC_KEYS:
            raise data.error(("description", key), f"unknown description key {key!r}")
    return {key: _text(data, ("description", key)) for key in raw}


def _name(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p) for p in path) or "the file"
