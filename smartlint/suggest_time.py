"""The time a rewrite gives a goal: what it replaces, removes or adds, by the goal's kind.

- A passed deadline stays as written: ``deadline-passed`` says it has passed,
  and a year turned into a placeholder loses what the goal was about.
- A vague time ("på sikt") gives way to "senast <ÅÅÅÅ-MM-DD>" where it stands.
- A relative time ("i år") is written as the date it means; a duration with
  its number ("inom tre år") stays, since it counts from when the goal was set.
- A goal with no time bound gets one at its end: a deadline for a change, a
  level, a deliverable or an end state; the period it runs over for a habit or
  a yearly rate (none when it says when it starts); a follow-up period, never
  a deadline, for a standing rule.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartlint.analysis import GoalFacts, genitive_time
from smartlint.analysis.kind import kind_words
from smartlint.model import Fix
from smartlint.nlp.lexicon import word_set
from smartlint.nlp.words import known_lemmas
from smartlint.rules.context import CheckContext
from smartlint.suggest_edits import WORDS, char_end, edit

if TYPE_CHECKING:
    from spacy.tokens import Span

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d\s?[/–-]\s?)((?:19|20)\d\d|\d\d)(?!\d)")
_OPEN_YEAR = re.compile(r"(?:19|20)\d[xX]|(?:19|20)[xX]{2}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|(?<!\d)\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!\d)")


@dataclass(frozen=True)
class Timed:
    """A rewrite's time: its edits, what it appends, and the deadline phrase it leaves last."""

    edits: list[Fix]
    tail: str
    deadline: str | None


def time_edits(
    facts: GoalFacts,
    ctx: CheckContext,
    kind: str,
    inherited: bool,
    dated: bool = False,
    recurring: bool = False,
) -> Timed:
    """The edits and the tail that give the goal the time its kind needs.

    A standing rule gets a follow-up period, unless it names the period it
    recurs in (``recurring``: "minst 1 100 deltagare varje termin"); one that
    promises a state to all (``dated``) first gets the date it is reached by.
    """
    words = WORDS[facts.lang]
    edits: list[Fix] = []
    bounded = kind not in ("habit", "rule") and not inherited
    passed = _passed(facts, ctx)
    span = facts.deadline
    written = None if span is None else span.text
    # A passed deadline stays as the author wrote it: the finding says it has passed, and
    # a year turned into "<ÅÅÅÅ>" loses what the goal was about (judged bad on real goals).
    placed = False
    if span is None and bounded:
        for token in facts.doc:
            if _OPEN_YEAR.fullmatch(token.text):
                # "Klimatneutral 202X": the author's year left open; it is the year to fill in
                edits.append(edit(token.idx, token.idx + len(token.text), words["year"]))
                written, placed = edits[-1].replacement, True
                break
    for time in [*facts.marked("vague-time"), *_anaphoric(facts)]:
        if _conjunction(facts, time):
            continue  # "as soon as the shops reopen", "så snart bolaget …": when, not how soon
        framed = _before_goal_frame(facts, time)
        if framed is not None:
            edits.append(framed)  # "Till dess är målet …" -> "Målet är … senast <date>"
            continue
        if bounded and not placed and span is None:
            first = _phrase_start(facts, time.start)  # "In the long-term" -> "By <date>"
            edits.append(_deadline_in_place(facts, first, time.end, words["date"]))
            written, placed = edits[-1].replacement, True
        else:
            edits.append(_removal(facts, time))
    inside = span is not None and (
        (span.start > 0 and facts.lowers[span.start - 1] in _ARTICLES)
        or genitive_time(facts.lowers, span, facts.lang)
    )
    if span is not None and span not in passed and not inside:
        # not "over the next year": a relative time inside a phrase stays as written
        date = facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month)
        if date is not None and not any(t.text[:1].isdigit() or t.like_num for t in span):
            # "i år" -> "senast 2026-12-31": the date it means, in its place; not "inom
            # tre år", which counts from when the goal was written, not from today
            goal_noun = span.start > 0 and facts.lowers[span.start - 1] in word_set(
                "words", facts.lang, "goal_nouns"
            )
            if (kind != "change" or goal_noun) and _whole_year(facts, span, date):
                # "my goals for this year" -> "my goals for 2026": it names the goals' year
                # "this year", "i år": the year it means, as a year ("in 2026", "under 2026");
                # "by 2026-12-31" reads oddly on a level kept through it ("keep fit this year").
                # A change keeps its date, as in "… i slutet av 2020"
                edits.append(_year_in_place(facts, span, date.year))
            else:
                edits.append(_deadline_in_place(facts, span.start, span.end, date.isoformat()))
            written = edits[-1].replacement
    tail = ""
    if not placed and span is None:
        starts = any(own_start(facts, s) for s in facts.doc.spans.get("time", []))
        if bounded and starts:
            # "ska öka från och med 2027": the goal has its start; it runs until a date
            tail = f" {words['until']} {words['date']}"
        elif bounded:
            tail = f" {words['by']} {words['date']}"
        elif kind == "habit" and not starts and not _recurs(facts):
            tail = f" {words['period']}"
        elif kind == "rule" and recurring:
            tail = ""
        elif kind == "rule" and dated and not inherited and _recurs(facts):
            # "Write every letter in cursive and use it daily": kept up over a span, not reached
            tail = f" {words['period']}"
        elif kind == "rule" and dated and not inherited and per_occurrence(facts):
            # "Alla nyanskaffade bilar ska vara miljöbilar", "Everyone who calls gets an answer
            # the same day": a rule for each new case starts on a date; it is not reached by one
            tail = f" {words['from']} {words['date']}"
        elif kind == "rule" and dated and not inherited:
            # a state promised to all is reached by a date; a follow-up period beside the
            # date was judged redundant (bad or stilted in 10 of 10 real cases)
            tail = f" {words['by']} {words['date']}"
        elif kind == "rule" and _checkable(facts):
            tail = f", {words['follow_up']}"
    return Timed(edits, tail, written if tail == "" else None)


