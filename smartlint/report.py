"""The ``report`` outputs: one self-contained HTML page, or Markdown for a pull request.

A report is for people, not tools: per goal it shows which SMART letters hold
and which rules say why not, under a summary over all goals.  The page carries
its own CSS and no script or external link, so it opens the same from a CI
artifact, a mail or an archive years later.  Goal texts are user data and are
escaped everywhere.  Each document's part is in the document's language and
shows the headings (or the objective) each goal stands under; the page
around them is in one language (see ``report_text``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from smartlint import __version__
from smartlint.model import SMART_LETTERS, FileResult, Goal
from smartlint.pathtext import one_line
from smartlint.report_text import WORDS, Words, document_language, page_language

if TYPE_CHECKING:
    from smartlint.linter import Options


@dataclass(frozen=True)
class LetterCount:
    """How many of all goals pass one SMART letter."""

    letter: str
    category: str
    passed: int
    total: int

    @property
    def percent(self) -> int:
        """The share that passes, rounded; 0 when there are no goals."""
        return round(100 * self.passed / self.total) if self.total else 0


def letter_counts(results: Sequence[FileResult]) -> list[LetterCount]:
    """Count, for each of S, M, A, R, T, the goals in which it holds."""
    goals = [goal for result in results for goal in result.goals]
    return [
        LetterCount(letter, category, sum(goal.smart[letter] for goal in goals), len(goals))
        for letter, category in SMART_LETTERS.items()
    ]


def suggested_rewrite(goal: Goal) -> str | None:
    """The goal's rewrite: its findings share one, so the report shows it once."""
    return goal.rewrite.text if goal.rewrite is not None else None


def overview(results: Sequence[FileResult], words: Words = WORDS["en"]) -> str:
    """One line that counts files, goals, fully SMART goals and unreadable files."""
    goals = [goal for result in results for goal in result.goals]
    errors = sum(1 for result in results if result.errors)
    text = f"{words.count(len(results), words.file)}, {goal_overview(goals, words)}"
    if errors:
        text += ", " + words.not_readable[errors != 1].format(n=errors)
    return text


def goal_overview(goals: Sequence[Goal], words: Words = WORDS["en"]) -> str:
    """Count goals and the fully SMART ones among them."""
    smart = sum(all(goal.smart.values()) for goal in goals)
    return f"{words.count(len(goals), words.goal)}, {words.fully_smart.format(n=smart)}"


def settings(options: Options, words: Words = WORDS["en"]) -> list[tuple[str, str]]:
    """The options that shaped the report, as (label, value) for its header."""
    date, language, config, rules, ignored = words.settings
    return [
        (date, options.today.isoformat()),
        (language, options.lang),
        (config, str(options.config_path) if options.config_path else words.discovered),
        (rules, ", ".join(options.select) or words.all_enabled),
        (ignored, ", ".join(options.ignore) or words.none),
        ("smartlint", __version__),
    ]


def passed_text(count: LetterCount, words: Words) -> str:
    """``3 of 6 (50%)`` / ``3 av 6 (50 %)``."""
    return f"{count.passed} {words.of} {count.total} ({words.percent(count.percent)})"


@dataclass(frozen=True)
class Parent:
    """The goal another goal belongs to (its objective, or the list item it is under)."""

    text: str
    path: str | None  # the parent's file when it is not the goal's own


def parents(results: Sequence[FileResult]) -> dict[tuple[int, int], Parent]:
    """Each goal's parent by (file number, goal number), as the goal-set rules link them."""
    from smartlint.goalset import build_tree

    found = {}
    for node in build_tree(list(results)):
        if node.parent is not None:
            other = node.parent.file != node.file
            found[(node.file, node.index)] = Parent(
                node.parent.goal.text, results[node.parent.file].path if other else None
            )
    return found


# --- HTML ---------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"(<[^<>\n]+>)")

