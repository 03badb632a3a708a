"""From a file's bytes to its goals and findings.

This is the one place that puts the layers together: sources give goals,
the language is detected once per document, the pipeline parses all goals
of a document in one batch, the rule kinds judge them, and findings get
positions, severities from config and the suggested rewrite.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smartlint.analysis import analyse, as_work_item
from smartlint.bounded import DOCUMENT_LIMIT
from smartlint.config import Config, Period, find_config, for_file, load_config, parse_period
from smartlint.contextual import (
    apply_inherited,
    config_context,
    context_for,
    inherited_by,
    slots_in_context,
)
from smartlint.goalset import SetFacts
from smartlint.inherit import NOTHING, Inherited
from smartlint.language import detect_language
from smartlint.model import (
    FileResult,
    Finding,
    Fix,
    Goal,
    LineIndex,
    Rewrite,
    SourceError,
    SourceGoal,
    Span,
    finding_order,
    pack_goal,
    unpack_goal,
)
from smartlint.nlp.pipeline import get_pipeline, parse
from smartlint.nlp.saferegex import TIMEOUTS, Report
from smartlint.parallel import Codec, parallel_chunks
from smartlint.rules.context import CheckContext, Hit
from smartlint.rules.kinds import KINDS
from smartlint.rules.loader import RuleSet, load_rules
from smartlint.rules.spec import SET_KINDS, RuleSpec
from smartlint.slots import extract_slots
from smartlint.sources import read_document
from smartlint.sources.errors import SourceProblem
from smartlint.sources.snapshot import Snapshot, read_snapshot
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
MAX_FILE_BYTES = DOCUMENT_LIMIT
# Below this many goals in one document, forking workers costs more than it saves.
PARALLEL_MIN_GOALS = 4_000
# Distinct finding messages a document keeps for reuse (see ``_Job.message``).
_MESSAGES_KEPT = 10_000
# Findings one rule may report on one goal: a team pattern that matches every
# word made one finding a word, 5,000 on one long goal, each with its message.
MAX_HITS_PER_RULE = 20
# The longest value (``{match}``) a message shows: messages are kept per finding.
MAX_VALUE_CHARS = 200


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
    # Verdicts kept between calls (the language server's); None lints every goal afresh.
    cache: GoalCache | None = field(default=None, compare=False)


def config_for(path: Path, options: Options) -> Config:
    """Return the config that governs ``path``: the named one or the nearest."""
    found = options.config_path or find_config(path)
    return for_file(load_config(found), path) if found else Config()


def active_rules(config: Config, options: Options) -> tuple[RuleSet, list[RuleSpec]]:
    """Return the rule set of ``config`` and the rules that run, in id order."""
    for folder in config.rules_dirs:  # the config's error, at its line, not the folder's
        if not folder.is_dir():
            where = config.lines.get("rules_dirs")
            raise DataFileError(config.origin, where, f"rules_dirs entry {folder} is not a folder")
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
        text, goals = read_document(read_as or name, data, config.goals)
    except SourceProblem as problem:
        return FileResult(name, errors=(problem.to_error(),))
    notes = tuple(getattr(goals, "notes", ()))
    if not goals:
        return FileResult(name, notes=notes)
    lang = _language(goals, config, options)
    ruleset, active = active_rules(config, options)
    rules = [r for r in active if r.kind not in SET_KINDS]  # goal-set rules run after all files
    want_slots = options.want_slots or len(rules) < len(active)  # the set rules read the slots
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
        return FileResult(name, errors=tuple(errors), notes=notes)
    try:
        period = _period(goals, config)
    except DataFileError as exc:
        return FileResult(name, errors=(SourceError(exc.problem, None),), notes=notes)
    ctx = CheckContext(
        options.today,
        config.fiscal_year_start,
        period=period,
        reference=_reference_date(options.today, period),
        max_change_factor=config.max_change_factor,
        rewrite_max_words=config.rewrite_max_words,
    )
    severities = dict(config.severity)
    # Facts do not depend on which rules report: an ignored rule's words still shape rewrites.
    marks = tuple((r.id, r.marks) for r in ruleset.rules if r.marks)
    job = _Job(
        goals,
        nlp,
        lang,
        rules,
        ctx,
        severities,
        index,
        marks,
        want_slots,
        options.want_slots,
        config_context=config_context(goals, config),
    )
    if options.cache is not None:
        job = replace(job, cache=options.cache.scope(job))
    results = _lint_goals(job, 0, len(goals))
    errors += [
        SourceError(
            f"{path}:{line}: REGEX pattern {pattern!r} ran over {why} and now matches nothing"
        )
        for path, line, pattern, why in TIMEOUTS.take()
    ]
    suppressions = find_suppressions(text)
    if not suppressions:
        return FileResult(name, goals=tuple(results), errors=tuple(errors), notes=notes)
    # A comment that may be meant for a goal-set rule is judged after the set rules ran.
    set_rules = {r.id for r in active if r.kind in SET_KINDS}
    results, pending = _suppress(results, suppressions, rules, lang, severities, set_rules)
    return FileResult(
        name, tuple(results), tuple(errors), pending_suppressions=tuple(pending), notes=notes
    )


def _suppress(
    goals: list[Goal],
    suppressions: list[Suppression],
    rules: list[RuleSpec],
    lang: str,
    severities: dict[str, str],
    set_rules: set[str],
) -> tuple[list[Goal], list[tuple[Suppression, Finding | None]]]:
    """Drop suppressed findings; report comments that silenced nothing on the next goal.

    An unused comment that names a goal-set rule in ``set_rules``, or no rule,
    is returned instead, with the finding to report if the set rules leave it
    unused too.
    """
    goals = [
        replace(g, findings=tuple(apply_suppressions(list(g.findings), suppressions)))
        for g in goals
    ]
    unused_rule = next((r for r in rules if r.id == UNUSED), None)
    pending: list[tuple[Suppression, Finding | None]] = []
    for suppression in suppressions:
        if suppression.used:
            continue
        finding = None
        if unused_rule is not None:
            severity = severities.get(UNUSED, unused_rule.severity)
            finding = unused_finding(suppression, unused_rule.message[lang], severity)
        if set_rules and (not suppression.rules or suppression.rules & set_rules):
            pending.append((suppression, finding))
        elif finding is not None:
            goals = _with_unused(goals, suppression, finding)
    return goals, pending


def _with_unused(goals: list[Goal], suppression: Suppression, finding: Finding) -> list[Goal]:
    """Put the finding of an unused comment on the goal after it (or the last goal)."""
    index = next(
        (i for i, g in enumerate(goals) if g.span.line >= suppression.line), len(goals) - 1
    )
    goal = goals[index]
    goals[index] = replace(
        goal, findings=tuple(sorted((*goal.findings, finding), key=finding_order))
    )
    return goals


def settle_suppressions(result: FileResult) -> FileResult:
    """Report the pending comments of a result the goal-set rules will not see as unused."""
    return _settle_suppressions(result, set())


def _settle_suppressions(result: FileResult, set_rules: set[str]) -> FileResult:
    """Apply a file's pending comments to its goal-set findings; report those still unused."""
    if not result.pending_suppressions:
        return result
    comments = [suppression for suppression, _ in result.pending_suppressions]
    goals = []
    for goal in result.goals:
        kept = [f for f in goal.findings if f.rule not in set_rules]
        from_set = [f for f in goal.findings if f.rule in set_rules]
        if from_set:
            kept += apply_suppressions(from_set, comments)
            kept.sort(key=finding_order)
            goal = replace(goal, findings=tuple(kept))
        goals.append(goal)
    for suppression, finding in result.pending_suppressions:
        if not suppression.used and finding is not None and goals:
            goals = _with_unused(goals, suppression, finding)
    return replace(result, goals=tuple(goals), pending_suppressions=())


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
    marks: tuple[tuple[str, str], ...]  # (rule id, the fact its matches state)
    want_slots: bool  # read the slots (for the output or the set rules)
    keep_slots: bool  # keep them whole on the goal (the output shows them)
    cache: _CacheScope | None = None
    messages: dict[tuple[object, ...], str] = field(default_factory=dict, compare=False)
    # What every goal of the document inherits from the config (its period).
    config_context: Inherited = NOTHING

    def message(self, rule: RuleSpec, values: dict[str, str]) -> str:
        """The rule's message with ``values``; one string for every finding that says the same.

        Most messages repeat ("The goal states no number ...", "'more' does
        not say by how much ..."), and a large run holds every finding.
        """
        values = {name: _shorten(value) for name, value in values.items()}
        key: tuple[object, ...] = (rule.id, *values.items())
        text = self.messages.get(key)
        if text is None:
            text = rule.message[self.lang].format_map(_Values(values))
            if len(self.messages) < _MESSAGES_KEPT:
                self.messages[key] = text
        return text

    def run(self, start: int, end: int) -> list[Goal]:
        """Lint goals ``start`` to ``end``."""
        return [_lint_goal(goal, self) for goal in self.goals[start:end]]

    def run_reporting(self, start: int, end: int) -> tuple[list[Goal], list[Report]]:
        """Lint goals ``start`` to ``end``; also return the REGEX timeouts they caused."""
        before = len(TIMEOUTS.pending)
        return self.run(start, end), TIMEOUTS.pending[before:]


