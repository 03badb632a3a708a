"""SARIF 2.1.0 output, for code-scanning dashboards.

Paths are written relative to the working folder (the repository root in
CI), with forward slashes, as ``artifactLocation.uri``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from smartlint import __version__
from smartlint.linter import Options
from smartlint.model import FileResult
from smartlint.pathtext import uri_path, valid_text
from smartlint.rules.loader import load_rules

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVELS = {"info": "note", "warning": "warning", "error": "error"}


def format_sarif(results: Sequence[FileResult], options: Options) -> str:
    """Return one SARIF log with a run for smartlint."""
    rules = load_rules()
    descriptors = [
        {
            "id": rule.id,
            "name": rule.id,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.description.get("what", rule.summary)},
            "help": {"text": rule.description.get("instead", rule.summary)},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
            "properties": {"category": rule.category},
        }
        for rule in rules.rules
    ]
    index = {rule.id: i for i, rule in enumerate(rules.rules)}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for result in results:
        location = {"artifactLocation": {"uri": _uri(result.path)}}
        for error in result.errors:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": valid_text(error.message)},
                    "locations": [{"physicalLocation": location}],
                }
            )
        for finding in result.findings:
            span = finding.span
            item: dict[str, Any] = {
                "ruleId": finding.rule,
                "level": _LEVELS[finding.severity],
                "message": {"text": finding.message},
                "locations": [
                    {
                        "physicalLocation": {
                            **location,
                            "region": {
                                "startLine": span.line,
                                "startColumn": span.column,
                                "endLine": span.end_line,
                                "endColumn": span.end_column,
                            },
                        }
                    }
                ],
            }
            if finding.rule in index:
                item["ruleIndex"] = index[finding.rule]
            if finding.suggestion:
                item["properties"] = {"suggestion": finding.suggestion}
            sarif_results.append(item)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "smartlint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/smartlint/",
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    if notifications:
        run["invocations"] = [
            {"executionSuccessful": False, "toolExecutionNotifications": notifications}
        ]
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _uri(path: str) -> str:
    """A relative URI reference: ``plans/q1 #2.md`` is ``plans/q1%20%232.md``."""
    if path == "-":
        return "stdin"
    try:
        relative = os.path.relpath(Path(path).absolute(), Path.cwd())
    except ValueError:
        relative = path
    return uri_path(Path(relative).as_posix())
