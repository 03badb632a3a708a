"""The parallel path gives exactly the serial result, in the same order."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest
from conftest import SLOW_REGEX_RULE
from corpus_eval import load_corpus

from smartlint import runner
from smartlint.config import Config
from smartlint.formatters import format_json
from smartlint.linter import PARALLEL_MIN_GOALS, Options, lint_bytes
from smartlint.model import Finding, Fix, Goal, Span, pack_goal, unpack_goal


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_parallel_equals_serial(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [g["text"] for g in load_corpus(lang)["goals"]]
    lines = [texts[i % len(texts)] for i in range(PARALLEL_MIN_GOALS + 7)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    options = Options(today=dt.date(2026, 11, 26), lang=lang)
    monkeypatch.setenv("SMARTLINT_WORKERS", "1")
    serial = lint_bytes("goals.txt", data, Config(), options)
    monkeypatch.setenv("SMARTLINT_WORKERS", "2")
    parallel = lint_bytes("goals.txt", data, Config(), options)
    assert len(parallel.goals) == len(lines)
    assert parallel.to_dict() == serial.to_dict()
    # What JSON does not show travels back from the workers too: fixes and tree places.
    assert parallel.goals == serial.goals
    assert [g.findings[0].fix for g in parallel.goals if g.findings] == [
        g.findings[0].fix for g in serial.goals if g.findings
    ]
    assert [g.node for g in parallel.goals] == [g.node for g in serial.goals]


def test_a_goal_travels_whole_between_processes() -> None:
    """pack_goal/unpack_goal keep every field, also findings with different fixes or none."""
    fixes = (Fix(0, 4, "Cut churn to 3 %.", True), Fix(0, 4, "Cut <metric>.", False))
    findings = (
        Finding("hedge", "specific", "warning", Span(1, 1, 1, 7), "m1", "s1", fixes[0]),
        Finding("vague-comparative", "measurable", "error", Span(1, 3, 2, 1), "m2", "s2", fixes[1]),
        Finding("unused-suppression", "none", "info", Span(1, 2, 1, 9), "m3"),
    )
    goal = Goal(Span(1, 1, 2, 4), "Try to cut churn.", "en", {"metric": "churn"}, findings,
                {"key": 7, "role": "key_result"})  # fmt: skip
    back = unpack_goal(pickle.loads(pickle.dumps(pack_goal(goal))))
    assert back == goal
    assert [f.fix for f in back.findings] == [*fixes, None]
    assert back.node == goal.node


def _files(folder: Path, evil_in: tuple[int, ...], count: int = 6) -> None:
    """``count`` goal files and a team rule whose REGEX times out on the files ``evil_in``."""
    (folder / "team").mkdir(parents=True)
    (folder / "team" / "no-aaa.yaml").write_text(SLOW_REGEX_RULE, encoding="utf-8")
    (folder / ".smartlint.yaml").write_text("rules_dirs: [team]\nlang: en\n", encoding="utf-8")
    for number in range(count):
        lines = [f"Cut costs by {i % 90 + 1}% by 2027-06-30." for i in range(30)]
        lines[5] = "Say aaa by 2027-06-30."
        if number in evil_in:
            lines[10] = "Say " + "a" * 40 + "b soon."
        (folder / f"goals-{number}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


runner_parallel_chunks = runner.parallel_chunks


def _run(folder: Path, workers: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """The JSON of a run over ``folder`` (paths relative to it) and how many chunks forked."""
    forked = []

    def spy(*args, **kwargs):
        chunks = runner_parallel_chunks(*args, **kwargs)
        forked.append(len(chunks))
        return chunks

    monkeypatch.chdir(folder)
    monkeypatch.setenv("SMARTLINT_WORKERS", workers)
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(runner, "parallel_chunks", spy)
    results = runner.run_check([Path(".")], Options(today=dt.date(2026, 11, 26)))
    return format_json(results), sum(forked)


@pytest.mark.parametrize(
    "evil_in",
    [(), (4,), (1, 4)],
    ids=["no timeout", "a worker's file times out", "the parent's file times out first"],
)
def test_many_files_across_processes_equal_one_after_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, evil_in: tuple[int, ...]
) -> None:
    """Files split across two processes give the serial output, REGEX timeouts included.

    Each run has its own copy of the rule file: a pattern that timed out is
    dead in this process from then on.
    """
    _files(tmp_path / "serial", evil_in)
    _files(tmp_path / "forked", evil_in)
    serial, serial_chunks = _run(tmp_path / "serial", "1", monkeypatch)
    forked, forked_chunks = _run(tmp_path / "forked", "2", monkeypatch)
    assert (serial_chunks, forked_chunks) == (0, 2)  # one process, then two
    assert forked.replace(str(tmp_path / "forked"), "") == serial.replace(
        str(tmp_path / "serial"), ""
    )
    errors = [f["errors"] for f in json.loads(forked)["files"]]
    assert [i for i, e in enumerate(errors) if e] == list(evil_in[:1])
