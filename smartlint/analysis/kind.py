"""What kind of goal it is: a change, a level, a deliverable, an end state, a habit, an activity.

The kind decides what a goal needs to be measurable (``../shared/LABELS.md``):
a change or a level needs an amount; a one-off deliverable ("Publicera den
nya prissidan", "Run a marathon") or an absolute end state ("Fossilfri
fordonspark 2030", "No accidents at our workplaces") is done or not, so it
needs none; an ongoing activity or quality ("Stärka arbetsgivarvarumärket")
can never be measured as it stands.  Judged on the goal's main clauses only:
"Draft a travel policy to cut flights" is a deliverable, whatever
its purpose clause says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from smartlint.analysis.amounts import amount_words
from smartlint.analysis.clauses import MAIN, Clause, clause_words
from smartlint.analysis.marks import is_adjective
from smartlint.nlp.lexicon import load_lexicon, word_set
from smartlint.nlp.numbers import number_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

CHANGE, LEVEL, DELIVERABLE, END_STATE, ACTIVITY = (
    "change", "level", "deliverable", "end-state", "activity",
)  # fmt: skip


@dataclass(frozen=True)
class KindWords:
    """The vocabulary of goal kinds in one language (``kinds`` in words.{lang}.yaml)."""

    one_off: Phrases
    make: frozenset[str]
    artifacts: frozenset[str]
    completion: Phrases
    one_off_nouns: frozenset[str]
    happen: frozenset[str]
    end_states: Phrases
    end_suffixes: tuple[str, ...]
    absolutes: Phrases
    determiners: frozenset[str]
    particles: frozenset[str]
    ongoing: frozenset[str]
    abstract: frozenset[str]
    abstract_suffixes: tuple[str, ...]
    event_verbs: frozenset[str]
    features: frozenset[str]
    events: frozenset[str]
    verb_cues: frozenset[str]
    not_done: frozenset[str]
    indefinite: frozenset[str]
    verbs: frozenset[str]
    blockers: frozenset[str]
    wholes: frozenset[str]
    prepositions: frozenset[str]
    conversions: frozenset[str]
    founded: frozenset[str]
    lang: str


Phrases = dict[str, tuple[tuple[str, ...], ...]]


def _phrases(values: list[object]) -> Phrases:
    """Phrases indexed by their first word, longest first, so a lookup is one dict access."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for value in values:
        words = tuple(str(value).lower().split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _words(values: list[object]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


def _not_done(lang: str, table: dict[str, object]) -> frozenset[str]:
    """Verbs whose object is never a deliverable: changes, qualities, ongoing work, having."""
    lex = load_lexicon("words", lang)
    found = set(_words(table.get("ongoing_verbs", [])))  # type: ignore[arg-type]
    found |= _words(table.get("blockers", []))  # type: ignore[arg-type]
    found |= _words(table.get("not_done_verbs", []))  # type: ignore[arg-type]
    found |= {str(v).lower() for group in lex.get("change", {}).values() for v in group}
    found |= {str(v).lower() for v in lex.get("keep", [])}
    found |= {str(v).lower().split()[0] for v in lex.get("acquire_verbs", [])}
    found |= {str(v).lower() for v in lex.get("level_verbs", [])}
    return frozenset(found)


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
        abstract=_words(table.get("abstract_nouns", [])),
        abstract_suffixes=tuple(str(s).lower() for s in table.get("abstract_suffixes", [])),
        event_verbs=_words(table.get("event_verbs", [])),
        features=_words(table.get("feature_verbs", [])),
        events=_words(table.get("event_nouns", [])),
        verb_cues=_words(table.get("verb_cues", [])),
        not_done=_not_done(lang, table),
        indefinite=_words(table.get("one_thing", [])),
        founded=_words(table.get("founded_nouns", [])),
        verbs=clause_words(lang).verbs,
        blockers=_words(table.get("blockers", [])),
        wholes=_words(table.get("wholes", [])),
        prepositions=_words(table.get("prepositions", [])),
        conversions=_words(table.get("conversion_verbs", [])),
        lang=lang,
    )


@dataclass(frozen=True)
class KindEvidence:
    """Why a goal is done-or-not: the kind and the token where it shows."""

    kind: str
    start: int
    end: int


def phrase_at(lowers: list[str], i: int, phrases: Phrases) -> int:
    """The length of the longest phrase of ``phrases`` at token ``i`` (0 if none)."""
    for phrase in phrases.get(lowers[i], ()):
        if len(phrase) == 1 or tuple(lowers[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def main_tokens(clauses: list[Clause]) -> list[int]:
    """The token indices of the goal's main clauses, in order."""
    return [i for c in clauses if c.role == MAIN for i in range(c.start, c.end)]


def end_state(
    doc: Doc,
    lowers: list[str],
    tokens: list[int],
    words: KindWords,
    changes: frozenset[int] = frozenset(),
) -> KindEvidence | None:
    """An absolute end state in the main clauses: "fossilfri", "net zero", "inga olyckor".

    "for all" after a change or a quality says whom it is for ("Increase
    literacy for all ages", "kultur för alla"); it reaches no state.
    """
    for i in tokens:
        word = lowers[i]
        length = phrase_at(lowers, i, words.end_states) or phrase_at(lowers, i, words.absolutes)
        if length and lowers[i] in words.wholes and i > 0 and lowers[i - 1] in words.prepositions:
            continue  # "närvaro i hela landet": where, not an absolute
        if length and word == "for" and i > 0 and lowers[i - 1] in _offered(words.lang):
            continue  # "creating opportunities for all": what is offered, not a state
        if length and word == "only" and i > 0 and lowers[i - 1] in words.determiners:
            continue  # "my only goal", "the only club": sole, not "nothing but"
        if length and i > 0 and lowers[i - 1] in word_set("words", words.lang, "act_negations"):
            continue  # "not only", "inte endast": in addition, not "nothing but"
        if length and cadence_quality(lowers, tokens, i, words.lang):
            continue  # "deliver excellent care every day": a quality kept, not a state reached
        if in_metric(lowers, i, words):
            continue  # "andelen rökfria mödrar", "the share of fossil-free cars": what is counted
        if i in _time_tokens(doc):
            continue  # "by the end of year 8": a time bound, not an end to reach
        if length and word in ("for", "to", "för", "åt") and _served_to_all(doc, tokens, i, words):
            continue  # "Provide quality services for all": whom an ongoing service is for
        if (
            length
            and word in ("for", "för")
            and i > 0
            and (is_abstract(lowers[i - 1], words) or changes.intersection(range(i)))
        ):
            continue  # "Raise literacy for all ages", "kultur för alla": whom, no state
        if length and word in ("for", "för") and _all_to_do(lowers, i + length):
            continue  # "Equal chances for all players to train": what all may do, an opportunity
        if length and not _bound_after(lowers, i + length):
            return KindEvidence(END_STATE, i, i + length)
        if _free_compound(doc, lowers, i, words):
            return KindEvidence(END_STATE, i, i + 1)
        if (
            word.endswith(words.end_suffixes)  # one C call rules most words out
            and word.isalpha()
            and any(
                word.endswith(suffix) and len(word) >= len(suffix) + 3
                for suffix in words.end_suffixes
            )
        ):
            return KindEvidence(END_STATE, i, i + 1)
        if _named_level(doc, lowers, i, words.lang):
            return KindEvidence(END_STATE, i, i + 1)  # "reach C1 level", "nivå B2 i tyska"
    return None


# A code of a level on a scale: letters then a digit or two ("B2", "C1", "N3").
_LEVEL_CODE = re.compile(r"[A-Z]{1,2}[0-9]{1,2}\+?")


def _named_level(doc: Doc, lowers: list[str], i: int, lang: str) -> bool:
    """A level reached on a named scale: "reach a C2 level", "get a B1 certificate".

    The code must stand by a word for a level or its certificate, so "CO2" or
    "E18" name no level; a code inside a time ("Q3", "FY25") is a period.
    """
    if not _LEVEL_CODE.fullmatch(doc[i].text) or i in _time_tokens(doc):
        return False
    near = lowers[max(0, i - 2) : i] + lowers[i + 1 : i + 3]
    return any(w in word_set("words", lang, "level_nouns") for w in near)


# Words a metric phrase may hold between its head and a word of its noun phrase.
_METRIC_LINKS = frozenset({"of", "av", "and", "och", "-", "‐"})


def in_metric(lowers: list[str], i: int, words: KindWords) -> bool:
    """Whether word ``i`` describes what a metric counts: "andelen rökfria barn".

    An end-state word inside the noun phrase of a share or count ("the share
    of zero-emission buses", "antalet drogfria ungdomar") says which things
    are counted; the goal states no end state unless its own predicate does.
    """
    heads = word_set("words", words.lang, "metric_heads")
    for k in range(i - 1, max(-1, i - 7), -1):
        word = lowers[k]
        if word in heads:
            return True
        if word in _METRIC_LINKS or (word.endswith("-") and word[:-1].isalpha()):
            continue  # "andelen rök- och snusfria"
        if not word.isalpha() or word in words.verb_cues or word in words.prepositions:
            return False
    return False


def _all_to_do(lowers: list[str], after: int) -> bool:
    """Whether "for all (X)" goes on with "to"/"att" + a verb: what everyone is given to do."""
    for k in range(after, min(after + 3, len(lowers) - 1)):
        if lowers[k] in ("to", "att"):
            return lowers[k + 1].isalpha()
        if not lowers[k].isalpha():
            return False
    return False


def _served_to_all(doc: Doc, tokens: list[int], i: int, words: KindWords) -> bool:
    """Whether "for all" at ``i`` says whom a quality or a promoted activity is for.

    "Provide quality and equitable services for all", "create healthy
    neighbourhoods for all", "Promote the sharing of talent to all": an
    activity that goes on, no state reached.  "Housing for all by 2030" is one.
    """
    evaluative = word_set("words", words.lang, "evaluative")
    for k in tokens:
        if k >= i:
            break
        if doc[k].lower_ in evaluative or doc[k].lemma_.lower() in words.blockers:
            return True
    return False


def cadence_quality(lowers: list[str], tokens: list[int], i: int, lang: str) -> bool:
    """Whether "every"/"varje" at ``i`` opens a cadence of a quality: "god vård varje dag".

    A thing done every morning can be checked each morning ("Walk the dog every
    morning"); an evaluative quality delivered every day ("excellent healthcare
    every day") has no end state to check (LABELS.md: qualities are not measurable).
    """
    if i + 1 >= len(lowers) or lowers[i + 1] not in amount_words(lang).rate_units:
        return False
    evaluative = word_set("words", lang, "evaluative")
    return any(lowers[k] in evaluative for k in tokens)


@cache
def _offered(lang: str) -> frozenset[str]:
    """Nouns of what is offered ("opportunities", "möjligheter"): "for all" after them scopes."""
    return clause_words(lang).opportunity_nouns


def _bound_after(lowers: list[str], i: int) -> bool:
    """Whether "no more than", "no later than" follows: a bound, not an absolute.

    "No more impulse purchases" and "inget mer matsvinn" are none at all: "more"
    bounds only with "than" after it.
    """
    if i >= len(lowers):
        return False
    word = lowers[i]
    if word in ("more", "fewer", "mer"):
        return i + 1 < len(lowers) and lowers[i + 1] in ("than", "än")
    return word in ("later", "less", "longer", "than", "än")  # "inte längre än"


def _free_compound(doc: Doc, lowers: list[str], i: int, words: KindWords) -> bool:
    """A "-free"/"-neutral" compound the tokenizer split: "plastic-free", "debt free".

    English writes it with a hyphen or apart; the word before is what is gone.
    """
    if lowers[i] not in words.end_suffixes or i < 1:
        return False
    if i >= 2 and doc[i - 1].text in ("-", "‐"):
        return doc[i - 2].is_alpha and not doc[i - 1].whitespace_
    before = doc[i - 1]
    return (
        words.lang == "en"
        and before.is_alpha
        and not before.is_stop
        and before.lower_ not in word_set("words", "en", "loose_verbs")
        and not before.lower_.endswith("ly")
        and before.lower_ not in words.end_suffixes
    )


def deliverable(
    doc: Doc,
    lowers: list[str],
    lemmas: list[str],
    tokens: list[int],
    words: KindWords,
    changes: frozenset[int] = frozenset(),
    relative: frozenset[int] = frozenset(),
) -> KindEvidence | None:
    """A one-off deliverable or event in the main clauses: done by the deadline, or not.

    The verb must stand where a goal's verb stands (first, or after a modal,
    "att"/"to" or a subject), not follow a verb that only supports others
    ("uppmuntra föreningarna att skriva", "continue to develop"), and what it
    makes must not itself be a change ("become the most attractive club").
    """
    token_set = set(tokens)
    if words.lang == "sv":
        lemmas = _passive_lemmas(lowers, lemmas, words)
    named = _named_event(doc, lowers, tokens, words, changes)
    if named is not None:
        return named
    scheduled = _scheduled(doc, lowers, tokens, words, changes)
    if scheduled is not None:
        return scheduled
    for i in tokens:
        if _verb_position(doc, lowers, i, words, token_set):
            if any(lemmas[k] in words.blockers for k in _before_in_clause(doc, i, token_set)):
                break  # what others are helped to do is not the goal's deliverable
            found = _one_off_verb(doc, lowers, lemmas, i, words, token_set)
            if found is not None and lemmas[i] in word_set("words", words.lang, "causative_verbs"):
                later = {k for k in token_set if k > i and lowers[k] not in (".", ";")}
                if changes.intersection(later):
                    continue  # "Make our values more prominent": a change caused, not a thing made
            if found is not None and not changes.intersection(
                k for k in _described(doc, found, relative) if k in token_set or k in relative
            ):
                return found  # a purpose between subject and verb is not what is made
        completion = phrase_at(lowers, i, words.completion) or _done_participle(lowers, i, words)
        # "the site is live", "Nightlies published"; "people live well" is a verb, not a state
        bare_verb = lowers[i] == lemmas[i] and lowers[i] in words.verbs
        being = _BEING.intersection(lowers[max(0, i - 4) : i])
        if completion and i > 0 and (words.lang == "sv" or not bare_verb or being):
            return KindEvidence(DELIVERABLE, i, i + completion)  # "Planen ska vara klar"
        if lowers[i] in words.one_off_nouns and (
            words.happen.intersection(lemmas) or _nominal_head(lowers, i)
        ):
            return KindEvidence(DELIVERABLE, i, i + 1)  # "en översyn ska ske", "Creation of"
    return None


_QUESTION_WORDS = frozenset({"hur", "vad", "varför", "how", "what", "why"})


def _subject_run(
    lowers: list[str], lemmas: list[str], subject: list[int], words: KindWords
) -> list[int]:
    """The run of words before a passive that is its subject, between the verb cues.

    "Under hösten ska | ett nytt system | installeras", "Därför kommer | en stadga |
    att tas fram", "Tränare till lagen | ska i första hand | utses": the last run
    that does not open with a preposition; a passive verb at its end is dropped
    ("Projektet slutförs och utvärderas").
    """
    runs: list[list[int]] = [[]]
    for k in subject:
        if lowers[k] in words.verb_cues:
            runs.append([])
        else:
            runs[-1].append(k)
    runs = [run for run in runs if run and lowers[run[0]] not in words.prepositions]
    if not runs:
        return []
    run = runs[-1]
    while len(run) > 1 and _passive(lowers[run[-1]], lemmas[run[-1]], words):
        run = run[:-1]
    return run


def _one_subject(lowers: list[str], heads: list[int], words: KindWords) -> bool:
    """Whether a passive's subject is one thing: with an article, definite or English.

    "Planen ska antas", "ett nytt system ska installeras"; not "Spelare ska utses",
    a bare Swedish plural or mass noun with no article.
    """
    if words.lang != "sv":
        return True
    if any(lowers[k] in words.determiners or lowers[k] in words.indefinite for k in heads):
        return True
    head = lowers[heads[-1]]
    return len(head) > 3 and head.endswith(("en", "et", "na", "an", "n", "t"))


def _bare_feature(doc: Doc, lowers: list[str], heads: list[int], words: KindWords) -> bool:
    """A bare singular thing that opens a goal and is brought in: "Digital bokning införs".

    A plan's headline style drops the article; a plural ("Nya rutiner införs")
    asks how many, and a quality ("Kvalitetsarbete genomförs") goes on.
    """
    head = lowers[heads[-1]]
    return (
        words.lang == "sv"
        and heads[0] == 0
        and doc[heads[-1]].is_alpha
        and not head.endswith(("ar", "er", "or"))
        and not plural_indefinite(lowers, heads[0])
        and not is_abstract(head, words)
    )


@cache
def _deliverable_verbs(lang: str) -> frozenset[str]:
    """The first words of one-off, make and event verbs: read once per language."""
    words = kind_words(lang)
    return frozenset(words.one_off) | words.make | words.event_verbs


def _passive_lemmas(lowers: list[str], lemmas: list[str], words: KindWords) -> list[str]:
    """Lemmas with Swedish passives and imperatives the lemma list leaves whole.

    "sättas" -> "sätta", "slutförs" -> "slutföra", a first "Utred" -> "utreda".
    """
    firsts = _deliverable_verbs(words.lang)
    fixed = list(lemmas)
    for i, word in enumerate(lowers):
        if word != lemmas[i]:
            continue
        if i == 0 and word + "a" in firsts:
            fixed[i] = word + "a"  # "Utred laddinfrastruktur": an imperative opens the goal
            continue
        if not word.endswith("s"):
            continue
        if word.endswith("as") and word[:-1] in firsts:
            fixed[i] = word[:-1]  # "sättas" -> "sätta"
        elif word[:-1] + "a" in firsts:
            fixed[i] = word[:-1] + "a"  # "slutförs" -> "slutföra"
    return fixed


def _described(doc: Doc, found: KindEvidence, relative: frozenset[int]) -> range:
    """The deliverable's tokens and the relative clause that describes it, if one follows.

    "utveckla ett arbetssätt som är mer lyhört": the comparative in the
    relative clause makes the thing a change to size, not a deliverable.
    """
    end = found.end + 1
    first = next((k for k in range(found.end, min(found.end + 4, len(doc))) if k in relative), None)
    if first is not None and {t.lower_ for t in doc[first : first + 2]} & _QUESTION_WORDS:
        return range(found.start, found.end)  # "en plan för hur skolan ska bli renare …": its topic
    while end in relative or (end < len(doc) and end + 1 in relative and doc[end].is_space):
        end += 1
    return range(found.start, end)


def _verb_position(doc: Doc, lowers: list[str], i: int, words: KindWords, tokens: set[int]) -> bool:
    """Whether token ``i`` stands where a goal's verb does: first, or after a modal or subject."""
    k = i - 1
    times = _time_tokens(doc)
    while k >= 0 and k in tokens and lowers[k] not in _SENTENCE_ENDS:
        if k in times:
            k -= 1
            continue  # "ska under 2027 ta fram riktlinjer": a time between modal and verb
        if lowers[k].isalpha():
            if lowers[k] == "det" and words.lang == "sv" and lowers[i].endswith("s"):
                return True  # "att det arrangeras en hajk": a passive with a dummy subject
            if lowers[k] in words.verb_cues:
                return True
            if lowers[k] in ("is", "be") and lowers[i].endswith("ing"):
                return True  # "my goal is running a full marathon"
            if words.lang == "sv" and _passive_after_subject(lowers, i, k, words, tokens):
                return True  # "ska en ny plattform införas": the passive after its subject
            if words.lang == "sv" and _after_opening_phrase(doc, lowers, i, words):
                return True  # "I samarbete med kommunen bygga en ny brygga"
            return words.lang == "sv" and _subject_first(doc, lowers, k, i, tokens)
        k -= 1
    return True


def _after_opening_phrase(doc: Doc, lowers: list[str], i: int, words: KindWords) -> bool:
    """Whether a Swedish infinitive follows a phrase of manner or company that opens the goal.

    "I samarbete med kommunen bygga en ny brygga", "Tillsammans med skolan anordna en
    sommarkurs": the phrase says how, the infinitive is the goal's verb.
    """
    word = lowers[i]
    if not (2 < i <= 8 and word.endswith("a") and len(word) > 4 and not doc[i].is_stop):
        return False
    if lowers[0] not in words.prepositions and lowers[0] not in ("tillsammans", "gemensamt"):
        return False
    modals = word_set("words", "sv", "goal_modals") | word_set("words", "sv", "verb_holders")
    return all(doc[k].is_alpha and lowers[k] not in modals for k in range(i))


def _passive_after_subject(
    lowers: list[str], i: int, k: int, words: KindWords, tokens: set[int]
) -> bool:
    """A Swedish passive after a subject after the modal: "ska ett nytt system installeras"."""
    if not lowers[i].endswith("s") or len(lowers[i]) < 5:
        return False
    j = k
    while j >= 0 and j in tokens and lowers[j] not in _SENTENCE_ENDS and k - j < 6:
        if lowers[j] in words.verb_cues:
            return True
        j -= 1
    return False


def _subject_first(doc: Doc, lowers: list[str], k: int, i: int, tokens: set[int]) -> bool:
    """A Swedish goal opening with its subject and a present verb: "Kåren arbetar fram en plan".

    The subject is one definite or named noun at the start ("Kommunen",
    "Föreningen", "Kåren"); the verb is present tense ("inför", "arbetar").
    """
    if not lowers[i].endswith(("r", "s")) or len(lowers[i]) < 4:
        return False  # cheap tests first: this runs for most words of a Swedish goal
    # a present passive too: "Rullstolstäcken köps in", "Planen antas"
    if k == 1 and lowers[i].endswith("s") and doc[0].is_alpha and not doc[0].is_stop:
        return True  # "Digital bokning införs": a passive after a two-word subject; its
        # subject is judged with the verb
    if not (k == 0 or k - 1 not in tokens or lowers[k - 1] in _SENTENCE_ENDS):
        return False
    word = lowers[k]
    definite = (word.endswith(("en", "et", "na")) and len(word) > 4) or doc[k].text[:1].isupper()
    return definite and not doc[k].is_stop


def _time_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the goal's time expressions, read once per goal."""
    found = doc.user_data.get("smartlint.time_tokens")
    if found is None:
        found = frozenset(i for s in doc.spans.get("time", []) for i in range(s.start, s.end))
        doc.user_data["smartlint.time_tokens"] = found
    return found


def _before_in_clause(doc: Doc, i: int, tokens: set[int]) -> list[int]:
    """The tokens of ``i``'s main clause before it (back to the start or a sentence end)."""
    found = []
    k = i - 1
    lowers = doc.user_data.get("smartlint.lowers") or [t.lower_ for t in doc]
    while k >= 0 and k in tokens and lowers[k] not in _SENTENCE_ENDS:
        found.append(k)
        k -= 1
    return found[::-1]


def _subject_before_clause(doc: Doc, lowers: list[str], i: int, tokens: set[int]) -> list[int]:
    """The main-clause words before a purpose or relative clause that sits before ``i``.

    "En plan för att minska bullret ska tas fram": the subject of "tas fram"
    is "En plan", on the far side of the purpose clause.
    """
    k = i - 1
    while k >= 0 and k in tokens and lowers[k] not in _SENTENCE_ENDS:
        k -= 1  # the modal and adverbs of the main clause
    while k >= 0 and k not in tokens and lowers[k] not in _SENTENCE_ENDS:
        k -= 1  # the clause between
    found = []
    while k >= 0 and k in tokens and lowers[k] not in _SENTENCE_ENDS and doc[k].is_alpha:
        found.append(k)
        k -= 1
    return found[::-1]


_SENTENCE_ENDS = frozenset({".", "!", "?", ";", ":"})
# English words before a state of completion: "the site is live", "will be in place".
_BEING = frozenset(
    {"is", "are", "be", "been", "being", "was", "were", "get", "gets", "getting", "go", "goes"}
    | {"have", "has"}
)


def given_up(
    doc: Doc,
    lowers: list[str],
    tokens: list[int],
    words: KindWords,
    changes: frozenset[int] = frozenset(),
) -> KindEvidence | None:
    """An act given up in a main clause: "inte trycka några nya affischer", "don't order takeaway".

    Never doing something is an absolute (LABELS.md: "never"), reached or
    broken like zero. The negation must hold the goal's verb (after a modal,
    "att"/"to", or opening the goal) or its "några"/"any" object; "not only",
    a negated change ("ska inte öka": a level kept) and a negated state ("not
    be complicated") are no act given up.
    """
    lang = words.lang
    negations = word_set("words", lang, "act_negations")
    token_set = set(tokens)
    times = _time_tokens(doc)
    for i in tokens:
        if lowers[i] not in negations or i + 1 not in token_set:
            continue
        after = i + 1
        while after + 1 in token_set and lowers[after] in word_set(
            "words", lang, "negation_adverbs"
        ):
            after += 1
        if lowers[after] in word_set("words", lang, "negation_scopes") or changes.intersection(
            (after, after + 1)
        ):
            continue  # "inte bara", "not argue more": no act given up
        rest = [lowers[k] for k in tokens if k > after]
        contrasts = word_set("words", lang, "negation_contrasts")
        if any(w in contrasts and rest[n + 1 : n + 2] != ["att"] for n, w in enumerate(rest)):
            continue  # "inte omfördela jobb utan skapa …": a contrast; "utan att" is "without"
        limits = {str(v).split()[0] for v in word_set("words", lang, "limit_verbs")}
        if lowers[after] in limits or any(
            doc[k].like_num for k in tokens if k > after and k not in times
        ):
            continue  # "bör ej överstiga 10 %", "inte ta mer än två timmar": a limit kept
        any_object = word_set("words", lang, "any_words").intersection(lowers[after : after + 3])
        if any_object and i > 0 and doc[i - 1].is_alpha:
            return KindEvidence(END_STATE, i, after + 1)  # "Jag köper inte några kläder"
        before = i - 1
        while before >= 0 and before in times:
            before -= 1  # "att under 2028 inte flyga …"
        colon = before >= 0 and lowers[before] == ":"  # "the plan for spring: not order takeaway"
        while before >= 0 and not colon and not any(c.isalnum() for c in lowers[before]):
            before -= 1  # '"Inte kolla i mobilen …"': a quote mark or a dash opens nothing
        cues = word_set("words", lang, "act_negation_cues")
        opens = before < 0 or colon or lowers[before] in cues
        if not opens or not doc[after].is_alpha or lowers[after] in words.prepositions:
            continue  # "vi är inte nöjda", "but not at the expense of": no act negated
        if lowers[after] in word_set("words", lang, "stative_verbs") and not any_object:
            continue
        return KindEvidence(END_STATE, i, after + 1)
    return None


def kept_level(
    doc: Doc, lowers: list[str], lemmas: list[str], tokens: list[int], lang: str
) -> KindEvidence | None:
    """A level kept as it is: "Bibehålla antalet tävlingar", "maintain the number of members".

    Keeping a quantity at today's level is measurable (the reference is the
    level now, LABELS.md: "minst oförändrad"); keeping a quality ("behålla en
    god service") is not.
    """
    keep = word_set("words", lang, "keep")
    quantities = word_set("words", lang, "metric_heads") | word_set(
        "words", lang, "kept_quantities"
    )
    for i in tokens:
        if lemmas[i] in keep or lowers[i] in keep:
            ahead = [lowers[k] for k in range(i + 1, min(i + 7, len(lowers)))]
            if quantities.intersection(ahead):
                return KindEvidence(LEVEL, i, i + 1)
    return None


def negated_level(negated: list[int], tokens: list[int]) -> KindEvidence | None:
    """A negated change in a main clause keeps a level: "Sjukfrånvaron ska inte öka"."""
    main = set(tokens)
    for i in negated:
        if i in main:
            return KindEvidence(LEVEL, i - 1, i + 1)
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
    if doc.lang_ == "en" and lowers[i] != lemma and lowers[i].endswith("s") and _opens(lowers, i):
        return None  # "Talks on IPFS Cluster": a plural noun; a verb in -s needs a subject
    following = lowers[i + 1] if i + 1 < len(lowers) else ""
    if lemma in word_set("words", words.lang, "create_verbs") and following in word_set(
        "words", words.lang, "learning_markers"
    ):
        return None  # "Develop my drawing skills", "utveckla sina förmågor": learning
    if lemma in _HAVE_OR_NEED or lowers[i] in _HAVE_OR_NEED:
        # "Vi ska ha en handlingsplan": having a plan is done or not; "ha en god ekonomi" is not
        start = _object_start(doc, lowers, lemmas, i + 1, words)
        if start is not None and lowers[start] in words.indefinite:
            head = _artifact(lowers, start + 1, words)
            if head is None:
                head = _event(lowers, start + 1, words)  # "vi ska ha en julkonsert i december"
            noun = start + 1
            while noun < len(lowers) and lowers[noun] in words.indefinite:
                noun += 1  # "ett nytt äldreboende": new is no quality
            if head is None and start in tokens and _bare_noun(doc, lowers, noun, words):
                head = noun  # "ha en gungställning på gården": one thing, no quality to it
            if head is None or _qualified(lowers, start + 1, head, words):
                return None  # "ha ett väl fungerande mentorsprogram": a quality to keep
            return KindEvidence(DELIVERABLE, i, head + 1)
        return None
    length = phrase_at(lowers, i, words.one_off) or phrase_at(lemmas, i, words.one_off)
    if not length and doc.lang_ == "en" and lemma.startswith("re") and len(lemma) > 5:
        # "repaint", "rebuild", "reopen": done again, still done or not
        length = int((lemma[2:],) in words.one_off.get(lemma[2:], ()))
    make = lemma in words.make
    if lemma in words.event_verbs:
        start = _object_start(doc, lowers, lemmas, i + 1, words)
        determined = start is not None and _determined(doc, lowers, start, words)
        head = _event(lowers, start, words) if determined and start is not None else None
        if head is not None:
            return KindEvidence(DELIVERABLE, i, head + 1)
    if lemma in words.conversions and not (i > 0 and lowers[i - 1] in words.determiners):
        start = _object_start(doc, lowers, lemmas, i + 1, words)
        converted = None if start is None else _converted(doc, lowers, start)
        if converted is not None:
            return KindEvidence(DELIVERABLE, i, converted)
    if not length and not make:
        return _any_verb(doc, lowers, lemmas, i, words, tokens)
    length = max(length, 1)
    if i > 0 and lowers[i - 1] in words.determiners and lowers[i - 1] not in ("ny", "new"):
        return None  # "the launch", "en lansering": a noun, not a verb
    if _passive(lowers[i], lemma, words) and not make:
        if i > 0 and lowers[i - 1] == "det":
            # "det arrangeras en hajk": what is arranged follows the verb
            start = _object_start(doc, lowers, lemmas, i + 1, words)
            if start is not None and _determined(doc, lowers, start, words):
                return KindEvidence(DELIVERABLE, i, _phrase_end(doc, lowers, start, words))
            return None
        subject = [k for k in _before_in_clause(doc, i, tokens) if doc[k].is_alpha]
        if [k for k in subject if lowers[k] not in words.verb_cues] == []:
            subject = _subject_before_clause(
                doc, lowers, i, tokens
            )  # "En plan för att … ska tas fram"
        subject = _subject_run(lowers, lemmas, subject, words)
        heads = [k for k in subject if lowers[k] not in words.verb_cues]
        first_pp = next((n for n, k in enumerate(heads) if lowers[k] in words.prepositions), None)
        if first_pp:
            heads = heads[:first_pp]  # "Spelare till serielagen": the players, not the teams
        articled = any(
            lowers[k] in words.determiners or lowers[k] in words.indefinite for k in heads
        ) and not (heads and plural_indefinite(lowers, heads[0]))  # "nya aktiviteter ska startas"
        if heads and (
            (
                (_determined(doc, lowers, heads[-1], words) or articled)
                and _one_subject(lowers, heads, words)
            )
            or (lemma in words.features and _bare_feature(doc, lowers, heads, words))
        ):
            # "planen ska antas": what is adopted is the subject, counted from its start
            return KindEvidence(DELIVERABLE, subject[0], i + 1)
        return None
    start = _object_start(doc, lowers, lemmas, i + length, words)
    if start is None or start not in tokens:
        return None
    if lemma in word_set("words", words.lang, "identity_verbs") and _described_by_clause(
        lowers, start, words.lang
    ):
        return None  # "become a church that builds new leaders": a quality to live up to
    if lemma in word_set("words", words.lang, "outreach_verbs") and _outreach(lowers, start, words):
        return None  # "Introduce the sport to local youth": outreach that goes on
    if lemma in word_set("words", words.lang, "casting_verbs") and _cast_as(
        lowers, start, words.lang
    ):
        return None  # "Establish the museum as a hub": a role it is to be seen in
    finishing = lemma in FINISHING or " ".join(lemmas[i : i + length]) in FINISHING
    if finishing and doc[start].is_alpha and not doc[start].is_stop:
        return KindEvidence(
            DELIVERABLE, i, _phrase_end(doc, lowers, start, words)
        )  # "Finish drafts"
    if make:
        if plural_indefinite(lowers, start):
            return None  # "Create new playgrounds": how many?
        head = _made_thing(doc, lowers, start, words)
        return KindEvidence(DELIVERABLE, i, head + 1) if head is not None else None
    studied = lemma in word_set("words", words.lang, "study_verbs") and not lowers[i].endswith(
        _NOUN_FORMS
    )  # "assessment" shares its lemma with "assess"
    if plural_indefinite(lowers, start) and lemma not in words.features and not studied:
        return None  # "Recruit new volunteers", "anställa nya lärare": how many?
    if (
        _determined(doc, lowers, start, words)
        or (studied and doc[start].is_alpha and not doc[start].is_stop)  # "Review bus routes"
        or (lemma in words.features and not is_abstract(lowers[start], words))
        or (
            _artifact(lowers, start, words) == start
            and not _plural_head(doc, lowers, start, words)
            and not _bare_plural(lowers[start], words)  # "Write guides": how many?
        )
    ):
        # "ta fram riktlinjer", "draft guidelines": a document, made once, with no article
        end = _phrase_end(doc, lowers, start, words)
        founded = lowers[start] in words.indefinite and lowers[end - 1] in words.founded
        if (
            lemma not in words.features
            and is_abstract(lowers[end - 1], words)
            and not founded
            and not studied  # "utreda möjligheten": a study of a quality is one report
        ):
            return None  # "deliver our services", "leverera god service": it goes on
        return KindEvidence(DELIVERABLE, i, end)
    return None


def _scheduled(
    doc: Doc, lowers: list[str], tokens: list[int], words: KindWords, changes: frozenset[int]
) -> KindEvidence | None:
    """A thing scheduled for a time: "Byggstarten planeras till hösten", "is scheduled for May".

    What is planned for a date happens then or not; a change so planned
    ("Growth is planned for 2027") still needs its size.
    """
    marks = word_set("words", words.lang, "scheduled_words")
    starts = {s.start for s in doc.spans.get("time", [])}
    for i in tokens:
        if lowers[i] not in marks or not starts.intersection(range(i + 1, i + 4)):
            continue
        subject = [k for k in tokens if k < i]
        if subject and doc[subject[0]].is_alpha and not changes.intersection(subject):
            return KindEvidence(DELIVERABLE, subject[0], i + 1)
    return None


def _described_by_clause(lowers: list[str], start: int, lang: str) -> bool:
    """Whether a relative clause follows the object's noun: "a District where everyone …"."""
    relatives = _relative_words(lang)
    for k in range(start + 1, min(start + 6, len(lowers))):
        if lowers[k] in relatives:
            return True
        if lowers[k] in (",", ".", ";", ":", "and", "och"):
            return False
    return False


def _outreach(lowers: list[str], start: int, words: KindWords) -> bool:
    """Whether the verb brings people to a pursuit or a pursuit to people.

    "introduce local families to orienteering", "introducera sporten för unga": it
    goes on as long as there are people to reach. People are the object or stand
    after "to"/"för"; a thing made and then introduced to people ("introduce a new
    card to members") is still made once: the object, up to "to", must hold people
    or a pursuit, or end in a quality.
    """
    people = word_set("words", words.lang, "audience_nouns")
    reached = lowers[start] in people
    for k in range(start + 1, min(start + 6, len(lowers) - 1)):
        if reached or lowers[k] in (",", ".", ";", ":"):
            break
        if lowers[k] in ("to", "för", "till"):
            reached = any(w in people for w in lowers[start : k + 5])
            break
    if not reached:
        return False
    end = next(
        (k for k in range(start + 1, len(lowers)) if lowers[k] in ("to", "för", "till")),
        len(lowers),
    )
    phrase = set(lowers[start:end])
    pursuits = word_set("words", words.lang, "pursuits")
    return bool(phrase & people or phrase & pursuits or is_abstract(lowers[end - 1], words))


def _cast_as(lowers: list[str], start: int, lang: str) -> bool:
    """Whether "as a"/"som en" follows the object's noun: "Establish the club as a hub".

    The verb casts its object in a role ("etablera biblioteket som en mötesplats"):
    whether the role is filled is a quality, not a thing made once.
    """
    role = word_set("words", lang, "role_markers")
    articles = word_set("words", lang, "role_articles")
    for k in range(start + 1, min(start + 6, len(lowers) - 1)):
        if lowers[k] in role and lowers[k + 1] in articles:
            return True
        if lowers[k] in (",", ".", ";", ":", "and", "och"):
            return False
    return False


@cache
def _relative_words(lang: str) -> frozenset[str]:
    """The one-word openers of a relative clause (``clauses.relative``), and English "that"."""
    openers = clause_words(lang).openers
    found = {
        phrase[0]
        for entries in openers.values()
        for phrase, role in entries
        if role == "relative" and len(phrase) == 1
    }
    return frozenset(found | ({"that"} if lang == "en" else set()))


def _done_participle(lowers: list[str], i: int, words: KindWords) -> int:
    """A Swedish participle of a one-off verb after "vara"/"bli": "ska vara renoverad".

    "renoverad", "installerat", "genomförda" are what "renovera", "installera",
    "genomföra" leave done; 1 when token ``i`` is one, else 0.
    """
    if words.lang != "sv" or i == 0 or lowers[i - 1] not in ("vara", "bli"):
        return 0
    word = lowers[i]
    stems = set()
    if word.endswith(("ad", "at")):
        stems.add(word[:-1])  # "renoverad" -> "renovera"
    if word.endswith("ade"):
        stems.add(word[:-2])  # "installerade" -> "installera"
    if word.endswith(("d", "t")):
        stems.add(word[:-1] + "a")  # "genomförd" -> "genomföra"
    if word.endswith(("da", "ta")):
        stems.add(word[:-2] + "a")  # "byggda" -> "bygga"
    return int(any((stem,) in words.one_off.get(stem, ()) for stem in stems))


def _qualified(lowers: list[str], start: int, head: int, words: KindWords) -> bool:
    """Whether a quality describes the artifact: "en bra och tydlig plan", "väl fungerande".

    Not "en ny plan", "a new roadmap": new is what makes it a thing to make.
    """
    for k in range(start, head):
        word = lowers[k]
        if word in words.indefinite or word in words.determiners:
            continue
        if is_adjective(word, words.lang) or word.endswith(("ande", "ende")):
            return True
    return False


def _converted(doc: Doc, lowers: list[str], start: int) -> int | None:
    """The end of a conversion to a named state: "Convert city streetlights to LED".

    What is converted goes over whole, so the goal is done or not even with a
    bare plural ("ställa om stadens bussar till biogas"); not a share ("more
    trips", "fler resor"), which is a change to size.
    """
    to = ("to", "till", "into")
    for k in range(start + 1, min(start + 12, len(doc) - 1)):
        if lowers[k] in (".", ";") or doc[k].like_num:
            return None  # a list of what goes over may have commas ("trademark, logo and domain")
        if lowers[k] in to and doc[k + 1].is_alpha:
            return k + 2
    return None


def _phrase_end(doc: Doc, lowers: list[str], start: int, words: KindWords) -> int:
    """Where the object starting at ``start`` ends: "a safe reduction" | "in outpatient …"."""
    end = start
    while end < len(doc) and end - start < 5 and (doc[end].is_alpha or lowers[end] == "-"):
        if end > start and (lowers[end] in words.prepositions or lowers[end] in _OBJECT_ENDS):
            break
        end += 1
    return max(end, start + 1)


def _any_verb(
    doc: Doc, lowers: list[str], lemmas: list[str], i: int, words: KindWords, tokens: set[int]
) -> KindEvidence | None:
    """Any other verb in a goal's verb place that makes or does one determined thing.

    "Take a quilting class", "Integrate the FLS into the design process",
    "Köpa ett nytt objektiv": done or not.  Not a verb of a change, a quality
    or an ongoing activity ("stärka", "support", "ha", "be"), not "new
    members" (how many?) and not a quality ("skydda miljön").
    """
    lemma = lemmas[i]
    if not _verb_form(lowers[i], lemma, words) or lemma in _STATES:
        return None
    if words.lang == "sv" and doc[i].is_stop and lemma != "göra":
        return None  # "är också ett prioriterat område": an adverb in -a, not an infinitive
    start = _object_start(doc, lowers, lemmas, i + 1, words)
    if start is None or start not in tokens:
        return None
    first = start + (lowers[start] in words.determiners and lowers[start] not in _FIRST)
    if first + 1 < len(doc) and lowers[first] in _FIRST and doc[first + 1].is_alpha:
        return KindEvidence(DELIVERABLE, i, first + 2)  # "Reach first paying customer"
    if lemma in words.not_done or lowers[i] in words.not_done:
        return None
    one = lowers[start] in words.indefinite or doc[start].text[:1].isupper()
    if not one or plural_indefinite(lowers, start):
        return None  # "involvera barnen", "bevara kulturarvet": ongoing; "a class": one thing
    head = _made_thing(doc, lowers, start, words)
    return KindEvidence(DELIVERABLE, i, head + 1) if head is not None else None


def _bare_noun(doc: Doc, lowers: list[str], j: int, words: KindWords) -> bool:
    """Whether token ``j`` is a noun that ends its phrase with nothing to qualify it.

    "en rutschkana på skolgården", "a greenhouse.": a thing had or not; "en god
    ekonomi", "a highly engaged workforce", "en heltidsanställning" are not.
    """
    if j >= len(doc) or not doc[j].is_alpha or doc[j].is_stop:
        return False
    word = lowers[j]
    if is_adjective(word, words.lang) or is_abstract(word, words) or word.endswith("ly"):
        return False
    if j + 1 == len(doc):
        return True
    after = lowers[j + 1]
    if after in (".", "!", ",", ";", "och", "and") or after in words.prepositions:
        return True
    # a place or time after it ("vid fritids"), not a clause that qualifies it ("som", "that")
    return (
        doc[j + 1].is_stop
        and doc[j + 1].is_alpha
        and after not in _relative_words(words.lang)
        and after not in ("men", "but", "eller", "or")  # "har en heltidstjänst men …": a contrast
    )


def _opens(lowers: list[str], i: int) -> bool:
    """Whether token ``i`` opens its sentence (first, or after a stop or a colon)."""
    return i == 0 or lowers[i - 1] in _SENTENCE_ENDS


def _verb_form(word: str, lemma: str, words: KindWords) -> bool:
    """Whether ``word`` can be a verb: an English verb lemma, a Swedish infinitive."""
    if words.lang == "en":
        return lemma in words.verbs
    return word.endswith(("a", "å")) and len(word) > 2


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
        return j if _wordish(doc[j].text) or doc[j].like_num or word[:1].isdigit() else None
    return None


def _wordish(text: str) -> bool:
    """A word, also with hyphens or digits in it: "e-tjänst", "v2", "3D-skrivare"."""
    return any(c.isalpha() for c in text) and all(c.isalnum() or c in "-‐" for c in text)


def _determined(doc: Doc, lowers: list[str], j: int, words: KindWords) -> bool:
    """Whether the object is a definite, named or counted thing, not a bare plural or mass."""
    word = lowers[j]
    if word in words.determiners or doc[j].like_num or word[:1].isdigit():
        return True
    if doc[j].is_stop:
        return False  # "klara av att 90 procent …": a function word is no object
    if doc[j].text[:1].isupper() and j > 0 and not _headline(doc):
        return True  # a name: "delta i Vasaloppet", "Read War & Peace"
    if j + 1 < len(doc) and (doc[j + 1].like_num or lowers[j + 1][:1].isdigit()):
        return True  # "release 4.2", "version 2": a named thing
    if any(c.isdigit() for c in word) and any(c.isalpha() for c in word):
        return True  # "v2", "ISO27001"
    if (
        words.lang == "sv"
        and j + 1 < len(doc)
        and (word.endswith(("ande", "ende")) or is_adjective(word, "sv"))
        and lowers[j + 1].endswith(("ar", "er", "or"))
    ):
        return False  # "Rekrytera blivande medlemmar": a plural with no count, not one thing
    if words.lang == "sv" and word.isalpha() and len(word) > 4:
        if word.endswith(("en", "et", "na", "an")) or word.endswith("s") and j + 1 < len(doc):
            return True  # "bloggen", "distriktets tävlingar"
    if (
        words.lang == "sv"
        and _wordish(doc[j].text)
        and not doc[j].is_stop
        and not word.endswith(("er", "ar", "or", "a", "are"))  # "värva tränare": a plural
    ):
        return True  # "Införa e-tjänst för bygglov": Swedish goals drop the article
    if (
        words.lang == "en"
        and j == 1
        and _wordish(doc[j].text)
        and not word.endswith("s")
        and len(word) > 3
        and not is_adjective(word, "en")
        and not word.endswith(tuple(word_set("words", "en", "describing_endings")))
        and doc[0].lower_ == doc[0].lemma_
        and not (j + 1 < len(doc) and doc[j + 1].text in ("-", "‐"))  # "market-leading"
        and not _plural_head(doc, lowers, j, words)  # "Recruit beta readers": how many?
    ):
        return True  # "Create sales pipeline": a list item drops the article
    return words.lang == "en" and j == 1 and _dropped_article(doc, lowers, j, words)


def _headline(doc: Doc) -> bool:
    """Whether the goal capitalises its words as a heading does: then a capital names nothing.

    "Donate Quilts to Charity", "GUDSTJÄNSTEN I CENTRUM": three or more long words,
    most of them capitalised. Short goals ("Read War & Peace") keep their names.
    """
    return len(_LONG_WORD.findall(doc.text)) >= 3 and (title_case(doc.text) or doc.text.isupper())


def _dropped_article(doc: Doc, lowers: list[str], j: int, words: KindWords) -> bool:
    """An English list item's object with its article dropped before a describing word.

    "Conduct legal compliance audit", "Create sales pipeline": the noun phrase
    ends in one concrete thing; "Build strong relationships" (a plural) and
    "Create safe environment" (a quality) do not.
    """
    if doc[0].lower_ != doc[0].lemma_:
        return False
    head = j
    for k in range(j, min(j + 5, len(doc))):
        if not doc[k].is_alpha or lowers[k] in _ENDS_NP or lowers[k] in words.prepositions:
            break
        if doc[k].is_stop or lowers[k] in ("toward", "towards", "as"):
            break
        head = k
    word = lowers[head]
    if head == j or len(word) <= 3 or (word.endswith("s") and not word.endswith(("us", "is"))):
        return False
    if word.endswith(("tion", "ness", "ity", "ance", "ence", "ship", "ing")):
        return False  # "Build team leadership", "Create regional cooperation": a quality
    return not is_abstract(word, words) and not is_adjective(word, "en")


def _compound_plural(doc: Doc, lowers: list[str], j: int, head: int, words: KindWords) -> bool:
    """Whether an English artifact word only qualifies a bare plural after it: "library spaces"."""
    if words.lang != "en" or any(lowers[k] in words.determiners for k in range(j, head)):
        return False
    end = head
    while (
        end + 1 < len(doc)
        and doc[end + 1].is_alpha
        and lowers[end + 1] not in _ENDS_NP
        and lowers[end + 1] not in words.prepositions
    ):
        end += 1
    word = lowers[end]
    return end > head and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# Words that end a noun phrase after its head ("programs for seniors", "apps and sites").
_ENDS_NP = frozenset(
    {"for", "of", "in", "to", "and", "or", "with", "at", "on", "by", "from", "about", "into"}
)


def _plural_head(doc: Doc, lowers: list[str], j: int, words: KindWords) -> bool:
    """Whether the English noun phrase from ``j`` ends in a plural: "beta readers for …"."""
    head = j
    for k in range(j, min(j + 4, len(doc))):
        if (
            not doc[k].is_alpha
            or lowers[k] in words.prepositions
            or lowers[k] in _ENDS_NP
            or lowers[k] in words.determiners
        ):
            break
        head = k
    word = lowers[head]
    return head > j and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def plural_indefinite(lowers: list[str], j: int) -> bool:
    """Whether the object is "nya aktiviteter": many of a kind, none a single deliverable."""
    if lowers[j] == "nya":
        owner = j > 0 and (lowers[j - 1] in _OWNERS or lowers[j - 1].endswith("s"))
        # without "de"/"den" or an owner ("Kommunens nya fordonspolicy") it is plural
        return j + 1 < len(lowers) and not owner
    return (
        lowers[j] == "new"
        and j + 1 < len(lowers)
        and lowers[j + 1].endswith(("er", "ar", "or", "s"))
    )


def _made_thing(doc: Doc, lowers: list[str], j: int, words: KindWords) -> int | None:
    """The head of what a make verb makes, when it is a thing rather than a quality.

    "Skapa en handlingsplan", "Build a new bridge": an artifact, or a
    determined object with no quality to it.  "Skapa en trygg miljö",
    "Create a campus culture", "Build relationships": a quality to keep up.
    """
    head = _artifact(lowers, j, words)
    if (
        head is not None
        and _bare_plural(lowers[head], words)
        and not (
            head + 1 < len(doc) and doc[head + 1].is_alpha and lowers[head + 1] not in _ENDS_NP
        )
        and not any(lowers[k] in words.determiners or doc[k].like_num for k in range(j, head))
    ):
        return None  # "Create programs and opportunities", "multigenerational programs": how many?
    if head is not None and _compound_plural(doc, lowers, j, head, words):
        return None  # "inviting library spaces": the artifact names what kind; how many?
    if head is not None:
        after = head + 1
        if after < len(lowers) and is_adjective(lowers[after], words.lang):
            return None  # "Make the newsletter good": a quality it is given
        if after < len(lowers) and is_abstract(lowers[after], words):
            return None  # "Build team culture": the artifact only says whose quality
        return head
    if not _determined(doc, lowers, j, words):
        return None
    k = j
    while k < len(lowers) and lowers[k] in words.determiners:
        k += 1
    if (
        k > j
        and k < len(doc)
        and doc[k].text[:1].isupper()
        and doc[k].is_alpha
        and not title_case(doc.text)
    ):
        while k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha:
            k += 1
        return k  # "Establish a Parents Advisory Forum": a named thing
    phrase: list[int] = []
    while (
        k < len(lowers)
        and lowers[k] not in _OBJECT_ENDS
        or (k + 1 < len(lowers) and lowers[k] == "," and phrase and doc[k + 1].is_alpha)
    ):
        if lowers[k] == ",":
            k += 1  # "a small, devoted community": adjectives in a row
            continue
        if not doc[k].is_alpha:
            break
        phrase.append(k)
        k += 1
        if len(phrase) == 3:
            break
    if not phrase or any(is_adjective(lowers[p], words.lang) for p in phrase[:-1]):
        return None  # "en trygg miljö", "a strong culture": a quality
    if len(phrase) > 1 and is_adjective(lowers[phrase[-1]], words.lang):
        return None  # "Make the newsletter good": a quality it is given, not a thing made
    if any(is_abstract(lowers[p], words) for p in phrase):
        return None
    return phrase[-1]


def _bare_plural(word: str, words: KindWords) -> bool:
    """An English plural of an artifact with no article or number: "programs", "apps"."""
    return (
        words.lang == "en"
        and word.endswith("s")
        and word not in words.artifacts
        and word[:-1] in words.artifacts
    )


def title_case(text: str) -> bool:
    """Whether most words are capitalised, as in a heading-style goal ("Improve Onboarding").

    Then a capital marks no name and no change word is part of one.
    """
    words = _LONG_WORD.findall(text)
    return len(words) > 1 and sum(w[0].isupper() for w in words) * 2 > len(words)


_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


def is_abstract(word: str, words: KindWords) -> bool:
    """A noun that names a quality or relation, not a thing ("miljö", "culture", "samverkan")."""
    forms: tuple[str, ...]
    if words.lang == "en":
        forms = (
            word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word,
        )
    else:  # "kvaliteten", "tryggheten": the definite form of a listed quality
        # "kunskaperna" -> "kunskaper": a plural's definite form too
        forms = (word, word[:-2] if word.endswith(("en", "et", "na")) else word, word[:-1])
    for form in forms:
        if form in words.abstract or form.endswith(words.abstract_suffixes):
            return True
    return words.lang == "sv" and any(
        form.endswith(a) for form in forms for a in words.abstract if len(a) > 4
    )


# Having or needing a thing: "ha en handlingsplan", "Vi behöver ett nytt klubbhus".
_HAVE_OR_NEED = frozenset({"ha", "har", "have", "has", "behöver", "behöva", "need", "needs"})
# Possessives before Swedish "nya" that make its noun one definite thing ("vår nya policy").
_OWNERS = frozenset(
    {
        "de",
        "den",
        "det",
        "vår",
        "vårt",
        "våra",
        "min",
        "mitt",
        "mina",
        "sin",
        "sitt",
        "sina",
        "dess",
        "deras",
        "er",
        "ert",
        "era",
        "hans",
        "hennes",
    }
)
# A first of its kind is one milestone: "Reach first paying customer", "vår första kund".
_FIRST = frozenset({"first", "första"})
# Verbs of being: "be the first club to …" states a rank, not a milestone.
_STATES = frozenset({"be", "become", "remain", "stay", "vara", "bli", "förbli"})
_OBJECT_ENDS = frozenset(
    {",", ".", ";", "för", "for", "to", "att", "som", "that", "which", "med", "with"}
)


def _named_event(
    doc: Doc, lowers: list[str], tokens: list[int], words: KindWords, changes: frozenset[int]
) -> KindEvidence | None:
    """A goal that names one event or thing and no verb: "Kårhajk i början av hösten".

    "Team retreat in May", "Guide on CLI tooling", "Handlingsplan för
    trygghet": the event or artifact noun opens the goal (after one modifier
    in English) and a preposition, punctuation or the end follows it.
    """
    if not tokens or tokens[0] != 0:
        return None
    heads = (0, 1) if words.lang == "en" else (0,)
    for j in heads:
        verb = (
            lowers[0] in words.not_done
            or lowers[0] in words.event_verbs
            or lowers[0] in words.one_off
        )
        if j >= len(lowers) or not doc[j].is_alpha or (j and (0 in changes or verb)):
            return None  # "Improve meetings with parents", "Hold meetings to …": a verb first
        if _names_a_thing(lowers[j], words.lang):
            after = j + 1
            if for_everyone(lowers, after, doc.lang_):
                return None  # "Skola för alla", "Education for all": a promise, not one thing
            if (
                after >= len(lowers)
                or not doc[after].is_alpha
                or lowers[after] in words.prepositions
                or lowers[after] in ("for", "för")
            ):
                return KindEvidence(DELIVERABLE, 0, j + 1)
    return None


def for_everyone(lowers: list[str], i: int, lang: str) -> bool:
    """Whether "för alla"/"for all" stands at ``i``: whom a thing is promised to."""
    return (
        i + 1 < len(lowers)
        and lowers[i] in ("för", "for")
        and lowers[i + 1] in number_words(lang).totals
    )


@lru_cache(maxsize=4096)
def _names_a_thing(word: str, lang: str) -> bool:
    """Whether one word names an event or an artifact ("kårhajk", "guide"), read once per word."""
    words = kind_words(lang)
    return _event([word], 0, words) == 0 or _artifact([word], 0, words) == 0


def _event(lowers: list[str], j: int, words: KindWords) -> int | None:
    """The head of a one-off event ("run a marathon", "delta i tävlingen"), if the object is one."""
    for k in range(j, min(j + 5, len(lowers))):
        word = lowers[k]
        if word in _OBJECT_ENDS:
            return None
        if word.isdigit() and k + 1 < len(lowers) and lowers[k + 1] in ("k", "km", "mile", "miles"):
            return k + 1  # "the Spring 10K": a race by its distance, split by the tokenizer
        bare = word[:-1] if words.lang == "en" and word.endswith("s") else word
        if (
            word in words.events
            or bare in words.events
            or (words.lang == "sv" and any(word.endswith(e) for e in words.events if len(e) > 3))
        ):
            return k
    return None


def _artifact(lowers: list[str], j: int, words: KindWords) -> int | None:
    """The object's head when it names an artifact ("handlingsplan", "a feature roadmap")."""
    while j < len(lowers) and lowers[j] in words.determiners:
        j += 1  # "that pizza oven", "en ny handlingsplan"
    for k in range(j, min(j + 6, len(lowers))):
        word = lowers[k]
        if word in _OBJECT_ENDS or (k > j and word in words.prepositions):
            return None  # "en trygg miljö i skolan": the school is where, not what is made
        bare = word[:-1] if words.lang == "en" and word.endswith("s") else word
        if (
            word in words.artifacts
            or bare in words.artifacts
            or (words.lang == "sv" and any(word.endswith(a) for a in words.artifacts if len(a) > 3))
        ):
            return k
    return None


# English endings of a noun made from a verb, which the lemmatiser reads as the verb.
_NOUN_FORMS = ("ment", "ments", "tion", "tions", "sion", "sions")


# Words after a gerund that make it an activity rather than a noun's modifier.
_ACTIVITY_NEXT = frozenset({"and", "or", "on", "the", "a", "an", "our", "to", "with", "of", ","})


# Verbs that finish a known set: its items need no count ("Finish the illustrations", "Pay
# off the loans").
FINISHING = frozenset(
    {"finish", "complete", "slutföra", "färdigställa", "pay off", "betala av", "betala tillbaka"}
)


def _work_verb(
    doc: Doc, lowers: list[str], lemmas: list[str], first: int, words: KindWords
) -> KindEvidence | None:
    """A task row that opens with its verb: "Separate identity and configuration".

    In a table of work with owners and status the verb names one piece of
    work, done or not, unless it goes on or changes ("Improve", "Support",
    "Work on"), or makes a plural with no count ("Write talks").
    """
    lemma = lemmas[first]
    going = words.ongoing | words.not_done | words.blockers
    if lemma in going or lowers[first] in going or lemma in clause_words(words.lang).change_verbs:
        return None
    if lemma in ("work", "arbeta", "jobba"):
        return None
    end = next(
        (
            i
            for i in range(first + 1, len(doc))
            if lowers[i] in words.prepositions or doc[i].text in "(:"
        ),
        len(doc),
    )
    heads = [i for i in range(first + 1, end) if doc[i].is_alpha]
    if not heads:
        return None
    head = lowers[heads[-1]]
    if len(heads) == 1 and is_abstract(head, words):
        return None  # "Cluster outreach": a noun before a quality, no verb at all
    plural = (
        head.endswith("s") and not head.endswith(("ss", "us", "is"))
        if words.lang == "en"
        else False
    )
    if plural and lemma not in FINISHING and not _determined(doc, lowers, heads[0], words):
        return None  # "Write talks on our tooling": how many?
    return KindEvidence(DELIVERABLE, first, heads[-1] + 1)


def work_item(doc: Doc, lowers: list[str], lemmas: list[str], lang: str) -> KindEvidence | None:
    """A row of a task table that names one thing to make: "Offline sync client", "Caching".

    In a table of work with owners and status, an item with no verb names a
    thing that is done or not ("Read-only replica mode"); a plural with
    no count ("Talks on our tooling") or a quality ("Member outreach") does not.
    """
    words = kind_words(lang)
    alpha = [i for i in range(len(doc)) if doc[i].is_alpha or "-" in doc[i].text]
    if not alpha:
        return None
    first = alpha[0]
    verb = _verb_form(lowers[first], lemmas[first], words) and (
        lang == "sv" or lowers[first] == lemmas[first] or lowers[first].endswith("ing")
    )
    if verb and first == 0:
        return _work_verb(doc, lowers, lemmas, first, words)
    gerund = next((i for i in alpha[:3] if lowers[i].endswith("ing")), None)
    if gerund is not None and gerund + 1 < len(doc) and lowers[gerund + 1] in _ACTIVITY_NEXT:
        return None  # "Re-writing and testing the …": an activity; not "Caching service"
    end = next(
        (
            i
            for i in range(first, len(doc))
            if lowers[i] in words.prepositions or doc[i].text in "(:"
        ),
        len(doc),
    )
    heads = [i for i in alpha if i < end]
    if not heads:
        return None
    head = lowers[heads[-1]]
    plural = (
        head.endswith("s") and not head.endswith(("ss", "us", "is"))
        if lang == "en"
        else (head.endswith(("ar", "er", "or", "na")))
    )
    if plural or is_abstract(head, words) or head in words.not_done:
        return None
    return KindEvidence(DELIVERABLE, first, heads[-1] + 1)


# Kinds of time expression that name one day, month or season ("den 9 oktober", "i maj",
# "i höst", "by November 30th"), and the units of a relative one that do ("i morgon",
# "this Sunday", "next week"): ``smartlint.nlp.timex_parse``.
_POINT_KINDS = frozenset({"iso", "nd", "dm", "md", "mo", "se"})
_POINT_UNITS = frozenset({"day", "week", "month"})


def pinned_event(
    doc: Doc, lowers: list[str], lemmas: list[str], tokens: list[int], words: KindWords
) -> KindEvidence | None:
    """An act pinned to one day, month or season: done then, or not.

    "Orkestern spelar på torget den 14 juni", "Medlemsresan ordnas i
    september", "Take the driving test tomorrow": nothing in the goal grows, so what it
    names happens on that day or does not.  Only when no word of the goal
    says it goes on ("arbeta", "focus on", "träna") or is a quality ("en
    trygg miljö"): the caller has found no change, amount or vague quantity.
    """
    token_set = set(tokens)
    point = next(
        (
            s
            for s in doc.spans.get("time", [])
            if s.label_ == "deadline"
            and s.start in token_set
            and _names_a_point(s.text, words.lang)
        ),
        None,
    )
    if point is None:
        return None
    ongoing = words.ongoing
    evaluative = word_set("words", words.lang, "evaluative")
    for i in tokens:
        if point.start <= i < point.end or not doc[i].is_alpha:
            continue
        if lowers[i] in ongoing or lemmas[i] in ongoing:
            return None  # "Fokusera på hälsan i januari": it goes on
        if lowers[i] in evaluative or is_abstract(lowers[i], words):
            return None  # "god ekonomi", "en trygg skolmiljö i höst": a quality
    return KindEvidence(DELIVERABLE, point.start, point.end)


@lru_cache(maxsize=1024)
def _names_a_point(text: str, lang: str) -> bool:
    from smartlint.nlp.dates import timex_parser

    parser = timex_parser(lang)
    for timex in parser.find(text):
        if timex.kind in _POINT_KINDS:
            return True
        if timex.kind == "rel":
            unit = parser.lex.relative.get(" ".join(timex.fields.get("w", "").split()))
            return unit is not None and unit[0] in _POINT_UNITS
    return False
