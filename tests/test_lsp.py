"""The Language Server, driven over stdio by a minimal JSON-RPC client as an editor would."""

from __future__ import annotations

from pathlib import Path

import pytest
from lspclient import Client
from lsprotocol import types

from smartlint.lsp import lsp_character, lsp_range
from smartlint.lspfix import GoalFix, Published, quick_fixes
from smartlint.model import Span


@pytest.fixture(scope="module")
def client():
    c = Client()
    try:
        c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        c.notify("initialized", {})
        yield c
    finally:
        if c.proc.poll() is None:
            assert c.close() == 0


def uri_of(path: Path) -> str:
    return path.as_uri()


def test_diagnostics_code_action_and_change(client, tmp_path):
    uri = uri_of(tmp_path / "goals.txt")
    client.open(uri, "Improve customer satisfaction\n")
    diagnostics = client.diagnostics(uri)
    codes = {d["code"] for d in diagnostics}
    assert "missing-number" in codes
    assert {d["source"] for d in diagnostics} == {"smartlint"}
    missing = next(d for d in diagnostics if d["code"] == "missing-number")
    assert missing["severity"] == types.DiagnosticSeverity.Warning
    assert missing["range"] == {
        "start": {"line": 0, "character": 0},
        "end": {"line": 0, "character": 29},
    }
    assert missing["data"]["category"] == "measurable"
    suggestion = missing["data"]["suggestion"]
    assert suggestion and suggestion != "Improve customer satisfaction"

    actions = client.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 3}},
            "context": {"diagnostics": diagnostics},
        },
    )
    assert len(actions) == 1  # one rewrite per goal, however many findings it has
    action = actions[0]
    assert action["kind"] == "quickfix"
    assert action["title"] == f"Rewrite goal: {suggestion}"
    assert action["edit"]["changes"][uri] == [{"range": missing["range"], "newText": suggestion}]

    change = {"text": "Increase revenue by 20% by 2027-12-31.\n"}
    client.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [change]},
    )
    assert client.diagnostics(uri, version=2) == []


def test_positions_count_utf16_code_units(client, tmp_path):
    uri = uri_of(tmp_path / "plan.md")
    client.open(uri, "# Mål\n\n- 🚀 Öka försäljningen snart\n", "markdown")
    diagnostics = {d["code"]: d for d in client.diagnostics(uri)}
    # "- " is 2 units, the rocket 2 more (a surrogate pair), then a space.
    assert diagnostics["vague-comparative"]["range"] == {
        "start": {"line": 2, "character": 5},
        "end": {"line": 2, "character": 8},
    }
    assert diagnostics["vague-timeframe"]["range"]["start"] == {"line": 2, "character": 23}
    assert diagnostics["missing-deadline"]["data"]["goal_range"] == {
        "start": {"line": 2, "character": 2},
        "end": {"line": 2, "character": 28},  # the end of the line
    }


def test_bad_config_is_one_diagnostic_not_a_crash(client, tmp_path):
    (tmp_path / ".smartlint.yaml").write_text("no_such_key: 1\n", encoding="utf-8")
    uri = uri_of(tmp_path / "goals.txt")
    client.open(uri, "Improve customer satisfaction\n")
    (diagnostic,) = client.diagnostics(uri)
    assert diagnostic["range"]["start"] == {"line": 0, "character": 0}
    assert diagnostic["severity"] == types.DiagnosticSeverity.Error
    assert "no_such_key" in diagnostic["message"]


@pytest.mark.parametrize(
    ("line", "column", "encoding", "expected"),
    [
        ("- 🚀 Öka", 1, "utf-16", 0),
        ("- 🚀 Öka", 3, "utf-16", 2),
        ("- 🚀 Öka", 4, "utf-16", 4),  # after the rocket: a surrogate pair
        ("- 🚀 Öka", 5, "utf-16", 5),
        ("- 🚀 Öka", 8, "utf-16", 8),  # end of line
        ("- 🚀 Öka", 99, "utf-16", 8),  # clamped
        ("- 🚀 Öka", 6, "utf-8", 9),  # rocket 4 bytes, Ö 2 bytes
        ("- 🚀 Öka", 6, "utf-32", 5),
        ("", 1, "utf-16", 0),
    ],
)
def test_lsp_character(line, column, encoding, expected):
    assert lsp_character(line, column, encoding) == expected


def test_lsp_range_spans_lines():
    r = lsp_range(["a😀b", "😀😀x"], Span(1, 3, 2, 3), "utf-16")
    assert (r.start.line, r.start.character, r.end.line, r.end.character) == (0, 3, 1, 4)


def test_quick_fixes_ignore_diagnostics_outside_the_range():
    goal = types.Range(types.Position(4, 0), types.Position(4, 10))
    diagnostic = types.Diagnostic(range=goal, message="m", source="smartlint")
    fix = GoalFix(goal, 0, 10, "New goal.", [diagnostic])
    published = Published(1, "", False, [diagnostic], [fix])
    far = types.Range(types.Position(0, 0), types.Position(1, 0))
    assert quick_fixes("file:///x.txt", published, far) == []
    near = types.Range(types.Position(4, 2), types.Position(4, 2))
    (action,) = quick_fixes("file:///x.txt", published, near)
    assert action.edit and action.edit.changes
    assert action.edit.changes["file:///x.txt"][0].new_text == "New goal."


