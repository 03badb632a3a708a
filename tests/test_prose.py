"""Goal sentences in prose, sections that head other text, status notes: which text is a goal."""

from __future__ import annotations

import pytest

from smartlint.model import LineIndex
from smartlint.sources.markdown import goals_from_markdown
from smartlint.sources.prose import sentence_spans, states_goal
from smartlint.sources.status import split_status


def found(text: str) -> list[tuple[int, int, str]]:
    """(line, column, visible text) of each goal."""
    index = LineIndex(text)
    return [(*index.position(g.start), g.display) for g in goals_from_markdown(text)]


def test_goal_sentences_inside_a_paragraph_and_not_the_prose_around_them() -> None:
    text = (
        "# Nämndplan 2027\n\n"
        "Nämnden ska halvera väntetiden till bygglov. Den ska också digitalisera arkivet.\n"
        "Det framgår av budgeten som fullmäktige antog i juni. Här kan du läsa mer.\n"
    )
    assert found(text) == [
        (3, 1, "Nämnden ska halvera väntetiden till bygglov."),
        (3, 46, "Den ska också digitalisera arkivet."),
    ]


def test_hard_wrapped_goals_that_start_mid_line_keep_their_place() -> None:
    text = (
        "## 2026/2027\n\n"
        "Förra året växte klubben med två lag, vilket gläder oss. Vi ska\n"
        "fortsätta att bygga upp ungdomsverksamheten. Under året startade vi en\n"
        "skola för de yngsta. Vi kommer under 2027 att öppna en filial i\n"
        "Tumba och värva 30 nya ledare.\n"
    )
    goals = goals_from_markdown(text)
    index = LineIndex(text)
    assert [tuple(index.position(g.start)) for g in goals] == [(3, 58), (5, 22)]
    assert goals[0].display == "Vi ska fortsätta att bygga upp ungdomsverksamheten."
    assert text[goals[1].start : goals[1].end].endswith("Tumba och värva 30 nya ledare.")
    assert goals[1].context["inherited"].deadline.text == "2026/2027"


def test_label_lines_items_a_line_and_bullet_lines() -> None:
    text = (
        "Möten\nStyrelsen ska hålla sex möten om året.\n\n"
        "Fokusområden\nLäsning\nMatematik\n\n"
        "3.1 Språk\nFritids ska ge varje elev gott om tillfällen att utveckla\n"
        "• sitt ordförråd och sin lust att berätta\nVi vill: läsa högt varje dag\n"
    )
    assert [(line, shown[:30]) for line, _, shown in found(text)] == [
        (2, "Styrelsen ska hålla sex möten "),
        (9, "Fritids ska ge varje elev gott"),
        (11, "Vi vill: läsa högt varje dag"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "This will let us ship twice as often.",  # about the text
        "The goal is to ship twice as often.",  # about the goals
        "Planen innehåller mål för alla förvaltningar.",
        "Our budget for 2027 rose by 4 %.",  # an amount in prose, no commitment
        "Once a goal is met the entry will be removed.",  # the modal of a subordinate clause
        "Will we reach 40 % by June?",  # a question
        "Prioriterade mål:",  # a lead-in
        "as agreed at the meeting on 5 December 2026",  # a fragment
        "Du är välkommen att lämna synpunkter.",  # the reader addressed
        "Vårt arbete kan bedrivas så som vi själva önskar att det ska.",
    ],
)
def test_prose_is_no_goal(sentence: str) -> None:
    assert not states_goal(sentence, alone=False, under_goals=False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunstyrelsen ska samordna trygghetsarbetet.",
        "For all pupils, proficiency will rise from 56% to 80%.",  # a fronted phrase
        "Vi kommer under 2027 att öppna en filial.",  # a first person's intention
        "We plan to hire two engineers.",
        "Halvera matsvinnet i skolköken.",  # a goal's verb first
        "Ideally, ship 12 releases by the end of 2027.",
    ],
)
def test_goal_sentences(sentence: str) -> None:
    assert states_goal(sentence, alone=False, under_goals=False)


def test_a_lone_sentence_needs_less_and_a_goal_heading_less_still() -> None:
    assert states_goal("Net debt below 3x EBITDA by 2027.", alone=True, under_goals=False)
    assert not states_goal("Net debt below 3x EBITDA by 2027.", alone=False, under_goals=False)
    assert states_goal("Fewer open support tickets", alone=True, under_goals=False)
    assert not states_goal("Senast uppdaterad: 17 november 2026", alone=True, under_goals=False)
    assert not states_goal("Org.nr 556677-8899", alone=True, under_goals=False)
    assert states_goal("Communicate the results to every partner.", alone=True, under_goals=True)
    assert not states_goal("* Averaged over a business cycle.", alone=True, under_goals=True)


def test_sentence_spans_are_exact_ranges() -> None:
    text = "Vi ska öka. T.ex. genom fler kanaler! Sen\nmer."
    lines = [(0, 41), (42, len(text))]
    spans = sentence_spans(text, lines)
    assert [text[a:b] for a, b in spans] == [
        "Vi ska öka.",
        "T.ex. genom fler kanaler!",
        "Sen\nmer.",
    ]


