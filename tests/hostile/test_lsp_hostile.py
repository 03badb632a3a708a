"""The language server against a hostile client: a real ``smartlint lsp`` fed raw bytes.

Before the fixes: a bad ``Content-Length`` or bare-newline headers left the
server deaf; ``exit`` waited for a running lint; ``exit`` without
``shutdown`` exited 0; requests after ``shutdown`` got no reply; URIs with
``%00``/``%2F``/``%20`` got no diagnostics; and a 4,000-goal document forked
workers from a thread, which deadlocked (7 of 7 servers) and outlived it.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from lspclient import Client

INIT = {"processId": None, "rootUri": None, "capabilities": {}}
GOAL = "Improve customer satisfaction\n"
EXIT_TIMEOUT = 10  # a safety net: a server that waits for its lint takes 26-33 s


class SessionClient(Client):
    """The test client, with the server in a session of its own (to find its children)."""

    def __init__(self) -> None:
        real = subprocess.Popen

        def popen(*args, **kwargs):
            return real(*args, start_new_session=True, **kwargs)

        subprocess.Popen = popen  # type: ignore[misc]
        try:
            super().__init__()
        finally:
            subprocess.Popen = real  # type: ignore[misc]

    def raw(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def stderr_text(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")


@pytest.fixture
def client() -> Iterator[SessionClient]:
    c = SessionClient()
    try:
        c.request("initialize", INIT)
        c.notify("initialized", {})
        yield c
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(c.proc.pid, signal.SIGKILL)  # the server and anything it left
        c.proc.wait()


def frame(message: dict, end: bytes = b"\r\n") -> bytes:
    body = json.dumps({"jsonrpc": "2.0", **message}).encode()
    return b"Content-Length: %d" % len(body) + end + end + body


def code_action(uri: str) -> dict:
    zero = {"line": 0, "character": 0}
    return {
        "textDocument": {"uri": uri},
        "range": {"start": zero, "end": zero},
        "context": {"diagnostics": []},
    }


BODY = json.dumps({"jsonrpc": "2.0", "method": "$/noise", "params": {}}).encode()
BAD_FRAMES = {
    "missing-length": b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + BODY,
    "negative-length": b"Content-Length: -5\r\n\r\n" + BODY,
    "non-numeric-length": b"Content-Length: twelve\r\n\r\n" + BODY,
    "huge-length": b"Content-Length: 99999999999999999\r\n\r\n" + BODY,
    "length-with-garbage": b"Content-Length: 12abc\r\n\r\n" + BODY,
    "bare-newlines": b"Content-Length: %d\n\n" % len(BODY) + BODY,
    "no-header-at-all": BODY + b"\r\n",
    "not-json": b"Content-Length: 5\r\n\r\n{{{{{",
    "json-but-no-message": b"Content-Length: 2\r\n\r\n[]",
    "not-utf8": b"Content-Length: 2\r\n\r\n\xff\xfe",
    "header-without-colon": b"Hello there\r\n\r\n" + BODY,
}


def test_bad_frames_are_dropped_and_the_server_keeps_answering(
    client: SessionClient, tmp_path: Path
) -> None:
    uri = (tmp_path / "goals.txt").as_uri()
    client.open(uri, GOAL)
    assert client.diagnostics(uri)
    # the goal's quick fix (the server answers from what it published, not the context)
    [answer] = client.request("textDocument/codeAction", code_action(uri))
    for name, data in BAD_FRAMES.items():
        client.raw(data)
        assert client.request("textDocument/codeAction", code_action(uri)) == [answer], name
    client.open(uri.replace("goals", "more"), GOAL)  # still linting, too
    assert client.diagnostics(uri.replace("goals", "more"))
    assert client.stderr_text().count("dropped a message") >= len(BAD_FRAMES) - 1
    assert client.close() == 0


def test_exit_without_shutdown_exits_1(client: SessionClient) -> None:
    client.notify("exit", None)
    assert client.proc.wait(timeout=EXIT_TIMEOUT) == 1


def test_request_after_shutdown_gets_an_invalid_request_error(
    client: SessionClient, tmp_path: Path
) -> None:
    client.request("shutdown", None)
    client.send({"id": 99, "method": "textDocument/codeAction", "params": code_action("x")})
    reply = client._wait(lambda m: m.get("id") == 99)
    assert reply["error"]["code"] == -32600, reply
    client.notify("exit", None)
    assert client.proc.wait(timeout=EXIT_TIMEOUT) == 0


def test_exit_during_a_long_lint_is_prompt(client: SessionClient, tmp_path: Path) -> None:
    uri = (tmp_path / "many.txt").as_uri()
    client.open(uri, "".join(f"Improve customer satisfaction {i} times\n" for i in range(60_000)))
    client.request("shutdown", None)
    client.notify("exit", None)
    assert client.proc.wait(timeout=EXIT_TIMEOUT) == 0


@pytest.mark.parametrize("name", ["a%2Fb.txt", "a%00b.txt", "with%20space.txt", "x%23y%25.md"])
def test_uri_with_escapes_gets_diagnostics(client: SessionClient, name: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="smartlint-uri-"))
    try:
        uri = folder.as_uri() + "/" + name
        client.open(uri, "- Improve customer satisfaction\n" if name.endswith(".md") else GOAL)
        codes = {d["code"] for d in client.diagnostics(uri)}
        assert "missing-number" in codes, codes
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def processes_in_session(session: int) -> list[int]:
    """The live processes whose session id is ``session`` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[3]) == session:  # state, ..., session
            found.append(int(entry))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_large_document_gets_diagnostics_and_leaves_no_process(
    client: SessionClient, tmp_path: Path
) -> None:
    server = client.proc.pid
    uri = (tmp_path / "big.md").as_uri()
    goals = [f"- Improve customer satisfaction in region {i}\n" for i in range(4_500)]
    client.open(uri, "".join(goals))
    diagnostics = client.diagnostics(uri)
    assert {d["range"]["start"]["line"] for d in diagnostics} == set(range(4_500))
    assert processes_in_session(server) == [server]  # it forked no worker
    assert client.close() == 0
    assert processes_in_session(server) == []
