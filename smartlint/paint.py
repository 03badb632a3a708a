"""Colour for the terminal: ANSI styles for the parts of a finding line.

The formatters take a :class:`Paint`; the plain one (the default) returns the
text as it is, so pipes, files and editors never see an escape sequence.
Whether to colour is the front end's choice (see ``terminal.wants_colour``).
"""

from __future__ import annotations

# SGR codes: bold, dim, red, yellow, cyan, green; severities also bold.
_STYLES = {
    "path": "1",
    "position": "2",
    "error": "1;31",
    "warning": "1;33",
    "info": "1;36",
    "note": "36",
    "rule": "2",
    "suggestion": "32",
    "summary": "1",
}


class Paint:
    """Styles a piece of output by its role (``path``, ``warning``, ``rule``, ...)."""

    __slots__ = ("on",)

    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, role: str, text: str) -> str:
        """``text`` in the style of ``role``, or unchanged when colour is off."""
        if not self.on or not text:
            return text
        return f"\x1b[{_STYLES[role]}m{text}\x1b[0m"


PLAIN = Paint(False)
COLOUR = Paint(True)
