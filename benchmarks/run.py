"""Benchmarks: start-up, throughput, peers, editor latency and pre-commit scale.

Run ``python benchmarks/run.py`` (``--quick`` for a short run of small sizes,
well under a minute; ``--peers DIR`` where proselint or write-good are
installed).  One run measures:

- cold start on a one-goal file against the floor ``import spacy;
  spacy.blank('sv')``, and ``smartlint check`` on 50 goal files (the
  pre-commit case) against that cold start;
- throughput on 2,000 to 200,000 goals per language;
- proselint and write-good beside smartlint on the same English goals;
- Language Server latency from ``didChange`` to ``publishDiagnostics``.

Every time is the median of repeated fresh processes, every memory figure the
peak RSS of the process (see ``procs``).  Inputs are generated
deterministically from the corpus, so runs on different commits compare.
Writes ``benchmarks/out/results.md`` and ``results.json`` (``results-quick.*``
for ``--quick``), and a copy of the JSON per run under ``benchmarks/out/runs/``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import inputs
import peers
import report
from lspclient import Client
from procs import Command, Measurement, harness_mb, measure

FLOOR = "import spacy; spacy.blank('sv')"
TODAY = "2026-11-26"
# Below this much time beyond the cold start, 'once loaded' rates are noise: left blank.
MIN_WORK_SECONDS = 0.2
# Asked of a child process, so that this one never loads spaCy (see procs).
INFO_SCRIPT = """
import json, importlib.metadata as meta
from smartlint import __version__
from smartlint.linter import PARALLEL_MIN_GOALS
from smartlint.parallel import worker_count
print(json.dumps({"smartlint": __version__, "spacy": meta.version("spacy"),
    "workers": worker_count(), "parallel_min_goals": PARALLEL_MIN_GOALS}))
