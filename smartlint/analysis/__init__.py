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

from smartlint.analysis.amounts import (
    DEFINITION,
    LEVEL,
    MULTIPLIER,
    RATE,
    SIZING,
    TARGET,
    TOTAL,
    Amount,
    amount_roles,
)
from smartlint.analysis.clauses import MAIN, Clause, clause_words, segment
from smartlint.analysis.kind import (
    DELIVERABLE,
    KindEvidence,
    cadence_quality,
    deliverable,
    end_state,
    for_everyone,
    given_up,
    in_metric,
    is_abstract,
    kept_level,
    kind_words,
    main_tokens,
    negated_level,
    pinned_event,
    work_item,
)
from smartlint.analysis.kind import (
    title_case as is_title_case,
)
from smartlint.analysis.marks import (
    CHANGE,
    HEDGE,
    VAGUE_QUANTITY,
    VAGUE_TIME,
    equality_tokens,
    is_adjective,
    keep_mark,
)
from smartlint.nlp.dates import resolve
from smartlint.nlp.lexicon import degree_forms, load_lexicon, verb_lemmas, word_set
from smartlint.nlp.numbers import number_words
from smartlint.nlp.timex_lexicon import time_lexicon
from smartlint.nlp.words import DEGREE_KEY, LEMMAS_KEY, TEXTS_KEY, causative_base, degree_table

if TYPE_CHECKING:
    from collections.abc import Callable

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
    """A change word and how the goal around it is sized.

    ``clause`` is the main clause (unit) it belongs to, ``role`` the role of
    the clause it stands in (``main``, ``means``, ``purpose``, ...), and
    ``in_means`` whether that role is a subordinate one, whose change needs
    no size when the goal has one.  ``degree`` is ``cmp``/``sup`` for a
    comparative or superlative, None for a verb or noun.
    """

    span: Span
    direction: str
    clause: int
    in_means: bool
    sized: bool
    role: str = MAIN
    degree: str | None = None


@dataclass
class GoalFacts:
    """The analysis of one parsed goal: what every rule, the slots and the rewrite read.

    Made once per goal by ``analyse``.  ``amount_facts`` holds every amount
    with its role (``smartlint.analysis.amounts``); ``amounts`` are the ones
    that say something about the goal's numbers (targets, levels, baselines,
    counts per period), ``targets`` those that size it.  ``clauses`` cut the
    goal into main and subordinate clauses, ``kind`` says why a goal without
    a number is still done-or-not (a deliverable, an end state).
    """

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
    lemmas: list[str] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    amount_facts: list[Amount] = field(default_factory=list)
    kind: KindEvidence | None = None
    marks: dict[str, list[Span]] = field(default_factory=dict)
    negated: list[int] = field(default_factory=list)

    def marked(self, mark: str) -> list[Span]:
        """The spans that state ``mark`` (``hedge``, ``vague-quantity``, ``vague-time``)."""
        return self.marks.get(mark, [])

    def subordinate_starts(self) -> list[int]:
        """Where the clauses that are not main clauses start (means, purpose, relative, ...)."""
        return [c.start for c in self.clauses if c.role != MAIN]

    @property
    def has_size(self) -> bool:
        """Whether the goal states a target amount or a multiplier anywhere."""
        return bool(self.targets)

    @property
    def done_or_not(self) -> bool:
        """Whether the goal is a deliverable or an absolute end state (measurable as it is)."""
        return self.kind is not None

    @property
    def measurable(self) -> bool:
        """Whether anyone can tell at the deadline if the goal was met (LABELS.md).

        A stated amount (a target, a service level, a count per period), a
        deliverable or end state, or "alla"/"every" when no vaguer change
        competes in its clause ("Förbättra bemötandet av alla besökare" is still
        unmeasurable).
        """
        sized = any(a.role in (TARGET, MULTIPLIER, RATE, LEVEL) for a in self.amount_facts)
        if (
            (self.kind is None or self.kind.kind == "level")
            and not sized
            and self._as_much_as_possible()
        ):
            return False  # "hålla nere portot så mycket som möjligt": the amount is vague
        if self.kind is not None:
            # "use as little plastic as possible and still finish the quilt": the
            # amount the goal is about is vague; a thing done later in the clause is no target
            if not any(
                s.start < self.kind.end and self.roles[s.start] == MAIN
                for s in self.marked(VAGUE_QUANTITY)
            ):
                return True
        if sized:
            return True
        vague = {i for q in self.marked(VAGUE_QUANTITY) for i in range(q.start, q.end)}
        totals = [t for t in self.totals if t.start not in vague]  # "do all that we can"
        if any(
            self.roles[q.start] == MAIN and q.start < t.start
            for q in self.marked(VAGUE_QUANTITY)
            for t in totals
        ):
            return False  # "a few sketches for each chapter": the amount is vague, "each" scopes it
        if not totals:
            return False
        # "behålla alla fritidsgårdar och öka öppettiderna": the end state is stated in a
        # clause of its own; the unsized change beside it is the vague check's to report
        units = {c.clause for c in self.vague_changes()}
        main = [i for i, role in enumerate(self.roles) if role == MAIN]
        return any(
            self._unit_of(t.start) not in units
            and not cadence_quality(self.lowers, main, t.start, self.lang)
            for t in totals
        )

    def _as_much_as_possible(self) -> bool:
        """Whether a main clause's amount is "as much as possible" ("så många som möjligt")."""
        possible = word_set("words", self.lang, "possible_words")
        return any(
            self.roles[q.start] == MAIN
            and any(p in " ".join(self.lowers[q.start : q.end]) for p in possible)
            for q in self.marked(VAGUE_QUANTITY)
        )

    def _unit_of(self, i: int) -> int:
        for clause in self.clauses:
            if clause.start <= i < clause.end:
                return clause.unit
        return -1

    def deadline_date(self, today: dt.date, fiscal_start: int = 1) -> dt.date | None:
        """The resolved date of the goal's deadline, computed once per reference date."""
        key = (today, fiscal_start)
        if key not in self.resolved:
            span = self.deadline
            self.resolved[key] = None if span is None else resolve(span, today, fiscal_start)
        return self.resolved[key]  # type: ignore[return-value]

    def _opens_subject(self, i: int) -> bool:
        """Whether token ``i`` is in a relative clause right after the sentence's first noun.

        "Planen som ska minska kostnaderna antas i vår": the clause says which plan,
        and the sentence's own verb may be read into it.
        """
        start = max((c.start for c in self.clauses if c.start <= i), default=0)
        if not 0 < start <= 2:
            return False
        first = self.lowers[0]
        if self.lang == "en":
            return first not in verb_lemmas("en")  # "Offer activities that …": a verb first
        return not first.endswith(("a", "å"))  # "Erbjuda aktiviteter som …": an infinitive

    def vague_changes(self) -> list[Change]:
        """The change words that state no size, one per main clause at most.

        A change in a main clause needs its clause to be sized; one in a means,
        purpose or relative clause needs a size only when the goal as a whole
        is not measurable ("Create a plan to strengthen the brand" is a
        deliverable).  Only the first change of each main clause is reported,
        so one vague idea gives one warning, not three.
        """
        if "vague" in self.resolved:
            return self.resolved["vague"]  # type: ignore[return-value]
        result: list[Change] = []
        reported: set[int] = set()
        unmeasured: bool | None = None
        for change in sorted(self.changes, key=lambda c: (c.in_means, c.span.start)):
            if change.sized or change.clause in reported or change.role in _NEVER_VAGUE:
                continue
            if change.in_means and change.role not in _AIMS and change.degree is None:
                continue  # "om intresset ökar": a condition says when, not what
            if change.role == "relative" and self._opens_subject(change.span.start):
                continue  # "Planen som ska minska kostnaderna antas": which plan, not the goal
            if change.in_means:
                if unmeasured is None:
                    unmeasured = not (
                        self.has_size or self.done_or_not or self._levels() or self.totals
                    )
                if not unmeasured:
                    continue
            reported.add(change.clause)
            result.append(change)
        result.sort(key=lambda c: c.span.start)
        self.resolved["vague"] = result
        return result

    def _levels(self) -> bool:
        return any(a.role == LEVEL for a in self.amount_facts)


