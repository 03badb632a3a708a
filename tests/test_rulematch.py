"""The rule matcher skips spaCy's Matcher only for goals no token pattern can start in."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartlint.nlp.pipeline import build_pipeline, parse
from smartlint.nlp.rulematch import RULE_SPANS, RuleMatcher
from smartlint.rules.loader import load_rules

RULE = """\
id: team-words
category: specific
severity: warning
message: {{en: "'{{match}}' is vague.", sv: "”{{match}}” är vagt."}}
patterns:
  en: {patterns}
  sv: [[{{LOWER: synergi}}]]
examples:
  fail: {{en: ["{fail}"], sv: ["Skapa synergi."]}}
  pass: {{en: ["Cut handover time to 2 days by 2027-06-30."], sv: ["Halvera tiden till 2027-06-30."]}}
"""

# Patterns by how their first word is given, with a goal each must fire on.
CASES = {
    "lower": ("[[{LOWER: synergy}]]", "Find synergy across teams."),
    "lower in": ("[[{LOWER: {IN: [holistic, seamless]}}, {LOWER: plan}]]", "Draw a Seamless plan."),
    "lemma": ("[[{LEMMA: leverage}]]", "Keep leveraging our strengths."),
    "orth": ("[[{ORTH: KPI}, {LOWER: work}]]", "Start KPI work now."),
    "text": ("[[{TEXT: Agile}]]", "Become Agile."),
    "optional first": ("[[{LOWER: very, OP: '?'}, {LOWER: nimble}]]", "Be nimble."),
    "regex": ("[[{LOWER: {REGEX: '^syn'}}]]", "Find synthesis."),
    "any attribute": ("[[{IS_DIGIT: true}, {LOWER: pivots}]]", "Make 3 pivots."),
}

GOALS = [
    "Cut handover time to 2 days by 2027-06-30.",
    "Find synergy across teams.",
    "Draw a seamless plan and a holistic view.",
    "Keep leveraging our strengths and leverage partners.",
    "Start kpi work now, then KPI work later.",
    "Become agile, then Agile.",
    "Be very nimble, or just nimble.",
    "Find synthesis and synonyms.",
    "Make 3 pivots by 2027-06-30.",
]


def _matches(matcher: RuleMatcher, nlp, text: str) -> list[tuple[str, int, int]]:
    doc = parse(nlp, text)
    return [(s.label_, s.start, s.end) for s in doc.spans[RULE_SPANS]]


@pytest.mark.parametrize("case", CASES)
def test_pre_check_finds_what_the_matcher_finds(tmp_path: Path, case: str) -> None:
    patterns, fail = CASES[case]
    (tmp_path / "team-words.yaml").write_text(
        RULE.format(patterns=patterns, fail=fail), encoding="utf-8"
    )
    nlp = build_pipeline("en", load_rules([tmp_path]))
    matcher = nlp.get_pipe("smartlint_rules")
    assert isinstance(matcher, RuleMatcher)
    checked = [_matches(matcher, nlp, text) for text in [fail, *GOALS]]
    assert any(label == "team-words" for label, _, _ in checked[0]), case
    matcher.first_words = None  # what the Matcher alone finds, on every goal
    assert checked == [_matches(matcher, nlp, text) for text in [fail, *GOALS]]


@pytest.mark.parametrize("case", ["optional first", "regex", "any attribute"])
def test_pre_check_is_off_when_a_pattern_may_start_at_any_word(tmp_path: Path, case: str) -> None:
    patterns, fail = CASES[case]
    (tmp_path / "team-words.yaml").write_text(
        RULE.format(patterns=patterns, fail=fail), encoding="utf-8"
    )
    nlp = build_pipeline("en", load_rules([tmp_path]))
    assert nlp.get_pipe("smartlint_rules").first_words is None
