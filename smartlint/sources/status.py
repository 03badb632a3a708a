"""Status and progress notes written into a goal: context, never a target or part of the goal.

"Improve checkout reliability => 40%" reports where the goal stands; the 40 %
is no target, and "missing-number" must still see a goal without one.  A
note is blanked out of the text the rules read (positions kept) and kept as
the goal's ``status``:

- an arrow with the few words after it that end the goal: "=> 40%", "-> klart",
  "→ 3 of 5" (not an arrow between two amounts: "€1.2m → €2m");
- a check or traffic-light mark: ✅ ✔ ☑ ❌ 🟢 🟡 🔴 …;
- a bracket that opens with a state: "(done)", "(klart 2026-05)", "(blocked on CRDTs)";
- a labelled note and all after it: "Status: pågår", "Utfall: 35 %";
- a state after a dash at the end: "– pågår", "- done";
- a last sentence that is only a state: "Paint the fence. Done.", "Måla staketet. Klart!";
- struck-out text: ``~~...~~``.

The words are ``status_labels`` and ``status_words`` of
``rules/lexicon/document.*.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from smartlint.sources import doclex

_TAIL = 40  # a state after a dash ends the goal: "- done", "– pågår"
_MARKS = frozenset("✅✔✓☑❌✗✘🟢🟡🔴🟠⏳🚧⚠")
_MARK = re.compile(f"[{''.join(sorted(_MARKS))}]")
# An arrow and at most three words ending the goal, after a word that is no
# amount: "Improve reliability => 40%" reports progress, "ARR €1.2m → €2m by
# end of FY2027" is a change from one amount to another.
_ARROW = re.compile(r"\s*(?:=>|->|→|⇒)\s*\S+(?:[ \t]+\S+){0,2}\s*\Z")
_AMOUNT_END = re.compile(r"[\d%$€£][kKmM]?\s*\Z")
_STRUCK = re.compile(r"~~[^~\n](?:[^~]|~(?!~))*?~~")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    state = doclex.phrases("status_words").pattern
    label = doclex.phrases("status_labels").pattern
    bracket = re.compile(rf"\(\s*(?:{state})(?:[^()]*)\)", re.IGNORECASE)
    labelled = re.compile(rf"(?:{label})\s*:\s*[^\n]*$", re.IGNORECASE)
    dashed = re.compile(rf"\s[-–—]\s*(?:{state})\s*[.!]?\s*\Z", re.IGNORECASE)
    closing = re.compile(rf"(?<=[.!?])\s+(?:{state})\s*[.!]*\s*\Z", re.IGNORECASE)
    return bracket, labelled, dashed, closing


def split_status(text: str) -> tuple[str, str | None]:
    """``text`` with its status notes blanked to spaces, and the notes (None when none).

    The result has the length of ``text``, so every other character keeps its place.
    Most goals hold no note, so each kind is looked for only when its sign is there.
    """
    notes: list[str] = []
    bracket, labelled, dashed, closing = _patterns()
    candidates = []
    if "~~" in text:
        candidates.append(_STRUCK)
    if ">" in text or "→" in text or "⇒" in text:
        arrow = _ARROW.search(text)
        if arrow is not None and not _AMOUNT_END.search(text, 0, arrow.start()):
            candidates.append(_ARROW)
    if "(" in text:
        candidates.append(bracket)
    if ":" in text and _labelled(text):
        candidates.append(labelled)
    tail = max(0, len(text) - _TAIL)
    end = text[tail:]
    if (" -" in end or " –" in end or " —" in end) and dashed.search(text, tail):
        candidates.append(dashed)
    if closing.search(text, tail):
        candidates.append(closing)
    for pattern in candidates:
        for match in list(pattern.finditer(text, tail if pattern in (dashed, closing) else 0)):
            note = " ".join(match.group().split())
            if note:
                notes.append(note)
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    if not _MARKS.isdisjoint(text):
        notes += _MARK.findall(text)
        text = _MARK.sub(" ", text)
    return text, "; ".join(notes) if notes else None


def _labelled(text: str) -> bool:
    """Whether a word before a colon is a status label ("Status:", "Utfall :")."""
    labels = doclex.words("status_labels")
    colon = text.find(":")
    while colon >= 0:
        words = text[max(0, colon - 40) : colon].split()
        if words and words[-1].lower() in labels:
            return True
        colon = text.find(":", colon + 1)
    return False
