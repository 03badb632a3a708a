"""A suggested rewrite of a whole goal, in the goal's own language.

The rewrite keeps what the author wrote (owner, metric, amounts, a real
deadline) and puts a ``<...>`` placeholder where the author must decide:
smartlint never invents a number.  Shape: "[Owner ska] öka [metric] från
<baseline> till <mål> senast <ÅÅÅÅ-MM-DD>." / "[Owner will] increase
[metric] from <baseline> to <target> by <YYYY-MM-DD>.".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

_WORDS = {
    "sv": {
        "increase": "öka", "decrease": "minska", "keep": "behålla", "reach": "nå",
        "shall": "ska", "from": "från", "to": "till", "by": "med", "deadline": "senast",
        "baseline": "<baseline>", "target": "<mål>", "date": "<ÅÅÅÅ-MM-DD>",
        "metric": "<mått>", "fallback": "{goal}, mätt som att <mått> når <mål>",
    },
    "en": {
        "increase": "increase", "decrease": "reduce", "keep": "keep", "reach": "reach",
        "shall": "will", "from": "from", "to": "to", "by": "by", "deadline": "by",
        "baseline": "<baseline>", "target": "<target>", "date": "<YYYY-MM-DD>",
        "metric": "<metric>", "fallback": "{goal}, measured as <metric> reaching <target>",
    },
}


def rewrite(goal: str, slots: dict[str, Any], lang: str, today: dt.date, means: str | None) -> str:
    """Return the goal rewritten from its slots, placeholders for what is missing."""
    words = _WORDS[lang]
    direction = slots.get("direction")
    metric = slots.get("metric")
    if direction is None or metric is None:
        body = words["fallback"].format(goal=goal.strip().rstrip(".!"))
    else:
        body = f"{words[direction]} {metric}{_amount(slots, words, direction)}"
        owner = slots.get("owner")
        body = f"{owner} {words['shall']} {body}" if owner else body[:1].upper() + body[1:]
    if means:
        body = f"{body}, {means.strip(' ,')},"
    return f"{body} {words['deadline']} {_deadline(slots, words, today)}."


def _amount(slots: dict[str, Any], words: dict[str, str], direction: str) -> str:
    baseline, target = slots.get("baseline"), slots.get("target")
    if target and target.get("relative"):
        return f" {words['by']} {target['text']}"
    if direction == "keep":
        return f" {words['to'] if target else ''} {target['text'] if target else ''}".rstrip()
    base_text = baseline["text"] if baseline else words["baseline"]
    target_text = target["text"] if target else words["target"]
    if direction == "reach":
        return ""
    return f" {words['from']} {base_text} {words['to']} {target_text}"


def _deadline(slots: dict[str, Any], words: dict[str, str], today: dt.date) -> str:
    deadline = slots.get("deadline")
    if deadline and deadline.get("date"):
        date = dt.date.fromisoformat(deadline["date"])
        if date >= today:
            return deadline["date"]
    return words["date"]


def has_placeholder(text: str) -> bool:
    """Tell whether a rewrite still needs the author's input."""
    return "<" in text and ">" in text
