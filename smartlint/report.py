"""The ``report`` outputs: one self-contained HTML page, or Markdown for a pull request.

A report is for people, not tools: per goal it shows which SMART letters hold
and which rules say why not, under a summary over all goals.  The page carries
its own CSS and no script or external link, so it opens the same from a CI
artifact, a mail or an archive years later.  Goal texts are user data and are
escaped everywhere.
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


def overview(results: Sequence[FileResult]) -> str:
    """One line that counts files, goals, fully SMART goals and unreadable files."""
    goals = [goal for result in results for goal in result.goals]
    errors = sum(1 for result in results if result.errors)
    text = f"{_count(len(results), 'file')}, {goal_overview(goals)}"
    return text + (f", {_count(errors, 'file')} not readable" if errors else "")


def goal_overview(goals: Sequence[Goal]) -> str:
    """Count goals and the fully SMART ones among them."""
    smart = sum(all(goal.smart.values()) for goal in goals)
    return f"{_count(len(goals), 'goal')}, {smart} fully SMART"


def settings(options: Options) -> list[tuple[str, str]]:
    """The options that shaped the report, as (label, value) for its header."""
    return [
        ("Reference date", options.today.isoformat()),
        ("Language", options.lang),
        ("Config", str(options.config_path) if options.config_path else "discovered"),
        ("Rules", ", ".join(options.select) or "all enabled"),
        ("Ignored", ", ".join(options.ignore) or "none"),
        ("smartlint", __version__),
    ]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


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
#errors li { color: var(--fail); }
"""


def format_html(results: Sequence[FileResult], options: Options) -> str:
    """The whole report as one HTML page with inline CSS and no script."""
    readable = [result for result in results if not result.errors]
    parts = [
        _html_header(results, options),
        _html_summary(letter_counts(results), readable),
        *(_html_document(number, result) for number, result in enumerate(readable, 1)),
        _html_errors(results),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>smartlint report</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in parts if part)
        + "\n</body>\n</html>\n"
    )


def _html_header(results: Sequence[FileResult], options: Options) -> str:
    items = "".join(
        f"<div><dt>{_e(label)}</dt><dd>{_e(value)}</dd></div>" for label, value in settings(options)
    )
    return (
        f'<header>\n<h1>smartlint report</h1>\n<p class="overview">{_e(overview(results))}</p>\n'
        f'<dl class="settings">{items}</dl>\n</header>'
    )


def _html_summary(counts: list[LetterCount], readable: Sequence[FileResult]) -> str:
    rows = "\n".join(
        f'<tr class="letter-count" data-letter="{c.letter}" data-passed="{c.passed}" '
        f'data-total="{c.total}"><th scope="row"><b>{c.letter}</b> {c.category}</th>'
        f'<td class="bar-cell"><div class="bar"><div class="fill" style="width: {c.percent}%">'
        f'</div></div></td><td class="count">{c.passed} of {c.total} ({c.percent}%)</td></tr>'
        for c in counts
    )
    links = "".join(
        f'<li><a href="#doc-{number}">{_e(one_line(result.path))}</a> '
        f"({_count(len(result.goals), 'goal')})</li>"
        for number, result in enumerate(readable, 1)
    )
    return (
        '<section id="summary">\n<div><h2>Goals that pass each letter</h2>\n'
        f'<table class="chart">\n{rows}\n</table></div>\n'
        f'<nav><h2>Documents</h2><ul class="documents">{links}</ul></nav>\n</section>'
    )


def _html_document(number: int, result: FileResult) -> str:
    head = f'<section class="document" id="doc-{number}" data-path="{_e(one_line(result.path))}">\n'
    head += f"<h2>{_e(one_line(result.path))}</h2>\n"
    if not result.goals:
        return head + '<p class="empty">No goals found.</p>\n</section>'
    letters = "".join(f'<th class="letter" scope="col">{letter}</th>' for letter in SMART_LETTERS)
    rows = "\n".join(_html_goal_row(goal) for goal in result.goals)
    return (
        f'{head}<p class="doc-overview">{_e(goal_overview(result.goals))}</p>\n'
        '<table class="goals">\n'
        f'<thead><tr><th class="line" scope="col">Line</th><th scope="col">Goal</th>{letters}'
        '<th scope="col">Findings</th><th scope="col">Suggested rewrite</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>\n</section>"
    )


