"""Blank Markdown inline markup to spaces, one character per document character.

The NLP layer must be able to point a finding at the exact document
characters of a word, so a goal's ``text`` is the source slice itself with
everything a reader does not see (emphasis markers, backticks, link and
image syntax, inline HTML, escaping backslashes, line ends and the
blockquote/list prefixes of continuation lines) replaced by spaces.

markdown-it's inline tokens say *what* the markup is but not *where*; this
module walks them in order with a cursor over the source and copies only the
characters it can match to a token's visible text, so a character that is
not blank in the result is always the document character at that offset
(or, for an entity such as ``&amp;``, the character it stands for).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkLabel, parseLinkTitle
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_LOOKAHEAD = 16  # how far a text character may be searched for past unexplained markup


class _Cursor:
    """The source of one paragraph, what is visible of it, and where we are."""

    def __init__(self, source: str, structural: Sequence[bool], md: MarkdownIt, env: Any) -> None:
        self.src = source.replace("\0", "\ufffd")  # as markdown-it normalises it
        self.clean = "".join(" " if s else c for c, s in zip(self.src, structural, strict=True))
        self.state = StateInline(self.clean, md, env, [])
        self.structural = structural
        self.out = [" "] * len(source)
        self.i = 0

    def settle(self) -> None:
        """Move past line ends and continuation prefixes, which are never visible."""
        while self.i < len(self.src) and self.structural[self.i]:
            self.i += 1

    def skip_literal(self, literal: str) -> bool:
        """Move past ``literal`` (markup) if it is next; whitespace in it may be absent."""
        saved = self.i
        for ch in literal:
            self.settle()
            if self.i < len(self.src) and self.src[self.i] == ch:
                self.i += 1
            elif not ch.isspace():
                self.i = saved
                return False
        return True

    def copy_text(self, visible: str) -> None:
        """Copy the characters of ``visible`` from the source, skipping escapes."""
        end = self.i + len(visible)
        if (
            "&" not in visible
            and "\\" not in visible
            and self.src.startswith(visible, self.i)
            and not any(self.structural[self.i : end])
        ):
            # the common case, plain text as written: what the loop below would do, at once
            self.out[self.i : end] = visible
            self.i = end
            return
        j = 0
        while j < len(visible):
            before = self.i
            self.settle()
            if self.i >= len(self.src):
                self.i = before
                return
            if self.i != before and visible[j].isspace() and self.src[self.i] != visible[j]:
                self.i = before  # a space markdown-it kept where the source has a line end
                j += 1
                continue
            j = self._copy_one(visible, j)

    def _copy_one(self, visible: str, j: int) -> int:
        """Match ``visible[j]`` (or an entity starting there); return the next ``j``."""
        src, i, ch = self.src, self.i, visible[j]
        entity = _ENTITY.match(src, i) if src[i] == "&" else None
        if entity is not None:
            decoded = html.unescape(entity.group())
            if decoded != entity.group() and visible.startswith(decoded, j):
                if len(decoded) <= len(entity.group()):
                    self.out[i : i + len(decoded)] = decoded
                self.i = entity.end()
                return j + len(decoded)
        if src[i] == "\\" and i + 1 < len(src) and src[i + 1] == ch and ch in _PUNCTUATION:
            i += 1
        if src[i] == ch:
            self.out[i] = ch
            self.i = i + 1
            return j + 1
        if ch.isspace():
            return j + 1
        found = self.clean.find(ch, i, i + _LOOKAHEAD)
        if found >= 0:
            self.out[found] = ch
            self.i = found + 1
        return j + 1

    def copy_code(self, fence: str) -> None:
        """Copy a code span's content verbatim and blank its backtick fences."""
        if not self.skip_literal(fence):
            return
        pattern = re.compile(rf"(?<!`){re.escape(fence)}(?!`)")
        close = pattern.search(self.clean, self.i)
        end = close.start() if close else len(self.src)
        for k in range(self.i, end):
            if not self.structural[k]:
                self.out[k] = self.src[k]
        self.i = close.end() if close else end

    def skip_break(self, hard: bool) -> None:
        """Move past a line break, its trailing spaces and a hard-break backslash."""
        while self.i < len(self.src) and self.src[self.i] in " \t":
            self.i += 1
        at_end = self.i + 1 >= len(self.src) or self.structural[self.i + 1]
        if hard and at_end and self.i < len(self.src) and self.src[self.i] == "\\":
            self.i += 1
        while self.i < len(self.src) and (self.structural[self.i] or self.src[self.i] in " \t"):
            self.i += 1

    def skip_link_tail(self) -> None:
        """Move past ``]`` and what follows it: ``(url "title")``, ``[ref]`` or nothing."""
        self.settle()
        if self.i >= len(self.src) or self.src[self.i] != "]":
            return
        self.i += 1
        end = _inline_link_end(self.clean, self.i)
        if end is None and self.i < len(self.src) and self.clean[self.i] == "[":
            close = parseLinkLabel(self.state, self.i)
            end = close + 1 if close >= 0 else None
        if end is not None:
            self.i = end

    def skip_image(self) -> None:
        """Move past a whole image: its alt text is not part of the goal's words."""
        self.settle()
        if not self.clean.startswith("![", self.i):
            return
        close = parseLinkLabel(self.state, self.i + 1)
        if close < 0:
            return
        self.i = close
        self.skip_link_tail()

    def copy_autolink(self) -> None:
        """Copy the address of ``<https://...>`` verbatim and blank the brackets."""
        if not self.skip_literal("<"):
            return
        close = self.clean.find(">", self.i)
        end = close if close >= 0 else len(self.src)
        self.out[self.i : end] = self.src[self.i : end]
        self.i = min(end + 1, len(self.src))


