"""smartlint as a Language Server: diagnostics while typing, rewrites as quick fixes.

A front end like the CLI: it lints an editor's in-memory text with the same
engine (``lint_bytes``), with config discovered from the document's own path,
and turns findings into LSP diagnostics.  Findings count columns in code
points; LSP counts UTF-16 code units unless the client negotiated another
encoding (``lspio.choose_encoding``), so every position is converted against
the document's line text.  What is published is kept per document version:
code actions are answered from it (``lspfix``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from smartlint import __version__
from smartlint.config import Config, forget_configs
from smartlint.exclusion import Exclusion
from smartlint.gctune import tune_gc
from smartlint.linter import (
    GoalCache,
    Options,
    check_set,
    config_for,
    lint_bytes,
    settle_suppressions,
)
from smartlint.lspfix import GoalFix, Published, quick_fixes, wants_quick_fixes
from smartlint.model import FileResult, Finding, Fix, Goal, SourceError, Span
from smartlint.sources.lines import fold
from smartlint.yamldata import DataFileError

SOURCE = "smartlint"

_SEVERITIES = {
    "info": types.DiagnosticSeverity.Information,
    "warning": types.DiagnosticSeverity.Warning,
    "error": types.DiagnosticSeverity.Error,
}
# The line breaks LSP (and smartlint's LineIndex) know; str.splitlines knows more.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A name for documents without a file (untitled:), so the right reader is chosen.
_UNTITLED = {"markdown": "untitled.md", "yaml": "untitled.yaml"}


def lsp_character(line: str, column: int, encoding: str = types.PositionEncodingKind.Utf16) -> int:
    """Return the LSP character offset of 1-based code-point ``column`` in ``line``.

    A column past the end of the line is clamped to its end, as LSP does.
    """
    before = line[: max(column - 1, 0)]
    # "surrogatepass": a lone surrogate a client sent is one UTF-16 unit, as the client counts it
    if encoding == types.PositionEncodingKind.Utf8:
        return len(before.encode("utf-8", "surrogatepass"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(before)
    return len(before.encode("utf-16-le", "surrogatepass")) // 2


def lsp_range(lines: Sequence[str], span: Span, encoding: str) -> types.Range:
    """Convert a smartlint span (1-based, code points, end exclusive) to an LSP range."""

    def position(line: int, column: int) -> types.Position:
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        return types.Position(
            line=max(line - 1, 0), character=lsp_character(text, column, encoding)
        )

    return types.Range(
        start=position(span.line, span.column), end=position(span.end_line, span.end_column)
    )


def split_lines(text: str) -> list[str]:
    """Split ``text`` at the line breaks LSP counts."""
    return _LINE_BREAK.split(text)


def lint_document(
    uri: str, text: str, language_id: str | None = None, cache: GoalCache | None = None
) -> FileResult:
    """Lint an editor's text; a bad config or rule file becomes the result's error.

    ``cache`` keeps the verdicts on goals between calls, so an edit re-lints
    only the goals it changed.
    """
    fs_path = uris.to_fs_path(uri)
    if fs_path and "\0" in fs_path:  # from %00: no file can have it, so no config either
        fs_path, language_id = None, language_id or _language_of(uri)
    options = Options(today=dt.date.today(), want_slots=False, cache=cache)
    path = Path(fs_path) if fs_path else Path(_UNTITLED.get(language_id or "", "untitled.txt"))
    try:
        # An untitled document has no folder to find a config in: use the defaults.
        config = config_for(path, options) if fs_path else Config()
        if fs_path and Exclusion()(path):
            return FileResult(str(path))  # the project excludes it: no diagnostics
        # "replace": a lone surrogate a client sent becomes "?" (one character, so
        # every position stays where it was) instead of failing the encoding.
        result = lint_bytes(str(path), text.encode("utf-8", "replace"), config, options)
        return check_set([result], options)[0] if fs_path else settle_suppressions(result)
    except DataFileError as exc:
        return FileResult(str(path), errors=(SourceError(str(exc), None),))


def _language_of(uri: str) -> str:
    """The reader a URI's suffix asks for, as a language id."""
    suffix = uri.rsplit(".", 1)[-1].lower()
    return {"md": "markdown", "markdown": "markdown", "yaml": "yaml", "yml": "yaml"}.get(
        suffix, "plaintext"
    )


