r"""File names as git writes them in a patch header, back to the names on disk.

git quotes a name that holds a control character, a double quote or a
backslash in C style (``"ta\tb.txt"``; also octal bytes such as
``\303\245`` unless ``core.quotePath`` is off) and ends an unquoted name
that holds a space with a tab, for the sake of GNU patch.  A name read
without undoing both never matches the file, so the file looked unchanged.
"""

from __future__ import annotations

import os
import re

_ESCAPES = {
    b"a": b"\a", b"b": b"\b", b"t": b"\t", b"n": b"\n", b"v": b"\v", b"f": b"\f",
    b"r": b"\r", b'"': b'"', b"\\": b"\\",
}  # fmt: skip
_ESCAPE = re.compile(rb'\\([0-7]{3}|[abtnvfr"\\])')


def patch_name(raw: bytes) -> str | None:
    """The name after ``+++ `` in a ``--no-prefix`` patch; None for ``/dev/null`` (deleted)."""
    if raw == b"/dev/null":
        return None
    if raw.startswith(b'"') and raw.endswith(b'"') and len(raw) >= 2:
        return os.fsdecode(unquote_c(raw[1:-1]))
    return os.fsdecode(raw.rstrip(b"\t"))


def unquote_c(quoted: bytes) -> bytes:
    """Undo git's C-style quoting of the bytes between the double quotes."""

    def one(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        return bytes([int(code, 8)]) if len(code) == 3 else _ESCAPES[code]

    return _ESCAPE.sub(one, quoted)
