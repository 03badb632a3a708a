"""The analysis of one goal: clauses and their roles, amounts and theirs, the goal's kind, marks.

Each case is a goal we wrote to show one general cause of a misjudged real
goal (``../shared/LABELS.md``): a number that defines the metric, a change
in a purpose clause, a deliverable without a number, a quoted word.
"""

from __future__ import annotations

import pytest

from smartlint.analysis import GoalFacts, analyse
from smartlint.nlp.pipeline import get_pipeline, parse
from smartlint.rules.loader import load_rules


def analysed(lang: str, text: str) -> GoalFacts:
    rules = load_rules(())
    doc = parse(get_pipeline(lang, rules), text)
    return analyse(doc, lang, {r.id: r.marks for r in rules.rules if r.marks})


def roles_of(facts: GoalFacts) -> list[tuple[str, str]]:
    doc = facts.doc
    return [(c.role, doc[c.start : c.end].text.strip(" ,.")) for c in facts.clauses]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "sv",
            "Öka intäkterna med 30 %, främst genom fler återförsäljare.",
            [("main", "Öka intäkterna med 30 %"), ("means", "främst genom fler återförsäljare")],
        ),
        (
            "sv",
            "Ta fram en ny cykelplan för att minska bilresorna.",
            [("main", "Ta fram en ny cykelplan"), ("purpose", "för att minska bilresorna")],
        ),
        (
            "sv",
            "Andelen elever som cyklar till skolan ska öka.",
            [
                ("main", "Andelen elever"),
                ("relative", "som cyklar till skolan"),
                ("main", "ska öka"),
            ],
        ),
        (
            "en",
            "Write a volunteer handbook to improve onboarding.",
            [("main", "Write a volunteer handbook"), ("purpose", "to improve onboarding")],
        ),
        (
            "en",
            "We want to grow the choir to 40 singers.",
            [("main", "We want to grow the choir to 40 singers")],
        ),
        (
            "en",
            "Give every pupil the chance to develop their reading.",
            [("main", "Give every pupil the chance"), ("opportunity", "to develop their reading")],
        ),
        # an elided compound is one noun; a relative clause's own verb stays in it
        (
            "sv",
            "Sträckorna av cykel- och gångvägar ska bli fler.",
            [("main", "Sträckorna av cykel- och gångvägar ska bli fler")],
        ),
        (
            "sv",
            "Vi vill ha en tränare varje år som har en examen.",
            [("main", "Vi vill ha en tränare varje år"), ("relative", "som har en examen")],
        ),
        # a question-word clause has its own subject and modal
        (
            "sv",
            "En plan ska tas fram för hur parken ska bli renare.",
            [("main", "En plan ska tas fram"), ("relative", "för hur parken ska bli renare")],
        ),
        # a split infinitive opens a purpose; after "pledged to" it is the goal's verb
        (
            "en",
            "Repaint the hall to really brighten the space.",
            [("main", "Repaint the hall"), ("purpose", "to really brighten the space")],
        ),
        (
            "en",
            "Open a Repair Café in 2027 to cut waste in the village.",
            [("main", "Open a Repair Café in 2027"), ("purpose", "to cut waste in the village")],
        ),
        (
            "en",
            "The club has pledged to sharply grow its youth section.",
            [("main", "The club has pledged to sharply grow its youth section")],
        ),
        (
            "sv",
            "Svaret ”mycket nöjd” ska öka till 70 %.",
            [("main", "Svaret"), ("quote", "”mycket nöjd”"), ("main", "ska öka till 70 %")],
        ),
    ],
)
def test_clause_roles(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert roles_of(analysed(lang, text)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Pay off 75% of my car loan. That means less eating out and fewer trips."),
        ("sv", "Betala av 75 % av billånet. Det innebär mindre restaurangbesök och färre resor."),
    ],
)
def test_a_sentence_that_says_what_it_takes_is_the_means(lang: str, text: str) -> None:
    facts = analysed(lang, text)
    assert [c.role for c in facts.clauses] == ["main", "means"]
    assert facts.vague_changes() == []


def test_a_second_sentence_is_a_second_main_clause() -> None:
    facts = analysed(
        "sv", "Pappersförbrukningen ska minska. Resorna ska minska med 20 % till 2028."
    )
    first_sentence_end = [t.text for t in facts.doc].index(".")
    assert [c.span.text for c in facts.vague_changes()] == ["minska"]
    assert facts.vague_changes()[0].span.start < first_sentence_end


def test_a_label_sentence_sizes_the_sentence_before() -> None:
    facts = analysed("en", "Cut failed deployments. Target: fewer than 2 per month by Q2 2028.")
    assert facts.vague_changes() == []


@pytest.mark.parametrize(
    ("lang", "text", "vague"),
    [
        # a change in a relative clause is the goal's own when nothing sizes the goal
        ("sv", "Vi ska välja övningar som stärker barnens simvana.", ["stärker"]),
        ("en", "Offer activities that improve the members' fitness.", ["improve"]),
        # not when the goal is done or not, nor "growing up", nor which plan is meant
        ("en", "Publish a guide that improves the members' fitness.", []),
        ("en", "Run a club for children who are growing up in the village.", []),
        # what one grows into is a role, no amount: "utvecklas till en …", "grow into a …"
        ("sv", "Föreningen ska utvecklas till en mötesplats för hela bygden.", []),
        ("en", "The choir will grow into a welcoming home for young singers.", []),
        ("sv", "Planen som ska minska kostnaderna antas i vår.", []),
    ],
)
def test_a_relative_clause_of_an_unsized_goal_needs_a_size(
    lang: str, text: str, vague: list[str]
) -> None:
    assert [c.span.text for c in analysed(lang, text).vague_changes()] == vague


def test_coordinated_changes_each_need_their_own_size() -> None:
    facts = analysed("sv", "Återvinningen ska öka och minst 85 % av kunderna ska vara nöjda.")
    assert [c.span.text for c in facts.vague_changes()] == ["öka"]


