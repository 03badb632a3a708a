"""From a file's bytes to its goals and findings.

This is the one place that puts the layers together: sources give goals,
the language is detected once per document, the pipeline parses all goals
of a document in one batch, the rule kinds judge them, and findings get
positions, severities from config and the suggested rewrite.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from smartlint.analysis import analyse
from smartlint.config import Config, Period, find_config, for_file, load_config, parse_period
from smartlint.language import detect_language
from smartlint.model import FileResult, Finding, Fix, Goal, LineIndex, SourceError, SourceGoal, Span
from smartlint.nlp.pipeline import get_pipeline, parse
from smartlint.nlp.saferegex import TIMEOUTS
from smartlint.parallel import parallel_map
from smartlint.rules.context import CheckContext
from smartlint.rules.kinds import KINDS
from smartlint.rules.loader import RuleSet, load_rules
from smartlint.rules.spec import RuleSpec
from smartlint.slots import extract_slots
from smartlint.sources import read_document
from smartlint.sources.errors import SourceProblem
from smartlint.suggest import has_placeholder, rewrite
from smartlint.suppress import (
    UNUSED,
    Suppression,
    apply_suppressions,
    find_suppressions,
    unused_finding,
)
from smartlint.yamldata import DataFileError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_GOAL_CHARS = 10_000
# A goal document this large is generated or misplaced, not written by a planner.
MAX_FILE_BYTES = 20 * 2**20
# Below this many goals in one document, forking workers costs more than it saves.
PARALLEL_MIN_GOALS = 4_000


@dataclass(frozen=True)
class Options:
    """What the command line says, over any configuration file."""

    today: dt.date
    lang: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config_path: Path | None = None
    # Slots are shown only in JSON; reading them is a third of the per-goal work.
    want_slots: bool = True


def config_for(path: Path, options: Options) -> Config:
    """Return the config that governs ``path``: the named one or the nearest."""
    found = options.config_path or find_config(path)
    return for_file(load_config(found), path) if found else Config()


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
        return FileResult(name, errors=(problem.to_error(),))
    if not goals:
        return FileResult(name)
    lang = _language(goals, config, options)
    ruleset, rules = active_rules(config, options)
    nlp = _pipeline(lang, ruleset, config)
    index = LineIndex(text)
    errors = [
        SourceError(
            f"goal is too long to lint ({len(g.text)} characters)", index.position(g.start).line
        )
        for g in goals
        if len(g.text) > MAX_GOAL_CHARS
    ]
    goals = [g for g in goals if len(g.text) <= MAX_GOAL_CHARS]
    if not goals:
        return FileResult(name, errors=tuple(errors))
    try:
        period = _period(goals, config)
    except DataFileError as exc:
        return FileResult(name, errors=(SourceError(exc.problem, None),))
    ctx = CheckContext(
        options.today,
        config.fiscal_year_start,
        period=period,
        reference=_reference_date(options.today, period),
        max_change_factor=config.max_change_factor,
    )
    severities = dict(config.severity)
    change_rules = frozenset(r.id for r in rules if r.kind == "unsized-change")
    job = _Job(goals, nlp, lang, rules, ctx, severities, index, change_rules, options.want_slots)
    results = (
        parallel_map(job.run, len(goals))
        if len(goals) >= PARALLEL_MIN_GOALS
        else job.run(0, len(goals))
    )
    errors += [
        SourceError(
            f"{path}:{line}: REGEX pattern {pattern!r} ran over its time limit and "
            "now matches nothing"
        )  # fmt: skip
        for path, line, pattern in TIMEOUTS.take()
    ]
    suppressions = find_suppressions(text)
    if suppressions:
        results = _suppress(results, suppressions, rules, lang, severities)
    return FileResult(name, goals=tuple(results), errors=tuple(errors))


def _suppress(
    goals: list[Goal],
    suppressions: list[Suppression],
    rules: list[RuleSpec],
    lang: str,
    severities: dict[str, str],
) -> list[Goal]:
    """Drop suppressed findings; report comments that silenced nothing on the next goal."""
    goals = [
        replace(g, findings=tuple(apply_suppressions(list(g.findings), suppressions)))
        for g in goals
    ]
    unused_rule = next((r for r in rules if r.id == UNUSED), None)
    if unused_rule is None:
        return goals
    for suppression in suppressions:
        if suppression.used:
            continue
        index = next(
            (i for i, g in enumerate(goals) if g.span.line >= suppression.line), len(goals) - 1
        )
        severity = severities.get(UNUSED, unused_rule.severity)
        finding = unused_finding(suppression, unused_rule.message[lang], severity)
        goal = goals[index]
        goals[index] = replace(goal, findings=tuple(sorted(
            (*goal.findings, finding), key=lambda f: (f.span.line, f.span.column, f.rule)
        )))  # fmt: skip
    return goals


@dataclass(frozen=True)
class _Job:
    """Everything needed to lint a run of a document's goals, in this or a forked process."""

    goals: list[SourceGoal]
    nlp: Language
    lang: str
    rules: list[RuleSpec]
    ctx: CheckContext
    severities: dict[str, str]
    index: LineIndex
    change_rules: frozenset[str]
    want_slots: bool

    def run(self, start: int, end: int) -> list[Goal]:
        """Lint goals ``start`` to ``end``."""
        return [
            _lint_goal(goal, parse(self.nlp, goal.text), self) for goal in self.goals[start:end]
        ]


