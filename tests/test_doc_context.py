"""What goals inherit from where they stand: dated headings, YAML keys, front matter, config.

Every document here was written for these tests; each exercises one layout
real plans use.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

import smartlint.linter as linter
from smartlint.cli import main
from smartlint.config import Config, Period
from smartlint.linter import GoalCache, Options, lint_bytes
from smartlint.model import FileResult, Goal

LATE = dt.date(2026, 12, 3)


def lint(name: str, text: str, today: dt.date = LATE, config: Config | None = None,
         cache: GoalCache | None = None) -> FileResult:  # fmt: skip
    options = Options(today=today, cache=cache)
    result = lint_bytes(name, text.encode("utf-8"), config or Config(), options)
    assert not result.errors, result.errors
    return result


def rules(goal: Goal) -> set[str]:
    return {f.rule for f in goal.findings}


QUARTER_PLAN = """\
# Team goals

Our goals for the quarter.

## 2025 Q3

- Launch the partner portal.
- Cut support response time to 4 hours.
- Sign 3 new enterprise customers by the end of the quarter.
"""


def test_a_dated_heading_bounds_its_goals_and_they_have_passed() -> None:
    result = lint("okr.md", QUARTER_PLAN)
    assert [g.text for g in result.goals] == [
        "Launch the partner portal.",
        "Cut support response time to 4 hours.",
        "Sign 3 new enterprise customers by the end of the quarter.",
    ]
    for goal in result.goals:
        assert "missing-deadline" not in rules(goal)
        assert "deadline-passed" in rules(goal), goal.text
    launch = result.goals[0]
    assert launch.slots["deadline"] == {
        "date": "2025-09-30",
        "text": "2025 Q3",
        "source": "heading",
    }
    passed = next(f for f in launch.findings if f.rule == "deadline-passed")
    assert "2025 Q3" in passed.message and "2025-09-30" in passed.message


def test_a_relative_deadline_is_read_within_the_inherited_period() -> None:
    goal = lint("okr.md", QUARTER_PLAN).goals[2]
    assert goal.slots["deadline"]["date"] == "2025-09-30"  # the quarter of the heading
    assert goal.slots["deadline"]["source"] == "text"
    assert "deadline-passed" in rules(goal)


def test_the_sentences_own_deadline_wins() -> None:
    text = "## Mål 2026\n\n- Öka antalet medlemmar till 500 senast 2027-03-31.\n"
    (goal,) = lint("plan.md", text, today=dt.date(2026, 1, 10)).goals
    assert goal.slots["deadline"] == {
        "date": "2027-03-31", "text": "senast 2027-03-31", "source": "text"
    }  # fmt: skip
    assert not rules(goal) & {"missing-deadline", "deadline-passed"}


def test_without_context_the_goal_still_misses_a_deadline() -> None:
    (goal,) = lint("plan.md", "# Team goals\n\n- Launch the partner portal.\n").goals
    assert "missing-deadline" in rules(goal)
    assert goal.slots["deadline"] is None


def test_the_nearest_dated_heading_wins_and_bare_parts_take_its_year() -> None:
    text = (
        "# Verksamhetsplan 2027\n\n- Öppna butiken i Lund.\n\n"
        "## Q2\n\n- Lansera webbshopen.\n\n"
        "## Tertial 3\n\n- Anställ två säljare.\n\n"
        "## HT 2027\n\n- Starta kursen i svenska.\n"
    )
    dates = [g.slots["deadline"]["date"] for g in lint("plan.md", text, dt.date(2027, 1, 5)).goals]
    assert dates == ["2027-12-31", "2027-06-30", "2027-12-31", "2027-12-31"]


def test_fiscal_headings_follow_the_configured_fiscal_year() -> None:
    text = "### FY25Q2\n\n- Launch the partner portal.\n"
    (plain,) = lint("okr.md", text).goals
    assert plain.slots["deadline"]["date"] == "2025-06-30"
    (fiscal,) = lint("okr.md", text, config=Config(fiscal_year_start=7)).goals
    assert fiscal.slots["deadline"]["date"] == "2024-12-31"


def test_no_deadline_placeholder_in_the_rewrite_of_a_goal_with_an_inherited_one() -> None:
    text = "## Mål 2027\n\n- Marknadsföring ska få in fler kunder.\n"
    (goal,) = lint("plan.md", text, today=dt.date(2027, 1, 10)).goals
    suggestion = next(f.suggestion for f in goal.findings if f.suggestion)
    assert "<ÅÅÅÅ-MM-DD>" not in suggestion and "senast" not in suggestion
    assert "<" in suggestion  # the amount is still the author's to give


def test_the_same_words_judge_differently_under_another_heading() -> None:
    text = "## 2025\n\n- Launch the partner portal.\n\n## 2027\n\n- Launch the partner portal.\n"
    cache = GoalCache()
    for use in (None, cache, cache):  # fresh, filling the cache, from the cache
        old, new = lint("okr.md", text, cache=use).goals
        assert "deadline-passed" in rules(old)
        assert "deadline-passed" not in rules(new)
        assert new.slots["deadline"]["date"] == "2027-12-31"


def test_the_cache_still_reuses_verdicts_in_the_same_context(monkeypatch) -> None:
    cache = GoalCache()
    lint("okr.md", QUARTER_PLAN, cache=cache)
    parsed: list[str] = []
    real = linter.parse
    monkeypatch.setattr(linter, "parse", lambda nlp, text: parsed.append(text) or real(nlp, text))
    lint("okr.md", QUARTER_PLAN.replace("# Team goals", "# Team goals 2.0"), cache=cache)
    assert parsed == []


def test_a_lead_in_dates_the_list_it_introduces() -> None:
    text = (
        "# Föreningen\n\nStyrelsen föreslår att föreningen under 2027 ska:\n\n"
        "- Anordna en sommarfest.\n- Ta fram nytt informationsmaterial.\n\n"
        "Övrigt\n\n- Värva fler medlemmar.\n"
    )
    goals = lint("plan.md", text, dt.date(2027, 1, 5)).goals
    assert [g.slots["deadline"] and g.slots["deadline"]["source"] for g in goals] == [
        "lead-in",
        "lead-in",
        None,
    ]


def test_a_paragraphs_first_goal_dates_the_goals_that_go_on_from_it() -> None:
    text = (
        "# Reading\n\nOur school will raise the share of pupils reading at grade level from"
        " 40% to 55% by the end of May 2028. Among the younger pupils the share will rise from 30%"
        " to 50%. For pupils new to English it will rise from 20% to 40%.\n\n"
        "Pupils will borrow more books from the library.\n"
    )
    goals = lint("plan.md", text, dt.date(2028, 1, 5)).goals
    sources = [g.slots["deadline"] and g.slots["deadline"]["source"] for g in goals]
    assert sources == ["text", "paragraph", "paragraph", None]
    assert "missing-deadline" in rules(goals[-1])
    assert not any("missing-deadline" in rules(g) for g in goals[:3])


def test_a_baseline_year_of_the_first_goal_dates_nothing_after_it() -> None:
    text = (
        "# Klimat\n\nUtsläppen ska minska med 30 procent jämfört med 2019. Resorna ska"
        " minska med 20 procent.\n"
    )
    goals = lint("plan.md", text).goals
    assert [("missing-deadline" in rules(g)) for g in goals] == [True, True]


FRONT = """\
---
period: 2027
ansvarig: Kommunikationsenheten
---
# Kommunikation

