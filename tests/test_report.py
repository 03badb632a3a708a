"""``smartlint report``: the HTML page and the Markdown, checked as text and in a real browser."""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from smartlint.cli import main
from smartlint.linter import Options
from smartlint.model import FileResult, Goal, Span
from smartlint.report import format_html, format_markdown, letter_counts
from smartlint.runner import run_check

TODAY = dt.date(2026, 11, 26)
SCRIPT_GOAL = "Reduce <script>alert(1)</script> costs | soon."
# S, M, A, R, T: how many of the six goals below pass each letter.
EXPECTED = {"S": 3, "M": 3, "A": 5, "R": 6, "T": 4}


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mål.txt").write_text(
        "Öka antalet följare från 4 000 till 10 000 senast 2027-12-31.\n"  # SMART
        "Läsa fler böcker i år.\n"  # S, M fail
        "Vi ska försöka springa 5 km senast 2027-05-31.\n",  # A fails
        encoding="utf-8",
    )
    (tmp_path / "goals.md").write_text(
        "# Team goals\n\n"
        "- Improve customer satisfaction.\n"  # S, M, T fail
        "- Cut cloud costs from 40 000 to 30 000 USD by 2027-06-30.\n",  # SMART
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text(SCRIPT_GOAL + "\n", encoding="utf-8")  # S, M, T fail
    return tmp_path


def lint(*paths: str) -> tuple[list[FileResult], Options]:
    options = Options(today=TODAY, want_slots=False)
    return run_check([Path(p) for p in paths or ["."]], options), options


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, and the page's text."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.feed(markup)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def find(self, tag: str, css_class: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and css_class in a.get("class", "").split()]


def summary_of(page: Elements) -> dict[str, tuple[int, int]]:
    return {
        row["data-letter"]: (int(row["data-passed"]), int(row["data-total"]))
        for row in page.find("tr", "letter-count")
    }


# --- Content ---------------------------------------------------------------------------


def test_letter_counts_over_swedish_and_english_goals(plans: Path) -> None:
    results, _ = lint()
    counts = letter_counts(results)
    assert [c.letter for c in counts] == ["S", "M", "A", "R", "T"]
    assert {c.letter: c.passed for c in counts} == EXPECTED
    assert {c.total for c in counts} == {6}
    assert [c.percent for c in counts] == [50, 50, 83, 100, 67]


def test_html_summary_and_one_row_per_goal(plans: Path) -> None:
    results, options = lint()
    page = Elements(format_html(results, options))
    assert summary_of(page) == {letter: (n, 6) for letter, n in EXPECTED.items()}
    text = "".join(page.text)
    assert "3 of 6 (50%)" in text and "6 of 6 (100%)" in text
    assert "3 files, 6 goals, 2 fully SMART" in text and "2026-11-26" in text
    sections = {s["data-path"] for s in page.find("section", "document")}
    assert sections == {"mål.txt", "goals.md", "en.txt"}
    rows = page.find("tr", "goal")
    assert sorted(int(r["data-line"]) for r in rows) == [1, 1, 2, 3, 3, 4]
    assert [r["data-failing"] for r in rows] == ["S M T", "S M T", "", "", "S M", "A"]


def test_html_letter_cells_name_the_deciding_rules(plans: Path) -> None:
    results, options = lint("mål.txt")
    markup = format_html(results, options)
    row = re.search(r'<tr class="goal" data-line="2".*?</tr>', markup)
    assert row is not None
    cells = Elements(row.group()).find("td", "letter")
    assert [c["data-letter"] for c in cells] == ["S", "M", "A", "R", "T"]
    assert [c["class"] for c in cells] == [f"letter {v}" for v in ("fail",) * 2 + ("pass",) * 3]
    assert cells[0]["title"] == "vague-comparative" and cells[1]["title"] == "missing-number"
    assert "✗<small>vague-comparative</small>" in row.group()
    assert row.group().count('class="suggestion"') == 1
    assert 'Läsa <span class="placeholder">&lt;N&gt;</span> fler böcker' in row.group()


def test_html_escapes_goal_text_and_is_self_contained(plans: Path) -> None:
    results, options = lint()
    markup = format_html(results, options)
    assert "<script" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt; costs | soon." in markup
    page = Elements(markup)
    assert not [t for t, _ in page.tags if t in ("script", "link", "img", "iframe", "object")]
    assert all(a["href"].startswith("#") for t, a in page.tags if t == "a")
    assert "://" not in markup
    assert page.tags.count(("style", {})) == 1


def test_markdown_summary_and_tables(plans: Path) -> None:
    results, options = lint()
    markdown = format_markdown(results, options)
    assert markdown.startswith("# smartlint report\n")
    assert "Reference date: 2026-11-26" in markdown
    assert "| **S** specific | 3 of 6 | 50% | █████░░░░░ |" in markdown
    assert "| **A** achievable | 5 of 6 | 83% | ████████░░ |" in markdown
    rows = [line for line in markdown.splitlines() if re.match(r"\| \d+ \|", line)]
    assert len(rows) == 6
    assert all(len(re.split(r"(?<!\\)\|", row)) == 11 for row in rows)  # 9 cells each
    assert "| 2 | Läsa fler böcker i år. | ✗ `vague-comparative` | ✗ `missing-number` | ✓ |" in (
        markdown
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt; costs \\| soon." in markdown
    assert "<script" not in markdown


def test_markdown_cells_stay_on_one_line() -> None:
    goal = Goal(Span(7, 1, 8, 4), "a|b\nc *d* <e>", "en", {}, ())
    markdown = format_markdown([FileResult("x.md", goals=(goal,))], Options(today=TODAY))
    assert "| 7 | a\\|b<br>c \\*d\\* &lt;e&gt; | ✓ | ✓ | ✓ | ✓ | ✓ | — | — |" in markdown


# --- Command line ----------------------------------------------------------------------


def report(*args: str) -> object:
    return CliRunner().invoke(main, ["report", "--today", "2026-11-26", *args])


def test_cli_format_follows_the_output_suffix(plans: Path) -> None:
    result = report(".", "-o", "report.html")
    assert result.exit_code == 0, result.output
    assert (plans / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "wrote report.html: 3 files, 6 goals" in result.stderr
    assert report(".", "--output", "report.md").exit_code == 0
    assert (plans / "report.md").read_text(encoding="utf-8").startswith("# smartlint report")
    stdout = report("mål.txt", "-o", "-")  # a Swedish document: a Swedish report
    assert stdout.exit_code == 0 and stdout.stdout.startswith("# smartlint-rapport")
    assert "## mål.txt" in stdout.stdout


def test_cli_passes_the_lint_options(plans: Path) -> None:
    result = report("mål.txt", "--lang", "sv", "--ignore", "hedge", "-o", "-")
    assert "| **A** uppnåeligt | 3 av 3 | 100\u00a0% |" in result.stdout
    assert "Språk: sv" in result.stdout and "Ignorerade: hedge" in result.stdout
    only = report("mål.txt", "--select", "missing-number", "-o", "-")
    assert "| **S** specifikt | 3 av 3 |" in only.stdout


def test_cli_unreadable_file_is_listed_and_exits_2(plans: Path) -> None:
    (plans / "broken.md").symlink_to(plans / "nowhere.md")
    result = report(".", "-o", "report.html")
    assert result.exit_code == 2
    assert "broken.md: error:" in result.stderr
    page = Elements((plans / "report.html").read_text(encoding="utf-8"))
    assert [e["data-path"] for e in page.find("li", "error")] == ["broken.md"]
    assert len(page.find("tr", "goal")) == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "report.pdf"), "*.html for a web page or *.md"),
        (("--config", "missing.yaml", "-o", "r.md"), "missing.yaml does not exist"),
        (("--today", "tomorrow", "-o", "r.md"), "YYYY-MM-DD"),
        (("--select", "no-such-rule", "-o", "r.md"), "no-such-rule"),
    ],
)
def test_cli_usage_errors_exit_2_without_traceback(
    plans: Path, args: tuple[str, ...], message: str
) -> None:
    result = report(".", *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr and "Traceback" not in result.output
    assert not list(plans.glob("r.*")) and not list(plans.glob("report.*"))


def test_cli_bad_config_exits_2_with_file_and_line(plans: Path) -> None:
    (plans / ".smartlint.yaml").write_text("lang: sv\nignroe: [hedge]\n", encoding="utf-8")
    result = report(".", "-o", "report.html")
    assert result.exit_code == 2
    assert ".smartlint.yaml:2: unknown key 'ignroe'" in result.stderr
    assert not (plans / "report.html").exists()


# --- A real browser --------------------------------------------------------------------


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium; without it, fail unless SMARTLINT_NO_BROWSER=1."""
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        if os.environ.get("SMARTLINT_NO_BROWSER") == "1":
            pytest.skip("SMARTLINT_NO_BROWSER=1 and no chromium installed")
        pytest.fail(
            "chromium is not installed: run 'apt-get install -y chromium' "
            "(or set SMARTLINT_NO_BROWSER=1 to skip the browser tests)"
        )
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        binary,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)


def test_browser_renders_the_report(plans: Path, tmp_path: Path) -> None:
    assert report(".", "-o", "report.html").exit_code == 0
    url = (plans / "report.html").as_uri()

    dom = Elements(chromium(tmp_path, "--dump-dom", url).stdout)
    assert len(dom.find("tr", "goal")) == 6
    assert summary_of(dom) == {letter: (n, 6) for letter, n in EXPECTED.items()}
    assert not [t for t, _ in dom.tags if t == "script"]
    assert SCRIPT_GOAL in dom.text

    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", url)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


# --- In the document's language, under its headings (issue 16, item 7) -------------------

TAGS = re.compile(r"<[^>]+>")


def documents_of(markup: str) -> dict[str, tuple[str, str]]:
    """Each document section by path: (its lang attribute, its markup)."""
    found = re.finditer(
        r'<section class="document" id="doc-\d+" data-path="([^"]*)" lang="(\w+)">(.*?)</section>',
        markup,
        re.DOTALL,
    )
    return {m.group(1): (m.group(2), m.group(3)) for m in found}


def column_names(section: str) -> list[str]:
    head = re.search(r"<thead>(.*?)</thead>", section, re.DOTALL)
    assert head is not None
    return [TAGS.sub("", cell) for cell in re.findall(r"<th[^>]*>.*?</th>", head.group(1))]


def texts_of(markup: str, css_class: str) -> list[str]:
    """The text of every element whose class attribute is exactly ``css_class``."""
    found = re.findall(rf'<(\w+) class="{css_class}"[^>]*>(.*?)</\1>', markup, re.DOTALL)
    # spaces folded, a no-break space kept
    return [
        re.sub(r"[ \t\n]+", " ", html.unescape(TAGS.sub("", inner))).strip() for _, inner in found
    ]


@pytest.fixture
def sectioned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan.md").write_text(
        "# Verksamhetsplan 2027\n\n"
        "## Ekonomi\n\n"
        "- Öka intäkterna från 6 till 8 MSEK senast 2027-12-31.\n"
        "- Vi ska försöka minska kostnaderna.\n\n"
        "## Medlemmar\n\n"
        "- Värva fler medlemmar.\n"
        "  - Värva 50 nya medlemmar via skolorna senast 2027-06-30.\n",
        encoding="utf-8",
    )
    (tmp_path / "okr.yaml").write_text(
        "objectives:\n"
        "  - title: Happier customers\n"
        "    key_results:\n"
        "      - Raise NPS from 30 to 45 by 2027-12-31.\n"
        "      - Improve support response times.\n",
        encoding="utf-8",
    )
    (tmp_path / "mål.txt").write_text("Läsa fler böcker i år.\n", encoding="utf-8")
    return tmp_path


def test_html_each_document_in_its_own_language(plans: Path) -> None:
    results, options = lint()
    markup = format_html(results, options)
    assert markup.startswith('<!DOCTYPE html>\n<html lang="en">')  # 2 English documents of 3
    assert "<h1>smartlint report</h1>" in markup and "Goals that pass each letter" in markup
    documents = documents_of(markup)
    swedish, english = documents["mål.txt"], documents["goals.md"]
    assert swedish[0] == "sv" and english[0] == "en" and documents["en.txt"][0] == "en"
    letters = ["S", "M", "A", "R", "T"]
    assert column_names(swedish[1]) == [
        "Rad", "Mål", *letters, "Anmärkningar", "Föreslagen omskrivning",
    ]  # fmt: skip
    assert column_names(english[1]) == ["Line", "Goal", *letters, "Findings", "Suggested rewrite"]
    assert texts_of(swedish[1], "doc-overview") == ["3 mål, 1 helt SMART"]
    assert texts_of(english[1], "doc-overview") == ["2 goals, 1 fully SMART"]
    assert 'title="R: relevant, uppfyllt"' in swedish[1]
    assert 'title="R: relevant, holds"' in english[1]


def test_html_page_language_is_the_majority_or_lang(plans: Path) -> None:
    (plans / "mer.txt").write_text("Minska sjukfrånvaron till 5 % senast 2027-12-31.\n")
    (plans / "plan.txt").write_text("Ha 10 mötesfria dagar senast 2027-06-30.\n")
    results, options = lint()  # 3 Swedish documents of 5
    markup = format_html(results, options)
    assert markup.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert "<h1>smartlint-rapport</h1>" in markup and "<title>smartlint-rapport</title>" in markup
    assert "5 filer, 8 mål, 4 helt SMART" in markup
    assert "Mål som klarar varje bokstav" in markup and "<h2>Dokument</h2>" in markup
    assert texts_of(markup, "count")[0] == "5 av 8 (62\u00a0%)"
    assert "<b>M</b> mätbart" in markup and "<b>T</b> tidsbundet" in markup
    assert "Referensdatum" in markup and "alla påslagna" in markup
    assert documents_of(markup)["goals.md"][0] == "en"  # its own part stays English
    english = format_html(*lint_with(lang="en"))
    assert english.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert {lang for lang, _ in documents_of(english).values()} == {"en"}


def lint_with(**settings: str) -> tuple[list[FileResult], Options]:
    options = Options(today=TODAY, want_slots=False, **settings)
    return run_check([Path(".")], options), options


def test_html_goals_stand_under_their_headings_and_objectives(sectioned: Path) -> None:
    results, options = lint()
    markup = format_html(results, options)
    plan = documents_of(markup)["plan.md"][1]
    assert texts_of(plan, "heading") == [
        "Verksamhetsplan 2027 › Ekonomi",
        "Verksamhetsplan 2027 › Medlemmar",
    ]
    rows = re.findall(r'<tr class="(heading|goal)"', plan)
    assert rows == ["heading", "goal", "goal", "heading", "goal", "goal"]
    assert [r["data-heading"] for r in Elements(plan).find("tr", "goal")] == [
        "Ekonomi", "Ekonomi", "Medlemmar", "Medlemmar",
    ]  # fmt: skip
    assert texts_of(plan, "parent") == ["Del av: Värva fler medlemmar."]
    okr = documents_of(markup)["okr.yaml"][1]
    assert texts_of(okr, "heading") == []
    assert texts_of(okr, "parent") == ["Part of: Happier customers"] * 2


def test_html_parent_in_another_file_is_named(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "company.yaml").write_text(
        'goals:\n  - goal: "Grow revenue to 1,000,000 kr by 2027-12-31."\n    id: revenue\n'
    )
    (tmp_path / "team.yaml").write_text(
        'goals:\n  - goal: "Close 500,000 kr of new revenue by 2027-12-31."\n    parent: revenue\n'
    )
    results, options = lint()
    team = documents_of(format_html(results, options))["team.yaml"][1]
    assert texts_of(team, "parent") == [
        "Part of: Grow revenue to 1,000,000 kr by 2027-12-31. company.yaml"
    ]


def test_markdown_report_headings_and_language(sectioned: Path) -> None:
    results, options = lint()
    markdown = format_markdown(results, options)
    assert markdown.startswith("# smartlint-rapport\n")  # 2 Swedish documents of 3
    assert "| Bokstav | Klarar | Andel | |" in markdown
    assert "**Verksamhetsplan 2027 › Medlemmar**\n\n| Rad | Mål | S |" in markdown
    assert "| Line | Goal | S | M | A | R | T | Findings | Suggested rewrite |" in markdown
    assert "Improve support response times.<br>_Part of: Happier customers_" in markdown
    assert "<br>_Del av: Värva fler medlemmar._" in markdown


def test_browser_renders_languages_and_headings(sectioned: Path, tmp_path: Path) -> None:
    assert report(".", "-o", "report.html").exit_code == 0
    url = (sectioned / "report.html").as_uri()
    dom = chromium(tmp_path, "--dump-dom", url).stdout
    assert re.search(r'<html lang="sv">', dom)
    documents = documents_of(dom)
    assert {path: lang for path, (lang, _) in documents.items()} == {
        "okr.yaml": "en",
        "plan.md": "sv",
        "mål.txt": "sv",
    }
    assert column_names(documents["plan.md"][1])[:2] == ["Rad", "Mål"]
    assert column_names(documents["okr.yaml"][1])[:2] == ["Line", "Goal"]
    assert texts_of(documents["plan.md"][1], "heading")[1] == "Verksamhetsplan 2027 › Medlemmar"
    assert texts_of(documents["okr.yaml"][1], "parent")[0] == "Part of: Happier customers"
    assert len(Elements(dom).find("tr", "goal")) == 8
    shot = tmp_path / "sectioned.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", url)
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
