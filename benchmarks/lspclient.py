"""A minimal LSP client over stdio that timestamps what the server publishes.

Adapted from the client in ``tests/test_lsp.py``: Content-Length framing, a
reader thread, requests and notifications.  Each message is stamped with
``time.perf_counter()`` as soon as its body has been read, before parsing.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from typing import Any

Message = dict[str, Any]


class LspError(RuntimeError):
    """The server closed, or did not answer in time."""


class Client:
    """Drive one language server process; ``close`` returns its peak RSS in MB."""

    def __init__(self, argv: list[str], timeout: float = 120.0) -> None:
        self.timeout = timeout
        self.stderr = tempfile.TemporaryFile()  # an unread pipe could fill and block
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr
        )
        self.inbox: queue.Queue[tuple[float, Message] | None] = queue.Queue()
        self.pending: list[tuple[float, Message]] = []
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
            arrived = time.perf_counter()
            self.inbox.put((arrived, json.loads(body)))

    def send(self, message: Message) -> float:
        """Send ``message``; return the time just before it was written."""
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        sent = time.perf_counter()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return sent

    def notify(self, method: str, params: Any) -> float:
        return self.send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self.send({"id": wanted, "method": method, "params": params})
        _, reply = self._wait(lambda m: m.get("id") == wanted and "method" not in m)
        if "error" in reply:
            raise LspError(f"{method}: {reply['error']}")
        return reply.get("result")

    def initialize(self) -> None:
        self.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        self.notify("initialized", {})

    def open(self, uri: str, text: str, language_id: str = "markdown") -> float:
        item = {"uri": uri, "languageId": language_id, "version": 1, "text": text}
        return self.notify("textDocument/didOpen", {"textDocument": item})

    def change(self, uri: str, version: int, text: str) -> float:
        """Replace the whole text of ``uri``; return when the change was sent."""
        params = {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}],
        }
        return self.notify("textDocument/didChange", params)

    def diagnostics_arrival(self, uri: str, version: int) -> float:
        """Wait for the diagnostics of ``uri`` at ``version``; return when they arrived."""
        arrived, _ = self._wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and m["params"].get("version") == version
            )
        )
        return arrived

    def _wait(self, wanted: Callable[[Message], bool]) -> tuple[float, Message]:
        for i, (_, message) in enumerate(self.pending):
            if wanted(message):
                return self.pending.pop(i)
        deadline = time.monotonic() + self.timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                item = self.inbox.get(timeout=left)
            except queue.Empty:
                break
            if item is None:
                raise LspError(f"server closed its output:\n{self._stderr_text()}")
            arrived, message = item
            if "method" in message and "id" in message:  # a request from the server
                self.send({"id": message["id"], "result": None})
            elif wanted(message):
                return arrived, message
            else:
                self.pending.append(item)
        raise LspError(f"no matching message within {self.timeout} s")

    def _stderr_text(self) -> str:
        self.stderr.seek(0)
        return self.stderr.read().decode(errors="replace")

    def close(self) -> float:
        """Shut the server down and return its peak RSS in MB."""
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
        except (LspError, OSError):
            self.proc.kill()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, _, usage = os.wait4(self.proc.pid, os.WNOHANG)
            if pid:
                self.proc.returncode = 0  # reaped here; keep Popen from waiting again
                self.stderr.close()
                return usage.ru_maxrss / 1024
            time.sleep(0.01)
        self.proc.kill()
        _, _, usage = os.wait4(self.proc.pid, 0)
        self.proc.returncode = -9
        self.stderr.close()
        return usage.ru_maxrss / 1024