@pytest.mark.parametrize(
    ("lang", "text", "vague"),
    [
        # a second predicate with its own object is a second goal, sized on its own
        ("en", "Have a calmer working week and read a novel a month.", ["calmer"]),
        ("sv", "Ha en lugnare arbetsvecka och läsa en roman i månaden.", ["lugnare"]),
        # a noun after "and" shares the first verb and its size
        ("en", "Increase sales and market share by 10% in 2027.", []),
        ("en", "Grow membership and reach 500 members by 2027.", []),
        # an infinitive after a relative clause is the goal's own verb again
        ("sv", "Ta vara på de ledare som växer fram och stärka gemenskapen.", ["stärka"]),
    ],
)
def test_a_coordinated_predicate_needs_its_own_size(lang: str, text: str, vague: list[str]) -> None:
    assert [c.span.text for c in analysed(lang, text).vague_changes()] == vague


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sv", "Antalet besökare bland barn upp till 12 år ska öka.", [("12", "definition")]),
        ("sv", "Minska väntetiden till under 30 dagar.", [("30 dagar", "target")]),
        (
            "sv",
            "Öka medlemsantalet från 1 200 till 1 500.",
            [("1 200", "baseline"), ("1 500", "target")],
        ),
        ("en", "Reach more customers over 65.", [("65", "definition")]),
        (
            "en",
            "Lower the cost per 1,000 users to $2.",
            [("1,000 users", "definition"), ("$2", "target")],
        ),
        ("en", "Read a book a month.", [("a book", "rate")]),
        (
            "sv",
            "Skriva minst ett inlägg varje vecka.",
            [("ett inlägg", "rate"), ("varje", "total")],
        ),
        ("en", "Grow sales by more than 10%.", [("10%", "target")]),
        ("sv", "Antalet fakturor äldre än 60 dagar ska minska.", [("60 dagar", "definition")]),
    ],
)
def test_amount_roles(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    facts = analysed(lang, text)
    assert [(a.span.text, a.role) for a in facts.amount_facts] == expected


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("sv", "Publicera den nya prislistan i mars.", "deliverable"),
        ("sv", "Handlingsplanen ska vara klar under 2028.", "deliverable"),
        ("sv", "Skapa en handlingsplan för biblioteken.", "deliverable"),
        ("sv", "Skapa en trygg miljö i skolan.", None),
        ("sv", "Bygga en ny bro över ån.", "deliverable"),
        ("sv", "Fordonsflottan ska vara fossilfri 2030.", "end-state"),
        ("sv", "Inga olyckor på byggarbetsplatserna.", "end-state"),
        ("sv", "Stärka samverkan med näringslivet.", None),
        ("en", "Open the new clinic by June 2028.", "deliverable"),
        ("en", "Build a playground in the park.", "deliverable"),
        ("en", "Build relationships with local firms.", None),
        ("en", "All offices run on plastic-free supplies.", "end-state"),
        ("en", "Create opportunities for young people.", None),
        ("en", "Produce at least as much power as we use.", "level"),
        # a time between the modal and the verb; a subject noun before a present verb
        ("sv", "Nämnden ska under 2027 ta fram riktlinjer för bidragen.", "deliverable"),
        ("sv", "Föreningen arbetar fram en ny stadga.", "deliverable"),
        ("sv", "Föreningen arbetar för en bättre miljö.", None),
        ("en", "Draft guidelines for volunteer drivers.", "deliverable"),
        # "no more X" is an end state; "my only goal" is not
        ("en", "No more single-use cups in the canteen.", "end-state"),
        ("en", "My only goal is to knit more socks.", None),
        # a goal that only names one event
        ("sv", "Sommarhajk i början av juli.", "deliverable"),
        ("en", "Board retreat in March.", "deliverable"),
        ("en", "Guide on volunteer onboarding.", "deliverable"),
        # a plural noun first is no verb in -s ("Talks on …" is not "talk on …")
        ("en", "Talks on our tooling that we can give at meetups.", None),
        ("sv", "Handlingsplan för trygghet i centrum.", "deliverable"),
        ("sv", "Möten med föräldrarna.", None),
        ("en", "Improve meetings with parents.", None),
        # a one-off verb with an ongoing object goes on
        ("en", "Provide our services to members at a very high standard.", None),
        ("en", "Complete the quality review.", "deliverable"),
        # a first of its kind is one milestone; a capitalised name is a thing made
        ("en", "Reach first paying customer.", "deliverable"),
        ("sv", "Skaffa vår första betalande kund.", "deliverable"),
        ("en", "Establish a Parents Advisory Forum.", "deliverable"),
        ("en", "Establish a strong culture.", None),
        ("en", "Build a Culture of Feedback", None),  # Title Case marks no name
        ("en", "Make the newsletter good.", None),  # a quality given, not a thing made
        # a goal stated after "is to" is the goal, not its purpose
        ("en", "Our resolution is to host a summer fair.", "deliverable"),
        # a level kept against a reference; telegraphic roadmap items add a thing
        ("en", "Maintain attendance above the national average.", "level"),
        ("en", "Maintain energy use below 2019 levels.", "level"),
        ("en", "Add offline sync script.", "deliverable"),
        ("en", "Digitalise the membership register.", "deliverable"),
        # a ban is an end state: none
        ("sv", "Förbud mot engångsplast i matsalen.", "end-state"),
        ("en", "Ban single-use cups in the canteen.", "end-state"),
        # a Swedish passive of a particle verb: the subject is what is made
        ("sv", "En handlingsplan ska tas fram för hur vi ska öka tryggheten.", "deliverable"),
    ],
)
def test_goal_kind(lang: str, text: str, kind: str | None) -> None:
    facts = analysed(lang, text)
    assert (facts.kind.kind if facts.kind else None) == kind
    assert facts.measurable == (kind is not None)


@pytest.mark.parametrize(
    ("lang", "text", "comparatives"),
    [
        ("sv", "Göra bussresorna billigare och tryggare.", ["billigare", "tryggare"]),
        ("sv", "Bli kommunens snabbaste handläggare.", ["snabbaste"]),
        ("en", "Make the forms friendlier.", ["friendlier"]),
        ("en", "Become the safest club in the county.", ["safest"]),
        ("sv", "Besökarna ska vara nöjda.", []),  # "besökare" is a noun, not a comparative
        ("en", "Answer every caller by number.", []),  # "number" is no comparative of "numb"
    ],
)
def test_comparatives_found_by_form(lang: str, text: str, comparatives: list[str]) -> None:
    facts = analysed(lang, text)
    assert [c.span.text for c in facts.changes if c.degree] == comparatives


@pytest.mark.parametrize(
    ("lang", "text", "changes"),
    [
        # a verb that makes more of an adjective is a change, listed or not
        ("sv", "Vi ska fördjupa samarbetet med grannklubben.", ["fördjupa"]),
        ("sv", "Reglerna för lån av lokalen ska förtydligas.", ["förtydligas"]),
        ("en", "Broaden the choir's repertoire.", ["Broaden"]),
        ("en", "The club deepens its ties with the school.", ["deepens"]),
        # not one that means something else, nor a learner's skill
        ("sv", "Vi ska förklara reglerna för nya medlemmar.", []),
        ("en", "Fasten the signs to the fence.", []),
        ("sv", "Ledarna fördjupar sina kunskaper om första hjälpen.", []),
        # changes a list names: "vidareutveckla", "begränsa", "intensify"
        ("sv", "Vidareutveckla samarbetet med skolorna.", ["Vidareutveckla"]),
        ("sv", "Vi ska begränsa bilresorna till tävlingar.", ["begränsa"]),
        ("en", "Intensify our outreach to schools.", ["Intensify"]),
        ("sv", "Vi har ett begränsat antal platser.", []),  # few, not a change
        # "underlätta" supports others; its participle is a thing made easier
        ("sv", "Vi ska ha en underlättad bokning av lokaler.", ["underlättad"]),
        ("sv", "Vi ska underlätta för lagen att boka lokaler.", []),
        # growth as a noun is an unsized change in Swedish as in English
        ("sv", "Skapa förutsättningar för tillväxt i byn.", ["tillväxt"]),
        ("en", "Create conditions for growth in the village.", ["growth"]),
        ("en", "Refine the coaching curriculum.", ["Refine"]),
        ("sv", "Vi ska förfina träningsupplägget.", ["förfina"]),
        ("sv", "Jag måste banta före sommaren.", ["banta"]),
        ("sv", "Klubben ska erbjuda en förlängd utomhussäsong.", ["förlängd"]),
        ("sv", "Förlängningen av gångbron ska vara klar 2028.", []),  # a thing built
    ],
)
def test_causatives_found_by_form(lang: str, text: str, changes: list[str]) -> None:
    assert [c.span.text for c in analysed(lang, text).vague_changes()] == changes


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("sv", "90 % av deltagarna ska svara ”mycket bra” på enkäten.", []),
        ("sv", "Deltagarna ska vara mycket nöjda med kursen.", []),
        ("sv", "Kursen är en av flera satsningar för att nå 300 deltagare.", []),
        ("sv", "Vi ska ha många aktiva medlemmar.", ["många"]),
        ("en", "Run many more workshops.", ["many"]),
        # "lika mycket" with no reference after it: each the same, no amount to size
        ("sv", "Alla i truppen ska få spela lika mycket.", []),
        ("sv", "Alla ska få lika många matcher som förra året.", []),
    ],
)
def test_vague_quantities_in_context(lang: str, text: str, kept: list[str]) -> None:
    assert [s.text for s in analysed(lang, text).marked("vague-quantity")] == kept


def test_a_time_word_before_a_noun_describes_the_noun() -> None:
    facts = analysed("en", "Beat the long-term interest rate by 4 percentage points.")
    assert facts.marked("vague-time") == []
    facts = analysed("en", "Cut emissions in the long term.")
    assert [s.text for s in facts.marked("vague-time")] == ["in the long term"]


def test_learning_is_no_change_but_improving_a_service_is() -> None:
    assert analysed("sv", "Barnen ska få utveckla sina förmågor.").vague_changes() == []
    facts = analysed("sv", "Föreningen ska öka sin synlighet.")
    assert [c.span.text for c in facts.vague_changes()] == ["öka"]


def test_a_purpose_needs_no_size_when_the_goal_is_done_or_not() -> None:
    assert analysed("en", "Write a volunteer handbook to improve onboarding.").vague_changes() == []
    facts = analysed("en", "Hold meetings to improve onboarding.")
    assert [c.span.text for c in facts.vague_changes()] == ["improve"]


@pytest.mark.parametrize(
    ("lang", "text", "vague_changes", "vague_amounts"),
    [
        (
            "en",
            "Strengthen the league's coaching, measured as the share of certified coaches "
            "going from 30 to 70 %, by 2028.",
            [],
            [],
        ),
        (
            "sv",
            "Ledarna ska ha tillräcklig utbildning, mätt som att andelen utbildade ledare "
            "är minst 80 %, senast 2028.",
            [],
            [],
        ),
        # Without a target the measure sizes nothing.
        ("en", "Strengthen the league's coaching, measured as the share of certified coaches.",
         ["Strengthen"], []),
        ("sv", "Ledarna ska ha tillräcklig utbildning.", [], ["tillräcklig"]),
    ],
)  # fmt: skip
def test_a_measure_clause_sizes_its_sentence(
    lang: str, text: str, vague_changes: list[str], vague_amounts: list[str]
) -> None:
    facts = analysed(lang, text)
    assert [c.span.text for c in facts.vague_changes()] == vague_changes
    assert [s.text for s in facts.marked("vague-quantity")] == vague_amounts


