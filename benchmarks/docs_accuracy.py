"""Score how smartlint reads whole goal documents: ``../shared/data/docs-dev``.

Run ``python -m benchmarks.docs_accuracy`` (from the repository root).  Every
document of ``docs-dev`` is linted as a user would lint it (its own suffix,
the language detected, no config, ``--today 2026-12-03``), and what smartlint
takes as goals is matched to the hand labels by line: a label row is matched
by a goal that starts on its line, and when a line holds several rows (one per
sentence) the goals starting on it are matched to them in reading order.

Reported per language:

- goal detection: precision (of the goals smartlint reports, the share that
  are labelled goals; a goal on a line labelled ``is_goal=0`` or on a line
  with no row at all is a false one) and recall (of the labelled goals, the
  share smartlint reports);
- ``missing-number`` (must fire where ``number`` is 0), ``missing-deadline``
  (where ``deadline`` is 0; an inherited bound counts as a deadline even
  when it has passed, which ``deadline-passed`` reports) and some ``vague-*``
  check (where ``vague`` is 1).  A labelled goal smartlint misses counts as
  "did not fire"; a finding on text that is no goal counts as a false firing,
  since a user reads it as one.

The 14 documents are split once into a development part (tuning allowed) and
a test part (``TEST_DOCS``, scored only to report): ``--part dev`` (default),
``--part test`` or ``--part all``.  ``--errors`` prints every disagreement,
marked ``detect`` (which text is a goal), ``context`` (an inherited bound or
amount) or ``sentence`` (the judgement of the goal's own words).  The data
stays in ``../shared`` and is never copied into this repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import Score, count, table  # noqa: E402 - after the path is set

DATA = Path(os.environ.get("SMARTLINT_DATA", ROOT.parent / "shared" / "data"))
DOCS = DATA / "docs-dev"
TODAY = dt.date(2026, 12, 3)
# Chosen once, before any tuning: two documents a language, one of each
# layout family (paragraph prose, a table of goals, lists with a dated title).
TEST_DOCS = frozenset(
    {
        "en-lakeland-school-improvement-plan",
        "en-rowlands-castle-strategic-objectives",
        "sv-luleskargard-verksamhetsplan-2023",
        "sv-vara-namndernas-indikatorer",
    }
)
CHECKS = ("number", "deadline", "vague")
SUFFIXES = (".md", ".yml", ".yaml", ".txt")


@dataclass(frozen=True)
class Row:
    """One label row: a line's goal or non-goal."""

    doc: str
    line: int
    is_goal: bool
    number: bool
    deadline: bool
    vague: bool
    note: str

    @property
    def lang(self) -> str:
        """The document's language, from its name."""
        return self.doc[:2]

    def should_fire(self, check: str) -> bool:
        """The label turned into "this check must fire"."""
        if check == "vague":
            return self.vague
        return not getattr(self, check)


@dataclass(frozen=True)
class Found:
    """A goal smartlint reported, with the rules that fired on it."""

    line: int
    column: int
    text: str
    rules: frozenset[str]

    def fires(self, check: str) -> bool:
        """Whether the check a label answers fired."""
        if check == "vague":
            return any(rule.startswith("vague-") for rule in self.rules)
        return f"missing-{check}" in self.rules


def documents(part: str) -> list[Path]:
    """The documents of a part, in name order."""
    chosen = []
    for path in sorted(DOCS.iterdir()):
        if path.suffix not in SUFFIXES or not path.with_suffix(".labels.tsv").exists():
            continue
        in_test = path.stem in TEST_DOCS
        if part == "all" or (part == "test") == in_test:
            chosen.append(path)
    return chosen


def read_labels(document: Path) -> list[Row]:
    """The label rows of ``document`` (tab-split, no quoting), in file order."""
    rows = []
    with document.with_suffix(".labels.tsv").open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            if not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            values = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
            rows.append(
                Row(
                    doc=document.stem,
                    line=int(values["line"]),
                    is_goal=values["is_goal"] == "1",
                    number=values["number"] == "1",
                    deadline=values["deadline"] == "1",
                    vague=values["vague"] == "1",
                    note=values["note"],
                )
            )
    return rows


