"""Meta-tests on the rule files themselves (proselint: a check without examples fails)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_eval import CORE_RULES

from smartlint.rules.loader import builtin_rule_files, load_rules
from smartlint.rules.spec import load_rule_file
from smartlint.yamldata import DataFileError

CONTRACT_IDS = set(CORE_RULES)  # the contract's first rule ids


def test_contract_rules_exist() -> None:
    assert CONTRACT_IDS <= set(load_rules().ids())


@pytest.mark.parametrize("path", builtin_rule_files(), ids=lambda p: p.stem)
def test_rule_file_is_complete(path: Path) -> None:
    rule = load_rule_file(path)
    assert rule.id == path.stem
    for lang in ("sv", "en"):
        assert any(e.lang == lang and e.fails for e in rule.examples)
        assert any(e.lang == lang and not e.fails for e in rule.examples)
        assert rule.message[lang]
    assert rule.summary
    assert {"what", "why", "instead"} <= set(rule.description)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
id: no-synergy
category: specific
severity: warning
message:
  en: "'{match}' says nothing measurable."
  sv: "”{match}” säger inget mätbart."
patterns:
  en: [[{LOWER: synergy}], [{LEMMA: leverage}]]
  sv: [[{LOWER: {IN: [synergi, synergier]}}]]
examples:
  fail: {en: ["Leverage synergies across teams."], sv: ["Skapa synergier mellan teamen."]}
  pass: {en: ["Cut handover time to 2 days by 2027-06-30."], sv: ["Halvera överlämningstiden till 2027-06-30."]}
"""


def test_contract_example_rule_loads(tmp_path: Path) -> None:
    rule = load_rule_file(_write(tmp_path, "no-synergy.yaml", GOOD))
    assert rule.kind == "pattern"
    assert rule.patterns["en"][1].tokens == ({"LEMMA": "leverage"},)
    assert rule.patterns["en"][1].line == 8


@pytest.mark.parametrize(
    ("change", "line", "problem"),
    [
        (("severity: warning", "severity: loud"), 3, "severity must be one of"),
        (("category: specific", "category: vague"), 2, "category must be one of"),
        (("id: no-synergy", "id: other-name"), 1, "must equal the file name"),
        (("message:", "mesage:"), 4, "unknown key 'mesage'"),
        (("  sv: [[{LOWER", "  de: [[{LOWER"), 9, "unknown language 'de'"),
        (("  pass: {en:", "  pass: {de:"), 12, "unknown language 'de'"),
        (
            ("severity: warning", "severity: warning\nenabled: maybe"),
            4,
            "enabled must be true or false",
        ),
        (("  en: [[{LOWER: synergy}]", "  en: [[]"), 8, "non-empty list"),
    ],
)
def test_invalid_rule_file_is_reported_with_line(tmp_path: Path, change, line, problem) -> None:
    path = _write(tmp_path, "no-synergy.yaml", GOOD.replace(*change))
    with pytest.raises(DataFileError) as info:
        load_rule_file(path)
    assert info.value.line == line, str(info.value)
    assert problem in str(info.value)
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_rule_without_swedish_examples_is_rejected(tmp_path: Path) -> None:
    text = GOOD.replace(', sv: ["Skapa synergier mellan teamen."]', "")
    with pytest.raises(DataFileError, match="failing example in 'sv'"):
        load_rule_file(_write(tmp_path, "no-synergy.yaml", text))


def test_python_tag_in_rule_file_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace("severity: warning", "severity: !!python/object/apply:os.system [echo hi]")
    with pytest.raises(DataFileError, match="is not allowed"):
        load_rule_file(_write(tmp_path, "no-synergy.yaml", text))


def _words_in_lists(data: object) -> list[object]:
    """Every item of every list in a parsed YAML document, nested lists included."""
    if isinstance(data, dict):
        return [w for value in data.values() for w in _words_in_lists(value)]
    if isinstance(data, list):
        return [w for item in data for w in (_words_in_lists(item) or [item])]
    return []


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).resolve().parent.parent / "rules").rglob("*.yaml")),
    ids=lambda p: p.name,
)
def test_word_lists_hold_only_words(path: Path) -> None:
    # YAML reads an unquoted on/off/yes/no as a boolean: "on" silently left the
    # English particle and preposition lists until it was quoted
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    odd = [w for w in _words_in_lists(data) if isinstance(w, bool) or w is None]
    assert odd == []
