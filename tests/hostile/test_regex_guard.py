"""Every REGEX a team's rule file holds runs under the time limit, or the file is refused.

spaCy's Matcher hands a user's pattern to Python's ``re`` (which has no time
limit) wherever its predicate grammar allows one: ``{ATTR: {REGEX: p}}`` on
any string attribute and in any letter case, next to other predicates,
``{REGEX: {IN|NOT_IN|IS_SUBSET|...: [p, ...]}}``, nested ``REGEX`` or ``FUZZY``
wrappers, and custom ``_`` attributes.  The guard used to catch only
``{TEXT|ORTH|LOWER|NORM|LEMMA: {REGEX: p}}`` (issue 12, item 3).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from click.testing import CliRunner
from spacy.matcher import Matcher

from smartlint.cli import main
from smartlint.nlp import saferegex
from smartlint.nlp.rulematch import RuleMatcher
from smartlint.rules.spec import load_rule_file
from smartlint.yamldata import DataFileError

SLOW = "(a|aa)+$"
RULE = """\
id: no-aaa
category: specific
severity: warning
message: {{en: "'{{match}}' is suspicious.", sv: "”{{match}}” är misstänkt."}}
patterns:
  en: [[{token}]]
  sv: [[{{TEXT: aaa}}]]
examples:
  fail: {{en: ["Say aaa by 2027-06-30."], sv: ["Säg aaa senast 2027-06-30."]}}
  pass: {{en: ["Cut costs by 5% by 2027-06-30."], sv: ["Minska kostnaderna med 5 % senast 2027-06-30."]}}
"""
FORMS = {
    "regex next to NOT_IN": f'{{LOWER: {{REGEX: "{SLOW}", NOT_IN: [x]}}}}',
    "NOT_IN inside REGEX": f'{{TEXT: {{REGEX: {{NOT_IN: ["{SLOW}"]}}}}}}',
    "IN inside REGEX": f'{{TEXT: {{REGEX: {{IN: ["{SLOW}"]}}}}}}',
    "IS_SUBSET inside REGEX": f'{{TEXT: {{REGEX: {{IS_SUBSET: ["{SLOW}"]}}}}}}',
    "INTERSECTS inside REGEX": f'{{TEXT: {{REGEX: {{INTERSECTS: ["{SLOW}"]}}}}}}',
    "REGEX inside REGEX": f'{{TEXT: {{REGEX: {{REGEX: "{SLOW}"}}}}}}',
    "REGEX inside FUZZY": f'{{TEXT: {{FUZZY: {{REGEX: "{SLOW}"}}}}}}',
    "REGEX inside FUZZY2": f'{{TEXT: {{FUZZY2: {{REGEX: "{SLOW}"}}}}}}',
    "SHAPE": f'{{SHAPE: {{REGEX: "{SLOW}"}}}}',
    "lower-case norm": f'{{norm: {{REGEX: "{SLOW}"}}}}',
    "lower-case regex": f'{{TEXT: {{regex: "{SLOW}"}}}}',
    "ENT_TYPE": f'{{ENT_TYPE: {{REGEX: "{SLOW}"}}}}',
    "MORPH": f'{{MORPH: {{REGEX: "{SLOW}"}}}}',
    "custom attribute": f'{{_: {{foo: {{REGEX: "{SLOW}"}}}}}}',
}


def _rule(folder: Path, token: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "no-aaa.yaml"
    path.write_text(RULE.format(token=token), encoding="utf-8")
    return path


def _raw_regexes(matcher: RuleMatcher) -> list[object]:
    """The Matcher's predicates that run a pattern with ``re``, unguarded."""
    found = []
    for predicate in matcher.matcher._extra_predicates:
        values = predicate.value if isinstance(predicate.value, set) else {predicate.value}
        if type(predicate).__name__ == "_RegexPredicate" or any(
            hasattr(v, "search") for v in values
        ):
            found.append(predicate)
    return found


@pytest.mark.parametrize("form", FORMS)
def test_no_user_regex_reaches_re(tmp_path: Path, form: str) -> None:
    """Each form is refused at load, naming the file and line, or guarded: then spaCy's
    Matcher holds no predicate that would run the user's pattern with ``re``."""
    path = _rule(tmp_path, FORMS[form])
    try:
        spec = load_rule_file(path)
    except DataFileError as exc:
        assert str(exc).startswith(f"{path}:6: "), str(exc)
        return
    nlp = spacy.blank("en")
    matcher = RuleMatcher(nlp, "en")
    matcher.add_rule(spec, nlp)
    assert _raw_regexes(matcher) == []


MEANINGS = [
    '{LOWER: {REGEX: {IN: ["^syn", "^lever"]}}}',
    '{LOWER: {REGEX: {NOT_IN: ["^syn", "^lever"]}}}',
    '{LOWER: {REGEX: "^s", NOT_IN: [synergies]}}',
    '{SHAPE: {REGEX: "^Xx+$"}}',
    '{norm: {regex: "ies$"}}',
    '{TEXT: {regex: {in: ["^so$"]}}, OP: "{1,8}"}',
]