def test_a_hedge_about_an_effect_does_not_hedge_the_goal() -> None:
    facts = analysed("sv", "Vi ska starta två nya patruller, vilket vi hoppas ökar närvaron.")
    assert facts.marked("hedge") == []
    facts = analysed("sv", "Vi ska försöka starta två nya patruller.")
    assert [s.text for s in facts.marked("hedge")] == ["försöka"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("sv", "Att det arrangeras en helgkurs för ledarna.", "deliverable"),  # a dummy subject
        ("sv", "År 2030 använder kontoret inte längre fossildrivna bilar.", "end-state"),
        ("en", "We will no longer print the annual report.", "end-state"),
        ("sv", "Resan får inte ta längre än två timmar.", None),  # a bound, not a stop
        # a conversion to a named state is done or not, even of a bare plural
        ("en", "Switch council cars to electric.", "deliverable"),
        ("sv", "Ställa om stadens bussar till biogas.", "deliverable"),
        ("en", "Move more trips to bikes.", None),  # a share to size
        # having a thing is done or not; having a good one is a quality to keep
        ("sv", "Vi ska ha en ny kommunikationsplan.", "deliverable"),
        ("sv", "Vi ska ha ett väl fungerande mentorsprogram.", None),
        # things made with no count: how many?
        ("en", "Create new playgrounds in the park.", None),
        ("en", "Create programs and events for young members.", None),
        ("en", "Create a new playground in the park.", "deliverable"),
        # a list item drops the article before the one thing it makes; not before a quality
        ("en", "Draft safety checklist for new volunteers", "deliverable"),
        ("en", "Install bike shelter behind the clubhouse.", "deliverable"),
        ("en", "Create equitable access to swimming lessons for each child.", None),
        ("en", "Create regional cooperation between the clubs.", None),
        # an act given up is never done: an absolute, like "inga" or "never"
        ("sv", "Föreningen ska inte trycka några nya affischer i år.", "end-state"),
        ("sv", "Inte äta godis på vardagar.", "end-state"),
        ("sv", "Målet är att under 2027 inte flyga till mötena.", "end-state"),
        ("sv", "Klubben hyr inte några nya lokaler i år.", "end-state"),
        ("en", "We will not print any new posters this year.", "end-state"),
        ("en", "Don't order takeaway on weekdays.", "end-state"),
        ("en", "My challenge for the spring: not buy new books.", "end-state"),
        # not an act given up: a negated change is a level; "not only" adds; a contrast;
        # a state denied; a limit; a verb before the negation with no "some"/"any" after it
        ("sv", "Kostnaderna för lokalerna ska inte öka.", "level"),
        ("sv", "Vi ska inte bara välja en ny styrelse.", None),
        ("sv", "Vi ska inte flytta verksamheten utan bygga ut den.", None),
        ("sv", "Ansökan ska inte vara krånglig.", None),
        ("sv", "Vi är inte nöjda med läget.", None),
        ("en", "Costs should not increase.", "level"),
        ("en", "We will not only elect a new board.", None),
        ("en", "Grow membership, but not at the expense of the juniors.", None),
        ("en", "We do not argue more about the rota.", None),
        ("en", "I can’t skip the Monday runs.", "end-state"),
        # "free" written apart from what is gone is an end state; "feel free" is not
        ("en", "Be debt free by 2029.", "end-state"),
        ("en", "Feel free to join the choir.", None),
        # ceasing, stopping, self-sufficiency; an equality with a measured reference
        ("sv", "Utsläppen av olja i hamnen har upphört.", "end-state"),
        ("sv", "Föreningen ska bli självförsörjande på ved.", "end-state"),
        ("sv", "Vi ska stoppa nedskräpningen vid badet.", "end-state"),
        ("sv", "Andelen kvinnliga tränare ska motsvara rikssnittet.", "level"),
        ("en", "The share of women on the board will mirror the membership.", "level"),
        ("sv", "Utbudet ska motsvara efterfrågan.", None),  # demand is no level anyone measured
        # one-off work: starting a process, repairing, a mechanism set up
        ("en", "Initiate the hall booking process.", "deliverable"),
        ("en", "Repair the fence behind the pavilion.", "deliverable"),
        ("en", "Establish a mechanism for logging volunteer hours.", "deliverable"),
        # a Swedish present passive after its subject: done or not
        ("sv", "Flytvästarna köps in till seglarskolan.", "deliverable"),
        ("sv", "Nya flytvästar köps in till seglarskolan.", None),  # how many?
        ("sv", "Handlingsplanen antas av styrelsen.", "deliverable"),
        # a ban or a removal is an end state; putting a thing in service or mounting it is
        # done or not
        ("sv", "Vattenskotrar ska förbjudas i viken.", "end-state"),
        ("sv", "Vi vill ta bort avgiften för att låna lokalen.", "end-state"),
        ("en", "Scrap the fee for hiring the hall.", "end-state"),
        ("sv", "Att driftsätta den nya värmepumpen.", "deliverable"),
        ("sv", "Solpanelerna kommer att monteras på förrådet.", "deliverable"),
        # a debt paid off, a building torn down, a contract awarded, a retreat gone on
        ("en", "Pay off the loan for the tractor.", "deliverable"),
        ("sv", "Betala av lånet på traktorn.", "deliverable"),
        ("en", "Tear down the old garage behind the school.", "deliverable"),
        ("en", "Award the cleaning contract.", "deliverable"),
        ("en", "Go on a weekend retreat with the choir.", "deliverable"),
        ("sv", "Den nya bryggan ska vara i full drift till sommaren.", "deliverable"),
        # becoming a body a relative clause describes is a quality to live up to
        ("en", "We will become a club that welcomes new riders warmly.", None),
        ("en", "Achieve a choir where singers feel heard.", None),
        ("sv", "Föreningen ska bli en mötesplats där alla åldrar trivs.", None),
        ("en", "Become a certified lifeguard.", "deliverable"),
        # an object cast in a role is to be seen so, a quality; a thing made in a format is made
        ("en", "Establish the museum as a hub for local history.", None),
        ("sv", "Etablera biblioteket som en självklar mötesplats i byn.", None),
        ("en", "Publish the annual report as a PDF.", "deliverable"),
        # bringing people to a pursuit, or a pursuit to people, goes on; a thing made does not
        ("en", "Introduce local families to orienteering.", None),
        ("en", "Introduce the game of cricket to pupils at the village school.", None),
        ("sv", "Introducera sporten för fler ungdomar i kommunen.", None),
        ("en", "Introduce a new membership card to the members.", "deliverable"),
        # making something more of a quality causes a change; making a thing is done or not
        ("en", "Make our rules, rota and budget easier to find on the website.", None),
        ("sv", "Göra våra regler och vår budget lättare att hitta.", None),
        ("en", "Make a new banner for the club.", "deliverable"),
        # a thing scheduled for a time happens then or not; a change so scheduled does not
        ("sv", "Nästa loppis planeras till hösten 2027.", "deliverable"),
        ("en", "The reopening of the pool is scheduled for June 2027.", "deliverable"),
        ("sv", "Ökningen av antalet platser planeras till 2028.", None),
        # a phrase of company or manner may open a Swedish goal before its infinitive
        ("sv", "I samarbete med kommunen bygga en ny brygga.", "deliverable"),
        ("sv", "Tillsammans med skolan anordna en sommarkurs.", "deliverable"),
        # a Swedish noun in "-are" is the same in the plural: with no article, how many?
        ("sv", "Vi ska utbilda domare till seriespelet.", None),
        ("sv", "Vi ska utbilda en domare till seriespelet.", "deliverable"),
        # a goal wholly in quotes is the goal; so is an act given up in them
        ("sv", "”Skaffa en ny cykel”", "deliverable"),
        ("sv", "”Inte äta godis på vardagar”", "end-state"),
    ],
)
def test_done_or_not_forms(lang: str, text: str, kind: str | None) -> None:
    found = analysed(lang, text).kind
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("sv", "Genomför en resa med en eller flera föreningar.", []),
        ("sv", "Klubben ska bjuda in juniorer av flera olika skäl.", []),
        ("en", "Visit one or more partner clubs.", []),
        ("sv", "Vi ska ha flera aktiva ledare.", ["flera"]),
    ],
)
def test_quantities_that_are_no_stand_in(lang: str, text: str, kept: list[str]) -> None:
    assert [s.text for s in analysed(lang, text).marked("vague-quantity")] == kept


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("en", "Run a reading club for children 12 and younger.", "definition"),
        ("sv", "Erbjuda simskola för barn 6 år och äldre.", "definition"),
        ("sv", "Minska kön till 30 eller färre.", "target"),
        ("sv", "Öka närvaron bland unga i åldersgruppen 13-15 år.", "definition"),
        ("en", "Offer swimming lessons for children aged 7.", "definition"),
        ("en", "Raise the retirement age to 67.", "target"),
    ],
)
def test_an_age_bound_after_the_number_defines_the_group(lang: str, text: str, role: str) -> None:
    assert [a.role for a in analysed(lang, text).amount_facts] == [role]


