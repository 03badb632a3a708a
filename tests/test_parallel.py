"""The parallel path gives exactly the serial result, in the same order."""

from __future__ import annotations

import datetime as dt

import pytest
from corpus_eval import load_corpus

from smartlint.config import Config
from smartlint.linter import PARALLEL_MIN_GOALS, Options, lint_bytes


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_parallel_equals_serial(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [g["text"] for g in load_corpus(lang)["goals"]]
    lines = [texts[i % len(texts)] for i in range(PARALLEL_MIN_GOALS + 7)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    options = Options(today=dt.date(2026, 11, 26), lang=lang)
    monkeypatch.setenv("SMARTLINT_WORKERS", "1")
    serial = lint_bytes("goals.txt", data, Config(), options).to_dict()
    monkeypatch.setenv("SMARTLINT_WORKERS", "2")
    parallel = lint_bytes("goals.txt", data, Config(), options).to_dict()
    assert len(parallel["goals"]) == len(lines)
    assert parallel == serial
