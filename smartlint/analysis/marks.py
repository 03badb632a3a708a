"""Words the rule patterns mark, checked in context: which really state a vague amount or time.

A rule file's patterns find "mycket", "flera", "long-term" wherever they
stand; whether the goal uses them as its own amount or time is a question of
context (``../shared/LABELS.md``):

- words in quotation marks are mentioned, not used (”Hur har du blivit bemött?”);
- "mycket bra", "very good": an intensifier before an adjective is no amount;
- "ett av flera", "one of several", "en eller flera", "av flera skäl": a
  description, not a stand-in for a number;
- "minst lika mycket som", "as many as X": an equality with a reference is a level;
- "the long-term interest rate": a vague time before a noun describes the noun;
- in a means, purpose or relative clause of a measurable goal, nothing needs a size;
- a hedge in a purpose or relative clause ("vilket vi hoppas ökar tryggheten") hopes
  for an effect; it does not weaken what the goal commits to;
- a measure clause with a target ("mätt som att andelen ... går från 40 till 60")
  says what a vague amount of its sentence means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smartlint.analysis.clauses import MAIN, clause_words
from smartlint.nlp.lexicon import degree_forms, word_set
from smartlint.nlp.numbers import number_words
from smartlint.nlp.words import DEGREE_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

VAGUE_QUANTITY, VAGUE_TIME, HEDGE, CHANGE = "vague-quantity", "vague-time", "hedge", "change"
_NEVER = frozenset({"quote", "comparison", "opportunity", "comment"})
# Clauses that say why or with what effect: a hedge there does not weaken the goal.
_MOTIVES = frozenset({"relative", "purpose"})


def is_adjective(word: str, lang: str) -> bool:
    """Whether ``word`` is an adjective: listed, a comparison form, or compared in the tables."""
    if word in word_set("words", lang, "adjectives"):
        return True
    forms = degree_forms(lang)
    if forms.get(word) is not None:
        return True
    endings = ("are", "re") if lang == "sv" else ("er", "r")
    for ending in endings:
        found = forms.get(word + ending)
        if found is not None and found[1] == word:
            return True
    stem = word[:-1] if word.endswith(("a", "t")) and lang == "sv" else None
    if stem is not None and stem.endswith("n") and len(stem) > 4:
        # "medvetna", "öppna": the "-en" adjective drops its "e" before an ending, and so
        # does its comparative ("medvetnare" of "medveten")
        found = forms.get(stem + "are")
        if found is not None and found[1] == stem[:-1] + "en":
            return True
    return stem is not None and any(
        (found := forms.get(stem + ending)) is not None and found[1] == stem for ending in endings
    )


def equality_tokens(doc: Doc, lowers: list[str], lang: str) -> set[int]:
    """Tokens of an equality with a reference: "lika mycket el som", "as many members as"."""
    opener, closer = ("lika", "som") if lang == "sv" else ("as", "as")
    found: set[int] = set()
    n = len(lowers)
    for i, word in enumerate(lowers):
        if word != opener:
            continue
        if lang == "en" and lowers[i + 1 : i + 3] == ["well", "as"]:
            continue  # "lessons, as well as coaching": "and", no equality
        for j in range(i + 2, min(i + 10, n)):
            if lowers[j] == closer:
                after = " ".join(lowers[j + 1 : j + 3])
                possible = word_set("words", lang, "possible_words")
                if not any(after.startswith(p) for p in possible):
                    found.update(range(i, j + 1))  # "as ... as possible" stays vague
                break
    amounts = ("mycket", "många") if lang == "sv" else ("much", "many")
    for i, word in enumerate(lowers[:-1]):
        following = lowers[i + 2] if i + 2 < n else ""
        if word == opener and lowers[i + 1] in amounts and not doc[i + 2 : i + 3].text.isalpha():
            found.update((i, i + 1))  # "alla ska spela lika mycket": each the same, no amount
        elif lang == "en" and word == "equally" and lowers[i + 1] in amounts and not following:
            found.update((i, i + 1))
    verbs = word_set("words", lang, "equality_verbs")
    needs = word_set("words", lang, "unmeasured_references")
    for i, word in enumerate(lowers[:-1]):
        if word not in verbs:
            continue
        if needs.intersection(lowers[i + 1 : i + 4]):
            continue  # "motsvara efterfrågan", "meet the needs of": no level anyone measured
        if _definite_reference(lowers[i + 1], lang):
            found.update((i, i + 1))  # "motsvara rikssnittet", "mirror the national average"
    return found


def _definite_reference(word: str, lang: str) -> bool:
    """Whether a word opens a definite reference: "rikssnittet", "the", "egen"."""
    if lang == "en":
        return word in ("the", "our", "its", "their")
    return word.endswith(("et", "en", "an", "na", "ets", "ens", "nas")) or word in (
        "egen",
        "eget",
        "egna",
        "den",
    )


def _times_as(lowers: list[str], start: int, lang: str) -> bool:
    """Whether a multiplier and "så"/"as" stand before ``start``: "dubbelt så", "three times as".

    The quantity after them is the multiplier's own ("twice as many"), sized by it.
    """
    if lowers[start] in ("så", "as"):
        k = start - 1  # the span is "så mycket"
    elif start > 0 and lowers[start - 1] in ("så", "as"):
        k = start - 2  # the span is "många"
    else:
        return False
    numbers = number_words(lang)
    if lowers[k] in numbers.multipliers:
        return True
    # "tre gånger så många", "three times as much"
    return (
        lowers[k] in ("gånger", "times")
        and k > 0
        and (lowers[k - 1] in numbers.cardinals or lowers[k - 1].isdigit())
    )


def keep_mark(
    mark: str,
    span: Span,
    doc: Doc,
    lowers: list[str],
    roles: list[str],
    equal: set[int],
    measurable: bool,
    measured: frozenset[int] = frozenset(),
) -> bool:
    """Whether a marked span states what its fact says, in this goal.

    ``measured`` holds the tokens of main clauses a measure clause sizes
    ("tillräcklig kunskap, mätt som att andelen ... går från 40 till 60"):
    the measure says what the vague amount means.
    """
    role = roles[span.start]
    if role == "quote":
        return False
    if mark == VAGUE_QUANTITY:
        if role in _NEVER or span.start in equal or span.start in measured:
            return False
        lang = doc.lang_
        if _intensifier(span, lowers, lang) or _one_of(lowers, span.start, span.end, lang):
            return False
        if _negated_any(lowers, span):
            return False  # "inte ha några utsläpp", "without any delays": none at all
        after = span.end
        small = " ".join(lowers[span.start : span.end]) in word_set("words", lang, "small_degrees")
        if (
            small
            and after < len(doc)
            and (
                after in doc.user_data.get(DEGREE_KEY, {})
                or any(c.start == after for c in doc.spans.get("change", []))
            )
        ):
            return False  # "lite fler", "a bit less": the degree of a comparative it reports
        if any(w in ("ago", "sedan") for w in lowers[span.end : span.end + 3]):
            return False  # "a few years ago", "för några år sedan": when, not how many
        before = lowers[span.start - 1] if span.start > 0 else ""
        if _times_as(lowers, span.start, lang):
            return False  # "dubbelt så mycket gods", "twice as many members": a multiplier
        if before in word_set("words", lang, "amount_questions"):
            return False  # "se hur mycket det ger", "how many came": a question, not an amount
        part_of = (
            "del" in lowers[span.start : span.end] and "av" in lowers[span.end - 1 : span.end + 1]
        )
        if before in word_set("words", lang, "being_verbs") and part_of:
            return False  # "är en del av ett nätverk": belongs to it, not an amount
        if before in ("med", "and") and lowers[span.start : span.end] in (["flera"], ["others"]):
            if "," in lowers[max(span.start - 6, 0) : span.start]:
                return False  # "pensionärer, studenter, nyinflyttade med flera": "and others"
        return role == MAIN or role == "aside" or not measurable
    if mark == VAGUE_TIME:
        if (
            span.start > 0
            and lowers[span.start - 1] in word_set("words", doc.lang_, "length_markers")
            and (span[0].like_num or lowers[span.start] in ("en", "ett", "one", "a"))
        ):
            return False  # "besvaras inom en dag", "within one day": a length, not "some day"
        if span.end < len(doc) and lowers[span.end] == "enough":
            return False  # "soon enough to make the autumn release": bound by what follows
        if _counted_day(lowers, span):
            return False  # "minst en dag till", "at least one day a week": a count of days
        if any(
            t.start <= span.start and t.end > span.end and t.label_ in ("deadline", "duration")
            for t in doc.spans.get("time", [])
        ):
            return False  # "någon gång under september", "sometime in July": the month bounds it
        return not _describes_noun(doc, span)
    if mark == HEDGE:
        # "…, vilket vi hoppas ökar tryggheten": a hope about the motive, not the commitment
        return role not in _MOTIVES
    return True


# Words around "en dag"/"one day" that make it a count of days, not "some day".
_DAY_COUNTERS = frozenset(
    {"minst", "högst", "bara", "endast", "ytterligare", "least", "another", "only", "extra"}
)
_DAY_AFTER = {
    "sv": frozenset({"till", "extra", "per", "i", "om", "varje"}),
    "en": frozenset({"more", "extra", "per", "a", "every", "each"}),
}


def _counted_day(lowers: list[str], span: Span) -> bool:
    """Whether "en dag"/"one day" counts days: "minst en dag till", "one day a week"."""
    if lowers[span.start] not in ("en", "one") or span.end - span.start != 2:
        return False
    before = lowers[span.start - 1] if span.start else ""
    after = lowers[span.end] if span.end < len(lowers) else ""
    return before in _DAY_COUNTERS or after in _DAY_AFTER.get(span.doc.lang_, frozenset())


def _negated_any(lowers: list[str], span: Span) -> bool:
    """Whether "några"/"any" follows a negation in its clause: "inte kommer att ha några"."""
    if len(span) != 1 or lowers[span.start] not in word_set("words", span.doc.lang_, "any_words"):
        return False
    negations = word_set("words", span.doc.lang_, "negations")
    return any(w in negations for w in lowers[max(span.start - 4, 0) : span.start])


def _intensifier(span: Span, lowers: list[str], lang: str) -> bool:
    """Whether a degree word stands before an adjective: "mycket bra", "much faster"."""
    if len(span) != 1 or span.start + 1 >= len(lowers):
        return False
    if lowers[span.start] not in word_set("words", lang, "intensifiers"):
        return False
    return is_adjective(lowers[span.start + 1], lang)


def _one_of(lowers: list[str], start: int, end: int, lang: str) -> bool:
    """Whether it reads "ett av flera", "one of many": which one, not how many.

    Also "en eller flera", "one or more" (at least one) and "av flera skäl",
    "for several reasons" (why, not how many).
    """
    of, either = ("av", "eller") if lang == "sv" else ("of", "or")
    ones = ("en", "ett") if lang == "sv" else ("one",)
    before = [w for w in lowers[max(start - 4, 0) : start] if w not in ("–", "—", "-", ",")]
    if len(before) >= 2 and before[-1] in (of, either) and before[-2] in ones:
        return True  # "ett – eller flera –": the dashes set it off, it still reads "at least one"
    reasons = word_set("words", lang, "reason_nouns")
    return any(word in reasons for word in lowers[end : end + 2])  # "a few different reasons"


def _describes_noun(doc: Doc, span: Span) -> bool:
    """Whether a time word is used as an adjective: "the long-term interest rate"."""
    if doc.lang_ == "sv" and len(span) == 1 and span[0].lower_.endswith("siktigt"):
        from smartlint.analysis.kind import kind_words

        # "ett långsiktigt arbete", "långsiktigt hållbar": of a kind, not when
        before = doc[span.start - 1].lower_ if span.start else ""
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        if before in clause_words("sv").effort_verbs:
            return True  # "arbeta långsiktigt för …": how the work is done
        return (
            before in kind_words("sv").determiners
            or is_adjective(nxt, "sv")
            or nxt.endswith(("ande", "ende"))  # "långsiktigt idrottsutövande"
        )
    hyphenated = any(t.text in ("-", "‐") for t in span) or span.text.lower().endswith("term")
    if not (hyphenated and span.end < len(doc) and doc[span.end].is_alpha):
        return False
    before = doc[span.start - 1].lower_ if span.start else ""
    noun = doc[span.end].lower_
    goals = word_set("words", doc.lang_, "goal_nouns")
    goal = noun in goals or noun.endswith("s") and noun[:-1] in goals  # "objectives", "aims"
    if before in ("the", "in", "over") and noun not in ("interest", "rate"):
        # "in the medium-term, reach …": an adverbial time, whatever word follows
        return doc[span.end].pos_ in ("NOUN", "PROPN") and not goal
    # "the mid-term target is …", "our long-term goal:": the goal itself is timed vaguely;
    # "agree on short- and long-term goals": goals of two kinds, named
    after = span.end + 1
    stated = after < len(doc) and doc[after].lower_ in ("is", "are", "was", "will", "to", ":")
    return not (goal and stated)
