"""The smartlint_time component: which spans it marks, and with which label."""

from __future__ import annotations

import pytest
import spacy
from conftest import lint_goal

import smartlint.nlp.timex  # noqa: F401  (registers the factory)
from smartlint.nlp.timex_parse import timex_parser

D, B, P = "deadline", "baseline", "period"

SV = [
    ("2030 års mål är 500 medlemmar.", [("2030", D)]),
    # dates
    ("Klart 2027-03-31.", [("2027-03-31", D)]),
    ("Senast 31 mars 2027.", [("Senast 31 mars 2027", D)]),
    ("Lansera appen den 31 mars.", [("den 31 mars", D)]),
    ("Leverera 31/3 2027 och 1/6-2027.", [("31/3 2027", D), ("1/6-2027", D)]),
    ("Klart 31.3.2027.", [("31.3.2027", D)]),
    ("Klart senast 31/3.", [("senast 31/3", D)]),
    ("Rapporten ska vara klar den 31:a mars 2027.", [("den 31:a mars 2027", D)]),
    ("Budgeten spikas 2027-03.", [("2027-03", D)]),
    # months
    ("Lansera i mars.", [("i mars", D)]),
    ("Lansera mars 2027.", [("mars 2027", D)]),
    ("Klart i slutet av mars nästa år.", [("i slutet av mars nästa år", D)]),
    ("Sälja 100 licenser under oktober.", [("under oktober", D)]),
    ("Springa varje dag under hela mars.", [("varje dag", P), ("under hela mars", D)]),
    # weekdays, weekends and times of day recur; "till fredag" in a span of days is no deadline
    ("Cykla till jobbet måndag till fredag.", [("måndag till fredag", P)]),
    ("Läsa högt för barnen varje kväll.", [("varje kväll", P)]),
    # the coming year or quarter is the next one
    ("Öka antalet platser under det kommande året.", [("under det kommande året", D)]),
    ("Öka antalet platser kommande år.", [("kommande år", D)]),
    ("Antalet lärare ska öka den kommande mandatperioden.", [("den kommande mandatperioden", D)]),
    # quarters and half-years
    ("Öka NPS till 45 under Q3.", [("under Q3", D)]),
    ("Öka NPS till 45 Q3 2027.", [("Q3 2027", D)]),
    ("Klart Q3-2027.", [("Q3-2027", D)]),
    ("Klart 3Q27.", [("3Q27", D)]),
    ("Klart under tredje kvartalet 2027.", [("under tredje kvartalet 2027", D)]),
    ("Klart kvartal 3.", [("kvartal 3", D)]),
    ("Klart kv3 2027.", [("kv3 2027", D)]),
    ("Klart H1 2027.", [("H1 2027", D)]),
    ("Klart under första halvåret 2027.", [("under första halvåret 2027", D)]),
    # weeks
    ("Utbildningen ska vara genomförd vecka 12.", [("vecka 12", D)]),
    ("Klart v. 12 2027.", [("v. 12 2027", D)]),
    ("Klart senast v12.", [("senast v12", D)]),
    # years
    ("Minska utsläppen med 50 % till 2030.", [("till 2030", D)]),
    ("Klimatneutralt år 2045.", [("år 2045", D)]),
    ("Öka omsättningen under 2027.", [("under 2027", D)]),
    ("Mål 2027: fler medlemmar.", [("2027", D)]),
    ("Nå 500 medlemmar i slutet av 2020.", [("i slutet av 2020", D)]),
    ("Senast 2028 ska alla bilar vara elbilar.", [("Senast 2028", D)]),
    ("Fasa ut oljan före 2030 och kolet innan 2035.", [("före 2030", D), ("innan 2035", D)]),
    ("Klart mitten av 2027.", [("mitten av 2027", D)]),
    ("Ny plan för perioden 2025–2027.", [("2025–2027", D)]),
    ("Klart räkenskapsåret 2027.", [("räkenskapsåret 2027", D)]),
    ("Klart FY2027.", [("FY2027", D)]),
    # relative
    ("Marknadsföring kommer att få in fler kunder i år.", [("i år", D)]),
    ("Öppna kontoret nästa år.", [("nästa år", D)]),
    ("Lansera nästa kvartal.", [("nästa kvartal", D)]),
    ("Lansera i höst.", [("i höst", D)]),
    ("Lansera i vår.", [("i vår", D)]),
    ("Minska sjukfrånvaron före sommaren.", [("före sommaren", D)]),
    ("Klart vid årets slut.", [("vid årets slut", D)]),
    ("Byt system innan årsskiftet.", [("innan årsskiftet", D)]),
    ("Klart i slutet av nästa månad.", [("i slutet av nästa månad", D)]),
    ("Halvera ledtiden inom sex månader.", [("inom sex månader", D)]),
    ("Öppna tre butiker inom ett år.", [("inom ett år", D)]),
    ("Anställ 20 personer de kommande tre åren.", [("de kommande tre åren", D)]),
    ("Ny läroplan läsåret 2027/28.", [("läsåret 2027/28", D)]),
    ("Klart till jul.", [("till jul", D)]),
    # unresolvable bounds
    ("Klart innan mässan.", [("innan mässan", D)]),
    # an owner's event: the genitive makes the noun definite
    ("Inför klubbens 50-års jubileum ges en bok ut.", [("Inför klubbens 50-års jubileum", D)]),
    ("Innan föreningens årsmöte ska planen vara klar.", [("Innan föreningens årsmöte", D)]),
    ("Inför kårens 75-årsjubileum ges en bok ut.", [("Inför kårens 75-årsjubileum", D)]),
    # days in a life, and a jubilee, bound a goal as other events do
    ("Boken ska vara klar till jubileet.", [("till jubileet", D)]),
    ("Jag ska gå ner 5 kg innan bröllopet.", [("innan bröllopet", D)]),
    ("Nå 300 medlemmar inom en femårsperiod.", [("inom en femårsperiod", D)]),
    ("Testa allt före lanseringen.", [("före lanseringen", D)]),
    ("Klart senast i år.", [("senast i år", D)]),
    ("NPS ≥ 48 vid kvartalets slut", [("vid kvartalets slut", D)]),
    ("Onboardingtid 5 dagar (2027-Q2)", [("2027-Q2", D)]),
    # a start point is no deadline (LABELS.md): when the rule begins, not when it is due
    ("Fr.o.m. 1 januari 2028 lagas all mat på plats.", [("Fr.o.m. 1 januari 2028", "start")]),
    ("Föreningen ska ha 250 medlemmar vid årsmötet 2028.", [("vid årsmötet 2028", D)]),
    ("Minska topparna till vintern 2027/28.", [("till vintern 2027/28", D)]),
    ("Skicka 40 ansökningar inom de närmaste 90 dagarna.", [("inom de närmaste 90 dagarna", D)]),
    ("Vision 2030 ska vara känd av alla.", []),
    # baselines
    (
        "Minska utsläppen med 50 % till 2030 jämfört med 1990.",
        [("till 2030", D), ("jämfört med 1990", B)],
    ),
    ("Sänk kostnaderna 10 % från 2019 års nivå.", [("från 2019 års nivå", B)]),
    ("Öka försäljningen sedan 2019.", [("sedan 2019", B)]),
    ("Fler kunder än förra året.", [("än förra året", B)]),
    ("Fler besökare än i fjol.", [("än i fjol", B)]),
    # periods
    ("Publicera två inlägg per månad.", [("per månad", P)]),
    ("Rekrytera tre utvecklare varje kvartal.", [("varje kvartal", P)]),
    ("Revidera planen årligen.", [("årligen", P)]),
    ("Svara på alla ärenden inom 24 timmar.", [("inom 24 timmar", P)]),
    ("Åtgärda felen inom tre arbetsdagar.", [("inom tre arbetsdagar", P)]),
    ("Tio nya kunder i månaden.", [("i månaden", P)]),
    ("Spara 500 kr/mån.", [("mån.", P)]),
    ("Rekrytera tre utvecklare per kvartal under 2027.", [("per kvartal", P), ("under 2027", D)]),
    # negatives
    ("Öka NPS", []),
    ("Ship v2", []),
    ("Uppgradera till Windows 11", []),
    ("Certifiera enligt ISO 27001", []),
    ("Certifiera enligt ISO 9001:2015", []),
    ("Öka andelen elever i åk 9 som når målen", []),
    ("Öka till 4 000 följare", []),
    ("Öka andelen till 20 %", []),
    ("Öka till 2000 kunder", []),
    ("Skicka rapporten till Jan.", []),
    ("Minska vår klimatpåverkan i vår verksamhet.", []),
    ("Nå 3/4 av kunderna.", []),
    ("Vi ska bli bättre på kundservice.", []),
    # durations of a one-off effort, tertials, start points
    ("Springa varje dag i tre månader.", [("varje dag", P), ("i tre månader", "duration")]),
    ("Vara rökfri i åtta veckor.", [("i åtta veckor", "duration")]),
    ("Klart senast tertial 2 2027.", [("senast tertial 2 2027", D)]),
    ("Rapporten lämnas under tertialet 3.", [("under tertialet 3", D)]),
    ("Antalet cykelställ ska öka från och med 2027.", [("från och med 2027", "start")]),
]

