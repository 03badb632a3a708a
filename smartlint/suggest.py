"""A suggested rewrite of a whole goal, in the goal's own language.

The rewrite edits the author's own sentence rather than filling a template,
so it keeps their wording, owner and metric: a hedge is dropped ("Vi ska
försöka minska" -> "Vi ska minska"), a vague quantity or count becomes a
placeholder ("flera medarbetare" -> "<N> medarbetare", "fler kunder" -> "<N>
fler kunder"), an unsized change gets "från <baseline> till <mål>", a vague or
passed deadline gives way to "senast <ÅÅÅÅ-MM-DD>", and a relative deadline
("i år") is written as the date it means.  ``<...>`` marks what only the
author can decide: smartlint never invents a number.
"""

from __future__ import annotations

import re
from typing import Any

from smartlint.analysis import GoalFacts, comparative_words, vocabulary
from smartlint.compose import compose
from smartlint.model import Fix, apply_fixes
from smartlint.nlp.lexicon import load_lexicon, word_set
from smartlint.rules.context import CheckContext

_WORDS = {
    "sv": {
        "range": "från <baseline> till <mål>",
        "to": "till <mål>",
        "by": "senast",
        "date": "<ÅÅÅÅ-MM-DD>",
        "measured": "mätt som att <mått> går från <baseline> till <mål>",
        "count": "<N>",
        "by_fronted": "Senast",
    },
    "en": {
        "range": "from <baseline> to <target>",
        "to": "to <target>",
        "by": "by",
        "date": "<YYYY-MM-DD>",
        "measured": "measured as <metric> going from <baseline> to <target>",
        "count": "<N>",
        "by_fronted": "By",
    },
}
_HEDGE_TO_COMMITMENT = {"sv": "ska", "en": "will"}
_CLEAN_SPACES = re.compile(r"[ \t\r\n]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([.,;:!?)])")


def _edit(start: int, end: int, text: str) -> Fix:
    """One change to the goal text; the rewrite as a whole decides whether it is safe."""
    return Fix(start, end, text, safe=True)


def rewrite(
    facts: GoalFacts, fired: set[str], ctx: CheckContext, slots: dict[str, Any] | None = None
) -> str:
    """Return the goal rewritten to hold; placeholders say what only the author can fill in.

    A goal whose slots cover it is written from them (``smartlint.compose``);
    any other goal is the author's sentence, edited.
    """
    if slots:
        composed = compose(facts, slots, fired, ctx)
        if composed is not None:
            return composed
    words = _WORDS[facts.lang]
    edits: list[Fix] = []
    edits += _hedge_edits(facts)
    quantifiers = _quantifier_edits(facts, words["count"])
    edits += quantifiers
    fronted = _fronted_timeframe(facts)
    edits += [e for e in _span_edits(facts, "vague-timeframe", "") if e.start != fronted]
    amount_edits, measured = _amount_edits(facts, words)
    edits += amount_edits
    deadline_edit, deadline_tail = _deadline(facts, words, ctx)
    edits += deadline_edit
    if fronted is not None and deadline_tail:
        # "På sikt ska andelen ..." -> "Senast <ÅÅÅÅ-MM-DD> ska andelen ...": the deadline
        # takes the fronted phrase's place, so the word order stays right.
        span = facts.rule_spans["vague-timeframe"][0]
        lead = words["by_fronted"] + " " + words["date"]
        edits.append(_edit(span.start_char, span.end_char, lead))
        deadline_tail = ""
    if "missing-number" in fired and not (amount_edits or quantifiers or facts.amounts):
        measured = True
    if measured:
        edits.append(_measured_edit(facts, words, deadline_edit))
    text = apply_fixes(facts.text, edits).strip().rstrip(".!")
    if deadline_tail:
        text = f"{text} {deadline_tail}"
    return _tidy(text)


def _hedge_edits(facts: GoalFacts) -> list[Fix]:
    """Drop hedges; one that stands for the verb ("Vi strävar efter att") becomes "ska"."""
    edits = []
    lowers = facts.lowers
    rewrites = _hedge_rewrites(facts.lang)
    for span in facts.rule_spans.get("hedge", []):
        end = span.end
        phrase = " ".join(lowers[span.start : span.end])
        following = lowers[end] if end < len(lowers) else ""
        known = rewrites.get(f"{phrase} {following}")
        if known is not None:
            end += 1  # "verka för att" -> "se till att"
        elif following not in ("att", "to") or phrase in ("vi hoppas", "we hope", "we aim"):
            known = rewrites.get(phrase)
        if known is not None:
            if (
                known.split()[-1] in ("ska", "will")
                and end < len(lowers)
                and lowers[end] in ("kunna", "to", "att")
            ):
                end += 1  # "vi hoppas kunna öppna" -> "vi ska öppna"
            text = known if span.start else known[:1].upper() + known[1:]
            edits.append(_edit(span.start_char, _char_end(facts, end), text))
            continue
        if end < len(lowers) and lowers[end] in ("att", "to") and not lowers[span.start] == "to":
            end += 1
        after_subject = span.start > 0 and lowers[span.start - 1] not in _modal(facts.lang)
        # a hedge opening the goal or one of its sentences ("... . Try to ...") goes
        first_word = span.start == 0 or lowers[span.start - 1] in (".", "!", "?", ";")
        replacement = "" if first_word or not after_subject else _HEDGE_TO_COMMITMENT[facts.lang]
        edits.append(_edit(span.start_char, _char_end(facts, end), replacement))
        if first_word and span.start > 0 and end < len(lowers):
            word = facts.doc[end]  # the sentence now starts here: "... . Raise NPS ..."
            edits.append(_edit(word.idx, word.idx + 1, word.text[:1].upper()))
    return edits