# Pass and fail are told by a symbol as well as by colour; colours meet WCAG AA contrast.
_CSS = """
:root { color-scheme: light; --pass: #116329; --pass-bg: #dafbe1; --fail: #a40e26;
  --fail-bg: #ffebe9; --line: #d0d7de; --muted: #57606a; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Noto Sans", sans-serif; color: #1f2328; background: #fff; margin: 0 auto;
  padding: 1.5rem 2rem 3rem; max-width: 96rem; line-height: 1.45; font-size: 15px; }
h1 { margin: 0 0 .25rem; font-size: 1.7rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.overview { font-size: 1.05rem; margin: 0 0 .5rem; }
.settings { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: 0; color: var(--muted); }
.settings div { display: flex; gap: .4rem; }
.settings dt { font-weight: 600; }
.settings dd { margin: 0; }
.chart { border-collapse: collapse; }
.chart th { text-align: left; font-weight: normal; padding: .2rem 1rem .2rem 0; }
.chart .bar-cell { width: 22rem; }
.bar { background: var(--fail-bg); border: 1px solid var(--line); height: 1.1rem; }
.fill { background: var(--pass); height: 100%; }
.chart .count { padding-left: 1rem; font-variant-numeric: tabular-nums; }
#summary { display: flex; flex-wrap: wrap; gap: 0 4rem; align-items: flex-start; }
nav ul { margin: 0; padding-left: 1.25rem; }
nav li { margin: .1rem 0; }
table.goals { border-collapse: collapse; width: 100%; table-layout: fixed; }
.goals th, .goals td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top;
  text-align: left; box-sizing: border-box; }
.goals thead th { background: #f6f8fa; position: sticky; top: 0; }
.goals tbody tr:nth-child(even) { background: #fafbfc; }
.goals .line { width: 3.5rem; text-align: right; color: var(--muted);
  font-variant-numeric: tabular-nums; }
.goals th:nth-child(2) { width: 19%; }
.goals .text { font-weight: 500; overflow-wrap: anywhere; }
.goals th.letter { width: 5rem; text-align: center; }
.goals td.letter { text-align: center; font-weight: 700; padding: .35rem .25rem; }
.goals td.pass { color: var(--pass); background: var(--pass-bg); }
.goals td.fail { color: var(--fail); background: var(--fail-bg); }
.goals td.letter small { display: block; font-weight: normal; font-size: .68rem;
  line-height: 1.2; margin-top: .15rem; }
.goals td.letter small + small { margin-top: .35rem; }
.findings ul { margin: 0; padding-left: 1.1rem; }
.findings li + li { margin-top: .2rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8em;
  color: var(--muted); white-space: nowrap; }
.goals th:last-child { width: 20%; }
.findings, .suggestion { overflow-wrap: break-word; }
.placeholder { background: #fff8c5; border: 1px dashed #d4a72c; border-radius: 3px;
  padding: 0 .15rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: .85em; }
.empty { color: var(--muted); }
.goals tr.heading th { background: #eef2f6; font-weight: 600; padding: .3rem .5rem; }
.goals .parent { color: var(--muted); font-weight: normal; font-size: .85em; margin-top: .2rem; }
#errors li { color: var(--fail); }
"""


def format_html(results: Sequence[FileResult], options: Options) -> str:
    """The whole report as one HTML page with inline CSS and no script."""
    lang = page_language(results, options.lang)
    words = WORDS[lang]
    readable = [(number, result) for number, result in enumerate(results) if not result.errors]
    linked = parents(results)
    parts = [
        _html_header(results, options, words),
        _html_summary(letter_counts(results), [result for _, result in readable], words),
        *(
            _html_document(anchor, result, WORDS[document_language(result, lang)], linked, number)
            for anchor, (number, result) in enumerate(readable, 1)
        ),
        _html_errors(results, words),
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(words.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in parts if part)
        + "\n</body>\n</html>\n"
    )


def _html_header(results: Sequence[FileResult], options: Options, words: Words) -> str:
    items = "".join(
        f"<div><dt>{_e(label)}</dt><dd>{_e(value)}</dd></div>"
        for label, value in settings(options, words)
    )
    return (
        f"<header>\n<h1>{_e(words.title)}</h1>\n"
        f'<p class="overview">{_e(overview(results, words))}</p>\n'
        f'<dl class="settings">{items}</dl>\n</header>'
    )


def _html_summary(counts: list[LetterCount], readable: Sequence[FileResult], words: Words) -> str:
    rows = "\n".join(
        f'<tr class="letter-count" data-letter="{c.letter}" data-passed="{c.passed}" '
        f'data-total="{c.total}"><th scope="row"><b>{c.letter}</b> '
        f"{_e(words.categories[c.category])}</th>"
        f'<td class="bar-cell"><div class="bar"><div class="fill" style="width: {c.percent}%">'
        f'</div></div></td><td class="count">{_e(passed_text(c, words))}</td></tr>'
        for c in counts
    )
    links = "".join(
        f'<li><a href="#doc-{number}">{_e(one_line(result.path))}</a> '
        f"({_e(words.count(len(result.goals), words.goal))})</li>"
        for number, result in enumerate(readable, 1)
    )
    return (
        f'<section id="summary">\n<div><h2>{_e(words.chart)}</h2>\n'
        f'<table class="chart">\n{rows}\n</table></div>\n'
        f'<nav><h2>{_e(words.documents)}</h2><ul class="documents">{links}</ul></nav>\n</section>'
    )


