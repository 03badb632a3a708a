"""The language server with clients as they are: their encodings, their echoes, their configs.

Each test drives the real server over stdio.  Older clients matter: Neovim
0.7-0.10 send back diagnostics with ranges rebuilt from byte columns, a
client may offer several position encodings, and a config file edited while
the editor runs must take effect.
"""

from __future__ import annotations

import sys

import pytest
import yaml
from lspclient import Client
from lsprotocol import types

# A goal sentence after a sentence that is not one, with an emoji and å/ä/ö before it.
PROSE = "Förra året gick det bra för oss på kontoret 😊. Vi ska öka försäljningen snart.\n"


@pytest.fixture
def started():
    clients: list[Client] = []

    def start(capabilities=None, command=None) -> tuple[Client, dict]:
        client = Client(command)
        clients.append(client)
        return client, client.start(capabilities)

    yield start
    for client in clients:
        if client.proc.poll() is None:
            client.close()


def encodings(*kinds: str) -> dict:
    return {"general": {"positionEncodings": list(kinds)}}


def character(line: str, offset: int, encoding: str) -> int:
    """The LSP character of code-point ``offset`` in ``line``."""
    before = line[:offset]
    if encoding == "utf-8":
        return len(before.encode("utf-8"))
    if encoding == "utf-32":
        return len(before)
    return len(before.encode("utf-16-le")) // 2


def code_point(line: str, units: int, encoding: str) -> int:
    """The code-point offset of LSP character ``units`` in ``line``."""
    return next(i for i in range(len(line) + 1) if character(line, i, encoding) >= units)


def apply(text: str, edit: dict, encoding: str = "utf-16") -> str:
    lines = text.split("\n")
    start, end = edit["range"]["start"], edit["range"]["end"]
    assert start["line"] == end["line"]
    line = lines[start["line"]]
    left = code_point(line, start["character"], encoding)
    right = code_point(line, end["character"], encoding)
    lines[start["line"]] = line[:left] + edit["newText"] + line[right:]
    return "\n".join(lines)


def code_actions(client: Client, uri: str, where: dict, diagnostics: list) -> list:
    params = {"textDocument": {"uri": uri}, "range": where, "context": {"diagnostics": diagnostics}}
    return client.request("textDocument/codeAction", params)


def at(line: int, char: int) -> dict:
    return {"start": {"line": line, "character": char}, "end": {"line": line, "character": char}}


@pytest.mark.parametrize(
    ("offered", "chosen"),
    [
        (None, "utf-16"),
        (["utf-8", "utf-16", "utf-32"], "utf-16"),
        (["utf-32", "utf-16"], "utf-16"),
        (["utf-8"], "utf-8"),
        (["utf-32", "utf-8"], "utf-32"),
        (["x-unknown"], "utf-16"),
    ],
)
def test_the_position_encoding_is_utf16_unless_the_client_cannot_take_it(
    started, tmp_path, offered, chosen
):
    client, capabilities = started(encodings(*offered) if offered else None)
    assert capabilities["positionEncoding"] == chosen
    uri = (tmp_path / "plan.md").as_uri()
    client.open(uri, PROSE, "markdown")
    found = {d["code"]: d["range"] for d in client.diagnostics(uri)}
    line = PROSE.rstrip("\n")
    start = line.index("öka")
    assert found["vague-comparative"] == {
        "start": {"line": 0, "character": character(line, start, chosen)},
        "end": {"line": 0, "character": character(line, start + 3, chosen)},
    }


def byte_columns(diagnostics: list, text: str) -> list:
    """The diagnostics as Neovim 0.7-0.10 send them back: columns counted in bytes."""
    lines = text.split("\n")
    echoed = []
    for diagnostic in diagnostics:
        where = {}
        for end in ("start", "end"):
            position = diagnostic["range"][end]
            line = lines[position["line"]]
            offset = code_point(line, position["character"], "utf-16")
            where[end] = {"line": position["line"], "character": character(line, offset, "utf-8")}
        echoed.append({**diagnostic, "range": where})
    return echoed