@pytest.mark.parametrize("token", MEANINGS)
def test_guarded_forms_match_what_spacy_would(tmp_path: Path, token: str) -> None:
    """With a harmless pattern, a guarded form matches the tokens spaCy's own Matcher
    matches: on main ``{REGEX: {IN: [...]}}`` compiled the dict's text as one pattern."""
    spec = load_rule_file(_rule(tmp_path, token))
    nlp = spacy.blank("en")
    doc = nlp("So so synergies: leverage them, Leverage synergies now.")
    reference = Matcher(nlp.vocab, validate=True)
    reference.add("no-aaa", [list(spec.patterns["en"][0].tokens)])
    expected = {(start, end) for _, start, end in reference(doc)}
    guarded = RuleMatcher(nlp, "en")
    guarded.add_rule(spec, nlp)
    spans = guarded(doc).spans["rules"]
    assert expected and {(s.start, s.end) for s in spans} <= expected
    assert {t.i for s in spans for t in s} == {
        i for start, end in expected for i in range(start, end)
    }


@pytest.mark.parametrize(
    "form", ["NOT_IN inside REGEX", "regex next to NOT_IN", "lower-case norm", "IN inside REGEX"]
)
def test_guarded_forms_time_out_and_are_reported(tmp_path: Path, form: str) -> None:
    """On main each of these ran for minutes on one token; now it times out and is reported.

    A subprocess, so that a pattern that escapes the guard fails this test by
    its time-out instead of hanging the suite.
    """
    _rule(tmp_path / "team", FORMS[form])
    (tmp_path / ".smartlint.yaml").write_text("rules_dirs: [team]\nlang: en\n", encoding="utf-8")
    evil = "a" * 40 + "b"
    (tmp_path / "goals.txt").write_text(f"Say {evil} soon.\n", encoding="utf-8")
    command = [sys.executable, "-m", "smartlint", "check", "--format", "json", "goals.txt"]
    proc = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    [error] = json.loads(proc.stdout)["files"][0]["errors"]
    assert f"no-aaa.yaml:6: REGEX pattern '{SLOW}' ran over its time limit" in error["message"]
    assert proc.returncode == 2


def test_a_memory_bomb_is_refused_before_it_compiles(tmp_path: Path) -> None:
    """``(?:a{1000000}){1000000}`` took 1.4 GB before a MemoryError under a 1.5 GB cap; with
    no cap the kernel killed the process.  Nested repeats are bounded at load now."""
    path = _rule(tmp_path, '{TEXT: {REGEX: "(?:a{1000000}){1000000}"}}')
    with pytest.raises(DataFileError, match=r":6: .*repeat"):
        load_rule_file(path)


def test_a_pattern_that_does_not_compile_is_a_rule_file_error(tmp_path: Path, monkeypatch) -> None:
    """Kept: a broken pattern, also inside ``{REGEX: {IN: [...]}}``, is ``file:line``."""
    _rule(tmp_path / "team", '{TEXT: {REGEX: {IN: ["(unclosed"]}}}')
    (tmp_path / ".smartlint.yaml").write_text("rules_dirs: [team]\nlang: en\n", encoding="utf-8")
    (tmp_path / "goals.txt").write_text("Say aaa by 2027-06-30.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "goals.txt"])
    assert result.exit_code == 2
    assert f"{Path('team') / 'no-aaa.yaml'}:6: invalid pattern" in result.stderr
    assert "Traceback" not in result.output


def test_a_pattern_just_under_the_token_limit_is_stopped_by_the_run_budget(
    tmp_path: Path, monkeypatch
) -> None:
    """A pattern that stays under the per-token limit on every token used to run on: a
    290 KB file took 116 s instead of 1.6 s.  Its time across the run is bounded too.

    The limits are scaled down (a token limit it never reaches, a 0.2 s budget) so
    that 300 tokens of about 3 ms each use the budget up.
    """
    monkeypatch.setattr(saferegex, "TIME_LIMIT", 30.0)
    monkeypatch.setattr(saferegex, "RUN_BUDGET", 0.2)
    monkeypatch.setattr(saferegex, "TOKEN_ALLOWANCE", 0.0)
    _rule(tmp_path / "team", f'{{TEXT: {{REGEX: "{SLOW}"}}}}')
    (tmp_path / ".smartlint.yaml").write_text("rules_dirs: [team]\nlang: en\n", encoding="utf-8")
    lines = [f"Say {'a' * 18}b item {i}." for i in range(300)]
    (tmp_path / "goals.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SMARTLINT_WORKERS", "1")
    result = CliRunner().invoke(main, ["check", "--format", "json", "goals.txt"])
    [error] = json.loads(result.stdout)["files"][0]["errors"]
    assert "ran over its time budget for the run" in error["message"]
    assert error["message"].startswith(f"{tmp_path / 'team' / 'no-aaa.yaml'}:6:")
    assert result.exit_code == 2
