"""Goal sentences inside prose: where a paragraph's sentences are, and which state a goal.

Plans write goals as paragraphs as often as lists: "Kommunstyrelsen ska
samordna ... Den ska också leda ... Det framkommer av nämndplanen ..." holds
two goals and a sentence about where they come from.  So a paragraph is cut
into sentences, each with its exact place, and each is judged on its own.

Where a sentence ends:

- at ``.``, ``!``, ``?`` or ``…`` before a capital, digit or opening quote
  (not after an abbreviation, see ``sentences``);
- at a line break the text does not run on over: a label line ("Styrelsemöten
  och medlemsmöten" above its text), one item a line, a line of its own
  after a ``•`` item.  A hard-wrapped line runs on: the next line starts in
  lower case, or the line ends in a word that needs one after it ("i", "the",
  "och") before a name;
- a lead-in line without a stop ("Fritids ska ge varje elev gott om tillfällen
  att utveckla") runs on into the ``•`` line under it.

Which sentence states a goal (:func:`states_goal`): one with a goal modal of
its own ("ska", "will", not one inside an "att"/"that" clause), a first
person's intention ("Vi kommer ...", "We plan to ..."), or a goal's opening
verb; and when the sentence stands alone in its paragraph, or under a heading
that heads goals, also the looser signs of ``paragraphs.reads_as_goal`` (a
change word, an amount).  Never a question, a lead-in ending in ``:``, a
fragment starting in lower case, a sentence about the text ("This will allow
...", "Här kan du läsa ...") or about the goals themselves ("The key results
for this objective mirror ...", "Planen innehåller mål ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from smartlint.nlp.lexicon import lemma_table, load_lexicon, word_set
from smartlint.periods import find_periods
from smartlint.sources import doclex
from smartlint.sources.paragraphs import reads_as_goal
from smartlint.sources.sentences import BOUNDARY, is_abbreviation

BULLETS = "•·▪‣◦●"
_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_TOKEN = re.compile(r"[^\W\d_]+|\d[\d.,:/-]*|[,;:]")
_ID = re.compile(r"\d{4,}-\d{3,}")  # an organisation or phone number, not an amount
LANGS = ("sv", "en")
_LEAD_IN_WORDS = 5


def sentence_spans(text: str, lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a paragraph: ranges of ``text``, trimmed, in order.

    ``text`` is the paragraph with markup blanked (one character per document
    character), ``lines`` the range of each line's own content in it.
    """
    units: list[tuple[int, int]] = []
    start = lines[0][0] if lines else 0
    for (begin, end), (following, stop) in zip(lines, lines[1:], strict=False):
        if _breaks(text[begin:end], text[following:stop]):
            units.append((start, end))
            start = following
    if lines:
        units.append((start, lines[-1][1]))
    spans: list[tuple[int, int]] = []
    for begin, stop in units:
        spans += _sentences(text, begin, stop)
    return spans


def _breaks(before: str, after: str) -> bool:
    """Whether a sentence ends at the line break between ``before`` and ``after``."""
    before, after = before.strip(), after.strip()
    if not before or not after:
        return True
    if _END.search(before):
        return False  # the sentence splitter decides, as for a space
    if after[0] in BULLETS:
        # a lead-in runs on into its first item; items and a lead-in with ":" stand apart
        return before.endswith(":") or before[0] in BULLETS
    if before.endswith(":"):
        return True
    if not (after[0].isupper() or after[0].isdigit()):
        return False
    last = before.split()[-1].lower()
    return not (
        before.endswith((",", "-", "–", "&", "/")) or last in doclex.words("continuation_words")
    )


def _sentences(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    """Split one unit at sentence ends; trim each sentence."""
    spans, start = [], begin
    for match in BOUNDARY.finditer(text, begin, stop):
        words = text[start : match.start() + 1].split()
        if words and is_abbreviation(words[-1]):
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, stop))
    trimmed = []
    for a, b in spans:
        piece = text[a:b]
        if piece.strip():
            a += len(piece) - len(piece.lstrip())
            trimmed.append((a, a + len(piece.strip())))
    return trimmed


