"""Bytes to the one string that every position in smartlint refers to.

Offsets, lines and columns are all counted in the string ``decode`` returns,
so a byte order mark is dropped here (it is not a character an editor shows)
and line endings are kept as they are (a fix must write them back unchanged).
Anything that is not text is refused with a message a user can act on,
rather than linted as mojibake.  ``encoding_of`` and ``encode`` give ``--fix``
the way back: a file is written in its own encoding with its own BOM.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from smartlint.sources.errors import SourceReadError

# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class Encoding(NamedTuple):
    """How a file's text is stored: its byte order mark (or none) and codec."""

    bom: bytes
    codec: str


def encoding_of(data: bytes) -> Encoding:
    """The encoding ``decode`` reads ``data`` in: the one its BOM names, else UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Encoding(bom, codec)
    return Encoding(b"", "utf-8")


def encode(text: str, encoding: Encoding) -> bytes:
    """The bytes of ``text`` in ``encoding``, BOM first: ``decode`` read back gives ``text``."""
    return encoding.bom + text.encode(encoding.codec)


def decode(data: bytes) -> str:
    """Return the text of ``data``, without its byte order mark.

    Raises ``SourceReadError`` for binary data (a NUL byte without a UTF-16
    or UTF-32 BOM) and for bytes that are not valid in their encoding.
    """
    bom, codec = encoding_of(data)
    body = data[len(bom) :]
    if codec == "utf-8":
        return _decode_utf8(body, len(bom))
    return _decode_wide(body, codec, len(bom))


def _decode_utf8(body: bytes, skipped: int) -> str:
    """Decode BOM-less (or UTF-8 BOM) data, which must not hold a NUL byte."""
    nul = body.find(b"\0")
    if nul >= 0 and skipped == 0 and _looks_utf16(body):
        raise SourceReadError(
            f"looks like UTF-16 without a byte order mark (NUL byte at offset {nul}); "
            "save it as UTF-8; not linted"
        )
    if nul >= 0:
        raise SourceReadError(f"binary file (NUL byte at offset {nul + skipped}); not linted")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(body, exc.start)
        raise SourceReadError(
            f"not valid UTF-8 (byte 0x{body[exc.start]:02X} at line {line}, column {column})",
            line,
        ) from None


def _looks_utf16(body: bytes) -> bool:
    """Tell BOM-less UTF-16 of (mostly Latin) text: every other byte is NUL, the rest not."""
    head = body[:256]
    if len(head) < 4 or len(head) % 2:
        return False
    return any(not any(head[k::2]) and all(head[1 - k :: 2]) for k in (0, 1))


def _decode_wide(body: bytes, encoding: str, skipped: int) -> str:
    """Decode UTF-16/UTF-32 data whose BOM named the encoding."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().replace("-LE", "LE").replace("-BE", "BE")
        offset = exc.start + skipped
        raise SourceReadError(f"not valid {name} (bad data at byte offset {offset})") from None


def _byte_position(body: bytes, index: int) -> tuple[int, int]:
    """Return the 1-based line and column (in code points) of byte ``index``.

    Everything before the first invalid byte is valid UTF-8, so the part of
    the line before it can be decoded to count code points, as an editor does.
    """
    head = body[:index]
    line = 1 + head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n")
    line_start = max(head.rfind(b"\n"), head.rfind(b"\r")) + 1
    return line, len(head[line_start:].decode("utf-8")) + 1