# Time labels that bound a goal (``smartlint.nlp.timex``).
_BOUNDS = frozenset({"deadline", "duration"})
# Clauses whose amount sizes their main clause's change: a relative clause qualifies the
# metric ("andelen elever som ... till 90 %"), a parenthesis may state the target, and a
# measure clause says how the change is measured ("measured as X going from 40 to 60").
_SIZES_MAIN = frozenset({MAIN, "relative", "aside", "measure"})
# Subordinate clauses whose change is the goal's own aim when the goal states no amount.
# Subordinate roles whose change words are the goal's own when nothing else sizes it:
# "använda metoder som stärker självkänslan" is unsized (labelled vague in 24 of 36
# such goals of the development sets).
_AIMS = frozenset({"purpose", "means", "aside", "relative"})
# Roles whose change words are mentioned or offered, never the goal's own change.
_NEVER_VAGUE = frozenset({"quote", "comparison", "opportunity", "comment"})


def is_comparative(word: str, lang: str) -> bool:
    """Whether ``word`` (lowercased) is a comparative or superlative ("fler", "billigare")."""
    if word in degree_table(lang):
        return True
    return word not in word_set("words", lang, "not_degree") and (
        degree_forms(lang).get(word) is not None
    )


def noun_markers(lang: str) -> frozenset[str]:
    """Words that, before a verb form, make it a noun ("för lanseringen", "the launch")."""
    return word_set("words", lang, "noun_markers")