EN = [
    # a year before a goal noun is the goal's due year; before a count it is a count
    ("The 2027 target is a margin above 8%.", [("2027", D)]),
    ("We sold 2027 tickets.", []),
    # the coming year; a whole month
    ("Grow membership over the coming year.", [("over the coming year", D)]),
    ("Log every meal for the entire month of March.", [("for the entire month of March", D)]),
    # dates
    ("Launch on 2027-03-31.", [("on 2027-03-31", D)]),
    ("Launch by March 31, 2027.", [("by March 31, 2027", D)]),
    ("Launch by 31 March 2027.", [("by 31 March 2027", D)]),
    ("Launch on the 1st of April.", [("on the 1st of April", D)]),
    ("Launch March 31st, 2027.", [("March 31st, 2027", D)]),
    ("Done by 3/31/2027.", [("by 3/31/2027", D)]),
    ("Done 31/3/2027.", [("31/3/2027", D)]),
    ("Ship by 4/15.", [("by 4/15", D)]),
    ("Budget fixed 2027-03.", [("2027-03", D)]),
    # months
    ("Ship in March.", [("in March", D)]),
    ("Ship in March 2027.", [("in March 2027", D)]),
    ("Ship by May.", [("by May", D)]),
    ("Ship by the end of June.", [("by the end of June", D)]),
    # quarters and half-years
    ("Raise NPS to 45 in Q3.", [("in Q3", D)]),
    ("Raise NPS to 45 by Q3 2027.", [("by Q3 2027", D)]),
    ("Ship Q3-2027.", [("Q3-2027", D)]),
    ("Ship 3Q27.", [("3Q27", D)]),
    ("Ship Q3'27.", [("Q3'27", D)]),
    ("Ship in the third quarter of 2027.", [("in the third quarter of 2027", D)]),
    ("Ship by H1 2027.", [("by H1 2027", D)]),
    ("Ship in the first half of 2027.", [("in the first half of 2027", D)]),
    ("Ship in the second half of the year.", [("in the second half of the year", D)]),
    # weeks
    ("Complete the training by week 12.", [("by week 12", D)]),
    ("Ship in week 12 of 2027.", [("in week 12 of 2027", D)]),
    ("Ship 2027-W12.", [("2027-W12", D)]),
    # years
    ("Cut emissions by 50% by 2030.", [("by 2030", D)]),
    ("Open two stores in 2027.", [("in 2027", D)]),
    ("Grow revenue during 2027.", [("during 2027", D)]),
    ("Goals 2027: more members.", [("2027", D)]),
    ("Reach 500 members by the end of 2026.", [("by the end of 2026", D)]),
    ("Reach break-even by end of FY2026.", [("by end of FY2026", D)]),
    ("Reach break-even in FY27.", [("in FY27", D)]),
    ("Phase out coal before 2030.", [("before 2030", D)]),
    ("Ship in early 2027.", [("in early 2027", D)]),
    ("Ship by mid-2027.", [("by mid-2027", D)]),
    ("Five-year plan for 2025-2030.", [("for 2025-2030", D)]),
    # relative
    ("Improve customer satisfaction this year.", [("this year", D)]),
    ("Run 1,000 km in the year.", [("in the year", D)]),
    ("Hold four open days during the year.", [("during the year", D)]),
    ("Open an office next year.", [("next year", D)]),
    ("Launch next quarter.", [("next quarter", D)]),
    ("Launch this quarter.", [("this quarter", D)]),
    ("Launch this autumn.", [("this autumn", D)]),
    ("Launch by summer.", [("by summer", D)]),
    ("Launch in the fall.", [("in the fall", D)]),
    ("Close the books by year end.", [("by year end", D)]),
    ("Close the books by year-end.", [("by year-end", D)]),
    ("Close the books by the end of next month.", [("by the end of next month", D)]),
    ("Cut churn by 20% within six months.", [("within six months", D)]),
    ("Cut churn within 18 months.", [("within 18 months", D)]),
    ("Open two offices within two years.", [("within two years", D)]),
    ("Hire 20 people in the next 12 months.", [("in the next 12 months", D)]),
    ("Ship three features over the next two quarters.", [("over the next two quarters", D)]),
    # headline style drops the article
    ("Sell the old depot over next 5 years.", [("over next 5 years", D)]),
    # a term of N years after a marker
    ("Train 300 new coaches over a four-year period.", [("over a four-year period", D)]),
    ("New curriculum for the academic year 2027/28.", [("for the academic year 2027/28", D)]),
    ("New curriculum for 2027/2028.", [("for 2027/2028", D)]),
    ("Ship by Christmas.", [("by Christmas", D)]),
    # unresolvable bounds
    ("Ship the new flow before the launch.", [("before the launch", D)]),
    ("Agree the budget by the next board meeting.", [("by the next board meeting", D)]),
    ("Lose 5 kg before my sister's wedding.", [("before my sister's wedding", D)]),
    ("Do 100 push-ups by my 40th birthday.", [("by my 40th birthday", D)]),
    ("Grow membership to 450 before the 2027 AGM", [("before the 2027 AGM", D)]),
    ("Release the API before the partner summit.", [("before the partner summit", D)]),
    ("Cut latency to 250 ms by 2027-Q2", [("by 2027-Q2", D)]),
    ("Cut absenteeism in the 2027-28 academic year.", [("in the 2027-28 academic year", D)]),
    ("No family waits by the end of the decade.", [("by the end of the decade", D)]),
    ("Win promotion next season", [("next season", D)]),
    (
        "Close the books within 5 working days of month end.",
        [("within 5 working days of month end", P)],
    ),
    ("Double the families we support through the winter appeal.", []),
    ("Align plans with Vision 2030.", []),
    # baselines
    (
        "Cut emissions by 50% by 2030 compared to 2019 levels.",
        [("by 2030", D), ("compared to 2019 levels", B)],
    ),
    ("Grow sales 10% compared with 2019.", [("compared with 2019", B)]),
    ("Cut costs 5% relative to 2020.", [("relative to 2020", B)]),
    ("Revenue has doubled since 2020.", [("since 2020", B)]),
    ("More visitors than last year.", [("than last year", B)]),
    ("Grow revenue 10% YoY in 2027.", [("YoY", B), ("in 2027", D)]),
    # periods
    ("Publish a report monthly.", [("monthly", P)]),
    ("Review the plan annually.", [("annually", P)]),
    ("Publish two posts each week.", [("each week", P)]),
    # time spent on an activity is an amount, not how long a goal runs
    ("Aim for at least 4 hours of piano practice.", []),
    ("Cycle to work Monday through Friday.", [("Monday through Friday", P)]),
    # a month that names whose goal it is
    ("My October goal is to knit two hats.", [("October", D)]),
    ("Hold a welcome picnic within first 3 weeks.", [("within first 3 weeks", D)]),
    ("Practise scales on weekdays.", [("on weekdays", P)]),
    ("Hire three engineers every quarter.", [("every quarter", P)]),
    ("Run the survey twice a year.", [("a year", P)]),
    ("Respond to every ticket within 24 hours.", [("within 24 hours", P)]),
    ("Fix bugs within 2 working days.", [("within 2 working days", P)]),
    ("Answer calls within 15 minutes.", [("within 15 minutes", P)]),
    ("Save $5/month per user.", [("month", P)]),
    # negatives
    ("Increase NPS", []),
    ("Ship v2", []),
    ("Upgrade to Windows 11", []),
    ("Certify to ISO 27001", []),
    ("Reach 2000 users", []),
    ("Reach 2000 paying customers.", []),
    ("Raise the share to 20%", []),
    ("We may grow. March on.", []),
    ("Grow monthly active users to 60,000.", []),
    ("Increase sales by 20%.", []),
    ("Reach 3/4 of our customers.", []),
    ("Improve customer satisfaction.", []),
    # durations of a one-off effort, fiscal quarters and halves, start points, names
    ("Be a vegetarian for a week.", [("for a week", "duration")]),
    ("Blog daily for eight weeks.", [("daily", P), ("for eight weeks", "duration")]),
    ("Ship the SDK by FY25Q2.", [("by FY25Q2", D)]),
    ("Ship the SDK by FY2027-Q3.", [("by FY2027-Q3", D)]),
    ("Close the gaps in 2024H2.", [("in 2024H2", D)]),
    ("Break even by FYE2027.", [("by FYE2027", D)]),
    ("Define the FY24 recovery goals.", []),
    (
        "Starting in the year 2027-2028, grow enrolment by 2%.",
        [("Starting in the year 2027-2028", "start")],
    ),
    ("Keep margins above 30% beyond 2026.", [("beyond 2026", "start")]),
]


