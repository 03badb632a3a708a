"""The optional trained pipeline: comparatives found by morphology, and load errors.

No pipeline can be downloaded here, so the tests train a tiny English
morphologizer on hand-written goals, save it, and name its folder in a
config file as a user would name ``en_core_web_sm``.  "grippier" and
"flowier" are in neither ``words.en.yaml`` nor ``degree.en.txt``: only the
morphology can flag them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy
from conftest import TODAY
from spacy.tokens import Doc, Span
from spacy.training import Example

from smartlint.analysis import is_comparative
from smartlint.config import Config, load_config
from smartlint.linter import Options, lint_bytes
from smartlint.model import Goal
from smartlint.nlp.trained import MorphComparatives
from smartlint.yamldata import DataFileError

COMPARATIVES = {"grippier", "flowier", "warmer", "cheaper", "clearer", "faster", "simpler", "more"}
VERBS = {"make", "get", "keep", "hire", "launch", "ship", "train", "publish", "cut", "open"}
FUNCTION_WORDS = {"the": "DET", "for": "ADP", "by": "ADP", "two": "NUM", "new": "ADJ"}
TRAINING = [
    "Make onboarding grippier.",
    "Make the app grippier for users.",
    "Keep the office flowier.",
    "Make the docs flowier.",
    "Make support warmer.",
    "Make the checkout cheaper.",
    "Make the reports clearer.",
    "Make the build faster.",
    "Make the forms simpler.",
    "Get more customers.",
    "Make billing simpler for customers.",
    "Make the release faster for teams.",
    "Hire two engineers.",
    "Launch the new app.",
    "Ship the release.",
    "Train the support team.",
    "Publish the report.",
    "Open the new office.",
    "Cut costs by 10% by 2027-06-30.",
    "Cut churn by 5% by 2028-01-31.",
]


def annotate(text: str) -> dict[str, list[str]]:
    """POS and morphology of a training goal: comparatives carry Degree=Cmp."""
    words = text[:-1].split() + ["."]
    pos, morphs = [], []
    for word in words:
        lower = word.lower()
        if lower in COMPARATIVES:
            pos.append("ADJ")
            morphs.append("Degree=Cmp")
        else:
            pos.append(
                "PUNCT"
                if word == "."
                else "VERB"
                if lower in VERBS
                else FUNCTION_WORDS.get(lower, "NOUN")
            )
            morphs.append("")
    return {"words": words, "pos": pos, "morphs": morphs}


@pytest.fixture(scope="module")
def tiny_en(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Train a morphologizer on the goals above and save it as a pipeline folder."""
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("en")
    nlp.add_pipe("morphologizer")
    examples = [Example.from_dict(nlp.make_doc(text), annotate(text)) for text in TRAINING]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(30):
        nlp.update(examples, sgd=optimizer)
    path = tmp_path_factory.mktemp("pipelines") / "tiny_en"
    nlp.to_disk(path)
    return path


def config_naming(folder: Path, model: str) -> Config:
    """Write and load a ``.smartlint.yaml`` that names ``model`` for English."""
    path = folder / ".smartlint.yaml"
    path.write_text(f"pipeline:\n  en: {json.dumps(model)}\n", encoding="utf-8")
    return load_config(path)


def lint_with(text: str, config: Config) -> Goal:
    """Lint one English goal with ``config`` and return it."""
    result = lint_bytes("goal.txt", text.encode("utf-8"), config, Options(today=TODAY, lang="en"))
    assert not result.errors, result.errors
    [goal] = result.goals
    return goal


def flagged_words(goal: Goal, text: str) -> list[str]:
    """The words of ``text`` that vague-comparative findings point at."""
    return [
        text[f.span.column - 1 : f.span.end_column - 1]
        for f in goal.findings
        if f.rule == "vague-comparative"
    ]


def test_the_test_words_are_missing_from_the_word_table() -> None:
    assert not is_comparative("grippier", "en")
    assert not is_comparative("flowier", "en")


def test_trained_pipeline_flags_a_comparative_the_table_lacks(
    tiny_en: Path, tmp_path: Path
) -> None:
    text = "Make onboarding grippier."
    assert flagged_words(lint_with(text, Config()), text) == []
    assert flagged_words(lint_with(text, config_naming(tmp_path, str(tiny_en))), text) == [
        "grippier"
    ]


