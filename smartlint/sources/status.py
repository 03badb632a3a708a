"""Status and progress notes written into a goal: context, never a target or part of the goal.

"Improve checkout reliability => 40%" reports where the goal stands; the 40 %
is no target, and "missing-number" must still see a goal without one.  A
note is blanked out of the text the rules read (positions kept) and kept as
the goal's ``status``:

- an arrow with what follows it: "=> 40%", "-> klart", "→ 3 of 5";
- a check or traffic-light mark: ✅ ✔ ☑ ❌ 🟢 🟡 🔴 …;
- a bracket that opens with a state: "(done)", "(klart 2026-05)", "(blocked on CRDTs)";
- a labelled note and all after it: "Status: pågår", "Utfall: 35 %";
- a state after a dash at the end: "– pågår", "- done";
- struck-out text: ``~~...~~``.

The words are ``status_labels`` and ``status_words`` of
``rules/lexicon/document.*.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from smartlint.sources import doclex

_MARKS = "✅✔✓☑❌✗✘🟢🟡🔴🟠⏳🚧⚠"
_ARROW = re.compile(r"\s*(?:=>|->|→|⇒)\s*[^\n]*$")
_STRUCK = re.compile(r"~~[^~\n](?:[^~]|~(?!~))*?~~")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    state = doclex.phrases("status_words").pattern
    label = doclex.phrases("status_labels").pattern
    bracket = re.compile(rf"\(\s*(?:{state})(?:[^()]*)\)", re.IGNORECASE)
    labelled = re.compile(rf"(?:{label})\s*:\s*[^\n]*$", re.IGNORECASE)
    dashed = re.compile(rf"\s[-–—]\s*(?:{state})\s*[.!]?\s*$", re.IGNORECASE)
    return bracket, labelled, dashed


def split_status(text: str) -> tuple[str, str | None]:
    """``text`` with its status notes blanked to spaces, and the notes (None when none).

    The result has the length of ``text``, so every other character keeps its place.
    """
    chars = list(text)
    notes: list[str] = []

    def blank(start: int, end: int) -> None:
        note = " ".join(text[start:end].split())
        if note:
            notes.append(note)
        chars[start:end] = [" "] * (end - start)

    for match in _STRUCK.finditer(text):
        blank(match.start(), match.end())
    bracket, labelled, dashed = _patterns()
    for pattern in (_ARROW, bracket, labelled, dashed):
        for match in pattern.finditer("".join(chars)):
            blank(match.start(), match.end())
    for index, char in enumerate(chars):
        if char in _MARKS:
            notes.append(char)
            chars[index] = " "
    return "".join(chars), "; ".join(notes) if notes else None
