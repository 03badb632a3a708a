"""What the command line does differently on a terminal: colour and a progress bar.

Colour (``--color auto``) is used only when the stream is a terminal, and
never when ``NO_COLOR`` is set to anything (no-color.org); ``FORCE_COLOR``
(force-color.org) turns it on in a pipe.  ``--color always`` / ``never``
win over both.  A progress bar goes to standard error, only when that is a
terminal, the run is not ``--quiet`` and it lints at least
``PROGRESS_MIN_FILES`` files: pipes, CI logs and editors never see one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import IO, Any, TextIO

import click

# A run of fewer files is over before a bar would say anything.
PROGRESS_MIN_FILES = 20


def wants_colour(choice: str, stream: IO[Any], environ: Mapping[str, str] = os.environ) -> bool:
    """Whether output to ``stream`` is coloured under ``--color choice``."""
    if choice in ("always", "never"):
        return choice == "always"
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    return _isatty(stream) and environ.get("TERM") != "dumb"


def _isatty(stream: IO[Any]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):  # closed, or no file behind it
        return False


class Progress:
    """``run_check``'s progress callback: a bar on standard error for long runs on a terminal.

    Used as a context manager, so the bar's line is ended before any output.
    """

    def __init__(self, stream: TextIO, enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled and _isatty(stream)
        self.bar: Any = None  # click's ProgressBar, made once the run's size is known
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        """Hear that ``done`` of ``total`` files are linted."""
        if not self.enabled or total < PROGRESS_MIN_FILES:
            return
        if self.bar is None:
            self.bar = click.progressbar(
                length=total, label="linting", file=self.stream, show_pos=True, show_eta=False
            )
            self.bar.render_progress()
        self.bar.update(done - self.done)
        self.done = done

    def __enter__(self) -> Progress:
        """Start listening."""
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """End the bar's line (and so leave the terminal to the output)."""
        if self.bar is not None:
            self.bar.render_finish()