@pytest.mark.parametrize(
    ("lang", "text", "roles"),
    [
        # a parenthesis about now gives today's figures, not the target
        ("en", "Knit some hats (we currently have 3 nephews).", ["baseline"]),
        ("sv", "Öka antalet medlemmar (för närvarande 210 st.).", ["baseline"]),
        ("sv", "Minska frånvaron (idag 12 %) till 8 %.", ["baseline", "target"]),
        # an ordinal before its noun says which one; after a rank verb it is the rank
        ("en", "Plan the 5th annual harvest fair.", ["definition"]),
        ("en", "Finish 3rd in the league.", ["target"]),
        # "half-" names a kind of thing
        ("en", "Run a half-marathon.", ["definition"]),
        # an age written as a noun defines the group
        ("sv", "Fler 15-åringar ska konfirmera sig.", ["definition"]),
        ("en", "Reach more 30-45 year old singers.", ["definition", "definition"]),
        ("en", "Teach more 5-year-olds to swim.", ["definition"]),
        # a number in a cadence says how often; one before "goals" counts the goals
        ("en", "Review the asset plan every two years.", ["total", "definition"]),
        ("en", "My three resolutions: walk, read and rest.", ["definition"]),
        # a bare number after a name belongs to the name
        ("sv", "I projektet Vinter 12 ska jag åka skidor bättre.", ["definition"]),
        ("sv", "Vi ska ha 11 tränare.", ["target"]),
        # a count of the plan's goals or parts, describing words between, or where it applies
        ("en", "We will work on our four strategic priorities.", ["definition"]),
        ("sv", "Kören ska utvecklas på tre områden.", ["definition"]),
        ("sv", "Vi ska restaurera tre områden vid sjön.", ["target"]),
        # a number after a comparative and "than" bounds what a verb does; after a noun it
        # says which things are meant
        ("en", "Cycle faster than 30 km/h on the flat.", ["target"]),
        ("sv", "Simma snabbare än 40 minuter.", ["target"]),
        ("en", "Call back customers older than 80 first.", ["definition"]),
        # every form of a multiplier verb sizes the change
        ("sv", "Till 2029 har matsvinnet halverats.", ["multiplier"]),
        ("en", "Membership doubles by 2029.", ["multiplier"]),
    ],
)
def test_numbers_that_are_no_target(lang: str, text: str, roles: list[str]) -> None:
    assert [a.role for a in analysed(lang, text).amount_facts] == roles


def test_a_rank_is_an_amount() -> None:
    facts = analysed("sv", "Laget ska vara topp-3 i serien.")
    assert [(a.span.text, a.role) for a in facts.amount_facts] == [("topp-3", "target")]


@pytest.mark.parametrize(
    ("lang", "text", "measurable"),
    [
        ("en", "Work closely with all parents in the district.", False),  # whom it is for
        ("sv", "Vi samarbetar med alla skolor i kommunen.", False),
        ("en", "Ensure access to clean water for all.", True),  # a state promised to all
        ("sv", "Alla barn ska ha en plats i förskolan.", True),
        # an end state in a clause of its own stays one beside an unsized change
        ("sv", "Behålla alla bibliotek och utöka öppettiderna.", True),
        ("sv", "Förbättra bemötandet av alla besökare.", False),
        ("en", "Create more opportunities for all.", False),  # offered, not a state
    ],
)
def test_all_as_scope_or_as_a_promise(lang: str, text: str, measurable: bool) -> None:
    assert analysed(lang, text).measurable is measurable


@pytest.mark.parametrize(
    ("lang", "text", "vague"),
    [
        ("en", "Develop and launch a volunteer app.", []),  # makes a new thing
        ("sv", "Utveckla och införa en ny bokningsmodell.", []),
        ("en", "Develop our volunteer app.", ["Develop"]),  # improves one
        # a named plan's "to" states its purpose; the goal is to adopt the plan
        ("en", "Adopt the Green Streets Plan to improve air quality.", []),
    ],
)
def test_make_or_improve(lang: str, text: str, vague: list[str]) -> None:
    assert [c.span.text for c in analysed(lang, text).vague_changes()] == vague


@pytest.mark.parametrize(
    ("lang", "text", "measurable", "vague"),
    [
        # "one" as a pronoun is no amount; a rank with its number still is
        ("en", "We want to be one of the region's best employers.", False, ["best"]),
        ("en", "Be one of the three best employers in the region.", True, []),
        ("en", "This one is about reading more books.", False, ["more"]),
        ("en", "Hire one new bookkeeper.", True, []),
        # "no more X" is none at all; "no more than N" is a bound with its number
        ("en", "No more paper invoices.", True, []),
        ("en", "Spend no more than 40 minutes a day on email.", True, []),
        ("sv", "Inget mer matsvinn i skolköken.", True, []),
        # a negated change keeps a level ("minst oförändrad"); "not only" still changes
        ("sv", "Sjukfrånvaron ska inte öka under 2027.", True, []),
        ("en", "Overtime hours should not increase this year.", True, []),
        ("sv", "Vi ska inte bara öka antalet medlemmar.", False, ["öka"]),
        # ages name a group, not a change
        ("sv", "Erbjuda stöd till äldre i hemtjänsten.", False, []),
        ("en", "Support older residents who live alone.", False, []),
        # a noun of change after an adjective names a field ("-ing", not only "-ning")
        ("sv", "Kommunen arbetar för en ekologiskt hållbar utveckling.", False, []),
        ("sv", "Personalen dokumenterar barnets utveckling.", False, []),
        # "additional", "ytterligare": more of something, how many?
        ("en", "Build additional cycle lanes.", False, ["additional"]),
        ("sv", "Bygga ytterligare cykelbanor.", False, ["ytterligare"]),
        ("sv", "Bygga ytterligare 12 km cykelbanor.", True, []),
        # "my only goal" is the sole goal, not "nothing but"; "use only" is an end state
        ("en", "My only aim is to waste less food than last winter.", False, ["less"]),
        ("en", "Use only renewable electricity in our offices.", True, []),
        # a superlative of priority ranks what matters; the goal's change is reported
        ("sv", "Den viktigaste uppgiften är att förbättra ekonomin.", False, ["förbättra"]),
        ("en", "The most important task is to improve our finances.", False, ["improve"]),
    ],
)
def test_forms_that_change_a_goals_reading(
    lang: str, text: str, measurable: bool, vague: list[str]
) -> None:
    facts = analysed(lang, text)
    assert (facts.measurable, [c.span.text for c in facts.vague_changes()]) == (measurable, vague)


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("en", "Buy as little new yarn as possible.", "as little new yarn as possible"),
        ("en", "Read as much as I can this year.", "as much as I can"),
        ("en", "Offer the best possible service.", "best possible"),
        ("sv", "Nå mesta möjliga lärande i alla ämnen.", "mesta möjliga"),
        ("sv", "Läsa så mycket jag hinner i år.", "så mycket jag hinner"),
        ("en", "Keep the village as walkable as it can be.", "as walkable as it can"),
        ("en", "Give a decent amount of time to the choir.", "a decent amount of"),
        ("sv", "Sticka klart en massa tröjor i år.", "en massa"),
        # a little is no number; before a comparative it is the comparative's degree (below)
        ("sv", "Jag ska sticka lite varje kväll.", "lite"),
        ("en", "Knit a little every week.", "a little"),
        # any degree word between "så" and "vi kan"; not "så att vi kan" (a purpose)
        ("sv", "Vi ska spara el så gott vi kan.", "så gott vi kan"),
        ("sv", "Cykla så långt jag orkar, så att jag kan sova gott.", "så långt jag orkar"),
    ],
)
def test_as_much_as_possible_is_one_vague_quantity(lang: str, text: str, found: str) -> None:
    facts = analysed(lang, text)
    assert [s.text for s in facts.marked("vague-quantity")] == [found]
    assert facts.vague_changes() == []  # "best" inside "best possible" is not reported twice


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "År 2030 ska vi inte ha några utsläpp från våra fordon."),
        ("en", "Close the year without any unpaid invoices."),
    ],
)
def test_any_after_a_negation_is_none_not_a_vague_amount(lang: str, text: str) -> None:
    assert analysed(lang, text).marked("vague-quantity") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Plant forty trees this spring, for several good reasons."),
        ("sv", "Läsa fyrtio böcker i år, av flera olika skäl."),
    ],
)
def test_how_many_reasons_is_no_vague_amount(lang: str, text: str) -> None:
    assert analysed(lang, text).marked("vague-quantity") == []