def analyse(doc: Doc, lang: str, marks: dict[str, str] | None = None) -> GoalFacts:
    """Analyse ``doc`` once.

    ``marks`` maps the id of each rule whose matches state a fact to that fact
    (``change``, ``hedge``, ``vague-quantity``, ``vague-time``; see
    ``RuleSpec.marks``): a rule's change words join the goal's changes, and
    its vague words are kept only where the context says they are used.
    """
    marks = marks or {}
    lowers = doc.user_data.get("smartlint.lowers") or [t.lower_ for t in doc]
    text = doc.user_data.get("smartlint.text") or doc.text
    lemmas = doc.user_data.get(LEMMAS_KEY) or [t.lemma_ for t in doc]
    facts = GoalFacts(doc=doc, lang=lang, lowers=lowers, text=text, lemmas=lemmas)
    for span in doc.spans.get("rules", []):
        facts.rule_spans.setdefault(span.label_, []).append(span)
    clauses = facts.clauses = segment(doc, lowers, lang, lemmas)
    roles = facts.roles = [""] * len(doc)
    units = [0] * len(doc)
    for clause in clauses:
        for i in range(clause.start, clause.end):
            roles[i], units[i] = clause.role, clause.unit
    facts.clause_starts = [c.start for c in clauses if c.role == MAIN and c.start > 0]
    facts.means_starts = [c.start for c in clauses if c.role == "means"]
    quantities = list(doc.spans.get("quantity", []))
    facts.amount_facts = amount_roles(doc, lowers, quantities, units, roles)
    for amount in facts.amount_facts:
        if amount.role == TOTAL:
            if _counts_all(doc, lowers, lemmas, amount.span, roles):
                facts.totals.append(amount.span)
        elif amount.role != DEFINITION:
            facts.amounts.append(amount.span)
    facts.targets = [a.span for a in facts.amount_facts if a.role in SIZING]
    _from_years(doc, lowers, quantities)
    _change_from(doc, lowers, quantities)
    _amount_range(doc, lowers)
    _for_the_year(doc, lowers, quantities)
    _past_in_relative(doc, lowers, clauses, roles)
    # "för de födda 2016 och senare", "children born 2019 or later": a cohort, not a date
    _relabel_deadlines(doc, "reference", lambda t: t.start > 0 and lowers[t.start - 1] in _BORN)
    standing = word_set("words", lang, "standing") | word_set("words", lang, "ratio_nouns")
    if _has_phrase(lowers, standing):
        # "policy: 40 % av årets vinst delas ut", "Utdelningen ska överstiga 40 % av årets
        # resultat": each year's, in a rule or ratio that holds every year
        _relabel_deadlines(doc, "period", lambda t: genitive_time(lowers, t, lang))
    # A duration ("for a week", "i tre månader") bounds a one-off effort, as a deadline does.
    facts.deadlines = [s for s in doc.spans.get("time", []) if s.label_ in _BOUNDS]
    facts.deadline = main_deadline(facts.deadlines)
    sized_units = {
        units[a.span.start]
        for a in facts.amount_facts
        if a.role in SIZING and roles[a.span.start] in _SIZES_MAIN
    }
    measured = _measured_units(clauses, facts.amount_facts, roles, doc)
    sized_units |= measured
    extra = [s for s in doc.spans.get("rules", []) if marks.get(s.label_) == CHANGE]
    # "the best possible service", "mesta möjliga": one vague quantity, not also a comparison;
    # "in the best case", "göra vårt bästa": a hedge, not a superlative
    quantity = {
        i
        for s in doc.spans.get("rules", [])
        if marks.get(s.label_) in (VAGUE_QUANTITY, HEDGE) and s.end - s.start > 1
        for i in range(s.start, s.end)
    }
    facts.changes = _changes(doc, facts, extra, units, sized_units, quantity)
    tokens = main_tokens(clauses)
    words = kind_words(lang)
    equal = equality_tokens(doc, lowers, lang)
    change_tokens = frozenset(i for c in facts.changes for i in range(c.span.start, c.span.end))
    stated = [
        i
        for c in clauses
        if c.role not in ("quote", "comparison", "comment")
        # "andelen hushåll som källsorterar fullt ut": the relative clause says what is counted
        and not (c.role == "relative" and in_metric(lowers, c.start, words))
        for i in range(c.start, c.end)
    ]
    facts.kind = (
        end_state(doc, lowers, stated, words, change_tokens)
        or given_up(doc, lowers, tokens, words, change_tokens | frozenset(facts.negated))
        or deliverable(doc, lowers, lemmas, tokens, words, change_tokens, _relative(clauses))
        or _equality(equal, tokens)
        or kept_level(doc, lowers, lemmas, tokens, lang)
        or negated_level(facts.negated, tokens)
    )
    if facts.kind is None:
        facts.kind = _one_thing_made(facts, tokens)
    if facts.kind is None and not facts.changes and not facts.targets:
        vague = {
            s.start
            for r, m in marks.items()
            if m in (VAGUE_QUANTITY, VAGUE_TIME)
            for s in facts.rule_spans.get(r, ())
        }
        if not vague.intersection(tokens):
            facts.kind = pinned_event(doc, lowers, lemmas, tokens, words)
    measured_tokens = frozenset(i for i, unit in enumerate(units) if unit in measured)
    _check_marks(facts, marks, equal, measured_tokens)
    return facts


def _from_years(doc: Doc, lowers: list[str], quantities: list[Span]) -> None:
    """A year right after the from-amount dates the baseline: "from 68 % in 2017 to 70 % in 2018".

    The time reader takes both years for deadlines; the first says when the
    baseline was measured, so it is relabelled ``baseline``.
    """
    after_from = {
        q.end for q in quantities if q.start > 0 and lowers[q.start - 1] in ("from", "från")
    }
    _relabel_deadlines(doc, "baseline", lambda t: t.start in after_from)


def _amount_range(doc: Doc, lowers: list[str]) -> None:
    """A "year" that runs to a number no year reaches is an amount: "(from 2000 to 3500)".

    The time reader takes "from 2000" for a start; "to 3500" shows the pair counts
    followers, members or kronor, so the span is no time at all.
    """
    times = list(doc.spans.get("time", []))
    kept = []
    for t in times:
        after = t.end + 1
        if (
            t.label_ == "start"
            and after < len(doc)
            and lowers[t.end] in ("to", "till")
            and doc[after].like_num
            and not _year_like(lowers[after])
        ):
            continue
        kept.append(t)
    if len(kept) != len(times):
        doc.spans["time"] = kept


def _year_like(word: str) -> bool:
    """Whether a number could be a year a goal names: 1900-2100, or two digits ("2027/28")."""
    digits = word.replace(" ", "")
    return digits.isdigit() and (len(digits) == 2 or 1900 <= int(digits) <= 2100)


