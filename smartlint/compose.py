"""A rewrite built from the goal's slots: owner, change, metric, amounts, deadline.

"Marknadsföring kommer att få in fler kunder i år" is read as owner
"Marknadsföring", an increase of "antalet kunder" won by "få in", and the
deadline "i år"; written back it becomes "Marknadsföring ska öka antalet nya
kunder från <baseline> till <mål> senast 2026-12-31."  A goal is composed only
when its slots account for every word of it (a means clause is carried over as
it stands); anything else, such as a second change, a vague quantity or a
baseline year, is left to the edits of ``smartlint.suggest``, which keep the
author's sentence.  ``<...>`` marks what only the author knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from smartlint.analysis import GoalFacts, vocabulary
from smartlint.nlp.lexicon import load_lexicon, word_set
from smartlint.nlp.numbers import number_words
from smartlint.slots import metric_range, read_subject
from smartlint.suggest_edits import WORDS, bare_count

if TYPE_CHECKING:
    from spacy.tokens import Span

    from smartlint.rules.context import CheckContext

_PLACEHOLDERS = {
    "sv": {"baseline": "<baseline>", "target": "<mål>", "date": "<ÅÅÅÅ-MM-DD>"},
    "en": {"baseline": "<baseline>", "target": "<target>", "date": "<YYYY-MM-DD>"},
}
# Words that may stand between the parts of a goal without saying anything a
# composed goal would lose: infinitive markers and the words that link amounts.
_GLUE = {
    "sv": frozenset(
        {"att", "kunna", "från", "till", "med", "senast", "minst", "upp", "ned", "ner"}
    ),
    "en": frozenset({"to", "from", "by", "at", "least", "up", "down"}),
}


@dataclass(frozen=True)
class _Words:
    """What a composed goal writes in one language (``compose`` in words.{lang}.yaml)."""

    modals: frozenset[str]
    modal: str
    increase: str
    decrease: str
    count: str
    new: str
    from_: str
    to: str
    by: str
    deadline: str


@cache
def _words(lang: str) -> _Words:
    table = dict(load_lexicon("words", lang)["compose"])
    modals = frozenset(str(w).lower() for w in table.pop("modals"))
    table["from_"] = table.pop("from")
    return _Words(modals=modals, **{k: str(v) for k, v in table.items()})


# The findings a composed goal answers; for any other (implausible-target, say)
# rewriting the sentence would only change its words.
COMPOSED_FOR = frozenset(
    {
        "missing-number",
        "vague-comparative",
        "missing-deadline",
        "hedge",
        "vague-timeframe",
        "deadline-passed",
    }
)


def compose(
    facts: GoalFacts, slots: dict[str, Any], fired: set[str], ctx: CheckContext
) -> str | None:
    """Return the goal written from its slots, or None when the slots do not cover it."""
    change = _the_change(facts, slots)
    if change is None or not COMPOSED_FOR & fired:
        return None
    lang, doc = facts.lang, facts.doc
    subject = read_subject(facts, change.start)
    owner = subject.owner if subject else None
    subject_is_metric = subject is not None and subject.is_metric
    metric = metric_range(facts, change.start, subject)
    if metric is not None:
        # the metric ends where a purpose, relative or other clause begins ("så att …")
        ends = [c.start for c in facts.clauses if c.start > change.start and c.role != "main"]
        if ends and metric[1] > ends[0]:
            metric = (metric[0], ends[0], metric[2])
    verb = _verb_before(facts, change)
    if metric is None or not _reads_as_verb(facts, change, verb, metric):
        return None
    counts = word_set("words", lang, "count_comparatives")
    if change.root.lower_ in counts and not _noun_phrase(facts, metric):
        return None
    hedges = _hedge_tokens(facts)
    modal = _modal_index(facts)
    words = _words(lang)
    if owner is not None and modal is not None and change.start < modal:
        return None  # "Maximize rooms to meet member needs": no owner comes before the change
    if owner is not None and modal is not None:
        if any(i < modal for i in hedges):
            owner = None  # "Vi hoppas ...": the hedge goes, and the owner with it
        elif facts.lowers[modal] not in words.modals:
            return None  # "Our ambition is to grow ...": not who, but what is wanted
    used = _owner_tokens(facts, modal) if owner is not None or subject_is_metric else set()
    used |= set(range(metric[0], metric[1]))
    used |= set(range(change.start, change.end))
    if verb is not None:
        used |= set(range(verb[0], verb[1]))
    used |= hedges
    bounds = number_words(lang).bounds
    if any(s.start > 0 and facts.lowers[s.start - 1] in bounds for s in facts.amounts):
        return None  # "med minst 20 procent": the slots keep the number, not its bound
    used |= {i for s in facts.amounts for i in range(s.start, s.end)}
    # Only the deadline is written again; a start point ("från och med 2014") is not.
    used |= {
        i
        for s in doc.spans.get("time", [])
        if s.label_ == "deadline"
        for i in range(s.start, s.end)
    }
    used |= {i for s in facts.marked("vague-time") for i in range(s.start, s.end)}
    means = _means(facts)
    if means is not None:
        if not _set_apart(facts, means):
            return None  # "genom Sörby" may name a place, not a means
        used |= set(range(means.start, len(doc)))
    glue = _GLUE[lang]
    if any(t.i not in used and _says_something(t, glue) for t in doc):
        return None
    parts = [f"{owner} {words.modal}"] if owner else []
    parts.append(_verb(facts, change, words, transitive=subject_is_metric))
    metric_text = _metric_text(facts, metric, words, acquired=verb is not None and verb[2])
    if not metric[2] and metric[0] == change.end and bare_count(facts, change):
        # "Grow commercial partners" -> "Grow the number of commercial partners from …"
        metric_text = f"{WORDS[lang]['number_of']} {metric_text}"
    parts.append(metric_text)
    parts.append(_amounts(slots, words, _PLACEHOLDERS[lang]))
    parts.append(_deadline(facts, words, _PLACEHOLDERS[lang], ctx))
    text = " ".join(p for p in parts if p)
    if means is not None:
        text += ", " + _means_text(facts, means)
    return text[:1].upper() + text[1:] + "."


def _the_change(facts: GoalFacts, slots: dict[str, Any]) -> Span | None:
    """The goal's one change, when it is a change verb or counts things ("fler kunder")."""
    if slots.get("direction") not in ("increase", "decrease") or slots.get("metric") is None:
        return None
    main = [c for c in facts.changes if not c.in_means]
    if len(main) != 1 or any(s.label_ == "multiplier" for s in facts.amounts):
        return None
    if facts.marked("vague-quantity") or facts.text.isupper():
        return None  # "ett antal insatser" needs its own <N>; "ÖKA ..." keeps its capitals
    if any(s.label_ == "baseline" for s in facts.doc.spans.get("time", [])):
        return None  # "jämfört med 2020" has no slot of its own
    return main[0].span