@pytest.mark.parametrize(
    ("lang", "text", "deadline"),
    [
        ("en", "Cycle 2,000 km for the year.", "for the year"),  # bounds the amount
        ("en", "Pay out 40% of the profit for the year.", None),  # describes the profit
        # the year after the from-amount dates the baseline; the last is the deadline
        ("en", "Raise the share from 40% in 2025 to 60% in 2028.", "in 2028"),
        ("sv", "Andelen ska öka från 40 % år 2025 till 60 % år 2028.", "år 2028"),
    ],
)
def test_which_time_is_the_deadline(lang: str, text: str, deadline: str | None) -> None:
    facts = analysed(lang, text)
    assert (facts.deadline.text if facts.deadline is not None else None) == deadline
    assert len(facts.deadlines) == (0 if deadline is None else 1)


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("running", "run"), ("planned", "plan"), ("adding", "add"), ("filling", "fill")],
)
def test_english_lemma_undoubles_a_consonant_only_when_the_verb_has_one(
    word: str, lemma: str
) -> None:
    from smartlint.nlp.words import guess_lemma

    assert guess_lemma(word, "en", {}) == lemma


def test_a_gerund_after_is_is_the_goals_verb() -> None:
    facts = analysed("en", "My one goal this year is running a full marathon.")
    assert facts.kind is not None and facts.kind.kind == "deliverable"


def test_a_vague_amount_before_a_thing_done_leaves_the_goal_unmeasured() -> None:
    facts = analysed(
        "en",
        "My goal is to use as little plastic as possible and still finish the quilt for my sister.",
    )
    assert facts.kind is not None and not facts.measurable


def test_further_is_an_unsized_change() -> None:
    assert [
        c.span.text for c in analysed("en", "Further understand our members.").vague_changes()
    ] == ["Further"]


@pytest.mark.parametrize(
    ("lang", "text", "vague"),
    [
        ("en", "Share the latest speed improvements with our members.", []),
        ("sv", "Redovisa årets förbättringar för styrelsen.", []),
        ("en", "Make improvements to the clubhouse.", ["improvements"]),
    ],
)
def test_a_change_noun_that_is_told_is_no_change(lang: str, text: str, vague: list[str]) -> None:
    assert [c.span.text for c in analysed(lang, text).vague_changes()] == vague


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        # "som" after "har" names a role ("as"), also with an adjective between: no relative
        ("Förbundets plan har som främsta mål att minska avhoppen bland unga ledare.", ["minska"]),
        ("Klubben har som mål att minska kostnaderna.", ["minska"]),
        # a real relative clause keeps its own change word out of the main clause
        ("Planen som ska minska kostnaderna antas i vår.", []),
    ],
)
def test_som_after_have_names_a_role(text: str, vague: list[str]) -> None:
    facts = analysed("sv", text)
    assert [c.span.text for c in facts.vague_changes()] == vague


def test_a_swedish_adverb_in_a_is_no_deliverable_verb() -> None:
    facts = analysed("sv", "Att minska köerna är också ett viktigt område för nämnden.")
    assert facts.kind is None and not facts.measurable


@pytest.mark.parametrize(
    ("lang", "text", "comment"),
    [
        (
            "sv",
            "Bygga en ny brygga – det har vi pratat om i flera år.",
            "det har vi pratat om i flera år",
        ),
        ("en", "Paint the fence - it has needed it for years.", "it has needed it for years"),
        # a second goal after the dash is no remark
        ("en", "Win the cup – win more matches at home.", None),
    ],
)
def test_a_remark_after_a_spaced_dash_is_a_comment(
    lang: str, text: str, comment: str | None
) -> None:
    facts = analysed(lang, text)
    found = [facts.doc[c.start : c.end].text for c in facts.clauses if c.role == "comment"]
    assert [t.strip(" –-.") for t in found] == ([comment] if comment else [])


@pytest.mark.parametrize(
    ("lang", "text", "fronted"),
    [
        (
            "sv",
            "Som ett sätt att göra klubben mer välkomnande, ska alla nya medlemmar få ett samtal.",
            "Som ett sätt att göra klubben mer välkomnande",
        ),
        (
            "en",
            "As a way to make the club more welcoming, all new members will get a call.",
            "As a way to make the club more welcoming",
        ),
        # "som" that is no fronted phrase: the goal's own relative clause
        ("sv", "Som medlem ska man få ett samtal inom en vecka.", None),
    ],
)
def test_a_fronted_as_phrase_says_why(lang: str, text: str, fronted: str | None) -> None:
    facts = analysed(lang, text)
    found = [facts.doc[c.start : c.end].text for c in facts.clauses if c.role == "purpose"]
    assert [t.strip(" ,") for t in found] == ([fronted] if fronted else [])
    assert not facts.vague_changes()


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # the length of a plan names it; the partners are the target
        ("Launch a 3-year plan with 12 partner clubs.", [("definition", "3"), ("target", "12")]),
        ("Run a five-year programme.", [("definition", "five")]),
    ],
)
def test_a_plans_length_is_no_target(text: str, roles: list[tuple[str, str]]) -> None:
    assert [(a.role, a.span.text) for a in analysed("en", text).amount_facts] == roles


@pytest.mark.parametrize(
    ("lang", "text", "measurable"),
    [
        # "a community" that is set up is one body founded; "build community" is a quality
        ("en", "Set up a community for local makers.", True),
        ("en", "Build a strong community.", False),
        # an acronym's number names it when a noun follows; after "reach" it is the level
        ("en", "Build trust with all ISD 7 parents.", False),
        ("en", "Reach NPS 40 by Q3 2027.", True),
        # each learner developing their own ability reaches no state; "varje" scopes learners
        ("sv", "varje elev utvecklar sin förmåga att läsa och skriva", False),
        # whom an activity is for, several words after "förutsättningar"
        ("sv", "Skolan ska skapa förutsättningar för daglig rörelse bland alla elever", False),
        # a quality delivered every day has no end state; a thing done every morning has
        ("en", "Give friendly, excellent service every day.", False),
        ("en", "Walk the dog every morning.", True),
    ],
)
def test_what_makes_a_goal_measurable(lang: str, text: str, measurable: bool) -> None:
    assert analysed(lang, text).measurable is measurable


def test_part_of_is_no_vague_quantity() -> None:
    member = analysed("sv", "Klubben är en del av ett nätverk som ska starta 4 nya lag.")
    assert not member.marked("vague-quantity")
    share = analysed("sv", "Vi ska sälja en del av skogen.")
    assert share.marked("vague-quantity")


def test_a_swedish_absolute_comparative_is_no_change() -> None:
    # "en större tävling" is a fairly big one; "en bättre dialog", "en större mångfald" and
    # "en högre andel" still compare
    assert not analysed("sv", "Anordna en större tävling för juniorer.").changes
    for text in (
        "Vi ska ha en bättre dialog med föräldrarna.",
        "Vi ska ha en större mångfald i styrelsen.",
        "Nå en högre andel förnybar energi till 2030.",
    ):
        assert analysed("sv", text).changes, text


def test_a_pair_of_numbers_no_year_reaches_is_no_time() -> None:
    facts = analysed("en", "Increase newsletter subscribers by 50% (from 2000 to 3000)")
    assert not [s for s in facts.doc.spans.get("time", []) if s.label_ == "start"]
    years = analysed("en", "Grow the choir from 2027 to 2029.")
    assert [s.text for s in years.doc.spans.get("time", [])]


def test_fixes_after_the_last_judging() -> None:
    # "inom en dag" is a length of time, not "some day"
    assert not analysed("sv", "Svara på alla frågor inom en dag.").marked("vague-time")
    assert analysed("sv", "En dag vill jag springa ett maraton.").marked("vague-time")
    # "ett – eller flera –" still reads "at least one"
    assert not analysed("sv", "Öppna ett – eller flera – nya konton").marked("vague-quantity")
    # a level kept against a baseline, with the perfect between negation and change
    kept = analysed("sv", "2028 ska antalet odlingslotter inte ha minskat jämfört med 2020.")
    assert not kept.changes