def _html_goal_row(goal: Goal) -> str:
    deciding = goal.deciding_rules()
    failing = " ".join(letter for letter, holds in goal.smart.items() if not holds)
    cells = "".join(_html_letter(letter, deciding[letter]) for letter in SMART_LETTERS)
    findings = "".join(
        f'<li class="finding" data-rule="{_e(f.rule)}" data-severity="{f.severity}">'
        f"{_e(f.message)} <code>{_e(f.rule)}</code></li>"
        for f in goal.findings
    )
    rewrite = suggested_rewrite(goal)
    return (
        f'<tr class="goal" data-line="{goal.span.line}" data-failing="{failing}">'
        f'<td class="line">{goal.span.line}</td><td class="text" lang="{_e(goal.lang)}">'
        f"{_e(goal.text)}</td>{cells}"
        f'<td class="findings">{f"<ul>{findings}</ul>" if findings else "—"}</td>'
        f'<td class="suggestion" lang="{_e(goal.lang)}">'
        f"{_html_rewrite(rewrite, goal.text)}</td></tr>"
    )


def _html_letter(letter: str, rules: list[str]) -> str:
    if not rules:
        title = f"{letter}: {SMART_LETTERS[letter]}, holds"
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


def _html_errors(results: Sequence[FileResult]) -> str:
    items = "".join(
        f'<li class="error" data-path="{_e(one_line(result.path))}">'
        f"<code>{_e(_where(result, line))}</code> "
        f"{_e(message)}</li>"
        for result in results
        for message, line in ((error.message, error.line) for error in result.errors)
    )
    if not items:
        return ""
    heading = "<h2>Files that could not be read</h2>"
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
    lines = [
        "# smartlint report",
        "",
        " · ".join(f"{label}: {_md(value)}" for label, value in settings(options)),
        "",
        f"**{_md(overview(results))}**",
        "",
        "| Letter | Passing | Share | |",
        "|---|---:|---:|---|",
    ]
    for c in letter_counts(results):
        bar = "█" * round(c.percent / 10) + "░" * (10 - round(c.percent / 10))
        lines.append(
            f"| **{c.letter}** {c.category} | {c.passed} of {c.total} | {c.percent}% | {bar} |"
        )
    for result in results:
        if not result.errors:
            lines += ["", f"## {_md(one_line(result.path))}", "", *_md_goal_table(result.goals)]
    errors = [(r, e) for r in results for e in r.errors]
    if errors:
        lines += ["", "## Files that could not be read", ""]
        lines += [f"- `{_where(r, e.line)}`: {_md(e.message)}" for r, e in errors]
    return "\n".join(lines) + "\n"


def _md_goal_table(goals: Sequence[Goal]) -> list[str]:
    if not goals:
        return ["No goals found."]
    rows = [
        "| Line | Goal | S | M | A | R | T | Findings | Suggested rewrite |",
        "|---:|---|:-:|:-:|:-:|:-:|:-:|---|---|",
    ]
    for goal in goals:
        deciding = goal.deciding_rules()
        letters = " | ".join(
            " ".join(["✗", *(f"`{rule}`" for rule in deciding[letter])])
            if deciding[letter]
            else "✓"
            for letter in SMART_LETTERS
        )
        findings = "<br>".join(f"{_md(f.message)} (`{f.rule}`)" for f in goal.findings) or "—"
        rewrite = suggested_rewrite(goal)
        rows.append(
            f"| {goal.span.line} | {_md(goal.text)} | {letters} | {findings} | "
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
