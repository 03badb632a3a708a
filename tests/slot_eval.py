"""Score the slots smartlint reads against the hand-annotated corpus/slots-*.yaml.

Run ``python tests/slot_eval.py [-v]`` to print the README's table;
``test_slot_accuracy.py`` fails when a slot drops below its bar.  Each slot is
an exact match: the metric is one of the annotated variants (case and a
leading article aside), numbers are compared as numbers, a target also by
whether it is relative, and a deadline by its resolved date (no time bound and
a bound that names no date both count as "no date").
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from corpus_eval import lint_corpus  # noqa: E402

SLOT_FILES = ("slots-sv", "slots-en")
SLOTS = ("metric", "direction", "baseline", "target", "deadline", "owner")
_ARTICLES = ("the ", "a ", "an ")


@dataclass
class SlotScore:
    """Right and wrong counts for one slot in one file."""

    right: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        total = self.right + len(self.wrong)
        return self.right / total if total else 1.0


def evaluate(name: str) -> tuple[str, int, dict[str, SlotScore]]:
    """Lint every annotated goal and compare each slot with its annotation."""
    data, result = lint_corpus(name)
    items = data["goals"]
    scores = {slot: SlotScore() for slot in SLOTS}
    for item, goal in zip(items, result.goals, strict=True):
        want = item["slots"]
        for slot in SLOTS:
            got = goal.slots.get(slot)
            expected = want.get(slot) if slot != "deadline" else item_deadline(want)
            if MATCHERS[slot](got, expected):
                scores[slot].right += 1
            else:
                scores[slot].wrong.append(f"{item['text']}: want {expected!r}, got {got!r}")
    return data["lang"], len(items), scores


def item_deadline(want: dict[str, Any]) -> str | None:
    value = want.get("deadline")
    return None if value is None else str(value)


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(text.lower().split()).strip(" .,")
    for article in _ARTICLES:
        if text.startswith(article):
            text = text[len(article) :]
    return text


def _metric(got: str | None, want: Any) -> bool:
    variants = want if isinstance(want, list) else [want]
    return _norm(got) in {_norm(v) for v in variants}


def _same_number(got: Any, want: Any) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return abs(float(got) - float(want)) < 1e-9


def _baseline(got: dict[str, Any] | None, want: Any) -> bool:
    return _same_number(got and got.get("value"), want)


def _target(got: dict[str, Any] | None, want: dict[str, Any] | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return _same_number(got.get("value"), want.get("value")) and bool(got.get("relative")) == bool(
        want.get("relative")
    )


def _deadline(got: dict[str, Any] | None, want: str | None) -> bool:
    return (got or {}).get("date") == want


def _equal(got: Any, want: Any) -> bool:
    return got == want


MATCHERS = {
    "metric": _metric,
    "direction": _equal,
    "baseline": _baseline,
    "target": _target,
    "deadline": _deadline,
    "owner": lambda got, want: _norm(got) == _norm(want),
}


def markdown_table(results: list[tuple[str, int, dict[str, SlotScore]]]) -> str:
    lines = ["| lang | goals | " + " | ".join(SLOTS) + " |", "|---|---|" + "---|" * len(SLOTS)]
    for lang, count, scores in results:
        cells = " | ".join(f"{scores[s].accuracy:.2f}" for s in SLOTS)
        lines.append(f"| {lang} | {count} | {cells} |")
    return "\n".join(lines)


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or list(SLOT_FILES)
    results = [evaluate(name) for name in names]
    print(markdown_table(results))
    if "-v" in sys.argv:
        for lang, _, scores in results:
            for slot, score in scores.items():
                for miss in score.wrong:
                    print(lang, slot, miss)