def _spans(lang: str, text: str) -> list[tuple[str, str]]:
    doc = _pipeline(lang)(text)
    return [(span.text, span.label_) for span in doc.spans["time"]]


_PIPELINES: dict[str, spacy.language.Language] = {}


def _pipeline(lang: str) -> spacy.language.Language:
    if lang not in _PIPELINES:
        nlp = spacy.blank(lang)
        nlp.add_pipe("smartlint_time")
        _PIPELINES[lang] = nlp
    return _PIPELINES[lang]


@pytest.mark.parametrize(("text", "expected"), SV)
def test_swedish(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans("sv", text) == expected


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans("en", text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("sv", "Klart senast 31 mars 2027.", "31"),
        ("sv", "Klart vecka 12.", "12"),
        ("sv", "Halvera ledtiden inom sex månader.", "sex"),
        ("en", "Cut churn by 20% within six months.", "six"),
        ("en", "Launch on 2026-12-31.", "31"),
        ("en", "Launch by Q3-2025.", "2025"),
    ],
)
def test_numbers_inside_are_covered(lang: str, text: str, number: str) -> None:
    doc = _pipeline(lang)(text)
    covered = {token.i for span in doc.spans["time"] for token in span}
    assert any(token.text == number and token.i in covered for token in doc)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_spans_cover_whole_tokens_and_do_not_overlap(lang: str) -> None:
    text = "Q3-2025, 2026-12-31 och senast 31/3-2027 (vecka 12), by year-end."
    doc = _pipeline(lang)(text)
    spans = list(doc.spans["time"])
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert {span.text for span in spans} >= {"Q3-2025", "2026-12-31"}