def _change_from(doc: Doc, lowers: list[str], quantities: list[Span]) -> None:
    """A start right after a change's size is its baseline: "cut by 8% from FY25Q3".

    "Minska med 10 % från 2020": the costs fall by 5 % against that quarter; the
    goal does not start then.
    """
    sized = {q.end for q in quantities if q.start > 0 and lowers[q.start - 1] in ("by", "med")}
    _relabel_deadlines(
        doc,
        "baseline",
        lambda t: (
            t.start in sized
            and lowers[t.start] in ("from", "från")
            and lowers[t.start + 1] != "och"
        ),  # "från och med 2027" says when it starts
        source="start",
    )


def genitive_time(lowers: list[str], span: Span, lang: str) -> bool:
    """Whether a time is a genitive before a noun: "årets resultat", "this year's fair".

    It says whose the thing is, inside the noun's phrase: a date cannot stand in its place.
    """
    after = lowers[span.end] if span.end < len(lowers) else ""
    if after in ("'s", "’s"):
        return True
    return (
        lang == "sv"
        and lowers[span.end - 1].endswith("s")
        and after.isalpha()
        and after not in kind_words("sv").prepositions
    )


def _has_phrase(lowers: list[str], phrases: frozenset[str]) -> bool:
    """Whether a phrase of one to three words of ``phrases`` stands in ``lowers``."""
    return any(
        " ".join(lowers[i : i + size]) in phrases for i in range(len(lowers)) for size in (1, 2, 3)
    )


def _relabel_deadlines(
    doc: Doc, label: str, which: Callable[[Span], bool], source: str = "deadline"
) -> None:
    """Relabel the ``source`` spans (deadlines by default) of the doc that ``which`` picks."""
    times = list(doc.spans.get("time", []))
    picked = [t for t in times if t.label_ == source and which(t)]
    if not picked:
        return
    from spacy.tokens import Span

    doc.spans["time"] = [
        Span(doc, t.start, t.end, label=label) if t in picked else t for t in times
    ]


# English forms of "be" before a passive participle.
_BE = frozenset({"be", "been", "being", "is", "are", "was", "were"})
# Words before a year that name a cohort by it.
_BORN = frozenset({"born", "födda", "född", "födde", "årskull", "årskullen", "födelseår"})
# Auxiliaries of the perfect and past: a year after one in a relative clause dates what was done.
_PAST_AUXILIARIES = frozenset({"har", "hade", "have", "has", "had"})


def _past_in_relative(doc: Doc, lowers: list[str], clauses: list[Clause], roles: list[str]) -> None:
    """Relabel a year after a perfect ``reference`` when the goal has a deadline of its own.

    "bygga vidare under 2027 och 2028 på den modell vi har prövat 2026": 2024
    dates the work done, not the goal; the main clause's years bound it.
    """
    times = [t for t in doc.spans.get("time", []) if t.label_ == "deadline"]

    def past(span: Span) -> bool:
        for k in range(max(span.start - 4, 0), span.start - 1):
            if lowers[k] in _PAST_AUXILIARIES and lowers[k + 1].endswith(_SUPINE[doc.lang_]):
                return True  # "vi har arbetat med 2024", "we have run since 2019"
        return False

    if len([t for t in times if not past(t)]) and any(past(t) for t in times):
        _relabel_deadlines(doc, "reference", past)


# Endings of the participle after "har"/"have": "arbetat", "gjort", "worked", "done".
_SUPINE = {"sv": ("at", "it", "tt", "ått", "ut", "rt"), "en": ("ed", "en", "ne", "un")}


_FOR_THE_YEAR = frozenset({"for the year", "for this year", "för året"})


def _for_the_year(doc: Doc, lowers: list[str], quantities: list[Span]) -> None:
    """Read "for the year" as a bound of an amount ("40 books for the year") or a description.

    "The surplus for the year before grants", "verksamhetsplanen för året": no
    deadline, so the span is relabelled ``reference``.
    """
    ends = {q.end for q in quantities}
    goals = tuple(time_lexicon(doc.lang_).word_list("year_goal_nouns"))
    _relabel_deadlines(
        doc,
        "reference",
        lambda t: (
            " ".join(lowers[t.start : t.end]) in _FOR_THE_YEAR
            and t.start > 0
            and doc[t.start - 1].is_alpha
            and not lowers[t.start - 1].endswith(goals)  # "my goal for the year", "läsmålet"
            and not ({t.start, t.start - 1} & ends)
        ),
    )


def _measured_units(
    clauses: list[Clause], amounts: list[Amount], roles: list[str], doc: Doc
) -> set[int]:
    """The main clauses a measure clause with a target sizes: all of its sentence before it.

    "Bidra till ökad aktivitet och minska stillasittandet, mätt som att andelen ...
    går från 40 till 60": the measure states the size of the sentence's goal.
    """
    texts = doc.user_data.get(TEXTS_KEY) or [t.text for t in doc]
    found: set[int] = set()
    for k, clause in enumerate(clauses):
        if clause.role != "measure" or not any(
            (a.role in SIZING or a.role == LEVEL) and clause.start <= a.span.start < clause.end
            for a in amounts
        ):
            continue
        found.add(clause.unit)
        for before in reversed(clauses[:k]):
            if texts[before.end - 1] in _SENTENCE_ENDS:
                break
            found.add(before.unit)
    return found


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _relative(clauses: list[Clause]) -> frozenset[int]:
    """The tokens of relative clauses."""
    return frozenset(i for c in clauses if c.role == "relative" for i in range(c.start, c.end))


def _equality(equal: set[int], tokens: list[int]) -> KindEvidence | None:
    """A level set by a reference in a main clause: "minst lika mycket el som vi förbrukar"."""
    inside = sorted(equal.intersection(tokens))
    return KindEvidence("level", inside[0], inside[-1] + 1) if inside else None