def test_snippet_makes_each_placeholder_a_tab_stop_and_escapes_the_rest():
    from smartlint.lspfix import snippet

    assert snippet("Öka NPS från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.") == (
        "Öka NPS från ${1:<baseline>} till ${2:<mål>} senast ${3:<ÅÅÅÅ-MM-DD>}."
    )
    assert snippet("Cut $ costs {by} <N> \\ units") == "Cut \\$ costs {by\\} ${1:<N>} \\\\ units"


def test_quick_fix_is_a_snippet_for_a_client_that_accepts_one(tmp_path):
    snippets = {
        "workspace": {"workspaceEdit": {"documentChanges": True, "snippetEditSupport": True}}
    }
    c = Client()
    try:
        c.request("initialize", {"processId": None, "rootUri": None, "capabilities": snippets})
        c.notify("initialized", {})
        uri = uri_of(tmp_path / "goals.txt")
        c.open(uri, "Get more customers.\n")
        diagnostics = c.diagnostics(uri)
        where = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
        params = {"textDocument": {"uri": uri}, "range": where}
        actions = c.request(
            "textDocument/codeAction", {**params, "context": {"diagnostics": diagnostics}}
        )
        [change] = actions[0]["edit"]["documentChanges"]
        assert change["textDocument"] == {"uri": uri, "version": 1}
        [edit] = change["edits"]
        assert edit["snippet"] == {
            "kind": "snippet",
            "value": "Increase the number of new customers from ${1:<baseline>} to "
            "${2:<target>} by ${3:<YYYY-MM-DD>}.",
        }
    finally:
        c.close()


def test_changes_sent_while_linting_end_in_the_last_texts_diagnostics(client, tmp_path):
    uri = uri_of(tmp_path / "plan.md")
    # 300 goals on one metric would be 299 conflicting targets: not what this test is about
    (tmp_path / ".smartlint.yaml").write_text("ignore: [conflicting-targets]\n", "utf-8")
    goals = [
        f"- Öka antalet medlemmar från {n} till {n + 50} senast 2027-12-31."
        for n in range(100, 400)
    ]
    client.open(uri, "\n".join(goals) + "\n", "markdown")
    assert client.diagnostics(uri, version=1) == []
    for version in range(2, 12):  # typing: faster than the server lints 300 goals
        goals[version] = "- Få fler medlemmar."
        # every goal's words change too, so no version can reuse cached verdicts: each
        # lint parses all 300 goals, far longer than sending the next change takes
        text = "".join(f"{goal} Plan {version}.\n" for goal in goals)
        client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version},
             "contentChanges": [{"text": text}]},
        )  # fmt: skip
    final = client.diagnostics(uri, version=11)
    assert sorted({d["range"]["start"]["line"] for d in final}) == list(range(2, 12))
    published = [
        m["params"]["version"]
        for m in client.received
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    ]
    assert published == sorted(published) and len(published) < 11  # stale texts were skipped


def test_a_lone_surrogate_from_the_client_is_linted_not_fatal(client, tmp_path):
    uri = uri_of(tmp_path / "goals.txt")
    client.open(uri, "Öka \ud83d försäljningen.\n")  # JSON can carry half an emoji
    codes = {d["code"] for d in client.diagnostics(uri)}
    assert "vague-comparative" in codes


def test_a_document_closed_before_its_lint_starts_ends_the_queue_quietly():
    import asyncio

    from smartlint.lsp import _Scheduler

    async def close_while_queued() -> BaseException | None:
        scheduler = _Scheduler(None)  # type: ignore[arg-type]
        scheduler.request("file:///x.md")
        await asyncio.sleep(0)
        scheduler.forget("file:///x.md")
        for _ in range(3):
            await asyncio.sleep(0)
        assert scheduler.task is not None and scheduler.task.done()
        return scheduler.task.exception()

    assert asyncio.run(close_while_queued()) is None


def test_a_goal_with_markup_inside_gets_no_quick_fix(client, tmp_path):
    uri = uri_of(tmp_path / "plan.md")
    client.open(uri, "- Try to cut [churn](https://example.org/churn) soon.\n", "markdown")
    diagnostics = client.diagnostics(uri)
    assert diagnostics and all("goal_range" not in d["data"] for d in diagnostics)
    where = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 5}}
    actions = client.request(
        "textDocument/codeAction",
        {"textDocument": {"uri": uri}, "range": where, "context": {"diagnostics": diagnostics}},
    )
    assert actions == []  # the rewrite would drop the link


@pytest.mark.parametrize("saved", [True, False])
def test_comment_for_a_goal_set_rule_is_reported_when_it_silences_nothing(
    tmp_path: Path, saved: bool
) -> None:
    """Saved or untitled, a comment naming a set rule that has nothing to silence is unused."""
    from smartlint.lsp import lint_document

    text = "<!-- smartlint-disable-next-line conflicting-targets -->\n- Cut churn to 4 % by 2027-06-30.\n"
    uri = (tmp_path / "plan.md").as_uri() if saved else "untitled:Untitled-1"
    result = lint_document(uri, text, "markdown")
    assert [(f.span.line, f.rule) for f in result.findings] == [(1, "unused-suppression")]


def test_an_excluded_document_gets_no_diagnostics(client, tmp_path):
    (tmp_path / ".smartlint.yaml").write_text('exclude: ["archive/**"]\n', encoding="utf-8")
    (tmp_path / "archive").mkdir()
    excluded = uri_of(tmp_path / "archive" / "2025.md")
    client.open(excluded, "- Öka försäljningen.\n", "markdown")
    assert client.diagnostics(excluded) == []
    kept = uri_of(tmp_path / "plan.md")
    client.open(kept, "- Öka försäljningen.\n", "markdown")
    assert "vague-comparative" in {d["code"] for d in client.diagnostics(kept)}
