import datetime as dt
import os
import time

import pytest

from smartlint.inherit import Inherited, InheritedText, InheritedTime
from smartlint.model import LineIndex, Position
from smartlint.sources import read_document, yamlload
from smartlint.sources.errors import SourceParseError
from smartlint.sources.yaml_goals import goals_from_yaml

OKR = """\
period: 2027
objectives:
  - title: Öka kundnöjdheten
    owner: Support
    key_results:
      - NPS från 30 till 45
      - title: Svarstid under 2 h
        baseline: 6 h
        target: 2 h
        deadline: 2027-06-30
  - objective: Växa i Norden
    krs: ["10 nya kunder i Norge"]
"""


def position(document, offset):
    return LineIndex(document).position(offset)


def test_okr_schema_with_positions_and_context():
    found = goals_from_yaml(OKR)
    assert [g.text for g in found] == [
        "Öka kundnöjdheten",
        "NPS från 30 till 45",
        "Svarstid under 2 h",
        "Växa i Norden",
        "10 nya kunder i Norge",
    ]
    for goal in found:
        assert goal.offsets is None
        assert OKR[goal.start : goal.end] == goal.text
    assert [position(OKR, g.start) for g in found] == [
        Position(3, 12),
        Position(6, 9),
        Position(7, 16),
        Position(11, 16),
        Position(12, 12),
    ]
    objective, kr1, kr2, objective2, kr3 = (g.context for g in found)
    year = InheritedTime("2027", "yaml", dt.date(2027, 1, 1), dt.date(2027, 12, 31), "year")
    support = InheritedText("Support", "yaml")
    assert objective.pop("inherited") == Inherited(deadline=year, owner=support)
    assert kr1.pop("inherited") == Inherited(deadline=year, owner=support)
    assert kr2.pop("inherited") == Inherited(
        deadline=InheritedTime(
            "2027-06-30", "yaml", dt.date(2027, 6, 30), dt.date(2027, 6, 30), "day"
        ),
        owner=support,
        target=InheritedText("2 h", "yaml", sizes=True),
    )
    assert objective == {
        "document": 0,
        "period": "2027",
        "yaml_path": "objectives[0]",
        "role": "objective",
        "parent": None,
        "fields": {"owner": "Support"},
    }
    assert (kr1["yaml_path"], kr1["role"], kr1["parent"], kr1["fields"]) == (
        "objectives[0].key_results[0]",
        "key_result",
        "objectives[0]",
        {},
    )
    assert kr2["yaml_path"] == "objectives[0].key_results[1]"
    assert kr2["fields"] == {"baseline": "6 h", "target": "2 h", "deadline": "2027-06-30"}
    assert objective2["yaml_path"] == "objectives[1]"
    assert (kr3["yaml_path"], kr3["parent"]) == ("objectives[1].krs[0]", "objectives[1]")


def test_goals_lists_and_goal_keys_anywhere():
    document = (
        "team:\n"
        "  plan:\n"
        "    mål: Halvera ledtiden till 2027\n"
        "    ägare: Anna\n"
        "    Delmål: 'Kartlägg flödet'\n"
        "goals:\n"
        "  - Skriv 4 artiklar\n"
        "  - {text: Håll 3 kurser, owner: Bo, id: G2}\n"
        "  - name: Ignored because text wins\n"
        "    text: Mät NPS varje kvartal\n"
        "Key-Results: [Svara på 90 % av ärendena]\n"
    )
    found = goals_from_yaml(document)
    assert [(g.text, g.context["yaml_path"], g.context["role"]) for g in found] == [
        ("Halvera ledtiden till 2027", "team.plan.mål", "goal"),
        ("Kartlägg flödet", "team.plan.Delmål", "goal"),
        ("Skriv 4 artiklar", "goals[0]", "goal"),
        ("Håll 3 kurser", "goals[1]", "goal"),
        ("Mät NPS varje kvartal", "goals[2]", "goal"),
        ("Svara på 90 % av ärendena", "Key-Results[0]", "key_result"),
    ]
    assert found[3].context["fields"] == {"owner": "Bo", "id": "G2"}
    for goal in found:
        assert document[goal.start : goal.end] == goal.text
    assert position(document, found[1].start) == Position(5, 14)


def test_other_yaml_gives_no_goals():
    document = "name: CI\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: x\n"
    assert goals_from_yaml(document) == []
    assert goals_from_yaml("") == []
    assert goals_from_yaml("just a string\n") == []


def test_non_string_values_are_not_goals():
    assert goals_from_yaml("goals: [2027, null, true, 3.5, '', '  ']\ngoal: 12\n") == []


def test_double_quoted_escapes_map_to_their_backslash():
    document = 'goal: "Öka \\u00e5 \\x41 med\\t10 %"\n'
    (goal,) = goals_from_yaml(document)
    assert goal.text == "Öka å A med\t10 %"
    assert goal.offsets is not None
    assert [document[o] for o in goal.offsets] == list("Öka \\ \\ med\\10 %")
    assert goal.start == 7
    assert goal.end == len(document) - 2
    assert goal.offsets[4] == document.index("\\u00e5")
    assert goal.doc_offset(len(goal.text)) == goal.end


def test_double_quoted_without_escapes_is_a_plain_slice():
    document = 'goal: "Öka NPS till 40"\n'
    (goal,) = goals_from_yaml(document)
    assert (goal.offsets, goal.start, goal.end) == (None, 7, 22)


