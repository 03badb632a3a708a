"""The edits a rewrite makes to the author's sentence (see ``smartlint.suggest``).

Each function returns ``Fix`` values on the goal text; they never overlap,
and none invents a number: what only the author knows is a ``<...>``
placeholder in the goal's language.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from smartlint.analysis import Change, GoalFacts, is_comparative, vocabulary
from smartlint.analysis.clauses import clause_words
from smartlint.analysis.kind import is_abstract, kind_words, phrase_at, plural_indefinite
from smartlint.analysis.marks import is_adjective
from smartlint.model import Fix
from smartlint.nlp.lexicon import load_lexicon, verb_lemmas, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span

WORDS = {
    "sv": {
        "range": "från <baseline> till <mål>",
        "to": "till <mål>",
        "by": "senast",
        "until": "till och med",
        "from": "från och med",
        "in_year": "under",
        "by_fronted": "Senast",
        "date": "<ÅÅÅÅ-MM-DD>",
        "count": "<N>",
        "period": "från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>",
        "compliance": "i minst <N> % av fallen",
        "follow_up": "med uppföljning varje <period>",
        "year": "<ÅÅÅÅ>",
        "by_percent": "med <N> %",
        "percent": "<N> %",
        "frequency": "minst <N> gånger per <period>",
        "number_of": "antalet",
    },
    "en": {
        "range": "from <baseline> to <target>",
        "to": "to <target>",
        "by": "by",
        "until": "until",
        "from": "from",
        "in_year": "in",
        "by_fronted": "By",
        "date": "<YYYY-MM-DD>",
        "count": "<N>",
        "period": "from <YYYY-MM-DD> to <YYYY-MM-DD>",
        "compliance": "in at least <N>% of cases",
        "follow_up": "checked every <period>",
        "year": "<YYYY>",
        "by_percent": "by <N>%",
        "percent": "<N>%",
        "frequency": "at least <N> times per <period>",
        "number_of": "the number of",
    },
}
_HEDGE_TO_COMMITMENT = {"sv": "ska", "en": "will"}
_CLEAN_SPACES = re.compile(r"[ \t\r\n]+")
_SPACE_BEFORE_PUNCT = re.compile(r" +([.,;:!?)])")
_SENTENCE = re.compile(r"(^|[.!?]\s+)(\S+)(\s+)(\S+)")


def edit(start: int, end: int, text: str) -> Fix:
    """One change to the goal text; the rewrite as a whole decides whether it is safe."""
    return Fix(start, end, text, safe=True)


def char_end(facts: GoalFacts, token_end: int) -> int:
    """The character offset where token ``token_end - 1`` ends."""
    doc = facts.doc
    if token_end >= len(doc):
        return len(facts.text)
    return doc[token_end - 1].idx + len(doc[token_end - 1].text)


def _imperative(facts: GoalFacts) -> bool:
    """Whether the goal opens with its verb, with no subject: "Start a new novel", "Bygga …"."""
    if not facts.lowers or not facts.doc[0].is_alpha:
        return False
    first = facts.lowers[0]
    if facts.lang == "sv":
        return infinitive_sv(first)
    return first == facts.lemmas[0] and first in verb_lemmas("en")


def hedge_edits(facts: GoalFacts) -> list[Fix]:
    """Drop hedges; one that stands for the verb ("Vi strävar efter att") becomes "ska"."""
    edits = []
    lowers = facts.lowers
    rewrites = _hedge_rewrites(facts.lang)
    adverbs = word_set("words", facts.lang, "hedge_adverbs")
    for span in facts.marked("hedge"):
        end = span.end
        phrase = " ".join(lowers[span.start : span.end])
        following = lowers[end] if end < len(lowers) else ""
        if facts.roles[span.start] != "main":
            continue  # "vilket förhoppningsvis ökar …": not the goal's own commitment
        infinitive = span.start > 0 and lowers[span.start - 1] in ("att", "to")
        if _works_toward_doing(facts, span, rewrites):
            # "ska arbeta för att halvera" -> "ska halvera"; "Klubben arbetar för att halvera"
            # -> "Klubben ska halvera": "se till att halvera" was judged unnatural
            before = lowers[span.start - 1] if span.start else ""
            if before in _modal("sv") or before == "att":
                edits.append(edit(span.start_char, _through_space(facts, end), ""))
            elif span.start == 1 and before.endswith("t") and end < len(lowers):
                # "Aktivt arbeta för att höja …" -> "Höja …": the adverb goes with the hedge,
                # not "Aktivt ska öka", which has no subject (judged bad)
                word = facts.doc[end]
                edits.append(edit(0, word.idx + 1, word.text[:1].upper()))
            else:
                edits.append(edit(span.start_char, char_end(facts, end), "ska"))
            continue
        if infinitive and following not in ("att", "to") and phrase in rewrites:
            # "att verka för en stabil klubbekonomi" -> "att uppnå en stabil klubbekonomi": the
            # hedge is the verb of its object, so dropping it leaves no verb
            edits.append(edit(span.start_char, char_end(facts, end), rewrites[phrase]))
            continue
        if phrase in adverbs or infinitive:
            # "helst", "förhoppningsvis", "Att sträva efter att skapa": it just goes, with
            # its own "att" ("att verka för att antalet ökar" -> "att antalet ökar")
            if infinitive and following in ("att", "to"):
                end += 1
            edits.append(edit(span.start_char, _through_space(facts, end), ""))
            continue
        after = end + 1 if following == "att" else end
        with_att = following == "att" or lowers[end - 1] == "att"
        verb_at = _past_times(facts, after) if after < len(lowers) else len(lowers) - 1
        if (
            span.start == 0
            and facts.lang == "sv"
            and with_att
            and after < len(lowers) - 1
            and infinitive_sv(lowers[verb_at])
        ):
            # "Arbeta för att på sikt bli en plastfri förening" -> "På sikt bli …": the verb after
            # "att" is the goal's own; "Se till att … få" was judged unnatural
            word = facts.doc[after]
            if verb_at > after:  # a vague time follows; its own edit starts there
                edits.append(edit(span.start_char, word.idx, ""))
            else:
                edits.append(edit(span.start_char, word.idx + 1, word.text[:1].upper()))
            continue
        gerund = _gerund_after(facts, span, rewrites.get(phrase))
        if gerund is not None:
            # "work towards achieving our aims" -> "achieve our aims", not "achieve
            # achieving": the gerund is the goal's own verb
            text = gerund if span.start else gerund[:1].upper() + gerund[1:]
            edits.append(edit(span.start_char, char_end(facts, end + 1), text))
            continue
        known = rewrites.get(f"{phrase} {following}")
        if known is not None:
            end += 1  # "verka för att" -> "se till att"
        elif following not in ("att", "to") or phrase in ("vi hoppas", "we hope", "we aim"):
            known = rewrites.get(phrase)
        if known is not None:
            own_subject = (
                facts.lang == "sv"
                and following == "att"
                and end + 1 < len(lowers)
                and not infinitive_sv(lowers[_past_times(facts, end + 1)])
            )
            if own_subject and known.split()[-1] == "ska":
                known += " se till"  # "Vi hoppas att andelen ökar" -> "Vi ska se till att …"
            elif (
                known.split()[-1] in ("ska", "will")
                and end < len(lowers)
                and lowers[end] in ("kunna", "to", "att")
            ):
                end += 1  # "vi hoppas kunna öppna" -> "vi ska öppna"
            text = known if span.start else known[:1].upper() + known[1:]
            edits.append(edit(span.start_char, char_end(facts, end), text))
            continue
        if (
            facts.lang == "sv"
            and following == "att"
            and end + 1 < len(lowers)
            and not infinitive_sv(lowers[_past_times(facts, end + 1)])
        ):
            # "Vi ska sträva mot att fler kvinnor finns …": a clause with its own subject
            after_modal = span.start > 0 and lowers[span.start - 1] in _modal("sv")
            ensure = "se till" if after_modal else "ska se till"
            edits.append(edit(span.start_char, char_end(facts, end), ensure))
            continue
        between = word_set("words", facts.lang, "hedge_adverbs_between")
        if end < len(lowers) and lowers[end] in ("att", "to") and not lowers[span.start] == "to":
            end += 1
        elif end + 1 < len(lowers) and lowers[end] in between and lowers[end + 1] in ("att", "to"):
            # "Vi försöker också att ordna" -> "Vi ska också ordna": the adverb stays, its
            # infinitive marker goes with the hedge
            edits.append(edit(facts.doc[end + 1].idx, _through_space(facts, end + 2), ""))
        start_char = span.start_char
        progressive = word_set("words", facts.lang, "progressive_auxiliaries")
        if span.start > 0 and lowers[span.start - 1] in progressive:
            # "I am aiming to cycle" -> "I will cycle", not "I am will cycle"
            start_char = facts.doc[span.start - 1].idx
        elif (
            span.start > 1
            and lowers[span.start - 2] in progressive
            and lowers[span.start - 1] in between
        ):
            # "X is also aiming to deliver" -> "X will also deliver"
            adverb = facts.doc[span.start - 1].text
            text = f"{_HEDGE_TO_COMMITMENT[facts.lang]} {adverb}"
            at = facts.doc[span.start - 2].idx
            if at > 0 and not facts.text[at - 1].isspace():
                text = " " + text  # "I'm also trying to" -> "I will also", not "Iwill also"
            edits.append(edit(at, char_end(facts, end), text))
            continue
        verb_at = span.start - (start_char != span.start_char)  # "am" of "am aiming to"
        # the word before the hedge, or before its "am"/"are": "We are trying to" is after "We"
        after_subject = verb_at > 0 and lowers[verb_at - 1] not in _modal(facts.lang)
        own = verb_at > 0 and lowers[verb_at - 1] in word_set("words", facts.lang, "pronouns")
        if own and verb_at > 1 and lowers[verb_at - 2] in _modal(facts.lang):
            after_subject = False  # "I år ska vi försöka få": the modal before its subject governs
        if after_subject and not own and _governed(facts, verb_at):  # not "is" of "is aiming"
            # "kommer att bygga ut banan och även försöka nå 300": a modal already governs the
            # verb chain; a second "ska" would open a new clause, so the hedge just goes (not
            # after a subject of its own: "…, and I hope to have" -> "and I will have")
            after_subject = False
        if after_subject and lowers[span.start - 1] in _ANDS and _imperative(facts):
            # "Paint the shed, and try to fix …": the second verb of an imperative
            # goal; "and will have" would lack a subject, so the hedge just goes
            after_subject = False
        # a hedge opening the goal or one of its sentences ("... . Try to ...") goes
        first_word = span.start == 0 or lowers[span.start - 1] in (".", "!", "?", ";", ":")
        if span.start > 0 and lowers[span.start - 1] in _EN_MODALS:
            after_subject = False  # "I can try to knit" -> "I can knit", not "I can will knit"
        replacement = "" if first_word or not after_subject else _HEDGE_TO_COMMITMENT[facts.lang]
        if replacement and start_char > 0 and not facts.text[start_char - 1].isspace():
            replacement = " " + replacement  # "I'm trying to" -> "I will", not "Iwill"
        edits.append(edit(start_char, char_end(facts, end), replacement))
        if first_word and end < len(lowers) and lowers[span.start - 1 : span.start] != [":"]:
            word = facts.doc[end]  # the sentence now starts here: "... . Raise NPS ..."
            edits.append(edit(word.idx, word.idx + 1, word.text[:1].upper()))
    return edits


# English modals after which a hedge just goes: "I can try to" -> "I can".
_EN_MODALS = frozenset({"can", "could", "should", "would", "might", "may", "must", "shall"})


def _governed(facts: GoalFacts, index: int) -> bool:
    """Whether a modal or "att"/"to" stands before token ``index`` in its main clause."""
    unit = next((c.unit for c in facts.clauses if c.start <= index < c.end), None)
    start = min((c.start for c in facts.clauses if c.unit == unit), default=0)
    lowers, modals = facts.lowers, _modal(facts.lang)
    return any(
        lowers[k] in modals or (lowers[k] in ("att", "to") and _verb_after(facts, k + 1))
        for k in range(start, index)
    )


def _verb_after(facts: GoalFacts, k: int) -> bool:
    """Whether an infinitive follows "to"/"att" at ``k``: "to open", not "comes to the store"."""
    if k >= len(facts.lowers):
        return False
    if facts.lang == "sv":
        return infinitive_sv(facts.lowers[k])
    return facts.lowers[k] in verb_lemmas("en")


def _past_times(facts: GoalFacts, index: int) -> int:
    """The first token from ``index`` on that is not part of a vague time ("att på sikt få")."""
    times = {i for span in facts.marked("vague-time") for i in range(span.start, span.end)}
    while index in times and index + 1 < len(facts.lowers):
        index += 1
    return index


def _gerund_after(facts: GoalFacts, span: Span, known: str | None) -> str | None:
    """The base form of a gerund after an English hedge that stands for a verb ("work towards")."""
    if facts.lang != "en" or known is None or span.end >= len(facts.lowers):
        return None
    if known not in word_set("words", "en", "achieve_rewrites"):
        return None
    word = facts.lowers[span.end]
    if not word.endswith("ing"):
        return None
    verbs = verb_lemmas("en")
    stem = word[:-3]
    # "reducing" -> "reduce", "planning" -> "plan", "achieving" -> "achieve"
    for base in (facts.lemmas[span.end].lower(), stem + "e", stem, stem[:-1]):
        if base in verbs:
            return base
    return None


def _works_toward_doing(facts: GoalFacts, span: Span, rewrites: dict[str, str]) -> bool:
    """Whether a Swedish "arbeta för att"/"verka för att" hedge holds an infinitive.

    "att arbeta för att under 2029 halvera utskicken": the hedge, "att" included,
    stands before the goal's own verb (past any time phrase), not before a
    clause with its own subject ("verka för att alla barn får …").
    """
    if facts.lang != "sv" or span.start == 0 or facts.lowers[span.end - 1] != "att":
        return False
    phrase = " ".join(facts.lowers[span.start : span.end])
    if not rewrites.get(phrase, "").endswith("till att"):
        return False
    times = {i for t in facts.doc.spans.get("time", []) for i in range(t.start, t.end)}
    k = span.end
    while k in times:
        k += 1
    return k < len(facts.lowers) and infinitive_sv(facts.lowers[k])


def infinitive_sv(word: str) -> bool:
    """Whether a Swedish word after "att" is an infinitive ("öka", "nå"), not a subject."""
    if word in word_set("words", "sv", "not_infinitives"):
        return False
    return word.endswith("a") or word in word_set("words", "sv", "short_infinitives")


def _through_space(facts: GoalFacts, end: int) -> int:
    """The end of token ``end - 1`` and the spaces after it."""
    at = char_end(facts, end)
    while at < len(facts.text) and facts.text[at] == " ":
        at += 1
    return at


def _hedge_rewrites(lang: str) -> dict[str, str]:
    return {
        str(k).lower(): str(v)
        for k, v in load_lexicon("words", lang).get("hedge_rewrites", {}).items()
    }


def _modal(lang: str) -> frozenset[str]:
    return word_set("words", lang, "owner_verbs")


def quantifier_edits(facts: GoalFacts, count: str) -> tuple[list[Fix], set[int], set[int]]:
    """Vague quantities become ``<N>``; one before "fler"/"more" goes, as the count takes it.

    Returns the edits, the starts of the changes they sized, and the starts of
    the changes a degree adverb sized: "minska kraftigt utsläppen", "cut
    emissions significantly" lose the adverb, and their change gets "med <N> %"
    where its size goes (``change_edits``).
    """
    counts = word_set("words", facts.lang, "count_comparatives")
    adverbs = word_set("words", facts.lang, "degree_adverbs")
    counters = word_set("words", facts.lang, "count_quantifiers")
    masses = word_set("words", facts.lang, "mass_quantifiers")
    changes = {c.span.start for c in facts.changes}
    edits = []
    sized: set[int] = set()
    by_percent: set[int] = set()
    for span in facts.marked("vague-quantity"):
        if facts.roles[span.start] not in ("main", "aside"):
            continue  # "för att tillgodose en del av behoven som många har": not the goal's amount
        near = [i for i in range(span.start - 2, span.end + 3) if i in changes]
        if span.text.lower() in masses and _abstract_head(facts, span.end):
            continue  # "mycket glädje": a quality, no count of it
        if span.text.lower() not in counters and span.text.lower() not in adverbs:
            if near and changes & {span.end, span.end + 1}:
                # "mid-single digit organic growth" -> "<N> % organic growth"
                sized.update(near)
                edits.append(edit(span.start_char, span.end_char, WORDS[facts.lang]["percent"]))
            possible = _as_possible(facts, span)
            if possible is not None:
                if possible:
                    edits.append(edit(span.start_char, span.end_char, possible))
            elif _an_amount(span) and (
                _noun_follows(facts, span.end)
                or not span.text.lower().startswith(
                    tuple(word_set("words", facts.lang, "degree_openers"))
                )
            ):
                edits.append(edit(span.start_char, span.end_char, count))  # "the high teens"
            elif len(span) == 1 and any(
                0 <= span.start - c.span.end <= 1 and c.role == "main" for c in facts.changes
            ):
                # "Increase adequate number of racks" -> "Increase number of racks from …":
                # the change's range says how much; the vague word beside it would stay
                edits.append(edit(span.start_char, _through_space(facts, span.end), ""))
            continue  # "tillräcklig kunskap", "så god som möjligt": no count stands for it
        if span.text.lower() not in adverbs and _mass_after(facts, span.end):
            continue  # "after a lot of effort", "a bunch of old wiring": no count of it
        if span.text.lower() in adverbs:
            changed = _adverb_change(facts, span)
            if changed is not None:
                by_percent.add(changed)
                before = facts.doc[span.start - 1] if span.start else None
                start = before.idx + len(before.text) if before is not None else span.start_char
                edits.append(edit(start, span.end_char, ""))
            continue
        before_count = (
            span.end < len(facts.lowers)
            and facts.lowers[span.end] in counts
            and counts_things(facts, span.end + 1)
        )
        if not before_count and not _noun_follows(facts, span.end):
            continue  # "sova tillräckligt mycket under veckan": "<N>" of what?
        end = facts.doc[span.end].idx if before_count else span.end_char
        last = facts.lowers[span.end - 1]
        following = facts.lowers[span.end] if span.end < len(facts.lowers) else ""
        if last in ("of", "av") and following in word_set("words", facts.lang, "partitives"):
            count = f"{count} {last}"  # "give away a lot of the old jigsaws" -> "<N> of the"
        edits.append(edit(span.start_char, end, "" if before_count else count))
        if not before_count:
            # "Grow lots of tomatoes" -> "Grow <N> tomatoes": the count sizes the verb before it
            sized.update(i for i in (span.start - 1, span.start - 2) if i in changes)
    return edits, sized, by_percent


def _noun_follows(facts: GoalFacts, index: int) -> bool:
    """Whether a word that can be counted follows a quantity: not a sign, a preposition, the end."""
    if index >= len(facts.doc) or not facts.doc[index].is_alpha:
        return False
    word = facts.lowers[index]
    return word in ("of", "av") or word not in kind_words(facts.lang).prepositions


def _mass_after(facts: GoalFacts, index: int) -> bool:
    """Whether an English quantity word counts a mass noun: "a lot of thought", "some code".

    No word of its phrase (up to a preposition, "and", punctuation other than a
    comma, or the end) is a plural: "<N>" before it could not be read.
    """
    if facts.lang != "en":
        return False
    lowers, doc = facts.lowers, facts.doc
    ends = kind_words("en").prepositions | _ANDS | {"to", "that", "which", "who", "by"}
    k = index
    while k < len(lowers) and lowers[k] not in ends and (doc[k].is_alpha or lowers[k] == ","):
        k += 1
    phrase = [w for w in lowers[index:k] if w != ","]
    if not phrase or phrase[0] in word_set("words", "en", "partitives"):
        return False
    # a plural anywhere in the phrase ("several engineers soon") is what is counted
    return not any(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in phrase)


def _adverb_change(facts: GoalFacts, span: Span) -> int | None:
    """The start of the unsized change a degree adverb sizes, if any.

    That is the last one before it in its main clause, or one right after it
    ("kraftigt minska").
    """
    unit = next((c.unit for c in facts.clauses if c.start <= span.start < c.end), None)
    if facts.roles[span.start] != "main":
        return None
    candidates = [
        c
        for c in facts.changes
        if c.clause == unit and c.role == "main" and not c.sized and c.degree is None
    ]
    before = [c for c in candidates if c.span.end <= span.start]
    if before:
        return before[-1].span.start
    after = [c for c in candidates if span.end <= c.span.start <= span.end + 1]
    return after[0].span.start if after else None


def new_plural_edits(facts: GoalFacts, count: str) -> list[Fix]:
    """Ask how many new ones: "Recruit new volunteers" -> "Recruit <N> new volunteers".

    The first "new"/"nya" before a plural in a main clause that states no
    amount of its own gets the count.
    """
    lowers = facts.lowers
    counted = {a.clause for a in facts.amount_facts}
    acquired = _acquired_plural(facts)
    for i in range(len(lowers)):
        if facts.roles[i] != "main" or not (plural_indefinite(lowers, i) or i == acquired):
            continue
        if i != acquired and (i + 1 >= len(lowers) or not lowers[i + 1].isalpha()):
            continue
        unit = next((c.unit for c in facts.clauses if c.start <= i < c.end), None)
        before = lowers[i - 1] if i else ""
        if unit in counted or before in ("the", "de", "our", "våra", "my", "mina"):
            return []
        if before in word_set("words", facts.lang, "count_comparatives"):
            return []  # "fler nya lag": the comparative takes the count
        if before in kind_words(facts.lang).prepositions or before in ("för", "for", "med", "with"):
            return []  # "krav i nya avtal": every new one, not how many
        token = facts.doc[i]
        text = token.text.lower() if i == 0 else token.text
        return [edit(token.idx, token.idx + len(token.text), f"{count} {text}")]
    return []


@cache
def verb_openers(lang: str) -> frozenset[str]:
    """Words after which a verb-or-noun is the verb: modals and "to"/"att" ("to support")."""
    return clause_words(lang).modals | word_set("words", lang, "work_openers")


def made_plural_edits(facts: GoalFacts, count: str) -> list[Fix]:
    """Ask how many of a made plural: "Install speed bumps" -> "Install <N> speed bumps".

    A deliverable, or a goal with no amount, whose verb makes or does something
    to a plural with no article, owner or number ("Bygga laddstolpar", "Install
    solar panels on the roof") is done many times over; the count says when it
    is done.
    """
    if facts.kind is not None:
        if facts.lemmas[facts.kind.start] in kind_words(facts.lang).conversions:
            return []  # "Convert streetlights to LED": all of them go over
        if _learned(facts, facts.kind.start):
            return []  # "Learn to knit socks": a skill, not socks to count
        return _plural_after(facts, facts.kind.start + 1, facts.kind.end, count)
    words = kind_words(facts.lang)
    openers = verb_openers(facts.lang)
    for clause in facts.clauses:
        if clause.role != "main":
            continue
        for i in range(clause.start, clause.end - 1):
            lemma = facts.lemmas[i]
            if lemma not in words.make and not phrase_at(facts.lowers, i, words.one_off):
                continue
            if lemma in words.conversions:
                return []  # "Convert streetlights to LED": all of them go over
            if i > clause.start and facts.lowers[i - 1] not in openers:
                continue  # "the launch", "en installation": not the verb
            if _learned(facts, i):
                return []  # "Lära mig att baka bröd": a skill, not loaves to count
            return _plural_after(facts, i + 1, clause.end, count)
    return []


def _learned(facts: GoalFacts, verb: int) -> bool:
    """Whether the verb at ``verb`` is a skill learned: "learn to knit socks", "lära mig baka"."""
    before = " ".join(facts.lowers[max(0, verb - 3) : verb])
    return any(
        before == phrase or before.endswith(" " + phrase)
        for phrase in word_set("words", facts.lang, "skill_openers")
    )


def _plural_after(facts: GoalFacts, start: int, end: int, count: str) -> list[Fix]:
    """``<N>`` before the object at ``start`` when its head is a bare plural."""
    lowers, lemmas, doc = facts.lowers, facts.lemmas, facts.doc
    while start < end and lowers[start] in kind_words(facts.lang).particles:
        start += 1  # "Sätta upp skyltar", "set up charging points"
    if facts.lang == "en" and start < end and lowers[start].endswith("ing"):
        return []  # "Start making adjustments": an activity begun, no things to count
    for j in range(start, min(start + 3, end)):
        token = doc[j]
        if not token.is_alpha or token.is_stop or token.text[:1].isupper():
            return []  # "the", "våra", "Shakespeare": an owner, a determiner or a name
        if _plural(lowers[j], lemmas[j], facts.lang) and not is_abstract(
            lowers[j], kind_words(facts.lang)
        ):
            after = lowers[j + 1] if j + 1 < len(lowers) else ""
            if after in ("of", "av", "(", ":"):
                return []  # "sets of guidelines", "packs (Go, Rust)": counted or listed already
            first = doc[start]
            if facts.lang == "sv" and any(_genitive_sv(lowers[k]) for k in range(start, j)):
                return [edit(first.idx, first.idx, f"{count} av ")]  # "<N> av distriktets"
            return [edit(first.idx, first.idx, f"{count} ")]
        if is_adjective(lowers[j], facts.lang) and j > start:
            return []
    return []


def _genitive_sv(word: str) -> bool:
    """Whether a Swedish word before a noun is a definite genitive: "distriktets", "kommunens"."""
    return word.endswith(("ets", "ens", "ans", "ns", "nas")) and len(word) > 4


def _plural(word: str, lemma: str, lang: str) -> bool:
    """Whether ``word`` is a plural: a known one, or Swedish in "-ar", "-eter" ("laddstolpar")."""
    if lang == "en":
        return word != lemma and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    if word.endswith(("rna", "ner")):
        return False  # "bilarna": definite
    return (word != lemma and word.endswith(("ar", "er", "or"))) or (
        word.endswith(("ar", "eter")) and len(word) > 6
    )


def _acquired_plural(facts: GoalFacts) -> int | None:
    """Where a plural with no count follows a verb of gaining: "Rekrytera blivande medlemmar".

    Recruiting, attracting or signing people is counted: "<N>" goes before the plural
    (or the adjective before it). Returns the token it goes before.
    """
    lowers = facts.lowers
    verbs = word_set("words", facts.lang, "acquire_verbs")
    plural = ("s",) if facts.lang == "en" else ("ar", "er", "or")
    for i in range(len(lowers) - 1):
        if lowers[i] not in verbs and facts.lemmas[i] not in verbs:
            continue
        j = i + 1
        if j >= len(lowers) or facts.doc[j].is_stop:
            return None  # "få mer tid", "get more …": a comparative has its own size
        if j + 1 < len(lowers) and (
            lowers[j].endswith(("ande", "ende", "ing")) or is_adjective(lowers[j], facts.lang)
        ):
            j += 1  # "blivande medlemmar", "aspiring coaches"
        if j < len(lowers) and facts.doc[j].is_alpha and lowers[j].endswith(plural):
            return i + 1 if j > i + 1 else j
        return None
    return None


def _as_possible(facts: GoalFacts, span: Span) -> str | None:
    """The number for "as many X as possible", or "" to leave it; None if it is no such phrase.

    "så många avdelningar som möjligt" -> "<N> avdelningar" (the counted
    noun stays), "as often as we can" -> "at least <N> times per <period>";
    "as much as possible" names nothing to count, so it is left for the
    measure the rewrite adds.
    """
    lowers = [t.lower_ for t in span]
    if len(lowers) < 4 or lowers[0] not in ("as", "så"):
        return None
    closer = "as" if lowers[0] == "as" else "som"
    try:
        end = lowers.index(closer, 2)
    except ValueError:
        end = len(lowers)  # "så mycket jag hinner"
    inner = span[2:end].text if end > 2 else ""
    word = lowers[1]
    words = WORDS[facts.lang]
    if word in ("many", "många", "few", "få"):
        timed = any(t.start == span.end for t in facts.doc.spans.get("time", []))
        if not inner and (timed or not _noun_follows(facts, span.end)):
            return ""  # "bake as many as we can": "<N>" of what, the goal does not say
        bound = {"few": "at most ", "få": "högst "}.get(word, "")
        return f"{bound}{words['count']} {inner}".strip()
    if word in ("often", "ofta") and not inner:
        return words["frequency"]
    return ""


def _an_amount(span: Span) -> bool:
    """A vague amount a number can replace: "high teens", "så många som möjligt", "mid-30s"."""
    words = {t.lower_ for t in span}
    return bool(words & _AMOUNT_WORDS) or any(t.lower_.endswith("0s") for t in span)


_AMOUNT_WORDS = frozenset(
    {"många", "mycket", "many", "much", "teens", "single", "digit", "digits", "twenties",
     "thirties", "forties"}
)  # fmt: skip


def change_edits(
    facts: GoalFacts,
    words: dict[str, str],
    sized: set[int] = frozenset(),  # type: ignore[assignment]
    per_period: bool = False,
    by_percent: set[int] = frozenset(),  # type: ignore[assignment]
) -> tuple[list[Fix], bool]:
    """Give each unsized change of a main clause its size; tell whether "mätt som" is needed.

    "fler kunder" -> "<N> fler kunder"; a change verb or noun gets "från
    <baseline> till <mål>" where its clause's metric ends ("till <mål>" when
    the goal gives a baseline after it), "med <N> %" when it recurs
    ("Årligen öka antalet …"); a comparative or superlative adjective
    ("bättre kvalitet", "Sveriges bästa") or a quality ("mobilitet") names no
    metric, so the goal gets "mätt som att <mått> går från …" instead.  Every
    unsized change of a main clause gets its own size ("fler jobb och fler företag").
    A change measured against a baseline ("minska jämfört med 2015") or sized
    by a degree adverb (``by_percent``) gets "med <N> %" where its size goes.
    """
    edits: list[Fix] = []
    measured = False
    counts = word_set("words", facts.lang, "count_comparatives")
    verbs = vocabulary(facts.lang).change_verbs
    vague = {i for q in facts.marked("vague-quantity") for i in range(q.start, q.end)}
    frequency = word_set("words", facts.lang, "frequency_comparatives")
    changes = [c for c in facts.changes if c.role == "main" and not c.sized]
    changes += [c for c in facts.vague_changes() if c.in_means]
    for change in changes:
        span = change.span
        if span.start in sized:
            continue
        if change.in_means:
            measured = True  # only a purpose or means is vague: the goal needs a measure
            continue
        root = span.root
        often = _frequency(facts, span, frequency)
        baseline = _compared(facts, change) if often is None else None
        if baseline is not None and change.degree is not None:
            # "Antalet olyckor ska vara <N> % lägre än 2020"
            start = _degree_start(facts, span)
            edits.append(edit(start, span.start_char, words["percent"] + " "))
        elif baseline is not None:
            # "Utsläppen ska minska med <N> % jämfört med 2015"
            edits.append(edit(baseline, baseline, words["by_percent"] + " "))
        elif span.start in by_percent and _quality_metric(facts, span):
            measured = True  # "significantly improve the reliability": a percent of what?
        elif span.start in by_percent:
            position = _size_position(facts, span)
            edits.append(edit(position, position, " " + words["by_percent"]))
        elif often is not None:
            # "Walk the dog more often" -> "… at least <N> times per <period>"
            edits.append(edit(span.start_char, often, words["frequency"]))
        elif (
            root.lower_ in counts
            and counts_things(facts, span.end)
            and not _abstract_head(facts, span.end)
        ):
            opens = not any(t.is_alpha and t.i not in vague for t in facts.doc[: span.start])
            word = span.text.lower() if opens and facts.text[:1].isupper() else span.text
            edits.append(
                edit(_degree_start(facts, span), span.end_char, f"{words['count']} {word}")
            )
        elif changes_a_measure(facts, span, verbs) and not _than_after(facts, span):
            unit = change.clause
            has_baseline = any(
                a.span.start > span.start and a.clause == unit and a.role == "baseline"
                for a in facts.amount_facts
            )
            text = words["to"] if has_baseline else words["range"]
            if per_period:
                text = words["by_percent"]  # "Årligen öka antalet … med <N> %"
            elif not has_baseline and bare_count(facts, span):
                # "Grow commercial partners" -> "Grow the number of commercial partners from …":
                # the range names what it counts (a bare plural beside it was judged bad)
                at = facts.doc[span.end].idx
                edits.append(edit(at, at, words["number_of"] + " "))
            position = _size_position(facts, span)
            edits.append(edit(position, position, " " + text))
        elif _attributive_size(facts, change):
            # "Mindre klasser i grundskolan" -> "<N> % mindre klasser …": the size of
            # the difference, where a measure template would leave "mindre" unsized beside it
            word = span.text.lower() if span.start == 0 else span.text
            start = _degree_start(facts, span)
            edits.append(edit(start, span.end_char, f"{words['percent']} {word}"))
        else:
            measured = True  # a comparative, or a quality no range can measure: name a measure
    return edits, measured


def _quality_metric(facts: GoalFacts, span: Span) -> bool:
    """Whether what a change changes is a quality: "improve the reliability of …"."""
    metric = _metric_words(facts, span)
    return bool(metric) and is_abstract(metric[-1], kind_words(facts.lang))


def _than_after(facts: GoalFacts, span: Span) -> bool:
    """Whether a comparison follows the change: "växa mer än sin bransch", "grow more than".

    The reference sizes the change; a range wedged before "än" breaks the sentence.
    """
    return any(w in ("än", "than") for w in facts.lowers[span.end : span.end + 3])


def _degree_start(facts: GoalFacts, span: Span) -> int:
    """Where a size put before a comparative starts: at a degree word before it, which goes.

    "betydligt snabbare" -> "<N> % snabbare", "many more" -> "<N> more": the
    number says how much; "betydligt <N> %" would keep the vague word beside it.
    """
    i = span.start - 1
    degrees = word_set("words", facts.lang, "more_degrees") | word_set(
        "words", facts.lang, "degree_adverbs"
    )
    if i >= 0 and facts.lowers[i] in degrees:
        return facts.doc[i].idx
    return span.start_char


def _attributive_size(facts: GoalFacts, change: Change) -> bool:
    """A Swedish comparative of size or amount before its noun: "mindre klasser", "mer mat".

    Not a quality ("bättre förutsättningar"), not a predicate ("bli större"),
    not a comparison ("större än").
    """
    span = change.span
    if facts.lang != "sv" or change.degree != "cmp" or len(span) != 1:
        return False
    word = facts.lowers[span.start]
    if word not in word_set("words", "sv", "size_comparatives"):
        return False
    after = span.end
    if after >= len(facts.doc) or not facts.doc[after].is_alpha:
        return False
    lowers = facts.lowers
    if is_adjective(lowers[after], "sv"):
        return False  # "mer tillgänglig", "mer långsiktiga projektet": a degree of a quality
    if lowers[after] in word_set("words", "sv", "share_nouns"):
        return False  # "större delen av", "mindre antal": a share or a count, not a size of it
    before = lowers[span.start - 1] if span.start else ""
    stops = kind_words("sv").prepositions | {"än", "och", "samt", "eller", "som", "att"}
    predicate = word_set("words", "sv", "copulas") | word_set("words", "sv", "auxiliaries")
    if _abstract_head(facts, after):
        return False  # "större mångfald", "större trygghet": a quality, no percent of it to count
    if before in ("en", "ett"):
        return False  # "en bredare samhällsaktör": a quality of one thing
    ahead = lowers[after + 1 : after + 5]
    if "än" in ahead:
        return False  # "i högre grad än länssnittet": the reference sizes it
    listed = lowers[after + 2 : after + 6]
    if (
        after + 1 < len(lowers)
        and lowers[after + 1] == ","
        and ("och" in listed or "samt" in listed)
    ):
        return False  # "mer grönska, bänkar och lekplatser": no one percent of a list
    return lowers[after] not in stops and before not in predicate and before != "ännu"


_ANDS = frozenset({"och", "samt", "eller", "and", "or"})


def _compared(facts: GoalFacts, change: Change) -> int | None:
    """Where a baseline time ("jämfört med 2015") after the change in its main clause starts."""
    baselines = [s for s in facts.doc.spans.get("time", []) if s.label_ == "baseline"]
    for span in baselines:
        if span.start <= change.span.start:
            continue
        units = [c.unit for c in facts.clauses if c.start <= span.start < c.end]
        if not units or units[0] != change.clause:
            continue
        if any(change.span.end <= c.span.start < span.start for c in facts.changes):
            continue  # "… 340,000 more children … than in 2019": another change's baseline
        openers = clause_words(facts.lang).openers
        for k in range(span.start, max(change.span.end, span.start - 4) - 1, -1):
            if any(role == "comparison" for _, role in openers.get(facts.lowers[k], ())):
                return facts.doc[k].idx  # "compared to the 2019 level": before "compared"
        return span.start_char
    return None


def _frequency(facts: GoalFacts, span: Span, phrases: frozenset[str]) -> int | None:
    """Where a change that asks how often ends.

    That is "more often", "oftare", or "mer"/"more" closing a verb phrase
    ("Röra på mig mer", "get out more").
    """
    for size in (2, 1):
        words = " ".join(facts.lowers[span.start : span.start + size])
        if words in phrases and span.start + size <= len(facts.doc):
            return char_end(facts, span.start + size)
    if adverbial_more(facts, span):
        return span.end_char
    return None


def adverbial_more(facts: GoalFacts, span: Span) -> bool:
    """Whether "mer"/"more" ends a verb phrase, saying "more often", not "more of a thing".

    Not after a degree word: "tidy the shed even more" says how much.
    """
    if facts.lowers[span.start] not in ("mer", "mera", "more") or span.start == 0:
        return False
    if facts.lowers[span.start - 1] in word_set("words", facts.lang, "more_degrees"):
        return False
    after = span.end
    if after < len(facts.doc) and facts.doc[after].is_quote:
        return False  # 'bli lite mer "normal"': the quote is what there is more of
    return (
        after >= len(facts.doc)
        or facts.doc[after].is_punct
        or facts.lowers[after] in ("och", "and", "samt")
    )


def nominal_change(facts: GoalFacts, span: Span) -> bool:
    """Whether a change is written as an adjective or noun, not a verb.

    "ökad tillgång" and "the development of" are; a participle after an
    auxiliary ("is to be reduced", "ska minskas") is one too.
    """
    root = span.root
    if root.lower_ == root.lemma_ or not root.lower_.endswith(_NOMINAL_ENDINGS[facts.lang]):
        return False
    before = facts.lowers[span.start - 1] if span.start else ""
    return before not in word_set("words", facts.lang, "auxiliaries")


def changes_a_measure(facts: GoalFacts, span: Span, verbs: frozenset[str]) -> bool:
    """Whether a change verb or noun changes something a range can measure.

    "Öka antalet besökare", "minska utsläppen", "the share of pupils": a count,
    a share or a quantity.  "Öka synligheten", "improve performance",
    "stärka kapaciteten" name no measure: they need "mätt som …".
    """
    root = span.root
    changes = root.lemma_ in verbs or len(span) == 1 and not is_comparative(root.lower_, facts.lang)
    if not changes or nominal_change(facts, span):
        return False  # "minskade skadeverkningar av …": name the measure rather than wedge a range
    counts = span.label_ in ("increase", "decrease")  # "minska olyckorna"; "improve the docs" not
    if root.lemma_ in word_set("words", facts.lang, "quantity_only_verbs"):
        counts = False  # "raise chickens", "raise the garden beds": of things, it rears or lifts
    metric = _metric_words(facts, span)
    after = span.end
    objects = after < len(facts.doc) and facts.doc[after].is_alpha
    # "sin klimatpåverkan och energianvändning": a coordinator in the noun phrase itself
    joined = any(w in _ANDS for w in metric[1:3])
    if objects and (joined or set(metric) & word_set("words", facts.lang, "goal_nouns")):
        # "minska klimatpåverkan och energianvändning": one range cannot size two measures;
        # "nå mål": a goal is no measure (both judged bad)
        return False
    if _survey_of(facts, span.end):
        return False  # "awareness of our services": no measure named
    return any(_measurable(word, facts.lang, counts) for word in metric)


def _survey_of(facts: GoalFacts, start: int) -> bool:
    """Whether a survey measure after ``start`` is of something: "awareness of our services"."""
    surveys = word_set("words", facts.lang, "survey_measures")
    prepositions = kind_words(facts.lang).prepositions | {"regarding", "about", "kring"}
    lowers = facts.lowers
    for k in range(start, min(start + 4, len(lowers) - 1)):
        if lowers[k] in surveys:
            return lowers[k + 1] in prepositions
    return False


def _metric_words(facts: GoalFacts, span: Span) -> list[str]:
    """The words of what a change changes.

    The subject before an intransitive verb ("Andelen elever … ska öka"), else
    the noun phrase after the verb ("antalet besökare").
    """
    words = kind_words(facts.lang)
    doc, lowers = facts.doc, facts.lowers
    after = span.end
    ends = words.prepositions | word_set("words", facts.lang, "coordinators")
    if (
        after >= len(doc)
        or not doc[after].is_alpha
        or lowers[after] in ends
        or facts.roles[after] in ("means", "purpose")  # "växa genom att …": no object follows
    ):
        first = max(
            (
                i + 1
                for i in range(span.start)
                if doc[i].text in (":", "–", "—", "-") and doc[i].whitespace_
            ),
            default=0,
        )  # "IDROTT - Tryggheten ska öka": the label is no part of the metric
        return [
            lowers[i]
            for i in range(first, span.start)
            if doc[i].is_alpha and facts.roles[i] == "main" and not doc[i].is_stop
        ]
    found = []
    scope = word_set("words", facts.lang, "scope_prepositions")
    for i in range(after, min(after + 4, len(doc))):
        if lowers[i] in words.prepositions or lowers[i] in scope or not doc[i].is_alpha:
            break
        if lowers[i] not in words.determiners:
            found.append(lowers[i])
    return found


def bare_count(facts: GoalFacts, span: Span) -> bool:
    """Whether an English change verb's object is a bare plural of things to count.

    "Grow commercial partners", "Expand housing options": no determiner, a plural head
    that names no measure ("emissions", "sales" are measured, not counted).
    """
    if facts.lang != "en" or span.end >= len(facts.doc):
        return False
    before = facts.lowers[span.start - 1] if span.start else ""
    if before and before not in clause_words("en").modals | {"to", "will", "and", ",", ":"}:
        return False  # "Use garden grow bags": "grow" in a noun, not the goal's verb
    first = facts.doc[span.end]
    words = kind_words("en")
    if not first.is_alpha or first.lower_ in words.determiners or first.like_num:
        return False
    metric = _metric_words(facts, span)
    if not metric or metric[0] != first.lower_:
        return False  # what changes stands before the verb ("Sales grow")
    if metric[0] in ("enough", "existing") or any(
        s.start == span.end for s in facts.marked("vague-quantity")
    ):
        return False  # "grow enough potatoes to last", "Maximize existing rooms": no count
    # "grow local sponsors through better events": the means is no part of what is counted
    metric = [w for k, w in enumerate(metric) if facts.roles[span.end + k] == "main"]
    if not metric or len(metric) > 3:
        return False
    at = span.end + len(metric) - 1
    head = metric[-1]
    endings = word_set("words", "en", "measure_endings") | word_set("words", "en", "metric_heads")
    return (
        counts_things(facts, at)
        and not head.endswith(("us", "is", "ics", "ness", "news", "series"))  # "status", "news"
        and not any(_ends_word(head, end, "en") for end in endings)
        and not is_abstract(head, words)
    )


def _measurable(word: str, lang: str, counts: bool = True) -> bool:
    """Whether a noun names something counted or measured.

    That is a share, a quantity, or (for a change up or down) a plural to count.
    """
    if word in word_set("words", lang, "metric_heads"):
        return True
    kinds = kind_words(lang)
    if is_abstract(word, kinds):
        return False  # "framtiden" ends in "tiden", yet no time is measured
    if any(_ends_word(word, end, lang) for end in word_set("words", lang, "measure_endings")):
        return True
    if not counts:
        return False
    if lang == "en":
        return word.endswith("s") and not word.endswith(("ss", "ness", "ics"))
    return word.endswith(("ar", "er", "or", "arna", "erna", "orna", "na"))  # a plural


def _ends_word(word: str, end: str, lang: str) -> bool:
    """Whether ``word`` is ``end`` or a compound ending in it: "medlemsantal", "drop-out rate".

    English writes its compounds apart, so there only a hyphen joins one:
    "corporate" does not end in "rate".
    """
    if word == end:
        return True
    if lang == "en":
        return word.endswith("-" + end)
    return word.endswith(end)


def _abstract_head(facts: GoalFacts, index: int) -> bool:
    """Whether what "fler"/"more" counts is a quality ("fler framgångar på hemmaplan")."""
    lowers, words = facts.lowers, kind_words(facts.lang)
    k = index
    while k + 1 < len(lowers) and is_adjective(lowers[k], facts.lang) and facts.doc[k + 1].is_alpha:
        k += 1
    return k < len(lowers) and is_abstract(lowers[k], words)


def counts_things(facts: GoalFacts, index: int) -> bool:
    """Whether "fler"/"more" counts a noun ("more users"), not an adjective ("more open")."""
    if index >= len(facts.lowers):
        return False
    following = facts.lowers[index]
    if facts.lang == "sv":
        text = facts.doc[index].text  # "fler e-böcker": a hyphen in the noun
        return any(c.isalpha() for c in text) and all(c.isalnum() or c in "-‐" for c in text)
    return following.endswith("s") and not following.endswith(("ous", "ss", "less"))


def _size_position(facts: GoalFacts, span: Span) -> int:
    """Where a change's size goes: after an intransitive verb, else where its metric ends.

    "Nedskräpningen ska minska från … i städer"; "Öka antalet besökare från …".
    """
    after = span.end
    doc = facts.doc
    nothing_follows = after >= len(doc) or not doc[after].is_alpha
    if nothing_follows or facts.lowers[after] in _prepositions(facts.lang):
        return char_end(facts, after)
    if facts.lowers[after] in word_set("words", facts.lang, "coordinators"):
        # "Skatten ska sänkas och progressionen får inte skärpas": the size goes with the
        # change, not after the second clause
        return char_end(facts, after)
    root = span.root
    if root.lower_ != root.lemma_ and root.lower_.endswith(_NOMINAL_ENDINGS[facts.lang]):
        # "Minskad energianvändning i Mjölby kommun": the size follows the noun it changes
        stops = _prepositions(facts.lang) | word_set("words", facts.lang, "coordinators")
        end = after
        while end < len(doc) and end - after < 3 and doc[end].is_alpha:
            if facts.lowers[end] in stops:
                break
            end += 1
        return char_end(facts, end)
    return _clause_end(facts, span.start)


# Endings of a change word used as an adjective or noun ("ökad", "minskat", "improved").
_NOMINAL_ENDINGS = {"sv": ("d", "t", "de", "ning", "ningen"), "en": ("ed", "ment", "tion")}


def _prepositions(lang: str) -> frozenset[str]:
    from smartlint.analysis.kind import kind_words

    return kind_words(lang).prepositions


def _defining_relatives(facts: GoalFacts, start: int) -> set[int]:
    """Starts of relative clauses that say what the change's metric counts.

    "raise the share of patients who book online": the range goes
    after "standard", since the clause is part of the metric.  A relative
    clause with a change or a time of its own is a clause of its own.
    """
    changed = {c.span.start for c in facts.changes}
    times = {i for s in facts.doc.spans.get("time", []) for i in range(s.start, s.end)}
    found = set()
    for clause in facts.clauses:
        if clause.role != "relative" or clause.start <= start:
            continue
        inside = range(clause.start, clause.end)
        if not any(i in changed or i in times for i in inside) and any(
            w in word_set("words", facts.lang, "metric_heads")
            for w in facts.lowers[start : clause.start]
        ):
            found.add(clause.start)
    return found


def _clause_end(facts: GoalFacts, start: int) -> int:
    """Where the size of a change goes: before the next clause, deadline or stop."""
    doc = facts.doc
    stops = {_time_start(facts, s.start) for s in doc.spans.get("time", [])}
    stops |= {s.start for s in facts.marked("vague-time")}
    stops |= {s for s in facts.clause_starts if s > start}
    stops |= set(facts.subordinate_starts()) - _defining_relatives(facts, start)
    coordinators = word_set("words", facts.lang, "coordinators")
    end = len(doc)
    inside = False
    for index in range(start + 1, len(doc)):
        token = doc[index]
        if token.text == "(" and _spells_out(facts, index):
            inside = True  # "reaching GLD (good level of development) in maths": one metric
            continue
        if inside:
            inside = token.text != ")"
            continue
        if token.text == "," and index not in stops and _list_goes_on(facts, index):
            continue  # "our coaches, referees and players": one list, one metric
        if index in stops or token.text in (".", ";", ",", "!", "(", ":"):
            end = index
            break
        if token.lower_ in coordinators and _change_follows(facts, index):
            end = index  # "Öka X och förbättra Y": each change gets its own size
            break
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    return doc[end - 1].idx + len(doc[end - 1].text)


def _time_start(facts: GoalFacts, start: int) -> int:
    """Where a time phrase starts, with the words before its years ("in the years 2025–2026")."""
    openers = word_set("words", facts.lang, "range_openers")
    k = start
    while k > 0 and facts.lowers[k - 1] in openers:
        k -= 1
    if k < start and k > 0 and facts.lowers[k - 1] in _prepositions(facts.lang):
        k -= 1  # "in", "under"
    return k


def _list_goes_on(facts: GoalFacts, comma: int) -> bool:
    """Whether the comma at ``comma`` only separates items of a list that ends the goal.

    "… for our coaches, referees and players": a short run of words with
    "and"/"och", no change word, and nothing after it but a full stop.
    """
    doc, lowers = facts.doc, facts.lowers
    coordinators = word_set("words", facts.lang, "coordinators")
    changes = {c.span.start for c in facts.changes}
    stop = comma + 1
    while stop < len(doc) and (doc[stop].is_alpha or doc[stop].text == ","):
        if stop in changes:
            return False
        stop += 1
    if stop < len(doc) and doc[stop].text not in (".", "!", "?"):
        return False  # something else follows the list
    words = [w for w in lowers[comma + 1 : stop] if w != ","]
    return 0 < len(words) <= 5 and any(w in coordinators for w in words)


def _spells_out(facts: GoalFacts, index: int) -> bool:
    """Whether the parenthesis at ``index`` spells out the acronym before it and the clause goes on.

    "pupils reaching GLD (good level of development) in maths": the size goes after the
    metric, not between the acronym and its expansion.
    """
    doc = facts.doc
    if index == 0 or not doc[index - 1].text.isupper() or len(doc[index - 1].text) < 2:
        return False
    ends = [k for k in range(index + 1, min(index + 9, len(doc))) if doc[k].text == ")"]
    close = ends[0] if ends else None
    return close is not None and close + 1 < len(doc) and doc[close + 1].is_alpha


def _change_follows(facts: GoalFacts, index: int) -> bool:
    """Whether a change word comes within three words after token ``index``."""
    starts = {c.span.start for c in facts.changes}
    return any(i in starts for i in range(index + 1, min(index + 4, len(facts.doc))))


def restore_word_order(text: str, lang: str) -> str:
    """Keep a Swedish main clause verb-second after an edit took its first phrase.

    "Under 2017 ska jag skriva …" loses "Under 2017" only when a deadline
    takes its place; should a sentence still start with its finite verb
    ("Ska jag skriva …", which reads as a question), its subject goes first.
    """
    if lang != "sv":
        return text
    modals = word_set("words", lang, "owner_verbs")
    subjects = word_set("words", lang, "pronouns")

    def swap(match: re.Match[str]) -> str:
        lead, verb, space, subject = match.groups()
        if verb.lower() in modals and subject.lower() in subjects:
            return f"{lead}{subject[:1].upper()}{subject[1:]}{space}{verb.lower()}"
        return match.group(0)

    return _SENTENCE.sub(swap, text)


OPEN_QUOTES = "“\"‘'«»„"
_QUOTE_COMMA = re.compile(rf"^([{re.escape(OPEN_QUOTES)}]+)\s*,\s*")


def tidy(text: str, starts_upper: bool) -> str:
    """Spaces, stray commas and the final stop; the first letter as the author wrote it.

    A goal that starts in lower case may start with a name ("hledger ska
    …"), so its first letter is left as it is.
    """
    text = _CLEAN_SPACES.sub(" ", text).strip(" ,")
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = re.sub(r"(?<=>)\(", " (", text)
    text = re.sub(r",\s*\)", ")", text)
    text = text.replace(",,", ",").replace(", ,", ",").replace(":,", ":")
    text = _QUOTE_COMMA.sub(r"\1", text)  # '“Hopefully, I will …' -> '“I will …'
    if starts_upper:
        quotes = len(text) - len(text.lstrip(OPEN_QUOTES))
        text = text[:quotes] + text[quotes : quotes + 1].upper() + text[quotes + 1 :]
    if re.search(r"[.!?][)”\"'»]+$", text):
        return text  # "(Gäller till <ÅÅÅÅ>.)": the stop is inside the bracket
    return text + "."
