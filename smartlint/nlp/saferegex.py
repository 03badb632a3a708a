"""REGEX in rule patterns, run under a time limit per token and a budget per run.

spaCy's Matcher runs ``REGEX`` predicates with Python's ``re``, which has no
time limit, so a catastrophic pattern in a repository's rule file ("(a+)+$")
could hang a commit hook.  Every REGEX of a token pattern (``regexforms``
finds them all) is rewritten to a custom token attribute whose getter runs
the pattern with the ``regex`` module's ``timeout``.  A pattern that stays
just under the limit on every token could still cost minutes over a large
run, so each pattern also has a budget for the run: one second plus
``TOKEN_ALLOWANCE`` for every token it has read, far above what an ordinary
pattern spends.  A pattern that runs over either matches nothing from then on
and is reported once, naming its rule file and line.  A forked worker hands
its timeouts back and the parent records them, so the pattern is dead there too.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

import regex
from spacy.tokens import Token

from smartlint.nlp.regexforms import RegexTest, split_regexes

TIME_LIMIT = 0.05  # seconds for one token
RUN_BUDGET = 1.0  # seconds for one pattern in one process ...
TOKEN_ALLOWANCE = 20e-6  # ... plus this for each token it has read
OVER_LIMIT = "its time limit"
OVER_BUDGET = "its time budget for the run"
_counter = itertools.count()


Timeout = tuple[str, int | None, str]  # (rule file, line, pattern)
Report = tuple[str, int | None, str, str]  # a timeout and what it ran over


@dataclass
class RegexTimeouts:
    """Patterns that ran out of time, reported once per (rule file, line); dead from then on."""

    pending: list[Report] = field(default_factory=list)
    seen: set[tuple[str, int | None]] = field(default_factory=set)
    dead: set[Timeout] = field(default_factory=set)

    def record(self, path: str, line: int | None, pattern: str, why: str = OVER_LIMIT) -> None:
        """Kill the pattern and report it, unless its place was reported already."""
        self.dead.add((path, line, pattern))
        if (path, line) not in self.seen:
            self.seen.add((path, line))
            self.pending.append((path, line, pattern, why))

    def known(self, path: str, line: int | None, pattern: str) -> None:
        """Kill a pattern whose timeout another process has reported already."""
        self.dead.add((path, line, pattern))
        self.seen.add((path, line))

    def take(self) -> list[Report]:
        """Return and forget the timeouts not yet reported."""
        taken, self.pending = self.pending, []
        return taken


TIMEOUTS = RegexTimeouts()


@dataclass
class _Spent:
    """What one pattern has cost in this process."""

    seconds: float = 0.0
    tokens: int = 0

    def left(self) -> float:
        """Seconds the pattern may still run."""
        return RUN_BUDGET + self.tokens * TOKEN_ALLOWANCE - self.seconds


_SPENT: dict[Timeout, _Spent] = {}  # by pattern, across every pipeline of this process


def guard_regexes(
    tokens: list[dict[str, Any]], path: str, line: int | None
) -> list[dict[str, Any]]:
    """Return the token pattern with every REGEX predicate replaced by a timed one."""
    guarded = []
    for token in tokens:
        rest, tests = split_regexes(token)
        for test in tests:
            name = f"smartlint_regex_{next(_counter)}"
            Token.set_extension(name, getter=_getter(test, path, line))
            rest.setdefault("_", {})[name] = True
        guarded.append(rest)
    return guarded


def _getter(test: RegexTest, path: str, line: int | None) -> Any:
    patterns = []
    for text in test.patterns:
        key = (path, line, text)
        patterns.append((regex.compile(text), key, _SPENT.setdefault(key, _Spent())))
    read = _reader(test.attr)

    def matches(token: Token) -> bool:
        text = read(token)
        for pattern, key, spent in patterns:
            hit = _search(pattern, text, key, spent)
            if hit is None:
                return False  # dead: the predicate matches nothing
            if hit:
                return not test.negated
        return test.negated

    return matches


def _search(pattern: regex.Pattern[str], text: str, key: Timeout, spent: _Spent) -> bool | None:
    """Whether ``pattern`` is found in ``text``; None once it ran out of time."""
    if key in TIMEOUTS.dead:
        return None
    left = spent.left()
    if left <= 0:
        TIMEOUTS.record(*key, OVER_BUDGET)
        return None
    limit = min(TIME_LIMIT, left)
    # The budget counts the CPU time the pattern took, not the wall clock: on a busy
    # machine a harmless pattern must not run out of budget while it waits for a core.
    start = time.thread_time()
    try:
        return pattern.search(text, timeout=limit) is not None
    except TimeoutError:
        TIMEOUTS.record(*key, OVER_LIMIT if limit == TIME_LIMIT else OVER_BUDGET)
        return None
    finally:
        spent.seconds += time.thread_time() - start
        spent.tokens += 1


def _reader(attr: str) -> Any:
    if attr == "morph":
        return lambda token: str(token.morph)
    return lambda token: getattr(token, attr)
