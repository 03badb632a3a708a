"""Machine description, target checks and the Markdown tables of a benchmark run.

The functions here only read a results dictionary (the one written to
``results.json``), so they can be tested with made-up numbers.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from pathlib import Path
from typing import Any

Results = dict[str, Any]
ROOT = Path(__file__).resolve().parent.parent

# The issues' targets.
COLD_VS_FLOOR = 1.3
PRECOMMIT_VS_COLD = 2.0
SPEED_VS_PROSELINT = 2.5
GOALS_PER_CORE = 20_000
LSP_MS = {300: 50.0, 3_000: 300.0}
RSS_MB = 250.0


def _first_line(path: str, prefix: str) -> str | None:
    """Return the value of the first ``prefix: value`` line in ``path``, if any."""
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(prefix):
                    return line.partition(":")[2].strip()
    except OSError:
        pass
    return None


def _git_commit() -> str:
    """The checked-out commit, with ``+dirty`` when the work tree has changes."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return (commit or "unknown") + ("+dirty" if dirty else "")


def machine_info(smartlint: dict[str, Any]) -> dict[str, Any]:
    """Describe the machine and software, for comparing runs across commits."""
    ram_kb = _first_line("/proc/meminfo", "MemTotal")
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": _first_line("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "arch": platform.machine(),
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "ram_gb": round(int(ram_kb.split()[0]) / 1024**2, 1) if ram_kb else None,
        "load_average_at_start": list(os.getloadavg()),
        "os": platform.platform(),
        "python": platform.python_version(),
        "commit": _git_commit(),
        **smartlint,
    }


def machine_line(machine: dict[str, Any]) -> str:
    """One sentence naming the date, machine and software versions."""
    return (
        f"Measured {machine['date'][:10]} on {machine['cpu']} ({machine['arch']}), "
        f"{machine['cores']} cores, {machine['ram_gb']} GB RAM; Python {machine['python']}, "
        f"spaCy {machine['spacy']}, smartlint {machine['smartlint']} "
        f"(commit {machine['commit']})."
    )


def _seconds(value: float) -> str:
    return f"{value:.2f} s"


def _mb(value: float) -> str:
    return f"{value:.0f} MB"


def _rate(value: float | None) -> str:
    return f"{value:,.0f}" if value else ""


def _ratio(value: float | None) -> str:
    return f"{value:.2f}x" if value else ""


def _ms(value: float) -> str:
    return f"{value:.0f} ms"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render_startup(rows: list[dict[str, Any]]) -> list[str]:
    header = ["case", "wall time", "peak RSS", "ratio"]
    return table(
        header,
        [
            [
                row["case"],
                _seconds(row["seconds"]),
                _mb(row["mb"]),
                f"{_ratio(row['ratio'])} {row['ratio_to']}" if row.get("ratio") else "",
            ]
            for row in rows
        ],
    )


def render_throughput(rows: list[dict[str, Any]]) -> list[str]:
    header = [
        "case",
        "wall time",
        "peak RSS",
        "goals/s (incl. start)",
        "goals/s (once loaded)",
        "workers",
        "goals/s per core (once loaded)",
    ]
    return table(
        header,
        [
            [
                row["case"],
                _seconds(row["seconds"]),
                _mb(row["mb"]),
                _rate(row["goals_per_second"]),
                _rate(row["goals_per_second_loaded"]),
                str(row["workers"]),
                _rate(row["loaded_per_core"]),
            ]
            for row in rows
        ],
    )


def render_peers(peers: dict[str, Any]) -> list[str]:
    header = ["tool", "version", "wall time", "goals/s", "peak RSS", "speed vs proselint", "note"]
    lines = table(
        header,
        [
            [
                row["tool"],
                row["version"],
                _seconds(row["seconds"]),
                _rate(row["goals_per_second"]),
                _mb(row["mb"]),
                _ratio(row["speed_vs_proselint"]),
                row["note"],
            ]
            for row in peers["rows"]
        ],
    )
    return lines + [f"\n{line}" for line in peers["missing"]]


def render_lsp(lsp: dict[str, Any]) -> list[str]:
    header = [
        "document",
        "lines",
        "repeats",
        "median",
        "max",
        "server peak RSS",
    ]
    return table(
        header,
        [
            [
                row["document"],
                f"{row['lines']:,}",
                str(row["repeats"]),
                _ms(row["median_ms"]),
                _ms(row["max_ms"]),
                _mb(row["server_mb"]),
            ]
            for row in lsp["rows"]
        ],
    )


