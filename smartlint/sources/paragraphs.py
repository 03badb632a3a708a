"""Whether a Markdown paragraph states a goal or is prose around the goals.

List items are goals by their place; a paragraph has to read like one.  Plans
open with sentences such as "Den här planen beskriver avdelningens mål för
2027." and close with "Vi följer upp målen varje kvartal.", and a linter that
asks those for a number and a deadline is soon switched off.  A paragraph is
a goal when it

- holds a change word in any form ("öka", "minskade", "improving") or a goal
  modal ("ska", "kommer att", "will", "must"),
- opens with a word a goal opens with: a verb of the lexicon ("Nå", "Lansera",
  "Reach", "Launch"), a comparative ("Fler nöjda kunder", "Better service"),
  a multiplier or number word ("Halvera", "Zero accidents"), or
- states an amount: a per cent sign, or a number that is not a year.

The document's language is not known yet when it is read, so the words of
every language are used; they hardly overlap.  The words come from
``rules/lexicon/words.{lang}.yaml`` and ``numbers.{lang}.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from smartlint.nlp.lexicon import lemma_table, load_lexicon, word_set

LANGS = ("sv", "en")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# A number that is not a year standing alone: "30", "4 000", "2,5" (not "2027").
_AMOUNT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d[\d.,]*")


def reads_as_goal(text: str) -> bool:
    """Whether the paragraph ``text`` (as a reader sees it) states a goal."""
    if "%" in text or _AMOUNT.search(text):
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return False
    cues = _cues()
    if words[0] in cues.openers:
        return True
    if cues.anywhere.intersection(words):
        return True
    joined = f" {' '.join(words)} "
    return any(f" {phrase} " in joined for phrase in cues.phrases)


class _Cues:
    """The cue words of every language, merged."""

    def __init__(self) -> None:
        self.openers: set[str] = set()
        self.anywhere: set[str] = set()
        self.phrases: set[str] = set()
        for lang in LANGS:
            words = load_lexicon("words", lang)
            lemmas = lemma_table(lang)
            changes = {str(w).lower() for group in words.get("change", {}).values() for w in group}
            self.anywhere |= {form for form, lemma in lemmas.items() if lemma in changes}
            for modal in word_set("words", lang, "goal_modals"):
                (self.phrases if " " in modal else self.anywhere).add(modal)
            self.openers |= set(lemmas)  # every verb (and noun) form the lexicon lists
            for key in ("level_verbs", "acquire_verbs", "goal_openers", "count_comparatives"):
                self.openers |= {w.split()[0] for w in word_set("words", lang, key)}
            self.openers |= {
                str(w).lower() for group in words.get("comparatives", {}).values() for w in group
            }
            numbers = load_lexicon("numbers", lang)
            for key in ("multipliers", "cardinals"):  # "Halvera ...", "Noll olyckor ..."
                self.openers |= {str(w).lower() for w in numbers.get(key, {})}


@cache
def _cues() -> _Cues:
    return _Cues()
