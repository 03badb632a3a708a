"""The clauses of a goal, and the role each plays: whose change needs a size.

"Öka intäkterna med 56 %, främst genom fler onlinekällor": the main clause
holds the goal's change and its size; "genom fler onlinekällor" says how,
and its "fler" needs no size of its own.  The blank pipeline has no parser,
so clauses are cut at the words that open them, which goals use
consistently, and at the punctuation that ends them:

- ``main``: what the goal commits to; sentences, semicolons and a
  coordinator followed by a new change or a new subject with its modal verb
  ("... ska öka och minst 90 % av hushållen ska vara nöjda") start another
  main clause, which needs its own size;
- ``means`` ("genom", "through", "by adding"), ``purpose`` ("för att", "so
  that", an English "to" + verb after a complete clause), ``relative``
  ("som", "vilket", "which"), ``condition`` ("if", "om" opening a clause),
  ``comparison`` ("than X", "jämfört med X"), ``measure`` (how the change is
  measured: "measured as X going from A to B", "mätt som andelen ..."; its
  amounts size the main clause it hangs on), ``opportunity`` (what someone
  is given the chance to do: "möjlighet att utveckla", "få utvecklas"),
  ``quote`` (words in quotation marks: mentioned, not used), ``aside``
  (words in parentheses) and ``comment`` (a remark after a spaced dash, with
  its own subject: "– det har vi pratat om i flera år").

Every clause knows the main clause it hangs on (``unit``), so a relative
clause's amount can size its main clause's change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from smartlint.nlp.lexicon import load_lexicon, verb_lemmas, word_set
from smartlint.nlp.words import TEXTS_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAIN = "main"
# Clauses a comma ends ("…, som har X, ska öka"); a means or purpose clause runs on to the
# end of its sentence ("… för att effektivisera, samordna och förenkla arbetet").
_TO_COMMA = frozenset({"relative", "condition", "comparison", "opportunity", "measure"})
SUBORDINATE = (
    "means",
    "purpose",
    "relative",
    "condition",
    "comparison",
    "opportunity",
    "measure",
)
# Opening quote marks and the mark that closes each.
QUOTE_PAIRS = {"”": "”", "“": "”", '"': '"', "«": "»", "»": "«", "„": "“"}
_ENDS = frozenset({".", "!", "?"})


def _remark(lowers: list[str], i: int, lang: str) -> bool:
    """Whether the sentence from ``i`` remarks on the goal before it rather than sets one.

    "Read 35 books. It keeps me reading on the bus.", "Läsa 20
    böcker. Det blir lite fler än i fjol.": it opens with a pronoun or a word of
    comment and states no aim (no modal, no word of wanting or planning).
    """
    if lowers[i] not in word_set("words", lang, "remark_openers"):
        return False
    first = next((k for k in range(i) if lowers[k] in _ENDS), i)
    if sum(w.isalpha() for w in lowers[:first]) < 3:
        return False  # "Tygtryck! Han som …": a heading word, the goal comes after it
    end = next((k for k in range(i, len(lowers)) if lowers[k] in _ENDS), len(lowers))
    aims = word_set("words", lang, "goal_modals") | word_set("words", lang, "future_words")
    aims |= word_set("words", lang, "priority_adjectives")  # "Det är viktigt att …": an aim
    said = lowers[i:end]
    return not any(w in aims for w in said) and not any(
        " ".join(said[k : k + 2]) in aims for k in range(len(said) - 1)
    )


@dataclass(frozen=True, slots=True)
class Clause:
    """Tokens ``start`` to ``end`` (exclusive) and their role; ``unit`` is their main clause."""

    start: int
    end: int
    role: str
    unit: int


@dataclass(frozen=True)
class ClauseWords:
    """The words that open clauses in one language (``clauses`` in words.{lang}.yaml)."""

    openers: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    coordinators: frozenset[str]
    modals: frozenset[str]
    opportunity_nouns: frozenset[str]
    permission_verbs: frozenset[str]
    to_takers: frozenset[str]
    verbs: frozenset[str]
    change_verbs: frozenset[str]
    condition_openers: frozenset[str]
    labels: frozenset[str]
    correlatives: frozenset[str]
    as_nouns: frozenset[str]
    effort_verbs: frozenset[str]
    role_havers: frozenset[str]
    aside_openers: frozenset[str]
    one_words: frozenset[str]
    metric_heads: frozenset[str]
    goal_nouns: frozenset[str]
    lang: str


@cache
def clause_words(lang: str) -> ClauseWords:
    """Read the clause vocabulary of ``lang`` once."""
    lex = load_lexicon("words", lang)
    table = lex.get("clauses", {})
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for role in ("purpose", "relative", "comparison", "condition", "measure"):
        for phrase in table.get(role, []):
            words = tuple(str(phrase).lower().split())
            index.setdefault(words[0], []).append((words, role))
    for phrase in lex.get("means", []):
        words = tuple(str(phrase).lower().split())
        index.setdefault(words[0], []).append((words, "means"))
    openers = {
        k: tuple(sorted(v, key=lambda item: len(item[0]), reverse=True)) for k, v in index.items()
    }
    change_verbs = {str(v).lower() for group in lex.get("change", {}).values() for v in group}
    return ClauseWords(
        openers=openers,
        coordinators=frozenset(str(w).lower() for w in lex.get("coordinators", []) if " " not in w),
        modals=word_set("words", lang, "owner_verbs") | frozenset(table.get("modals", [])),
        opportunity_nouns=frozenset(str(w).lower() for w in table.get("opportunity", [])),
        permission_verbs=frozenset(str(w).lower() for w in table.get("permission", [])),
        to_takers=frozenset(str(w).lower() for w in table.get("to_takers", [])),
        verbs=verb_lemmas(lang),
        change_verbs=frozenset(change_verbs),
        condition_openers=frozenset(str(w).lower() for w in table.get("sentence_condition", [])),
        labels=frozenset(str(w).lower() for w in table.get("labels", [])),
        correlatives=frozenset(str(w).lower() for w in table.get("correlatives", [])),
        as_nouns=frozenset(str(w).lower() for w in table.get("as_nouns", [])),
        effort_verbs=frozenset(str(w).lower() for w in table.get("effort_verbs", [])),
        role_havers=frozenset(str(w).lower() for w in table.get("role_havers", [])),
        aside_openers=frozenset(str(w).lower() for w in table.get("aside_openers", [])),
        one_words=frozenset(str(w).lower() for w in table.get("one_words", [])),
        metric_heads=word_set("words", lang, "metric_heads"),
        goal_nouns=word_set("words", lang, "goal_nouns"),
        lang=lang,
    )


def segment(doc: Doc, lowers: list[str], lang: str, lemmas: list[str]) -> list[Clause]:
    """Cut ``doc`` into clauses, left to right, covering every token."""
    words = clause_words(lang)
    texts = doc.user_data.get(TEXTS_KEY) or [t.text for t in doc]
    doc.user_data[TEXTS_KEY] = texts
    enclosed = _enclosed(texts)
    enclosed.update(_dash_aside(doc, lowers, words))
    # "under 2025 och 2026": an "och" inside a time expression joins no clauses
    inside_times = {k for s in doc.spans.get("time", []) for k in range(s.start + 1, s.end)}
    clauses: list[Clause] = []
    unit = 0
    start, role = 0, MAIN
    i = 0
    n = len(doc)
    fronted = _fronted_as(lowers, words)
    if fronted is not None:
        # "Som ett sätt att göra klubben mer välkomnande, ska alla …": why, not what
        clauses.append(Clause(0, fronted, "purpose", unit))
        start = i = fronted
    while i < n:
        if i in enclosed:
            end, kind = enclosed[i]
            if i > start:
                clauses.append(Clause(start, i, role, unit))
            clauses.append(Clause(i, end, kind, unit))
            start, i = end, end
            continue
        token_text = texts[i]
        new_unit = i not in inside_times and _starts_main(
            texts, lowers, lemmas, i, words, start, role
        )
        if new_unit:
            if i > start:
                clauses.append(Clause(start, i, role, unit))
            unit += 1
            start, role = i, MAIN
            opened = _opens(doc, lowers, lemmas, i, words, MAIN, i)
            if opened is not None and opened[0] == "means" and texts[i - 1] in _ENDS:
                role = "means"  # "Pay off 75 % of the loan. That means less spending.": how
            elif texts[i - 1] in _ENDS and _remark(lowers, i, words.lang):
                role = "comment"  # "Ride a century every month. It keeps me on track.": a remark
            i += 1
            continue
        if token_text in (",", ";", ":") or token_text in ("–", "—") and role != MAIN:
            if role in _TO_COMMA and not _continues(lowers, i):
                clauses.append(Clause(start, i + 1, role, unit))
                start, role = i + 1, MAIN
            i += 1
            continue
        if (
            role == "relative"
            and lowers[i] in words.modals
            and i > start + 1
            and lowers[start] in _SUBJECT_RELATIVES
            and i + 1 < n
            and doc[i + 1].is_alpha  # "de kostnader som många lag har.": the clause's own verb
        ):
            clauses.append(Clause(start, i, role, unit))  # "Andelen elever som X ska öka"
            start, role = i, MAIN
            i += 1
            continue
        if (
            role == "purpose"
            and words.lang == "sv"
            and lowers[i] in words.modals
            and start > 0
            and lowers[start : start + 2] == ["för", "att"]
            and start + 2 < i
            and lowers[start + 2] == lemmas[start + 2]
            and lowers[start + 2].endswith(("a", "å"))
            and not lowers[start + 2].endswith(("rna", "na"))  # "för att eleverna ska …": a subject
            and not doc[start + 2].is_stop  # "för att alla ska …": a subject
            and i + 1 < n
            and doc[i + 1].is_alpha
        ):
            # "en handlingsplan för att minska bullret ska tas fram": the purpose has no subject
            # of its own, so the modal after it is the main clause's
            clauses.append(Clause(start, i, role, unit))
            start, role = i, MAIN
            i += 1
            continue
        if role == "relative" and _modal_completed(lowers, i, start, clauses, words):
            clauses.append(Clause(start, i, role, unit))  # "ska andelen som X ha ökat"
            start, role = i, MAIN
            i += 1
            continue
        if role == "purpose" and start == 0 and i > 2 and _finite(doc, lowers, lemmas, i, words):
            clauses.append(Clause(start, i, role, unit))  # "För att nå målet åtar vi oss …"
            start, role = i, MAIN
            i += 1
            continue
        if role == "comment":
            i += 1  # a remark runs to its sentence's end
            continue
        opened = _opens(doc, lowers, lemmas, i, words, role, start)
        if opened is not None:
            kind, length = opened
            at = _example_start(lowers, i, start) if kind == "means" else i
            if at > start:
                clauses.append(Clause(start, at, role, unit))
            start, role = at, kind
            i += length
            continue
        i += 1
    if start < n:
        clauses.append(Clause(start, n, role, unit))
    return clauses


def _fronted_as(lowers: list[str], words: ClauseWords) -> int | None:
    """The end of a fronted "Som …,"/"As …," phrase before the goal's modal, if one opens it.

    "Som ett led i arbetet med att bli mer synliga, ska föreningen …", "As a way to
    make the club more welcoming, all new members will …": the phrase says why or
    how; the goal follows the comma.
    """
    if not lowers or lowers[0] not in ("som", "as"):
        return None
    comma = next((k for k in range(1, min(len(lowers), 16)) if lowers[k] == ","), None)
    if comma is None:
        return None
    after = lowers[comma + 1 : comma + 5]
    if any(w in words.modals for w in after[: 1 if lowers[0] == "som" else 4]):
        return comma + 1
    return None


def _finite(doc: Doc, lowers: list[str], lemmas: list[str], i: int, words: ClauseWords) -> bool:
    """A finite verb that ends a fronted purpose clause: a modal, or a Swedish present tense.

    Swedish puts the finite verb second ("För att nå målet åtar organisationen
    sig …"), so after a fronted clause it is the first such verb.
    """
    word = lowers[i]
    if word in words.modals:
        return True
    return (
        doc.lang_ == "sv"
        and word.endswith(("ar", "er", "år"))
        and lemmas[i] != word
        and lowers[i - 1] not in ("att", "för")
    )


# Infinitives that complete a modal left open before a Swedish relative clause.
_COMPLETING = frozenset({"ha", "vara", "bli"})


def _modal_completed(
    lowers: list[str], i: int, start: int, clauses: list[Clause], words: ClauseWords
) -> bool:
    """Whether ``i`` is the infinitive a modal before the relative clause waits for.

    "År 2029 ska andelen hem som sorterar matavfall ha ökat": "som" opens a
    relative clause whose verb is finite ("källsorterar"); a bare "ha", "vara"
    or "bli" after it, with no modal of its own, finishes the main clause's
    "ska", so the change after it is the goal's own.
    """
    if words.lang != "sv" or lowers[i] not in _COMPLETING or lowers[start] != "som":
        return False
    if any(lowers[k] in words.modals for k in range(start + 1, i)) or i - start < 2:
        return False
    main = clauses[-1] if clauses and clauses[-1].end == start else None
    if main is None or main.role != MAIN:
        return False
    before = lowers[main.start : start]
    if not any(word in words.modals for word in before):
        return False
    modal = max(k for k, word in enumerate(before) if word in words.modals)
    # the modal's own verb is still to come: only its subject stands after it
    return not any(word in _COMPLETING for word in before[modal + 1 :])


def _continues(lowers: list[str], comma: int) -> bool:
    """Whether a subordinate clause goes on past a comma: a list inside it ("X, Y och Z")."""
    following = lowers[comma + 1] if comma + 1 < len(lowers) else ""
    return following in ("och", "and", "eller", "or") and lowers[comma] == ","


# Words that open a parenthesis as a remark to the reader.
_INTERJECTIONS = frozenset({"yes", "no", "ja", "nej", "ok", "okay", "lol", "haha", "oh", "well"})


# A quote of this many words or more is speech that states the goal, not a title or a name.
MIN_QUOTED_SPEECH_WORDS = 6


def _closing(texts: list[str], i: int, close: str) -> int | None:
    """The token that closes the quote or bracket opened at ``i``, if one does."""
    return next((j for j in range(i + 1, len(texts)) if texts[j] in (close, '"', "”")), None)


def _speech(texts: list[str], i: int, end: int) -> bool:
    """Whether the quote from ``i`` to ``end`` is someone's statement, not a title or a name."""
    return sum(t.isalpha() for t in texts[i + 1 : end]) >= MIN_QUOTED_SPEECH_WORDS


def quoted_speech(texts: list[str]) -> bool:
    """Whether the goal quotes someone's words (a quote of ``MIN_QUOTED_SPEECH_WORDS`` or more)."""
    for i, text in enumerate(texts):
        close = QUOTE_PAIRS.get(text)
        end = None if close is None else _closing(texts, i, close)
        if end is not None and _speech(texts, i, end):
            return True
    return False


def _enclosed(texts: list[str]) -> dict[int, tuple[int, str]]:
    """Quoted and parenthesised runs: start token -> (end token, ``quote``/``aside``)."""
    runs: dict[int, tuple[int, str]] = {}
    i, n = 0, len(texts)
    while i < n:
        text = texts[i]
        close = QUOTE_PAIRS.get(text)
        if text == "(":
            close = ")"
        if close is not None:
            end = _closing(texts, i, close)
            if end is not None and end > i + 1:
                kind = "aside" if text == "(" else "quote"
                if kind == "aside" and texts[i + 1].lower() in _INTERJECTIONS:
                    kind = "comment"  # "(yes, I have many hobbies)": a remark, no amount
                whole = i == 0 and all(not t.isalnum() for t in texts[end + 1 :])
                if kind == "quote" and (_speech(texts, i, end) or whole):
                    # ('”Skaffa nytt jobb”': the whole goal in quotes is the goal too)
                    i += 1  # 'Mr Lee said "we will cut waste by 20 %"': the goal, quoted
                    continue
                runs[i] = (end + 1, kind)
                i = end + 1
                continue
        i += 1
    return runs


# Dashes that, set off with spaces, may open a remark ("– it has needed it for years").
_DASHES = frozenset({"-", "–", "—"})


def _dash_aside(doc: Doc, lowers: list[str], words: ClauseWords) -> dict[int, tuple[int, str]]:
    """A remark set off by a spaced dash, to the end of its sentence: a ``comment``.

    Not when it holds a number: "– det blir 13 böcker" restates the goal's size.
    """
    n = len(doc)
    for i in range(2, n - 2):
        spaced = doc[i - 1].whitespace_ and doc[i].whitespace_
        if doc[i].text in _DASHES and spaced and lowers[i + 1] in words.aside_openers:
            end = next((j for j in range(i + 1, n) if lowers[j] in (".", "!", "?")), n)
            ones = words.one_words
            if any(t.text[:1].isdigit() or t.like_num and t.lower_ not in ones for t in doc[i:end]):
                return {}  # "– det blir 13 böcker": it says how much, so it is part of the goal
            return {i: (end, "comment")}
    return {}


# Words that open an object right after an English verb: "and read a book", "and open the shop".
_OBJECT_STARTS = frozenset(
    {"a", "an", "the", "my", "our", "their", "your", "his", "her", "its"}
    | {"en", "ett", "den", "det", "min", "mitt", "mina", "vår", "vårt", "våra", "sin", "sitt"}
)


def _starts_main(
    texts: list[str],
    lowers: list[str],
    lemmas: list[str],
    i: int,
    words: ClauseWords,
    start: int,
    role: str,
) -> bool:
    """Whether token ``i`` opens a new main clause: a new sentence, or a second goal joined on."""
    text = texts[i]
    if i > start and texts[i - 1] in _ENDS and (text[:1].isupper() or text[:1].isdigit()):
        # "… failed deployments. Target: fewer than 2 per month": a label sizes the sentence before
        return not (i + 1 < len(texts) and lowers[i] in words.labels and texts[i + 1] == ":")
    if i > 0 and texts[i - 1] == ";" and i - 1 >= start:
        return True
    if lowers[i] not in words.coordinators or i == 0:
        return False
    if len(texts[i - 1]) > 1 and texts[i - 1].endswith("-"):
        return False  # "cykel- och gångvägar": one compound, its head shared
    if role == "relative" and words.lang == "sv":
        # "ta vara på talangerna som växer fram och stärka gemenskapen": an infinitive
        # cannot go on a relative clause, whose verb is finite; it is the goal's again
        nxt = i + 1
        return (
            nxt < len(lowers) and lemmas[nxt] in words.change_verbs and lowers[nxt] == lemmas[nxt]
        )
    if role != MAIN:
        return False  # "för att stärka X och förbättra Y": one purpose, not a second goal
    following = [j for j in range(i + 1, min(i + 8, len(texts))) if not texts[j].isspace()]
    if not following:
        return False
    first = following[0]
    if lowers[first] in ("att", "to") and len(following) > 1:
        first = following[1]
        if words.lang == "sv" and lowers[first] == lemmas[first] and texts[first].isalpha():
            return (
                True  # "… och att erbjuda alla över 90 en plats": a second aim, "att" + infinitive
            )
    base = lowers[first] == lemmas[first] or lowers[first].endswith("ing")
    if lemmas[first] in words.change_verbs and base:
        return True  # "... och förbättra kvaliteten", "and improve X", "and reducing X"
    verb = lowers[first] in words.verbs or (
        words.lang == "sv" and lowers[first].endswith(("a", "å")) and len(lowers[first]) > 2
    )
    if base and verb and first + 1 < len(lowers) and lowers[first + 1] in _OBJECT_STARTS:
        return True  # "have a quieter spring and read two books a month": a second predicate
    # "... ska öka och minst 80 procent av medlemmarna ska vara nöjda": a subject, then its modal;
    # not "Andelen barn och ungdomar som ... ska öka", where the first clause has no verb yet
    so_far = lowers[start:i]
    if not any(word in words.modals for word in so_far) and words.metric_heads.intersection(so_far):
        return False
    for j in following[1:]:
        if lowers[j] in words.coordinators or texts[j] in (",", ";", "."):
            return False
        if lowers[j] in words.modals:
            return True
    return False


def _opens(
    doc: Doc,
    lowers: list[str],
    lemmas: list[str],
    i: int,
    words: ClauseWords,
    role: str,
    start: int,
) -> tuple[str, int] | None:
    """The role and length of the clause opener at token ``i``, if one starts there."""
    word = lowers[i]
    for phrase, kind in words.openers.get(word, ()):
        if tuple(lowers[i : i + len(phrase)]) != phrase:
            continue
        if kind == "purpose" and i > 0 and lowers[i - 1] in words.effort_verbs:
            continue  # "verka för att fler elever väljer …": what is worked for is the goal
        if kind == "comparison" and _bound(doc, lowers, i + len(phrase)):
            continue  # "mer än 50 %", "more than 90%": a bound of the amount, not a comparison
        if kind == "comparison" and _even(lowers, i, len(phrase), words):
            continue  # "erbjuda än bättre service": "än" as "ännu", the comparative is the goal's
        if (
            kind == "condition"
            and phrase[0] in words.condition_openers
            and not _clause_start(doc, i)
        ):
            continue  # Swedish "om" is a condition only where a clause starts ("Om …, ska")
        if kind == "condition" and any(t.start == i for t in doc.spans.get("time", [])):
            continue  # "Om tre år ska …": "om" opens a time, not a condition
        paired = words.correlatives.intersection(lowers[max(0, i - 4) : i])
        if kind == "relative" and (i == 0 or paired or _as_role(lowers, i, words)):
            continue  # "såväl … som", "lika bra som", "har som mål att": no relative clause
        if kind == "relative" and word in ("där", "where") and _goal_noun(lowers[i - 1], words):
            return None  # "satt upp mål där vi ska öka …": what the goal says is the goal
        return kind, len(phrase)
    if word == "that" and i > 0 and _after_noun(doc, lowers, i, words):
        return "relative", 1  # "a ministry that reaches all generations"
    if word in ("att", "to") and i > 0 and lowers[i - 1] in words.opportunity_nouns:
        return "opportunity", 1  # "möjlighet att utveckla", "the chance to develop"
    if word in words.permission_verbs and i + 1 < len(doc):
        following = lemmas[i + 1]
        if following in words.change_verbs and role == MAIN:
            return "opportunity", 1  # "få utvecklas i gruppen"
    if word == "to" and role == MAIN and _purpose_to(doc, lowers, i, words, start):
        return "purpose", 1
    return None


# Words that say a means is one example of several: they belong to the means clause.
_EXAMPLE_MARKERS = (
    ("till", "exempel"),
    ("t.ex.",),
    ("t", ".", "ex", "."),
    ("exempelvis",),
    ("bland", "annat"),
    ("bl.a.",),
    ("for", "example"),
    ("for", "instance"),
    ("e.g.",),
    ("such", "as"),
)


def _example_start(lowers: list[str], i: int, start: int) -> int:
    """Where a means clause starts when "till exempel"/"for example" stands before its opener."""
    for marker in _EXAMPLE_MARKERS:
        at = i - len(marker)
        if at >= start and tuple(lowers[at:i]) == marker:
            return at
    return i


def _even(lowers: list[str], i: int, length: int, words: ClauseWords) -> bool:
    """Whether Swedish "än" at ``i`` means "ännu": "än bättre", not after a comparative."""
    if words.lang != "sv" or length != 1 or lowers[i] != "än" or i + 1 >= len(lowers):
        return False
    from smartlint.analysis import is_comparative

    before = lowers[i - 1] if i else ""
    return is_comparative(lowers[i + 1], "sv") and not is_comparative(before, "sv")


def _goal_noun(word: str, words: ClauseWords) -> bool:
    """Whether ``word`` names a goal ("målet", "miljömål", "goals"): what follows states it."""
    return word in words.goal_nouns or (
        words.lang == "sv" and len(word) > 5 and word.endswith(("mål", "målet", "målen"))
    )


def _as_role(lowers: list[str], i: int, words: ClauseWords) -> bool:
    """Whether "som" at ``i`` means "as", naming a role: "har som mål att".

    The role noun may follow an adjective or a determiner when a form of
    "ha" stands before ("har som övergripande mål", "hade som sitt uppdrag").
    """
    following = lowers[i + 1 : i + 4]
    if following[:1] and following[0] in words.as_nouns:
        return True
    return lowers[i - 1] in words.role_havers and any(w in words.as_nouns for w in following)


def _after_noun(doc: Doc, lowers: list[str], i: int, words: ClauseWords) -> bool:
    """Whether "that" follows a noun, so it opens a relative clause ("a plan that …").

    After a verb it opens what is said or ensured ("ensure that", "the goal is that").
    """
    previous = lowers[i - 1]
    if not doc[i - 1].is_alpha or previous in words.verbs or previous in _VERB_FORMS:
        return False
    return not previous.endswith(("ed", "ing"))


# Relative words after the goal's subject, whose clause ends at the goal's modal ("Andelen
# elever som X ska öka"); "där", "hur", "för hur" open clauses with their own subject and
# modal ("en plan för hur skolan ska bli renare …", "projektet där jag ska bli …").
_SUBJECT_RELATIVES = frozenset({"som", "who", "that", "which", "whose"})

_VERB_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "so", "such", "now"})