@pytest.mark.parametrize(
    ("text", "cursor_on", "kept"),
    [
        (PROSE, "Vi ska", ("Förra året gick det bra för oss på kontoret 😊. ", "")),
        (
            "| Område 🚀 | Mål |\n|---|---|\n| Sälj åäö | Öka försäljningen snart |\n",
            "Öka",
            ("| Sälj åäö | ", " |"),
        ),
        (
            "- 🚀 Öka försäljningen med 20 % senast 2027-12-31, förhoppningsvis.\n",
            "förhopp",
            ("- ", ""),
        ),
    ],
)
def test_a_quick_fix_after_non_ascii_text_survives_byte_column_echoes(
    started, tmp_path, text, cursor_on, kept
):
    client, _ = started()  # no positionEncodings: UTF-16, as Neovim 0.7-0.9 get
    uri = (tmp_path / "plan.md").as_uri()
    client.open(uri, text, "markdown")
    diagnostics = client.diagnostics(uri)
    row = next(i for i, line in enumerate(text.split("\n")) if cursor_on in line)
    line = text.split("\n")[row]
    cursor = at(row, character(line, line.index(cursor_on) + 1, "utf-16"))
    [action] = code_actions(client, uri, cursor, byte_columns(diagnostics, text))
    [edit] = action["edit"]["changes"][uri]
    rewritten = apply(text, edit)
    assert action["title"] == f"Rewrite goal: {edit['newText']}"
    assert rewritten.split("\n")[row] == kept[0] + edit["newText"] + kept[1]
    assert rewritten.split("\n")[:row] == text.split("\n")[:row]


def test_no_quick_fix_for_a_version_not_yet_linted(started, tmp_path):
    client, _ = started()
    uri = (tmp_path / "goals.txt").as_uri()
    client.open(uri, "Get more customers.\n")
    diagnostics = client.diagnostics(uri, version=1)
    change = {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "x\n"}]}
    client.notify("textDocument/didChange", change)
    # the published ranges are for version 1; until version 2 is linted none applies
    assert code_actions(client, uri, at(0, 1), diagnostics) == []
    client.diagnostics(uri, version=2)


OKR = """objectives:
  - title: Växa i Norden
    key_results:
      - 'Få fler kunder'
      - "Minska kötiden"
      - Öka försäljningen
    owner: {name: Säljteamet, goal: Få fler återförsäljare}
"""


def test_yaml_quick_fixes_quote_the_rewrite_and_keep_the_structure(started, tmp_path):
    client, _ = started()
    uri = (tmp_path / "okr.yaml").as_uri()
    client.open(uri, OKR, "yaml")
    diagnostics = client.diagnostics(uri)
    before = yaml.safe_load(OKR)
    lines = OKR.split("\n")
    for goal in ("Få fler kunder", "Minska kötiden", "Öka försäljningen", "Få fler åter"):
        row = next(i for i, line in enumerate(lines) if goal in line)
        cursor = at(row, character(lines[row], lines[row].index(goal) + 1, "utf-16"))
        [action] = code_actions(client, uri, cursor, diagnostics)
        [edit] = action["edit"]["changes"][uri]
        rewrite = action["title"].removeprefix("Rewrite goal: ")
        assert "<" in rewrite and ">" in rewrite  # placeholders, refused before
        after = yaml.safe_load(apply(OKR, edit))
        expected = yaml.safe_load(OKR)
        _replace(expected, goal, rewrite)
        assert after == expected and after != before


def _replace(data, goal: str, new: str) -> None:
    """Put ``new`` in place of the one string of ``data`` that starts with ``goal``."""
    items = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in list(items):
        if isinstance(value, str) and value.startswith(goal):
            data[key] = new
        elif isinstance(value, dict | list):
            _replace(value, goal, new)


def _published(text: str, goal: str, suggestion: str):
    from smartlint.lspfix import GoalFix, Published

    row = next(i for i, line in enumerate(text.split("\n")) if goal in line)
    column = text.split("\n")[row].index(goal)
    offset = text.index(goal)
    goal_range = types.Range(types.Position(row, column), types.Position(row, column + len(goal)))
    diagnostic = types.Diagnostic(range=goal_range, message="m", source="smartlint")
    fix = GoalFix(goal_range, offset, offset + len(goal), suggestion, [diagnostic])
    return Published(1, text, True, [diagnostic], [fix])


@pytest.mark.parametrize(
    "text",
    [
        "goals:\n  - Cut churn\n",
        "goals: [Cut churn, Keep NPS]\n",
        "goals:\n  - 'Cut churn'\n",
        'goals:\n  - "Cut churn"\n',
        "goal: Cut churn # a comment\n",
    ],
)
@pytest.mark.parametrize(
    "suggestion",
    [
        "Cut churn to <N> % by <YYYY-MM-DD>.",
        "> Cut churn: it's #1, by <date>.",
        'Cut "churn", [all] of it {now} & *then* \\ | %',
        "2027",
    ],
)
def test_a_yaml_rewrite_is_written_so_it_reads_back_as_itself(text, suggestion):
    from smartlint.lspfix import quick_fixes

    published = _published(text, "Cut churn", suggestion)
    where = types.Range(types.Position(0, 0), types.Position(99, 0))
    [action] = quick_fixes("file:///okr.yaml", published, where)
    assert action.edit and action.edit.changes
    [edit] = action.edit.changes["file:///okr.yaml"]
    as_dict = {
        "range": {
            "start": {"line": edit.range.start.line, "character": edit.range.start.character},
            "end": {"line": edit.range.end.line, "character": edit.range.end.character},
        },
        "newText": edit.new_text,
    }
    expected = yaml.safe_load(text)
    _replace(expected, "Cut churn", suggestion)
    assert yaml.safe_load(apply(text, as_dict)) == expected


