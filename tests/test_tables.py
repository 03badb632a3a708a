"""Goals in Markdown tables: which column holds them, what the other cells give each row."""

from __future__ import annotations

import datetime as dt

from smartlint.config import Config
from smartlint.inherit import Inherited, InheritedText
from smartlint.linter import Options, lint_bytes
from smartlint.model import FileResult, LineIndex
from smartlint.sources.markdown import goals_from_markdown

LATE = dt.date(2026, 12, 3)


def lint(text: str, today: dt.date = LATE, config: Config | None = None) -> FileResult:
    result = lint_bytes("plan.md", text.encode("utf-8"), config or Config(), Options(today=today))
    assert not result.errors
    return result


def rules(goal) -> set[str]:
    return {f.rule for f in goal.findings}


INDICATORS = """\
# Nämndens mål

| Indikator | Mål |
|---|---|
| Andel elever i åk 9 som är behöriga till gymnasiet. | Minst 92 % |
| Medelvärde för upplevd trygghet i skolan. | 8 |
| Andel elever som äter skollunch. |  |
"""


def test_a_target_column_beside_the_goal_column_gives_each_row_its_target() -> None:
    found = goals_from_markdown(INDICATORS)
    assert [g.display for g in found] == [
        "Andel elever i åk 9 som är behöriga till gymnasiet.",
        "Medelvärde för upplevd trygghet i skolan.",
        "Andel elever som äter skollunch.",
    ]
    first = found[0]
    assert INDICATORS[first.start : first.end] == first.text  # exact place in the row
    assert LineIndex(INDICATORS).position(first.start) == (5, 3)
    assert first.context["inherited"].target == InheritedText("Minst 92 %", "table", sizes=True)
    numbers = ["missing-number" in rules(g) for g in lint(INDICATORS).goals]
    assert numbers == [False, False, True]  # the empty target cell leaves the goal unmeasured


PRIORITIES = """\
## Priorities

| No. | Priority | Item | Relevant FY | Owner | Progress % |
|---|---|---|---|---|---|
| ADMIN | | | | | |
| 1 | H | Publish the new parish website | 24/25 | Clerk | 100 |
| 2 | M | Review bench and bin placement across the village | 27/28 | Cllr Lee | 40 |
| 3 | | | | | |
"""


def test_a_table_with_context_columns_takes_its_longest_text_as_the_goal_column() -> None:
    website, benches = lint(PRIORITIES).goals
    assert website.text == "Publish the new parish website"
    # the FY column bounds the row; the progress cell is status, never a target
    assert website.slots["deadline"] == {"date": "2025-12-31", "text": "24/25", "source": "table"}
    assert (website.slots["owner"], website.slots["owner_source"]) == ("Clerk", "table")
    assert "deadline-passed" in rules(website) and "missing-deadline" not in rules(website)
    assert benches.slots["deadline"]["date"] == "2028-12-31"
    assert "deadline-passed" not in rules(benches)
    (source,) = [g for g in goals_from_markdown(PRIORITIES) if "bench" in g.text]
    assert source.context["inherited"].status == "Progress %: 40"


def test_the_fiscal_column_follows_the_configured_fiscal_year() -> None:
    website, _ = lint(PRIORITIES, config=Config(fiscal_year_start=4)).goals
    assert website.slots["deadline"]["date"] == "2025-03-31"


OUTCOMES = """\
## Finansiella mål

| | | 2024 | 2023 |
|---|---|---|---|
| Rörelsemarginal | ≥ 8 % | 6,1 | 7,4 |
| Nettoomsättningstillväxt | 10 % | 3,2 | 12,0 |
"""


def test_an_unlabelled_amount_column_is_the_target_and_year_columns_are_outcomes() -> None:
    margin, growth = goals_from_markdown(OUTCOMES)
    assert margin.context["inherited"] == Inherited(
        target=InheritedText("≥ 8 %", "table", sizes=True), status="2024: 6,1; 2023: 7,4"
    )
    linted = lint(OUTCOMES).goals
    for goal in linted:
        assert "missing-number" not in rules(goal)
        assert "missing-deadline" in rules(goal)  # outcome years are no deadline
    assert "vague-comparative" not in rules(linted[1])  # "tillväxt" is sized by its 10 %


OKR_SHEET = """\
## 2026 Q1

| **Growth** | Owner | Mid-Q | End-Q |
|---|---|---|---|
| **1 Grow the self-serve funnel** | | | |
| Launch the pricing page (blocked on legal) | Ana | 0.3 | |
| *These may slip:* | | | |
| 2. TBD | | | 0 |
"""