def test_single_quoted_doubled_quote():
    document = "goal: 'Kundens ''röst'' hörs'\n"
    (goal,) = goals_from_yaml(document)
    assert goal.text == "Kundens 'röst' hörs"
    assert goal.offsets is not None
    assert [document[o] for o in goal.offsets] == list("Kundens 'röst' hörs")
    assert goal.offsets[8] == document.index("''")
    assert goal.offsets[13] == document.index("''", 16)


def test_folded_scalar_breaks_map_to_the_line_break():
    document = "goal: >\n  Öka NPS\n  till 40\n\n  senast 2027\n"
    (goal,) = goals_from_yaml(document)
    assert goal.text == "Öka NPS till 40\nsenast 2027"
    assert goal.offsets is not None
    assert [document[o] for o in goal.offsets] == list("Öka NPS\ntill 40\nsenast 2027")
    assert position(document, goal.start) == Position(2, 3)
    assert position(document, goal.offsets[8]) == Position(3, 3)
    assert position(document, goal.offsets[-1]) == Position(5, 13)
    assert position(document, goal.end) == Position(5, 14)
    assert goal.display == "Öka NPS till 40 senast 2027"


def test_literal_block_keeps_extra_indentation_and_drops_final_newline():
    document = "goals:\n  - |\n    Rad ett\n      indragen\n"
    (goal,) = goals_from_yaml(document)
    assert goal.text == "Rad ett\n  indragen"
    assert [document[o] for o in goal.offsets] == list("Rad ett\n  indragen")
    assert position(document, goal.offsets[8]) == Position(4, 5)
    assert document[goal.start : goal.end] == "Rad ett\n      indragen"


def test_multi_line_plain_scalar_with_crlf():
    document = "goal: Öka NPS\r\n  till 40\r\n"
    (goal,) = goals_from_yaml(document)
    assert goal.text == "Öka NPS till 40"
    assert goal.offsets[7] == document.index("\r\n")
    assert position(document, goal.offsets[8]) == Position(2, 3)
    assert position(document, goal.end) == Position(2, 10)


def test_bom_does_not_shift_positions():
    document, found = read_document("plan.yml", b"\xef\xbb\xbfgoal: Mer\n")
    assert document == "goal: Mer\n"
    assert position(document, found[0].start) == Position(1, 7)


def test_several_documents_and_period_mappings():
    document = "period: {start: 2027-01-01, end: 2027-06-30}\ngoal: Ett\n---\ngoal: Två\n"
    first, second = goals_from_yaml(document)
    assert first.context["period"] == {"start": "2027-01-01", "end": "2027-06-30"}
    assert (first.context["document"], second.context["document"]) == (0, 1)
    assert "period" not in second.context
    assert position(document, second.start) == Position(4, 7)


@pytest.mark.parametrize(
    ("document", "line"),
    [
        ("goals:\n  - a\n  b: [\n", 3),
        ("goal: ok\nbad: 'unterminated\n", 3),
        ("a: b\n  c: d\n", 2),
        ("goal: x\r\nlist: [a, b\r\nnext: }\r\n", 3),
        ("goal: *missing\n", 1),
        ("ok: 1\nbad: \x07\n", 2),
    ],
)
def test_broken_yaml_reports_the_line(document, line):
    with pytest.raises(SourceParseError) as info:
        goals_from_yaml(document)
    assert info.value.line == line
    assert info.value.message


def test_billion_laughs_costs_nothing():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        prev = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines.append("goals: *i")
    lines.append("goal: Verkligt mål")
    started = time.perf_counter()
    found = goals_from_yaml("\n".join(lines) + "\n")
    assert time.perf_counter() - started < 1.0
    assert [g.text for g in found] == ["Verkligt mål"]


def test_aliases_are_not_followed_to_goals():
    document = "base: &b Öka NPS\ngoal: *b\ngoals: [*b]\n"
    assert goals_from_yaml(document) == []


def test_python_tags_never_run(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "system", lambda *args: calls.append(args) or 0)
    document = (
        "goal: !!python/object/apply:os.system ['echo pwned']\n"
        "goals:\n  - !!python/object/apply:os.system ['echo pwned']\n"
        "  - !!python/name:os.system\n"
        "  - Ett riktigt mål\n"
    )
    found = goals_from_yaml(document)
    assert calls == []
    assert [g.text for g in found] == ["Ett riktigt mål"]


def test_too_many_nodes_is_refused():
    document = "goals: [" + ",".join(["a"] * 100_001) + "]\n"
    with pytest.raises(SourceParseError, match="more than 100000 YAML nodes"):
        goals_from_yaml(document)


def test_node_limit_is_exact(monkeypatch):
    monkeypatch.setattr(yamlload, "MAX_NODES", 10)
    # root mapping, key, sequence: 3 nodes, then one per item
    assert len(goals_from_yaml("goals: [a, b, c, d, e, f, g]\n")) == 7
    with pytest.raises(SourceParseError) as info:
        goals_from_yaml("goals:\n- a\n- b\n- c\n- d\n- e\n- f\n- g\n- h\n")
    assert info.value.line == 9


def test_deep_nesting_is_refused():
    with pytest.raises(SourceParseError, match="nested deeper"):
        goals_from_yaml("[" * 5000 + "]" * 5000)


def test_nesting_below_the_limit_is_read():
    document = "[" * 198 + "{goal: Djupt mål}" + "]" * 198
    (goal,) = goals_from_yaml(document)
    assert goal.context["yaml_path"] == "[0]" * 198 + ".goal"
    assert document[goal.start : goal.end] == "Djupt mål"