def _lint_goals(job: _Job, start: int, stop: int) -> list[Goal]:
    """Lint goals ``start`` to ``stop``, in forked workers when there are many.

    A REGEX that times out matches nothing from then on, but only in the
    process where it timed out.  So the first chunk that reports a timeout is
    the last one kept: its reports are recorded here (killing the pattern in
    this process too) and the goals after it are linted again, as the serial
    path would have linted them.
    """
    if stop - start < PARALLEL_MIN_GOALS:
        return job.run(start, stop)
    goals: list[Goal] = []
    for _, end, (part, timeouts) in parallel_chunks(job.run_reporting, start, stop, _CHUNK_CODEC):
        goals += part
        if timeouts:
            for timeout in timeouts:
                TIMEOUTS.record(*timeout)
            return goals + _lint_goals(job, end, stop)
    return goals


_Chunk = tuple[list[Goal], list[Report]]
_CHUNK_CODEC: Codec[_Chunk] = Codec(
    pack=lambda chunk: ([pack_goal(goal) for goal in chunk[0]], chunk[1]),
    unpack=lambda packed: ([unpack_goal(goal) for goal in packed[0]], packed[1]),
)


def _pipeline(lang: str, ruleset: RuleSet, config: Config) -> Language:
    """The pipeline for ``lang``; a configured one that fails is the config file's error."""
    from smartlint.nlp.trained import PipelineError

    model = config.model_for(lang)
    untrusted = (config.path.parent,) if model and config.path else ()
    try:
        return get_pipeline(lang, ruleset, model, untrusted)
    except PipelineError as exc:
        where = str(config.path) if config.path else "config"
        raise DataFileError(where, config.lines.get("pipeline"), str(exc)) from None