def render_targets(targets: list[dict[str, Any]]) -> list[str]:
    rows = [[t["target"], t["measured"], "met" if t["met"] else "**missed**"] for t in targets]
    return table(["target", "measured", ""], rows)


def render(results: Results) -> str:
    """The whole Markdown report: machine line, one table per section, targets."""
    runs = results["runs"]
    peers, lsp = results["peers"], results["lsp"]
    parts = [
        machine_line(results["machine"]),
        f"{results['mode'].capitalize()} run; every time is the median of repeated fresh "
        "processes, every peak RSS the largest max RSS of one process over the repeats "
        f"(forked workers share pages and are not summed; no figure can be below the "
        f"benchmark's own {results['harness_mb']:.0f} MB).",
        "",
        f"**Start-up and pre-commit** (median of {runs['startup']} runs, measured alternately)",
        "",
        *render_startup(results["startup"]),
        "",
        f"**Throughput** (median of {runs['throughput']} runs; 'once loaded' subtracts "
        "the cold start, blank when too close to it to tell)",
        "",
        *render_throughput(results["throughput"]),
        "",
        f"**Peers on the same {peers['goals']:,} English goals** (median of {runs['peers']} "
        "runs, measured alternately; speed = proselint's time / the tool's time)",
        "",
        *render_peers(peers),
        "",
        "**Editor latency** (`smartlint lsp`, warm server, full-text didChange of one goal "
        "until its publishDiagnostics)",
        "",
        *render_lsp(lsp),
        "",
        "**Targets**",
        "",
        *render_targets(results["targets"]),
    ]
    return "\n".join(parts) + "\n"


def _target(name: str, measured: str, met: bool) -> dict[str, Any]:
    return {"target": name, "measured": measured, "met": met}


def targets(results: Results) -> list[dict[str, Any]]:
    """Check the issues' targets against ``results``; missing sections are skipped."""
    checks = []
    startup = {row["key"]: row for row in results["startup"]}
    if "cold" in startup:
        ratio = startup["cold"]["ratio"]
        checks.append(
            _target(f"cold start <= {COLD_VS_FLOOR}x floor", _ratio(ratio), ratio <= COLD_VS_FLOOR)
        )
    if "precommit" in startup:
        ratio = startup["precommit"]["ratio"]
        checks.append(
            _target(
                f"50 files <= {PRECOMMIT_VS_COLD:.0f}x one cold run",
                _ratio(ratio),
                ratio <= PRECOMMIT_VS_COLD,
            )
        )
    smartlint = next((r for r in results["peers"]["rows"] if r["tool"] == "smartlint"), None)
    if smartlint and smartlint["speed_vs_proselint"]:
        speed = smartlint["speed_vs_proselint"]
        checks.append(
            _target(
                f">= {SPEED_VS_PROSELINT}x proselint on {results['peers']['goals']:,} goals",
                _ratio(speed),
                speed >= SPEED_VS_PROSELINT,
            )
        )
    rated = [r for r in results["throughput"] if r["loaded_per_core"]]
    big = [r for r in rated if r["goals"] >= 20_000] or rated
    if big:
        slowest = min(big, key=lambda r: r["loaded_per_core"])
        checks.append(
            _target(
                f">= {GOALS_PER_CORE:,} goals/s per core once loaded",
                f"{_rate(slowest['loaded_per_core'])} (slowest: {slowest['case']})",
                slowest["loaded_per_core"] >= GOALS_PER_CORE,
            )
        )
    for row in results["lsp"]["rows"]:
        limit = LSP_MS.get(row["lines"])
        if limit:
            checks.append(
                _target(
                    f"LSP {row['document']} <= {limit:.0f} ms (median)",
                    _ms(row["median_ms"]),
                    row["median_ms"] <= limit,
                )
            )
    ours = [r for r in results["startup"] if r["key"] != "floor"] + results["throughput"]
    peaks = [(r["mb"], r["case"]) for r in ours]
    peaks += [(r["server_mb"], f"LSP {r['document']}") for r in results["lsp"]["rows"]]
    peaks += [
        (r["mb"], r["tool"]) for r in results["peers"]["rows"] if r["tool"].startswith("smartlint")
    ]
    if peaks:
        mb, case = max(peaks)
        checks.append(
            _target(
                f"smartlint peak RSS < {RSS_MB:.0f} MB everywhere",
                f"{_mb(mb)} ({case})",
                mb < RSS_MB,
            )
        )
    return checks
