"""Summarise the hand-judged rewrites in ``benchmarks/judged/``.

Each ``*.tsv`` file there holds one judging round: one line per judged
rewrite with the goal's id in its set (``END-``/``SVD-``: the test part of
``../shared/data/goals-dev.tsv``; ``ENY-``/``SVY-`` and ``ENZ-``/``SVZ-``:
held-out sets kept outside the repository, each collected after the tuning
it measures; ``ENG-``/``SVG-``: a fresh set of 345 real goals collected by a
helper for the ninth round and read by no one before it was judged; later
rounds use one letter per fresh set, e.g. ``ENJ-``/``SVJ-`` for set J of
round 15), the version
that wrote it (``old``: the code before the round's work, ``new``: after,
``both`` when the two wrote the same text; the README names each round's
commits — cd67db2 before the rewrites were rebuilt on the goal's analysis
for the first three rounds, 8a949be for the pooled fourth),
the verdict (``good``, ``acceptable``, ``bad``) and the rubric letters it
failed.  Neither the goals nor the rewrites are stored: they hold text we did
not write.  ``python benchmarks/judged.py`` prints the table in the README.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

JUDGED = Path(__file__).resolve().parent / "judged"
VERDICTS = ("good", "acceptable", "bad")
VERSIONS = ("old", "new")


def read_round(path: Path) -> dict[tuple[str, str], Counter[str]]:
    """The verdict counts of one round, by (language, version)."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            verdict = row["verdict"]
            if verdict not in VERDICTS or row["version"] not in (*VERSIONS, "both"):
                raise ValueError(f"{path.name}: bad row {row}")
            lang = "sv" if row["id"].startswith("SV") else "en"
            versions = VERSIONS if row["version"] == "both" else (row["version"],)
            for version in versions:
                counts.setdefault((lang, version), Counter())[verdict] += 1
    return counts


def table(path: Path) -> list[str]:
    """The README table of one round: counts and shares per language and version."""
    counts = read_round(path)
    lines = [
        "| lang | version | judged | good | acceptable | bad | good or acceptable | bad share |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for lang in ("en", "sv"):
        for version in VERSIONS:
            c = counts.get((lang, version), Counter())
            n = sum(c.values())
            if not n:
                continue
            ok = c["good"] + c["acceptable"]
            lines.append(
                f"| {lang} | {version} | {n} | {c['good']} | {c['acceptable']} | {c['bad']} "
                f"| {ok / n:.0%} | {c['bad'] / n:.0%} |"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the table of every round (or of the named one)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round", nargs="?", help="a file name in benchmarks/judged/")
    args = parser.parse_args(argv)
    paths = [JUDGED / args.round] if args.round else sorted(JUDGED.glob("*.tsv"))
    for path in paths:
        print(f"{path.name}\n" + "\n".join(table(path)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