def test_language_from_config() -> None:
    nlp = spacy.blank("xx")
    nlp.add_pipe("smartlint_time", config={"lang": "sv"})
    doc = nlp("Klart i år.")
    assert [s.text for s in doc.spans["time"]] == ["i år"]


def test_empty_text_sets_an_empty_group() -> None:
    doc = _pipeline("en")("")
    assert list(doc.spans["time"]) == []


def test_scan_and_find_agree() -> None:
    parser = timex_parser("sv")
    text = "Minska utsläppen med 50 % till 2030 jämfört med 1990."
    found = [(t.start, t.end, t.label) for t in parser.find(text)]
    assert found == [(s, e, label) for _, label, s, e, *_ in parser.scan(text)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a term of N years, hyphenated or not, bounds the goal as an event does
        ("en", "Raise attendance by 20% over a two year period."),
        ("en", "Raise attendance by 20% over a 3-year period."),
        ("sv", "Halvera utsläppen inom en sexårsperiod."),
        # the current term and Christmas time bound a goal
        ("en", "During this semester, read every assigned book."),
        ("sv", "Ordna en konsert i kyrkan i juletid."),
        # the first month or year of something bounds a goal as its launch does
        ("en", "Reach 40 paying members in the first month"),
        ("sv", "Sälja 200 årskort under det första året."),
        # a goal for the year has the year for its period
        ("en", "Our fundraising target for the year is 8,000 dollars."),
        ("sv", "Mitt cykelmål för året är 3 000 km."),
        # a generation is a term policy goals are set for
        ("en", "End rough sleeping in the county within a generation."),
        ("sv", "Skillnaderna i tandhälsa ska vara borta inom en generation."),
        # "earlier than" a year is before it
        ("sv", "Föreningen ska ha nollutsläpp tidigare än 2040."),
        ("en", "Reach net zero earlier than 2040."),
        # a year the goal finishes or ends with
        ("en", "Finish 2028 with 60 paying members."),
        ("en", "End 2028 with the roof repaired."),
        # money spread over a span of years is spent within it
        ("sv", "Klubben satsar 90 000 kronor under två år på nya båtar."),
        # this year's event or result is this year's
        ("sv", "Årets julmarknad ska ge 20 000 kr till ungdomsverksamheten."),
        # a clause after "before" names the event that bounds the goal
        ("en", "Sand and oil the deck before we rent out the cabin."),
        ("sv", "Vi ska byta taket på förrådet innan det börjar snöa."),
        # "på tre års sikt" is a term of three years, not the vague "på sikt"
        ("sv", "Kören ska ha 40 medlemmar på tre års sikt."),
        # a month that heads the goal with a colon is its month
        ("sv", "Augusti: måla om förrådet."),
        ("en", "August: repaint the shed."),
        # the end of this year, and an anniversary, bound a goal
        ("en", "End the year with fewer than 10 open repair tickets."),
        ("sv", "Avsluta året med högst 10 öppna felanmälningar."),
        ("en", "Plant 60 oaks before our 25-year anniversary."),
        # a whole year is still one year's effort
        ("en", "Knit only from my stash for an entire year."),
        ("sv", "Jag ska handla enbart begagnat i ett helt år."),
        # the rest of a period runs to its end
        ("en", "Swim 2 km a week for the rest of the year."),
        ("sv", "Jag ska läsa två böcker i månaden resten av året."),
    ],
)
def test_terms_and_seasons_bound_a_goal(lang: str, text: str) -> None:
    linted = lint_goal(text, lang)
    assert "missing-deadline" not in {f.rule for f in linted.findings}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an approximate duration from today is still a deadline
        ("sv", "Vi ska ha 300 medlemmar om knappt två år."),
        ("sv", "Bygga klubbstugan inom cirka tre år."),
        ("en", "Reach 300 members in just under two years."),
        ("en", "Open the second court within roughly 18 months."),
        # a bare year right after the modal is the deadline
        ("sv", "Avfallet från skolköken ska 2030 vara hälften så stort."),
        ("sv", "Kommunens bilar skall 2028 köras på biogas."),
        # so is a year put first, before the verb and its subject, or after "som"
        ("sv", "2027 äger föreningen sin egen klubbstuga."),
        ("sv", "Vi vill vara en skola som 2028 halverat sitt matsvinn."),
    ],
)
def test_an_approximate_duration_bounds_a_goal(lang: str, text: str) -> None:
    linted = lint_goal(text, lang)
    assert "missing-deadline" not in {f.rule for f in linted.findings}


