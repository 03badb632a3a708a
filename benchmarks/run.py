"""Benchmarks: cold start against the spaCy floor, and throughput on large files.

Run ``python benchmarks/run.py`` (``--quick`` for a short run).  Every
measurement is a fresh process, repeated, and the median is reported with the
peak memory (max RSS) of that process.  Inputs are generated
deterministically from the corpus, so runs on different commits compare.
Writes ``benchmarks/out/results.md`` and ``results.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
FLOOR = "import spacy; spacy.blank('sv')"


def measure(command: list[str], runs: int) -> tuple[float, float]:
    """Return the median wall time (s) and the largest max RSS (MB) of ``command``."""
    times, peaks = zip(*(_once(command) for _ in range(runs)), strict=True)
    return statistics.median(times), max(peaks)


def measure_pair(first: list[str], second: list[str], runs: int) -> list[tuple[float, float]]:
    """Measure two commands alternately, so that both see the same machine load."""
    samples: list[list[tuple[float, float]]] = [[], []]
    for _ in range(runs):
        samples[0].append(_once(first))
        samples[1].append(_once(second))
    return [(statistics.median(t for t, _ in s), max(m for _, m in s)) for s in samples]


def _once(command: list[str]) -> tuple[float, float]:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def goal_file(lang: str, count: int) -> Path:
    """Write ``count`` goals in ``lang``, cycling the corpus with varied numbers."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"goals-{lang}-{count}.txt"
    if path.exists():
        return path
    with (ROOT / "corpus" / f"{lang}.yaml").open(encoding="utf-8") as handle:
        goals = [item["text"] for item in yaml.safe_load(handle)["goals"]]
    lines = []
    for i in range(count):
        text = goals[i % len(goals)]
        lines.append(text if i < len(goals) else text.replace("20", str(10 + i % 80), 1))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def smartlint(*args: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "smartlint",
        "check",
        "--today",
        "2026-11-26",
        "--exit-zero",
        *args,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller files")
    args = parser.parse_args()
    runs = 3 if args.quick else 7
    sizes = (2_000,) if args.quick else (2_000, 20_000, 200_000)
    rows: list[dict[str, object]] = []

    one = OUT / "one-goal.txt"
    OUT.mkdir(parents=True, exist_ok=True)
    one.write_text("Marknadsföring kommer att få in fler kunder i år.\n", encoding="utf-8")
    (floor_time, floor_mem), (cold, cold_mem) = measure_pair(
        [sys.executable, "-c", FLOOR], smartlint(str(one)), runs * 2
    )
    rows.append(
        {"case": "floor: import spacy; spacy.blank('sv')", "seconds": floor_time, "mb": floor_mem}
    )
    rows.append(
        {
            "case": "cold start: check one goal",
            "seconds": cold,
            "mb": cold_mem,
            "ratio_to_floor": cold / floor_time,
        }
    )
    for lang in ("sv", "en"):
        for size in sizes:
            path = goal_file(lang, size)
            seconds, mb = measure(
                smartlint("--lang", lang, "--format", "concise", str(path)),
                1 if size >= 200_000 else max(1, runs // 2),
            )
            loaded = max(seconds - cold, 1e-9)
            rows.append(
                {
                    "case": f"{size:,} goals ({lang})",
                    "seconds": seconds,
                    "mb": mb,
                    "goals_per_second": size / seconds,
                    "goals_per_second_loaded": size / loaded,
                }
            )
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    table = render(rows, machine)
    print(table)
    (OUT / "results.md").write_text(table, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps({"machine": machine, "rows": rows}, indent=2))


def render(rows: list[dict[str, object]], machine: str) -> str:
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {machine} (median of repeated fresh runs).",
        "",
        "| case | wall time | peak RSS | goals/s (incl. start) | goals/s (once loaded) "
        "| vs floor |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        gps = row.get("goals_per_second")
        loaded = row.get("goals_per_second_loaded")
        ratio = row.get("ratio_to_floor")
        lines.append(
            f"| {row['case']} | {row['seconds']:.2f} s | {row['mb']:.0f} MB | "
            f"{f'{gps:,.0f}' if gps else ''} | {f'{loaded:,.0f}' if loaded else ''} | "
            f"{f'{ratio:.2f}x' if ratio else ''} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
