"""What a parsed goal states: its amounts, time bounds and changes, in context.

The pipeline components mark words; this module judges them together.  A
change word ("öka", "more") is vague only when its clause states no size,
and a change word in a means clause ("..., främst genom fler kanaler") needs
no size of its own when the goal's target has one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from smartlint.nlp.dates import resolve
from smartlint.nlp.lexicon import load_lexicon, word_set
from smartlint.nlp.numbers import number_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Vocabulary:
    """The phrase lists of one language that judging in context needs."""

    means: dict[str, tuple[tuple[str, ...], ...]]
    coordinators: dict[str, tuple[tuple[str, ...], ...]]
    keep: frozenset[str]
    change_verbs: frozenset[str]


@cache
def vocabulary(lang: str) -> Vocabulary:
    """Return the context vocabulary of ``lang`` from ``words.{lang}.yaml``."""
    lex = load_lexicon("words", lang)

    def phrases(key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Index phrases by their first word, longest first."""
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in lex.get(key, []):
            words = tuple(str(phrase).lower().split())
            index.setdefault(words[0], []).append(words)
        return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}

    verbs = {str(v).lower() for group in lex.get("change", {}).values() for v in group}
    return Vocabulary(
        means=phrases("means"),
        coordinators=phrases("coordinators"),
        keep=frozenset(str(w).lower() for w in lex.get("keep", [])),
        change_verbs=frozenset(verbs),
    )


@dataclass(frozen=True)
class Change:
    """A change word and how the goal around it is sized."""

    span: Span
    direction: str
    clause: int
    in_means: bool
    sized: bool


@dataclass
class GoalFacts:
    """Everything the rule kinds need to know about one parsed goal."""

    doc: Doc
    lang: str
    amounts: list[Span] = field(default_factory=list)
    targets: list[Span] = field(default_factory=list)
    totals: list[Span] = field(default_factory=list)
    deadlines: list[Span] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    clause_starts: list[int] = field(default_factory=list)
    lowers: list[str] = field(default_factory=list)
    rule_spans: dict[str, list[Span]] = field(default_factory=dict)
    text: str = ""
    means_starts: list[int] = field(default_factory=list)
    deadline: Span | None = None
    resolved: dict[object, object] = field(default_factory=dict)

    @property
    def has_size(self) -> bool:
        """Whether the goal states a target amount or a multiplier anywhere."""
        return bool(self.targets)

    def deadline_date(self, today: dt.date, fiscal_start: int = 1) -> dt.date | None:
        """The resolved date of the goal's deadline, computed once per reference date."""
        key = (today, fiscal_start)
        if key not in self.resolved:
            span = self.deadline
            self.resolved[key] = None if span is None else resolve(span, today, fiscal_start)
        return self.resolved[key]  # type: ignore[return-value]

    def vague_changes(self) -> list[Change]:
        """The change words that state no size, one per clause at most.

        When the whole goal is unsized only the first change of each clause is
        reported (outside means clauses where possible), so one vague idea
        gives one warning, not three.
        """
        result: list[Change] = []
        reported: set[int] = set()
        for change in sorted(self.changes, key=lambda c: (c.in_means, c.span.start)):
            if change.sized or change.clause in reported:
                continue
            if change.in_means and self.has_size:
                continue
            reported.add(change.clause)
            result.append(change)
        return sorted(result, key=lambda c: c.span.start)


@cache
def comparative_words(lang: str) -> frozenset[str]:
    """Comparative adjectives and adverbs ("fler", "bättre", "more")."""
    groups = load_lexicon("words", lang).get("comparatives", {})
    return frozenset(str(w).lower() for words in groups.values() for w in words)


def noun_markers(lang: str) -> frozenset[str]:
    """Words that, before a verb form, make it a noun ("för lanseringen", "the launch")."""
    return word_set("words", lang, "noun_markers")


def analyse(doc: Doc, lang: str, extra_changes: list[Span] | None = None) -> GoalFacts:
    """Collect the facts of ``doc``; ``extra_changes`` come from rule patterns."""
    lowers = doc.user_data.get("smartlint.lowers") or [t.lower_ for t in doc]
    text = doc.user_data.get("smartlint.text") or doc.text
    facts = GoalFacts(doc=doc, lang=lang, lowers=lowers, text=text)
    for span in doc.spans.get("rules", []):
        facts.rule_spans.setdefault(span.label_, []).append(span)
    for span in doc.spans.get("quantity", []):
        (facts.totals if span.label_ == "total" else facts.amounts).append(span)
    facts.deadlines = [s for s in doc.spans.get("time", []) if s.label_ == "deadline"]
    facts.deadline = main_deadline(facts.deadlines)
    vocab = vocabulary(lang)
    facts.clause_starts = _clause_starts(doc, facts.lowers, vocab)
    markers = number_words(lang).baseline_markers
    facts.targets = [
        s for s in facts.amounts if s.label_ != "level" and word_before(s) not in markers
    ]
    sized_clauses = {_clause_of(facts.clause_starts, s.start) for s in facts.targets}
    means_starts = facts.means_starts = _phrase_starts(facts.lowers, vocab.means)
    candidates = list(doc.spans.get("change", [])) + list(extra_changes or [])
    seen: set[int] = set()
    for span in sorted(candidates, key=lambda s: s.start):
        if span.start in seen:
            continue
        seen.add(span.start)
        clause = _clause_of(facts.clause_starts, span.start)
        clause_start = facts.clause_starts[clause]
        in_means = any(clause_start <= m < span.start for m in means_starts)
        sized = clause in sized_clauses
        facts.changes.append(Change(span, span.label_ or "increase", clause, in_means, sized))
    return facts


def main_deadline(deadlines: list[Span]) -> Span | None:
    """The goal's deadline when it names several ("för 2026 senast 31 maj 2027").

    An explicit one (with digits) beats a vague one ("at the spring gala"),
    and among those the last in the text wins: goals put the deadline last.
    """
    if not deadlines:
        return None
    explicit = [s for s in deadlines if any(t.text[:1].isdigit() for t in s)]
    return (explicit or deadlines)[-1]


def word_before(span: Span, skip: frozenset[str] = frozenset()) -> str:
    """The lowercased word before ``span``, past spaces, punctuation and ``skip`` words."""
    index = span.start - 1
    doc = span.doc
    while index >= 0 and (doc[index].is_space or doc[index].is_punct or doc[index].lower_ in skip):
        index -= 1
    return doc[index].lower_ if index >= 0 else ""


def _phrase_starts(lowers: list[str], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> list[int]:
    """Token indices where one of ``phrases`` starts (lowercased, space-split)."""
    starts = []
    for i, word in enumerate(lowers):
        candidates = phrases.get(word)
        if candidates and any(tuple(lowers[i : i + len(p)]) == p for p in candidates):
            starts.append(i)
    return starts


def _clause_starts(doc: Doc, lowers: list[str], vocab: Vocabulary) -> list[int]:
    """Split at a coordinator that is followed by a change verb ("... and improve X")."""
    starts = [0]
    for i in _phrase_starts(lowers, vocab.coordinators):
        following = [
            t for t in doc[i + 1 : i + 4] if not t.is_space and t.lower_ not in ("att", "to")
        ]
        if following and following[0].lemma_ in vocab.change_verbs:
            starts.append(i + 1)
    return starts


def _clause_of(starts: list[int], index: int) -> int:
    clause = 0
    for number, start in enumerate(starts):
        if start <= index:
            clause = number
    return clause
