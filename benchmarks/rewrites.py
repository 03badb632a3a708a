"""Check the suggested rewrites of real goals by what a machine can check.

Run ``python -m benchmarks.rewrites`` (``--part dev|test|all``, ``--show``
to print every violation).  For every goal of ``../shared/data/goals-dev.tsv``
that gets a rewrite (``--docs``: of every goal of the labelled documents in
``../shared/data/docs-dev``, linted in its document), it checks:

- ``kept``: every number, name (a capitalised word inside the sentence) and
  link of the original is in the rewrite, except those of a time phrase the
  rewrite replaced;
- ``one-deadline``: the rewrite states no more deadlines than one, or than
  the original did;
- ``no-range-on-amount``: no "from <baseline> to <target>" where the goal
  already sized its change;
- ``no-vague-left``: no vague word of the original left beside its
  replacement (the filled-in rewrite has no vague-* or hedge finding);
- ``word-order``: no Swedish sentence starts with its finite verb;
- ``passes``: with its placeholders filled in, the rewrite gets no finding
  of missing-number, missing-deadline, vague-*, hedge or deadline-passed
  (a standing rule or a habit keeps its missing-deadline: LABELS.md counts
  neither a service window nor a cadence as a deadline; a passed deadline
  the goal had stays as written, so its deadline-passed stays too).

It prints the counts per check and language.  The hand-judged sample is in
``benchmarks/judged/``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.accuracy import GOALS, TODAY, Row, read_rows  # noqa: E402

CHECKS = ("kept", "one-deadline", "no-range-on-amount", "no-vague-left", "word-order", "passes")
FILLS = {
    "sv": {"<N>": "12", "<baseline>": "40", "<mål>": "60", "<ÅÅÅÅ-MM-DD>": "2027-12-31",
           "<ÅÅÅÅ/ÅÅ>": "2027/28", "<ÅÅÅÅ>": "2027", "<mått>": "andelen nöjda medlemmar",
           "<period>": "månad"},
    "en": {"<N>": "12", "<baseline>": "40", "<target>": "60", "<YYYY-MM-DD>": "2027-12-31",
           "<YYYY/YY>": "2027/28", "<YYYY>": "2027", "<metric>": "the share of satisfied members",
           "<period>": "month"},
}  # fmt: skip
SETTLED = ("missing-number", "missing-deadline", "deadline-passed", "hedge")
FINITE_FIRST = {"sv": re.compile(r"(?:^|[.!?]\s+)(ska|skall|kommer|bör|vill|måste|kan)\s+\w", re.I)}
RANGE = {"sv": "från <baseline> till <mål>", "en": "from <baseline> to <target>"}
URL = re.compile(r"https?://\S+")


@dataclass
class Checked:
    """One rewrite and the checks it fails."""

    row: Row
    rewrite: str
    kind: str
    failed: list[tuple[str, str]] = field(default_factory=list)


def lint(texts: list[str], lang: str) -> list:
    """Lint ``texts`` (one goal a line) in ``lang``; the goals in order (None for a gap)."""
    from smartlint.config import Config
    from smartlint.linter import Options, lint_bytes

    document = "".join(t.replace("\n", " ") + "\n" for t in texts)
    result = lint_bytes("goals.txt", document.encode("utf-8"), Config(), Options(TODAY, lang))
    by_line = {g.span.line: g for g in result.goals}
    return [by_line.get(n) for n in range(1, len(texts) + 1)]


def fill(text: str, lang: str) -> str:
    """The rewrite with each placeholder filled in as an author might."""
    for hole, value in FILLS[lang].items():
        text = text.replace(hole, value)
    return text


def check_language(rows: list[Row], lang: str) -> list[Checked]:
    """Rewrite the goals of ``lang`` and check each rewrite."""
    chosen = [r for r in rows if r.lang == lang]
    goals = lint([r.text for r in chosen], lang)
    done = [(r, g) for r, g in zip(chosen, goals, strict=True) if g is not None and g.rewrite]
    return check_rewrites(done, lang)


def document_goals(part: str) -> list[tuple[Row, object]]:
    """The goals of the labelled documents of ``part`` that get a rewrite, linted in place.

    Each goal is linted in its document, so what it inherits from a heading,
    a table column or a YAML field counts, as it does for a user.
    """
    from benchmarks.docs_accuracy import documents
    from smartlint.config import Config
    from smartlint.linter import Options, lint_bytes

    found = []
    for path in documents(part):
        result = lint_bytes(path.name, path.read_bytes(), Config(), Options(today=TODAY))
        for goal in result.goals:
            if goal.rewrite:
                goal_id = f"{path.stem}:{goal.span.line}"
                row = Row(goal_id, goal.lang, True, True, True, "", path.name, goal.text)
                found.append((row, goal))
    return found


def check_rewrites(done: list[tuple[Row, object]], lang: str) -> list[Checked]:
    """Check each rewrite of ``done`` (pairs of a goal's row and its linted goal)."""
    from smartlint.analysis import analyse
    from smartlint.nlp.pipeline import get_pipeline, parse
    from smartlint.rules.loader import load_rules

    filled = lint([fill(g.rewrite.text, lang) for _, g in done], lang)  # type: ignore[attr-defined]
    rules = load_rules(())
    nlp = get_pipeline(lang, rules)
    marks = {r.id: r.marks for r in rules.rules if r.marks}
    checked = []
    for (row, goal), after in zip(done, filled, strict=True):
        text = goal.rewrite.text
        item = Checked(row, text, goal.rewrite.kind)
        doc = parse(nlp, row.text)  # kept alive: the analysis's spans point into it
        before = analyse(doc, lang, marks)
        item.failed += _kept(row.text, text, before)
        item.failed += _deadlines(row.text, text, before, nlp, lang, marks)
        if RANGE[lang] in text and before.has_size and not before.vague_changes():
            item.failed.append(("no-range-on-amount", "a range added to a sized goal"))
        if lang in FINITE_FIRST and FINITE_FIRST[lang].search(text):
            item.failed.append(("word-order", "a sentence starts with its finite verb"))
        rules_after = {f.rule for f in after.findings} if after is not None else set()
        vague = {r for r in rules_after if r.startswith("vague-") or r == "hedge"}
        if vague:
            item.failed.append(("no-vague-left", ", ".join(sorted(vague))))
        expected = {"missing-deadline"} if goal.rewrite.kind in ("rule", "habit") else set()
        fired = {f.rule for f in goal.findings}
        # In a document a goal may take its deadline or target from around it: the
        # rewrite alone need not state what the goal did not lack where it stands.
        expected |= {r for r in ("missing-deadline", "missing-number") if r not in fired}
        expected |= {"deadline-passed"} & fired  # the author's passed year is kept
        left = {r for r in rules_after if r in SETTLED or r.startswith("vague-")} - expected
        if left:
            item.failed.append(("passes", ", ".join(sorted(left))))
        checked.append(item)
    return checked


def _kept(original: str, rewritten: str, before: object) -> list[tuple[str, str]]:
    """Numbers, names and links of the original missing from the rewrite."""
    replaced = {
        i
        for span in before.doc.spans.get("time", [])  # type: ignore[attr-defined]
        for i in range(span.start_char, span.end_char)
    }
    missing = []
    for match in re.finditer(r"\d[\d ,.]*\d|\d", original):
        if match.start() not in replaced and match.group() not in rewritten:
            missing.append(match.group())
    for match in re.finditer(r"(?<=[a-zåäö,] )[A-ZÅÄÖ][\w-]+", original):
        if match.start() not in replaced and match.group() not in rewritten:
            missing.append(match.group())
    missing += [url for url in URL.findall(original) if url not in rewritten]
    return [("kept", ", ".join(missing))] if missing else []


def _deadlines(original, rewritten, before, nlp, lang, marks) -> list[tuple[str, str]]:
    """More deadlines in the rewrite than one, or than the original had."""
    from smartlint.analysis import analyse
    from smartlint.nlp.pipeline import parse

    filled = fill(rewritten, lang)
    facts = analyse(parse(nlp, filled), lang, marks)  # the times as smartlint reads them
    after = [s for s in facts.deadlines if s.label_ == "deadline"]
    allowed = max(1, len(before.deadlines))
    if len(after) > allowed:
        return [("one-deadline", " | ".join(s.text for s in after))]
    return []


def main(argv: list[str] | None = None) -> int:
    """Print the counts per check and language; with ``--show`` every violation."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--show", action="store_true")
    parser.add_argument(
        "--docs", action="store_true", help="the labelled documents of docs-dev, not goals-dev"
    )
    args = parser.parse_args(argv)
    if not GOALS.exists():
        print(f"no data at {GOALS}")
        return 2
    rows = [r for r in read_rows() if args.part in ("all", r.part)]
    in_docs = document_goals(args.part) if args.docs else []
    print(f"{'docs-dev' if args.docs else 'goals-dev.tsv'}, part {args.part}")
    print("| lang | rewrites | " + " | ".join(CHECKS) + " |")
    print("|---|---|" + "---|" * len(CHECKS))
    shown = []
    for lang in ("en", "sv"):
        if args.docs:
            checked = check_rewrites([(r, g) for r, g in in_docs if r.lang == lang], lang)
        else:
            checked = check_language(rows, lang)
        counts = Counter(name for item in checked for name, _ in item.failed)
        print(f"| {lang} | {len(checked)} | " + " | ".join(str(counts[c]) for c in CHECKS) + " |")
        shown += [item for item in checked if item.failed]
    if args.show:
        for item in shown:
            print(f"\n{item.row.id} [{item.kind}] {item.row.text}\n  -> {item.rewrite}")
            for name, detail in item.failed:
                print(f"  ! {name}: {detail}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