def check_set(results: list[FileResult], options: Options) -> list[FileResult]:
    """Run the goal-set rules over a run's results, each file with the rules of its config."""
    from smartlint.goalset import SetContext, check_goal_set

    configs: dict[int, Config] = {}
    rules: dict[int, list[RuleSpec]] = {}
    for number, result in enumerate(results):
        config = (
            config_for(Path(result.path).absolute(), options) if result.path != "-" else Config()
        )
        configs[number] = config
        rules[number] = [r for r in active_rules(config, options)[1] if r.kind in SET_KINDS]
    if not any(rules.values()):
        return [_settle_suppressions(r, set()) for r in results]
    ctx = SetContext(
        rules_for=lambda number: rules[number],
        severity_for=lambda number, rule: dict(configs[number].severity).get(
            rule.id, rule.severity
        ),
        tolerance_for=lambda number: configs[number].rollup_tolerance,
    )
    checked = check_goal_set(results, ctx)
    return [
        _settle_suppressions(result, {r.id for r in rules[number]})
        for number, result in enumerate(checked)
    ]


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


def _lint_goal(goal: SourceGoal, job: _Job) -> Goal:
    # An OKR objective is qualitative by convention: its key results carry the
    # numbers and the dates (see ``_objective_exempt``).
    objective = goal.context.get("role") == "objective"
    inherited = inherited_by(goal, job.config_context, job.ctx.fiscal_year_start_month)
    # The same words judge differently under another heading or YAML key.
    work = bool(goal.context.get("work_table"))
    key = (goal.display, objective, inherited, work)
    verdict = job.cache.get(goal.text, key) if job.cache is not None else None
    if verdict is None:
        verdict = _judge(goal, parse(job.nlp, goal.text), job, objective, inherited, work)
        if job.cache is not None:
            job.cache.put(goal.text, key, verdict)
    hits, slots, rewritten = verdict
    lang, index, severities = job.lang, job.index, job.severities
    fix = None
    suggestion = rewritten.text if rewritten is not None else None
    if suggestion is not None:
        fix = Fix(goal.start, goal.end, suggestion, safe=_safe_fix(goal, suggestion))
    whole = _span(goal, index, 0, len(goal.text))
    findings = [
        Finding(
            rule=rule.id,
            category=rule.category,
            severity=severities.get(rule.id, rule.severity),  # type: ignore[arg-type]
            span=_hit_span(goal, index, hit, whole),
            message=job.message(rule, hit.values),
            suggestion=suggestion,
            fix=fix,
        )
        for rule, hit in hits
    ]
    findings.sort(key=finding_order)
    return Goal(
        span=whole,
        text=goal.display,
        lang=lang,
        slots=slots if job.keep_slots else _NO_SLOTS,
        findings=tuple(findings),
        node=_node(goal, index),
        set_facts=SetFacts.of(slots) if job.want_slots else None,
        rewrite=rewritten,
        headings=tuple(goal.context.get("headings") or ()),
    )


