"""smartlint: a linter for goals written in plain Swedish or English.

The Python API (see ``smartlint.api``): :func:`lint_text` and
:func:`lint_paths`, returning the frozen values of ``smartlint.model``.
They are loaded on first use, so ``import smartlint`` (and so
``smartlint --help``) imports neither spaCy nor the rules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> the module that defines it, imported when the name is first read.
_LAZY = {
    "lint_text": "smartlint.api",
    "lint_paths": "smartlint.api",
    "RunError": "smartlint.runner",
    "RunResult": "smartlint.model",
    "FileResult": "smartlint.model",
    "Goal": "smartlint.model",
    "Finding": "smartlint.model",
    "Rewrite": "smartlint.model",
    "Span": "smartlint.model",
    "Fix": "smartlint.model",
    "FixedGoal": "smartlint.model",
    "SourceError": "smartlint.model",
    "SourceNote": "smartlint.model",
}

__all__ = [
    "FileResult",
    "Finding",
    "Fix",
    "FixedGoal",
    "Goal",
    "Rewrite",
    "RunError",
    "RunResult",
    "SourceError",
    "SourceNote",
    "Span",
    "__version__",
    "lint_paths",
    "lint_text",
]

if TYPE_CHECKING:
    from smartlint.api import lint_paths, lint_text
    from smartlint.model import (
        FileResult,
        Finding,
        Fix,
        FixedGoal,
        Goal,
        Rewrite,
        RunResult,
        SourceError,
        SourceNote,
        Span,
    )
    from smartlint.runner import RunError


def __getattr__(name: str) -> Any:
    """Import a public name's module the first time the name is used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'smartlint' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the lazy ones included."""
    return sorted({*globals(), *_LAZY})