def _check_marks(
    facts: GoalFacts, marks: dict[str, str], equal: set[int], measured: frozenset[int]
) -> None:
    """Keep the marked words that state their fact in this goal (``smartlint.analysis.marks``)."""
    measurable: bool | None = None
    for rule_id, mark in marks.items():
        spans = facts.rule_spans.get(rule_id)
        if not spans or mark == CHANGE:
            continue
        if measurable is None:
            measurable = facts.measurable
        kept = [
            s
            for s in spans
            if keep_mark(mark, s, facts.doc, facts.lowers, facts.roles, equal, measurable, measured)
        ]
        facts.rule_spans[rule_id] = kept
        facts.marks.setdefault(mark, []).extend(kept)
    for spans in facts.marks.values():
        spans.sort(key=lambda s: s.start)


def _changes(
    doc: Doc,
    facts: GoalFacts,
    extra: list[Span],
    units: list[int],
    sized: set[int],
    quantity: set[int],
) -> list[Change]:
    """The goal's change words, each with its clause, role and whether its clause is sized."""
    degrees = doc.user_data.get(DEGREE_KEY, {})
    lowers, roles, lang = facts.lowers, facts.roles, facts.lang
    learning = word_set("words", lang, "learning_markers")
    creates = word_set("words", lang, "create_verbs")
    not_changes = word_set("words", lang, "emerging_phrases")
    ceased = word_set("words", lang, "ceased")
    priorities = word_set("words", lang, "priority_adjectives")
    title_case = is_title_case(facts.text)
    changes = []
    seen: set[int] = set()
    for span in sorted([*doc.spans.get("change", []), *extra], key=lambda s: s.start):
        start = span.start
        if start in seen or start in quantity:
            continue
        seen.add(start)
        following = lowers[start + 1] if start + 1 < len(doc) else ""
        if facts.lemmas[start] in creates and following in learning:
            continue  # "utveckla sina förmågor": learning, not a change to size
        learns = facts.lemmas[start] in creates or causative_base(
            lowers[start], facts.lemmas[start], lang
        )  # "fördjupa sina kunskaper", "deepen their understanding"
        if learns and _learners_skill(lowers, start, lang):
            continue  # "utveckla barnens empatiska förmåga": their learning, not a change
        if (
            facts.lemmas[start] in creates
            and lang == "en"
            and start > 0
            and lowers[start - 1] in _BE
        ):
            continue  # "Study plans will be developed": made, a passive of making
        if facts.lemmas[start] in creates and _new_things(doc, lowers, start + 1, lang):
            continue  # "Develop rubrics and feedback forms": made new, not changed
        if _grows_one_thing(facts, start):
            continue  # "Grow a pumpkin", "raise a puppy": one thing made or reared
        if following in priorities and lowers[start] in ("most", "mest"):
            continue  # "the most important thing": a priority, not a change
        if not title_case and _in_name(doc, start):
            continue  # "Kursen Kunskap och utveckling", "(Development, Test, Docs)"
        degree = degrees.get(start)
        if _describes_or_bounds(lowers, start, lang):
            continue  # "grade 3 or higher", "for the more advanced pupils", "make the most of"
        if degree is not None and start > 0 and f"{lowers[start - 1]} {lowers[start]}" in ceased:
            continue  # "använder inte längre fossila bränslen": it stops, no comparison
        if _negated(lowers, start, lang):
            facts.negated.append(start)
            continue  # "ska inte minska", "should not increase": the level kept, no change
        if degree is not None and _bound_degree(doc, lowers, span.end):
            continue  # "mer än 50 %", "fler än 100 speltimmar": the amount sizes it
        if degree == "cmp" and _absolute_comparative(doc, lowers, start, lang):
            continue  # "Anordna en större tävling": a fairly big one, compared with nothing
        if degree is None and _names_a_concept(doc, lowers, span, lang):
            continue  # "hållbar utveckling", "a culture of improvement", "cost reduction plan"
        if degree is None and _reported(facts, start):
            continue  # "Share the latest speed improvements with our members": what is told
        if degree is None and " ".join(lowers[start : start + 2]) in not_changes:
            continue  # "ledare som växer fram", "children growing up": they come to be
        if (
            degree is None
            and lowers[start][:4] in ("utve", "växa", "växe", "grow", "deve", "evol")
            and " ".join(lowers[span.end : span.end + 2]) in _BECOMING
        ):
            continue  # "utvecklas till en självständig person", "grow into a leader": a role
        role = roles[start]
        changes.append(
            Change(
                span,
                span.label_ or "increase",
                units[start],
                role != MAIN,
                units[start] in sized and role in _SIZES_MAIN and not _own_conjunct(facts, start),
                role,
                degree,
            )
        )
    return changes


def _one_thing_made(facts: GoalFacts, tokens: list[int]) -> KindEvidence | None:
    """One thing grown or reared, done or not: "Grow a pumpkin", "raise a puppy"."""
    for i in tokens:
        if _grows_one_thing(facts, i):
            return KindEvidence(DELIVERABLE, i, min(i + 3, len(facts.lowers)))
    return None


def _grows_one_thing(facts: GoalFacts, i: int) -> bool:
    """Whether "grow"/"raise" at ``i`` makes one thing: "grow a pumpkin", not "grow a lot"."""
    produce = word_set("words", facts.lang, "produce_verbs")
    return facts.lemmas[i] in produce and _one_thing(facts.lowers, i + 1, facts.lang)