def test_a_yaml_goal_that_an_alias_repeats_gets_no_quick_fix():
    from smartlint.lspfix import quick_fixes

    text = "goals:\n  - &first Cut churn\n  - *first\n"
    published = _published(text, "Cut churn", "Cut churn to <N> %.")
    where = types.Range(types.Position(0, 0), types.Position(9, 0))
    assert quick_fixes("file:///okr.yaml", published, where) == []  # both would change


def test_an_edited_config_is_read_again_when_the_client_says_so(started, tmp_path):
    client, _ = started()
    uri = (tmp_path / "goals.txt").as_uri()
    client.open(uri, "Get more customers.\n")
    assert "vague-comparative" in {d["code"] for d in client.diagnostics(uri)}
    config = tmp_path / ".smartlint.yaml"
    config.write_text("ignore: [vague-comparative]\n", encoding="utf-8")
    changes = [{"uri": config.as_uri(), "type": 1}]
    client.notify("workspace/didChangeWatchedFiles", {"changes": changes})
    assert "vague-comparative" not in {d["code"] for d in client.diagnostics(uri)}

    config.write_text('exclude: ["goals.txt"]\n', encoding="utf-8")
    client.open(config.as_uri(), config.read_text("utf-8"), "yaml")
    client.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
    assert client.diagnostics(uri) == []  # re-published, now excluded


def test_the_server_asks_a_client_that_can_to_watch_the_config_files(started, tmp_path):
    watching = {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}
    client, _ = started(watching)
    uri = (tmp_path / "goals.txt").as_uri()
    client.open(uri, "Get more customers.\n")
    client.diagnostics(uri)  # the registration was sent before these
    [register] = [m for m in client.received if m.get("method") == "client/registerCapability"]
    [registration] = register["params"]["registrations"]
    assert registration["method"] == "workspace/didChangeWatchedFiles"
    globs = {w["globPattern"] for w in registration["registerOptions"]["watchers"]}
    assert globs == {"**/.smartlint.yaml", "**/.smartlint.yml", "**/pyproject.toml"}


def test_a_client_that_cannot_watch_is_not_asked(started, tmp_path):
    client, _ = started()
    uri = (tmp_path / "goals.txt").as_uri()
    client.open(uri, "Get more customers.\n")
    client.diagnostics(uri)
    assert not [m for m in client.received if m.get("method") == "client/registerCapability"]


def test_lsp_accepts_stdio_as_editors_pass_it(started, tmp_path):
    command = [sys.executable, "-m", "smartlint", "lsp", "--stdio"]
    client, capabilities = started(command=command)
    assert capabilities["codeActionProvider"]
    uri = (tmp_path / "goals.txt").as_uri()
    client.open(uri, "Get more customers.\n")
    assert client.diagnostics(uri)


def test_quick_fixes_are_offered_only_when_the_client_wants_them(started, tmp_path):
    client, _ = started()
    uri = (tmp_path / "goals.txt").as_uri()
    client.open(uri, "Get more customers.\n")
    diagnostics = client.diagnostics(uri)
    params = {"textDocument": {"uri": uri}, "range": at(0, 1)}
    only = {"diagnostics": diagnostics, "only": ["source.organizeImports"]}
    assert client.request("textDocument/codeAction", {**params, "context": only}) == []
    only = {"diagnostics": diagnostics, "only": ["quickfix"]}
    assert len(client.request("textDocument/codeAction", {**params, "context": only})) == 1


def test_path_of_a_config_uri():
    from smartlint.lspconfig import is_config

    assert is_config("file:///repo/.smartlint.yaml") and is_config("file:///a%20b/pyproject.toml")
    assert not is_config("file:///repo/plan.md") and not is_config("file:///pyproject.toml.md")


def test_registration_round_trips_through_pygls():
    from smartlint.lspconfig import watch_registration

    assert watch_registration().registrations[0].id == "smartlint-config-files"
