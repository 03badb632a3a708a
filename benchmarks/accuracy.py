"""Score smartlint's judgement on real goals written by others: ``goals-dev.tsv``.

Run ``python -m benchmarks.accuracy`` (from the repository root).  It lints
every goal of ``../shared/data/goals-dev.tsv`` on its own (one goal a line,
in the goal's labelled language) and scores three checks against the labels
of ``../shared/LABELS.md``:

- ``missing-number`` should fire exactly where ``number`` is 0;
- ``missing-deadline`` exactly where ``deadline`` is 0;
- some ``vague-*`` check exactly where ``vague`` is 1.

The file is split once, by source URL (every goal of a page falls on the
same side), into a development part that the rules may be tuned on and a
test part that is scored only to report: ``--part dev`` (the default),
``--part test`` or ``--part all``.  ``--errors`` prints every disagreement.
The data stays in ``../shared`` and is never copied into this repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = Path(os.environ.get("SMARTLINT_DATA", ROOT.parent / "shared" / "data"))
GOALS = DATA / "goals-dev.tsv"
# The reference date: after every deadline the goals name is irrelevant here, since
# deadline-passed is not scored; a fixed date keeps runs comparable.
TODAY = dt.date(2026, 12, 3)
# Share of source URLs in the test part (by a stable hash of the URL).
TEST_SHARE = 35
CHECKS = ("number", "deadline", "vague")


def part_of(url: str) -> str:
    """``test`` or ``dev``: fixed for a URL, so a page's goals stay together."""
    digest = hashlib.sha256(url.encode("utf-8")).digest()
    return "test" if int.from_bytes(digest[:4], "big") % 100 < TEST_SHARE else "dev"


@dataclass(frozen=True)
class Row:
    """One labelled goal."""

    id: str
    lang: str
    number: bool
    deadline: bool
    vague: bool
    why: str
    url: str
    text: str

    @property
    def part(self) -> str:
        """The part of the split this goal belongs to."""
        return part_of(self.url)


def read_rows(path: Path = GOALS) -> list[Row]:
    """Read the TSV as ``goals-dev.md`` describes it (tab-split, no quoting)."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            if not line.strip():
                continue
            values = dict(zip(header, line.rstrip("\n").split("\t"), strict=True))
            rows.append(
                Row(
                    id=values["id"],
                    lang=values["lang"],
                    number=values["number"] == "1",
                    deadline=values["deadline"] == "1",
                    vague=values["vague"] == "1",
                    why=values["why"],
                    url=values["source_url"],
                    text=values["text"],
                )
            )
    return rows


@dataclass
class Verdict:
    """What smartlint said of one goal."""

    rules: frozenset[str]
    rewrite: str | None

    def fires(self, check: str) -> bool:
        """Whether the check a label answers fired."""
        if check == "vague":
            return any(rule.startswith("vague-") for rule in self.rules)
        return f"missing-{check}" in self.rules


def lint_rows(rows: list[Row]) -> dict[str, Verdict]:
    """Lint each goal as one line of a text file in its language; verdicts by id."""
    from smartlint.config import Config
    from smartlint.linter import Options, lint_bytes

    verdicts: dict[str, Verdict] = {}
    for lang in ("sv", "en"):
        chosen = [row for row in rows if row.lang == lang]
        if not chosen:
            continue
        document = "".join(row.text.replace("\n", " ") + "\n" for row in chosen)
        result = lint_bytes(
            "goals.txt", document.encode("utf-8"), Config(), Options(today=TODAY, lang=lang)
        )
        by_line = {goal.span.line: goal for goal in result.goals}
        for number, row in enumerate(chosen, start=1):
            goal = by_line.get(number)
            if goal is None:
                verdicts[row.id] = Verdict(frozenset(), None)
                continue
            rewrite = next((f.suggestion for f in goal.findings if f.suggestion), None)
            verdicts[row.id] = Verdict(frozenset(f.rule for f in goal.findings), rewrite)
    return verdicts


@dataclass
class Score:
    """Counts for one check in one language; a positive is "the check fires"."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of firings that were right (1.0 when it never fired)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of goals it should fire on where it fired."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def should_fire(row: Row, check: str) -> bool:
    """The label turned into "this check must fire"."""
    if check == "vague":
        return row.vague
    return not getattr(row, check)


def score(rows: Iterable[Row], verdicts: dict[str, Verdict]) -> dict[tuple[str, str], Score]:
    """Scores by (language, check)."""
    scores: dict[tuple[str, str], Score] = {}
    for row in rows:
        verdict = verdicts[row.id]
        for check in CHECKS:
            cell = scores.setdefault((row.lang, check), Score())
            expected, fired = should_fire(row, check), verdict.fires(check)
            count(cell, expected, fired, f"{row.id} {row.text}  [{row.why}]")
    return scores


def count(score: Score, expected: bool, got: bool, error: str) -> None:
    """Count one case in ``score``; a disagreement is kept, marked FP or FN, with ``error``."""
    if expected and got:
        score.tp += 1
    elif got:
        score.fp += 1
        score.errors.append(f"FP {error}")
    elif expected:
        score.fn += 1
        score.errors.append(f"FN {error}")
    else:
        score.tn += 1


NAMES = {"goals": "goals", "number": "missing-number", "deadline": "missing-deadline"}


def table(scores: dict[tuple[str, str], Score], measures: tuple[str, ...] = CHECKS) -> str:
    """The Markdown table of precision and recall per language and check."""
    names = [NAMES.get(m, f"{m}-*") for m in measures]
    lines = [
        "| lang | " + " | ".join(f"{name} P / R" for name in names) + " |",
        "|---" * (len(measures) + 1) + "|",
    ]
    for lang in ("en", "sv"):
        cells = []
        for check in measures:
            cell = scores.get((lang, check))
            cells.append(f"{cell.precision:.2f} / {cell.recall:.2f}" if cell else "—")
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the table for the chosen part; with ``--errors`` every disagreement too."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--lang", choices=("sv", "en"))
    parser.add_argument("--check", choices=CHECKS)
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    parser.add_argument(
        "--data", type=Path, default=GOALS, help="another file in the same format (all of it)"
    )
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data} (set SMARTLINT_DATA to the folder of goals-dev.tsv)")
        return 2
    whole = args.data != GOALS
    rows = [
        row
        for row in read_rows(args.data)
        if (whole or args.part == "all" or row.part == args.part) and args.lang in (None, row.lang)
    ]
    scores = score(rows, lint_rows(rows))
    counts = {lang: sum(row.lang == lang for row in rows) for lang in ("en", "sv")}
    name = args.data.name + ("" if whole else f", part {args.part}")
    print(f"{name}: {counts['en']} en, {counts['sv']} sv goals")
    print(table(scores))
    if args.errors:
        for (lang, check), cell in sorted(scores.items()):
            if args.check in (None, check) and cell.errors:
                print(f"\n## {lang} {check}: {cell.fp} FP, {cell.fn} FN")
                print("\n".join(cell.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
