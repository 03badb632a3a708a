"""Score smartlint against the annotated corpus: precision and recall per rule.

Run ``python tests/corpus_eval.py`` to print the Markdown table the README
shows; ``test_corpus.py`` fails when a score drops below the bar.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smartlint.config import Config  # noqa: E402
from smartlint.linter import Options, lint_bytes  # noqa: E402
from smartlint.model import FileResult  # noqa: E402

CORPORA = ("sv", "en", "field-sv", "field-en")
CORE_RULES = (
    "missing-number",
    "missing-deadline",
    "vague-comparative",
    "vague-quantifier",
    "vague-timeframe",
    "hedge",
    "deadline-passed",
)


@dataclass
class Score:
    """Counts for one rule in one language."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Evaluation:
    """The scores of one corpus file."""

    lang: str
    goals: int
    scores: dict[str, Score]
    deadline_total: int = 0
    deadline_right: int = 0
    deadline_misses: list[str] = field(default_factory=list)
    suggestions: int = 0
    suggestion_problems: list[str] = field(default_factory=list)


def load_corpus(name: str) -> dict:
    with (ROOT / "corpus" / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def lint_corpus(name: str) -> tuple[dict, FileResult]:
    """Lint the goals of corpus file ``name`` as one text file, as of the corpus's ``today``."""
    corpus = load_corpus(name)
    today = corpus["today"]
    if not isinstance(today, dt.date):
        today = dt.date.fromisoformat(str(today))
    document = "\n".join(item["text"] for item in corpus["goals"]) + "\n"
    options = Options(today=today, lang=corpus["lang"])
    result = lint_bytes(f"{name}.txt", document.encode("utf-8"), Config(), options)
    assert len(result.goals) == len(corpus["goals"]), "every corpus goal must be one line"
    return corpus, result


def evaluate(name: str) -> Evaluation:
    corpus, result = lint_corpus(name)
    items = corpus["goals"]
    scores = {rule: Score() for rule in CORE_RULES}
    evaluation = Evaluation(name, len(items), scores)
    for item, goal in zip(items, result.goals, strict=True):
        fired = {f.rule for f in goal.findings}
        expected = set(item.get("expect") or [])
        for rule, score in scores.items():
            if rule in fired and rule in expected:
                score.tp += 1
            elif rule in fired:
                score.fp += 1
                score.misses.append(f"FP {item['text']}")
            elif rule in expected:
                score.fn += 1
                score.misses.append(f"FN {item['text']}")
        suggestion = next((f.suggestion for f in goal.findings if f.suggestion), None)
        if suggestion is not None:
            evaluation.suggestions += 1
            evaluation.suggestion_problems += suggestion_problems(
                item["text"], suggestion, goal.slots, smart=not expected
            )
        if "deadline" in item and item["deadline"] is not None:
            evaluation.deadline_total += 1
            got = (goal.slots.get("deadline") or {}).get("date")
            want = str(item["deadline"])
            if got == want:
                evaluation.deadline_right += 1
            else:
                evaluation.deadline_misses.append(f"{item['text']}: want {want}, got {got}")
    return evaluation


# A resolved deadline: an ISO date, or a relative year written as its year ("i år" -> "under 2026").
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b(?:[Ii]n|[Uu]nder) \d{4}\b")
_COUNT_WORDS = frozenset({"antalet", "the", "number", "of"})


def suggestion_problems(text: str, suggestion: str, slots: dict, smart: bool) -> list[str]:
    """What is wrong with one corpus suggestion, by the bar of issue 3.

    A SMART goal gets no rewrite; a rewrite keeps every word of the goal's
    metric and holds no number that is not in the goal (an ISO date, or a
    year written for "this year" / "i år", is resolved from ``today``).
    """
    problems = []
    if smart:
        problems.append(f"SMART goal rewritten: {text} -> {suggestion}")
    invented = set(re.findall(r"\d+", _ISO_DATE.sub("", suggestion))) - set(
        re.findall(r"\d+", text)
    )
    if invented:
        problems.append(f"number {sorted(invented)} not in the goal: {text} -> {suggestion}")
    metric = slots.get("metric") or ""
    words = set(re.findall(r"\w+", suggestion.lower()))
    missing = {w for w in re.findall(r"\w+", metric.lower()) if w not in _COUNT_WORDS} - words
    if missing:
        problems.append(f"metric words {sorted(missing)} dropped: {text} -> {suggestion}")
    return problems


def markdown_table(evaluations: list[Evaluation]) -> str:
    lines = ["| rule | lang | precision | recall | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    for ev in evaluations:
        for rule, s in ev.scores.items():
            lines.append(
                f"| `{rule}` | {ev.lang} | {s.precision:.2f} | {s.recall:.2f} | {s.tp} | {s.fp} | {s.fn} |"
            )
    for ev in evaluations:
        share = ev.deadline_right / ev.deadline_total if ev.deadline_total else 1.0
        lines.append(
            f"\n{ev.lang}: {ev.goals} goals; deadlines resolved to the annotated date: "
            f"{ev.deadline_right}/{ev.deadline_total} ({share:.0%})"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if not a.startswith("-")] or list(CORPORA)
    evaluations = [evaluate(name) for name in names]
    print(markdown_table(evaluations))
    if "-v" in sys.argv:
        for ev in evaluations:
            for rule, s in ev.scores.items():
                for miss in s.misses:
                    print(ev.lang, rule, miss)
            for miss in ev.deadline_misses:
                print(ev.lang, "deadline", miss)
