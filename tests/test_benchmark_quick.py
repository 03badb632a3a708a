"""The benchmark's report: tables and target checks from made-up results (nothing is timed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "benchmark_report", Path(__file__).resolve().parent.parent / "benchmarks" / "report.py"
)
assert _SPEC and _SPEC.loader
report = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(report)

MACHINE = {
    "date": "2026-11-27T10:00:00+01:00",
    "cpu": "Test CPU",
    "arch": "x86_64",
    "cores": 2,
    "ram_gb": 8.0,
    "python": "3.11.7",
    "spacy": "3.8.0",
    "smartlint": "0.1.0",
    "commit": "abc123",
}


def fake_results() -> dict:
    def row(key: str, seconds: float, mb: float, ratio: float | None = None) -> dict:
        return {
            "key": key,
            "case": key,
            "seconds": seconds,
            "mb": mb,
            "ratio": ratio,
            "ratio_to": "of floor" if ratio else "",
        }

    return {
        "mode": "quick",
        "machine": MACHINE,
        "harness_mb": 20.0,
        "runs": {"startup": 3, "throughput": 2, "peers": 2, "lsp": 3},
        "startup": [row("floor", 0.8, 95), row("cold", 1.0, 100, 1.25), row("precommit", 2.5, 120, 2.5)],
        "throughput": [
            {"key": "en-20000", "case": "20,000 goals (en)", "goals": 20_000, "seconds": 2.0,
             "mb": 300.0, "goals_per_second": 10_000, "goals_per_second_loaded": 20_000,
             "workers": 2, "loaded_per_core": 10_000},
        ],
        "peers": {
            "goals": 27_600,
            "rows": [
                {"tool": "smartlint", "version": "0.1.0", "seconds": 1.0, "mb": 150.0,
                 "goals_per_second": 27_600, "speed_vs_proselint": 3.0, "note": ""},
                {"tool": "proselint", "version": "0.16.0", "seconds": 3.0, "mb": 30.0,
                 "goals_per_second": 9_200, "speed_vs_proselint": 1.0, "note": "fed as 14 files"},
            ],
            "missing": ["write-good: not installed (npm install write-good)"],
        },
        "lsp": {
            "rows": [
                {"document": "300 lines (sv)", "lines": 300, "repeats": 3, "median_ms": 40.0,
                 "max_ms": 110.0, "server_mb": 120.0},
            ],
        },
    }  # fmt: skip


def table_rows(markdown: str, title: str) -> list[list[str]]:
    """The cells of the table that follows the line containing ``title``."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if title in line) + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return [rows[0], *rows[2:]]  # header, then the rows after the |---| line


def test_report_states_machine_and_date():
    markdown = report.render({**fake_results(), "targets": []})
    first = markdown.splitlines()[0]
    assert "2026-11-27" in first and "Test CPU" in first and "spaCy 3.8.0" in first


def test_peer_table_columns_and_missing_peer():
    markdown = report.render({**fake_results(), "targets": []})
    header, smartlint, proselint = table_rows(markdown, "**Peers")
    assert header[:6] == [
        "tool",
        "version",
        "wall time",
        "goals/s",
        "peak RSS",
        "speed vs proselint",
    ]
    assert smartlint[:6] == ["smartlint", "0.1.0", "1.00 s", "27,600", "150 MB", "3.00x"]
    assert proselint[-1] == "fed as 14 files"
    assert "write-good: not installed (npm install write-good)" in markdown


def test_lsp_table_shows_median_and_max():
    markdown = report.render({**fake_results(), "targets": []})
    header, row = table_rows(markdown, "**Editor latency")
    assert dict(zip(header, row, strict=True)) == {
        "document": "300 lines (sv)", "lines": "300", "repeats": "3", "median": "40 ms",
        "max": "110 ms", "server peak RSS": "120 MB",
    }  # fmt: skip


def test_targets():
    checks = {t["target"]: (t["measured"], t["met"]) for t in report.targets(fake_results())}
    assert checks == {
        "cold start <= 1.3x floor": ("1.25x", True),
        "50 files <= 2x one cold run": ("2.50x", False),
        ">= 2.5x proselint on 27,600 goals": ("3.00x", True),
        ">= 20,000 goals/s per core once loaded": ("10,000 (slowest: 20,000 goals (en))", False),
        "LSP 300 lines (sv) <= 50 ms (median)": ("40 ms", True),
        "smartlint peak RSS < 250 MB everywhere": ("300 MB (20,000 goals (en))", False),
    }
