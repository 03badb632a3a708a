"""Config ``goals:``: where a user says goals are, validated as strictly as every other key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smartlint.config import load_config
from smartlint.linter import Options, lint_bytes
from smartlint.sources.spec import GoalSpec, MarkdownSpec, YamlSpec
from smartlint.yamldata import DataFileError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_goals_key_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / ".smartlint.yaml",
        "goals:\n  markdown:\n    sections: ['Mål*', Goals]\n    columns: [Åtgärd]\n"
        "  yaml:\n    keys: [aktivitet]\n",
    )
    assert load_config(path).goals == GoalSpec(
        MarkdownSpec(sections=("Mål*", "Goals"), columns=("Åtgärd",)),
        YamlSpec(keys=("aktivitet",)),
    )


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("goals:\n  markdwn: {}\n", 2, "unknown goals key 'markdwn'"),
        ("goals:\n  markdown:\n    section: [Mål]\n", 3, "unknown goals.markdown key 'section'"),
        ("goals:\n  yaml:\n    keys: {a: b}\n", 3, "goals.yaml.keys must be a list of text"),
        ("goals:\n  markdown: [Mål]\n", 2, "goals.markdown must be a mapping"),
        ("goals: [Mål]\n", 1, "goals must be a mapping"),
    ],
)
def test_goals_key_errors_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path / ".smartlint.yaml", text)
    with pytest.raises(DataFileError) as info:
        load_config(path)
    assert info.value.line == line
    assert words in str(info.value)


PLAN = """\
# Verksamhetsplan 2027

## Bakgrund

- Föreningen växte med 40 medlemmar.

## Våra mål

- Öka antalet medlemmar till 500.

## Aktiviteter

| Åtgärd | Kostnad |
|---|---|
| Ordna tre öppna träningar | 2 000 kr |

## Ansvar

| Uppgift | Ansvarig |
|---|---|
| Skicka ut kallelser i tid | Sekreteraren |
"""


def lint(text: str, name: str, config_text: str, tmp_path: Path):
    folder = tmp_path / str(len(list(tmp_path.iterdir())))  # load_config caches by path
    folder.mkdir()
    config = load_config(write(folder / ".smartlint.yaml", config_text))
    options = Options(today=dt.date(2027, 1, 10))
    return lint_bytes(name, text.encode("utf-8"), config, options)


def test_sections_say_under_which_headings_goals_are(tmp_path: Path) -> None:
    default = lint(PLAN, "plan.md", "lang: sv\n", tmp_path)
    # the owner column makes the last table one of goals; the cost table has no goal column
    assert [g.text for g in default.goals] == [
        "Öka antalet medlemmar till 500.",
        "Skicka ut kallelser i tid",
    ]
    assert [n.line for n in default.notes] == [13]
    narrowed = lint(PLAN, "plan.md", "goals:\n  markdown:\n    sections: ['Våra*']\n", tmp_path)
    assert [g.text for g in narrowed.goals] == ["Öka antalet medlemmar till 500."]
    widened = lint(
        PLAN,
        "plan.md",
        "goals:\n  markdown:\n    sections: ['Våra*', Aktiviteter]\n    columns: [Åtgärd]\n",
        tmp_path,
    )
    assert [g.text for g in widened.goals] == [
        "Öka antalet medlemmar till 500.",
        "Ordna tre öppna träningar",
    ]


def test_yaml_keys_name_more_goal_keys(tmp_path: Path) -> None:
    text = "plan:\n  aktivitet: Ordna tre öppna träningar senast 2027-06-30\n"
    assert lint(text, "plan.yaml", "lang: sv\n", tmp_path).goals == ()
    (goal,) = lint(text, "plan.yaml", "goals:\n  yaml:\n    keys: [aktivitet]\n", tmp_path).goals
    assert goal.text == "Ordna tre öppna träningar senast 2027-06-30"
