"""A minimal LSP client for the tests: the real ``smartlint lsp`` server over stdio."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

import pytest

TIMEOUT = 60.0  # the first lint loads the NLP pipeline


class Client:
    """Just enough of an LSP client: Content-Length framing, requests, notifications."""

    def __init__(self, command: list[str] | None = None) -> None:
        self.stderr = tempfile.TemporaryFile()  # a pipe nobody reads could fill and block
        self.proc = subprocess.Popen(
            command or [sys.executable, "-c", "from smartlint.lsp import serve; serve()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
        )
        self.inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.received: list[dict[str, Any]] = []  # every message from the server, in order
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
            message = json.loads(body)
            self.received.append(message)
            self.inbox.put(message)

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

    def start(self, capabilities: dict[str, Any] | None = None) -> dict[str, Any]:
        """Initialize with ``capabilities``; return the server's."""
        params = {"processId": None, "rootUri": None, "capabilities": capabilities or {}}
        result = self.request("initialize", params)
        self.notify("initialized", {})
        return result["capabilities"]

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