def _one_thing(lowers: list[str], i: int, lang: str) -> bool:
    """Whether "a"/"an" + a noun, not an amount ("a lot", "a million"), stands at ``i``."""
    if i + 1 >= len(lowers) or lowers[i] not in word_set("words", lang, "one_articles"):
        return False
    numbers = number_words(lang)
    word = lowers[i + 1]
    return (
        word.isalpha()
        and word not in numbers.cardinals
        and word not in numbers.scales
        and word not in word_set("words", lang, "amount_nouns")
        and not word.endswith(tuple(word_set("words", lang, "describing_endings")))
    )  # not "grow a comprehensive programme": a quality to grow


# Comparatives that bound what stands before "or": "first class or higher", "B eller bättre".
_OR_BOUNDS = frozenset(
    {"higher", "better", "more", "above", "greater", "högre", "bättre", "mer", "fler", "större"}
)
# Idioms with a superlative that compare nothing: "make the most of the new hall".
_IDIOMS = (
    ("make", "the", "most", "of"),
    ("göra", "det", "bästa", "av"),
    ("get", "the", "most", "out"),
)


def _describes_or_bounds(lowers: list[str], start: int, lang: str) -> bool:
    """A comparative that bounds a level, describes a group, or sits in an idiom.

    "Reach grade 3 or higher" (at least grade 3), "a reading circle for the more
    advanced pupils" (which pupils), "make the most of the new website".
    """
    word = lowers[start]
    before = lowers[start - 1] if start > 0 else ""
    if before in ("or", "eller") and word in _OR_BOUNDS:
        return True
    if before in ("and", "och") and word in _OR_BOUNDS and start > 1:
        # "30 år och mer", "100 members and more": the amount before is the floor
        amount = lowers[start - 2]
        after = lowers[start + 1] if start + 1 < len(lowers) else ""
        if after.isalpha() and after not in ("därtill", "dessutom", "than", "än"):
            return False  # "100 medlemmar och fler aktiviteter": a second change, of its own
        return amount[:1].isdigit() or (start > 2 and lowers[start - 3][:1].isdigit())
    for idiom in _IDIOMS:
        at = idiom.index(next(w for w in idiom if w in ("most", "bästa")))
        if tuple(lowers[start - at : start - at + len(idiom)]) == idiom:
            return True
    determiners = ("the", "de", "den", "det")
    if word in ("more", "most", "mer", "mest") and before in determiners and start > 1:
        return lowers[start - 2] in kind_words(lang).prepositions or lowers[start - 2] in _FOR_WHOM
    return False


# Prepositions of whom a thing is for: "a reading circle for the more advanced pupils".
_FOR_WHOM = frozenset({"for", "with", "för", "med", "åt"})


def _learners_skill(lowers: list[str], start: int, lang: str) -> bool:
    """Whether a genitive of learners and a skill follow "utveckla"/"develop"."""
    after = lowers[start + 1 : start + 7]
    objects = word_set("words", lang, "learning_objects")
    if after and (after[0].endswith("s") or after[0] in ("the", "our", "their")):
        return bool(objects.intersection(after[1:]))  # "utveckla barnens förmåga"
    # "develop calm and steady confidence": the skill itself, with only describing words
    preps = kind_words(lang).prepositions
    for word in after[:5]:
        if word in objects:
            return True
        if word in preps or not word.replace("-", "").isalpha():
            return False
    return False


def _new_things(doc: Doc, lowers: list[str], j: int, lang: str) -> bool:
    """Whether English bare things follow ("metrics", "inviting library spaces", "safety plan").

    With no article or owner the things are made new (a plural, or a singular
    artifact written headline style); "develop our programs" and
    "develop the website" change what exists, and a quality ("develop trust") is no thing.
    """
    if lang != "en" or j >= len(doc) or lowers[j] in kind_words(lang).determiners:
        return False
    k = j
    while k < len(doc) and doc[k].is_alpha and lowers[k] not in _THING_ENDS and k - j < 9:
        k += 1
    head = lowers[k - 1] if k > j else ""
    words = kind_words(lang)
    if head in words.artifacts and not is_abstract(head, words):
        return True  # "Develop basic Community Emergency Plan": one document, headline style
    if not head.endswith("s") or head.endswith(("ss", "us", "is", "ness")):
        return False
    return not is_abstract(head, words) and not is_abstract(head[:-1], words)


# Words that end the noun phrase after a verb of making ("standards for …", "tools and …").
_THING_ENDS = frozenset(
    {"for", "to", "of", "in", "on", "with", "that", "which", "by", "at", "from"}
)


def _own_conjunct(facts: GoalFacts, start: int) -> bool:
    """Whether a comparative opens a conjunct of its own after "och"/"and", with no amount in it.

    "Vi ska ha 100 medlemmar och fler aktiviteter": the 100 sizes the members; the
    activities are a second target, and each needs its own amount (LABELS.md).
    """
    lowers = facts.lowers
    if start < 2 or lowers[start - 1] not in ("och", "and", "samt"):
        return False
    if lowers[start] not in word_set("words", facts.lang, "count_comparatives"):
        return False
    before = [a for a in facts.amount_facts if a.span.end <= start - 1 and a.role in SIZING]
    after = [a for a in facts.amount_facts if a.span.start > start]
    return bool(before) and not after and before[-1].span.end >= start - 3