@pytest.mark.parametrize(
    ("lang", "text", "bound"),
    [
        # the end of a school stage, or the time before one, bounds a goal like an event
        ("en", "Every pupil reads fluently by the end of second grade.", True),
        ("en", "All children can swim 25 metres before grade 4.", True),
        ("sv", "Alla elever ska kunna simma 200 meter i slutet av årskurs 5.", True),
        ("sv", "Eleverna ska kunna läsa innan högstadiet.", True),
        # "innan nästa period" is an event bound like "innan nästa säsong"
        ("sv", "Vi ska sälja 20 % mer innan nästa period.", True),
        # so does an age, or the time a person turns one; an age that defines who is
        # meant, and "at age 19" beside a year, bound nothing
        ("en", "Own a small sailing boat by the age of 45.", True),
        ("en", "Learn the cello by the time we both retire.", True),
        ("sv", "Jag ska ha rest till Japan vid 50 års ålder.", True),
        ("en", "Coach 20 children under the age of 12.", False),
        ("sv", "Erbjuda simskola till 40 barn från 6 års ålder.", False),
        # alone, a stage says who is meant
        ("en", "Pupils in grade 3 read 20 books.", False),
        ("sv", "Elever i årskurs 6 ska läsa 20 böcker.", False),
    ],
)
def test_a_school_stage_ends_like_an_event(lang: str, text: str, bound: bool) -> None:
    rules = {f.rule for f in lint_goal(text, lang).findings}
    assert ("missing-deadline" not in rules) == bound


