"""The Language Server, driven over stdio by a minimal JSON-RPC client as an editor would."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from smartlint.lsp import lsp_character, lsp_range, quick_fixes
from smartlint.model import Span

TIMEOUT = 60.0  # the first lint loads the NLP pipeline


class Client:
    """Just enough of an LSP client: Content-Length framing, requests, notifications."""

    def __init__(self) -> None:
        self.stderr = tempfile.TemporaryFile()  # a pipe nobody reads could fill and block
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from smartlint.lsp import serve; serve()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.pending: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.proc.stdout
        assert stream is not None
        while True:
            headers = {}
            while (line := stream.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("ascii").partition(":")
                headers[name.strip().lower()] = value.strip()
            if not line:
                self.inbox.put(None)
                return
            body = stream.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body))

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        reply = self._wait(lambda m: m.get("id") == self.next_id and "method" not in m)
        assert "error" not in reply, reply
        return reply["result"]

    def diagnostics(self, uri: str, version: int | None = None) -> list[dict[str, Any]]:
        """The next diagnostics published for ``uri`` (for ``version``, if given)."""
        reply = self._wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)
            )
        )
        return reply["params"]["diagnostics"]

    def _wait(self, wanted: Any) -> dict[str, Any]:
        for i, message in enumerate(self.pending):
            if wanted(message):
                return self.pending.pop(i)
        deadline = time.monotonic() + TIMEOUT
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self.inbox.get(timeout=left)
            except queue.Empty:
                break
            if message is None:
                self.stderr.seek(0)
                stderr = self.stderr.read().decode(errors="replace")
                pytest.fail(f"server closed its output:\n{stderr}")
            if "method" in message and "id" in message:  # a request from the server
                self.send({"id": message["id"], "result": None})
            elif wanted(message):
                return message
            else:
                self.pending.append(message)
        pytest.fail(f"no matching message from the server within {TIMEOUT}s")

    def open(self, uri: str, text: str, language_id: str = "plaintext") -> None:
        item = {"uri": uri, "languageId": language_id, "version": 1, "text": text}
        self.notify("textDocument/didOpen", {"textDocument": item})

    def close(self) -> int:
        self.request("shutdown", None)
        self.notify("exit", None)
        try:
            return self.proc.wait(timeout=10)
        finally:
            self.proc.kill()
            self.stderr.close()


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
    goal = {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 10}}
    diagnostic = types.Diagnostic(
        range=types.Range(types.Position(4, 0), types.Position(4, 10)),
        message="m",
        source="smartlint",
        data={"suggestion": "New goal.", "goal_range": goal},
    )
    far = types.Range(types.Position(0, 0), types.Position(1, 0))
    assert quick_fixes("file:///x.txt", [diagnostic], far) == []
    near = types.Range(types.Position(4, 2), types.Position(4, 2))
    (action,) = quick_fixes("file:///x.txt", [diagnostic], near)
    assert action.edit and action.edit.changes
    assert action.edit.changes["file:///x.txt"][0].new_text == "New goal."