- Publicera en ny webbplats.

## 2028

- Öppna ett kontor i Malmö.
"""


def test_front_matter_period_and_owner_reach_every_goal() -> None:
    site, office = lint("plan.md", FRONT, today=dt.date(2027, 2, 1)).goals
    assert site.slots["deadline"] == {
        "date": "2027-12-31", "text": "2027", "source": "front-matter"
    }  # fmt: skip
    assert (site.slots["owner"], site.slots["owner_source"]) == (
        "Kommunikationsenheten",
        "front-matter",
    )
    assert "missing-deadline" not in rules(site)
    # a heading's period outside the plan period the document declares
    assert "deadline-outside-period" in rules(office)
    assert "deadline-outside-period" not in rules(site)


def test_the_config_period_bounds_goals_that_inherit_nothing_else() -> None:
    config = Config(period=Period(dt.date(2027, 1, 1), dt.date(2027, 12, 31)))
    text = "- Launch the partner portal.\n\n## 2028\n\n- Open an office in Oslo.\n"
    portal, oslo = lint("plan.md", text, today=dt.date(2027, 2, 1), config=config).goals
    assert portal.slots["deadline"]["source"] == "config"
    assert "missing-deadline" not in rules(portal)
    assert oslo.slots["deadline"]["source"] == "heading"
    assert "deadline-outside-period" in rules(oslo)


YAML_PLAN = """\
okr:
  2026: {}
  Q4:
    objective: Grow the community
    key_results:
      - Host 4 meetups
      - title: Recruit mentors
        deadline: 2026-11-15
        owner: Dana
