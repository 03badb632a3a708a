"""Suggested rewrites: built from the slots or the author's sentence edited; never a made-up number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import lint_goal

from smartlint.config import Config
from smartlint.suggest import has_placeholder

# The form tests below rewrite goals of up to 13 words; by default goals over 10 words get
# no rewrite with blanks (test_a_long_goal_gets_no_rewrite_unless_configured).
LONGER = Config(rewrite_max_words=13)

CASES = [
    (
        "sv",
        "Marknadsföring kommer att få in fler kunder i år.",
        "Marknadsföring ska öka antalet nya kunder från <baseline> till <mål> senast 2026-12-31.",
    ),
    (
        "sv",
        "Vi ska försöka erbjuda fler barn plats på önskad förskola.",
        "Vi ska erbjuda <N> fler barn plats på önskad förskola senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Några skolor ska på sikt erbjuda lovskola i matematik.",
        "<N> skolor ska senast <ÅÅÅÅ-MM-DD> erbjuda lovskola i matematik.",
    ),
    (
        "sv",
        "Minska den problematiska frånvaron på högstadiet.",
        "Minska den problematiska frånvaron på högstadiet från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Vi hoppas öka intäkterna från marknadsföring med 56 % i slutet av 2020.",
        "Vi ska öka intäkterna från marknadsföring med 56 % i slutet av 2020.",
    ),
    (
        "sv",
        "Andelen elever som äter skollunch ska öka.",
        "Öka andelen elever som äter skollunch från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
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
        "Vi ska öppna två nya butiker i Malmö under 2027.",
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
        "Improve customer satisfaction",
        "Improve customer satisfaction from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    ("en", "Try to reduce churn to 3% by Q4 2027.", "Reduce churn to 3% by Q4 2027."),
    (
        "en",
        "We strive to hire several engineers soon.",
        "We will hire <N> engineers by <YYYY-MM-DD>.",
    ),
    (
        "en",
        "Get more customers.",
        "Increase the number of new customers from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    (
        "en",
        "The sales team will win more enterprise deals this year.",
        "The sales team will increase the number of new enterprise deals from <baseline> to "
        "<target> by 2026-12-31.",
    ),
    (
        "sv",
        "Omsättningen ska öka, främst genom fler onlinekanaler.",
        "Öka omsättningen från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>, främst genom fler "
        "onlinekanaler.",
    ),
    (
        "sv",
        "Fler avgångar på landsbygden på lång sikt",
        "Öka antalet avgångar på landsbygden från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Boost brand awareness next quarter.",
        "Boost brand awareness from <baseline> to <target> by 2027-03-31.",
    ),
    # Not composed: the words after "fler" are a clause, or the subject is no owner; the
    # author's sentence is edited instead.
    (
        "sv",
        "Vi vill få fler tjejer att börja spela innebandy.",
        "Vi vill få <N> fler tjejer att börja spela innebandy senast <ÅÅÅÅ-MM-DD>.",
    ),
    ("en", "Attract many more visitors.", "Attract <N> more visitors by <YYYY-MM-DD>."),
    (
        "en",
        "Try to cut churn to 3% by Q4 2027. Try to raise NPS to 40 by Q4 2027.",
        "Cut churn to 3% by Q4 2027. Raise NPS to 40 by Q4 2027.",
    ),
    (
        "sv",
        "Vi hoppas på fler besökare till konsthallen i år.",
        "Vi ska få <N> fler besökare till konsthallen senast 2026-12-31.",
    ),
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
        "sv",
        "Utsläppen ska minska jämfört med 2015.",
        "Utsläppen ska minska med <N> % jämfört med 2015 senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Sales will be higher than in 2020.",
        "Sales will be <N>% higher than in 2020 by <YYYY-MM-DD>.",
    ),
    (
        "en",
        "Cut emissions from council vehicles significantly.",
        "Cut emissions from council vehicles by <N>% by <YYYY-MM-DD>.",
    ),
    (
        "en",
        "Repaint the clubhouse, to make members feel at home.",
        "Repaint the clubhouse by <YYYY-MM-DD>, to make members feel at home.",
    ),
    (
        "en",
        "The club is also aiming to open a second court by 2028.",
        "The club will also open a second court by 2028.",
    ),
    (
        "sv",
        "Alla elever ska ha tillgång till en egen dator.",
        "Alla elever ska ha tillgång till en egen dator senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Föreningen ska, på sikt, växa med 10 % per år.",
        "Föreningen ska växa med 10 % per år från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "att verka för att antalet ledare ökar",
        "att antalet ledare ökar från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Vi ska sträva mot att fler kvinnor finns i styrelsen senast 2027.",
        "Vi ska se till att <N> fler kvinnor finns i styrelsen senast 2027.",
    ),
    (
        "sv",
        "Vi ska försöka arrangera ett läger 2019 med minst 300 deltagare.",
        "Vi ska arrangera ett läger 2019 med minst 300 deltagare.",
    ),
    (
        "sv",
        "Vi ska alltid svara på mejl inom två arbetsdagar.",
        "Vi ska alltid svara på mejl inom två arbetsdagar i minst <N> % av fallen, med uppföljning varje <period>.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_rewrite(lang: str, goal: str, expected: str) -> None:
    linted = lint_goal(goal, lang, config=LONGER)
    suggestions = {f.suggestion for f in linted.findings}
    assert suggestions == {expected}


@pytest.mark.parametrize(("lang", "goal", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_rewrite_invents_no_number(lang: str, goal: str, expected: str) -> None:
    # A resolved deadline is written as an ISO date; any other number must come from the goal.
    numbers_in_goal = set(re.findall(r"\d+", goal))
    linted = lint_goal(goal, lang, config=LONGER)
    for finding in linted.findings:
        # a resolved deadline: an ISO date, or a relative year written as its year
        without_dates = re.sub(
            r"\d{4}-\d{2}-\d{2}|\b(?:in|under) 202[67]\b", "", finding.suggestion
        )
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


def test_readme_lists_exactly_these_pairs() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    pairs = re.findall(r"^- \((sv|en)\) (.+)\n  → (.+)$", readme, flags=re.MULTILINE)
    assert pairs == [(lang, goal, expected) for lang, goal, expected in CASES]


FORMS = [
    # a zero goal gets its date first; a rule that may never be broken gets a follow-up
    (
        "sv",
        "Ingen medlem ska stå utan nyckel till klubbstugan.",
        "Senast <ÅÅÅÅ-MM-DD> ska ingen medlem stå utan nyckel till klubbstugan.",
    ),
    (
        "en",
        "No volunteer should drive the minibus without training.",
        "By <YYYY-MM-DD>, no volunteer should drive the minibus without training.",
    ),
    (
        "sv",
        "Inget av våra läger får någonsin hållas utan sjukvårdare.",
        "Inget av våra läger får någonsin hållas utan sjukvårdare, med uppföljning varje <period>.",
    ),
    (
        "en",
        "None of our camps may ever run without a first-aider.",
        "None of our camps may ever run without a first-aider, checked every <period>.",
    ),
    # the date goes before a closing aside in brackets, not after it; a subject's
    # "is aiming to" becomes "will" even after a phrase with "to" in it
    (
        "en",
        "Learn twenty songs on the ukulele (three down so far, sadly)",
        "Learn twenty songs on the ukulele by <YYYY-MM-DD> (three down so far, sadly).",
    ),
    (
        "en",
        "Next to the harbour, the club is aiming to build 12 new berths by 2028.",
        "Next to the harbour, the club will build 12 new berths by 2028.",
    ),
    # "through that point" points back at a time told before: a date in its place
    (
        "en",
        "Through that point, club dues are expected to stay at 40 dollars.",
        "By <YYYY-MM-DD>, club dues are expected to stay at 40 dollars.",
    ),
    # a hedge after a contracted "I'm" goes with it; "work towards" + a gerund becomes the
    # gerund's verb; an adverb between a Swedish hedge and "att" stays, the "att" goes
    (
        "en",
        "I’m trying to sew 12 quilts by the end of 2027.",
        "I will sew 12 quilts by the end of 2027.",
    ),
    (
        "en",
        "Work towards planting 300 trees along the river by 2029.",
        "Plant 300 trees along the river by 2029.",
    ),
    (
        "sv",
        "Vi försöker alltid att baka 40 bullar till varje loppis under 2027.",
        "Vi ska alltid baka 40 bullar till varje loppis under 2027.",
    ),
    # "by" + a verb in -ing says how: the deadline goes before the goal, not after the means
    (
        "en",
        "Open a second shop by renting the old bakery.",
        "By <YYYY-MM-DD>, open a second shop by renting the old bakery.",
    ),
    # a participle set off by a comma, a tag of names: the deadline goes before them
    (
        "en",
        "Launch the new booking app, using the old server.",
        "Launch the new booking app by <YYYY-MM-DD>, using the old server.",
    ),
    (
        "en",
        "Expand the coaching team to 12 people (Anna + Omar)",
        "Expand the coaching team to 12 people by <YYYY-MM-DD> (Anna + Omar).",
    ),
    # a Swedish infinitive goal with a long tail: the deadline stands by the verb it dates
    (
        "sv",
        "Starta en läxhjälp där elever från alla skolor kan få stöd av frivilliga.",
        "Starta senast <ÅÅÅÅ-MM-DD> en läxhjälp där elever från alla skolor kan få stöd av "
        "frivilliga.",
    ),
    (
        "sv",
        "att genomföra alla träningar i en rökfri miljö oavsett deltagarnas ålder",
        "att senast <ÅÅÅÅ-MM-DD> genomföra alla träningar i en rökfri miljö oavsett "
        "deltagarnas ålder.",
    ),
    # a hedge after a subject of its own opens a new clause: it becomes "will"
    (
        "en",
        "I want to start lessons in May, and I hope to pass my driving test in 2027.",
        "I want to start lessons in May, and I will pass my driving test in 2027.",
    ),
    # a degree word before a comparative goes with the size that replaces it
    (
        "sv",
        "Vi vill komma betydligt snabbare framåt med solcellerna på skolorna.",
        "Vi vill komma <N> % snabbare framåt med solcellerna på skolorna senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a short phrase set off by a comma at the end: the deadline goes before it
    (
        "sv",
        "Anlägga fler odlingslotter i stadsdelen, för boende utan egen trädgård.",
        "Anlägga <N> fler odlingslotter i stadsdelen senast <ÅÅÅÅ-MM-DD>, för boende utan egen trädgård.",
    ),
    (
        "en",
        "Open a second shop in town, for our weekend customers.",
        "Open a second shop in town by <YYYY-MM-DD>, for our weekend customers.",
    ),
    # (also a longer one, one that gives an example or a contrast, or a number that
    # describes a thing rather than setting a target)
    (
        "en",
        "Sew ten cushions, with the help of the old sewing machine!",
        "Sew ten cushions by <YYYY-MM-DD>, with the help of the old sewing machine.",
    ),
    (
        "sv",
        "Fler aktiviteter för seniorer, till exempel stavgång i parken.",
        "<N> fler aktiviteter för seniorer senast <ÅÅÅÅ-MM-DD>, till exempel stavgång i parken.",
    ),
    (
        "en",
        "Bake bread for the neighbours, not just for us.",
        "Bake bread for the neighbours by <YYYY-MM-DD>, not just for us.",
    ),
    (
        "sv",
        "Vid skolan byggs en ny cykelbod, med plats för 80 cyklar.",
        "Vid skolan byggs en ny cykelbod senast <ÅÅÅÅ-MM-DD>, med plats för 80 cyklar.",
    ),
    (
        "sv",
        "Vi bygger en ny förskola i Berga, för 120 barn.",
        "Vi bygger en ny förskola i Berga senast <ÅÅÅÅ-MM-DD>, för 120 barn.",
    ),
    # a one-letter article after a fronted date is lower case; an abbreviation keeps its stop
    (
        "en",
        "A minimum of three juniors to be picked for the county squad",
        "By <YYYY-MM-DD>, a minimum of three juniors to be picked for the county squad.",
    ),
    (
        "sv",
        "Föreningen tar emot minst 6 skolklasser, förskolor m.fl.",
        "Föreningen tar emot minst 6 skolklasser, förskolor m.fl. senast <ÅÅÅÅ-MM-DD>.",
    ),
    # the words before a span of years belong to it: the range goes before them
    (
        "sv",
        "Kommunen ska minska antalet parkeringsplatser i centrum åren 2028–2029.",
        "Kommunen ska minska antalet parkeringsplatser i centrum från <baseline> till <mål> "
        "åren 2028–2029.",
    ),
    # what is done after each event is done each time: it starts on a date
    (
        "sv",
        "Efter varje styrelsemöte läggs protokollet ut på hemsidan.",
        "Efter varje styrelsemöte läggs protokollet ut på hemsidan från och med <ÅÅÅÅ-MM-DD>.",
    ),
    # a goal wholly in quotes is rewritten as a sentence of its own, without them
    ("sv", "”Läsa fler deckare”", "Läsa <N> fler deckare senast <ÅÅÅÅ-MM-DD>."),
    # (but a habit's cadence in the phrase keeps its period after it)
    (
        "en",
        "Start a film club, with screenings for members twice a month.",
        "Start a film club, with screenings for members twice a month from <YYYY-MM-DD> to "
        "<YYYY-MM-DD>.",
    ),
    # a remark after a spaced dash is no part of the goal: the deadline goes before it
    (
        "en",
        "Paint the fence – it has needed it for years.",
        "Paint the fence by <YYYY-MM-DD> – it has needed it for years.",
    ),
    (
        "sv",
        "Bygga en ny brygga – det har vi pratat om i flera år.",
        "Bygga en ny brygga senast <ÅÅÅÅ-MM-DD> – det har vi pratat om i flera år.",
    ),
    # a Swedish deadline far from its verb would seem to date the last phrase: it goes
    # after the modal (past an inverted subject, into an "att" clause's own modal) ...
    (
        "sv",
        "Vi vill ha fyra lag, två ungdomsgrupper och en veterangrupp i klubben.",
        "Vi vill senast <ÅÅÅÅ-MM-DD> ha fyra lag, två ungdomsgrupper och en veterangrupp i klubben.",
    ),
    (
        "sv",
        "Därför ska styrelsen ordna ett öppet möte för alla medlemmar i föreningen.",
        "Därför ska styrelsen senast <ÅÅÅÅ-MM-DD> ordna ett öppet möte för alla medlemmar i "
        "föreningen.",
    ),
    # (when the phrase after the verb is short, the end of the goal is near enough)
    (
        "sv",
        "Vi vill att fler ungdomar ska få prova på segling i hamnen.",
        "Vi vill att <N> fler ungdomar ska få prova på segling i hamnen senast <ÅÅÅÅ-MM-DD>.",
    ),
    # ... but two goals with a modal each get it before both, where it dates both
    (
        "sv",
        "Resorna ska halveras och kostnaderna ska minska med 10 procent i hela förvaltningen.",
        "Senast <ÅÅÅÅ-MM-DD> ska resorna halveras och kostnaderna ska minska med 10 procent i "
        "hela förvaltningen.",
    ),
    (
        "en",
        "The club will open a café and the board will hire a coach.",
        "By <YYYY-MM-DD>, the club will open a café and the board will hire a coach.",
    ),
    # a goal with its start runs until a date
    (
        "sv",
        "Antalet cykelställ vid skolorna ska öka från och med 2027.",
        "Antalet cykelställ vid skolorna ska öka från <baseline> till <mål> från och med 2027 "
        "till och med <ÅÅÅÅ-MM-DD>.",
    ),
    # a ratio kept every period is followed up, growth as a rate runs over a span
    (
        "sv",
        "Vinstmarginalen ska ligga på minst 11 % på rullande 12 månader.",
        "Vinstmarginalen ska ligga på minst 11 % på rullande 12 månader, med uppföljning "
        "varje <period>.",
    ),
    (
        "en",
        "Organic growth of 5% per year.",
        "Organic growth of 5% per year from <YYYY-MM-DD> to <YYYY-MM-DD>.",
    ),
    # the counted noun stays with its number; "as often as" becomes a frequency
    (
        "sv",
        "Vi vill ha så många körer som möjligt i kommunen.",
        "Vi vill ha <N> körer i kommunen senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Recruit as many mentors as possible.",
        "Recruit <N> mentors by <YYYY-MM-DD>.",
    ),
    (
        "sv",
        "Bjuda in föräldrarna så ofta som möjligt.",
        "Bjuda in föräldrarna minst <N> gånger per <period> från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    # a passed deadline stays as written (the finding says it passed); the hedge goes
    (
        "sv",
        "Vi hoppas att andelen ökar från 40 % år 2019 till 60 % år 2024.",
        "Vi ska se till att andelen ökar från 40 % år 2019 till 60 % år 2024.",
    ),
    # "new" + plural asks how many
    (
        "sv",
        "Rekrytera nya ledare till scoutkåren.",
        "Rekrytera <N> nya ledare till scoutkåren senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Recruit new volunteers for the food bank.",
        "Recruit <N> new volunteers for the food bank by <YYYY-MM-DD>.",
    ),
    # a habit's period follows its cadence, before a clause that describes
    (
        "sv",
        "Jag ska läsa några böcker i månaden som handlar om historia.",
        "Jag ska läsa <N> böcker i månaden från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD> "
        "som handlar om historia.",
    ),
    # the deadline goes before a purpose ("så att"), with or without a comma
    (
        "sv",
        "Förvaltningen ska minska sin energianvändning så att driftskostnaderna sjunker.",
        "Förvaltningen ska minska sin energianvändning från <baseline> till <mål> "
        "senast <ÅÅÅÅ-MM-DD> så att driftskostnaderna sjunker.",
    ),
    # a goal that names its measure gets only the range and the deadline, before the measure
    (
        "en",
        "Improve reading skills in year 3, as measured by the national test.",
        "Improve reading skills in year 3 from <baseline> to <target> by <YYYY-MM-DD>, "
        "as measured by the national test.",
    ),
    # a hedge's superlative is no change to size ("in the best case")
    (
        "en",
        "In the best case, I will have the handbook published by the end of 2027.",
        "I will have the handbook published by the end of 2027.",
    ),
    # the measure and deadline go to the sentence with the change, not a slogan after it
    (
        "sv",
        "Vi vill öka antalet kvällskurser. Kunskap för alla!",
        "Vi vill öka antalet kvällskurser från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>. "
        "Kunskap för alla.",
    ),
    # a duration counts from when the goal was written: it stays as the author wrote it
    (
        "sv",
        "Klubben ska öka antalet medlemmar inom tre år.",
        "Klubben ska öka antalet medlemmar från <baseline> till <mål> inom tre år.",
    ),
    # a fronted vague time that goes keeps Swedish verb-second order: the subject moves up
    (
        "sv",
        "På sikt ska sjukfrånvaron i förvaltningen understiga 5 %.",
        "Sjukfrånvaron i förvaltningen ska understiga 5 %, med uppföljning varje <period>.",
    ),
    # a deadline at the end would date a purpose, means or relative clause without a comma:
    # Swedish puts it after the main clause's modal, English before the goal
    (
        "sv",
        "Föreningen vill därför starta en läxhjälp för att eleverna ska klara skolan.",
        "Föreningen vill därför senast <ÅÅÅÅ-MM-DD> starta en läxhjälp för att eleverna "
        "ska klara skolan.",
    ),
    (
        "sv",
        "Ordna fyra läxhjälpskvällar för att fler elever ska klara matten.",
        "Ordna fyra läxhjälpskvällar senast <ÅÅÅÅ-MM-DD> för att fler elever ska klara matten.",
    ),
    (
        "sv",
        "En handlingsplan ska tas fram för hur parken ska bli renare.",
        "En handlingsplan ska senast <ÅÅÅÅ-MM-DD> tas fram för hur parken ska bli renare.",
    ),
    (
        "en",
        "Publish a volunteer handbook that explains our safety rules.",
        "By <YYYY-MM-DD>, publish a volunteer handbook that explains our safety rules.",
    ),
    # a comparative of size before its noun is sized in place; a quality gets a measure
    (
        "sv",
        "Mindre klasser i grundskolan.",
        "<N> % mindre klasser i grundskolan senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a count with a hyphen in its noun; vague amounts of a purpose stay the author's
    (
        "sv",
        "Jag ska lyssna på fler e-böcker.",
        "Jag ska lyssna på <N> fler e-böcker senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Klubben måste få mer bidrag för att täcka kostnaderna för många lag.",
        "Klubben måste få <N> % mer bidrag senast <ÅÅÅÅ-MM-DD> för att täcka kostnaderna för"
        " många lag.",
    ),
    # a time that points back at another sentence gives way to the date it means
    (
        "sv",
        "Antalet cykelstölder vid stationen ska halveras under samma period.",
        "Antalet cykelstölder vid stationen ska halveras senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a vague word in the metric of a change gives way to the change's range
    (
        "en",
        "Increase adequate number of bike racks at the station.",
        "Increase number of bike racks at the station from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    # a hedge inside a verb chain a modal already governs just goes
    (
        "sv",
        "Vi kommer att bygga ut banan och även försöka nå 300 medlemmar i år.",
        "Vi kommer att bygga ut banan och även nå 300 medlemmar under 2026.",
    ),
    # a vague time goes with its preposition and article
    (
        "en",
        "In the long term, the club aims to run 3 junior teams.",
        "By <YYYY-MM-DD>, the club will run 3 junior teams.",
    ),
    # one range for a change, not a second one from a comparative in its metric
    (
        "en",
        "Increase the share of pupils reaching greater depth in reading.",
        "Increase the share of pupils reaching greater depth in reading from <baseline> to "
        "<target> by <YYYY-MM-DD>.",
    ),
    # a share of all is a target level, not a promise to everyone
    (
        "en",
        "80% of all members vote in the board election.",
        "80% of all members vote in the board election by <YYYY-MM-DD>.",
    ),
    # everyone as the subject holds to it all the time; "allt som uppförs" is each new case,
    # so the rule starts on a date (no follow-up period beside it: judged redundant)
    (
        "sv",
        "Allt som uppförs i stadsdelen ska ha gröna tak.",
        "Allt som uppförs i stadsdelen ska ha gröna tak från och med <ÅÅÅÅ-MM-DD>.",
    ),
    # a policy holds all the time: it is followed up, not dated
    (
        "en",
        "Our dividend policy is to pay out 40% of net profit.",
        "Our dividend policy is to pay out 40% of net profit, checked every <period>.",
    ),
    # a partitive keeps its "of"; "even more" is a degree, not how often
    (
        "en",
        "Give away a lot of the old jigsaws.",
        "Give away <N> of the old jigsaws by <YYYY-MM-DD>.",
    ),
    # a vague frequency made a count recurs: it gets a period, not a one-off deadline
    (
        "en",
        "Visit the allotment as often as possible.",
        "Visit the allotment at least <N> times per <period> from <YYYY-MM-DD> to <YYYY-MM-DD>.",
    ),
    # the deadline goes before a trailing condition
    (
        "en",
        "We want as many teams as possible, depending on access to halls.",
        "We want <N> teams by <YYYY-MM-DD>, depending on access to halls.",
    ),
    # a remark after the goal (a parenthesis of its own, "but" + its own subject, ", vilket …",
    # ", även …", "när det behövs"): the deadline dates the goal, so it goes before the remark
    (
        "en",
        "Finish the patchwork quilt (and try to use up the old fabric.)",
        "Finish the patchwork quilt by <YYYY-MM-DD> (and try to use up the old fabric.)",
    ),
    (
        "en",
        "Get my 5k time down to 25 minutes but I have no race yet.",
        "Get my 5k time down to 25 minutes by <YYYY-MM-DD> but I have no race yet.",
    ),
    (
        "sv",
        "Vi vill byta till fler cykelställ, vilket styrelsen just nu utreder.",
        "Vi vill byta till <N> fler cykelställ senast <ÅÅÅÅ-MM-DD>, vilket styrelsen just nu"
        " utreder.",
    ),
    (
        "sv",
        "Skapa fler odlingslotter, även i ytterområdena.",
        "Skapa <N> fler odlingslotter senast <ÅÅÅÅ-MM-DD>, även i ytterområdena.",
    ),
    (
        "sv",
        "Ge eleverna mer läxhjälp när det behövs.",
        "Ge eleverna <N> % mer läxhjälp senast <ÅÅÅÅ-MM-DD> när det behövs.",
    ),
    # a rule for each new case starts on a date; it is not reached by one
    (
        "sv",
        "Alla nyinköpta datorer ska vara miljömärkta.",
        "Alla nyinköpta datorer ska vara miljömärkta från och med <ÅÅÅÅ-MM-DD>.",
    ),
    # a relative year is written as the year it means; "ska vi försöka" keeps its one modal
    (
        "en",
        "This year I will try to swim 200 lengths.",
        "In 2026 I will swim 200 lengths.",
    ),
    (
        "sv",
        "I år ska vi försöka få 40 nya medlemmar.",
        "Under 2026 ska vi få 40 nya medlemmar.",
    ),
    # a purpose without a comma: the deadline ends the main clause, not "My goal is to"
    (
        "en",
        "Start a reading club so that more pupils borrow books.",
        "Start a reading club by <YYYY-MM-DD> so that more pupils borrow books.",
    ),
    # a habit given up is kept over a period; it is not reached by a date
    (
        "en",
        "No more takeaway coffee.",
        "No more takeaway coffee from <YYYY-MM-DD> to <YYYY-MM-DD>.",
    ),
    (
        "sv",
        "Inga fler impulsköp av kläder.",
        "Inga fler impulsköp av kläder från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    # so is an act the goal says it will not do
    (
        "sv",
        "Inte äta godis på vardagar.",
        "Inte äta godis på vardagar från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    ("en", "Don't order takeaway.", "Don't order takeaway from <YYYY-MM-DD> to <YYYY-MM-DD>."),
    # what must not happen on the way ("utan att …") is no part of the change the range sizes
    (
        "sv",
        "Vi ska minska andelen asfalterade ytor utan att minska framkomligheten.",
        "Vi ska senast <ÅÅÅÅ-MM-DD> minska andelen asfalterade ytor från <baseline> till <mål> "
        "utan att minska framkomligheten.",
    ),
    # "from <year>" in an aside or before the noun it names is no start: a deadline is "by"
    (
        "en",
        "Build a bird box (a plan left over from 2024)",
        "Build a bird box by <YYYY-MM-DD> (a plan left over from 2024).",
    ),
    (
        "en",
        "Sew two quilts from 2025 pattern list.",
        "Sew two quilts from 2025 pattern list by <YYYY-MM-DD>.",
    ),
    # a bare plural after a change verb is counted, so the range says what it counts;
    # a measured noun ("costs") is its own measure
    (
        "en",
        "Grow local sponsors",
        "Grow the number of local sponsors from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    (
        "en",
        "Reduce missed bin collections.",
        "Reduce the number of missed bin collections from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    ("en", "Cut travel costs.", "Cut travel costs from <baseline> to <target> by <YYYY-MM-DD>."),
    # a streak kept ("no missed days") is a habit over a span too
    (
        "en",
        "No missed piano practice days",
        "No missed piano practice days from <YYYY-MM-DD> to <YYYY-MM-DD>.",
    ),
    (
        "sv",
        "Inga missade träningspass.",
        "Inga missade träningspass från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    # so is every other choice given up ("only"); the span goes before a phrase of means
    (
        "en",
        "Wear only thrifted clothes, either from charity shops or swaps.",
        "Wear only thrifted clothes from <YYYY-MM-DD> to <YYYY-MM-DD>, either from charity shops or swaps.",
    ),
    (
        "sv",
        "Drick enbart kranvatten på jobbet.",
        "Drick enbart kranvatten på jobbet från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    # but "only" in an aside, or before "be", is no such choice
    (
        "en",
        "Learn to count to ten in six languages (only two so far)",
        "Learn to count to ten in six languages by <YYYY-MM-DD> (only two so far).",
    ),
    # "arbeta för att" before the goal's own verb goes; "då" after the modal points back
    (
        "sv",
        "Arbeta för att på sikt få en plastfri strand.",
        "Senast <ÅÅÅÅ-MM-DD> få en plastfri strand.",
    ),
    (
        "sv",
        "Hälften av alla nya bussar ska då vara eldrivna.",
        "Hälften av alla nya bussar ska senast <ÅÅÅÅ-MM-DD> vara eldrivna.",
    ),
    # "by 5 % from Q1": the quarter is the baseline, not a start ("until" would misread it)
    (
        "en",
        "Cut printing costs by 5% from Q1 2027.",
        "Cut printing costs by 5% from Q1 2027 by <YYYY-MM-DD>.",
    ),
    # an acronym's spelled-out name stays beside it; the range follows the metric
    (
        "en",
        "Raise the share of pupils at GLD (good level of development) in maths.",
        "Raise the share of pupils at GLD (good level of development) from <baseline>"
        " to <target> in maths by <YYYY-MM-DD>.",
    ),
    # a change from one rate to another is reached by a date; "(from 2000 to 3000)" counts
    (
        "en",
        "Cut P2 bugs from 10/month to 3/month",
        "Cut P2 bugs from 10/month to 3/month by <YYYY-MM-DD>.",
    ),
    (
        "en",
        "Increase newsletter subscribers by 50% (from 2000 to 3000)",
        "Increase newsletter subscribers by 50% (from 2000 to 3000) by <YYYY-MM-DD>.",
    ),
    # the count that replaces "lots of" sizes the verb before it: no range beside it
    (
        "en",
        "Grow lots of tomatoes for the market stall.",
        "Grow <N> tomatoes for the market stall by <YYYY-MM-DD>.",
    ),
    # "this time" points at an event the goal does not name: it gives way to the date
    (
        "en",
        "This time I want to row 10 km in under 50 minutes.",
        "By <YYYY-MM-DD> I want to row 10 km in under 50 minutes.",
    ),
    # a year left open ("203X") is the year to fill in, not a second deadline
    ("sv", "Klimatneutral kommun 203X", "Klimatneutral kommun <ÅÅÅÅ>."),
    # "X procent eller högre" bounds a ratio kept each year; "allt fler" is "<N> fler"
    (
        "sv",
        "Utdelningen till medlemmarna ska ligga på 30 procent eller högre av överskottet.",
        "Utdelningen till medlemmarna ska ligga på 30 procent eller högre av överskottet, med"
        " uppföljning varje <period>.",
    ),
    ("sv", "Allt fler unga är medlemmar", "<N> fler unga är medlemmar senast <ÅÅÅÅ-MM-DD>."),
    # "en större tävling" is a fairly big one, not a bigger one
    (
        "sv",
        "Anordna en större tävling för juniorer.",
        "Anordna en större tävling för juniorer senast <ÅÅÅÅ-MM-DD>.",
    ),
    # "Ingen ska senast … skadas" reads as a date for the harm, and a date at the end was
    # judged unnatural (round 19): the date opens the goal
    (
        "sv",
        "Ingen i föreningen ska skadas allvarligt på grund av halka vid klubbstugan.",
        "Senast <ÅÅÅÅ-MM-DD> ska ingen i föreningen skadas allvarligt på grund av halka vid"
        " klubbstugan.",
    ),
    # a list that ends the goal is one metric: the range goes after its last item
    (
        "sv",
        "Öka antalet besökare till bibliotek, museer och badhus.",
        "Öka antalet besökare till bibliotek, museer och badhus från <baseline> till <mål>"
        " senast <ÅÅÅÅ-MM-DD>.",
    ),
    # "alltid" makes a rule whatever it changes; going on doing more runs over a span
    (
        "sv",
        "Klubben ska alltid erbjuda mer träningstid till juniorerna.",
        "Klubben ska alltid erbjuda <N> % mer träningstid till juniorerna, med uppföljning"
        " varje <period>.",
    ),
    (
        "sv",
        "Fortsätta baka mer bröd hemma.",
        "Fortsätta baka <N> % mer bröd hemma från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    # a rule for all that is done daily is kept over a span
    (
        "en",
        "Write all notes in shorthand and practise shorthand daily",
        "Write all notes in shorthand and practise shorthand daily from <YYYY-MM-DD> to"
        " <YYYY-MM-DD>.",
    ),
    # people gained are counted, past an adjective before them
    (
        "sv",
        "Rekrytera blivande styrelseledamöter",
        "Rekrytera <N> blivande styrelseledamöter senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Recruit volunteers for the spring fair",
        "Recruit <N> volunteers for the spring fair by <YYYY-MM-DD>.",
    ),
    # the plural may end the goal
    ("en", "Recruit mentors", "Recruit <N> mentors by <YYYY-MM-DD>."),
    # an adjective that opens the goal is not its infinitive verb
    (
        "sv",
        "Tydliga och vackra skyltar finns vid alla infarter och vid torget i centrum",
        "Tydliga och vackra skyltar finns vid alla infarter och vid torget i centrum senast"
        " <ÅÅÅÅ-MM-DD>.",
    ),
    # a made plural with no count is counted, with a missing number or as a deliverable
    (
        "en",
        "Install bike racks outside the sports hall",
        "Install <N> bike racks outside the sports hall by <YYYY-MM-DD>.",
    ),
    (
        "sv",
        "Sätta upp informationsskyltar vid vandringslederna",
        "Sätta upp <N> informationsskyltar vid vandringslederna senast <ÅÅÅÅ-MM-DD>.",
    ),
    # ... but not what is converted whole, nor a named or owned thing
    (
        "en",
        "Convert the club's floodlights to LED",
        "Convert the club's floodlights to LED by <YYYY-MM-DD>.",
    ),
    # an author's amount before a verb of ongoing work sizes it
    (
        "sv",
        "9 av 10 deltagare trivs och utvecklas i kören",
        "9 av 10 deltagare trivs och utvecklas i kören senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a step towards an end state commits to no state: the state is what gets dated
    ("sv", "Ett steg mot en giftfri förskola", "En giftfri förskola senast <ÅÅÅÅ-MM-DD>."),
    (
        "sv",
        "Klubben tar steg mot en rökfri idrottsplats",
        "Klubben når en rökfri idrottsplats senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Take steps towards a plastic-free office",
        "Reach a plastic-free office by <YYYY-MM-DD>.",
    ),
    # a thing made once and then kept up is dated where it is made
    (
        "en",
        "Create and maintain a volunteer roster for the autumn fair",
        "Create a volunteer roster for the autumn fair by <YYYY-MM-DD> and maintain it.",
    ),
    (
        "sv",
        "Ta fram och följa en rutin för kassaarbetet",
        "Ta fram en rutin för kassaarbetet senast <ÅÅÅÅ-MM-DD> och följa den.",
    ),
    # a prohibition holds all the time: it is followed up, not dated; a plural definite
    # subject in "-erna" is no infinitive to put the date after
    (
        "sv",
        "Nämnderna får inte använda mer än 95 procent av sin budget.",
        "Nämnderna får inte använda mer än 95 procent av sin budget, med uppföljning varje"
        " <period>.",
    ),
    # a season that recurs is a cadence: the goal runs over a span
    (
        "sv",
        "Arrangera en skidtävling varje vinter.",
        "Arrangera en skidtävling varje vinter från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    # a time to beat is reached once, not kept over a span
    ("sv", "Springa milen på 45 minuter.", "Springa milen på 45 minuter senast <ÅÅÅÅ-MM-DD>."),
    ("en", "Swim 2 km in 50 minutes", "Swim 2 km in 50 minutes by <YYYY-MM-DD>."),
    # a verb of an extreme becomes a plain change beside its range
    (
        "sv",
        "Minimera matsvinnet i skolans kök.",
        "Minska matsvinnet i skolans kök från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "en",
        "Maximize the number of club volunteers.",
        "Increase the number of club volunteers from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    # a fraction word is the size of a change
    (
        "sv",
        "Föreningen ska minska sina resor med en femtedel.",
        "Föreningen ska minska sina resor med en femtedel senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a hedge on the second verb of an imperative goal just goes: "and will fix" lacks a subject
    (
        "en",
        "Paint the shed, and try to fix the gate by May 2027.",
        "Paint the shed, and fix the gate by May 2027.",
    ),
    # "go on" a trip travels; only "go on doing" goes on
    ("en", "Go on 8 camping trips", "Go on 8 camping trips by <YYYY-MM-DD>."),
    # a rolling window holds all the time: it is followed up, not dated
    (
        "en",
        "Fund all investments from our own cash over a rolling four-year period.",
        "Fund all investments from our own cash over a rolling four-year period, checked every"
        " <period>.",
    ),
    # a negation stays with what it negates
    (
        "en",
        "Paint for the joy of it not because anyone asks",
        "Paint for the joy of it by <YYYY-MM-DD> not because anyone asks.",
    ),
    # a quality word in a name, or on the things the goal's own amount counts, is no
    # quality to measure: the goal is dated as it stands
    (
        "sv",
        "Alla tränare ska gå kursen Trygga idrottsmiljöer.",
        "Alla tränare ska gå kursen Trygga idrottsmiljöer senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Varje aktiv förening i länet har minst två utbildade ledare.",
        "Varje aktiv förening i länet har minst två utbildade ledare senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a time to beat over a named distance, or a service time, is dated or followed up
    (
        "en",
        "Run a 10k in under 50 minutes.",
        "Run a 10k in under 50 minutes by <YYYY-MM-DD>.",
    ),
    (
        "sv",
        "Svara på alla samtal inom 2 minuter.",
        "Svara på alla samtal inom 2 minuter, med uppföljning varje <period>.",
    ),
    # a hedge dropped after an opening quote leaves no stray comma
    (
        "en",
        "“Hopefully, we will open the new boathouse by June 2027.",
        "“We will open the new boathouse by June 2027.",
    ),
    # "Då ska …" points back at a time another sentence gives: the date goes in its place
    (
        "sv",
        "Då ska föreningen ha 300 medlemmar.",
        "Senast <ÅÅÅÅ-MM-DD> ska föreningen ha 300 medlemmar.",
    ),
    # working towards an amount is reaching it; "2B" names a jetty, it counts nothing
    (
        "sv",
        "Arbeta mot 40 % förnybar el i alla våra lokaler",
        "Nå 40 % förnybar el i alla våra lokaler senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Måla om räcket vid brygga 3C.",
        "Måla om räcket vid brygga 3C senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a place name ending in -a before its finite verb is the subject, not an infinitive:
    # the date does not split subject and verb
    (
        "sv",
        "Ljusdal lockar fler turister till fjällen.",
        "Ljusdal lockar <N> fler turister till fjällen senast <ÅÅÅÅ-MM-DD>.",
    ),
    (
        "sv",
        "Ydala är topp 20 i länets mätning av service",
        "Ydala är topp 20 i länets mätning av service senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a clause inside a composed count gets its "som"
    (
        "sv",
        "Fler bybor kan leva på eget arbete",
        "Öka antalet bybor som kan leva på eget arbete från <baseline> till <mål> senast"
        " <ÅÅÅÅ-MM-DD>.",
    ),
    # with a date of its own, a state worked towards is a state to reach
    # a degree word that opens a vague amount goes with it
    (
        "sv",
        "Det ska finnas tillräckligt mycket böcker i skolans bibliotek.",
        "Det ska finnas <N> böcker i skolans bibliotek senast <ÅÅÅÅ-MM-DD>.",
    ),
    # "ultimately", "i slutändan": a final stage with no time is a vague time, replaced
    (
        "en",
        "Ultimately, the pantry will serve every family in town.",
        "By <YYYY-MM-DD>, the pantry will serve every family in town.",
    ),
    (
        "sv",
        "I slutändan ska alla skolgårdar vara gröna.",
        "Alla skolgårdar ska vara gröna senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a share of the year's result paid out is kept each year, whatever the verb
    (
        "en",
        "40 percent of the annual surplus is to be paid out as dividend.",
        "40 percent of the annual surplus is to be paid out as dividend, checked every <period>.",
    ),
    # a range after the relative clause that says what the share counts
    (
        "en",
        "Increase the share of patients who book online",
        "Increase the share of patients who book online from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    # a date before a means clause set off after a relative clause
    (
        "en",
        "Grow the number of parents who help out, through a clearer rota",
        "Grow the number of parents who help out from <baseline> to <target> by <YYYY-MM-DD>, "
        "through a clearer rota.",
    ),
    # "ska … ha ökat": the range follows the participle
    (
        "sv",
        "Antalet cyklister ska ha ökat.",
        "Antalet cyklister ska ha ökat från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    # "till exempel" belongs to the means clause: the date goes before it
    (
        "sv",
        "Skydda alla våtmarker till exempel genom avtal med markägarna",
        "Skydda alla våtmarker senast <ÅÅÅÅ-MM-DD> till exempel genom avtal med markägarna.",
    ),
    # a company's policy holds every year: followed up per period, no one-off date
    (
        "sv",
        "Koncernens policy: minst 40 % av årets vinst delas ut till ägarna.",
        "Koncernens policy: minst 40 % av årets vinst delas ut till ägarna, med uppföljning varje <period>.",
    ),
    # an act given up, named by its noun, is kept over a span
    (
        "sv",
        "Inget småätande efter klockan åtta.",
        "Inget småätande efter klockan åtta från <ÅÅÅÅ-MM-DD> till <ÅÅÅÅ-MM-DD>.",
    ),
    # a fronted vague time dropped: the subject comes first and the adverb stays after the verb
    (
        "sv",
        "På sikt ska vi även starta två körer under 2027.",
        "Vi ska även starta två körer under 2027.",
    ),
    # a second conjunct after the amount gets its own size
    (
        "sv",
        "Vi ska ha 80 medlemmar och fler konserter.",
        "Vi ska ha 80 medlemmar och <N> fler konserter senast <ÅÅÅÅ-MM-DD>.",
    ),
    # "arbeta för att" before the goal's own verb goes; the verb is the commitment
    (
        "sv",
        "Kören arbetar för att fördubbla antalet tenorer.",
        "Kören ska fördubbla antalet tenorer senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a vague degree word before a comparative gives way to the count
    (
        "sv",
        "Baka något färre bullar till basaren.",
        "Baka <N> färre bullar till basaren senast <ÅÅÅÅ-MM-DD>.",
    ),
    ("en", "Bake slightly fewer buns for the fair.", "Bake <N> fewer buns for the fair."),
    # a count before an owner's things is a count of them
    (
        "sv",
        "Sätta upp kommunens skyltar vid sjön.",
        "Sätta upp <N> av kommunens skyltar vid sjön senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a period inside the metric before the change: still reached by a date
    (
        "en",
        "The number of boat trips per year will increase.",
        "The number of boat trips per year will increase from <baseline> to <target> by <YYYY-MM-DD>.",
    ),
    (
        "sv",
        "Mängden matavfall per elev och år ska minska.",
        "Minska mängden matavfall per elev och år från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    # lower case with a modal of its own or a verb first is a goal of its own
    (
        "sv",
        "minst 10 spelare skall vara uttagna till distriktslaget.",
        "minst 10 spelare skall vara uttagna till distriktslaget senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a date after a relative clause that ends the goal is set off as the goal's own
    (
        "sv",
        "En halvering av antalet bilar som parkerar på skolgården",
        "En halvering av antalet bilar som parkerar på skolgården, senast <ÅÅÅÅ-MM-DD>.",
    ),
    # this year's result in a ratio that holds every year is each year's: followed up
    (
        "sv",
        "Utdelningen ska överstiga 30 % av årets vinst.",
        "Utdelningen ska överstiga 30 % av årets vinst, med uppföljning varje <period>.",
    ),
    # "everyday" is a cadence; a window counted from each application is no deadline
    ("en", "Walk 8k steps everyday", "Walk 8k steps everyday from <YYYY-MM-DD> to <YYYY-MM-DD>."),
    (
        "sv",
        "Nämnden ska ge besked om bidrag senast 6 veckor efter ansökan.",
        "Nämnden ska ge besked om bidrag senast 6 veckor efter ansökan i minst <N> % av fallen,"
        " med uppföljning varje <period>.",
    ),
    # after a fronted adverb the subject follows the modal: the date goes after the verb phrase
    (
        "sv",
        "Tillsammans ska klubbar, skolor och kommunen fördubbla antalet simkunniga barn.",
        "Tillsammans ska klubbar, skolor och kommunen fördubbla antalet simkunniga barn senast"
        " <ÅÅÅÅ-MM-DD>.",
    ),
    # "the coming months" is a vague time; its preposition goes with it
    (
        "en",
        "In the coming months the club will open 2 new courts.",
        "By <YYYY-MM-DD> the club will open 2 new courts.",
    ),
    (
        "sv",
        "Under de kommande månaderna ska vi öppna två nya banor.",
        "Senast <ÅÅÅÅ-MM-DD> ska vi öppna två nya banor.",
    ),
    # "the same year" points back at a year given before: a date in its place
    (
        "sv",
        "Till samma år ska dessutom matsvinnet minska med minst 30 procent.",
        "Senast <ÅÅÅÅ-MM-DD> ska dessutom matsvinnet minska med minst 30 procent.",
    ),
    # a lower-case item that opens with its verb is a goal of its own
    ("sv", "ha en kör för alla åldrar", "ha en kör för alla åldrar senast <ÅÅÅÅ-MM-DD>."),
    # the last year's things are a reference, not the goal's year
    (
        "sv",
        "Ta fram en rapport om det senaste årets resor",
        "Ta fram en rapport om det senaste årets resor senast <ÅÅÅÅ-MM-DD>.",
    ),
    # a "För" that makes the goal the reason for the sentence before it goes
    ("sv", "För vi ska ha 40 körsångare!", "Vi ska ha 40 körsångare senast <ÅÅÅÅ-MM-DD>."),
    # a time in the genitive belongs to its noun: no date in its place
    (
        "sv",
        "Vi ska försöka sälja fler lotter på årets julmarknad.",
        "Vi ska sälja <N> fler lotter på årets julmarknad.",
    ),
    # "Då kommer …" points back at a time told before: the date takes its place
    (
        "sv",
        "Då kommer den nya bryggan att levereras.",
        "Senast <ÅÅÅÅ-MM-DD> kommer den nya bryggan att levereras.",
    ),
    # a date right after the verb would stand beside the size's blank: it goes last
    (
        "sv",
        "Lägga mer kraft på de yngsta lagen i klubben.",
        "Lägga <N> % mer kraft på de yngsta lagen i klubben senast <ÅÅÅÅ-MM-DD>.",
    ),
    # an adverb that opens a hedge goes with it: "Aktivt ska öka" would have no subject
    (
        "sv",
        "Aktivt arbeta för att höja antalet ledare i klubben.",
        "Höja antalet ledare i klubben från <baseline> till <mål> senast <ÅÅÅÅ-MM-DD>.",
    ),
    # "I'm also trying to" -> "I will also": the space the contraction had not is added
    ("en", "I'm also trying to plant 40 trees.", "I will also plant 40 trees by <YYYY-MM-DD>."),
    # "up from" names where it grew from, a baseline, not a start: "by", not "until"
    (
        "en",
        "Swim 300 km, up from 2024's 250 km",
        "Swim 300 km, up from 2024's 250 km by <YYYY-MM-DD>.",
    ),
    # "only" after the verb's object says how it is done once; "no longer have" is a state
    (
        "en",
        "Sing a duet only in Italian with my teacher",
        "Sing a duet only in Italian with my teacher by <YYYY-MM-DD>.",
    ),
    (
        "en",
        "I should no longer have any student debt",
        "I should no longer have any student debt by <YYYY-MM-DD>.",
    ),
]


@pytest.mark.parametrize(("lang", "goal", "expected"), FORMS, ids=[c[1][:40] for c in FORMS])
def test_rewrite_forms(lang: str, goal: str, expected: str) -> None:
    rewrite = lint_goal(goal, lang, config=LONGER).rewrite
    assert rewrite is not None and rewrite.text == expected


@pytest.mark.parametrize(
    ("lang", "goal"),
    [
        # a statement with nothing to size would only get a generic measure appended
        ("sv", "Kommunen ska ligga i framkant inom digital service."),
        # a quality or a state with no measure named: "mätt som att <mått> …" says nothing
        ("en", "Improve access to mental health services for young people by 2028."),
        ("en", "Our ambition is to grow the youth programme"),
        ("sv", "Ledarna ska ha tillräcklig utbildning."),
        ("sv", "Vi vill bredda utbudet av kvällskurser."),
        ("en", "A well-run council that listens to its residents."),
        # a passed deadline alone: the finding says so, the year stays the author's
        ("sv", "Öka intäkterna från marknadsföring med 56 % i slutet av 2020."),
        # a measure beside the comparative it was to replace still says only "more"
        ("en", "Be more proactive with customer feedback going forward."),
        ("sv", "Vi vill göra biblioteket mer tillgängligt."),
        ("sv", "Styrelsens uppgift är att verka för en starkare ekonomi i föreningen."),
        # one generic measure for two aims says how much of neither
        ("sv", "Stärka sammanhållningen och skapa utrymme för fler aktiva lag."),
        ("en", "Grow our tree canopy and expand greening projects."),
        # a count of a quality ("fler framgångar") names nothing to count
        ("sv", "Laget ska nå fler framgångar på hemmaplan."),
        # a goal that ends in a question to the reader; more of a quoted quality
        ("sv", "Läs minst 3 böcker om ledarskap, vilka tankar tar du med dig?"),
        ("sv", 'Det är dags att bli lite mer "vuxen"!'),
        # a paragraph of aims and comments gets its findings, not blanks wedged into it
        (
            "en",
            "We want to grow the club. It will take effort from everyone and we know that "
            "the winter months are always hard for us.",
        ),
        # nor a long report or paragraph, even when dropping its hedge is all there is to do
        (
            "en",
            "The choir hopes to sing 12 concerts by 2028, one more than the eleven it gave "
            "during the anniversary season, and to tour abroad.",
        ),
        (
            "sv",
            "Kören hoppas kunna ge 12 konserter till 2028, en mer än de elva den gav under "
            "jubileumssäsongen, och även göra en turné utomlands.",
        ),
        # a date beside a quality ("easy to use", "comprehensive") leaves it as vague
        ("en", "Make the club website easy to use."),
        # what someone tells, after a speech tag: a date would date the telling
        ("sv", "Vi tar fram en ny cykelplan, berättar kommunens trafikchef."),
        # someone's words, quoted: a rewrite would misquote them
        ("sv", 'Kassören skrev: "Vi ska försöka minska portokostnaderna."'),
        # an aim named as someone's goal: a date at the end would date the naming
        ("sv", "Fler cykelvägar är föreningens viktigaste mål."),
        ("en", "Planting 50 oaks is a fun goal and we are only ten oaks away."),
        # conduct promised to all holds every day: no date for it (judged bad)
        ("sv", "Alla ledare agerar enligt föreningens värdegrund."),
        # nor does a date make a quality promised to all measurable ("trivas", "thrive")
        ("sv", "Alla barn på fritids ska trivas."),
        ("en", "Every volunteer will thrive in the club."),
        # a rule with nothing a follow-up could check
        ("sv", "Föreningen ska hålla avgifterna på en rimlig nivå."),
        # a habit with its own count per period: a span beside it was judged redundant
        ("sv", "Jag ska läsa en bok i månaden som handlar om historia."),
        ("en", "Send three postcards to friends each month."),
        # a report of the past is no goal to date
        ("sv", "Jag hade siktat på 45 minuter, så jag är nöjd med loppet."),
        # nor is a result told in the perfect
        ("en", "Our choir has grown to 40 singers since the spring."),
        ("sv", "Föreningen har planterat 120 ekar längs ån."),
        # a hedge over an unsized change: "reduce food waste" would be as unsized
        ("en", "Work towards reducing food waste in the canteen."),
        # or an aim told in the past perfect: it was set before
        ("en", "The choir’s goal for last season had been to reach 40 singers."),
        ("sv", "Körens mål för förra säsongen hade varit att nå 40 sångare."),
        ("en", "We doubled our membership last spring, which felt great."),
        # nor is work reported as going on now, with nothing ahead
        ("sv", "Vi håller just nu på att bygga två nya lekplatser i kommunen."),
        ("en", "We are currently working on a new member portal."),
        # one range cannot size two measures
        ("sv", "Förvaltningen ska minska sin energianvändning och sina transporter."),
        # a deadline before a wish would date the wish ("By …, I would love to …")
        ("en", "I would love to open a reading corner in the library that our young members run."),
        # a rewrite that drops the hedge but leaves the goal with no time fixes the lesser
        # problem only
        ("en", "I try to run three races a year."),
        # a goal told in the past tense is a report
        ("en", "The goal was to raise 5,000 dollars for the club."),
        # nor a retired goal, nor a belief
        ("sv", "Klubbens förra mål var att nå 400 medlemmar."),
        ("en", "We believe the new hall will bring more families to the club."),
        # nor is a goal someone is reported to have told or decided
        ("sv", "Ordföranden berättade att det ska finnas fler bänkar i parken i sommar."),
        ("en", "The chair said that the club will open a second court."),
        # a quality made larger has no percent to count; nor a mass counted in "<N>"
        ("sv", "Vi ska ha en större mångfald bland ledarna i klubben till 2028."),
        ("en", "Clean up a bunch of old, messy code in the billing module."),
        # a quality delivered every day has no end state to date
        ("en", "Give friendly, excellent service every day."),
        # a date beside a quality no one measured leaves it vague
        ("sv", "Det ska vara enkelt att boka tid i sporthallen och hallen ska vara rökfri."),
        ("en", "Keep every youth squad and give them good coaching."),
        # what someone says, thinks or had as a goal last week is no goal to date
        ("sv", "Jag ska cykla mer och laga bilen, säger hon."),
        ("sv", "Förra månaden hade jag som mål att gå 10 pass och då gick jag 12."),
        ("en", "I think a 45 minute 10k is within reach."),
        # nor what someone proposed
        ("sv", "Styrelsen föreslog att klubben ska ha 200 medlemmar."),
        ("en", "The board proposed that the club reach 200 members."),
        # going on with what is done now has no date to be reached by
        ("sv", "Alla som spelat i ungdomslaget ska fortsätta träna i klubben."),
        # ongoing work that no amount sizes stays unmeasurable beside a date, also when
        # one of two joined aims gets a range
        ("sv", "Museet ska främja intresset för lokal historia, framför allt bland unga."),
        ("en", "Nurture stronger ties between the choir and one another's families."),
        ("en", "Every volunteer will proactively support the new members."),
        ("sv", "Klubbarna i distriktet växer och utvecklas"),
        # a deliverable described only by a quality: how would anyone check it?
        ("en", "Build a sustainable funding model for the youth orchestra."),
        ("en", "Become the preferred partner for local food producers."),
        ("sv", "Hela skolans arbete genomsyras av elevernas delaktighet"),
        ("sv", "All vår klubbverksamhet ska präglas av glädje och gemenskap."),
        ("sv", "Trivsel ska råda på alla våra fritidsgårdar."),
        ("sv", "Skolan ska vara inkluderande och lärorik för alla elever."),
        # nor is a state whose point is its quality ("i toppklass", "trygg", "hög")
        ("sv", "Vi ska ha en simhall och en idrottsplats i toppklass."),
        ("sv", "Alla äldre i kommunen får trygg vård med hög kvalitet."),
        ("sv", "Kören ska vara en stolt bärare av ortens musikarv."),
        ("en", "Every pupil learns in a safe and modern school building."),
        # a range on awareness or engagement names no measure of it
        ("en", "Increase awareness of the museum's school programmes."),
        # no percent for a quality of one thing, a level set by a reference, or a list
        ("sv", "Klubben ska bli en bredare mötesplats för hela bygden."),
        ("sv", "Våra elever ska läsa böcker på fritiden i större utsträckning än länssnittet."),
        ("sv", "Mer grönska, bänkar och lekplatser i parken"),
        ("sv", "Klubben ska alltid dela ut mer pengar än den tar in i avgifter."),
        ("sv", "Alla lag i klubben ska växa mer än sin serie i snitt."),
        # an index no one defined is no measure for a range: engagement, access, sponsorship
        # by firms ("corporate" does not end in "rate"); nor what a means clause says
        ("en", "Expand online engagement with the museum's collections."),
        ("en", "Increase our corporate sponsorship."),
        ("sv", "Öka tillgängligheten i föreningens lokaler."),
        ("sv", "Föreningen ska växa genom att värva fler."),
        # no count or percent of a quality ("mycket glädje", "mer kreativitet", "större
        # ansvar"), nor "<N>" where no noun follows the amount
        ("sv", "Vi vill sprida mycket glädje bland barnen i byn."),
        ("sv", "Mer kreativitet i skolans slöjdsalar."),
        ("sv", "Styrelsen ska ta större ansvar för klubbens ekonomi."),
        ("sv", "Jag ska sova tillräckligt mycket under veckorna."),
        ("en", "We'll bake as many as we can before the fete."),
        ("sv", "Vi ska sälja så många som vi hinner på loppisen."),
        # only a time to beat, with no race or distance: the race is its date, unnamed
        ("en", "My target is to get under 1 hour 45 minutes."),
        ("en", "Goal time: 3:59."),
        ("sv", "Målet är att springa under 50 minuter."),
        # a template's blank date is a date already; "för alla" after one noun is a slogan
        ("sv", "Projektet ska vara klart xxxx-xx-xx"),
        ("sv", "Bibliotek för alla"),
        # keeping and adding at once; a second aim in "och att"; a quality ("framtiden")
        ("sv", "Vi ska behålla och helst öka antalet ledare."),
        ("sv", "Öka andelen ekologisk mat i köket och att välja närodlat."),
        ("sv", "Förbättra framtiden för bygdens unga."),
        # a count invented for things only a quality describes; a compound whose head is a
        # quality ("team spirit"); a percent of a quality
        ("en", "Ship flawless releases."),
        ("en", "Build team spirit in the under-12 squad."),
        ("en", "Significantly improve the stability of the booking site."),
        # working towards a state with no amount or date is not reaching it
        ("sv", "Klubben ska verka för en rökfri idrottsplats."),
        # nor is a date enough for a quality or for growth made
        ("sv", "Simhallen ska vara tillgänglig och berikande för alla."),
        ("sv", "Målet är 300 glada och nöjda medlemmar."),
        ("sv", "Vi bygger en integrerad förening för alla åldrar i byn"),
        ("sv", "Föreningen ska skapa tillväxt i bygden."),
        # a sentence that tells what a goal leads to is no goal
        ("sv", "På så sätt hittar fler familjer till biblioteket."),
        ("en", "That way, more families will find the library."),
        # a Swedish hedge of effort is all the rewrite would drop: working for is not promising
        ("sv", "I avtalet lovar bolaget att sträva efter en fossilfri fordonsflotta 2030."),
        ("sv", "Klubben ska arbeta för att planen är dränerad inför säsongen 2028."),
        ("sv", "Vi strävar efter klimatneutralitet år 2030."),
        ("sv", "Föreningen åtar sig att arbeta för att under 2029 halvera pappersutskicken."),
        # no percent before a share or a count ("större delen av"), nor of a quality whose
        # "-en" adjective dropped its "e" ("medvetna")
        ("sv", "Att kunna odla större delen av grönsakerna vi äter."),
        ("sv", "Kören ska ge mindre antal konserter i vår."),
        ("sv", "Kampanjen ska göra besökarna mer medvetna om nedskräpningen."),
        # one event the goal names happens on its own day
        ("sv", "Laget ska vinna finalen."),
        ("en", "My one aim for the race is to finish under two hours."),
        # work done towards an aim is the main verb: a date would date the work
        ("en", "The board will focus on raising more money for the hall."),
        ("en", "Working to improve the welcome for new members."),
        ("en", "Pursuing a plastic-free cafe in the leisure centre."),
        ("sv", "Vi satsar på att få fler unga till läsecirklarna."),
        ("sv", "Styrelsen arbetar vidare med den nya hemsidan."),
        # a noun phrase naming an end state is a heading: no one is named to reach it
        ("sv", "En rökfri skolgård"),
        ("sv", "Ett trivsamt och fossilfritt Norrby"),
        ("en", "A car-free town square"),
        # a skill learned is no count of things made; growth in a role has no amount
        ("en", "Learn to sew dresses with French seams"),
        ("sv", "Lära mig att baka surdegsbröd"),
        ("en", "Keep growing as a welcoming village choir"),
        ("sv", "Vi vill fortsätta växa som förening"),
        # a speech tag closes the sentence: the speaker's words, not the author's goal
        ("sv", "– Vi vill vinna cupen, slog hon fast efter mötet."),
        # an aim set for a life, not a date
        ("en", "One lifetime goal: kayak every loch in Argyll."),
        ("sv", "Att bestiga Kebnekaise är ett livsmål för mig."),
        # a deed logged: a past verb first, then its object
        ("en", "Finished a 50 km ultra in the hills."),
        # a deed done, told as news: a noun, a past verb, its object
        ("en", "The parish council approved a budget of 9,000 pounds."),
        # another's words, reported: a rewrite would put words in the speaker's mouth
        ("sv", "Hyresgästföreningen kräver en sänkning av hyrorna med 5 procent."),
        ("en", "The mayor promised 200 new homes."),
        # a zero after "att"/"that": a date after it reads as when harm may come
        ("sv", "Målet är att inga båtar ska sjunka i hamnen."),
        ("en", "The goal is that no child leaves the camp hungry."),
        # a quality made for all, past its adjective ("livslång läsglädje"), is no state reached
        ("sv", "Vi vill skapa livslång läsglädje för alla."),
        # a comparative left unsized at the end of a relative clause ("… som spelar längre")
        ("sv", "Fler som stannar kvar längre"),
        # an activity begun is no count of things; a range counts neither a sufficiency nor
        # what is there already
        ("en", "Start planting bulbs along the drive."),
        ("en", "Maximize existing rooms for club use."),
        ("en", "grow enough potatoes to last the winter"),
        # a need, a possibility or a "would be" commits no one
        ("sv", "Det behövs fler cykelställ vid stationen."),
        ("sv", "Då kan nya bänkar ställas ut i parken."),
        ("en", "Winning the county cup would be amazing."),
        # pushing for a thing is work towards it
        ("en", "Lobby for a new crossing by the school."),
        # a percent of a quality measures nothing: "mer insyn", "more transparency"
        ("sv", "Styrelsen vill ge medlemmarna mer insyn i ekonomin."),
        ("en", "Give members more insight into the budget."),
        # committing to an aim is work towards it; "andra/nästa större" is of a kind, no change
        ("en", "Commit to 200 days of piano practice."),
        ("sv", "Byta ut traktorer och andra större maskiner mot eldrivna."),
        ("sv", "Nästa större projekt blir en ny brygga."),
        # a vision names a direction, not an end to date
        ("sv", "Visionen för klubben är att varje barn i byn kan simma."),
        ("en", "Our vision is a library for every village."),
        # a sentence that goes on from one the goal does not hold
        ("en", "But after the move, no new pottery classes."),
        ("en", "So the aim for that course is 12."),
        ("sv", "Men efter flytten ska jag springa ett halvmaraton."),
        ("sv", "Och så vill jag läsa fler böcker."),
        ("sv", "– Sedan vill vi också bygga en ny brygga."),
        # a thing done for each case as it comes has no date to be done by
        ("en", "Write a short review of every film that we watch."),
        ("sv", "Skriva en recension av varje bok som jag läser ut."),
        # "raise" before things rears or lifts them
        ("en", "Raise hens in the school garden."),
        # only an amount, a change and a time: of what, the goal does not say
        ("en", "3% growth per year"),
        ("sv", "Minska med 10 procent"),
        # an object that another sentence names: the goal alone says too little
        ("en", "I want to knit myself one."),
        ("en", "I hope to finish it in under four hours."),
        ("sv", "Jag ska klara det på under en timme."),
        # one range cannot size two aims, a composed goal neither
        ("sv", "Öka öppettiderna på fritidsgården och ge plats för läxhjälp."),
        # keeping a level or changing it: a range contradicts the first
        ("sv", "Bibehålla eller utöka antalet aktiva ledare."),
        ("en", "Maintain or grow the number of choir members."),
        # a list item that finishes a lead-in sentence: a date leaves a fragment
        ("en", "at least 8 novels from the library sale"),
        ("en", "published in national papers: from 4 to 9 articles"),
        ("sv", "alla pass leds av två tränare, varav minst en utbildad,"),
        # a quality split by the tokenizer's hyphen is still a quality: a date leaves it vague
        ("en", "Create a world-class venue for the club."),
        ("en", "Build a well-run volunteer team"),
        # a report of the past or a remark on what something would mean is no goal to date
        ("en", "It was the second of four belts that I hope to earn."),
        ("en", "That would mean we need 20 new coaches!"),
        ("sv", "Det var länge en dröm att cykla Vätternrundan."),
        # a change from one year to the next recurs: no one-off date to add
        ("sv", "Målet är att fördubbla antalet besökare från ett år till nästa."),
        # a rate per thing and year recurs: no one-off date to add
        ("sv", "Insamlingen ska ge 800 kronor per scout och år."),
        ("en", "Collect 30 dollars per member and year."),
    ],
)
def test_no_rewrite_when_it_could_only_add_a_template(lang: str, goal: str) -> None:
    linted = lint_goal(goal, lang)
    assert linted.findings and linted.rewrite is None


def test_even_more_is_a_degree_not_a_frequency() -> None:
    rewrite = lint_goal("Tidy the shed even more.", "en").rewrite
    assert rewrite is None or "times per" not in rewrite.text
    often = lint_goal("Get out more.", "en").rewrite
    assert often is not None and "times per" in often.text


def test_as_soon_as_is_a_condition_not_a_vague_deadline() -> None:
    rewrite = lint_goal("As soon as the hall reopens we will start 2 new choirs.", "en").rewrite
    assert rewrite is None or rewrite.text.startswith("As soon as the hall reopens")


def test_an_owned_new_thing_is_one_thing() -> None:
    rewrite = lint_goal("Kommunens nya resepolicy ska prioritera tåg.", "sv").rewrite
    assert rewrite is None or "<N> nya" not in rewrite.text


def test_how_much_asks_for_an_amount() -> None:
    linted = lint_goal("Vi ska räkna hur mycket papper kontoret använder och sänka det.", "sv")
    assert "vague-quantifier" not in {f.rule for f in linted.findings}
    vague = lint_goal("Vi ska använda mycket mindre papper på kontoret.", "sv")
    assert "vague-quantifier" in {f.rule for f in vague.findings}


def test_a_window_in_a_relative_clause_is_neither_baseline_nor_target() -> None:
    goal = "Andelen samtal som besvaras inom två minuter ska öka från 40 till 60 procent i år."
    linted = lint_goal(goal, "sv")
    assert "implausible-target" not in {f.rule for f in linted.findings}
    assert linted.slots["baseline"]["value"] == 40


def test_a_state_that_holds_from_a_start_gets_no_deadline_beside_it() -> None:
    linted = lint_goal("Inga barn ska vistas i rökiga lokaler från 2026.", "sv")
    assert "missing-deadline" in {f.rule for f in linted.findings}
    assert linted.rewrite is None or "senast" not in linted.rewrite.text
    change = lint_goal("Från 2026 ska vi öka antalet medlemmar.", "sv").rewrite
    assert change is not None and "<baseline>" in change.text


def test_an_age_before_to_is_no_purpose() -> None:
    rewrite = lint_goal("Expand reading clubs for ages 6 to 9 to build literacy", "en").rewrite
    assert rewrite is not None
    assert rewrite.text.index("<baseline>") < rewrite.text.index("to build literacy")


def test_two_changes_joined_by_men_get_a_range_each() -> None:
    rewrite = lint_goal("Vi vill höja andelen cyklister men också minska bilköerna.", "sv").rewrite
    assert rewrite is not None
    assert rewrite.text.count("från <baseline> till <mål>") == 2
    first = rewrite.text.index("från <baseline>")
    assert first < rewrite.text.index(" men också")


def test_finishing_a_known_set_is_done_or_not_and_gets_no_count() -> None:
    linted = lint_goal("Finish the chapter drafts", "en")
    assert "missing-number" not in {f.rule for f in linted.findings}
    bare = lint_goal("Finish chapter drafts", "en")
    assert "missing-number" not in {f.rule for f in bare.findings}
    assert bare.rewrite is not None and "<N>" not in bare.rewrite.text


def test_the_current_working_year_bounds_and_an_anaphoric_period_is_replaced() -> None:
    kept = lint_goal("Under verksamhetsåret ska vi starta två nya körer.", "sv")
    assert "missing-deadline" not in {f.rule for f in kept.findings}
    linted = lint_goal("Under perioden ska klubben ordna fler läger.", "sv")
    assert linted.rewrite is not None
    assert linted.rewrite.text == "Senast <ÅÅÅÅ-MM-DD> ska klubben ordna <N> fler läger."


@pytest.mark.parametrize(
    ("lang", "goal", "tail"),
    [
        (
            "sv",
            "Varje ny hyresgäst ska erbjudas en trygghetsvandring.",
            "från och med <ÅÅÅÅ-MM-DD>.",
        ),
        ("sv", "Alla besökare ska erbjudas en guidad tur.", "från och med <ÅÅÅÅ-MM-DD>."),
        ("en", "Every new tenant is offered a home energy check.", "from <YYYY-MM-DD>."),
    ],
)
def test_a_service_offered_to_each_one_starts_on_a_date(lang: str, goal: str, tail: str) -> None:
    rewrite = lint_goal(goal, lang).rewrite
    assert rewrite is not None and rewrite.text.endswith(tail)


def test_a_swedish_present_verb_takes_the_date_before_a_closing_relative_clause() -> None:
    # not after the verb, where it would stand beside the count's blank (judged awkward),
    # nor at the end, where it would date the relative clause: the date opens the sentence
    rewrite = lint_goal("Kören erbjuder fler konserter för familjer som bor i byn.", "sv").rewrite
    assert rewrite is not None
    assert (
        rewrite.text
        == "Senast <ÅÅÅÅ-MM-DD> erbjuder kören <N> fler konserter för familjer som bor i byn."
    )


def test_a_cohort_year_a_day_counted_and_an_open_floor_are_no_time_or_change() -> None:
    cohort = lint_goal("Starta en ny grupp för de födda 2016 och senare.", "sv")
    assert "deadline-passed" not in {f.rule for f in cohort.findings}
    assert "missing-deadline" in {f.rule for f in cohort.findings}
    day = lint_goal("Jag ska träna minst en dag till i veckan.", "sv")
    assert "vague-timeframe" not in {f.rule for f in day.findings}
    floor = lint_goal("Kören firar 40 år och mer därtill.", "sv")
    assert "vague-comparative" not in {f.rule for f in floor.findings}


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        # a hedge after a contraction or a modal: no "Iwill", no "can will"
        ("en", "I'm trying to swim 50 lengths by May 2027.", "I will swim 50 lengths by May 2027."),
        (
            "en",
            "We are trying to raise 4,000 dollars by May 2027.",
            "We will raise 4,000 dollars by May 2027.",
        ),
        ("en", "Next year I can try to knit a full blanket.", None),
        # the goals' own year keeps its preposition
        (
            "en",
            "Among my goals for this year is to paint more landscapes!",
            "Among my goals for 2026 is to paint <N> more landscapes.",
        ),
        # a fronted time before "är målet": the frame is put right and the date follows the aim
        (
            "sv",
            "Till dess är målet att sticka klart en tröja!",
            "Målet är att sticka klart en tröja senast <ÅÅÅÅ-MM-DD>.",
        ),
        # "N år senare" points back at a time told before: it gives way to the date
        (
            "sv",
            "Tre år senare ska alla hushåll ha fiber.",
            "Alla hushåll ska ha fiber senast <ÅÅÅÅ-MM-DD>.",
        ),
        # what a relative clause promises is no standing rule of the goal
        (
            "sv",
            "Inför en snöröjningsgaranti, där gångvägar plogas inom 12 timmar.",
            "Inför en snöröjningsgaranti senast <ÅÅÅÅ-MM-DD>, där gångvägar plogas inom 12 timmar.",
        ),
    ],
)
def test_rewrites_after_round_15(lang: str, goal: str, expected: str | None) -> None:
    rewrite = lint_goal(goal, lang, config=LONGER).rewrite
    if expected is None:
        assert rewrite is None or "can will" not in rewrite.text
    else:
        assert rewrite is not None and rewrite.text == expected


def test_getting_ready_for_an_event_and_learning_get_no_date_only_rewrite() -> None:
    assert lint_goal("We are training for a 10k trail race!", "en").rewrite is None
    learning = lint_goal("Develop my watercolour skills.", "en")
    assert "missing-number" in {f.rule for f in learning.findings}
    assert learning.rewrite is None
    by_then = lint_goal("By then end of 2027, I want to finish one quilt.", "en")
    assert by_then.rewrite is None or by_then.rewrite.text.startswith("By then end")


def test_no_owner_is_read_from_before_the_change() -> None:
    rewrite = lint_goal("Maximize existing rooms to meet member needs.", "en").rewrite
    assert rewrite is None or rewrite.text.count("rooms") == 1


def test_a_position_and_a_heading_label_get_no_measure_rewrite() -> None:
    assert lint_goal("Vi förespråkar lägre avgifter för ungdomar.", "sv").rewrite is None
    labelled = lint_goal("IDROTT OCH FRITID - Tryggheten ska öka i idrottshallarna", "sv").rewrite
    assert labelled is None or "<baseline>" not in labelled.text


@pytest.mark.parametrize(
    ("lang", "goal", "expected"),
    [
        (
            "en",
            "The parish council will plant new fruit trees along the old mill road.",
            "The parish council will plant <N> new fruit trees along the old mill road by "
            "<YYYY-MM-DD>.",
        ),
        (
            "sv",
            "Föreningen ska ordna fler öppna träningar för nybörjare i den nya hallen.",
            "Föreningen ska senast <ÅÅÅÅ-MM-DD> ordna <N> fler öppna träningar för nybörjare "
            "i den nya hallen.",
        ),
    ],
)
def test_a_long_goal_gets_no_rewrite_unless_configured(lang: str, goal: str, expected: str) -> None:
    """Over 10 words a rewrite with blanks was judged bad in 42 % of real cases."""
    assert lint_goal(goal, lang).rewrite is None
    assert {f.rule for f in lint_goal(goal, lang).findings} >= {"missing-deadline"}
    rewrite = lint_goal(goal, lang, config=LONGER).rewrite
    assert rewrite is not None and rewrite.text == expected


def test_a_range_stays_with_its_change_before_a_second_clause() -> None:
    """Not after "och tryggheten får inte minska", which the range would then size."""
    goal = lint_goal("Elpriset för föreningen behöver sänkas och tryggheten får inte minska", "sv")
    assert goal.rewrite is not None
    assert "sänkas från <baseline> till <mål> och tryggheten" in goal.rewrite.text