def publish(result: FileResult, text: str, encoding: str, version: int | None = None) -> Published:
    """Turn a lint result into diagnostics (errors first) and the quick fixes they offer."""
    lines = split_lines(text)
    diagnostics = [_error_diagnostic(e.message, e.line, lines, encoding) for e in result.errors]
    fixes = []
    for goal in result.goals:
        fix = _rewritable(goal, text)
        goal_range = lsp_range(lines, goal.span, encoding) if fix else None
        mine = [(f, _diagnostic(f, lines, goal_range, encoding)) for f in goal.findings]
        diagnostics += [diagnostic for _, diagnostic in mine]
        offered = [(f.suggestion, diagnostic) for f, diagnostic in mine if f.suggestion]
        if fix is not None and goal_range is not None and offered:
            suggestion, touching = offered[0][0], [diagnostic for _, diagnostic in offered]
            fixes.append(GoalFix(goal_range, fix.start, fix.end, suggestion, touching))
    yaml = result.path.lower().endswith((".yaml", ".yml"))
    return Published(version, text, yaml, diagnostics, fixes)


def _rewritable(goal: Goal, text: str) -> Fix | None:
    """The goal's fix, when replacing the goal's characters with its rewrite loses nothing.

    A rewrite is made of the words a reader sees: over "Try to cut
    [churn](url)" it would drop the link, so such a goal gets no quick fix
    (``--fix`` refuses it the same way).
    """
    fix = next((f.fix for f in goal.findings if f.fix is not None), None)
    return fix if fix is not None and fold(text[fix.start : fix.end]) == goal.text else None


def _error_diagnostic(
    message: str, line: int | None, lines: Sequence[str], encoding: str
) -> types.Diagnostic:
    row = line - 1 if line and 0 < line <= len(lines) else 0
    width = lsp_character(lines[row], len(lines[row]) + 1, encoding) if lines else 0
    return types.Diagnostic(
        range=types.Range(start=types.Position(row, 0), end=types.Position(row, width)),
        message=message,
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )


def _diagnostic(
    finding: Finding, lines: Sequence[str], goal_range: types.Range | None, encoding: str
) -> types.Diagnostic:
    data: dict[str, Any] = {"category": finding.category, "suggestion": finding.suggestion}
    if finding.suggestion is not None and goal_range is not None:
        data["goal_range"] = _range_dict(goal_range)
    suffix = f" [{finding.category}]" if finding.category not in ("", "none") else ""
    return types.Diagnostic(
        range=lsp_range(lines, finding.span, encoding),
        message=finding.message + suffix,
        severity=_SEVERITIES[finding.severity],
        code=finding.rule,
        source=SOURCE,
        data=data,
    )


def _range_dict(r: types.Range) -> dict[str, dict[str, int]]:
    return {
        "start": {"line": r.start.line, "character": r.start.character},
        "end": {"line": r.end.line, "character": r.end.character},
    }