def test_a_count_first_is_no_year() -> None:
    linted = lint_goal("2000 besökare kommer till festivalen.", "sv")
    assert "missing-deadline" in {f.rule for f in linted.findings}
    linted = lint_goal("1500 nya bostäder byggs i centrum.", "sv")
    assert "missing-deadline" in {f.rule for f in linted.findings}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a time to beat is no window of service, nor a deadline
        ("en", "Swim 1500 m in under 30 minutes."),
        ("sv", "Cykla loppet på under fyra timmar."),
        ("sv", "Springa milen på 45 minuter."),
        ("en", "Run the half marathon in 2 hours."),
    ],
)
def test_a_time_to_beat_is_no_deadline(lang: str, text: str) -> None:
    linted = lint_goal(text, lang)
    assert "missing-deadline" in {f.rule for f in linted.findings}


def _rules(text: str, lang: str) -> set[str]:
    """The rules that fire on one goal."""
    from conftest import lint_goal

    return {f.rule for f in lint_goal(text, lang).findings}


def test_a_weekday_after_a_bound_word_ends_that_week() -> None:
    assert "missing-deadline" not in _rules("Paint the fence by Sunday.", "en")
    assert "missing-deadline" not in _rules("Måla staketet till söndag.", "sv")
    # a weekday as a habit, or a plain "on Friday", is no bound
    assert "missing-deadline" in _rules("Swim on Mondays and run on Fridays.", "en")
    assert "missing-deadline" in _rules("Simma på måndagar.", "sv")
    # "med start på våren" says when a habit starts, not when it is done
    assert "missing-deadline" in _rules("Simma två gånger varje vecka med start på våren.", "sv")


def test_swedish_effort_lengths_and_meetings_bound_a_goal() -> None:
    assert "missing-deadline" not in _rules("Vi ska under ett år enbart laga mat hemma.", "sv")
    assert "missing-deadline" not in _rules("Förslaget ska utvärderas till nästa vårmöte.", "sv")
    assert "missing-deadline" not in _rules(
        "Vi siktar på ett överskott för innevarande verksamhetsår.", "sv"
    )
    # "under 2 år" after people is an age
    assert "missing-deadline" in _rules("Barn under 2 år ska erbjudas babysim.", "sv")
