import pytest

from smartlint.model import LineIndex, Position
from smartlint.sources.errors import SourceParseError
from smartlint.sources.markdown import goals_from_markdown


def goals(document):
    """The goals, after checking what must hold for every Markdown goal."""
    found = goals_from_markdown(document)
    for goal in found:
        assert goal.offsets is None
        assert len(goal.text) == goal.end - goal.start
        assert goal.text == goal.text.strip()
        for i, ch in enumerate(goal.text):
            source = document[goal.start + i]
            assert ch in (" ", source) or source == "&", (goal.text, i)
    return found


def where(document, goal):
    """(line, column) of the goal's first character."""
    position = LineIndex(document).position(goal.start)
    return position.line, position.column


def test_list_items_are_goals_with_exact_positions():
    document = "# Plan\n\n- Öka NPS till 40\n- Halvera ledtiden 🚀 till 2027\n"
    found = goals(document)
    assert [g.text for g in found] == ["Öka NPS till 40", "Halvera ledtiden 🚀 till 2027"]
    assert [where(document, g) for g in found] == [(3, 3), (4, 3)]
    assert document[found[1].start : found[1].end] == "Halvera ledtiden 🚀 till 2027"


def test_crlf_and_lone_cr_documents():
    for newline in ("\r\n", "\r"):
        document = newline.join(["# Rubrik", "", "- ett mål", "- två", "  fortsätter", ""])
        first, second = goals(document)
        assert where(document, first) == (3, 3)
        assert where(document, second) == (4, 3)
        assert second.display == "två fortsätter"
        assert second.text == "två" + " " * (len(newline) + 2) + "fortsätter"
        assert LineIndex(document).position(second.end) == Position(5, 13)


def test_mixed_line_endings():
    document = "- a\r\n- b\r- c\n- d"
    assert [where(document, g) for g in goals(document)] == [(1, 3), (2, 3), (3, 3), (4, 3)]


def test_nested_lists_give_separate_goals():
    document = "- Överordnat mål\n  - Delmål ett\n    1. Djupast\n- Sista\n"
    found = goals(document)
    assert [g.text for g in found] == ["Överordnat mål", "Delmål ett", "Djupast", "Sista"]
    assert [where(document, g) for g in found] == [(1, 3), (2, 5), (3, 8), (4, 3)]


def test_headings_are_context_not_goals():
    document = (
        "# Plan 2027\n\n## Försäljning\n\n- Sälj mer\n\n### Norden\n\n- Sälj i Norge\n\n"
        "## Service\n\n- Svara inom 1 dag\n"
    )
    found = goals(document)
    assert [g.context["headings"] for g in found] == [
        ["Plan 2027", "Försäljning"],
        ["Plan 2027", "Försäljning", "Norden"],
        ["Plan 2027", "Service"],
    ]


def test_setext_heading_and_heading_markup():
    document = "Plan *2027*\n===========\n\nÖka NPS till 40.\n"
    (goal,) = goals(document)
    assert goal.context["headings"] == ["Plan 2027"]
    assert where(document, goal) == (4, 1)


def test_front_matter_is_context():
    document = "---\nowner: Anna\nperiod: 2027\n---\n# Plan\n\n- Öka NPS\n"
    (goal,) = goals(document)
    assert goal.context["front_matter"] == {"owner": "Anna", "period": 2027}
    assert goal.context["period"] == "2027"
    assert where(document, goal) == (7, 3)


def test_front_matter_does_not_yield_goals_even_when_it_looks_like_markdown():
    document = "---\ngoals:\n  - not a markdown goal\n---\nÖka NPS.\n"
    (goal,) = goals(document)
    assert goal.text == "Öka NPS."


def test_broken_front_matter_reports_its_document_line():
    document = "---\nowner: Anna\nperiod: [2027\n---\n- Mål\n"
    with pytest.raises(SourceParseError) as info:
        goals_from_markdown(document)
    assert info.value.line == 4
    assert info.value.message.startswith("front matter is not valid YAML")


def test_front_matter_must_be_a_mapping():
    with pytest.raises(SourceParseError, match="mapping") as info:
        goals_from_markdown("---\n- a\n---\nMål\n")
    assert info.value.line == 2


def test_unclosed_front_matter_is_a_thematic_break():
    document = "---\nÖka NPS utan front matter\n"
    (goal,) = goals(document)
    assert "front_matter" not in goal.context
    assert where(document, goal) == (2, 1)


def test_bom_decoded_document_starts_at_column_one():
    from smartlint.sources import read_document

    document, found = read_document("plan.md", b"\xef\xbb\xbf- \xc3\x96ka NPS\n")
    assert document == "- Öka NPS\n"
    assert where(document, found[0]) == (1, 3)


def test_code_fences_code_blocks_html_and_other_tables_are_skipped():
    document = (
        "```yaml\n- inte ett mål\n```\n\n"
        "    - indragen kod\n\n"
        "<div>\n- inte heller\n</div>\n\n"
        "| namn | telefon |\n|---|---|\n| Anna | 0701 |\n\n"
        "- Riktigt mål\n"
    )
    found = goals(document)
    assert [g.text for g in found] == ["Riktigt mål"]
    assert where(document, found[0]) == (15, 3)


def test_unclosed_fence_swallows_the_rest():
    assert goals("- före\n\n~~~\n- efter\n\nMål.\n")[0].text == "före"
    assert len(goals("- före\n\n~~~\n- efter\n\nMål.\n")) == 1