class _Scheduler:
    """Lint documents one at a time in a worker thread, newest text first.

    The event loop stays free to read the client's messages while a large
    document is linted; changes that arrive meanwhile are merged into one
    more lint of the latest text, and a result for text that has changed
    since is dropped rather than published.  What was published is kept
    per document, for its code actions.
    """

    def __init__(self, server: LanguageServer) -> None:
        self.server = server
        self.pending: dict[str, None] = {}  # an ordered set of URIs
        self.open: dict[str, None] = {}  # the URIs of open documents, as the client sent them
        self.published: dict[str, Published] = {}
        self.task: asyncio.Task[None] | None = None
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smartlint-lint")
        self.cache = GoalCache()

    def request(self, uri: str) -> None:
        self.pending[uri] = None
        if self.task is None or self.task.done():
            self.task = asyncio.get_running_loop().create_task(self._drain())

    def forget(self, uri: str) -> None:
        self.pending.pop(uri, None)
        self.open.pop(uri, None)
        self.published.pop(uri, None)

    def relint_all(self) -> None:
        """Lint every open document again (its config changed)."""
        for uri in self.open:
            self.request(uri)

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self.pending:
            await asyncio.sleep(0)  # let notifications already read land first
            uri = next(iter(self.pending), None)
            if uri is None:
                break  # the documents waiting were closed meanwhile
            del self.pending[uri]
            document = _document(self.server, uri)
            if document is None:
                continue  # closed meanwhile
            text, version = document.source, document.version
            encoding = str(
                self.server.workspace.position_encoding or types.PositionEncodingKind.Utf16
            )
            try:
                result = await loop.run_in_executor(
                    self.executor, lint_document, uri, text, document.language_id, self.cache
                )
                published = publish(result, text, encoding, version)
            except Exception as exc:  # a bug must cost one lint, not the server
                message = f"internal error while linting ({type(exc).__name__}: {exc})"
                error = _error_diagnostic(message, None, split_lines(text), encoding)
                published = Published(version, text, False, [error], [])
            if uri in self.pending or _document(self.server, uri) is None:
                continue  # changed or closed while linting: the newer text wins
            self.published[uri] = published
            self.server.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=uri, version=version, diagnostics=published.diagnostics
                )
            )


def build_server() -> LanguageServer:
    """Create the server with its handlers; ``serve`` runs it."""
    from smartlint import lspconfig
    from smartlint.lspio import GuardedProtocol

    server = LanguageServer(SOURCE, __version__, protocol_cls=GuardedProtocol)
    scheduler = _Scheduler(server)

    def config_changed() -> None:
        forget_configs()
        scheduler.cache = GoalCache()
        scheduler.relint_all()

    @server.feature(types.INITIALIZED)
    def initialized(ls: LanguageServer, params: types.InitializedParams) -> None:
        if lspconfig.can_watch(ls.client_capabilities):
            ls.client_register_capability(lspconfig.watch_registration())

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        scheduler.open[params.text_document.uri] = None
        scheduler.request(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: LanguageServer, params: types.DidSaveTextDocumentParams) -> None:
        if lspconfig.is_config(params.text_document.uri):
            config_changed()  # also for a client that watches no files for the server
        if params.text_document.uri in scheduler.open:
            scheduler.request(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(
        ls: LanguageServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        if lspconfig.any_config(change.uri for change in params.changes):
            config_changed()

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: LanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        scheduler.request(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        scheduler.forget(uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: LanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        """Quick fixes from what was published for the document's current version.

        The diagnostics the client sends back are not used: some clients
        rebuild their ranges in another encoding (see ``lspfix``).
        """
        uri = params.text_document.uri
        document = _document(ls, uri)
        published = scheduler.published.get(uri)
        if document is None or published is None or published.version != document.version:
            return []  # not linted yet in this version: the next publish brings its fixes
        if not wants_quick_fixes(params.context.only):
            return []
        return quick_fixes(uri, published, params.range, snippets=_accepts_snippets(ls))

    return server


def _document(ls: LanguageServer, uri: str) -> TextDocument | None:
    """The open document of ``uri``: pygls keeps documents under the unquoted URI.

    Looked up as the client wrote it, a URI with ``%20``, ``%2F`` or ``%00``
    was never found, and its document never got diagnostics.
    """
    return ls.workspace.text_documents.get(unquote(uri))


def _accepts_snippets(ls: LanguageServer) -> bool:
    workspace = ls.client_capabilities.workspace
    edits = workspace.workspace_edit if workspace else None
    return bool(edits and edits.snippet_edit_support and edits.document_changes)


def serve() -> None:
    """Run the Language Server on standard input and output until the client exits.

    The server lints in its own process: forking workers (``parallel``) from
    a process whose other thread holds the stdin lock left the children
    deadlocked (7 of 7 servers stopped linting a 4,000-goal document) and
    alive after the server.
    """
    import sys

    from smartlint.lspio import run_stdio
    from smartlint.parallel import never_fork

    tune_gc()
    never_fork()
    run_stdio(build_server(), sys.stdin.buffer, sys.stdout.buffer)