# Shared by every goal that has none; never changed.
_NO_SLOTS: dict[str, Any] = {}
_NO_NODE: dict[str, Any] = {}


def _node(goal: SourceGoal, index: LineIndex) -> dict[str, Any]:
    """What the goal-set rules need of the goal's place in its document.

    A Markdown sub-goal names its parent by where the parent starts (see
    ``goalset.node_key``); most goals have no place to note.
    """
    context = goal.context
    node = {key: context[key] for key in _NODE_KEYS if context.get(key) is not None}
    if "parent_start" in context:
        node["parent"] = tuple(index.position(context["parent_start"]))
    return node or _NO_NODE


_NODE_KEYS = ("role", "parent", "fields", "yaml_path")


_Verdict = tuple[list[tuple[RuleSpec, Hit]], dict[str, Any], Rewrite | None]


def _objective_exempt(rule: RuleSpec) -> bool:
    """Rules an OKR objective is not judged by: how much and by when are its key results'."""
    return rule.kind == "unsized-change" or (
        rule.kind == "missing" and rule.requires in ("number", "deadline")
    )


def _judge(
    goal: SourceGoal,
    doc: Doc,
    job: _Job,
    objective: bool = False,
    inherited: Inherited = NOTHING,
    work: bool = False,
) -> _Verdict:
    """What the rules say of a goal: hits, slots and the suggested rewrite.

    It depends on the goal's words, what it inherits and the job's settings
    only, so an editor's unchanged goals can reuse it.
    """
    lang, rules, ctx = job.lang, job.rules, context_for(job.ctx, inherited)
    facts = analyse(doc, lang, dict(job.marks))
    if work:
        as_work_item(facts)  # "Offline sync client" in a table of owners: a thing to make
    if objective:
        rules = [r for r in rules if not _objective_exempt(r)]
    hits = [
        (rule, hit)
        for rule in rules
        for hit in islice(KINDS[rule.kind](rule, facts, ctx), MAX_HITS_PER_RULE)
    ]
    if inherited:
        hits = apply_inherited(hits, rules, inherited, facts.deadline is not None, facts.text, ctx)
    slots = (
        extract_slots(facts, ctx.resolve_from, ctx.fiscal_year_start_month)
        if job.want_slots or hits
        else {}
    )
    slots = slots_in_context(slots, inherited)
    rewritten = None
    if any(job.severities.get(rule.id, rule.severity) != "info" for rule, _ in hits):
        # an info finding asks the author to check something, not to rewrite the goal
        fired = {rule.id for rule, _ in hits}
        rewritten = rewrite(facts, fired, ctx, slots, inherited.deadline is not None)
        if rewritten is not None and rewritten.text.rstrip(".") == goal.display.rstrip("."):
            rewritten = None  # the finding asks for a check, not an edit
    return hits, slots, rewritten


