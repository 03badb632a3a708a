"""REGEX in rule patterns, run under a time limit.

spaCy's Matcher runs ``REGEX`` predicates with Python's ``re``, which has no
time limit, so a catastrophic pattern in a repository's rule file ("(a+)+$")
could hang a commit hook.  Each ``{ATTR: {REGEX: pattern}}`` is rewritten to
a custom token attribute whose getter runs the pattern with the ``regex``
module's ``timeout``; a pattern that times out matches nothing from then on
and is reported once, naming its rule file and line.  A forked worker hands
its timeouts back and the parent records them, so the pattern is dead there too.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import regex
from spacy.tokens import Token

TIME_LIMIT = 0.05  # seconds for one token
_ATTRS = {"TEXT": "text", "ORTH": "text", "LOWER": "lower_", "NORM": "norm_", "LEMMA": "lemma_"}
_counter = itertools.count()


Timeout = tuple[str, int | None, str]  # (rule file, line, pattern)


@dataclass
class RegexTimeouts:
    """Patterns that ran out of time, reported once per (rule file, line); dead from then on."""

    pending: list[Timeout] = field(default_factory=list)
    seen: set[tuple[str, int | None]] = field(default_factory=set)
    dead: set[Timeout] = field(default_factory=set)

    def record(self, path: str, line: int | None, pattern: str) -> None:
        """Kill the pattern and report it, unless its place was reported already."""
        self.dead.add((path, line, pattern))
        if (path, line) not in self.seen:
            self.seen.add((path, line))
            self.pending.append((path, line, pattern))

    def known(self, path: str, line: int | None, pattern: str) -> None:
        """Kill a pattern whose timeout another process has reported already."""
        self.dead.add((path, line, pattern))
        self.seen.add((path, line))

    def take(self) -> list[Timeout]:
        """Return and forget the timeouts not yet reported."""
        taken, self.pending = self.pending, []
        return taken


TIMEOUTS = RegexTimeouts()


def guard_regexes(
    tokens: list[dict[str, Any]], path: str, line: int | None
) -> list[dict[str, Any]]:
    """Return the token pattern with every REGEX predicate replaced by a timed one."""
    guarded = []
    for token in tokens:
        token = dict(token)
        for attr, value in list(token.items()):
            if isinstance(value, dict) and set(value) == {"REGEX"} and attr in _ATTRS:
                name = f"smartlint_regex_{next(_counter)}"
                compiled = regex.compile(str(value["REGEX"]))
                Token.set_extension(name, getter=_getter(compiled, _ATTRS[attr], path, line))
                del token[attr]
                token.setdefault("_", {})[name] = True
        guarded.append(token)
    return guarded


def _getter(pattern: regex.Pattern[str], attr: str, path: str, line: int | None) -> Any:
    key = (path, line, pattern.pattern)

    def matches(token: Token) -> bool:
        if key in TIMEOUTS.dead:
            return False
        try:
            return pattern.search(getattr(token, attr), timeout=TIME_LIMIT) is not None
        except TimeoutError:
            TIMEOUTS.record(*key)
            return False

    return matches
