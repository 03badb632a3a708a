"""Dispatch keys: what a time expression can start with.

The candidate scan (:mod:`smartlint.nlp.timex_rules`) looks at one word and
must know at once which kinds of expression can start there.  A word's key is
its leading letters ("q" for "Q3", "mars"), a class of number ("#4" for four
digits, a possible year), or two words when the first is an article, since
"the" alone tells nothing apart ("the launch", "the end", "den #").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

# Keys of a word made of digits: a possible year, a day or small number, other.
YEAR_KEY, NUM_KEY, BIG_KEY = "#4", "#", "#n"
DIGIT_KEYS = frozenset({YEAR_KEY, NUM_KEY, BIG_KEY})
ANY_KEY = "*"  # a kind that can start with any word (an unlisted event)
_LEAD = re.compile(r"[^\W\d_]+|\d+|.")


class Kind(NamedTuple):
    """One kind of expression: its name, regex body and possible first keys.

    ``after_keys`` are further first words it can have only after a marker
    or part: "before my sister's wedding" but never a bare "my".
    """

    name: str
    body: str
    keys: frozenset[str]
    after_keys: frozenset[str] = frozenset()


def key_of(phrase: str, articles: frozenset[str] = frozenset()) -> str:
    """The dispatch key of a phrase: its leading letters, or its kind of number.

    An article is not enough to tell anything apart ("the" starts half the
    English kinds), so a phrase that starts with one is keyed by both words:
    "the launch", "the end", "den #" (an article before a number).
    """
    first, _, rest = phrase.partition(" ")
    if first in articles and rest:
        inner = key_of(rest)
        return first + " " + (NUM_KEY if inner in DIGIT_KEYS else inner)
    lead = _LEAD.match(phrase)
    text = lead.group() if lead else ""
    return digits_key(text) if text[:1].isdigit() else text


def digits_key(digits: str) -> str:
    """Key a run of digits: "#4" for four (a possible year), "#" for one or two, else "#n"."""
    size = len(digits)
    return YEAR_KEY if size == 4 else NUM_KEY if size <= 2 else BIG_KEY


def keys(*lists: Iterable[str], articles: frozenset[str] = frozenset()) -> frozenset[str]:
    """The keys of every phrase in ``lists``."""
    return frozenset(key_of(p, articles) for items in lists for p in items if p)