def test_objective_rows_notes_and_placeholders_in_an_okr_sheet() -> None:
    found = goals_from_markdown(OKR_SHEET)
    assert [g.display for g in found] == ["Grow the self-serve funnel", "Launch the pricing page"]
    launch = found[1]
    assert launch.context["inherited"].status == "(blocked on legal); Mid-Q: 0.3"
    assert launch.context["inherited"].owner == InheritedText("Ana", "table")
    assert launch.context["inherited"].deadline.text == "2026 Q1"
    objective = lint(OKR_SHEET).goals[0]
    assert "missing-number" in rules(objective)  # the row's number "1" is no amount
    assert OKR_SHEET[objective_start(OKR_SHEET, objective) :].startswith("Grow the self-serve")


def objective_start(text: str, goal) -> int:
    index = LineIndex(text)
    line_start = sum(len(line) + 1 for line in text.split("\n")[: goal.span.line - 1])
    assert index.position(line_start).line == goal.span.line
    return line_start + goal.span.column - 1


def test_a_period_in_the_target_columns_header_bounds_the_rows() -> None:
    text = (
        "| Nyckeltal | Utfall 2025 | Mål 2027 |\n|---|---|---|\n| Sjukfrånvaro | 8,1 % | 6,5 % |\n"
    )
    (goal,) = goals_from_markdown(text)
    inherited = goal.context["inherited"]
    assert inherited.target == InheritedText("6,5 %", "table", sizes=True)
    assert (inherited.deadline.text, inherited.deadline.end) == ("2027", dt.date(2027, 12, 31))
    assert inherited.status == "Utfall 2025: 8,1 %"  # an outcome, not a deadline


def test_a_table_without_a_goal_column_is_skipped_with_a_note() -> None:
    text = "## Goal 2: Wellbeing\n\n| Strategy |\n|---|\n| Grow engagement in every class |\n"
    result = lint(text)
    assert result.goals == ()
    assert [n.message for n in result.notes] == ["a table without a goal column was skipped"]
    assert result.notes[0].line == 3


def test_a_table_under_a_skipped_heading_gives_no_goals() -> None:
    text = "## Bakgrund\n\n| Mål | Ansvarig |\n|---|---|\n| Öka antalet medlemmar | Styrelsen |\n"
    assert goals_from_markdown(text) == []


def test_cells_with_escaped_pipes_and_code_keep_their_places() -> None:
    text = "| Goal | Owner |\n|---|---|\n| Ship `a\\|b` mode to 3 teams \\| all | Bo |\n"
    (goal,) = goals_from_markdown(text)
    assert goal.context["inherited"].owner == InheritedText("Bo", "table")
    assert text[goal.start : goal.end] == "Ship `a\\|b` mode to 3 teams \\| all"


WORK = """\
# Team goals

## 2027 Q2

| Key result | Owner | Score |
|---|---|---|
| Offline sync client | Ana | 0.4 |
| Member outreach | Bo | 0.2 |
| Talks on our tooling for meetups | Cy | 0.1 |
| Split login and billing services | Di | 0.5 |
| Finish badge designs | Ed | 0.6 |
| Improve build times | Fa | 0.1 |
| Write guides for meetups | Gu | 0.0 |
| Mentor outreach | Ha | 0.3 |
"""


def test_a_row_of_a_work_table_that_names_one_thing_is_done_or_not() -> None:
    goals = {g.text: rules(g) for g in lint(WORK).goals}
    assert "missing-number" not in goals["Offline sync client"]
    # a quality and a plural with no count are still unmeasured
    assert "missing-number" in goals["Member outreach"]
    assert "missing-number" in goals["Talks on our tooling for meetups"]


def test_a_work_row_opening_with_its_verb_is_one_piece_of_work() -> None:
    goals = {g.text: rules(g) for g in lint(WORK).goals}
    assert "missing-number" not in goals["Split login and billing services"]
    assert "missing-number" not in goals["Finish badge designs"]  # finishing a known set
    # a change, a plural made with no count, a noun before a quality stay unmeasured
    assert "missing-number" in goals["Improve build times"]
    assert "missing-number" in goals["Write guides for meetups"]
    assert "missing-number" in goals["Mentor outreach"]


def test_the_same_words_outside_a_work_table_name_no_thing() -> None:
    plain = lint("# Team goals\n\n- Offline sync client\n")
    assert "missing-number" in rules(plain.goals[0])
