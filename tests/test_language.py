"""Language detection: seeded, restricted to sv/en, robust on short goals."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smartlint.language import detect_language

CASES = [
    (["Öka NPS"], "sv"),
    (["Ship v2"], "en"),
    (["Halvera matsvinnet"], "sv"),
    (["Reduce churn"], "en"),
    (["Förbättra kundnöjdheten"], "sv"),
    (["Improve customer satisfaction"], "en"),
    (["Marknadsföring kommer att få in fler kunder i år."], "sv"),
    (["Increase revenue by 20% by the end of 2027."], "en"),
    (["KR1: NPS ≥ 48", "Minska sjukfrånvaron till 5 %", "Öka antalet följare"], "sv"),
    (["KR1: NPS ≥ 48", "Cut churn to 2%", "Ship the new portal by Q2"], "en"),
]


@pytest.mark.parametrize(("texts", "expected"), CASES)
def test_detects(texts: list[str], expected: str) -> None:
    assert detect_language(texts) == expected


def test_restricted_to_one_language() -> None:
    assert detect_language(["Increase revenue"], allowed=("sv",)) == "sv"


def test_text_without_letters_falls_back_to_default() -> None:
    assert detect_language(["2027-12-31 100 %"], default="sv") == "sv"
    assert detect_language([], default="en") == "en"


def test_same_answer_in_fresh_processes() -> None:
    code = (
        "from smartlint.language import detect_language as d;"
        "print(d(['Tydligare mål för teamet och bättre uppföljning av budget']))"
    )
    answers = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
        for _ in range(3)
    }
    assert answers == {"sv\n"}