OKR = """\
# Platform OKRs

We use OKRs to focus the quarter. Objectives are qualitative.

## 2026 Q2

### Objective: Developers deploy without waiting for us.

* Why: every deploy queues behind the platform team today.

#### Key Results

By order of priority,

* KR1: Median deploy time under 10 minutes.

**Rationale**

Deploys took 40 minutes last quarter, which slowed every team.

##### KR2: Self-service

Teams can create their own environments.

This will remove about 30 tickets a week.

#### Initiatives

* Build a deploy queue dashboard.

Improve the runner images so builds start faster.

### Objective: Cut cloud spend.

- [Last quarter's OKRs](https://example.com/okrs)
"""


def test_an_okr_document_has_objectives_and_key_results_only() -> None:
    goals = goals_from_markdown(OKR)
    assert [(g.display, g.context.get("role")) for g in goals] == [
        ("Developers deploy without waiting for us.", "objective"),
        ("KR1: Median deploy time under 10 minutes.", None),
        ("Teams can create their own environments.", None),
        ("Cut cloud spend.", "objective"),
    ]
    assert all(g.context["inherited"].deadline.text == "2026 Q2" for g in goals)


def test_sections_that_head_other_text_give_no_goals() -> None:
    text = (
        "## Mål\n\n- Öka antalet medlemmar till 400.\n\n"
        "## Bakgrund\n\n- Antalet medlemmar har ökat i tre år.\n\n"
        "## Contact\n\nWe will answer within a day.\n"
    )
    assert [shown for _, _, shown in found(text)] == ["Öka antalet medlemmar till 400."]


def test_link_items_and_placeholder_items_are_no_goals() -> None:
    text = "- [Plan 2025](plan-2025.md)\n- TBD\n- Öka försäljningen med 5 %.\n"
    assert [shown for _, _, shown in found(text)] == ["Öka försäljningen med 5 %."]


def test_an_html_block_that_may_hold_goals_is_noted_once() -> None:
    text = "<ul>\n<li>Öka NPS till 40</li>\n</ul>\n\n<div>\nMinska kostnaderna med 5 %\n</div>\n"
    goals = goals_from_markdown(text)
    assert list(goals) == []
    assert [(n.message, n.line) for n in goals.notes] == [
        ("an HTML block that may hold goals was skipped", 1)
    ]


@pytest.mark.parametrize(
    ("text", "kept", "status"),
    [
        ("Improve checkout reliability => 40%", "Improve checkout reliability", "=> 40%"),
        ("Lansera appen (klart)", "Lansera appen", "(klart)"),
        ("Ship the SDK (blocked on legal review)", "Ship the SDK", "(blocked on legal review)"),
        ("✅ Hire two engineers", "Hire two engineers", "✅"),
        ("Öka NPS till 40. Status: pågår", "Öka NPS till 40.", "Status: pågår"),
        ("Launch the site - done", "Launch the site", "- done"),
        ("Repaint the shed. Done!", "Repaint the shed.", "Done!"),
        ("Byta ut ytterdörren. Klart.", "Byta ut ytterdörren.", "Klart."),
        ("We are nearly done.", "We are nearly done.", None),
        (
            "~~Open an office in Oslo~~ Open an office in Bergen",
            "Open an office in Bergen",
            "~~Open an office in Oslo~~",
        ),
        ("Öka försäljningen (se bilaga 2)", "Öka försäljningen (se bilaga 2)", None),
        ("ARR €1.2m → €2m by end of FY2027", "ARR €1.2m → €2m by end of FY2027", None),
        ("Cut churn 5% -> 3%", "Cut churn 5% -> 3%", None),
    ],
)
def test_status_notes_are_blanked_and_kept(text: str, kept: str, status: str | None) -> None:
    blanked, note = split_status(text)
    assert len(blanked) == len(text)
    assert blanked.strip() == kept or " ".join(blanked.split()) == kept
    assert note == status


def test_a_progress_score_is_no_target() -> None:
    text = "## 2026\n\n- Improve checkout reliability => 40%\n"
    (goal,) = goals_from_markdown(text)
    assert goal.text == "Improve checkout reliability"
    assert goal.context["inherited"].status == "=> 40%"


def test_status_notes_in_text_and_yaml_goals_too() -> None:
    from smartlint.sources.text import goals_from_text
    from smartlint.sources.yaml_goals import goals_from_yaml

    (line,) = goals_from_text("- Öka NPS till 40 i år => 32 (pågår)\n")
    assert (line.text, line.context["inherited"].status) == (
        "Öka NPS till 40 i år",
        "=> 32 (pågår)",
    )
    document = 'goals:\n  - "Ship the SDK to 3 partners \\u2705"\n  - Hire two engineers (done)\n'
    sdk, hire = goals_from_yaml(document)
    assert (sdk.text.rstrip(), sdk.context["inherited"].status) == (
        "Ship the SDK to 3 partners",
        "✅",
    )
    assert hire.text == "Hire two engineers"
    assert document[hire.start : hire.end] == "Hire two engineers"
