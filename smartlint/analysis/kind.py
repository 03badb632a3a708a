"""What kind of goal it is: a change, a level, a deliverable, an end state, a habit, an activity.

The kind decides what a goal needs to be measurable (``../shared/LABELS.md``):
a change or a level needs an amount; a one-off deliverable ("Publicera den
nya prissidan", "Run a marathon") or an absolute end state ("Fossilfri
fordonspark 2030", "No accidents at our workplaces") is done or not, so it
needs none; an ongoing activity or quality ("Stärka arbetsgivarvarumärket")
can never be measured as it stands.  Judged on the goal's main clauses only:
"Create a marketing plan to strengthen the brand" is a deliverable, whatever
its purpose clause says.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from smartlint.analysis.clauses import MAIN, Clause
from smartlint.nlp.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHANGE, LEVEL, DELIVERABLE, END_STATE, ACTIVITY = (
    "change", "level", "deliverable", "end-state", "activity",
)  # fmt: skip


@dataclass(frozen=True)
class KindWords:
    """The vocabulary of goal kinds in one language (``kinds`` in words.{lang}.yaml)."""

    one_off: frozenset[tuple[str, ...]]
    make: frozenset[str]
    artifacts: frozenset[str]
    completion: frozenset[tuple[str, ...]]
    one_off_nouns: frozenset[str]
    happen: frozenset[str]
    end_states: frozenset[tuple[str, ...]]
    end_suffixes: tuple[str, ...]
    absolutes: frozenset[tuple[str, ...]]
    determiners: frozenset[str]
    particles: frozenset[str]
    ongoing: frozenset[str]
    wholes: frozenset[str]
    prepositions: frozenset[str]
    lang: str


def _phrases(values: list[object]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(str(v).lower().split()) for v in values)


def _words(values: list[object]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


@cache
def kind_words(lang: str) -> KindWords:
    """Read the kind vocabulary of ``lang`` once."""
    table = load_lexicon("words", lang).get("kinds", {})
    return KindWords(
        one_off=_phrases(table.get("one_off_verbs", [])),
        make=_words(table.get("make_verbs", [])),
        artifacts=_words(table.get("artifact_nouns", [])),
        completion=_phrases(table.get("completion_states", [])),
        one_off_nouns=_words(table.get("one_off_nouns", [])),
        happen=_words(table.get("happen_verbs", [])),
        end_states=_phrases(table.get("end_states", [])),
        end_suffixes=tuple(str(v).lower() for v in table.get("end_state_suffixes", [])),
        absolutes=_phrases(table.get("absolutes", [])),
        determiners=_words(table.get("determiners", [])),
        particles=_words(table.get("particles", [])),
        ongoing=_words(table.get("ongoing_verbs", [])),
        wholes=_words(table.get("wholes", [])),
        prepositions=_words(table.get("prepositions", [])),
        lang=lang,
    )


@dataclass(frozen=True)
class KindEvidence:
    """Why a goal is done-or-not: the kind and the token where it shows."""

    kind: str
    start: int
    end: int


def _at(lowers: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """The length of the longest phrase of ``phrases`` at token ``i`` (0 if none)."""
    best = 0
    for phrase in phrases:
        if len(phrase) > best and tuple(lowers[i : i + len(phrase)]) == phrase:
            best = len(phrase)
    return best


def main_tokens(clauses: list[Clause]) -> list[int]:
    """The token indices of the goal's main clauses, in order."""
    return [i for c in clauses if c.role == MAIN for i in range(c.start, c.end)]


def end_state(
    doc: Doc, lowers: list[str], tokens: list[int], words: KindWords
) -> KindEvidence | None:
    """An absolute end state in the main clauses: "fossilfri", "net zero", "inga olyckor"."""
    for i in tokens:
        word = lowers[i]
        length = _at(lowers, i, words.end_states) or _at(lowers, i, words.absolutes)
        if length and lowers[i] in words.wholes and i > 0 and lowers[i - 1] in words.prepositions:
            continue  # "närvaro i hela landet": where, not an absolute
        if length and not _bound_after(lowers, i + length):
            return KindEvidence(END_STATE, i, i + length)
        if _free_compound(doc, lowers, i, words):
            return KindEvidence(END_STATE, i, i + 1)
        if word.isalpha() and any(
            word.endswith(suffix) and len(word) >= len(suffix) + 3 for suffix in words.end_suffixes
        ):
            return KindEvidence(END_STATE, i, i + 1)
    return None


def _bound_after(lowers: list[str], i: int) -> bool:
    """Whether "no more than", "no later than" follows: a bound, not an absolute."""
    return i < len(lowers) and lowers[i] in ("more", "later", "less", "fewer", "longer", "mer")


def _free_compound(doc: Doc, lowers: list[str], i: int, words: KindWords) -> bool:
    """A hyphenated "-free"/"-neutral" compound the tokenizer split: "plastic-free"."""
    return (
        lowers[i] in words.end_suffixes
        and i >= 2
        and doc[i - 1].text in ("-", "‐")
        and doc[i - 2].is_alpha
        and not doc[i - 1].whitespace_
    )


