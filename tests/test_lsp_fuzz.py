"""The Language Server under a seeded random editing session: it never dies or goes silent.

A fixed-seed sequence of didOpen / didChange (full and incremental, with
ranges past the end and inside surrogate pairs) / didSave / didClose /
codeAction on several documents.  The server must answer every request,
report no handler error, publish only ranges inside the text of the version
they are for (UTF-16 positions), and after a last full change publish what
a fresh open of the same text publishes.

What the server holds after each change is computed with pygls's own
``TextDocument``, so the test checks smartlint's positions against the
exact text the server linted, however pygls treats an odd range.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

from lspclient import Client
from lsprotocol import types
from pygls.workspace import TextDocument

SEED = 6_2027
OPERATIONS = 1000
LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the line ends of LSP (and smartlint)

DOCUMENTS = [  # (path under the session folder, languageId)
    ("plan.md", "markdown"),
    ("goals.txt", "plaintext"),
    ("okr.yaml", "yaml"),
    ("broken.yml", "yaml"),
    ("bad-config/notes.md", "markdown"),  # its folder's config is invalid
]
FRAGMENTS = [
    "Öka försäljningen med 20 % senast 2027-12-31.",
    "Marknadsföring ska få fler kunder snart.",
    "Förhoppningsvis blir vi bättre på sikt",
    "Improve customer satisfaction",
    "Try to cut costs by 5% by Q3 2027.",
    "Hopefully ship more features next quarter.",
    "# Mål 2027",
    "## Key results",
    "- ",
    "* [ ] ",
    "1. ",
    "> ",
    "```",
    "~~~",
    "---",
    "| a | b |\n|---|---|\n| x | y |",
    "<!-- smartlint-disable vague-comparative -->",
    "# smartlint: disable-next-line",
    "goals:",
    "  - ",
    "objectives:\n  - title: ",
    "    key_results:\n      - ",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "&a ",
    "*a",
    "!!python/object/apply:os.system ['echo']",
    "'",
    '"',
    "\\u00e5",
    "|\n  ",
    ">-\n  ",
    "period: 2027",
    "period: {start: 2027-13-45, end: 2027-12-31}",
    "🚀",
    "👩‍👩‍👧",
    "åäöÅÄÖ",
    "e\u0301",
    "\t",
    "  ",
    "\u00a0",
    "\u2028",
    "\x0c",
    "\x00",
]
NEWLINES = ["\n", "\n", "\r\n", "\r"]


def random_text(rng: random.Random) -> str:
    parts = [
        rng.choice(NEWLINES) if rng.random() < 0.3 else rng.choice(FRAGMENTS)
        for _ in range(rng.randint(0, 14))
    ]
    return "".join(parts)


def units(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def lsp_lines(text: str) -> list[str]:
    return LINE_BREAK.split(text)


def random_position(rng: random.Random, lines: list[str]) -> dict[str, int]:
    """A position in the text, or past its end or a line's end, or inside a surrogate pair."""
    line = rng.randint(0, len(lines) + 1)
    width = units(lines[line]) if line < len(lines) else 0
    return {"line": line, "character": rng.randint(0, width + 2)}


def random_range(rng: random.Random, text: str) -> dict[str, Any]:
    lines = lsp_lines(text)
    start = random_position(rng, lines)
    if rng.random() < 0.8:  # usually a proper range: end at or after start
        line = rng.randint(start["line"], start["line"] + 2)
        end = {"line": line, "character": rng.randint(0, 20)}
        if line == start["line"]:
            end["character"] = start["character"] + rng.randint(0, 6)
    else:
        end = random_position(rng, lines)
    return {"start": start, "end": end}


def within(position: dict[str, int], lines: list[str]) -> bool:
    line, character = position["line"], position["character"]
    return 0 <= line < len(lines) and 0 <= character <= units(lines[line])


def range_problem(r: dict[str, Any], text: str) -> str | None:
    lines = lsp_lines(text)
    start, end = r["start"], r["end"]
    if not (within(start, lines) and within(end, lines)):
        return f"range {r} outside the text ({len(lines)} lines)"
    if (start["line"], start["character"]) > (end["line"], end["character"]):
        return f"range {r} ends before it starts"
    return None