def test_and_others_after_a_list_is_no_vague_amount() -> None:
    listed = analysed("sv", "Nå pensionärer, studenter, nyinflyttade med flera grupper")
    assert not listed.marked("vague-quantity")
    assert analysed("sv", "Nå flera grupper av nyinflyttade").marked("vague-quantity")


@pytest.mark.parametrize(
    ("lang", "text", "measurable"),
    [
        # an end-state word inside what a share counts names the things counted
        ("sv", "Andelen drogfria ungdomar i föreningen ska öka.", False),
        ("sv", "Andelen pendlare och besökare som reser fossilfritt ska öka.", False),
        ("en", "Increase the share of zero-emission taxis.", False),
        ("sv", "Föreningen ska vara drogfri senast 2028.", True),
        # "the end of" is a time, not an end to reach
        ("en", "Raise the number of pupils who pass chemistry before year 8 ends.", False),
        # a bare plural made or hired: how many?
        ("en", "Create intergenerational workshops.", False),
        ("en", "Recruit volunteer coaches for the youth teams.", False),
        ("en", "Write blog posts about the garden.", False),
        ("en", "Write a blog post about the garden.", True),
        # "for all" after a quality or a promoted activity says whom it is for
        ("en", "Offer quality and equitable tutoring for all.", False),
        ("en", "Broadband for all homes in the county by 2030.", True),
    ],
)
def test_what_a_metric_or_a_plural_leaves_unmeasured(
    lang: str, text: str, measurable: bool
) -> None:
    assert analysed(lang, text).measurable is measurable


def test_a_race_after_the_names_the_event() -> None:
    named = analysed("en", "Beat my time in the 10K, 5K and half marathon.")
    assert {a.role for a in named.amount_facts} == {"definition"}
    assert not named.measurable
    run = analysed("en", "Run 10k twice a week.")
    assert "target" in {a.role for a in run.amount_facts}


def test_a_change_after_a_relative_clause_in_the_subject_is_the_goals() -> None:
    # "ska andelen … som X ha ökat": "ha" finishes the modal before the relative clause
    facts = analysed("sv", "År 2029 ska andelen hem som sorterar matavfall ha ökat.")
    assert [c.span.text for c in facts.vague_changes()] == ["ökat"]
    # a coordinated subject before its modal stays one clause
    both = analysed("sv", "Andelen flickor och pojkar som simmar ska öka.")
    assert [c.role for c in both.clauses] == ["main", "relative", "main"]


def test_what_a_goal_noun_introduces_is_the_goal() -> None:
    # "mål där vi ska öka …": the relative clause states the goal itself
    facts = analysed("sv", "Vi har satt upp mål där vi höjer andelen lokala råvaror.")
    assert [c.span.text for c in facts.vague_changes()] == ["höjer"]
    # "än bättre" is "ännu bättre": the goal's own comparative
    even = analysed("sv", "Föreningen ska ge än bättre stöd till ledarna.")
    assert [c.span.text for c in even.vague_changes()] == ["bättre"]


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        ("Our mid-term target is an EBIT margin of 12%.", True),
        ("Our aim in the medium-term: a net debt below 2x.", True),
        ("Keep the equity ratio above 40% in long-term.", True),
        ("Beat the long-term interest rate by two points.", False),
        ("Agree on short- and long-term goals with the new board.", False),
        ("Publish the fix soon enough to reach the spring release.", False),
    ],
)
def test_a_vague_time_before_a_goal_or_after_in(text: str, vague: bool) -> None:
    assert bool(analysed("en", text).marked("vague-time")) is vague


def test_a_comparative_after_a_rough_count_or_a_preposition_is_no_change() -> None:
    assert not analysed("sv", "Arrangera några större konserter under hösten.").changes
    assert not analysed("sv", "Riskanalyser ska göras vid större ombyggnader.").changes
    assert analysed("sv", "Mindre klasser i mellanstadiet.").changes


def test_a_term_of_office_without_an_article_bounds_the_goal() -> None:
    for text in (
        "Under nästa mandatperiod ska vi bygga två förskolor.",
        "Under kommande mandatperiod ska vi bygga två förskolor.",
    ):
        facts = analysed("sv", text)
        assert facts.deadline is not None, text


def test_two_years_joined_by_och_are_one_span_and_a_past_year_is_a_reference() -> None:
    facts = analysed(
        "sv", "Vi ska under 2027 och 2028 bygga vidare på den modell vi har prövat 2026."
    )
    assert facts.deadline is not None and facts.deadline.text == "under 2027 och 2028"
    assert [c.role for c in facts.clauses].count("main") == 1
    labels = {s.text: s.label_ for s in facts.doc.spans["time"]}
    assert labels["2026"] == "reference"
    both = analysed("en", "Open two new branches in 2027 and 2028.")
    assert both.deadline is not None and both.deadline.text == "in 2027 and 2028"


def test_a_plans_length_in_its_name_one_such_and_all_we_can_state_no_amount() -> None:
    named = analysed("en", "Through our 10 Year Nature Plan we will restore wetlands further.")
    assert {a.role for a in named.amount_facts} == {"definition"}
    assert not analysed("en", "One such aim is to widen the trail network.").measurable
    effort = analysed("en", "Our club will do all it can to end litter in the park.")
    assert effort.marked("vague-quantity") and not effort.measurable


def test_a_purpose_without_a_subject_ends_before_the_main_clauses_modal() -> None:
    facts = analysed("sv", "En handlingsplan för att minska bullret ska tas fram.")
    assert [c.role for c in facts.clauses] == ["main", "purpose", "main"]
    assert facts.done_or_not and not facts.vague_changes()
    # with a subject of its own ("för att barnen ska …") the purpose keeps its modal
    own = analysed("sv", "Vi bygger en bana för att barnen ska kunna cykla tryggt.")
    assert [c.role for c in own.clauses] == ["main", "purpose"]
    everyone = analysed("sv", "Två nya bassänger för att många ska kunna lära sig crawl.")
    assert [c.role for c in everyone.clauses] == ["main", "purpose"]


@pytest.mark.parametrize(
    ("text", "vague", "measurable"),
    [
        # develop + a bare plural of things: made new, so no change to size, but how many?
        ("Develop rubrics and feedback forms for the art classes", False, False),
        ("Develop welcoming and accessible reading corners for toddlers", False, False),
        # develop what exists still changes it
        ("Develop our youth programs", True, False),
        ("Develop a new youth program", False, True),
        # a bare singular document, headline style: one thing made
        ("Develop basic flood response plan for the village", False, True),
        ("Develop volunteer handbook", False, True),
        ("Develop local tourism", True, False),
    ],
)
def test_develop_makes_new_things_or_changes_old_ones(
    text: str, vague: bool, measurable: bool
) -> None:
    facts = analysed("en", text)
    assert bool(facts.vague_changes()) is vague
    assert facts.measurable is measurable


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # a list item drops the article before a describing word: one concrete thing
        ("Conduct annual safety audit of the boathouse", True),
        ("Make progress toward the housing target", False),
        ("Build strong team leadership", False),
        # a handover is done or not, even of a list
        ("Hand over the archive to the county museum", True),
        ("Transfer domain, mailing list, and other accounts to the new board", True),
    ],
)
def test_dropped_articles_and_handovers(text: str, measurable: bool) -> None:
    assert analysed("en", text).measurable is measurable


def test_ages_in_a_parenthesis_and_a_vague_amount_before_each() -> None:
    ages = analysed("en", "Encourage drawing among children (6-12) through the art club.")
    assert {a.role for a in ages.amount_facts} == {"definition"} and not ages.measurable
    few = analysed("en", "Finish a few sketches for each chapter of the comic.")
    assert not few.measurable
    every = analysed("en", "Finish two sketches for each chapter of the comic.")
    assert every.measurable


def test_a_genitive_owns_a_list_of_processes() -> None:
    told = analysed(
        "sv", "Personalen ska samtala med föräldrarna om elevens hälsa, utveckling och lek."
    )
    assert not told.vague_changes()
    plain = analysed("sv", "Öka hälsa, utveckling och lek.")
    assert plain.vague_changes()


