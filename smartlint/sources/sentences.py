"""A rough sentence count, enough to tell a goal from a paragraph of prose.

The Markdown reader only needs to know whether a paragraph has more than two
sentences, so a full sentence splitter (and spaCy, which the sources layer
must not import) would be overkill.  A sentence ends at ``.``, ``!``, ``?``
or ``…`` followed by whitespace and a capital letter, a digit or an opening
quote/bracket; common Swedish and English abbreviations do not end one.
"""

from __future__ import annotations

import re

BOUNDARY = re.compile(r"[.!?…]+[\"'”’)]*\s+(?=[\"'“‘(\[]?[A-ZÅÄÖÆØÉÜ0-9])")
_ABBREVIATIONS = frozenset(
    "bl.a. ca. dvs. e.g. etc. exkl. fr.o.m. i.e. inkl. jfr. kap. m.fl. mr. mrs. ms. dr. nr. no."
    " osv. resp. s.k. t.ex. t.o.m. vs. st. approx. tel. p.g.a. pga.".split()
)


def count_sentences(text: str) -> int:
    """Return how many sentences ``text`` has (0 for blank text)."""
    if not text.strip():
        return 0
    count = 1
    for match in BOUNDARY.finditer(text):
        words = text[: match.start() + 1].split()
        if not (words and is_abbreviation(words[-1])):
            count += 1
    return count


def is_abbreviation(word: str) -> bool:
    """Whether a word ending in a stop is an abbreviation ("t.ex.", "e.g."), not a sentence end."""
    return word.lower() in _ABBREVIATIONS
