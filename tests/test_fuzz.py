"""Property-based tests: for any text, check answers, and every position is inside the text."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartlint.config import Config
from smartlint.formatters import format_json, format_text
from smartlint.linter import Options, lint_bytes
from smartlint.model import LineIndex

WORDS = [
    "Öka",
    "minska",
    "fler",
    "more",
    "increase",
    "by",
    "med",
    "till",
    "från",
    "20",
    "%",
    "4 000",
    "senast",
    "2027-03-31",
    "Q3",
    "i år",
    "snart",
    "soon",
    "några",
    "several",
    "försöka",
    "try to",
    "kunder",
    "customers",
    "🚀",
    "—",
    "\t",
    "*",
    "_",
    "[",
    "](x)",
    "<!-- smartlint-disable -->",
    "# smartlint: disable-next-line hedge",
    "-",
    "1.",
    ">",
    "```",
    "|",
    ":",
    "'",
    '"',
    "\r\n",
    "\n",
    "\r",
    " ",
    "\u00a0",
    "ﬁ",
    "e\u0301",
]
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=40).map("".join)
OPTIONS = Options(today=dt.date(2026, 11, 26))
SETTINGS = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(name: str, text: str) -> None:
    data = text.encode("utf-8", errors="surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return
    result = lint_bytes(name, data, Config(), OPTIONS)
    json.loads(format_json([result]))
    format_text([result])
    if result.errors:
        return
    decoded = data.decode("utf-8").removeprefix("\ufeff")
    last = LineIndex(decoded).position(len(decoded))
    for goal in result.goals:
        assert (1, 1) <= (goal.span.line, goal.span.column)
        assert (goal.span.end_line, goal.span.end_column) <= (last.line, last.column + 1)
        for finding in goal.findings:
            start = (finding.span.line, finding.span.column)
            end = (finding.span.end_line, finding.span.end_column)
            assert start <= end
            if finding.rule != "unused-suppression":
                assert (goal.span.line, goal.span.column) <= start
                assert end <= (goal.span.end_line, goal.span.end_column)


@SETTINGS
@given(texts)
def test_any_text_file(text: str) -> None:
    _check("goals.txt", text)


@SETTINGS
@given(texts)
def test_any_markdown_file(text: str) -> None:
    _check("goals.md", text)


@SETTINGS
@given(texts.map(lambda t: "goals:\n  - " + t.replace("\n", " ")))
def test_any_yaml_goal(text: str) -> None:
    _check("goals.yaml", text)