def _pipeline(lang: str, ruleset: RuleSet, config: Config) -> Language:
    """The pipeline for ``lang``; a configured one that fails is the config file's error."""
    from smartlint.nlp.trained import PipelineError

    try:
        return get_pipeline(lang, ruleset, config.model_for(lang))
    except PipelineError as exc:
        where = str(config.path) if config.path else "config"
        raise DataFileError(where, config.lines.get("pipeline"), str(exc)) from None


def _period(goals: list[SourceGoal], config: Config) -> Period | None:
    """The document's own period (front matter, top-level YAML key), else the config's."""
    declared = goals[0].context.get("period")
    if declared is None:
        return config.period
    return parse_period(declared)


def _reference_date(today: dt.date, period: Period | None) -> dt.date:
    """Read relative deadlines against today, or the period's start when today is outside it."""
    if period is None or period.start <= today <= period.end:
        return today
    return period.start


def _language(goals: list[SourceGoal], config: Config, options: Options) -> str:
    for choice in (options.lang, config.lang):
        if choice in ("sv", "en"):
            return choice
    return detect_language([g.display for g in goals])


def _lint_goal(goal: SourceGoal, doc: Doc, job: _Job) -> Goal:
    lang, rules, ctx, index = job.lang, job.rules, job.ctx, job.index
    severities = job.severities
    unsized = [s for s in doc.spans.get("rules", []) if s.label_ in job.change_rules]
    facts = analyse(doc, lang, unsized)
    hits = [(rule, hit) for rule in rules for hit in KINDS[rule.kind](rule, facts, ctx)]
    slots = (
        extract_slots(facts, ctx.resolve_from, ctx.fiscal_year_start_month)
        if job.want_slots or hits
        else {}
    )
    suggestion = fix = None
    if any(severities.get(rule.id, rule.severity) != "info" for rule, _ in hits):
        # an info finding asks the author to check something, not to rewrite the goal
        fired = {rule.id for rule, _ in hits}
        suggestion = rewrite(facts, fired, ctx, slots)
        if suggestion.rstrip(".") == goal.display.rstrip("."):
            suggestion = None  # nothing to rewrite: the finding asks for a check, not an edit
        else:
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
        slots=slots if job.want_slots else {},
        findings=tuple(findings),
    )


def _safe_fix(goal: SourceGoal, rewrite_text: str) -> bool:
    """A rewrite is applied by --fix only when it needs no input and cannot break the file.

    A goal read through escapes or folding (``offsets``) is not one run of
    characters to replace, and YAML syntax characters could change what a
    plain scalar means.
    """
    if has_placeholder(rewrite_text) or goal.offsets is not None:
        return False
    return not (goal.context.get("yaml_path") and YAML_SPECIAL.intersection(rewrite_text))


YAML_SPECIAL = frozenset(":#\"'{}[]&*!|>%@`")


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
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problem = f"file is {size / 2**20:.0f} MiB, over the {MAX_FILE_BYTES >> 20} MiB limit"
            return FileResult(name, errors=(SourceError(f"{problem}; not linted"),))
        data = path.read_bytes()
    except OSError as exc:
        return FileResult(name, errors=(SourceError(f"cannot read file: {exc.strerror or exc}"),))
    config = config_for(path, options)
    return lint_bytes(name, data, config, options)


__all__ = ["DataFileError", "Options", "active_rules", "config_for", "lint_bytes", "lint_path"]