@pytest.mark.parametrize(
    ("lang", "text", "vague"),
    [
        ("en", "Get every cadet to grade 3 or higher by June 2027.", False),
        ("en", "Start a reading circle for the more advanced pupils.", False),
        ("en", "Make the most of the new rehearsal room.", False),
        ("en", "Become the most visited museum in the region.", True),
        ("sv", "Alla elever ska nå betyget C eller högre senast 2027.", False),
    ],
)
def test_a_comparative_that_bounds_describes_or_idiomises(
    lang: str, text: str, vague: bool
) -> None:
    assert bool(analysed(lang, text).vague_changes()) is vague


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # a passive after its subject, the subject after the modal or first
        ("Under hösten ska ett nytt bokningssystem installeras.", True),
        ("Revyn ska sättas upp under våren 2027.", True),
        ("Därför kommer en ny stadga att tas fram.", True),
        ("Projektet slutförs och utvärderas före sommaren 2027.", True),
        # a bare plural subject, or an adverbial after the modal, is no one thing
        ("Tränare till ungdomslagen ska i första hand utses bland föräldrarna.", False),
        # ages of the people meant
        ("Alla barn 6-9 år ska erbjudas simskola.", True),
        ("Stödja familjer med barn 0-5 år.", False),
    ],
)
def test_swedish_passives_and_age_ranges(text: str, measurable: bool) -> None:
    assert analysed("sv", text).measurable is measurable


def test_ago_a_remark_in_brackets_and_a_passive_of_making_state_nothing_vague() -> None:
    assert not analysed(
        "en", "Some years ago I chose to learn the cello, a few years ago the harp."
    ).marked("vague-quantity")
    remark = analysed("en", "One plan for 2027 (yes, I have many hobbies) is to learn chess.")
    assert not remark.marked("vague-quantity")
    made = analysed("en", "Study plans will be developed in every class to cut absence by 5%.")
    assert not made.vague_changes()
    grown = analysed("en", "Our youth programs will be developed further.")
    assert grown.vague_changes()


def test_resolving_to_and_doing_an_event_are_done_or_not() -> None:
    assert analysed("en", "I am resolving to swim a mile race.").measurable
    assert analysed("en", "My plan is to do a triathlon before the wedding.").measurable
    assert not analysed("en", "Do a better job with our newsletter.").measurable


def test_having_an_event_and_a_multiplied_amount_are_measurable() -> None:
    assert analysed("sv", "Kören ska ha en vårkonsert i maj 2027.").measurable
    assert analysed("en", "We will have a summer party for volunteers in June 2027.").measurable
    assert analysed("sv", "Antalet besökare ska ha fördubblats till 2030.").measurable
    assert not analysed("sv", "Vi ska ha en god ekonomi.").measurable


def test_developing_learners_skills_is_learning() -> None:
    assert not analysed("sv", "Vi vill utveckla elevernas förmåga att samarbeta.").vague_changes()
    assert not analysed("en", "Develop the pupils' drawing skills.").vague_changes()
    assert analysed("sv", "Vi ska utveckla föreningens verksamhet.").vague_changes()


def test_a_year_in_a_name_is_no_amount() -> None:
    named = analysed("sv", "Planen Framtidsbild 2035 säger att kören ska växa.")
    assert {a.role for a in named.amount_facts} == {"definition"}
    assert not named.measurable


def test_developing_a_skill_itself_is_learning() -> None:
    assert not analysed("en", "Develop calm and steady confidence in young riders").vague_changes()
    assert analysed("en", "Develop our riding school programs").vague_changes()


def test_a_comparative_of_degree_still_compares() -> None:
    assert analysed("sv", "Eleverna ska cykla till skolan i större utsträckning.").vague_changes()
    assert not analysed("sv", "Riskanalyser ska göras vid större ombyggnader.").changes


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("Run the Autumn 10K in 2027", True),
        ("Run the 5K with my sister in May 2027", True),
        ("Run a few 10ks before the spring", False),
        ("Improve my time at the Harbour Dash 5K", False),
        ("Offer quality lessons, as well as coaching, for all", False),
    ],
)
def test_races_by_distance_and_as_well_as(text: str, measurable: bool) -> None:
    assert analysed("en", text).measurable is measurable


def test_for_all_to_do_and_tightening() -> None:
    assert not analysed("en", "Fair chances for all members to coach a team.").measurable
    assert analysed("en", "Broadband for all homes in the valley by 2029.").measurable
    assert analysed("sv", "Reglerna för parkering ska skärpas.").vague_changes()
    # "for all" after a change or a quality says whom; it reaches no state
    assert not analysed("en", "Raise reading stamina for all year groups.").measurable
    assert not analysed("sv", "Vi ska erbjuda mer kultur för alla åldrar.").measurable


@pytest.mark.parametrize(
    ("lang", "text", "tokens"),
    [
        # a value glued to its label's colon is a number of its own
        ("en", "Net debt (LTM):<2.5x", ["Net", "debt", "(", "LTM", ")", ":", "<2.5x"]),
        ("sv", "Rörelsemarginal:12 %", ["Rörelsemarginal", ":", "12", "%"]),
        # "sub-" glued to a number is "under" it
        ("en", "Swim a sub-30 mile", ["Swim", "a", "sub", "-", "30", "mile"]),
        # not a clock time or a standard's year
        ("sv", "Öppet till kl 21:30", ["Öppet", "till", "kl", "21:30"]),
        ("en", "Certified to ISO 14001:2015", ["Certified", "to", "ISO", "14001:2015"]),
    ],
)
def test_a_label_colon_is_split_from_its_value(lang: str, text: str, tokens: list[str]) -> None:
    assert [t.text for t in analysed(lang, text).doc] == tokens


def test_a_small_degree_before_a_comparative_is_reported_with_it() -> None:
    facts = analysed("sv", "Vi ska bli lite fler i kören.")
    assert facts.marked("vague-quantity") == []
    assert [c.span.text for c in facts.vague_changes()] == ["fler"]


@pytest.mark.parametrize(
    ("lang", "text", "measurable"),
    [
        # an act pinned to one day, month or season happens then, or not
        ("sv", "Blåsorkestern spelar på torget den 14 juni.", True),
        ("sv", "Vi ska ha vårfest i slutet av april.", True),
        ("sv", "I morgon lämnar jag in ansökan till kursen.", True),
        ("sv", "Medlemsresan ordnas i september.", True),
        ("en", "Take the driving test next Tuesday.", True),
        ("en", "Our choir sings at the harbour festival in August.", True),
        # not when it goes on, is a quality, or says no day
        ("sv", "Vi ska fokusera på ungdomarna i höst.", False),
        ("sv", "Vi ska ha en trygg miljö på gården i höst.", False),
        ("sv", "Klubben ska ha god ekonomi i december.", False),
        ("sv", "Vi ska ordna fler träffar i maj.", False),
        ("en", "Support the new volunteers in March.", False),
        ("en", "Stay in touch with old friends in 2027.", False),
    ],
)
def test_an_act_pinned_to_a_day_is_done_or_not(lang: str, text: str, measurable: bool) -> None:
    assert analysed(lang, text).measurable is measurable


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # a bare singular thing brought in, headline style: one thing, done or not
        ("Digital felanmälan införs", True),
        ("Gemensam kundtjänst inrättas.", True),
        # a bare plural asks how many; a quality goes on
        ("Nya rutiner införs.", False),
        ("Kvalitetsarbete genomförs löpande.", False),
    ],
)
def test_a_bare_thing_brought_in_is_done_or_not(text: str, measurable: bool) -> None:
    assert analysed("sv", text).measurable is measurable


@pytest.mark.parametrize(
    ("lang", "text", "measurable"),
    [
        # having one thing, with nothing to qualify it, is done or not
        ("sv", "Vi vill ha en sandlåda vid fritids.", True),
        ("en", "We want to have a bike shed by the gym.", True),
        # a new one, or one needed, too
        ("sv", "Byn ska ha en ny badbrygga.", True),
        ("sv", "Vi behöver ett nytt klubbhus.", True),
        # a quality had, or a thing had in a relative clause, is not
        ("sv", "Vi vill ha en stark ekonomi.", False),
        ("en", "We want to have a strong economy.", False),
    ],
)
def test_one_thing_had_is_done_or_not(lang: str, text: str, measurable: bool) -> None:
    assert analysed(lang, text).measurable is measurable


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # a heading capitalises every word: "Chutneys" names no one thing, so how many?
        ("Bottle Jams and Chutneys for the Village Fair Stall", False),
        # a short goal keeps its names
        ("Read War and Peace", True),
    ],
)
def test_a_capital_in_a_heading_names_nothing(text: str, measurable: bool) -> None:
    assert analysed("en", text).measurable is measurable


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # every one reaching a thing is an absolute, whatever a relative clause says of it
        ("Alla scouter tar ett märke som ger möjlighet att leda hajker.", True),
        # an opportunity offered to all is no state reached
        ("Alla scouter ska få möjlighet att leda en hajk.", False),
    ],
)
def test_all_with_an_opportunity_in_a_relative_clause_is_absolute(
    text: str, measurable: bool
) -> None:
    assert analysed("sv", text).measurable is measurable