def _html_document(
    anchor: int,
    result: FileResult,
    words: Words,
    linked: dict[tuple[int, int], Parent],
    number: int,
) -> str:
    path = _e(one_line(result.path))
    head = (
        f'<section class="document" id="doc-{anchor}" data-path="{path}" lang="{words.lang}">\n'
        f"<h2>{path}</h2>\n"
    )
    if not result.goals:
        return head + f'<p class="empty">{_e(words.no_goals)}</p>\n</section>'
    letters = "".join(f'<th class="letter" scope="col">{letter}</th>' for letter in SMART_LETTERS)
    line, goal, findings, rewrite = (_e(column) for column in words.columns)
    rows = []
    under: tuple[str, ...] = ()
    for index, item in enumerate(result.goals):
        if item.headings and item.headings != under:
            under = item.headings
            rows.append(_html_heading_row(under))
        rows.append(_html_goal_row(item, words, linked.get((number, index))))
    body = "\n".join(rows)
    return (
        f'{head}<p class="doc-overview">{_e(goal_overview(result.goals, words))}</p>\n'
        '<table class="goals">\n'
        f'<thead><tr><th class="line" scope="col">{line}</th><th scope="col">{goal}</th>'
        f'{letters}<th scope="col">{findings}</th><th scope="col">{rewrite}</th></tr></thead>\n'
        f"<tbody>\n{body}\n</tbody>\n</table>\n</section>"
    )


def _html_heading_row(headings: tuple[str, ...]) -> str:
    """A row across the table naming the headings the goals below it stand under."""
    trail = " › ".join(f"<span>{_e(one_line(title))}</span>" for title in headings)
    columns = 2 + len(SMART_LETTERS) + 2
    return f'<tr class="heading"><th colspan="{columns}" scope="colgroup">{trail}</th></tr>'


def _html_goal_row(goal: Goal, words: Words, parent: Parent | None) -> str:
    deciding = goal.deciding_rules()
    failing = " ".join(letter for letter, holds in goal.smart.items() if not holds)
    cells = "".join(_html_letter(letter, deciding[letter], words) for letter in SMART_LETTERS)
    findings = "".join(
        f'<li class="finding" data-rule="{_e(f.rule)}" data-severity="{f.severity}">'
        f"{_e(f.message)} <code>{_e(f.rule)}</code></li>"
        for f in goal.findings
    )
    rewrite = suggested_rewrite(goal)
    under = "" if parent is None else _html_parent(parent, words)
    heading = f' data-heading="{_e(one_line(goal.headings[-1]))}"' if goal.headings else ""
    return (
        f'<tr class="goal" data-line="{goal.span.line}" data-failing="{failing}"{heading}>'
        f'<td class="line">{goal.span.line}</td><td class="text" lang="{_e(goal.lang)}">'
        f"{_e(goal.text)}{under}</td>{cells}"
        f'<td class="findings">{f"<ul>{findings}</ul>" if findings else "—"}</td>'
        f'<td class="suggestion" lang="{_e(goal.lang)}">'
        f"{_html_rewrite(rewrite, goal.text)}</td></tr>"
    )


def _html_parent(parent: Parent, words: Words) -> str:
    where = f" <code>{_e(one_line(parent.path))}</code>" if parent.path else ""
    return (
        f'<div class="parent">{_e(words.part_of)}: <span class="parent-text">'
        f"{_e(parent.text)}</span>{where}</div>"
    )


def _html_letter(letter: str, rules: list[str], words: Words) -> str:
    if not rules:
        title = _e(f"{letter}: {words.categories[SMART_LETTERS[letter]]}, {words.holds}")
        return f'<td class="letter pass" data-letter="{letter}" title="{title}">✓</td>'
    names = "".join(f"<small>{_e(rule)}</small>" for rule in rules)
    return (
        f'<td class="letter fail" data-letter="{letter}" title="{_e(", ".join(rules))}">'
        f"✗{names}</td>"
    )


def _html_rewrite(rewrite: str | None, goal_text: str) -> str:
    """Escape the rewrite and mark the ``<...>`` placeholders it added for the author to fill."""
    if rewrite is None:
        return "—"
    pieces = _PLACEHOLDER.split(rewrite)
    return "".join(
        f'<span class="placeholder">{_e(piece)}</span>'
        if index % 2 and piece not in goal_text
        else _e(piece)
        for index, piece in enumerate(pieces)
    )


