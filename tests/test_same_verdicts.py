"""The same goals get the same verdicts in a text file, in Markdown and through the language server.

The analysis reads a goal's words, never the format it came in, so every
goal of the team corpus (written by us) must draw the same rules wherever a
planner writes it: a line of a ``.txt`` file, a Markdown list item, an
editor's buffer.
"""

from __future__ import annotations

import pytest
from conftest import TODAY
from corpus_eval import load_corpus
from lspclient import Client

from smartlint.config import Config
from smartlint.linter import Options, check_set, lint_bytes

# Goals per corpus: enough to cover every rule, few enough for a quick language-server round.
SAMPLE = 60


def corpus_goals(name: str) -> tuple[str, list[str]]:
    corpus = load_corpus(name)
    texts = [g["text"] for g in corpus["goals"] if not g["text"].lstrip().startswith(("#", "-"))]
    return corpus["lang"], texts[:SAMPLE]


def verdicts(name: str, document: str, lang: str) -> list[tuple[str, ...]]:
    """The rules each goal draws, goal-set rules included, as ``smartlint check`` runs them."""
    options = Options(today=TODAY, lang=lang)
    result = lint_bytes(name, document.encode("utf-8"), Config(), options)
    assert not result.errors, result.errors
    [result] = check_set([result], options)
    return [tuple(sorted({f.rule for f in g.findings})) for g in result.goals]


@pytest.mark.parametrize("name", ["sv", "en"])
def test_text_and_markdown_agree(name: str) -> None:
    lang, goals = corpus_goals(name)
    as_text = verdicts("goals.txt", "".join(g + "\n" for g in goals), lang)
    as_markdown = verdicts("goals.md", "# Mål\n\n" + "".join(f"- {g}\n" for g in goals), lang)
    assert len(as_text) == len(goals)
    assert as_markdown == as_text
    assert any(as_text), "the sample must hold goals with findings"


@pytest.mark.parametrize("name", ["sv", "en"])
def test_the_language_server_agrees(name: str, tmp_path) -> None:
    lang, goals = corpus_goals(name)
    (tmp_path / ".smartlint.yaml").write_text(f"lang: {lang}\n", encoding="utf-8")
    as_text = verdicts("goals.txt", "".join(g + "\n" for g in goals), lang)
    client = Client()
    try:
        client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        client.notify("initialized", {})
        uri = (tmp_path / "goals.txt").as_uri()
        client.open(uri, "".join(g + "\n" for g in goals))
        by_line: dict[int, set[str]] = {}
        for diagnostic in client.diagnostics(uri):
            by_line.setdefault(diagnostic["range"]["start"]["line"], set()).add(diagnostic["code"])
    finally:
        client.close()
    dated = {"deadline-passed", "deadline-outside-period"}  # the server lints as of today
    from_server = [tuple(sorted(by_line.get(i, set()) - dated)) for i in range(len(goals))]
    assert from_server == [tuple(sorted(set(v) - dated)) for v in as_text]