class Session:
    """The client side of the session: what each document holds at each version."""

    def __init__(self, client: Client, folder: Path, rng: random.Random) -> None:
        self.client = client
        self.rng = rng
        self.docs = {(folder / name).as_uri(): language for name, language in DOCUMENTS}
        self.open: dict[str, TextDocument] = {}
        self.version = dict.fromkeys(self.docs, 0)
        self.texts: dict[tuple[str, int], str] = {}  # (uri, version) -> text the server holds
        self.counts: dict[str, int] = {}
        self.requests = 0

    def next_version(self, uri: str) -> int:
        self.version[uri] += 1  # unique per uri, also across close and reopen
        return self.version[uri]

    def did_open(self, uri: str, text: str) -> int:
        version = self.next_version(uri)
        self.open[uri] = TextDocument(uri, text, version, self.docs[uri])
        self.texts[uri, version] = text
        item = {"uri": uri, "languageId": self.docs[uri], "version": version, "text": text}
        self.client.notify("textDocument/didOpen", {"textDocument": item})
        return version

    def did_change(self, uri: str, changes: list[dict[str, Any]]) -> int:
        version = self.next_version(uri)
        document = self.open[uri]
        for change in changes:
            if "range" in change:
                r = change["range"]
                event: Any = types.TextDocumentContentChangePartial(
                    range=types.Range(
                        types.Position(r["start"]["line"], r["start"]["character"]),
                        types.Position(r["end"]["line"], r["end"]["character"]),
                    ),
                    text=change["text"],
                )
            else:
                event = types.TextDocumentContentChangeWholeDocument(text=change["text"])
            document.apply_change(event)
        document.version = version
        self.texts[uri, version] = document.source
        self.client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes},
        )
        return version

    def code_action(self, uri: str) -> None:
        text = self.open[uri].source
        diagnostics = self.last_diagnostics(uri)
        params = {
            "textDocument": {"uri": uri},
            "range": random_range(self.rng, text),
            "context": {"diagnostics": diagnostics},
        }
        reply = self.client.request("textDocument/codeAction", params)
        self.requests += 1
        assert reply is None or isinstance(reply, list), reply

    def last_diagnostics(self, uri: str) -> list[dict[str, Any]]:
        for message in reversed(self.client.received):
            if message.get("method") == "textDocument/publishDiagnostics":
                if message["params"]["uri"] == uri:
                    return message["params"]["diagnostics"]
        return []

    def step(self) -> None:
        rng = self.rng
        uri = rng.choice(list(self.docs))
        if uri not in self.open:
            operation = "open"
            self.did_open(uri, random_text(rng))
        else:
            operation = rng.choices(
                ["full", "incremental", "save", "close", "codeAction"], [3, 6, 1, 1, 2]
            )[0]
            if operation == "full":
                self.did_change(uri, [{"text": "" if rng.random() < 0.1 else random_text(rng)}])
            elif operation == "incremental":
                text = self.open[uri].source
                changes = []
                for _ in range(rng.randint(1, 3)):
                    inserted = random_text(rng) if rng.random() < 0.7 else ""
                    changes.append({"range": random_range(rng, text), "text": inserted})
                version = self.did_change(uri, changes)
                if rng.random() < 0.25:  # wait for the diagnostics, as a typist pausing would
                    self.client.diagnostics(uri, version)
            elif operation == "save":
                self.client.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
            elif operation == "close":
                del self.open[uri]
                self.client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
            else:
                self.code_action(uri)
        self.counts[operation] = self.counts.get(operation, 0) + 1


def test_random_editing_session(tmp_path: Path) -> None:
    (tmp_path / "bad-config").mkdir()
    (tmp_path / "bad-config" / ".smartlint.yaml").write_text("ignroe: [hedge]\n", "utf-8")
    rng = random.Random(SEED)
    client = Client()
    try:
        client.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
        client.notify("initialized", {})
        session = Session(client, tmp_path, rng)
        for _ in range(OPERATIONS):
            session.step()
            assert client.proc.poll() is None, f"the server died (seed {SEED})"

        # A last full change of every document, then a fresh open of the same text.
        for uri in session.docs:
            if uri not in session.open:
                session.did_open(uri, random_text(rng))
            text = random_text(rng) + "\n- Öka försäljningen snart 🚀\r\nImprove sales soon\n"
            version = session.did_change(uri, [{"text": text}])
            after_change = client.diagnostics(uri, version)
            client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
            del session.open[uri]
            fresh = client.diagnostics(uri, session.did_open(uri, text))
            assert after_change == fresh, f"{uri}: seed {SEED}"
        session.code_action(next(iter(session.docs)))  # all earlier messages are handled
    finally:
        alive = client.proc.poll() is None
        client.stderr.seek(0)
        stderr = client.stderr.read().decode(errors="replace")
        status = client.close() if alive else client.proc.returncode
        client.stderr.close()
    summary = (
        f"seed {SEED}: {OPERATIONS} operations {dict(sorted(session.counts.items()))}, "
        f"{session.requests} requests answered"
    )
    assert alive and status == 0, f"the server did not shut down cleanly; {summary}\n{stderr}"
    assert "Traceback" not in stderr, f"{summary}\n{stderr}"

    errors = [
        m["params"]["message"]
        for m in client.received
        if m.get("method") in ("window/showMessage", "window/logMessage")
        and m["params"]["type"] == types.MessageType.Error
    ]
    assert not errors, f"{errors}; {summary}"
    publishes = published = 0
    for message in client.received:
        if message.get("method") != "textDocument/publishDiagnostics":
            continue
        params = message["params"]
        if params.get("version") is None:  # a closed document's diagnostics are cleared
            assert params["diagnostics"] == [], summary
            continue
        publishes += 1
        text = session.texts[params["uri"], params["version"]]
        for diagnostic in params["diagnostics"]:
            published += 1
            ranges = [diagnostic["range"], (diagnostic.get("data") or {}).get("goal_range")]
            for r in filter(None, ranges):
                problem = range_problem(r, text)
                assert problem is None, f"{problem} in {text!r}: {diagnostic}; {summary}"
    summary += f", {publishes} publishes with {published} diagnostics checked"
    assert publishes > OPERATIONS // 4 and published > OPERATIONS // 2, summary
    print(summary)