def _html_errors(results: Sequence[FileResult], words: Words) -> str:
    items = "".join(
        f'<li class="error" data-path="{_e(one_line(result.path))}">'
        f"<code>{_e(_where(result, line))}</code> "
        f"{_e(message)}</li>"
        for result in results
        for message, line in ((error.message, error.line) for error in result.errors)
    )
    if not items:
        return ""
    heading = f"<h2>{_e(words.errors)}</h2>"
    return f'<section id="errors">\n{heading}\n<ul>{items}</ul>\n</section>'


def _where(result: FileResult, line: int | None) -> str:
    return f"{one_line(result.path)}:{line}" if line else one_line(result.path)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# --- Markdown -----------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def format_markdown(results: Sequence[FileResult], options: Options) -> str:
    """The report as GitHub-flavoured Markdown, for a pull-request comment."""
    lang = page_language(results, options.lang)
    words = WORDS[lang]
    letter, passing, share = words.share
    lines = [
        f"# {words.title}",
        "",
        " · ".join(f"{label}: {_md(value)}" for label, value in settings(options, words)),
        "",
        f"**{_md(overview(results, words))}**",
        "",
        f"| {letter} | {passing} | {share} | |",
        "|---|---:|---:|---|",
    ]
    for c in letter_counts(results):
        bar = "█" * round(c.percent / 10) + "░" * (10 - round(c.percent / 10))
        lines.append(
            f"| **{c.letter}** {words.categories[c.category]} | "
            f"{c.passed} {words.of} {c.total} | "
            f"{words.percent(c.percent)} | {bar} |"
        )
    linked = parents(results)
    for number, result in enumerate(results):
        if not result.errors:
            document = WORDS[document_language(result, lang)]
            table = _md_goal_table(result.goals, document, linked, number)
            lines += ["", f"## {_md(one_line(result.path))}", "", *table]
    errors = [(r, e) for r in results for e in r.errors]
    if errors:
        lines += ["", f"## {words.errors}", ""]
        lines += [f"- `{_where(r, e.line)}`: {_md(e.message)}" for r, e in errors]
    return "\n".join(lines) + "\n"


def _md_goal_table(
    goals: Sequence[Goal], words: Words, linked: dict[tuple[int, int], Parent], number: int
) -> list[str]:
    if not goals:
        return [words.no_goals]
    line, goal_column, findings_column, rewrite_column = words.columns
    header = [
        f"| {line} | {goal_column} | S | M | A | R | T | {findings_column} | {rewrite_column} |",
        "|---:|---|:-:|:-:|:-:|:-:|:-:|---|---|",
    ]
    rows: list[str] = []
    under: tuple[str, ...] = ()
    for index, goal in enumerate(goals):
        if goal.headings and goal.headings != under:
            under = goal.headings
            rows += ([""] if rows else []) + [
                "**" + " › ".join(_md(one_line(title)) for title in under) + "**",
                "",
            ]
            rows += header
        elif not rows:
            rows += header
        deciding = goal.deciding_rules()
        letters = " | ".join(
            " ".join(["✗", *(f"`{rule}`" for rule in deciding[letter])])
            if deciding[letter]
            else "✓"
            for letter in SMART_LETTERS
        )
        findings = "<br>".join(f"{_md(f.message)} (`{f.rule}`)" for f in goal.findings) or "—"
        rewrite = suggested_rewrite(goal)
        parent = linked.get((number, index))
        text = _md(goal.text)
        if parent is not None:
            text += f"<br>_{_md(words.part_of)}: {_md(parent.text)}_"
        rows.append(
            f"| {goal.span.line} | {text} | {letters} | {findings} | "
            f"{_md(rewrite) if rewrite else '—'} |"
        )
    return rows


def _md(text: str) -> str:
    """Make user text literal in a table cell: Markdown and HTML inert, one line."""
    escaped = html.escape(_MD_SPECIAL.sub(r"\\\1", text), quote=False)
    return _NEWLINE.sub("<br>", escaped)


# --- Choosing the format ------------------------------------------------------------

ReportFormatter = Callable[[Sequence[FileResult], "Options"], str]
SUFFIXES: dict[str, ReportFormatter] = {
    ".html": format_html,
    ".htm": format_html,
    ".md": format_markdown,
    ".markdown": format_markdown,
}


def formatter_for(output: str) -> ReportFormatter | None:
    """The format the output's name asks for; ``-`` (standard output) is Markdown."""
    if output == "-":
        return format_markdown
    return SUFFIXES.get(PurePath(output).suffix.lower())