def _reads_as_verb(
    facts: GoalFacts, change: Span, verb: tuple[int, int, bool] | None, metric: tuple[int, int, str]
) -> bool:
    """Whether the change is a verb the metric can follow, or "fler X" after a verb that gets X.

    "Öka"/"Turismen ska öka" and "få in fler kunder" compose; "Ökad digitalisering",
    "bättre kundnöjdhet" and "arbeta för att fler elever väljer ..." are left to the edits.
    """
    root = change.root
    if root.lemma_ in vocabulary(facts.lang).change_verbs:
        return root.lower_ == root.lemma_
    if root.lower_ not in word_set("words", facts.lang, "count_comparatives"):
        return False
    if verb is None and change.start > 0:
        return False
    return facts.lang != "en" or _plural(facts, metric[1] - 1)


# Words and endings that make "fler X ..." a clause or a participle, not a noun phrase:
# "fler tjejer att börja spela", "fler doktorander finansierade", "more projects funded".
_CLAUSE_WORDS = frozenset({"att", "som", "to", "that", "who", "which"})
_PARTICIPLE_ENDINGS = {"sv": ("ade", "ad"), "en": ("ed",)}


def _noun_phrase(facts: GoalFacts, metric: tuple[int, int, str]) -> bool:
    """Whether the things "fler"/"more" counts form a plain noun phrase."""
    words = facts.lowers[metric[0] : metric[1]]
    if _CLAUSE_WORDS.intersection(words) or word_set("words", facts.lang, "owner_verbs") & set(
        words
    ):
        return False
    if words and words[0] in ("of", "av"):
        return False  # "more of our papers"
    return len(words) < 2 or not words[-1].endswith(_PARTICIPLE_ENDINGS[facts.lang])


def _plural(facts: GoalFacts, index: int) -> bool:
    """Whether the English word at ``index`` looks like a plural noun ("deals", not "talent")."""
    if index >= len(facts.lowers):
        return False
    word = facts.lowers[index]
    return word.endswith("s") and not word.endswith(("ous", "ss", "less"))


def _set_apart(facts: GoalFacts, means: Span) -> bool:
    """Whether a means clause is set off by a comma or opened by a phrase ("främst genom")."""
    start, lowers = means.start, facts.lowers
    if facts.doc[start - 1].text == ",":
        return True
    phrases = vocabulary(facts.lang).means.get(lowers[start], ())
    return any(len(p) > 1 and tuple(lowers[start : start + len(p)]) == p for p in phrases)