team:
  mål:
    - text: Minska sjukfrånvaron till 4 %
      senast: 2027-06-30
      ansvarig: HR
"""


def test_yaml_quarter_keys_take_the_year_beside_them_and_fields_stand_in() -> None:
    objective, meetups, mentors, absence = lint("okr.yaml", YAML_PLAN).goals
    assert meetups.slots["deadline"] == {"date": "2026-12-31", "text": "Q4", "source": "yaml"}
    assert mentors.slots["deadline"]["date"] == "2026-11-15"
    assert (mentors.slots["owner"], mentors.slots["owner_source"]) == ("Dana", "yaml")
    assert "deadline-passed" in rules(mentors)  # 2026-11-15 is before 2026-12-03
    assert absence.slots["deadline"]["date"] == "2027-06-30"
    assert (absence.slots["owner"], absence.slots["owner_source"]) == ("HR", "yaml")
    for goal in (meetups, mentors, absence):
        assert "missing-deadline" not in rules(goal)


def test_a_quarter_key_without_any_year_is_still_a_time_bound() -> None:
    text = "plan:\n  Q3:\n    goals:\n      - Launch the partner portal\n"
    (goal,) = lint("okr.yaml", text).goals
    assert "missing-deadline" not in rules(goal)
    assert "deadline-passed" not in rules(goal)
    assert goal.slots["deadline"] == {"date": None, "text": "Q3", "source": "yaml"}


def test_a_measurable_outcome_field_makes_its_goal_measurable_and_is_a_goal() -> None:
    text = "goals:\n  - title: Get fitter\n    outcome: Run three times a week\n    period: week\n"
    title, outcome = lint("goals.yaml", text).goals
    assert "missing-number" not in rules(title)
    assert "vague-comparative" in rules(title)  # "fitter" is still unsized
    assert outcome.text == "Run three times a week"
    assert "missing-deadline" in rules(title)  # "period: week" is a cadence, no deadline


def test_json_names_where_the_deadline_came_from(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "okr.md").write_text(QUARTER_PLAN, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--today", "2026-12-03", "--format", "json", "okr.md"]
    )
    goals = json.loads(result.output)["files"][0]["goals"]
    assert [g["slots"]["deadline"]["source"] for g in goals] == ["heading", "heading", "text"]


def test_a_bare_quarter_in_the_sentence_is_the_headings_quarter_not_the_next_one() -> None:
    text = "## Mål 2025\n\n- Lansera appen till Q3.\n- Launch the app by Q3.\n"
    for goal in lint("plan.md", text).goals:
        assert goal.slots["deadline"]["date"] == "2025-09-30"  # not 2027-09-30
        assert "deadline-passed" in rules(goal)