def _reported(facts: GoalFacts, start: int) -> bool:
    """A change noun that is the object of a verb of telling ("share improvements").

    The noun is plural ("improvements", "förbättringar"), and a verb of
    telling stands at most three words before it in its clause.
    """
    lowers = facts.lowers
    word = lowers[start]
    if not (word.endswith("s") if facts.lang == "en" else word.endswith(("ar", "arna"))):
        return False
    if lowers[start] == facts.lemmas[start]:
        return False  # a verb in -s or an unknown word, not a change noun
    telling = word_set("words", facts.lang, "report_verbs")
    return any(
        facts.lemmas[k] in telling or lowers[k] in telling
        for k in range(max(0, start - 4), start)
        if facts.roles[k] == facts.roles[start]
    )


# Negations before a change word: "ska inte minska", "must not increase", "no growth in".


# Swedish nouns of degree after a comparative: "i större utsträckning", "i högre grad".
_DEGREE_NOUNS = frozenset({"utsträckning", "grad", "mån", "omfattning", "takt", "skala"})
# Swedish words of a rough count before a plural ("några större aktiviteter").
# Also "andra", "nästa", "varje": other, next, each one of a kind ("andra mindre fordon").
# After a change verb these say what one becomes, a role, not how much: "växa till en …".
_BECOMING = frozenset({"till en", "till ett", "into a", "into an"})
_SOME = frozenset({"några", "flera", "par", "antal", "många", "andra", "nästa", "varje", "alla"})
# Prepositions before a thing in Swedish that the kind lexicon does not hold ("vid större …").
_THING_PREPOSITIONS = frozenset({"vid", "inför", "efter", "mellan", "utan"})


def _absolute_comparative(doc: Doc, lowers: list[str], start: int, lang: str) -> bool:
    """A Swedish comparative after "en"/"ett" before a thing: "en större tävling", "ett äldre hus".

    It says "fairly big", not "bigger than now". Before a measure ("en högre andel",
    "en lägre kostnad", "ett större antal") it still compares.
    """
    if lang != "sv" or start == 0:
        return False
    before = lowers[start - 1]
    # "några större konserter", "två längre resor", "vid större ombyggnader":
    # a count or a preposition before it, like "en", takes the thing as it is
    if not (
        before in ("en", "ett")
        or before in _SOME
        or doc[start - 1].like_num
        or (before in kind_words("sv").prepositions or before in _THING_PREPOSITIONS)
        and start > 1
        and lowers[start - 2] not in ("än", "som")
    ):
        return False
    if lowers[start] not in word_set("words", "sv", "absolute_comparatives"):
        return False  # "en bättre dialog" still compares
    after = start + 1
    if after >= len(doc) or not doc[after].is_alpha:
        return False
    measures = word_set("words", "sv", "kept_quantities") | word_set("words", "sv", "metric_heads")
    measures = measures | _DEGREE_NOUNS  # "i större utsträckning": a degree, still compared
    noun = lowers[after]
    endings = word_set("words", "sv", "measure_endings")
    if is_abstract(noun, kind_words("sv")):
        return False  # "en större mångfald": more of a quality, still a comparison
    return noun not in measures and not any(noun.endswith(e) for e in endings)


def _negated(lowers: list[str], start: int, lang: str) -> bool:
    """Whether the change word at ``start`` is negated: a level that must hold, not a change.

    "Not only increase" and "inte bara öka" still change something: the
    negation must stand right before the change word (or before "to").
    """
    before = start - 1
    if lang == "en" and before > 0 and lowers[before] == "to":
        before -= 1
    if before > 0 and lowers[before] in word_set("words", lang, "perfect_auxiliaries"):
        before -= 1  # "inte ha minskat", "not have increased": the same level kept
    return before >= 0 and lowers[before] in word_set("words", lang, "change_negations")


def _names_a_concept(doc: Doc, lowers: list[str], span: Span, lang: str) -> bool:
    """A change noun used as a name for a field or kind, not as the goal's change.

    Before it an adjective ("hållbar utveckling", "economic growth"); after it
    the noun it modifies ("improvement programmes", "reduction target"); or it
    completes another noun ("a culture of improvement").
    """
    from smartlint.analysis.marks import is_adjective

    root = span.root
    if root.lower_ == root.lemma_ or not root.lower_.endswith(_NOUN_ENDINGS[lang]):
        return False  # a verb ("utveckla", "develop"), not a noun of change
    start, end = span.start, span.end
    concept = root.lower_ in word_set("words", lang, "concept_nouns")
    if concept and start > 0 and is_adjective(lowers[start - 1], lang) and doc[start - 1].is_alpha:
        return True  # "hållbar utveckling"; "en god tillväxt" is still an unsized change
    if concept and lang == "sv" and _genitive_before(doc, lowers, start):
        return True  # "varje barns utveckling", "barnets trivsel, utveckling": a genitive's process
    if lang == "en" and end < len(doc) and doc[end].is_alpha and not doc[end].is_stop:
        return True  # English compounds: "cost improvement programmes"
    of = "of" if lang == "en" else "av"
    return (
        start > 1
        and lowers[start - 1] == of
        and doc[start - 2].is_alpha
        and not (doc[start - 2].is_stop)
    )


def _genitive_before(doc: Doc, lowers: list[str], start: int) -> bool:
    """Whether a Swedish genitive owns the noun at ``start``, directly or across a list of nouns."""
    k = start - 1
    while k >= 0 and start - k < 6:
        word = lowers[k]
        if len(word) > 3 and word.endswith("s") and word.isalpha():
            return True
        if word not in (",", "och", "samt") and not (doc[k].is_alpha and k < start - 1):
            return False  # only a list of nouns may stand between ("trivsel, utveckling")
        k -= 1
    return False


