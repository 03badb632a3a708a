"""Slots: what smartlint understood of a goal, in the JSON schema of the contract."""

from __future__ import annotations

import pytest
from conftest import lint_goal

CASES = [
    (
        "sv",
        "Vi ska minska pappersutskrifterna från 400 000 till 150 000 sidor per år till 2028.",
        {
            "metric": "pappersutskrifterna",
            "direction": "decrease",
            "owner": None,  # "Vi" names no one
            "baseline": (400000, "400 000"),
            "target": (150000, "150 000 sidor"),
            "deadline": "2028-12-31",
        },
    ),
    (
        "sv",
        "Öka antalet följare från 4 000 till 10 000 senast 2027-12-31.",
        {
            "metric": "antalet följare",
            "direction": "increase",
            "owner": None,
            "baseline": (4000, "4 000"),
            "target": (10000, "10 000"),
            "deadline": "2027-12-31",
        },
    ),
    (
        "sv",
        "Marknadsföring ska öka försäljningen med 20 % i år.",
        {
            "metric": "försäljningen",
            "direction": "increase",
            "owner": "Marknadsföring",
            "target": (20, "20 %"),
            "relative": True,
            "deadline": "2026-12-31",
        },
    ),
    (
        "sv",
        "Samtliga elever i åk 7–9 ska ha tillgång till en egen elevdator senast 2027-08-15.",
        {"owner": None, "deadline": "2027-08-15"},
    ),
    (
        "sv",
        "Konvertera 15 % av provkontona till betalande kunder nästa kvartal.",
        {
            "metric": "provkontona",
            "direction": "reach",
            "target": (15, "15 %"),
            "deadline": "2027-03-31",
        },
    ),
    (
        "sv",
        "Behålla kundnöjdheten på minst 85 % under 2027.",
        {"direction": "keep", "deadline": "2027-12-31"},
    ),
    (
        "en",
        "Grow annual recurring revenue from $4.2M to $6M by end of FY2027.",
        {
            "metric": "annual recurring revenue",
            "direction": "increase",
            "baseline": (4200000, "$4.2M"),
            "target": (6000000, "$6M"),
            "deadline": "2027-12-31",
        },
    ),
    (
        "en",
        "Improve website conversion (currently 1.8%).",
        {
            "metric": "website conversion",
            "direction": "increase",
            "baseline": (1.8, "1.8%"),
            "target": None,
            "deadline": None,
        },
    ),
    (
        "en",
        "Lower inventory carrying costs by $300K in FY2027.",
        {
            "metric": "inventory carrying costs",
            "direction": "decrease",
            "target": (300000, "$300K"),
        },
    ),
    (
        "en",
        "The sales team will increase revenue by 20% by Q3 2027.",
        {
            "owner": "The sales team",
            "metric": "revenue",
            "relative": True,
            "deadline": "2027-09-30",
        },
    ),
    (
        "en",
        "Halve the number of open support tickets by the end of Q1 2027.",
        {"direction": "decrease", "target": (0.5, "Halve"), "relative": True},
    ),
    (
        "en",
        "Improve customer satisfaction",
        {
            "metric": "customer satisfaction",
            "direction": "increase",
            "baseline": None,
            "target": None,
            "deadline": None,
            "owner": None,
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_slots(lang: str, text: str, expected: dict) -> None:
    slots = lint_goal(text, lang).slots
    assert set(slots) == {"metric", "direction", "baseline", "target", "deadline", "owner"}
    for key, want in expected.items():
        if key in ("baseline", "target"):
            got = slots[key]
            assert (None if got is None else (got["value"], got["text"])) == want, slots
        elif key == "relative":
            assert slots["target"]["relative"] is want, slots
        elif key == "deadline":
            assert (slots["deadline"] or {}).get("date") == want, slots
        else:
            assert slots[key] == want, slots