"""


@dataclass(frozen=True)
class Settings:
    """How much to measure: repeats and sizes for a full or a quick run."""

    mode: str
    startup_runs: int
    throughput_runs: int
    sizes: tuple[int, ...]
    peer_runs: int
    peer_goals: int
    lsp_documents: tuple[tuple[str, int], ...]
    lsp_repeats: int
    peer_timeout: float


FULL = Settings(
    mode="full",
    startup_runs=9,
    throughput_runs=3,
    sizes=(2_000, 20_000, 200_000),
    peer_runs=5,
    peer_goals=27_600,
    lsp_documents=(("sv", 300), ("sv", 3_000), ("en", 300), ("en", 3_000)),
    lsp_repeats=11,
    peer_timeout=600.0,
)
QUICK = Settings(
    mode="quick",
    startup_runs=3,
    throughput_runs=2,
    sizes=(2_000,),
    peer_runs=2,
    peer_goals=2_000,
    lsp_documents=(("sv", 300), ("sv", 3_000)),
    lsp_repeats=3,
    peer_timeout=60.0,
)


def progress(message: str) -> None:
    """Say what is being measured (on stderr, so stdout holds only the report)."""
    print(message, file=sys.stderr, flush=True)


def smartlint_check(*args: str) -> list[str]:
    """The ``smartlint check`` command line, fixed date, exit 0 despite findings."""
    return [sys.executable, "-m", "smartlint", "check", "--today", TODAY, "--exit-zero", *args]


def smartlint_info() -> dict[str, Any]:
    """Versions and parallelism settings, from a child process."""
    done = subprocess.run(
        [sys.executable, "-c", INFO_SCRIPT], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def _row(key: str, case: str, measurement: Measurement, **extra: Any) -> dict[str, Any]:
    """A result row: the summary numbers, extra columns, and every sample."""
    return {
        "key": key,
        "case": case,
        "seconds": measurement.seconds,
        "mb": measurement.mb,
        **extra,
        "measurement": measurement.to_dict(),
    }


def bench_startup(runs: int) -> list[dict[str, Any]]:
    """The spaCy floor, a cold one-goal check, and 50 files as a pre-commit hook passes them."""
    files = inputs.precommit_files()
    goals = sum(len(p.read_text(encoding="utf-8").splitlines()) - 2 for p in files)
    found = measure(
        {
            "floor": Command([sys.executable, "-c", FLOOR]),
            "cold": Command(smartlint_check(str(inputs.one_goal_file()))),
            "precommit": Command(smartlint_check(*map(str, files))),
        },
        runs,
    )
    floor, cold = found["floor"].seconds, found["cold"].seconds
    return [
        _row("floor", f"floor: {FLOOR}", found["floor"], ratio=None, ratio_to=""),
        _row(
            "cold",
            "cold start: check one goal",
            found["cold"],
            ratio=cold / floor,
            ratio_to="of floor",
        ),
        _row(
            "precommit",
            f"pre-commit: check {len(files)} files, {goals:,} goals",
            found["precommit"],
            ratio=found["precommit"].seconds / cold,
            ratio_to="of cold start",
        ),
    ]


def bench_throughput(settings: Settings, cold: float, info: dict[str, Any]) -> list[dict[str, Any]]:
    """One large file per language and size; 'once loaded' subtracts the cold start."""
    rows = []
    for lang in ("sv", "en"):
        for size in settings.sizes:
            path = inputs.goal_file(lang, size)
            progress(f"throughput: {size:,} goals ({lang})")
            command = Command(smartlint_check("--lang", lang, "--format", "concise", str(path)))
            found = measure({"run": command}, settings.throughput_runs)["run"]
            workers = info["workers"] if size >= info["parallel_min_goals"] else 1
            work = found.seconds - cold
            loaded = size / work if work >= MIN_WORK_SECONDS else None
            rows.append(
                _row(
                    f"{lang}-{size}",
                    f"{size:,} goals ({lang})",
                    found,
                    lang=lang,
                    goals=size,
                    workers=workers,
                    goals_per_second=size / found.seconds,
                    goals_per_second_loaded=loaded,
                    loaded_per_core=loaded / workers if loaded else None,
                )
            )
    return rows


def bench_peers(settings: Settings, folders: list[Path], info: dict[str, Any]) -> dict[str, Any]:
    """smartlint, proselint and write-good on the same English file, alternately."""
    path = inputs.goal_file("en", settings.peer_goals)
    argv = smartlint_check("--lang", "en", "--format", "concise", str(path))
    commands = {"smartlint": Command(argv)}
    if info["workers"] > 1 and settings.peer_goals >= info["parallel_min_goals"]:
        commands["smartlint (1 worker)"] = Command(argv, env={"SMARTLINT_WORKERS": "1"})
    versions = dict.fromkeys(commands, info["smartlint"])
    notes = dict.fromkeys(commands, "")
    missing = []
    for peer in peers.PEERS:
        found = peers.find(peer, folders)
        if isinstance(found, str):
            print(found, flush=True)
            missing.append(found)
            continue
        progress(f"peers: trying {peer.name} {found.version} on {path.name}")
        fed = peers.input_argv(found, path, settings.peer_timeout)
        if isinstance(fed, str):
            print(fed, flush=True)
            missing.append(fed)
            continue
        commands[peer.name] = Command(fed[0], must_succeed=False)
        versions[peer.name], notes[peer.name] = found.version, fed[1]
    progress(f"peers: {', '.join(commands)} x {settings.peer_runs}")
    found_all = measure(commands, settings.peer_runs)
    proselint = found_all.get("proselint")
    rows = [
        _row(
            name,
            name,
            m,
            tool=name,
            version=versions[name],
            note=notes[name],
            goals_per_second=settings.peer_goals / m.seconds,
            speed_vs_proselint=proselint.seconds / m.seconds if proselint else None,
        )
        for name, m in found_all.items()
    ]
    return {"goals": settings.peer_goals, "file": path.name, "rows": rows, "missing": missing}


def _edited(lines: list[str], lang: str, version: int) -> str:
    """The document with one goal replaced by another corpus goal (varies by version)."""
    goal_rows = [i for i, line in enumerate(lines) if line.startswith("- ")]
    texts = inputs.corpus_goals(lang)
    edited = list(lines)
    edited[goal_rows[(version * 37) % len(goal_rows)]] = f"- {texts[version % len(texts)]}"
    return "\n".join(edited) + "\n"


def lsp_latency(lang: str, count: int, repeats: int) -> tuple[list[float], float]:
    """Seconds from didChange to its diagnostics, ``repeats`` times; and the server's RSS.

    The server is warmed first: the document is opened and linted, and one
    change is made and waited for, untimed.
    """
    lines = inputs.markdown_lines(lang, count)
    path = inputs.OUT / f"lsp-{lang}-{count}.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    uri = path.as_uri()
    client = Client([sys.executable, "-m", "smartlint", "lsp"])
    samples = []
    try:
        client.initialize()
        client.open(uri, path.read_text(encoding="utf-8"))
        client.diagnostics_arrival(uri, 1)
        for version in range(2, repeats + 3):
            sent = client.change(uri, version, _edited(lines, lang, version))
            arrived = client.diagnostics_arrival(uri, version)
            if version > 2:
                samples.append(arrived - sent)
    finally:
        server_mb = client.close()
    return samples, server_mb


def bench_lsp(settings: Settings) -> dict[str, Any]:
    """Editor latency per document: from a didChange to its diagnostics."""
    rows = []
    for lang, count in settings.lsp_documents:
        progress(f"lsp: {count:,} lines ({lang}) x {settings.lsp_repeats}")
        samples, server_mb = lsp_latency(lang, count, settings.lsp_repeats)
        ms = [s * 1000 for s in samples]
        rows.append(
            {
                "document": f"{count:,} lines ({lang})",
                "lang": lang,
                "lines": count,
                "repeats": len(ms),
                "median_ms": statistics.median(ms),
                "max_ms": max(ms),
                "server_mb": server_mb,
                "samples_ms": ms,
            }
        )
    return {"rows": rows}


def write(results: dict[str, Any], markdown: str) -> None:
    """Write the Markdown and JSON results, plus a per-run copy of the JSON."""
    stem = "results" if results["mode"] == "full" else "results-quick"
    inputs.OUT.mkdir(parents=True, exist_ok=True)
    (inputs.OUT / f"{stem}.md").write_text(markdown, encoding="utf-8")
    text = json.dumps(results, indent=2)
    (inputs.OUT / f"{stem}.json").write_text(text, encoding="utf-8")
    machine = results["machine"]
    runs = inputs.OUT / "runs"
    runs.mkdir(exist_ok=True)
    name = f"{machine['date'][:19].replace(':', '')}-{machine['commit']}-{results['mode']}.json"
    (runs / name).write_text(text, encoding="utf-8")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="few runs, small sizes")
    parser.add_argument(
        "--peers",
        action="append",
        type=Path,
        default=[
            Path(p) for p in os.environ.get("SMARTLINT_BENCH_PEERS", "").split(os.pathsep) if p
        ],
        metavar="DIR",
        help="where proselint / write-good are installed (repeatable; also $SMARTLINT_BENCH_PEERS)",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    started = time.perf_counter()
    settings = QUICK if args.quick else FULL
    info = smartlint_info()
    machine = report.machine_info(info)
    progress(f"start-up and pre-commit x {settings.startup_runs}")
    startup = bench_startup(settings.startup_runs)
    peer_results = bench_peers(settings, args.peers, info)
    throughput = bench_throughput(settings, startup[1]["seconds"], info)
    lsp = bench_lsp(settings)
    results: dict[str, Any] = {
        "mode": settings.mode,
        "machine": machine,
        "runs": {
            "startup": settings.startup_runs,
            "throughput": settings.throughput_runs,
            "peers": settings.peer_runs,
            "lsp": settings.lsp_repeats,
        },
        "startup": startup,
        "throughput": throughput,
        "peers": peer_results,
        "lsp": lsp,
    }
    results["targets"] = report.targets(results)
    results["harness_mb"] = harness_mb()
    results["wall_seconds"] = time.perf_counter() - started
    markdown = report.render(results)
    write(results, markdown)
    print(markdown)
    print(f"({settings.mode} run took {results['wall_seconds']:.0f} s)")


if __name__ == "__main__":
    main()