def _checkable(facts: GoalFacts) -> bool:
    """Whether a standing rule says what to check each period: a number, or "alltid"/"never".

    "Svara inom två arbetsdagar", "Vid nybyggnation ska solceller alltid finnas med": a
    follow-up can check it. "Hålla avgiften på en rimlig nivå", "Create and keep a hall
    fit for purpose": a follow-up period names nothing to check (judged bad).
    """
    if any(t.like_num or t.text[:1].isdigit() for a in facts.amount_facts for t in a.span):
        return True
    standing = word_set("words", facts.lang, "standing")
    return any(word in standing for word in facts.lowers)


def per_occurrence(facts: GoalFacts) -> bool:
    """Whether "all" counts cases as they come: "alla som ringer", "all new hires"."""
    markers = word_set("words", facts.lang, "occurrence_words")
    lowers = facts.lowers
    triggers = word_set("words", facts.lang, "occurrence_triggers")
    if any(" ".join(lowers[i : i + 2]) in triggers for i in range(len(lowers) - 1)):
        return True  # "Efter varje träff publiceras …": each time the event comes round
    if facts.totals and any(
        lowers[i] in word_set("words", facts.lang, "service_passives")
        for i, role in enumerate(facts.roles)
        if role == "main"
    ):
        return True  # "Varje patient ska erbjudas en vårdkontakt": each as they come
    return any(
        word in markers
        for total in facts.totals
        for word in lowers[total.start : min(total.end + 2, len(lowers))]
    )


def _recurs(facts: GoalFacts) -> bool:
    """Whether a rate word says the goal runs on ("årligen", "annual", "continuously")."""
    rates = word_set("words", facts.lang, "rates")
    lowers = facts.lowers
    return any(
        " ".join(lowers[i : i + size]) in rates for i in range(len(lowers)) for size in (1, 4, 5, 6)
    )  # "årligen"; "från ett år till nästa", "from one year to the next"


def _anaphoric(facts: GoalFacts) -> list[Span]:
    """Deadlines that point back at another sentence: "by then", "till dess"."""
    phrases = word_set("words", facts.lang, "anaphoric_times")
    after_modal = word_set("words", facts.lang, "modal_anaphora")
    modals = word_set("words", facts.lang, "goal_modals")
    lowers, found = facts.lowers, []
    for i in range(len(lowers)):
        if lowers[i] in after_modal and i > 0 and lowers[i - 1] in modals:
            found.append(facts.doc[i : i + 1])  # "… ska då vara fossilfria": by then
            continue
        heads = modals | {m.split()[0] for m in modals}  # "kommer att": "Då kommer huset att …"
        if lowers[i] in after_modal and i == 0 and len(lowers) > 1 and lowers[1] in heads:
            found.append(facts.doc[0:1])  # "Då ska kommunen ha …": first, then the verb
            continue
        if _later(facts, i):
            found.append(facts.doc[i : i + 3])  # "Fyra år senare ska …": after a time told before
            continue
        for size in (4, 3, 2, 1):
            # first in the goal, "Through that point" is its time, though "through" opens means
            if " ".join(lowers[i : i + size]) in phrases and (facts.roles[i] == "main" or i == 0):
                following = lowers[i + size] if i + size < len(lowers) else ""
                if following in _TIME_GOES_ON:
                    break  # "By then end of 2027" (a slip for "the end"): a time of its own
                found.append(facts.doc[i : i + size])
                break
    return found


