"""Deterministic benchmark inputs, generated from the annotated corpus.

The corpus mixes SMART goals with vague ones, so every input has a realistic
share of findings.  Files are written under ``benchmarks/out/`` and reused
when they already exist (their content depends only on the corpus and the
arguments).  Goals are written one at a time so that the benchmark process
itself stays small: Linux counts the parent's peak memory into each child's
max RSS (see ``procs``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
ONE_GOAL = "Marknadsföring kommer att få in fler kunder i år.\n"
HEADING = {"sv": "Område", "en": "Area"}


@cache
def corpus_goals(lang: str) -> tuple[str, ...]:
    """Return the goal texts of the annotated corpus for ``lang``."""
    with (ROOT / "corpus" / f"{lang}.yaml").open(encoding="utf-8") as handle:
        return tuple(item["text"] for item in yaml.safe_load(handle)["goals"])


# Owners put in front of a corpus goal after its first use, "Kundtjänst Luleå: ...":
# every pair is a different goal, so no input repeats a goal word for word (a
# linter that remembered verdicts would otherwise be measured on a few hundred goals).
UNITS = {
    "sv": (
        "Kundtjänst,Ekonomi,HR,Försäljning,Marknad,Inköp,Lager,IT,Skolförvaltningen,"
        "Socialtjänsten,Miljöförvaltningen,Fastighet,Kommunikation,Produktion,Kvalitet,"
        "Logistik,Juridik,Support,Ledningsgruppen,Hemtjänsten"
    ).split(","),
    "en": (
        "Customer Service,Finance,HR,Sales,Marketing,Purchasing,Warehouse,IT,Education,"
        "Social Services,Environment,Facilities,Communications,Production,Quality,Logistics,"
        "Legal,Support,Leadership,Home Care"
    ).split(","),
}
PLACES = (
    "Luleå,Umeå,Malmö,Lund,Gävle,Borås,Kiruna,Visby,Falun,Växjö,Leeds,York,Bristol,Cork,"
    "Perth,Dover,Bergen,Tromsø,Aarhus,Oulu,Tartu,Riga,Gdańsk,Kiel,Lille,Ghent,Turku,Odense,"
    "Narvik,Kalmar,Ystad,Sundsvall,Östersund,Karlstad,Halmstad"
).split(",")


def goals(lang: str, count: int, offset: int = 0) -> Iterator[str]:
    """Yield ``count`` distinct goals, cycling the corpus.

    The first pass is the corpus as written; each later pass puts another
    owner in front of every goal.  Up to 700 passes (over 200,000 goals) no
    goal repeats another, unless the corpus itself repeats one.
    """
    texts = corpus_goals(lang)
    units = UNITS[lang]
    for i in range(offset, offset + count):
        text = texts[i % len(texts)]
        cycle = i // len(texts)
        if cycle:
            owner = f"{units[cycle % len(units)]} {PLACES[cycle // len(units) % len(PLACES)]}"
            text = f"{owner}: {text}"
        yield text


def _write_lines(path: Path, lines: Iterator[str]) -> Path:
    """Write ``lines`` to ``path`` (one per line) unless it already exists."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(path.suffix + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + "\n")
        partial.replace(path)
    return path


def goal_file(lang: str, count: int) -> Path:
    """Return a plain-text file of ``count`` goals in ``lang``, one per line."""
    return _write_lines(OUT / f"goals-{lang}-{count}.txt", goals(lang, count))


def one_goal_file() -> Path:
    """Return a file holding a single (vague) Swedish goal: the cold-start input."""
    path = OUT / "one-goal.txt"
    OUT.mkdir(parents=True, exist_ok=True)
    path.write_text(ONE_GOAL, encoding="utf-8")
    return path


def split_file(path: Path, per_file: int) -> list[Path]:
    """Split ``path`` into numbered files of at most ``per_file`` lines each."""
    lines = path.read_text(encoding="utf-8").splitlines()
    parts = []
    for number, start in enumerate(range(0, len(lines), per_file), 1):
        part = path.with_name(f"{path.stem}.part{number:03d}{path.suffix}")
        parts.append(_write_lines(part, iter(lines[start : start + per_file])))
    return parts


def markdown_lines(lang: str, count: int, offset: int = 0) -> list[str]:
    """Return ``count`` lines of a Markdown goal document: headings, blanks, bullets.

    After the title, every twelve lines hold a heading, a blank line and ten
    goals.
    """
    lines = [f"# {'Mål' if lang == 'sv' else 'Goals'} 2027"]
    texts = goals(lang, count, offset)
    while len(lines) < count:
        block = len(lines) // 12 + 1
        position = len(lines) % 12
        if position == 1:
            lines.append(f"## {HEADING[lang]} {block}")
        elif position == 2:
            lines.append("")
        else:
            lines.append(f"- {next(texts)}")
    return lines


def precommit_files(count: int = 50, per_file: int = 20) -> list[Path]:
    """Return ``count`` Markdown files of ``per_file`` goals, alternately sv and en."""
    folder = OUT / f"precommit-{count}x{per_file}"
    paths = []
    for number in range(count):
        lang = "sv" if number % 2 == 0 else "en"
        bullets = (f"- {goal}" for goal in goals(lang, per_file, offset=number * per_file))
        lines = iter([f"# {HEADING[lang]} {number + 1}", "", *bullets])
        paths.append(_write_lines(folder / f"goals-{number:02d}.md", lines))
    return paths
