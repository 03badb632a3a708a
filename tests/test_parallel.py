"""The parallel path gives exactly the serial result, in the same order."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from corpus_eval import load_corpus

from smartlint.config import Config
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