_ARTICLES = frozenset({"the", "det", "den"})


# Words after "by then" that show it begins a time phrase of its own, not an anaphor.
_TIME_GOES_ON = frozenset({"end", "beginning", "start", "middle", "of", "slutet", "början"})


_LATER_UNITS = frozenset(
    {"år", "månader", "veckor", "dagar", "years", "months", "weeks", "days", "year", "month"}
)


def _later(facts: GoalFacts, i: int) -> bool:
    """Whether "N years later"/"fyra år senare" starts at ``i``: counted from a time told before."""
    lowers, doc = facts.lowers, facts.doc
    return (
        i + 2 < len(lowers)
        and (doc[i].like_num or lowers[i] in ("ett", "en", "a", "one"))
        and lowers[i + 1] in _LATER_UNITS
        and lowers[i + 2] in ("senare", "later")
        and facts.roles[i] == "main"
    )


def _passed(facts: GoalFacts, ctx: CheckContext) -> list[Span]:
    """The goal's time bounds that lie before today."""
    from smartlint.nlp.dates import resolve

    found = []
    for span in facts.deadlines:
        if span.label_ != "deadline":
            continue
        date = resolve(span, ctx.resolve_from, ctx.fiscal_year_start_month)
        if date is not None and date < ctx.today:
            found.append(span)
    return found


def _deadline_in_place(facts: GoalFacts, start: int, end: int, date: str) -> Fix:
    """Replace tokens ``start``-``end`` with "senast <date>" (capitalised to open a sentence)."""
    words = WORDS[facts.lang]
    first = start == 0 or facts.doc[start - 1].text in (".", "!", "?")
    phrase = f"{words['by_fronted'] if first else words['by']} {date}"
    return edit(facts.doc[start].idx, char_end(facts, end), phrase)


def _whole_year(facts: GoalFacts, span: Span, date: dt.date) -> bool:
    """Whether a relative time names one calendar year as a whole: "this year", "i år"."""
    words = word_set("words", facts.lang, "whole_year_words")
    lowers = [t.lower_ for t in span]
    return (
        (date.month, date.day) == (12, 31)
        and len(lowers) <= 3
        and lowers[-1] in words
        and not any(w in word_set("words", facts.lang, "year_bound_words") for w in lowers)
    )


def _year_in_place(facts: GoalFacts, span: Span, year: int) -> Fix:
    """Replace a relative year with the year it means: "this year" -> "in 2026"."""
    word = WORDS[facts.lang]["in_year"]
    if facts.lowers[span.start] in ("for", "för"):
        word = facts.lowers[span.start]  # "my goals for this year" -> "for 2026"
    first = span.start == 0 or facts.doc[span.start - 1].text in (".", "!", "?")
    phrase = f"{word[:1].upper() + word[1:] if first else word} {year}"
    return edit(facts.doc[span.start].idx, char_end(facts, span.end), phrase)


def _before_goal_frame(facts: GoalFacts, time: Span) -> Fix | None:
    """A time fronted before "är målet"/"is the goal": it goes, and the frame is put right.

    "Till dess är målet en ny bastu" -> "Målet är en ny bastu …": a date in
    front would date "is the goal"; the tail puts it after what the goal is.
    """
    lowers, doc = facts.lowers, facts.doc
    if time.start != 0 or time.end + 1 >= len(lowers):
        return None
    verb, noun = lowers[time.end], lowers[time.end + 1]
    nouns = word_set("words", facts.lang, "goal_nouns")
    if facts.lang == "sv" and verb in ("är", "blir") and noun in nouns:
        frame = f"{doc[time.end + 1].text[:1].upper()}{doc[time.end + 1].text[1:]} {verb}"
        return edit(0, char_end(facts, time.end + 2), frame)
    return None


def _removal(facts: GoalFacts, time: Span) -> Fix:
    """Remove a vague time; one set off by commas takes both ("skall, över tid, växa")."""
    text = facts.text
    first = _phrase_start(facts, time.start)  # "In the long-term, …": all of it goes
    start, end = facts.doc[first].idx, char_end(facts, time.end)
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" ")
    if before.endswith(",") and after.startswith(","):
        # "skall, över tid, växa" -> "skall växa"
        return edit(len(before) - 1, len(text) - len(after) + 1, "")
    fronted = _fronted_v2(facts, time)
    if fronted is not None:
        return fronted
    return edit(start, _space_after(facts, time.end), "")


