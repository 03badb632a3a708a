"""Suggested rewrites: the author's sentence, edited; placeholders, never invented numbers."""

from __future__ import annotations

import re

import pytest
from conftest import lint_goal

from smartlint.suggest import has_placeholder

CASES = [
    (
        "sv",
        "Marknadsföring kommer att få in fler kunder i år.",
        "Marknadsföring kommer att få in <N> fler kunder senast 2026-12-31.",
    ),
    (
        "sv",
        "Vi ska försöka erbjuda fler barn plats på önskad förskola.",
        "Vi ska erbjuda <N> fler barn plats på önskad förskola senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Några skolor ska på sikt erbjuda lovskola i matematik.",
        "<N> skolor ska erbjuda lovskola i matematik senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Minska den problematiska frånvaron på högstadiet.",
        "Minska den problematiska frånvaron på högstadiet från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Öka intäkterna från marknadsföring med 56 % i slutet av 2020.",
        "Öka intäkterna från marknadsföring med 56 % senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Andelen elever som äter skollunch ska öka.",
        "Andelen elever som äter skollunch ska öka från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Öka antalet månadsgivare från dagens 800",
        "Öka antalet månadsgivare från dagens 800 till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Vi strävar efter att minska matsvinnet i skolköken.",
        "Vi ska minska matsvinnet i skolköken från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "På längre sikt ska andelen hyresrätter i nyproduktionen vara minst 30 %.",
        "Senast <ÅÅÅÅ-MM-DD> ska andelen hyresrätter i nyproduktionen vara minst 30 %.",
    ),
    (
        "sv",
        "Vi hoppas kunna öppna två nya butiker i Malmö nästa år.",
        "Vi ska öppna två nya butiker i Malmö senast 2027-12-31.",
    ),
    (
        "sv",
        "Kommunen ska verka för att fler elever väljer yrkesprogram.",
        "Kommunen ska se till att <N> fler elever väljer yrkesprogram senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Eftersträva en jämn könsfördelning i alla nämnder och styrelser.",
        "Uppnå en jämn könsfördelning i alla nämnder och styrelser senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Lower hospital readmission rates by 2028.",
        "Lower hospital readmission rates from <baseline> to <target> by 2028.",
    ),
    (
        "en",
        "Ensure timely access to mental health services for young people by 2028.",
        "Ensure timely access to mental health services for young people, measured as <metric> "
        "going from <baseline> to <target>, by 2028.",
    ),
    (
        "en",
        "Improve customer satisfaction",
        "Improve customer satisfaction from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    ("en", "Try to reduce churn to 3% by Q4 2027.", "Reduce churn to 3% by Q4 2027."),
    (
        "en",
        "We strive to hire several engineers soon.",
        "We will hire <N> engineers by <YYYY-MM-DD>.",
    ),
    ("en", "Get more customers.", "Get <N> more customers by <YYYY-MM-DD>."),
    (
        "en",
        "Increase revenue by 10% and improve customer satisfaction by Q4 2027.",
        "Increase revenue by 10% and improve customer satisfaction from <baseline> to <target> by Q4 2027.",
    ),
    (
        "en",
        "Hopefully reach 500 newsletter subscribers by June 2027.",
        "Reach 500 newsletter subscribers by June 2027.",
    ),
    (
        "en",
        "Be more proactive with customer feedback going forward.",
        "Be more proactive with customer feedback, measured as <metric> going from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_rewrite(lang: str, goal: str, expected: str) -> None:
    linted = lint_goal(goal, lang)
    suggestions = {f.suggestion for f in linted.findings}
    assert suggestions == {expected}


@pytest.mark.parametrize(("lang", "goal", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_rewrite_invents_no_number(lang: str, goal: str, expected: str) -> None:
    # A resolved deadline is written as an ISO date; any other number must come from the goal.
    numbers_in_goal = set(re.findall(r"\d+", goal))
    linted = lint_goal(goal, lang)
    for finding in linted.findings:
        without_dates = re.sub(r"\d{4}-\d{2}-\d{2}", "", finding.suggestion)
        assert set(re.findall(r"\d+", without_dates)) <= numbers_in_goal


def test_only_placeholder_free_rewrites_are_safe_fixes() -> None:
    hedged = lint_goal("Try to reduce churn to 3% by Q4 2027.", "en")
    assert all(f.fix is not None and f.fix.safe for f in hedged.findings)
    vague = lint_goal("Get more customers.", "en")
    assert all(f.fix is not None and not f.fix.safe for f in vague.findings)
    assert has_placeholder("Get <N> more customers.") and not has_placeholder("a < b > c")


def test_smart_goal_gets_no_findings_and_no_rewrite() -> None:
    goal = lint_goal("Öka antalet följare från 4 000 till 10 000 senast 2027-12-31.", "sv")
    assert goal.findings == ()
