"""From a file's bytes to its goals and findings.

This is the one place that puts the layers together: sources give goals,
the language is detected once per document, the pipeline parses all goals
of a document in one batch, the rule kinds judge them, and findings get
positions, severities from config and the suggested rewrite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from smartlint.analysis import analyse
from smartlint.config import Config, find_config, load_config
from smartlint.language import detect_language
from smartlint.model import FileResult, Finding, Fix, Goal, LineIndex, SourceError, SourceGoal, Span
from smartlint.nlp.pipeline import get_pipeline
from smartlint.rules.kinds import KINDS, CheckContext
from smartlint.rules.loader import RuleSet, load_rules
from smartlint.rules.spec import RuleSpec
from smartlint.slots import extract_slots
from smartlint.sources import read_document
from smartlint.sources.errors import SourceProblem
from smartlint.suggest import has_placeholder, rewrite
from smartlint.yamldata import DataFileError

MAX_GOAL_CHARS = 10_000


@dataclass(frozen=True)
class Options:
    """What the command line says, over any configuration file."""

    today: dt.date
    lang: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config_path: Path | None = None


def config_for(path: Path, options: Options) -> Config:
    """Return the config that governs ``path``: the named one or the nearest."""
    found = options.config_path or find_config(path)
    return load_config(found) if found else Config()


def active_rules(config: Config, options: Options) -> tuple[RuleSet, list[RuleSpec]]:
    """Return the rule set of ``config`` and the rules that run, in id order."""
    rules = load_rules(config.rules_dirs)
    select = rules.resolve(options.select or config.select, config.origin)
    ignore = rules.resolve((*config.ignore, *options.ignore), config.origin)
    rules.resolve((name for name, _ in config.severity), config.origin)
    chosen = [
        rule
        for rule in rules.rules
        if (rule.id in select if select else rule.enabled) and rule.id not in ignore
    ]
    return rules, chosen


def lint_bytes(
    name: str, data: bytes, config: Config, options: Options, read_as: str | None = None
) -> FileResult:
    """Lint one document; read and parse problems become the result's errors.

    ``read_as`` is the file name whose suffix picks the reader, when ``name``
    (standard input: ``-``) has none.
    """
    try:
        text, goals = read_document(read_as or name, data)
    except SourceProblem as problem:
        return FileResult(name, errors=(SourceError(problem.message, problem.line),))
    if not goals:
        return FileResult(name)
    lang = _language(goals, config, options)
    ruleset, rules = active_rules(config, options)
    nlp = get_pipeline(lang, ruleset, config.model_for(lang))
    index = LineIndex(text)
    errors = [
        SourceError(
            f"goal is too long to lint ({len(g.text)} characters)", index.position(g.start).line
        )
        for g in goals
        if len(g.text) > MAX_GOAL_CHARS
    ]
    goals = [g for g in goals if len(g.text) <= MAX_GOAL_CHARS]
    ctx = CheckContext(options.today, config.fiscal_year_start)
    severities = dict(config.severity)
    results = [
        _lint_goal(goal, doc, lang, rules, ctx, severities, index)
        for goal, doc in zip(goals, nlp.pipe([g.text for g in goals], batch_size=256), strict=True)
    ]
    return FileResult(name, goals=tuple(results), errors=tuple(errors))


def _language(goals: list[SourceGoal], config: Config, options: Options) -> str:
    for choice in (options.lang, config.lang):
        if choice in ("sv", "en"):
            return choice
    return detect_language([g.display for g in goals])


def _lint_goal(
    goal: SourceGoal,
    doc: object,
    lang: str,
    rules: Iterable[RuleSpec],
    ctx: CheckContext,
    severities: dict[str, str],
    index: LineIndex,
) -> Goal:
    unsized = [s for s in doc.spans.get("rules", []) if _is_change_rule(s.label_, rules)]  # type: ignore[attr-defined]
    facts = analyse(doc, lang, unsized)  # type: ignore[arg-type]
    slots = extract_slots(facts, ctx.today, ctx.fiscal_year_start_month)
    hits = [(rule, hit) for rule in rules for hit in KINDS[rule.kind](rule, facts, ctx)]
    suggestion = fix = None
    if hits:
        fired = {rule.id for rule, _ in hits}
        suggestion = rewrite(facts, fired, ctx.today, ctx.fiscal_year_start_month)
        fix = Fix(goal.start, goal.end, suggestion, safe=_safe_fix(goal, suggestion))
    findings = [
        Finding(
            rule=rule.id,
            category=rule.category,
            severity=severities.get(rule.id, rule.severity),  # type: ignore[arg-type]
            span=_span(goal, index, hit.start, hit.end),
            message=rule.message[lang].format_map(_Values(hit.values)),
            suggestion=suggestion,
            fix=fix,
        )
        for rule, hit in hits
    ]
    findings.sort(key=lambda f: (f.span.line, f.span.column, f.rule))
    return Goal(
        span=_span(goal, index, 0, len(goal.text)),
        text=goal.display,
        lang=lang,
        slots=slots,
        findings=tuple(findings),
    )


def _is_change_rule(label: str, rules: Iterable[RuleSpec]) -> bool:
    return any(rule.id == label and rule.kind == "unsized-change" for rule in rules)


def _safe_fix(goal: SourceGoal, rewrite_text: str) -> bool:
    """A rewrite is applied by --fix only when it needs no input and cannot break the file.

    A goal read through escapes or folding (``offsets``) is not one run of
    characters to replace, and YAML syntax characters could change what a
    plain scalar means.
    """
    if has_placeholder(rewrite_text) or goal.offsets is not None:
        return False
    return not (goal.context.get("yaml_path") and _YAML_SPECIAL.intersection(rewrite_text))


_YAML_SPECIAL = frozenset(":#\"'{}[]&*!|>%@`")


def _span(goal: SourceGoal, index: LineIndex, start: int, end: int) -> Span:
    first = index.position(goal.doc_offset(start))
    last = index.position(goal.doc_offset(max(end - 1, start)))
    end_column = last.column + 1 if end > start else last.column
    return Span(first.line, first.column, last.line, end_column)


class _Values(dict[str, str]):
    """Message values; a name the rule's message uses but the kind lacks stays visible."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def lint_path(path: Path, options: Options, display: str | None = None) -> FileResult:
    """Read and lint one file; unreadable files and bad config become errors."""
    name = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(name, errors=(SourceError(f"cannot read file: {exc.strerror or exc}"),))
    config = config_for(path, options)
    return lint_bytes(name, data, config, options)


__all__ = ["DataFileError", "Options", "active_rules", "config_for", "lint_bytes", "lint_path"]
