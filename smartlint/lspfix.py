"""The language server's quick fixes, built from what the server itself published.

A client sends back the diagnostics it holds with a code-action request, but
not always as they were sent: Neovim 0.7-0.10 rebuild their ranges from
their own byte columns, so after "å" or an emoji they no longer match the
request's range, counted in the negotiated encoding, and every quick fix
after non-ASCII text vanished.  So the server keeps what it published for
each document version and answers from that alone.

In YAML a rewrite replaces a scalar: it is written plain when that still
reads back as the same text, else quoted (``"..."``, or doubled quotes inside
a single-quoted scalar).  An edit is offered only when the edited document
loads to the same data with that one string changed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types

_PLACEHOLDER = re.compile(r"(<[^<>\s][^<>]*>)")
_SNIPPET_SPECIAL = re.compile(r"([\\$}])")
# Parsing a document twice per requested fix is fine for a plan, not for a data dump.
MAX_YAML_CHARS = 2_000_000


@dataclass(frozen=True)
class GoalFix:
    """One goal's rewrite as published: its range as sent and its characters in the text."""

    goal_range: types.Range
    start: int  # code points into the document text, end exclusive
    end: int
    suggestion: str
    diagnostics: list[types.Diagnostic]


@dataclass
class Published:
    """What the server sent for one version of a document, kept to answer code actions."""

    version: int | None
    text: str
    yaml: bool
    diagnostics: list[types.Diagnostic]
    fixes: list[GoalFix]
    _data: list[Any] | None = field(default=None, repr=False)

    def yaml_data(self) -> list[Any] | None:
        """The documents of the YAML text, loaded once; None when it does not load."""
        if self._data is None:
            self._data = _load_yaml(self.text)
        return self._data


def quick_fixes(
    uri: str, published: Published, wanted: types.Range, snippets: bool = False
) -> list[types.CodeAction]:
    """One "Rewrite goal" action per goal with a published diagnostic touching ``wanted``.

    With ``snippets`` (a client that accepts snippet edits) a rewrite with
    placeholders is a snippet, so the editor selects each one in turn.
    """
    actions = []
    for fix in published.fixes:
        touching = [d for d in fix.diagnostics if _overlaps(d.range, wanted)]
        if not touching:
            continue
        edit = _edit_for(fix, published)
        if edit is None:
            continue
        where, new_text = edit
        actions.append(
            types.CodeAction(
                title=f"Rewrite goal: {fix.suggestion}",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=touching,
                edit=_workspace_edit(uri, where, new_text, published.version, snippets),
            )
        )
    return actions


def _edit_for(fix: GoalFix, published: Published) -> tuple[types.Range, str] | None:
    """The range and text that put the rewrite in place of the goal, if that is safe."""
    if not published.yaml:
        return fix.goal_range, fix.suggestion
    if fix.goal_range.start.line != fix.goal_range.end.line:
        return None  # a folded scalar: its line breaks are the YAML's, not the goal's
    replacement = yaml_replacement(published, fix)
    if replacement is None:
        return None
    opened, new_text = replacement
    where = fix.goal_range
    if opened:  # the quotes around the scalar go too
        start, end = where.start, where.end
        where = types.Range(
            start=types.Position(start.line, start.character - 1),
            end=types.Position(end.line, end.character + 1),
        )
    return where, new_text


def yaml_replacement(published: Published, fix: GoalFix) -> tuple[bool, str] | None:
    """How to write ``fix.suggestion`` in place of the goal's scalar, or None.

    Returns whether the scalar's quotes are replaced too, and the new text.
    Each way of writing it is tried in turn and kept only when the edited
    document loads to the original data with that one string changed.
    """
    text, start, end = published.text, fix.start, fix.end
    if len(text) > MAX_YAML_CHARS or published.yaml_data() is None:
        return None
    quote = text[start - 1 : start]
    quoted = quote in ("'", '"') and text[end : end + 1] == quote
    suggestion = fix.suggestion
    double = json.dumps(suggestion, ensure_ascii=False)
    if quoted and quote == "'":
        ways = [(False, suggestion.replace("'", "''")), (True, double)]
    elif quoted:
        ways = [(False, double[1:-1])]
    else:
        ways = [(False, suggestion), (False, double)]
    for opened, new_text in ways:
        left, right = (start - 1, end + 1) if opened else (start, end)
        edited = _load_yaml(text[:left] + new_text + text[right:])
        if edited is not None and _one_string_changed(published.yaml_data(), edited, suggestion):
            return opened, new_text
    return None


def _load_yaml(text: str) -> list[Any] | None:
    import yaml

    try:
        return list(yaml.safe_load_all(text))
    except (yaml.YAMLError, RecursionError):
        return None


def _one_string_changed(before: Any, after: Any, new: str) -> bool:
    """Whether ``after`` is ``before`` with exactly one string turned into ``new``."""
    changed = list(_differences(before, after))
    return len(changed) == 1 and changed[0] == new


def _differences(before: Any, after: Any) -> Iterator[Any]:
    """Yield each value of ``after`` that differs from ``before``; a changed shape is ``None``."""
    if isinstance(before, dict) and isinstance(after, dict):
        if list(before) != list(after):
            yield None
            return
        for key in before:
            yield from _differences(before[key], after[key])
    elif isinstance(before, list) and isinstance(after, list):
        if len(before) != len(after):
            yield None
            return
        for old, new in zip(before, after, strict=True):
            yield from _differences(old, new)
    elif type(before) is not type(after) or before != after:
        yield after if isinstance(before, str) and isinstance(after, str) else None


def snippet(text: str) -> str:
    """Write a rewrite as an LSP snippet: each ``<...>`` placeholder a tab stop to fill in."""
    parts = _PLACEHOLDER.split(text)
    out = []
    for number, part in enumerate(parts):
        escaped = _SNIPPET_SPECIAL.sub(r"\\\1", part)
        out.append(f"${{{number // 2 + 1}:{escaped}}}" if number % 2 else escaped)
    return "".join(out)


def _workspace_edit(
    uri: str, where: types.Range, text: str, version: int | None, snippets: bool
) -> types.WorkspaceEdit:
    if not (snippets and _PLACEHOLDER.search(text)):
        return types.WorkspaceEdit(changes={uri: [types.TextEdit(range=where, new_text=text)]})
    edit = types.SnippetTextEdit(range=where, snippet=types.StringValue(value=snippet(text)))
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    return types.WorkspaceEdit(
        document_changes=[types.TextDocumentEdit(text_document=document, edits=[edit])]
    )


def _overlaps(a: types.Range, b: types.Range) -> bool:
    """Ranges overlap or touch (a cursor at a diagnostic's edge still asks for its fix)."""
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and (
        b.start.line,
        b.start.character,
    ) <= (a.end.line, a.end.character)


def wants_quick_fixes(only: Sequence[str] | None) -> bool:
    """Whether a request's ``context.only`` kinds include quick fixes."""
    if not only:
        return True
    kind = types.CodeActionKind.QuickFix.value
    asked = (str(getattr(wanted, "value", wanted)) for wanted in only)
    return any(kind == wanted or kind.startswith(f"{wanted}.") for wanted in asked)
