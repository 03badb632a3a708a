"""``smartlint report``: the HTML page and the Markdown, checked as text and in a real browser."""

from __future__ import annotations

import datetime as dt
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
    stdout = report("mål.txt", "-o", "-")
    assert stdout.exit_code == 0 and stdout.stdout.startswith("# smartlint report")
    assert "## mål.txt" in stdout.stdout


def test_cli_passes_the_lint_options(plans: Path) -> None:
    result = report("mål.txt", "--lang", "sv", "--ignore", "hedge", "-o", "-")
    assert "| **A** achievable | 3 of 3 | 100% |" in result.stdout
    assert "Language: sv" in result.stdout and "Ignored: hedge" in result.stdout
    only = report("mål.txt", "--select", "missing-number", "-o", "-")
    assert "| **S** specific | 3 of 3 |" in only.stdout


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