def test_all_in_a_compound_is_a_kind_not_every_one() -> None:
    assert not analysed("en", "Build all weather paths to the club house.").measurable
    assert analysed("en", "All paths to the club house are lit.").measurable


def test_sub_before_a_number_sizes_the_goal() -> None:
    assert analysed("en", "A sub-3 hour half marathon.").measurable


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # "grow"/"raise" one thing: made or reared, done or not
        ("Grow a watermelon on the balcony.", True),
        ("Raise a guide dog puppy with the family.", True),
        # an amount, or a quality to grow, is still a change
        ("Grow a lot of our own salad.", False),
        ("Grow a welcoming youth section.", False),
    ],
)
def test_one_thing_grown_is_done_or_not(text: str, measurable: bool) -> None:
    assert analysed("en", text).measurable is measurable


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the quantity after a multiplier and "så"/"as" is the multiplier's own
        ("sv", "Dubbelt så många simmare i klubben till 2029."),
        ("sv", "Tre gånger så mycket cykelparkering vid stationen 2030."),
        ("en", "Twice as many swimmers in the club by 2029."),
        ("en", "Three times as much bike parking at the station by 2030."),
    ],
)
def test_a_multiplier_sizes_its_equative(lang: str, text: str) -> None:
    facts = analysed(lang, text)
    assert facts.measurable
    assert facts.marked("vague-quantity") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a study is one report, whatever quality it studies; a first imperative is a verb
        ("sv", "Föreningen ska utreda möjligheten till ett gemensamt kansli."),
        ("sv", "Utred behovet av fler cykelställ vid skolan."),
        ("en", "Assess the condition of the footbridge."),
        # a study of a bare plural is still one study; "assessment" is a noun, not "assess"
        ("en", "Review parking spaces & charging points near the library."),
        ("sv", "Granska rutinerna för felanmälan i fastigheterna."),
        # a league or a promotion reached is done or not
        ("sv", "Damlaget ska spela i allsvenskan inom två år."),
        ("en", "Win promotion to the county league next season."),
    ],
)
def test_studies_and_leagues_are_done_or_not(lang: str, text: str) -> None:
    assert analysed(lang, text).measurable


def test_a_noun_from_a_study_verb_is_no_study() -> None:
    facts = analysed("en", "Improve consistency of marking and assessment for science lessons.")
    assert not facts.measurable
    assert [c.span.text for c in facts.vague_changes()] == ["Improve"]


def test_an_article_before_a_rate_is_one() -> None:
    # "ett per år": one a year, the size of the change ("en miljon" and "ett år" were already)
    facts = analysed("sv", "Begränsa nyhetsbreven till ett per kvartal.")
    assert [(a.role, a.span.text) for a in facts.amount_facts] == [("target", "ett")]
    assert facts.vague_changes() == []


def test_an_approximate_swedish_count_is_the_target() -> None:
    # "ett 30-tal": about thirty, a count of its own, not the size of one thing
    facts = analysed("sv", "Klubben ska ha ett 30-tal ungdomsledare 2028.")
    assert [(a.role, a.span.text) for a in facts.amount_facts] == [("target", "30-tal")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "as much as possible" is the amount itself: a level kept or a task for all is
        # still unsized
        ("sv", "Vi ska hålla nere portokostnaderna så mycket som möjligt."),
        ("sv", "Alla i föreningen ska cykla så mycket som möjligt."),
        ("en", "Keep printing costs down as much as possible."),
    ],
)
def test_as_much_as_possible_is_no_amount(lang: str, text: str) -> None:
    assert not analysed(lang, text).measurable


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "goal number two" says which goal it is, not how much
        ("en", "Goal number three: bake more bread at home."),
        ("sv", "Mål nummer tre: baka mer bröd hemma."),
    ],
)
def test_a_goal_number_is_no_amount(lang: str, text: str) -> None:
    assert not analysed(lang, text).measurable


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        # a one-off verb's participle after "vara"/"bli": done or not
        ("Senast 2029 ska bastun vara renoverad.", True),
        ("Alla armaturer ska vara utbytta och installerade 2028.", True),
        # not in a clause that only says when ("när projektet är slutfört")
        ("När bygget är slutfört ska föreningen bli mer synlig.", False),
    ],
)
def test_a_done_participle_is_done_or_not(text: str, measurable: bool) -> None:
    assert analysed("sv", text).measurable is measurable


@pytest.mark.parametrize(
    ("lang", "text", "vague"),
    [
        # a later sentence that remarks on the goal is no goal: its vague words say nothing
        ("en", "Read 30 books this year. It keeps me curious about some new authors.", False),
        ("sv", "Läsa 30 böcker i år. Det blir några fler än i fjol.", False),
        # one that states an aim still counts
        ("en", "Reach 80 members by 2027. We will also recruit more coaches.", True),
        ("sv", "Nå 80 medlemmar till 2027. Det är viktigt att fler ungdomar börjar.", True),
        # after a one-word heading the goal is the sentence that follows
        ("sv", "Trädgården! Jag ska plantera några fruktträd i vår.", True),
    ],
)
def test_a_remark_after_the_goal_is_not_judged(lang: str, text: str, vague: bool) -> None:
    facts = analysed(lang, text)
    found = bool(facts.vague_changes() or facts.marked("vague-quantity"))
    assert found is vague


@pytest.mark.parametrize(
    ("lang", "text", "measurable", "vague"),
    [
        # a quote of a whole statement is the goal, told in someone's words
        ("sv", 'Ordföranden skrev: "Vi ska öka antalet medlemmar med 15 procent."', True, False),
        (
            "en",
            "The coach said the club “will recruit more volunteers for the youth teams”.",
            False,
            True,
        ),
        # a short quote is a title or a name: its words are no amount and no comparison
        ("sv", 'Projektet "Fler i rörelse 2027" startar i vår.', True, False),
    ],
)
def test_quoted_speech_is_the_goal(lang: str, text: str, measurable: bool, vague: bool) -> None:
    facts = analysed(lang, text)
    assert facts.measurable is measurable
    assert bool(facts.vague_changes()) is vague


@pytest.mark.parametrize(
    ("lang", "text", "measurable"),
    [
        # a level on a named scale, by its code beside a word for a level or its proof
        ("en", "Reach a B2 level in Italian before the summer.", True),
        ("en", "Get my N3 certificate in Japanese.", True),
        ("sv", "Klara nivå C1 i spanska.", True),
        # a code with no such word is no level
        ("en", "Cut CO2 from the boilers.", False),
    ],
)
def test_a_named_level_is_an_end_state(lang: str, text: str, measurable: bool) -> None:
    facts = analysed(lang, text)
    assert facts.measurable is measurable
    assert (facts.kind is not None and facts.kind.kind == "end-state") is measurable


@pytest.mark.parametrize(
    ("text", "vague_time"),
    [
        # "långsiktigt" as a time: after a modal or "att", or opening the goal
        ("Klubben ska långsiktigt ha en egen hall.", True),
        ("Långsiktigt vill vi ha tre seniorlag.", True),
        ("Vi ska ha 150 medlemmar de närmsta åren.", True),
        # a vague time narrowed by a month or a year is that month or year
        ("Någon gång under mars ska den nya bryggan vara i full drift.", False),
        # as a kind or a manner it says nothing of when
        ("Klubben ska ha en långsiktigt hållbar ekonomi 2027.", False),
        ("Vi ska arbeta långsiktigt med ungdomsverksamheten under 2027.", False),
        ("Ett långsiktigt arbete med lokalerna ska starta 2027.", False),
    ],
)
def test_a_long_term_adverb_is_a_vague_time(text: str, vague_time: bool) -> None:
    assert bool(analysed("sv", text).marked("vague-time")) is vague_time


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        # a sentence that opens with "now" says where things stand: its number is a baseline
        ("sv", "Idag har kören 24 sångare och ska bli fler.", "baseline"),
        ("en", "Today the club has 40 members and will recruit more.", "baseline"),
        # unless the aim comes before the number
        ("sv", "Nu ska kören nå 30 sångare.", "target"),
        ("en", "Currently we run twice a week but we need to get to 3 sessions.", None),
    ],
)
def test_a_number_told_as_now_is_a_baseline(lang: str, text: str, role: str | None) -> None:
    roles = [a.role for a in analysed(lang, text).amount_facts]
    if role is None:
        assert "baseline" not in roles
    else:
        assert roles[0] == role
