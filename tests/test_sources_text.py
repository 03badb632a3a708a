import pytest

from smartlint.model import LineIndex, Position
from smartlint.sources.text import goals_from_text


def spans(document):
    """Each goal as (document slice, line, column, end line, end column)."""
    index = LineIndex(document)
    result = []
    for goal in goals_from_text(document):
        assert goal.offsets is None
        assert goal.text == document[goal.start : goal.end]
        start, end = index.position(goal.start), index.position(goal.end)
        result.append((goal.text, start.line, start.column, end.line, end.column))
    return result


def test_each_non_blank_line_is_one_goal():
    document = "Öka försäljningen. Två meningar.\n\n   \nHalvera ledtiden 🚀 till 2027\n"
    assert spans(document) == [
        ("Öka försäljningen. Två meningar.", 1, 1, 1, 33),
        ("Halvera ledtiden 🚀 till 2027", 4, 1, 4, 29),
    ]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("a\r\nb\r\n", [("a", 1, 1, 1, 2), ("b", 2, 1, 2, 2)]),
        ("a\rb\r", [("a", 1, 1, 1, 2), ("b", 2, 1, 2, 2)]),
        ("a\r\n\rb\nc", [("a", 1, 1, 1, 2), ("b", 3, 1, 3, 2), ("c", 4, 1, 4, 2)]),
        ("no final newline", [("no final newline", 1, 1, 1, 17)]),
    ],
)
def test_line_endings(document, expected):
    assert spans(document) == expected


def test_offsets_with_crlf_and_lone_cr():
    document = "ett\r\ntvå\rtre"
    goals = goals_from_text(document)
    assert [(g.start, g.end) for g in goals] == [(0, 3), (5, 8), (9, 12)]


@pytest.mark.parametrize(
    ("line", "text", "column"),
    [
        ("- Öka NPS till 40", "Öka NPS till 40", 3),
        ("* Öka NPS till 40", "Öka NPS till 40", 3),
        ("• Öka NPS till 40", "Öka NPS till 40", 3),
        ("1. Öka NPS till 40", "Öka NPS till 40", 4),
        ("12) Öka NPS till 40", "Öka NPS till 40", 5),
        ("  -\tÖka NPS till 40  ", "Öka NPS till 40", 5),
        ("\t\tÖka NPS till 40\t", "Öka NPS till 40", 3),
        ("-5 % kostnader till 2027", "-5 % kostnader till 2027", 1),
        ("2027. Öka NPS", "2027. Öka NPS", 1),
    ],
)
def test_bullets_and_surrounding_whitespace_are_not_the_goal(line, text, column):
    document = "först\n" + line + "\n"
    goal = goals_from_text(document)[1]
    assert goal.text == text
    assert document[goal.start : goal.end] == text
    assert LineIndex(document).position(goal.start) == Position(2, column)


def test_comments_and_bare_bullets_are_skipped():
    document = "# kommentar\n  # indragen kommentar\n-\n- \nMål\n"
    assert spans(document) == [("Mål", 5, 1, 5, 4)]


def test_display_folds_inner_whitespace():
    (goal,) = goals_from_text("Öka\t\tNPS   till 40")
    assert goal.text == "Öka\t\tNPS   till 40"
    assert goal.display == "Öka NPS till 40"


def test_empty_document_has_no_goals():
    assert goals_from_text("") == []
    assert goals_from_text("\n\r\n  \t\n") == []


def test_form_feed_is_not_a_line_end():
    document = "a\x0cb\nc"
    assert spans(document) == [("a\x0cb", 1, 1, 1, 4), ("c", 2, 1, 2, 2)]