def _inline_link_end(text: str, pos: int) -> int | None:
    """Return the index after ``(destination "title")`` at ``pos``, as markdown-it parses it."""
    if pos >= len(text) or text[pos] != "(":
        return None
    pos = _skip_spaces(text, pos + 1)
    if pos >= len(text):
        return None
    destination = parseLinkDestination(text, pos, len(text))
    if destination.ok:
        after = _skip_spaces(text, destination.pos)
        title = parseLinkTitle(text, after, len(text))
        pos = after
        if after < len(text) and after != destination.pos and title.ok:
            pos = _skip_spaces(text, title.pos)
    if pos < len(text) and text[pos] == ")":
        return pos + 1
    return None


def _skip_spaces(text: str, pos: int) -> int:
    """Return the first index at or after ``pos`` that is not a space, tab or newline."""
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def mask_inline(
    source: str, structural: Sequence[bool], children: Sequence[Token], md: MarkdownIt, env: Any
) -> str:
    """Return ``source`` with every character that is not visible text blanked.

    ``structural[k]`` says that ``source[k]`` belongs to a line end or a
    continuation prefix; ``children`` are the inline tokens of the paragraph,
    parsed by ``md`` with ``env`` (which holds the link reference definitions).
    """
    cursor = _Cursor(source, structural, md, env)
    in_autolink = False
    for token in children:
        kind = token.type
        if in_autolink:
            in_autolink = kind != "link_close"
        elif kind in ("text", "text_special"):
            cursor.copy_text(token.content)
        elif kind == "code_inline":
            cursor.copy_code(token.markup)
        elif kind in ("softbreak", "hardbreak"):
            cursor.skip_break(kind == "hardbreak")
        elif kind == "link_open" and token.markup == "autolink":
            cursor.copy_autolink()
            in_autolink = True
        elif kind == "link_open":
            cursor.skip_literal("[")
        elif kind == "link_close":
            cursor.skip_link_tail()
        elif kind == "image":
            cursor.skip_image()
        elif kind == "html_inline":
            cursor.skip_literal(token.content)
        elif token.markup:
            cursor.skip_literal(token.markup)
    return "".join(cursor.out)


def visible_text(children: Sequence[Token]) -> str:
    """Return what a reader sees of the inline tokens (images and HTML left out)."""
    parts: list[str] = []
    for token in children:
        if token.type in ("text", "text_special", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
