"""The language server's connection to its editor: framing that survives bad input.

pygls 2.1 reads the ``Content-Length`` framing strictly: after a message
with a missing, negative, non-numeric or huge length, or with bare newlines
ending its headers, it waited for a body that never came and the server
was alive but deaf.  Here a bad message is dropped and logged, the reader
finds the next ``Content-Length`` header and the server keeps answering.

It also owns the end of the process.  ``exit`` ends it at once with the
status the protocol asks for (0 after ``shutdown``, else 1), even while a
lint runs in a worker thread (waiting for that thread took 26-33 s), and a
request after ``shutdown`` gets an InvalidRequest error instead of silence.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Generator, Sequence
from typing import Any, BinaryIO

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidRequest, JsonRpcParseError
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method

logger = logging.getLogger("smartlint.lsp")

# A 20 MiB document, every character escaped as \uXXXX in JSON, fits.
MAX_MESSAGE_BYTES = 128 * 2**20
# Header lines are short; a longer "line" is read in pieces, never whole.
_LINE_LIMIT = 2**16
_LENGTH = b"content-length:"
_HEADER = re.compile(rb"[A-Za-z0-9!#$&'*+.^_`|~-]+:")  # an HTTP field name, then ':'


def read_message(stream: BinaryIO, dropped: Callable[[str], None]) -> bytes | None:
    r"""Return the next message body, or None at the end of the stream.

    A message without a usable ``Content-Length`` is passed over, and
    ``dropped`` is told why.  A header line holding ``Content-Length:``
    starts a new message wherever it stands in the line, so the rest of a
    bad message (its body, read as header lines) is skipped.  A bare
    newline ends a header line as ``\r\n`` does.
    """
    length: int | None = None
    problem: str | None = None
    seen = False
    while True:
        line = stream.readline(_LINE_LIMIT)
        if not line:
            return None
        if not line.strip():
            if seen and problem is None and length is not None:
                body = stream.read(length)
                return body if len(body) == length else None
            if seen:
                dropped(problem or "a message without Content-Length")
            length, problem, seen = None, None, False
            continue
        at = line.lower().find(_LENGTH)
        if at >= 0:
            if problem is not None or at > 0:
                dropped(problem or f"bytes before its headers: {line[: min(at, 60)]!r}")
            length, problem = _parse_length(line[at + len(_LENGTH) :])
        elif not _HEADER.match(line):
            problem = problem or f"not a header line: {line[:60]!r}"
        seen = True


def _parse_length(value: bytes) -> tuple[int | None, str | None]:
    text = value.strip()
    if not text.isdigit():
        return None, f"Content-Length {text[:40]!r} is not a number of bytes"
    if int(text) > MAX_MESSAGE_BYTES:
        return None, f"Content-Length {int(text)} is over the {MAX_MESSAGE_BYTES >> 20} MiB limit"
    return int(text), None


def choose_encoding(offered: Sequence[str] | None) -> str:
    """The position encoding to use with a client that ``offered`` these (LSP 3.17).

    UTF-16 whenever the client offers it or offers none (every client must
    support it, and clients from before 3.17 know nothing else); else UTF-8,
    else UTF-32, in the client's order.  (pygls alone takes the client's
    first choice.)
    """
    utf16 = types.PositionEncodingKind.Utf16.value
    if not offered or utf16 in offered:
        return utf16
    others = (types.PositionEncodingKind.Utf8.value, types.PositionEncodingKind.Utf32.value)
    return next((kind for kind in offered if kind in others), utf16)


class GuardedProtocol(LanguageServerProtocol):
    """pygls's protocol, with the exit and post-shutdown behaviour the LSP asks for."""

    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams) -> Generator[Any, Any, Any]:
        """Initialize as pygls does, with the position encoding ``choose_encoding`` picks."""
        general = params.capabilities.general
        if general is not None and general.position_encodings:
            general.position_encodings = [choose_encoding(general.position_encodings)]
        return (yield from super().lsp_initialize(params))

    def handle_message(self, message: Any) -> None:
        """Exit at once on ``exit``; refuse a request after ``shutdown``; else as pygls."""
        method = getattr(message, "method", None)
        if method == types.EXIT:
            finish(0 if self._shutdown else 1)
        if self._shutdown and method is not None and getattr(message, "id", None) is not None:
            error = JsonRpcInvalidRequest(message=f"the server is shut down; {method} refused")
            self._send_response(message.id, error=error.to_response_error())
            return
        super().handle_message(message)


def finish(status: int) -> None:
    """End the process now: what was sent is flushed, a running lint is not waited for.

    The server forks nothing, so no child is left behind.
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def run_stdio(server: LanguageServer, stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Serve the editor on ``stdin``/``stdout`` until ``exit`` or the end of input."""
    server.protocol.set_writer(StdoutWriter(stdout))
    asyncio.run(_serve(server, stdin))


async def _serve(server: LanguageServer, stdin: BinaryIO) -> None:
    loop = asyncio.get_running_loop()
    ended = asyncio.Event()

    def dropped(problem: str) -> None:
        logger.warning("dropped a message from the client: %s", problem)

    def read() -> None:
        while True:
            try:
                body = read_message(stdin, dropped)
            except (OSError, ValueError):
                body = None
            if body is None:
                loop.call_soon_threadsafe(ended.set)
                return
            loop.call_soon_threadsafe(_dispatch, server.protocol, body)

    threading.Thread(target=read, name="smartlint-lsp-reader", daemon=True).start()
    await ended.wait()
    # The editor went away without "exit": stop as exit would.
    finish(0 if getattr(server.protocol, "_shutdown", False) else 1)


def _dispatch(protocol: LanguageServerProtocol, body: bytes) -> None:
    """Hand one message to pygls; a body that is no JSON-RPC message is logged and dropped."""
    try:
        message = json.loads(body, object_hook=protocol.structure_message)
    except ValueError as exc:  # also UnicodeDecodeError
        logger.warning("dropped a message that is not JSON: %s", exc)
        protocol._send_response(None, error=JsonRpcParseError().to_response_error())  # type: ignore[arg-type]
        return
    try:
        protocol.handle_message(message)
    except Exception as exc:  # a message pygls cannot take must cost that message only
        logger.warning("dropped a message pygls could not handle: %r", exc)