# Endings of a noun of change: "utveckling", "förbättring", "tillväxt", "improvement",
# "reduction", "growth".
_NOUN_ENDINGS = {
    "sv": ("ing", "ingen", "ingar", "växt", "växten"),
    "en": ("ment", "ments", "tion", "tions", "th", "sion"),
}


def _bound_degree(doc: Doc, lowers: list[str], end: int) -> bool:
    """A comparative bounding the number after it: "mer än 50 %", "more than 90%".

    Not a year the time reader took for a baseline: "lägre än 2020" compares
    with a year and still says nothing of how much.
    """
    if not (
        end + 1 < len(doc)
        and lowers[end] in ("än", "than")
        and (doc[end + 1].like_num or lowers[end + 1][:1].isdigit())
    ):
        return False
    return not any(
        s.label_ == "baseline" and s.start <= end + 1 < s.end for s in doc.spans.get("time", [])
    )


def _in_name(doc: Doc, i: int) -> bool:
    """A capitalised word inside a sentence: part of a name, not the goal's change."""
    token = doc[i]
    if i == 0 or not token.text[:1].isupper() or token.text.isupper():
        return False
    previous = doc[i - 1].text
    return previous == "," or any(c.isalnum() for c in previous)


def _counts_all(
    doc: Doc, lowers: list[str], lemmas: list[str], span: Span, roles: list[str]
) -> bool:
    """Whether "alla"/"every" makes the goal an absolute ("Alla förskolor ska gå igenom …").

    Not in a subordinate clause, and not for what everyone is offered
    ("alla ska ges möjlighet att …", "förutsättningar för alla barn att …"):
    that is an opportunity, not a state.  After a preposition it still
    counts ("distribueras till alla medlemmar"): scoping it out there lost
    more right verdicts than it won, on both development sets.
    """
    if roles[span.start] != MAIN:
        return False
    if span.end < len(lowers) and lowers[span.end] in word_set("words", doc.lang_, "all_compounds"):
        return False  # "all weather roads": a kind of road, not every one
    if span.start == 2 and for_everyone(lowers, 1, doc.lang_) and doc[0].is_alpha:
        return False  # "Utbildning för alla", "Housing for all": a slogan of whom, no state
    if span.start > 0 and lowers[span.start - 1] in _scope_prepositions(doc.lang_):
        if not any(
            roles[i] == MAIN
            and _promises(lowers[i], lemmas[i], doc.lang_)
            and not _quality_object(lowers, i, doc.lang_)
            for i in range(len(lowers))
        ):
            # "Build trust with all stakeholders": whom it is for, not a state; "ensure
            # access for all" and "alla ska ha" still promise one
            return False
    learning = word_set("words", doc.lang_, "learning_markers")
    creates = word_set("words", doc.lang_, "create_verbs")
    if any(
        lemmas[i] in creates and lowers[i + 1] in learning and roles[i] == MAIN
        for i in range(len(lowers) - 1)
    ):
        return False  # "varje deltagare utvecklar sin förmåga": each learns; no state is reached
    opportunity = clause_words(doc.lang_).opportunity_nouns
    around = range(max(span.start - 6, 0), min(span.end + 8, len(doc)))
    if any(lowers[j] in opportunity and roles[j] == MAIN for j in around):
        # "förutsättningar för alla barn att …", "alla ska ges möjlighet att …"; not an
        # opportunity a relative clause tells of ("ett betyg som ger möjlighet till …")
        return False
    return True


def _quality_object(lowers: list[str], i: int, lang: str) -> bool:
    """Whether the verb at ``i`` makes a quality, not a thing: "build trust", "skapa tillit".

    Past adjectives before it: "skapa livslång rörelseglädje", "build lasting trust".
    """
    j = i + 1
    while j < len(lowers) - 1 and j - i <= 3 and _describes(lowers[j], lang):
        j += 1
    return j < len(lowers) and is_abstract(lowers[j], kind_words(lang))


def _describes(word: str, lang: str) -> bool:
    """Whether ``word`` reads as an adjective before a noun: listed, compared, or by its ending."""
    endings = tuple(word_set("words", lang, "describing_endings"))
    return is_adjective(word, lang) or word.endswith(endings)


def _promises(word: str, lemma: str, lang: str) -> bool:
    """A verb that states, keeps, reaches or makes something: "ha", "ensure", "uppnå"."""
    verbs = _promise_verbs(lang)
    return word in verbs or lemma in verbs


@cache
def _promise_verbs(lang: str) -> frozenset[str]:
    from smartlint.analysis.kind import kind_words

    one_off = frozenset(k for k, phrases in kind_words(lang).one_off.items() if (k,) in phrases)
    return (
        word_set("words", lang, "state_verbs")
        | word_set("words", lang, "keep")
        | word_set("words", lang, "achieve_verbs")
        | one_off
    )


@cache
def _scope_prepositions(lang: str) -> frozenset[str]:
    """Prepositions before "all"/"alla" that scope an activity: "with all", "för alla"."""
    return word_set("words", lang, "scope_prepositions")


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


def as_work_item(facts: GoalFacts) -> None:
    """Read a row of a task table with no verb as one thing to make (``kind.work_item``).

    Only a row with no change, vague amount or size of its own: "Member
    outreach" or "Talks on our tooling" stay unmeasured.
    """
    if facts.kind is not None or facts.changes or facts.marked(VAGUE_QUANTITY):
        return
    if any(a.role in SIZING for a in facts.amount_facts):
        return
    facts.kind = work_item(facts.doc, facts.lowers, facts.lemmas, facts.lang)