def _modal_index(facts: GoalFacts) -> int | None:
    """The index of the verb after the subject ("ska", "kommer", "will"), if any."""
    verbs = word_set("words", facts.lang, "owner_verbs")
    return next((t.i for t in facts.doc[1:7] if t.lower_ in verbs), None)


def _owner_tokens(facts: GoalFacts, modal: int | None) -> set[int]:
    """The subject, its modal verb and what follows it ("kommer att")."""
    if modal is None:
        return set()
    owner = set(range(modal + 1))
    if modal + 1 < len(facts.doc) and facts.lowers[modal + 1] in ("att", "to"):
        owner.add(modal + 1)
    return owner


def _hedge_tokens(facts: GoalFacts) -> set[int]:
    return {i for s in facts.marked("hedge") for i in range(s.start, s.end)}


def _verb_before(facts: GoalFacts, change: Span) -> tuple[int, int, bool] | None:
    """The verb that gets or has the things "fler"/"more" counts: start, end, whether it wins."""
    lowers = facts.lowers
    for key, acquires in (("acquire_verbs", True), ("have_verbs", False)):
        for phrase in word_set("words", facts.lang, key):
            size = len(phrase.split())
            start = change.start - size
            if start >= 0 and " ".join(lowers[start : change.start]) == phrase:
                return start, change.start, acquires
    return None


def _says_something(token: Any, glue: frozenset[str]) -> bool:
    return any(c.isalnum() for c in token.text) and token.lower_ not in glue


def _verb(facts: GoalFacts, change: Span, words: _Words, transitive: bool) -> str:
    """The author's change verb when it can take the metric as object, else the plain one."""
    root = change.root
    lemmas = vocabulary(facts.lang).change_verbs
    if not transitive and root.lemma_ in lemmas and root.lower_ == root.lemma_:
        return root.lower_
    direction = "decrease" if change.label_ == "decrease" else "increase"
    return str(getattr(words, direction))


def _metric_text(
    facts: GoalFacts, metric: tuple[int, int, str], words: _Words, acquired: bool
) -> str:
    start, end, prefix = metric
    phrase = facts.doc[start:end].text.strip()
    verbs = word_set("words", facts.lang, "metric_clause_verbs")
    for k in range(start + 1, end):
        if (
            facts.lowers[k] in verbs
            and facts.doc[k - 1].is_alpha
            and "som" not in facts.lowers[start:k]
        ):
            # "Fler bybor kan leva på …" -> "antalet bybor som kan leva på …"
            cut = facts.doc[k].idx - facts.doc[start].idx
            phrase = facts.doc[start:end].text[:cut] + "som " + facts.doc[start:end].text[cut:]
            phrase = phrase.strip()
            break
    if start == 0 and phrase[1:2].islower():
        phrase = phrase[:1].lower() + phrase[1:]  # sentence capital, not a name
    if prefix:
        prefix = f"{words.count} {words.new} " if acquired else f"{words.count} "
    return prefix + phrase


def _amounts(slots: dict[str, Any], words: _Words, holes: dict[str, str]) -> str:
    """The size of the change: what the goal gives, placeholders for what it does not."""
    baseline, target = slots.get("baseline"), slots.get("target")
    if target is not None and target.get("relative"):
        return f"{words.by} {target['text']}"
    if target is not None and baseline is None:
        return f"{words.to} {target['text']}"  # the goal is sized; its baseline is optional
    start = baseline["text"] if baseline else holes["baseline"]
    end = target["text"] if target else holes["target"]
    return f"{words.from_} {start} {words.to} {end}"


def _deadline(facts: GoalFacts, words: _Words, holes: dict[str, str], ctx: CheckContext) -> str:
    """The author's explicit deadline, a relative one ("i år") as its date, or a placeholder."""
    span = facts.deadline
    if span is None:
        return f"{words.deadline} {holes['date']}"
    date = facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month)
    if any(t.text[:1].isdigit() or t.like_num for t in span):
        return span.text  # "2027", "inom tre år": as written, passed or not
    if date is None or date < ctx.today:
        return f"{words.deadline} {holes['date']}"
    return f"{words.deadline} {date.isoformat()}"


def _means(facts: GoalFacts) -> Span | None:
    """The means clause that ends the goal ("främst genom fler onlinekanaler"), if any."""
    starts = [s for s in facts.means_starts if s > 0]
    if not starts:
        return None
    return facts.doc[starts[0] :]


def _means_text(facts: GoalFacts, means: Span) -> str:
    """The means clause as written, without a deadline inside it or the final stop."""
    time = {i for s in facts.doc.spans.get("time", []) for i in range(s.start, s.end)}
    kept = [t for t in means if t.i not in time]
    text = "".join(t.text_with_ws for t in kept).strip()
    return text.rstrip(".!;, ")