def _conjunction(facts: GoalFacts, time: Span) -> bool:
    """Whether a vague time word is part of a conjunction: "as soon as …", "så snart …"."""
    lowers = facts.lowers
    before = lowers[time.start - 1] if time.start else ""
    after = lowers[time.end] if time.end < len(lowers) else ""
    word = lowers[time.start]
    return (word == "soon" and before == "as" and after == "as") or (
        word in ("snart", "fort") and before == "så" and after not in ("som", "möjligt")
    )


def _phrase_start(facts: GoalFacts, start: int) -> int:
    """Where a time's phrase starts: back over "the" and a preposition ("In the long-term")."""
    lowers = facts.lowers
    k = start
    if k > 0 and lowers[k - 1] in ("the", "a", "det", "den"):
        k -= 1
    opens_with_article = lowers[start] in ("the", "de", "den")  # "the coming months"
    if k > 0 and lowers[k - 1] in ("in", "over", "on", "for", "i", "på", "över", "during", "under"):
        if k < start or opens_with_article:
            k -= 1
    return k if k < start else start


# Short Swedish infinitives the lemma list may lack ("ska alla hushåll ha fiber").
_SHORT_INFINITIVES = frozenset({"ha", "bli", "vara", "få", "göra", "ge", "ta", "gå", "se", "nå"})


def _fronted_v2(facts: GoalFacts, time: Span) -> Fix | None:
    """Drop a fronted Swedish time and keep verb-second order: the subject moves first.

    "På sikt ska skulden understiga två årsbudgetar" -> "Skulden ska
    understiga två årsbudgetar", not "Ska skulden …", which reads as a
    question.
    """
    doc, lowers, lemmas = facts.doc, facts.lowers, facts.lemmas
    modal = time.end
    if facts.lang != "sv" or time.start != 0 or modal + 2 >= len(doc):
        return None
    if lowers[modal] not in word_set("words", "sv", "owner_verbs"):
        return None
    verbs = known_lemmas("sv") | word_set("words", "sv", "copulas") | _SHORT_INFINITIVES
    infinitive = next(
        (
            i
            for i in range(modal + 2, len(doc))
            if lowers[i] == lemmas[i] and (lemmas[i] in verbs) and doc[i].is_alpha
        ),
        None,
    )
    if infinitive is None:
        return None
    # "vill vi även bilda" -> "Vi vill även bilda": adverbs after the subject stay after the verb
    adverbs = word_set("words", "sv", "middle_adverbs")
    last = infinitive - 1
    while last > modal + 1 and lowers[last] in adverbs:
        last -= 1
    subject = facts.text[doc[modal + 1].idx : char_end(facts, last + 1)]
    subject = subject[:1].upper() + subject[1:]
    middle = facts.text[char_end(facts, last + 1) : doc[infinitive].idx].strip()
    verb = doc[modal].text.lower()
    moved = f"{subject} {verb} {middle} " if middle else f"{subject} {verb} "
    return edit(0, doc[infinitive].idx, moved)


def _space_after(facts: GoalFacts, end: int) -> int:
    """The end of token ``end - 1`` and the space after it, so a removal leaves no gap."""
    at = char_end(facts, end)
    text = facts.text
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def own_start(facts: GoalFacts, span: Span) -> bool:
    """Whether ``span`` is a start point of the goal itself: "gäller från och med mars".

    Not one in an aside ("(a goal left over from 2019)") nor a year that names a thing
    ("two books from the 2025 list", "from 2025 list"): "until <date>" beside those
    reads as if the goal ran from then.
    """
    if span.label_ != "start" or facts.roles[span.start] != "main":
        return False
    if in_brackets(facts.text, facts.doc[span.start].idx):
        return False
    if span.start > 0 and facts.lowers[span.start - 1] in ("up", "down", "upp", "ner", "ned"):
        return False  # "300 km, up from 2024's 250 km": where it grew from, a baseline
    after = span.end
    if after < len(facts.doc) and facts.doc[after].is_alpha:
        word = facts.lowers[after]
        joins = {"and", "or", "och", "eller", "onwards", "on", "framåt", "till", "to"}
        return word in joins or word in kind_words(facts.lang).prepositions
    return True


def in_brackets(text: str, at: int) -> bool:
    """Whether character ``at`` stands inside a bracket: "(only two so far)"."""
    return text.count("(", 0, at) > text.count(")", 0, at)
