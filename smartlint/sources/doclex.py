"""The words of ``rules/lexicon/document.{lang}.yaml``, merged over languages.

A document's language is detected after it is read, so the readers use the
words of every language at once; the lists hardly overlap.
"""

from __future__ import annotations

import re
from functools import cache

from smartlint.nlp.lexicon import load_lexicon

LANGS = ("sv", "en")


@cache
def words(key: str) -> frozenset[str]:
    """The list ``key`` of every language, lowercased, single-spaced."""
    return frozenset(
        " ".join(str(word).lower().split())
        for lang in LANGS
        for word in load_lexicon("document", lang).get(key, [])
    )


@cache
def phrases(key: str) -> re.Pattern[str]:
    """A pattern matching any phrase of ``key`` as whole words, case-insensitively."""
    alternatives = sorted(words(key), key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in alternatives)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def has_phrase(key: str, text: str) -> bool:
    """Whether ``text`` holds a phrase of ``key`` as whole words."""
    return phrases(key).search(text) is not None


def starts_with_phrase(key: str, text: str) -> bool:
    """Whether ``text`` opens with a phrase of ``key`` (after leading space)."""
    found = phrases(key).search(text)
    return found is not None and not text[: found.start()].strip()
