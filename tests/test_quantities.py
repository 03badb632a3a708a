"""The quantity component: amounts, multipliers, totals; time and names are no amounts."""

from __future__ import annotations

import pytest

from smartlint.nlp.pipeline import get_pipeline
from smartlint.rules.loader import load_rules

CASES = [
    ("sv", "Öka försäljningen med 20 % senast 2027-12-31", [("20 %", "amount")]),
    (
        "sv",
        "Öka antalet följare från 4 000 till 10 000",
        [("4 000", "amount"), ("10 000", "amount")],
    ),
    ("sv", "Nå 1,5 miljoner kronor i intäkter", [("1,5 miljoner kronor", "amount")]),
    ("sv", "Sälj för 2 MSEK", [("2 MSEK", "amount")]),
    ("sv", "Anställ tjugo nya lärare", [("tjugo", "amount")]),
    ("sv", "Dubbla antalet medlemmar", [("Dubbla", "multiplier")]),
    ("sv", "Alla elever ska kunna simma", [("Alla", "total")]),
    ("sv", "Eleverna i åk 9 ska läsa mer", []),
    ("sv", "Certifiera enligt ISO 27001", []),
    ("sv", "Minska utsläppen jämfört med 1990", []),
    ("sv", "Vi ska vara klara vecka 12", []),
    ("en", "Grow ARR from $4.2M to $6M", [("$4.2M", "amount"), ("$6M", "amount")]),
    ("en", "Raise $50K for the shelter", [("$50K", "amount")]),
    ("en", "Hire three engineers", [("three", "amount")]),
    ("en", "Halve the backlog", [("Halve", "multiplier")]),
    ("en", "Ship v2 to every customer", [("every", "total")]),
    ("en", "Upgrade to Windows 11", []),
    ("en", "Improve first-contact resolution", []),
    ("en", "Answer tickets within 24 hours", [("24 hours", "level")]),
    # an idiom with a number or total word in it names no amount
    ("sv", "Nå alla elever, framför allt de yngsta", [("alla", "total")]),
    ("en", "Above all, help one another", []),
    # the number of a label before a colon or a dash numbers the goal, not its amount
    ("sv", "Insatsområde 2: Trygg och levande stadskärna", []),
    ("en", "Priority 4 – a welcoming clubhouse", []),
    ("en", "Reach 1850.", [("1850", "amount")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_quantities(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    doc = get_pipeline(lang, load_rules())(text)
    assert [(s.text, s.label_) for s in doc.spans["quantity"]] == expected