def _measured_edit(facts: GoalFacts, words: dict[str, str], deadline_edits: list[Fix]) -> Fix:
    """Say how the goal is measured, before a deadline that ends the goal, else at the end."""
    span = facts.deadline
    end = len(facts.text.rstrip().rstrip(".!"))
    if span is not None and not deadline_edits and span.end_char >= end:
        return _edit(span.start_char, span.start_char, f", {words['measured']}, ")
    return _edit(end, end, f", {words['measured']}")


def _hedge_rewrites(lang: str) -> dict[str, str]:
    return {
        str(k).lower(): str(v)
        for k, v in load_lexicon("words", lang).get("hedge_rewrites", {}).items()
    }


def _fronted_timeframe(facts: GoalFacts) -> int | None:
    """The start of a vague timeframe that opens the goal ("På sikt ska ..."), if any."""
    spans = facts.rule_spans.get("vague-timeframe", [])
    if spans and spans[0].start == 0 and len(facts.lowers) > spans[0].end:
        return spans[0].start_char
    return None


def _modal(lang: str) -> frozenset[str]:
    return word_set("words", lang, "owner_verbs")


def _quantifier_edits(facts: GoalFacts, count: str) -> list[Fix]:
    """Vague quantities become ``<N>``; one before "fler"/"more" goes, as the count takes it."""
    counts = word_set("words", facts.lang, "count_comparatives")
    edits = []
    for span in facts.rule_spans.get("vague-quantifier", []):
        before_count = (
            span.end < len(facts.lowers)
            and facts.lowers[span.end] in counts
            and _counts_things(facts, span.end + 1)
        )
        end = facts.doc[span.end].idx if before_count else span.end_char
        edits.append(_edit(span.start_char, end, "" if before_count else count))
    return edits


def _span_edits(facts: GoalFacts, rule: str, replacement: str) -> list[Fix]:
    return [_edit(s.start_char, s.end_char, replacement) for s in facts.rule_spans.get(rule, [])]


def _amount_edits(facts: GoalFacts, words: dict[str, str]) -> tuple[list[Fix], bool]:
    """Give each unsized change a size placeholder; tell whether a "measured as" tail is needed."""
    edits: list[Fix] = []
    measured = False
    counts = word_set("words", facts.lang, "count_comparatives")
    comparatives = comparative_words(facts.lang)
    for change in facts.vague_changes():
        span = change.span
        if span.root.lower_ in counts and _counts_things(facts, span.end):
            vague = facts.rule_spans.get("vague-quantifier", [])
            dropped = {i for q in vague for i in range(q.start, q.end)}
            opens = not any(t.is_alpha and t.i not in dropped for t in facts.doc[: span.start])
            word = span.text.lower() if opens else span.text
            edits.append(_edit(span.start_char, span.end_char, f"{words['count']} {word}"))
        elif span.root.lower_ in comparatives and not (
            span.start == 0 and span.root.lemma_ in vocabulary(facts.lang).change_verbs
        ):  # "Lower readmission rates" is a verb, "lower costs" in mid-goal a comparative
            measured = True
        else:
            has_baseline = any(s.start > span.start for s in facts.amounts)
            text = words["to"] if has_baseline else words["range"]
            position = _clause_end(facts, span.start)
            edits.append(_edit(position, position, " " + text))
    return edits, measured


def _counts_things(facts: GoalFacts, index: int) -> bool:
    """Whether "fler"/"more" counts a noun ("more users"), not an adjective ("more open")."""
    if index >= len(facts.lowers):
        return False
    following = facts.lowers[index]
    if facts.lang == "sv":
        return facts.doc[index].is_alpha
    return following.endswith("s") and not following.endswith(("ous", "ss", "less"))


def _clause_end(facts: GoalFacts, start: int) -> int:
    """Where the size of a change goes: before the next clause, means clause, deadline or stop."""
    doc = facts.doc
    stops = {s.start for s in doc.spans.get("time", [])}
    stops |= {s.start for s in facts.rule_spans.get("vague-timeframe", [])}
    stops |= {s for s in facts.clause_starts if s > start}
    stops |= set(facts.means_starts)
    end = len(doc)
    for index in range(start + 1, len(doc)):
        token = doc[index]
        if index in stops or token.text in (".", ";", ",", "!", "(") or token.text == ":":
            end = index
            break
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    return doc[end - 1].idx + len(doc[end - 1].text)


def _deadline(facts: GoalFacts, words: dict[str, str], ctx: CheckContext) -> tuple[list[Fix], str]:
    """Return edits for the deadline and a deadline to append, if one is needed."""
    span = facts.deadline
    if span is None:
        return [], "" if ctx.deadline_inherited else f"{words['by']} {words['date']}"
    date = facts.deadline_date(ctx.resolve_from, ctx.fiscal_year_start_month)
    if date is None:
        return [], ""
    if date < ctx.today:
        return [_edit(span.start_char, span.end_char, "")], f"{words['by']} {words['date']}"
    if any(t.text[:1].isdigit() for t in span):
        return [], ""
    return [_edit(span.start_char, span.end_char, f"{words['by']} {date.isoformat()}")], ""


def _char_end(facts: GoalFacts, token_end: int) -> int:
    doc = facts.doc
    if token_end >= len(doc):
        return len(facts.text)
    return doc[token_end - 1].idx + len(doc[token_end - 1].text)


def _tidy(text: str) -> str:
    text = _CLEAN_SPACES.sub(" ", text).strip(" ,")
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = text.replace(",,", ",").replace(", ,", ",")
    return text[:1].upper() + text[1:] + "."


def has_placeholder(text: str) -> bool:
    """Tell whether a rewrite still needs the author's input."""
    return re.search(r"<[^<>\s][^<>]*>", text) is not None