def test_trained_pipeline_keeps_table_comparatives_once(tiny_en: Path, tmp_path: Path) -> None:
    text = "Make the forms simpler."
    assert flagged_words(lint_with(text, config_naming(tmp_path, str(tiny_en))), text) == [
        "simpler"
    ]


def test_trained_pipeline_still_finds_amounts_and_deadlines(tiny_en: Path, tmp_path: Path) -> None:
    goal = lint_with("Cut costs by 10% by 2027-06-30.", config_naming(tmp_path, str(tiny_en)))
    assert goal.findings == ()
    assert goal.slots["deadline"]["date"] == "2027-06-30"


def test_trained_pipeline_sizes_a_table_less_comparative(tiny_en: Path, tmp_path: Path) -> None:
    goal = lint_with(
        "Make onboarding grippier by 20% by 2027-06-30.", config_naming(tmp_path, str(tiny_en))
    )
    assert [f.rule for f in goal.findings] == []


def test_missing_pipeline_is_an_error_of_the_config_file(tmp_path: Path) -> None:
    config = config_naming(tmp_path, "no_such_pipeline_xyz")
    with pytest.raises(DataFileError, match="no_such_pipeline_xyz") as raised:
        lint_with("Make onboarding grippier.", config)
    assert (raised.value.filename, raised.value.line) == (str(tmp_path / ".smartlint.yaml"), 1)


def test_relative_pipeline_path_is_read_from_the_config_folder(
    tmp_path: Path, tiny_en: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "plans"
    project.mkdir()
    shutil.copytree(tiny_en, project / "models" / "tiny_en")
    config = config_naming(project, "./models/tiny_en")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # an editor or hook may run from any folder
    text = "Make onboarding grippier."
    assert flagged_words(lint_with(text, config), text) == ["grippier"]


def test_pipeline_of_another_language_is_a_config_error(tmp_path: Path) -> None:
    swedish = tmp_path / "blank_sv"
    spacy.blank("sv").to_disk(swedish)
    config = config_naming(tmp_path, str(swedish))
    with pytest.raises(DataFileError, match="'sv'.*'en'"):
        lint_with("Make onboarding grippier.", config)


def make_doc(lang: str, words: list[str], morphs: list[str] | None = None) -> Doc:
    """A doc as a tagger would leave it: comparatives ADJ, the rest NOUN."""
    pos = ["ADJ" if m else "NOUN" for m in morphs] if morphs else None
    return Doc(spacy.blank(lang).vocab, words=words, pos=pos, morphs=morphs)


def test_component_is_a_no_op_without_morphology() -> None:
    doc = make_doc("en", ["Make", "onboarding", "grippier"])
    doc.spans["change"] = []
    assert list(MorphComparatives("en")(doc).spans["change"]) == []


def test_component_labels_decrease_comparatives_from_the_table() -> None:
    doc = make_doc(
        "sv",
        ["Gör", "resor", "billigare", "och", "vänligare"],
        ["", "", "Degree=Cmp", "", "Degree=Cmp"],
    )
    doc.spans["change"] = []
    spans = MorphComparatives("sv")(doc).spans["change"]
    assert [(s.text, s.label_) for s in spans] == [
        ("billigare", "decrease"),
        ("vänligare", "increase"),
    ]


def test_component_keeps_spans_sorted_without_duplicates() -> None:
    doc = make_doc(
        "en",
        ["more", "and", "grippier", "faster"],
        ["Degree=Cmp", "", "Degree=Cmp", "Degree=Cmp"],
    )
    doc.spans["change"] = [Span(doc, 3, 4, label="increase"), Span(doc, 0, 1, label="increase")]
    spans = MorphComparatives("en")(doc).spans["change"]
    assert [(s.start, s.text) for s in spans] == [(0, "more"), (2, "grippier"), (3, "faster")]


def test_component_ignores_comparative_morphology_on_other_parts_of_speech() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Make", "it", "grippier"],
        pos=["VERB", "PRON", "NOUN"],
        morphs=["", "", "Degree=Cmp"],
    )
    doc.spans["change"] = []
    assert list(MorphComparatives("en")(doc).spans["change"]) == []
