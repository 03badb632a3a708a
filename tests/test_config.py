"""Configuration: discovery upward, strict validation, errors as file:line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smartlint.config import Period, find_config, load_config
from smartlint.yamldata import DataFileError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_upward_nearest_wins(tmp_path: Path) -> None:
    outer = write(tmp_path / ".smartlint.yaml", "lang: sv\n")
    inner = write(tmp_path / "a" / "b" / ".smartlint.yaml", "lang: en\n")
    goal = write(tmp_path / "a" / "b" / "c" / "goals.md", "- x\n")
    assert find_config(goal) == inner
    assert find_config(tmp_path / "a" / "other.md") == outer


def test_pyproject_section(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.smartlint]\nlang = "sv"\nignore = ["hedge"]\n')
    config = load_config(path)
    assert config.lang == "sv" and config.ignore == ("hedge",)


def test_pyproject_unknown_key_has_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.smartlint]\nlang = "sv"\nlangauge = "en"\n')
    with pytest.raises(DataFileError) as info:
        load_config(path)
    assert info.value.line == 3


def test_all_keys(tmp_path: Path) -> None:
    path = write(
        tmp_path / ".smartlint.yaml",
        "lang: en\nselect: [hedge]\nignore: []\nseverity: {hedge: error}\n"
        "rules_dirs: [team]\nexclude: ['archive/**']\nperiod: 2027\n"
        "pipeline: {en: en_core_web_sm}\nfiscal_year_start: 7\nrewrite_max_words: 14\n",
    )
    config = load_config(path)
    assert config.rewrite_max_words == 14
    assert config.period == Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert config.rules_dirs == ((tmp_path / "team").resolve(),)
    assert config.model_for("en") == "en_core_web_sm" and config.model_for("sv") is None
    assert dict(config.severity) == {"hedge": "error"}
    assert config.fiscal_year_start == 7


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("lang: de\n", 1, "lang must be one of"),
        ("lang: sv\nseverity: {hedge: loud}\n", 2, "severity must be"),
        ("period: {start: 2027-01-01, end: 2026-01-01}\n", 1, "before its start"),
        ("period: next year\n", 1, "period must be"),
        ("\n\nfiscal_year_start: 13\n", 3, "month number"),
        ("rewrite_max_words: 0\n", 1, "whole number of words"),
        ("lang: sv\nrewrite_max_words: ten\n", 2, "whole number of words"),
        ("select: hedge, missing-number\nexlude: []\n", 2, "unknown key 'exlude'"),
        ("lang: [unclosed\n", 2, "invalid YAML"),
        ("pipeline: {de: x}\n", 1, "pipeline keys"),
    ],
)
def test_invalid(tmp_path: Path, text: str, line: int, problem: str) -> None:
    path = write(tmp_path / ".smartlint.yaml", text)
    with pytest.raises(DataFileError) as info:
        load_config(path)
    assert info.value.line == line and problem in str(info.value)
    assert str(info.value).startswith(f"{path}:{line}:")
