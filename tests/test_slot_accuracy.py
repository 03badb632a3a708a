"""Slot accuracy on the hand-annotated goals: the bar of issue 3, per language."""

from __future__ import annotations

import pytest
from corpus_eval import load_corpus
from slot_eval import SLOT_FILES, evaluate

BARS = {"deadline": 0.9, "target": 0.9, "direction": 0.9, "metric": 0.8}


@pytest.fixture(scope="module", params=SLOT_FILES)
def result(request):
    return evaluate(request.param)


def test_at_least_100_annotated_goals(result) -> None:
    _, count, _ = result
    assert count >= 100


@pytest.mark.parametrize("slot", sorted(BARS))
def test_slot_accuracy(result, slot: str) -> None:
    lang, _, scores = result
    score = scores[slot]
    detail = "\n".join(score.wrong)
    assert score.accuracy >= BARS[slot], f"{lang} {slot} {score.accuracy:.2f}\n{detail}"


@pytest.mark.parametrize("name", SLOT_FILES)
def test_every_annotated_goal_has_all_slots(name: str) -> None:
    for item in load_corpus(name)["goals"]:
        assert set(item["slots"]) - {"deadline"} == {
            "metric",
            "direction",
            "baseline",
            "target",
            "owner",
        }, item["text"]
