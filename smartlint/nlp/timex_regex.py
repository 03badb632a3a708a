"""Small builders for the time-expression regex.

A word list becomes a trie-shaped alternation (``i(?:nom|nnan)?``) rather
than ``i|inom|innan``: Python's ``re`` tries alternatives one by one, so a
trie makes a word that fails cost one character test per branch instead of
one per word.  That keeps the single pass over a goal cheap however long the
lexicon grows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

YEAR4 = r"(?:19\d\d|20\d\d|2100)(?!\d)"
YEAR2 = r"\d\d(?!\d)"
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
MONTH_NUM = r"(?:0?[1-9]|1[0-2])(?!\d)"
WEEK_NUM = r"(?:0?[1-9]|[1-4]\d|5[0-3])(?!\d)"
NEVER = r"(?!)"

_Trie = dict[str, "_Trie"]


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _emit(node: _Trie) -> str:
    alts = [_char(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def words(items: Iterable[str]) -> str:
    """Return a regex (no groups) matching any of ``items``, longest first.

    Words are expected lowercased (the pattern is compiled case-insensitive);
    a space matches any run of whitespace.  An empty list never matches.
    """
    trie: _Trie = {}
    for item in set(items):
        if not item:
            continue
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(trie) + ")" if trie else NEVER


def exact_case(items: Iterable[str]) -> str:
    """Return a case-sensitive alternation of ``items`` capitalised and upper-cased."""
    forms = sorted(
        {f for w in items for f in (w[:1].upper() + w[1:], w.upper())}, key=lambda f: (-len(f), f)
    )
    if not forms:
        return NEVER
    return "(?-i:" + "|".join(_char_all(f) for f in forms) + ")"


def _char_all(text: str) -> str:
    return "".join(_char(ch) for ch in text)


def either(*parts: str) -> str:
    """Join regex alternatives, dropping the ones that never match."""
    kept = [p for p in parts if p != NEVER]
    return "(?:" + "|".join(kept) + ")" if kept else NEVER


def group(name: str, body: str) -> str:
    """Return ``body`` as the named group ``name``."""
    return f"(?P<{name}>{body})"


def optional(body: str) -> str:
    """Return ``body`` as an optional part, or nothing when it never matches."""
    return "" if body == NEVER else f"(?:{body})?"


def compound_numbers(numbers: dict[str, float]) -> str:
    """Compound number words: "twenty-four", "tjugofyra" (tens, then ones)."""
    tens = [w for w, v in numbers.items() if v in range(20, 100, 10) and " " not in w]
    ones = [w for w, v in numbers.items() if v in range(1, 10) and " " not in w]
    if not tens or not ones:
        return NEVER
    return rf"{words(tens)}[-\s]?{words(ones)}(?!\w)"
