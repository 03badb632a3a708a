"""Resolving time spans to the last day they allow."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

import smartlint.nlp.timex  # noqa: F401  (registers the factory)
from smartlint.nlp.dates import resolve, resolve_text

NOV = "2026-11-26"  # a Thursday in ISO week 48
JAN = "2026-01-15"
JUL = "2026-07-10"

SV = [
    ("Klart 2027-03-31.", NOV, "2027-03-31"),
    ("Senast 31 mars 2027.", NOV, "2027-03-31"),
    ("Senast 31 mars.", NOV, "2027-03-31"),
    ("Senast 31 mars.", JAN, "2026-03-31"),
    ("Klart den 1 december.", NOV, "2026-12-01"),
    # a span of days ends on its last day
    ("Lägret hålls den 14-16 juli 2027.", NOV, "2027-07-16"),
    ("Leverera 31/3 2027.", NOV, "2027-03-31"),
    ("Klart senast 30/6.", NOV, "2027-06-30"),
    ("Klart 31.3.2027.", NOV, "2027-03-31"),
    ("Budgeten spikas 2027-03.", NOV, "2027-03-31"),
    ("Lansera i mars.", NOV, "2027-03-31"),
    ("Lansera i mars.", JAN, "2026-03-31"),
    ("Lansera i november.", NOV, "2026-11-30"),
    ("Lansera mars 2028.", NOV, "2028-03-31"),
    ("Klart i slutet av 2020.", NOV, "2020-12-31"),
    ("Klart Q3 2025.", NOV, "2025-09-30"),
    ("Klart under tredje kvartalet 2025.", NOV, "2025-09-30"),
    ("Klart under Q3.", NOV, "2027-09-30"),
    ("Klart kvartal 4.", NOV, "2026-12-31"),
    ("Klart H1 2026.", NOV, "2026-06-30"),
    ("Klart under andra halvåret 2027.", NOV, "2027-12-31"),
    ("Klart vecka 12 2027.", NOV, "2027-03-28"),
    ("Klart vecka 12.", NOV, "2027-03-28"),
    ("Klart vecka 50.", NOV, "2026-12-13"),
    ("Minska utsläppen till 2030.", NOV, "2030-12-31"),
    ("Klimatneutralt år 2045.", NOV, "2045-12-31"),
    ("Fasa ut oljan före 2030.", NOV, "2029-12-31"),
    ("Fasa ut oljan innan 1 juli 2027.", NOV, "2027-06-30"),
    ("Klart i början av 2027.", NOV, None),
    ("Klart i mitten av 2027.", NOV, "2027-06-30"),
    ("Klart i mitten av mars.", NOV, "2027-03-15"),
    ("Fler kunder i år.", NOV, "2026-12-31"),
    ("Öppna nästa år.", NOV, "2027-12-31"),
    ("Lansera nästa kvartal.", NOV, "2027-03-31"),
    ("Lansera nästa kvartal.", JUL, "2026-12-31"),
    ("Lansera i höst.", NOV, None),
    ("Lansera i vår.", NOV, None),
    ("Minska sjukfrånvaron före sommaren.", NOV, None),
    ("Plantera 1 500 träd senast hösten 2028.", NOV, None),
    ("Klart vid årets slut.", NOV, "2026-12-31"),
    ("Byt system innan årsskiftet.", NOV, "2026-12-31"),
    ("Klart i slutet av nästa månad.", NOV, "2026-12-31"),
    ("Halvera ledtiden inom sex månader.", NOV, "2027-05-26"),
    ("Öppna tre butiker inom ett år.", NOV, "2027-11-26"),
    ("Anställ 20 personer de kommande tre åren.", NOV, "2029-11-26"),
    ("Klart inom sex veckor.", NOV, "2027-01-07"),
    ("Ny läroplan läsåret 2027/28.", NOV, "2028-06-30"),
    ("Klart till jul.", NOV, None),
    ("Klart vid årsmötet 2028.", NOV, None),
    ("NPS ≥ 48 vid kvartalets slut.", NOV, "2026-12-31"),
    ("Tid till första svar < 2 h, fr.o.m. 1/1 2027.", NOV, "2027-01-01"),
    ("Fr.o.m. 1 januari 2028 lagas all mat på plats.", NOV, "2028-01-01"),
    ("Onboardingtid 5 dagar (2027-Q2).", NOV, "2027-06-30"),
    ("Skicka 40 ansökningar inom de närmaste 90 dagarna.", NOV, "2027-02-24"),
    ("Minska sjukdagarna under perioden 2027–2028.", NOV, "2028-12-31"),
    ("Öka läslusten under nästa läsår.", NOV, "2028-06-30"),
    ("Klart senast i år.", NOV, "2026-12-31"),
    ("Klart innan mässan.", NOV, None),
    ("Testa allt före lanseringen.", NOV, None),
    ("Svara på alla ärenden inom 24 timmar.", NOV, None),
]

EN = [
    # a span of days ends on its last day
    ("The camp runs on 14–16 July 2027.", NOV, "2027-07-16"),
    ("The camp runs July 14-16, 2027.", NOV, "2027-07-16"),
    ("Launch on 2027-03-31.", NOV, "2027-03-31"),
    ("Launch by March 31, 2027.", NOV, "2027-03-31"),
    ("Launch by 31 March.", NOV, "2027-03-31"),
    ("Launch by March 31.", JAN, "2026-03-31"),
    ("Done by 3/31/2027.", NOV, "2027-03-31"),
    ("Done by 4/15.", NOV, "2027-04-15"),
    ("Done 31/3/2027.", NOV, "2027-03-31"),
    ("Ship in March.", NOV, "2027-03-31"),
    ("Ship in March 2027.", NOV, "2027-03-31"),
    ("Ship by the end of June.", JAN, "2026-06-30"),
    ("Raise NPS in Q3 2025.", NOV, "2025-09-30"),
    ("Raise NPS in the third quarter of 2025.", NOV, "2025-09-30"),
    ("Raise NPS by 3Q27.", NOV, "2027-09-30"),
    ("Raise NPS in Q3.", JAN, "2026-09-30"),
    ("Ship by H1 2026.", NOV, "2026-06-30"),
    ("Ship in the first half of 2027.", NOV, "2027-06-30"),
    ("Ship in week 12 of 2027.", NOV, "2027-03-28"),
    ("Ship 2027-W12.", NOV, "2027-03-28"),
    ("Cut emissions by 50% by 2030.", NOV, "2030-12-31"),
    ("Open two stores in 2027.", NOV, "2027-12-31"),
    ("Phase out coal before 2030.", NOV, "2029-12-31"),
    ("Reach 500 members by the end of 2026.", NOV, "2026-12-31"),
    ("Ship by mid-2027.", NOV, "2027-06-30"),
    ("Ship in early 2027.", NOV, None),
    ("Cut the backlog to 800 by late 2027.", NOV, "2027-12-31"),
    ("No family in temporary housing by the end of the decade.", NOV, "2029-12-31"),
    ("Cut latency to 250 ms by 2027-Q2.", NOV, "2027-06-30"),
    ("Offer free meals from September 2027.", NOV, "2027-09-30"),
    ("Land a new job within the next 90 days.", NOV, "2027-02-24"),
    ("Close the deal within the next 5 working days.", NOV, "2026-12-03"),
    ("Refurbish 60 flats in 2027–28.", NOV, "2028-12-31"),
    ("Cut absenteeism in the 2027-28 academic year.", NOV, "2028-06-30"),
    ("Five-year plan for 2025-2030.", NOV, "2030-12-31"),
    ("Improve satisfaction this year.", NOV, "2026-12-31"),
    ("Open an office next year.", NOV, "2027-12-31"),
    ("Launch next quarter.", NOV, "2027-03-31"),
    ("Launch this quarter.", JUL, "2026-09-30"),
    ("Launch this autumn.", NOV, None),
    ("Launch by summer.", NOV, None),
    ("Open a hub by spring 2028.", NOV, None),
    ("Close the books by year-end.", NOV, "2026-12-31"),
    ("Close the books by the end of next month.", NOV, "2026-12-31"),
    ("Cut churn within six months.", NOV, "2027-05-26"),
    ("Cut churn within 18 months.", NOV, "2028-05-26"),
    ("Open two offices within two years.", NOV, "2028-11-26"),
    ("Hire 20 people in the next 12 months.", NOV, "2027-11-26"),
    ("Ship within a year and a half.", NOV, "2028-05-26"),
    ("Ship this week.", NOV, "2026-11-29"),
    ("New curriculum for the academic year 2027/28.", NOV, "2028-06-30"),
    ("New curriculum for 2027/2028.", NOV, "2028-06-30"),
    ("Ship by Christmas.", NOV, None),
    ("Ship by Easter 2027.", NOV, None),
    ("Lose 5 kg before my sister's wedding.", NOV, None),
    ("Do 100 push-ups by my 40th birthday.", NOV, None),
    ("Grow membership to 450 before the 2027 AGM.", NOV, None),
    ("Ship before the launch.", NOV, None),
    ("Agree the budget by the next board meeting.", NOV, None),
    ("Respond within 24 hours.", NOV, None),
    ("Publish monthly.", NOV, None),
]


_PIPELINES: dict[str, spacy.language.Language] = {}


def _resolve(lang: str, text: str, today: str, fiscal_start: int = 1) -> str | None:
    if lang not in _PIPELINES:
        _PIPELINES[lang] = spacy.blank(lang)
        _PIPELINES[lang].add_pipe("smartlint_time")
    doc = _PIPELINES[lang](text)
    spans = list(doc.spans["time"])
    assert spans, f"no time span in {text!r}"
    found = resolve(spans[0], date.fromisoformat(today), fiscal_start)
    return found.isoformat() if found else None


@pytest.mark.parametrize(("text", "today", "expected"), SV)
def test_swedish(text: str, today: str, expected: str | None) -> None:
    assert _resolve("sv", text, today) == expected


@pytest.mark.parametrize(("text", "today", "expected"), EN)
def test_english(text: str, today: str, expected: str | None) -> None:
    assert _resolve("en", text, today) == expected


@pytest.mark.parametrize(
    ("lang", "text", "fiscal_start", "expected"),
    [
        ("en", "Break even by end of FY2026.", 7, "2026-06-30"),
        ("en", "Break even by end of FY2026.", 1, "2026-12-31"),
        ("en", "Break even in FY27.", 4, "2027-03-31"),
        ("en", "Ship in Q3 FY26.", 7, "2026-03-31"),
        ("en", "Hit the target this fiscal year.", 7, "2027-06-30"),
        ("sv", "Klart räkenskapsåret 2027.", 5, "2027-04-30"),
        ("sv", "Klart i slutet av räkenskapsåret.", 9, "2027-08-31"),
        ("en", "Ship the SDK by FY25Q2.", 7, "2024-12-31"),
        ("en", "Ship the SDK by FY2027-Q3.", 1, "2027-09-30"),
        ("en", "Ship the SDK by FY25 Q2.", 1, "2025-06-30"),
        ("en", "Break even by FYE2027.", 7, "2027-06-30"),
        ("en", "Close the gaps in 2024H2.", 1, "2024-12-31"),
        ("sv", "Klart senast tertial 2 2027.", 1, "2027-08-31"),
        ("sv", "Klart senast tertial 1 2027.", 1, "2027-04-30"),
    ],
)
def test_fiscal_years(lang: str, text: str, fiscal_start: int, expected: str) -> None:
    assert _resolve(lang, text, NOV, fiscal_start) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sv", "jämfört med 2019", "2019-12-31"),
        ("sv", "än förra året", "2025-12-31"),
        ("en", "since last year", "2025-12-31"),
        ("en", "compared to 2019 levels", "2019-12-31"),
        # a month with "next"/"this"/"last": its occurrence counted from today's month
        # (November: next December is the coming one, next March the one after New Year)
        ("en", "Swim a mile by next December.", "2026-12-31"),
        ("en", "Open the kiosk by next March.", "2027-03-31"),
        ("en", "Paint the fence this July.", "2026-07-31"),
        ("sv", "Måla staketet till nästa november.", "2027-11-30"),
        ("sv", "Öppna kiosken nästa mars.", "2027-03-31"),
        # a decade ends with its last year; tomorrow is the next day
        ("sv", "Kommunen ska vara fossilfri på 2030-talet.", "2039-12-31"),
        ("en", "Be carbon neutral in the 2030s.", "2039-12-31"),
        ("en", "Swim 40 lengths tomorrow.", "2026-11-27"),
        ("sv", "Jag ska springa en mil i morgon.", "2026-11-27"),
        ("sv", "Vi spelar final på lördag.", "2026-11-29"),
        ("sv", "Detta året ska jag läsa 30 böcker.", "2026-12-31"),
        # what a year's whole span bounds
        ("en", "Publish our progress throughout the year.", "2026-12-31"),
    ],
)
def test_relative_times_resolve_to_the_end_of_their_period(
    lang: str, text: str, expected: str
) -> None:
    assert _resolve(lang, text, NOV) == expected


def test_resolve_text_without_spacy() -> None:
    today = date(2026, 11, 26)
    assert resolve_text("Klart senast 31 mars.", "sv", today) == date(2027, 3, 31)
    assert resolve_text("by the end of Q3 2027", "en", today) == date(2027, 9, 30)
    assert resolve_text("Improve customer satisfaction.", "en", today) is None


def test_resolve_uses_the_components_language() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("smartlint_time", config={"lang": "sv"})
    doc = nlp("Klart senast 31 mars.")
    assert resolve(doc.spans["time"][0], date(2026, 11, 26)) == date(2027, 3, 31)


def test_fiscal_start_month_is_checked() -> None:
    with pytest.raises(ValueError):
        resolve_text("FY2026", "en", date(2026, 11, 26), 13)


def test_impossible_day_is_none() -> None:
    assert resolve_text("Klart 31 april 2027.", "sv", date(2026, 11, 26)) is None