def lint_document(document: Path) -> list[Found]:
    """The goals smartlint reports in ``document``, in reading order."""
    from smartlint.config import Config
    from smartlint.linter import Options, lint_bytes

    result = lint_bytes(document.name, document.read_bytes(), Config(), Options(today=TODAY))
    if result.errors:
        print(f"{document.name}: " + "; ".join(e.message for e in result.errors), file=sys.stderr)
    found = [
        Found(g.span.line, g.span.column, g.text, frozenset(f.rule for f in g.findings))
        for g in result.goals
    ]
    return sorted(found, key=lambda f: (f.line, f.column))


def match(
    rows: list[Row], found: list[Found]
) -> tuple[list[tuple[Row, Found | None]], list[Found]]:
    """Pair each row with the goal that starts on its line (in reading order).

    Returns the pairs and the goals no row claims (goals where the labels see none).
    """
    by_line: dict[int, list[Found]] = {}
    for goal in found:
        by_line.setdefault(goal.line, []).append(goal)
    pairs: list[tuple[Row, Found | None]] = []
    for row in rows:
        waiting = by_line.get(row.line, [])
        pairs.append((row, waiting.pop(0) if waiting else None))
    unclaimed = [goal for goals in by_line.values() for goal in goals]
    return pairs, sorted(unclaimed, key=lambda f: (f.line, f.column))


def kind_of(row: Row | None, goal: Found | None, check: str) -> str:
    """Whether a disagreement is about detection, inherited context or the sentence."""
    if row is None or not row.is_goal or goal is None:
        return "detect"
    inherited = ("heading", "column", "inherit", "from the", "key", "field", "lead-in")
    if check == "deadline" and row.deadline and any(word in row.note for word in inherited):
        return "context"
    amount = ("target in", "target is the bare", "amount comes from", "sibling", "field that")
    if check == "number" and row.number and any(w in row.note for w in amount):
        return "context"
    return "sentence"


def score(paths: Iterable[Path]) -> dict[tuple[str, str], Score]:
    """Scores by (language, measure): ``goals`` and each of ``CHECKS``."""
    scores: dict[tuple[str, str], Score] = {}
    for path in paths:
        rows = read_labels(path)
        pairs, unclaimed = match(rows, lint_document(path))
        lang = path.stem[:2]
        goals = scores.setdefault((lang, "goals"), Score())
        for row, goal in pairs:
            where = f"{path.stem}:{row.line}"
            shown = goal.text[:90] if goal else ""
            count(goals, row.is_goal, goal is not None, f"[detect] {where} {shown}  [{row.note}]")
            for check in CHECKS:
                fired = goal is not None and goal.fires(check)
                expected = row.is_goal and row.should_fire(check)
                if not row.is_goal and not fired:
                    continue
                kind = kind_of(row, goal, check)
                cell = scores.setdefault((lang, check), Score())
                count(cell, expected, fired, f"[{kind}] {where} {shown}  [{row.note}]")
        for goal in unclaimed:
            where = f"{path.stem}:{goal.line}"
            error = f"[detect] {where} {goal.text[:90]}  [no label row]"
            count(goals, False, True, error)
            for check in CHECKS:
                if goal.fires(check):
                    count(scores.setdefault((lang, check), Score()), False, True, error)
    return scores


def main(argv: list[str] | None = None) -> int:
    """Print the table for the chosen part; with ``--errors`` every disagreement too."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--doc", help="only documents whose name contains this")
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    if not DOCS.is_dir():
        print(f"no data at {DOCS} (set SMARTLINT_DATA to the folder holding docs-dev)")
        return 2
    paths = [p for p in documents(args.part) if args.doc is None or args.doc in p.stem]
    scores = score(paths)
    print(f"docs-dev, part {args.part}: {len(paths)} documents, today {TODAY}")
    print(table(scores, ("goals", *CHECKS)))
    if args.errors:
        for (lang, measure), cell in sorted(scores.items()):
            if cell.errors:
                print(f"\n## {lang} {measure}: {cell.fp} FP, {cell.fn} FN")
                print("\n".join(cell.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