def deliverable(
    doc: Doc, lowers: list[str], lemmas: list[str], tokens: list[int], words: KindWords
) -> KindEvidence | None:
    """A one-off deliverable or event in the main clauses: done by the deadline, or not."""
    token_set = set(tokens)
    for i in tokens:
        found = _one_off_verb(doc, lowers, lemmas, i, words, token_set)
        if found is not None:
            return found
        completion = _at(lowers, i, words.completion)
        if completion and i > 0:
            return KindEvidence(DELIVERABLE, i, i + completion)  # "Planen ska vara klar"
        if lowers[i] in words.one_off_nouns and (
            words.happen.intersection(lemmas) or _nominal_head(lowers, i)
        ):
            return KindEvidence(DELIVERABLE, i, i + 1)  # "en översyn ska ske", "Creation of"
    return None


def _nominal_head(lowers: list[str], i: int) -> bool:
    """A goal written as a noun phrase about a one-off: "Creation of a plan", "Införande av"."""
    return i == 0 and len(lowers) > 1 and lowers[1] in ("of", "av")


def _one_off_verb(
    doc: Doc,
    lowers: list[str],
    lemmas: list[str],
    i: int,
    words: KindWords,
    tokens: set[int],
) -> KindEvidence | None:
    lemma = lemmas[i]
    length = _at(lowers, i, words.one_off) or _at(lemmas, i, words.one_off)
    make = lemma in words.make
    if not length and not make:
        return None
    length = max(length, 1)
    if i > 0 and lowers[i - 1] in words.determiners and lowers[i - 1] not in ("ny", "new"):
        return None  # "the launch", "en lansering": a noun, not a verb
    if _passive(lowers[i], lemma, words) and not make:
        return KindEvidence(DELIVERABLE, i, i + 1)  # "planen ska antas", "be adopted"
    start = _object_start(doc, lowers, lemmas, i + length, words)
    if start is None or start not in tokens:
        return None
    if make:
        head = _artifact(lowers, start, words)
        return KindEvidence(DELIVERABLE, i, head + 1) if head is not None else None
    return (
        KindEvidence(DELIVERABLE, i, start + 1) if _determined(doc, lowers, start, words) else None
    )


def _passive(word: str, lemma: str, words: KindWords) -> bool:
    """A passive of a one-off verb: Swedish "antas", "genomföras"; never the base form."""
    return (
        words.lang == "sv"
        and word != lemma
        and word.endswith("s")
        and word[:-1].startswith(lemma[:-1])
    )


def _object_start(
    doc: Doc, lowers: list[str], lemmas: list[str], j: int, words: KindWords
) -> int | None:
    """Where the verb's object starts, past particles and a second verb ("define and clarify")."""
    n = len(doc)
    skipped_verb = False
    while j < n:
        word = lowers[j]
        if word in words.particles and j + 1 < n and not doc[j + 1].is_punct:
            j += 1
            continue
        if word in ("och", "and", "&") and not skipped_verb and j + 2 < n:
            skipped_verb = True
            j += 2  # "Define and clarify the goals": the second verb shares the object
            continue
        if doc[j].is_space:
            j += 1
            continue
        return j if doc[j].is_alpha or doc[j].like_num or word[:1].isdigit() else None
    return None


def _determined(doc: Doc, lowers: list[str], j: int, words: KindWords) -> bool:
    """Whether the object is a definite, named or counted thing, not a bare plural or mass."""
    word = lowers[j]
    if word in words.determiners or doc[j].like_num or word[:1].isdigit():
        return True
    if doc[j].text[:1].isupper() and j > 0:
        return True  # a name: "delta i Vasaloppet", "Read War & Peace"
    if words.lang == "sv" and word.isalpha() and len(word) > 4:
        if word.endswith(("en", "et", "na", "an")) or word.endswith("s") and j + 1 < len(doc):
            return True  # "bloggen", "distriktets tävlingar"
    return False


_OBJECT_ENDS = frozenset(
    {",", ".", ";", "för", "for", "to", "att", "som", "that", "which", "med", "with"}
)


def _artifact(lowers: list[str], j: int, words: KindWords) -> int | None:
    """The object's head when it names an artifact ("handlingsplan", "a feature roadmap")."""
    while j < len(lowers) and lowers[j] in words.determiners:
        j += 1  # "that pizza oven", "en ny handlingsplan"
    for k in range(j, min(j + 6, len(lowers))):
        word = lowers[k]
        if word in _OBJECT_ENDS:
            return None
        bare = word[:-1] if words.lang == "en" and word.endswith("s") else word
        if bare in words.artifacts or (
            words.lang == "sv" and any(word.endswith(a) for a in words.artifacts if len(a) > 3)
        ):
            return k
    return None
