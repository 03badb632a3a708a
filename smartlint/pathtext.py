"""File names as output can carry them: valid UTF-8, one line, a valid URI.

A name is whatever bytes the file system holds.  Python hands an undecodable
byte over as a lone surrogate (``surrogateescape``), which no UTF-8 writer
accepts, and a newline in a name would start a line of text output that
looks like a finding of its own.  So output never prints a name as it is.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# RFC 3986's unreserved and sub-delims, ":@/", and any real character beyond ASCII.
_URI_KEEP = re.compile("[A-Za-z0-9._~!$&'()*+,;=:@/-]|[^\x00-\x9f\u2028\u2029\ud800-\udfff]")


def name_bytes(path: str) -> bytes:
    """The bytes of the name on disk (an undecodable byte back as itself)."""
    try:
        return path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no file system byte became
        return path.encode("utf-8", "surrogatepass")


def valid_text(path: str) -> str:
    r"""The name as valid Unicode: an undecodable byte is written ``\xff``."""
    return name_bytes(path).decode("utf-8", "backslashreplace")


def one_line(path: str) -> str:
    r"""The name as valid Unicode on one line: control characters as ``\n``, ``\x1b``."""
    return _CONTROL.sub(_escape, valid_text(path))


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def uri_path(path: str) -> str:
    """A relative path as a URI reference: ``q1 #2.md`` is ``q1%20%232.md``.

    Spaces, ``#``, ``%``, control characters and undecodable bytes are
    percent-encoded; letters beyond ASCII stay as they are (an IRI, as code
    scanning shows them: ``plans/mål.md``).
    """
    return "".join(char if _URI_KEEP.match(char) else _percent(char) for char in path)


def _percent(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in name_bytes(char))