class GoalCache:
    """Verdicts on goals by their words, kept between lints of a changing document.

    The language server lints the whole document on every change; with this
    only the goals the change touched are parsed again.  Verdicts are kept per
    setting (language, pipeline, rules, dates, severities), a few settings at
    a time, each with a bounded number of goals.
    """

    def __init__(self, goals_per_setting: int = 20_000, settings: int = 4) -> None:
        self.goals_per_setting = goals_per_setting
        self.settings = settings
        self._scopes: list[
            tuple[tuple[object, ...], OrderedDict[tuple[str, object], _Verdict]]
        ] = []

    def scope(self, job: _Job) -> _CacheScope:
        """The verdicts that hold under ``job``'s settings."""
        key = (job.lang, job.nlp, tuple(job.rules), job.ctx, job.severities, job.want_slots)
        for index, (known, kept) in enumerate(self._scopes):
            if known == key:
                self._scopes.append(self._scopes.pop(index))
                return _CacheScope(kept, self.goals_per_setting)
        entries: OrderedDict[tuple[str, object], _Verdict] = OrderedDict()
        self._scopes.append((key, entries))
        del self._scopes[: -self.settings]
        return _CacheScope(entries, self.goals_per_setting)


@dataclass(frozen=True)
class _CacheScope:
    entries: OrderedDict[tuple[str, object], _Verdict]
    limit: int

    def get(self, text: str, display: object) -> _Verdict | None:
        verdict = self.entries.get((text, display))
        if verdict is not None:
            self.entries.move_to_end((text, display))
        return verdict

    def put(self, text: str, display: object, verdict: _Verdict) -> None:
        self.entries[(text, display)] = verdict
        if len(self.entries) > self.limit:
            self.entries.popitem(last=False)


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


def _hit_span(goal: SourceGoal, index: LineIndex, hit: Hit, whole: Span) -> Span:
    """Where a hit is; the goal's own span (shared) when the hit covers the whole goal."""
    if hit.start == 0 and hit.end == len(goal.text):
        return whole
    return _span(goal, index, hit.start, hit.end)


def _span(goal: SourceGoal, index: LineIndex, start: int, end: int) -> Span:
    first = index.position(goal.doc_offset(start))
    last = index.position(goal.doc_offset(max(end - 1, start)))
    end_column = last.column + 1 if end > start else last.column
    return Span(first.line, first.column, last.line, end_column)


def _shorten(value: str) -> str:
    """A message value of at most ``MAX_VALUE_CHARS``: a whole 10,000-character goal is not."""
    if isinstance(value, str) and len(value) > MAX_VALUE_CHARS:
        return value[: MAX_VALUE_CHARS - 1] + "…"
    return value


class _Values(dict[str, str]):
    """Message values; a name the rule's message uses but the kind lacks stays visible."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def lint_path(path: Path, options: Options, display: str | None = None) -> FileResult:
    """Read and lint one file; unreadable files and bad config become errors."""
    return read_and_lint(path, options, display)[1]


def read_and_lint(
    path: Path, options: Options, display: str | None = None, real: Path | None = None
) -> tuple[Snapshot | None, FileResult]:
    """Read the file once (``real``, the target of a link, when given) and lint those bytes.

    The snapshot is what ``--fix`` rewrites from, so a fix is always applied
    to the very text it was found in; None when the file could not be read.
    """
    name = display or str(path)
    try:
        snapshot = read_snapshot(real or path, MAX_FILE_BYTES)
    except SourceProblem as problem:
        return None, FileResult(name, errors=(problem.to_error(),))
    config = config_for(path, options)
    return snapshot, lint_bytes(name, snapshot.data, config, options)


__all__ = [
    "DataFileError",
    "Options",
    "active_rules",
    "config_for",
    "lint_bytes",
    "lint_path",
    "read_and_lint",
    "check_set",
    "settle_suppressions",
]