def test_inline_markup_is_blanked_in_place():
    document = '- **Öka** `NPS` till _40_ [läs](https://x.se "titel") nu\n'
    (goal,) = goals(document)
    link_tail = " " * len('](https://x.se "titel")')
    expected = "Öka" + "  " + " " + " NPS " + " till " + " 40 " + " " + " läs" + link_tail + " nu"
    assert goal.text == expected
    assert goal.display == "Öka NPS till 40 läs nu"
    assert document[goal.start : goal.end] == 'Öka** `NPS` till _40_ [läs](https://x.se "titel") nu'
    assert where(document, goal) == (1, 5)


def test_masking_keeps_every_visible_character_at_its_offset():
    document = "Öka *mer* i [Norge][no] och ![bild](b.png) <b>nu</b> &amp; \\*igen\\*\n\n[no]: https://no\n"
    (goal,) = goals(document)
    visible = [(i, ch) for i, ch in enumerate(goal.text) if ch != " "]
    assert "".join(ch for _, ch in visible) == "ÖkameriNorgeochnu&*igen*"
    for i, ch in visible:
        if ch != "&":
            assert document[goal.start + i] == ch
    assert goal.display == "Öka mer i Norge och nu & *igen*"


def test_autolink_keeps_the_address():
    document = "Öka besöken på <https://example.com/plan> i år\n"
    (goal,) = goals(document)
    assert goal.text == "Öka besöken på  https://example.com/plan  i år"
    assert goal.display == "Öka besöken på https://example.com/plan i år"


def test_hard_breaks_and_blockquote_prefixes_become_spaces():
    document = "> Öka NPS\\\n> till 40  \n> senast 2027\n"
    (goal,) = goals(document)
    assert goal.text == "Öka NPS" + " " * 4 + "till 40" + " " * 5 + "senast 2027"
    assert where(document, goal) == (1, 3)
    assert LineIndex(document).position(goal.end) == Position(3, 14)


def test_lazy_continuation_and_tabs():
    document = "-\tÖka\tNPS\nlazy rad\n"
    (goal,) = goals(document)
    assert goal.text == "Öka\tNPS lazy rad"
    assert goal.display == "Öka NPS lazy rad"
    assert where(document, goal) == (1, 3)


def test_task_list_checkbox_is_not_part_of_the_goal():
    document = "- [ ] Öppen uppgift\n- [x] Klar uppgift\n- [ ]\n"
    first, second = goals(document)
    assert (first.text, first.display) == ("Öppen uppgift", "Öppen uppgift")
    assert first.context["checked"] is False
    assert (second.text, second.context["checked"]) == ("Klar uppgift", True)
    assert where(document, first) == (1, 7)


def test_empty_items_and_image_only_items_are_not_goals():
    assert goals("- \n-\n- ![bild](x.png)\n") == []


def test_loose_item_second_paragraph_follows_the_paragraph_rule():
    document = (
        "- Mål ett\n\n  Förklaring som följer.\n\n  Öka NPS till 40.\n\n"
        "  En. Två. Tre meningar. Fyra.\n"
    )
    assert [g.text for g in goals(document)] == ["Mål ett", "Öka NPS till 40."]


@pytest.mark.parametrize(
    ("paragraph", "is_goal"),
    [
        ("Öka NPS till 40 senast 2027.", True),
        ("Öka NPS till 40. Det gör vi senast 2027.", True),
        ("Ett. Två. Tre.", False),
        ("Vi ska t.ex. öka NPS. Det räcker.", True),
        # Prose around the goals: no change word, goal modal, opening verb or amount.
        ("Den här planen beskriver avdelningens mål för 2027.", False),
        ("Vi följer upp målen varje kvartal.", False),
        ("This document describes our goals for 2027.", False),
        ("Written by the planning team in March 2027.", False),
        # Goals written as paragraphs.
        ("Marknadsföring kommer att få in fler kunder i år.", True),
        ("Kundnöjdheten ökar till 85.", True),
        ("Fler nöjda kunder.", True),
        ("Halvera väntetiden.", True),
        ("90 % av samtalen besvaras inom 2 minuter.", True),
        ("Improve customer satisfaction", True),
        ("Customer satisfaction will reach 85 by 2027.", True),
        ("Zero workplace accidents in 2027.", True),
        ("Våra mål för året:", False),
        ("Ord " * 80, False),
        ("List items below are our goals. They matter! Read them?", False),
    ],
)
def test_paragraph_heuristic(paragraph, is_goal):
    assert bool(goals(paragraph + "\n")) is is_goal


def test_list_items_are_goals_whatever_their_length():
    item = "Ett. Två. Tre. Fyra:"
    assert [g.text for g in goals(f"- {item}\n")] == [item]


def test_swedish_and_emoji_columns_count_code_points():
    document = "Intro\n\n- Åtgärda 🐛🐛 före 2027-01-01\n"
    found = goals(document)
    assert found[-1].display == "Åtgärda 🐛🐛 före 2027-01-01"
    end = LineIndex(document).position(found[-1].end)
    assert end == Position(3, 29)


def test_entities_are_decoded_into_the_first_character():
    document = "Öka &ouml;verskott med 10&nbsp;%\n"
    (goal,) = goals(document)
    assert goal.display == "Öka överskott med 10 %"  # NBSP folds like any whitespace
    assert goal.text == "Öka ö     verskott med 10\u00a0     %"


def test_list_inside_blockquote_with_continuation():
    document = "> - Öka *NPS*\n>   till 40\n> - Sänk churn\n"
    first, second = goals(document)
    assert first.text == "Öka  NPS " + " " * 5 + "till 40"
    assert where(document, first) == (1, 5)
    assert LineIndex(document).position(first.end) == Position(2, 12)
    assert (second.text, where(document, second)) == ("Sänk churn", (3, 5))