def _bound(doc: Doc, lowers: list[str], index: int) -> bool:
    """Whether a number (or a number word) follows: "than 90 %", "än tio"."""
    return index < len(doc) and (doc[index].like_num or lowers[index][:1].isdigit())


def _clause_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in (",", ";", ".", ":")


# Words before a noun: "a plan to …" names a plan's purpose; "we plan to …" is the goal.
_NOUN_OPENERS = frozenset({"a", "an", "the", "our", "my", "their", "this", "its", "your"})


def _timed(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is part of a time expression."""
    return any(span.start <= index < span.end for span in doc.spans.get("time", []))


_COPULAS = frozenset({"is", "are", "was", "were", "be"})


def _age_before(lowers: list[str], k: int) -> bool:
    """Whether the number at ``k`` is an age or grade ("age 4", "grade 9"): it ends a phrase."""
    while k > 1 and lowers[k - 1] in ("to", "-", "–", "and") and lowers[k - 2][:1].isdigit():
        k -= 2  # "ages 6 to 9": back to the first number of the range
    return k > 0 and lowers[k - 1] in ("age", "ages", "grade", "grades", "year", "years")


def _purpose_to(doc: Doc, lowers: list[str], i: int, words: ClauseWords, start: int) -> bool:
    """Whether English "to" opens a purpose: "Create a plan to strengthen the brand".

    Not after a word that takes "to" + verb as its object ("want to", "aim to",
    "is to") and not before a noun ("access to care", "from 4 to 6"): the word
    after must be a verb, and the clause before must hold more than a subject.
    """
    if i + 1 >= len(doc) or i - start < 2:
        return False
    previous, following = lowers[i - 1], lowers[i + 1]
    noun = lowers[max(i - 3, 0) : i - 1]  # "a marketing plan to …": the plan is a noun here
    texts = doc.user_data.get(TEXTS_KEY) or [t.text for t in doc]
    named = i - 1 > start and texts[i - 1][:1].isupper()  # "the … Action Plan to protect"
    takes = previous in ("is", "are", "was", "were") or (
        (previous in words.to_takers or doc[i - 1].lemma_ in words.to_takers)
        and not _NOUN_OPENERS.intersection(noun)
        and not named
    )  # "Our resolution is to host …": what the goal is, not why
    # "a café in 2027 to cut …"; not "by 2028 to open …", where the time opens
    year = len(previous) == 4 and previous.isdigit() and not _timed(doc, start)
    digit = previous[:1].isdigit() and not year and not _age_before(lowers, i - 1)
    if takes or digit or "from" in lowers[start:i]:
        return False
    window = range(max(start, i - 6), i)
    if any(lowers[k] == "for" and (k == start or lowers[k - 1] in _COPULAS) for k in window):
        return False  # "the goal is for sales growth to amount to 15%": its subject, not a purpose
    if any(lowers[k] in words.goal_nouns for k in window):
        return False  # "set a goal for myself to knit more": what the goal is, not why
    if following.endswith("ly") and i + 2 < len(doc):
        following = lowers[i + 2]  # "to really brighten the space": a split infinitive
    if i + 2 < len(doc) and doc[i + 2].like_num:
        return False  # "from birth to age 4", "up to grade 9": a noun before its number
    return following in words.verbs and not doc[i + 1].like_num
