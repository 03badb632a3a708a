r"""Where each character of a YAML scalar's value sits in the document.

A YAML value is often not a slice of the file: quotes, escapes (``\u00e5``),
``''`` in single quotes, folded line breaks and block-scalar indentation all
change it.  To let a finding point at the right document characters, the
scalar's source is cut into *units* (a character it contributes, or a line
break that may become a space or newline) and the value is matched against
them in order.  An escape maps to its backslash; a folded line break to the
break.
"""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import ScalarNode
from yaml.scanner import Scanner

_BREAKS = "\r\n\x85\u2028\u2029"
_FOLDED = "\n \u2028\u2029"


@dataclass(frozen=True)
class Located:
    """A value's characters with their document offsets (None: a plain slice)."""

    start: int
    end: int
    offsets: tuple[int, ...] | None


_Unit = tuple[str | None, int, int]  # (character or None for a line break, start, end)


def locate(text: str, node: ScalarNode, first: int, last: int) -> Located:
    """Locate ``node.value[first:last]`` in ``text``, the document the node came from."""
    start, end = node.start_mark.index, node.end_mark.index
    style = node.style
    if style in ("'", '"'):
        start, end = start + 1, end - 1
    if style in (None, "'") and text[start:end] == node.value:
        return Located(start + first, start + last, None)
    if style in ("|", ">"):
        units = _block_units(text, start, end, node.value)
    else:
        units = _flow_units(text, start, end, style)
    spans = _align(node.value, units, end)[first:last]
    if not spans:
        return Located(start, start, None)
    offsets = tuple(s for s, _ in spans)
    begin, finish = offsets[0], spans[-1][1]
    if offsets == tuple(range(begin, begin + len(offsets))) and finish == begin + len(offsets):
        return Located(begin, finish, None)
    return Located(begin, finish, offsets)


def _align(value: str, units: list[_Unit], end: int) -> list[tuple[int, int]]:
    """Match each value character to the next unit that can produce it."""
    spans: list[tuple[int, int]] = []
    k = 0
    for ch in value:
        while k < len(units):
            unit_ch, u_start, u_end = units[k]
            k += 1
            if unit_ch == ch or (unit_ch is None and ch in _FOLDED):
                spans.append((u_start, u_end))
                break
        else:
            last = spans[-1][1] if spans else end
            spans.append((max(last - 1, 0), last))
    return spans


def _break_end(text: str, i: int) -> int:
    """Return the index after the line break at ``i`` (CR LF is one break)."""
    return i + 2 if text.startswith("\r\n", i) else i + 1


def _flow_units(text: str, i: int, end: int, style: str | None) -> list[_Unit]:
    """Cut a plain, single- or double-quoted scalar's source into units."""
    units: list[_Unit] = []
    while i < end:
        ch = text[i]
        if style == "'" and text.startswith("''", i):
            units.append(("'", i, i + 2))
            i += 2
        elif style == '"' and ch == "\\" and i + 1 < end:
            i = _escape_unit(text, i, end, units)
        elif ch in " \t":
            j = i
            while j < end and text[j] in " \t":
                j += 1
            if j >= end or text[j] not in _BREAKS:
                units.extend((text[k], k, k + 1) for k in range(i, j))
            i = j
        elif ch in _BREAKS:
            units.append((None, i, _break_end(text, i)))
            i = _skip_indent(text, _break_end(text, i), end)
        else:
            units.append((ch, i, i + 1))
            i += 1
    return units


def _escape_unit(text: str, i: int, end: int, units: list[_Unit]) -> int:
    """Add the unit of the escape at ``i`` and return the index after it."""
    code = text[i + 1]
    if code in _BREAKS:  # an escaped line break joins the lines without a space
        return _skip_indent(text, _break_end(text, i + 1), end)
    if code in Scanner.ESCAPE_CODES:
        length = Scanner.ESCAPE_CODES[code]
        digits = text[i + 2 : i + 2 + length]
        try:
            char = chr(int(digits, 16))
        except ValueError:
            char = "\ufffd"
        units.append((char, i, i + 2 + length))
        return i + 2 + length
    units.append((Scanner.ESCAPE_REPLACEMENTS.get(code, code), i, i + 2))
    return i + 2


def _skip_indent(text: str, i: int, end: int) -> int:
    """Return the index after the spaces and tabs that start a continuation line."""
    while i < end and text[i] in " \t":
        i += 1
    return i


def _block_units(text: str, start: int, end: int, value: str) -> list[_Unit]:
    """Cut a literal or folded block scalar's content lines into units.

    The content indentation is the first non-empty line's indentation less
    the spaces the value itself keeps at the start of that line.
    """
    header_end = start
    while header_end < end and text[header_end] not in _BREAKS:
        header_end += 1
    if header_end >= end:
        return []
    first_content = _break_end(text, header_end)
    lines = _split_region(text, first_content, end)
    kept = next((len(v) - len(v.lstrip(" ")) for v in value.split("\n") if v.strip()), 0)
    shown = next((_skip_spaces(text, s, e) - s for s, e, _ in lines if text[s:e].strip()), 0)
    indent = max(shown - kept, 0)
    units: list[_Unit] = []
    for line_start, line_end, break_end in lines:
        content = min(line_start + indent, _skip_spaces(text, line_start, line_end))
        units.extend((text[k], k, k + 1) for k in range(content, line_end))
        if break_end > line_end:
            units.append((None, line_end, break_end))
    return units


def _skip_spaces(text: str, i: int, end: int) -> int:
    """Return the first index at or after ``i`` (before ``end``) that is not a space."""
    while i < end and text[i] == " ":
        i += 1
    return i


def _split_region(text: str, i: int, end: int) -> list[tuple[int, int, int]]:
    """Return (start, content end, break end) of each line in ``text[i:end]``."""
    lines: list[tuple[int, int, int]] = []
    while i < end:
        j = i
        while j < end and text[j] not in _BREAKS:
            j += 1
        k = _break_end(text, j) if j < end else j
        lines.append((i, j, min(k, end) if j < end else j))
        i = k
    return lines