def states_goal(sentence: str, *, alone: bool, under_goals: bool) -> bool:
    """Whether a sentence of a paragraph states a goal (see the module docstring).

    ``alone``: the sentence is its paragraph's only one; ``under_goals``: a
    heading above heads goals (then a lone sentence needs no sign of its own).
    """
    text = sentence.strip()
    if not text or text.endswith((":", "?")) or text[0].islower():
        return False
    if text.endswith(",") and len(text.split()) <= _LEAD_IN_WORDS:
        return False  # "By order of priority," leads into what follows
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    words = [t for t in tokens if t[0].isalpha()]
    if not words or words[0] in doclex.words("demonstratives") or _about_goals(words):
        return False
    if words[0] in doclex.words("second_person"):
        return False
    if _main_modal(tokens) or _opens_as_goal(tokens):
        return True
    if not alone:
        return False
    if under_goals and (text[0].isupper() or text[0].isdigit()):
        return True  # not a footnote ("* I genomsnitt ...") or a symbol
    return reads_as_goal(_without_times(text))


def _opens_as_goal(tokens: list[str]) -> bool:
    """A goal's verb first, or after a short fronted phrase ("Ideally, ship ...")."""
    if tokens[0] in _openers():
        return True
    comma = tokens.index(",") if "," in tokens[:5] else -1
    return 0 < comma < len(tokens) - 1 and tokens[comma + 1] in _openers()


def _about_goals(words: list[str]) -> bool:
    """Whether the sentence is about goals: "Målet är att ...", "The key results for ..."."""
    nouns = doclex.words("goal_nouns")
    head = words[:5] if words[0] in doclex.words("determiners") else words[:1]
    joined = f" {' '.join(head)} "
    return any(f" {noun} " in joined for noun in nouns)


def _main_modal(tokens: list[str]) -> bool:
    """A commitment that is the clause's own, not one inside an "att"/"that"/"which" clause.

    A goal modal ("ska", "will"), or a first person's intention ("Vi kommer ...",
    "We plan to ...", "Under 2027 vill vi ...").
    """
    modals, phrases = _modals()
    first, intents = doclex.words("first_person"), doclex.words("intent_verbs")
    subordinate = False
    for index, token in enumerate(tokens):
        if token in (",", ";"):
            subordinate = False
            continue
        if token in doclex.words("subordinators"):
            subordinate = True
            continue
        if subordinate:
            continue
        after = tokens[index + 1 : index + 3]
        if token in modals or " ".join(tokens[index : index + 2]) in phrases:
            return True
        if token in first and after and (after[0] in intents or " ".join(after) in intents):
            return True
        if token in intents and after and after[0] in first:
            return True
    return False


@cache
def _modals() -> tuple[frozenset[str], frozenset[str]]:
    single: set[str] = set()
    phrases: set[str] = set()
    for lang in LANGS:
        for modal in word_set("words", lang, "goal_modals"):
            (phrases if " " in modal else single).add(modal)
    return frozenset(single), frozenset(phrases)


@cache
def _openers() -> frozenset[str]:
    """Verbs a goal opens with ("Öka ...", "Launch ..."), comparatives and multipliers."""
    found: set[str] = set()
    for lang in LANGS:
        words = load_lexicon("words", lang)
        lemmas = lemma_table(lang)
        found |= {lemma for lemma in lemmas.values()}
        for key in ("level_verbs", "acquire_verbs", "goal_openers", "count_comparatives"):
            found |= {w.split()[0] for w in word_set("words", lang, key)}
        found |= {str(w).lower() for group in words.get("comparatives", {}).values() for w in group}
        numbers = load_lexicon("numbers", lang)
        for key in ("multipliers",):
            found |= {str(w).lower() for w in numbers.get(key, {})}
    return frozenset(found)


def _without_times(text: str) -> str:
    """The sentence without its dates and ids, so that "17 november 2023" is no amount."""
    for period in reversed(find_periods(text)):
        text = text[: period.begin] + " " + text[period.stop :]
    return _ID.sub(" ", text)
