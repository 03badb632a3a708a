"""The ``smartlint`` command line.

Only click is imported at start: spaCy, the rules and the sources are
imported inside the commands that need them, so ``--help``, ``--version``
and configuration errors answer at once.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from smartlint import __version__

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from smartlint.goallist import ListedFile
    from smartlint.linter import Options
    from smartlint.model import RunResult
    from smartlint.rules.loader import RuleSet

FORMATS = ("text", "concise", "json", "sarif", "github")
LEVELS = ("info", "warning", "error")
COLOURS = ("auto", "always", "never")
EXIT_USAGE = 2


def _rule_list(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def _today(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _options(
    lang: str,
    today_text: str | None,
    config_path: Path | None,
    select: str | None,
    ignore: str | None,
    want_slots: bool,
) -> Options:
    """The linting options of ``check`` and ``report`` (see ``_lint_options``)."""
    from smartlint.linter import Options

    if config_path is not None and not config_path.is_file():
        raise click.BadParameter(f"{config_path} does not exist", param_hint="--config")
    return Options(
        today=_today(today_text),
        lang=lang,
        select=_rule_list(select),
        ignore=_rule_list(ignore),
        config_path=config_path,
        want_slots=want_slots,
    )


def _complete_rules(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Rule ids for the shell to complete, after the last comma of ``incomplete``.

    Only the built-in rules: a team's own come from a config the shell
    cannot know yet.
    """
    from click.shell_completion import CompletionItem

    from smartlint.rules.loader import load_rules
    from smartlint.yamldata import DataFileError

    done, comma, last = incomplete.rpartition(",")
    try:
        rules = load_rules().rules
    except DataFileError:
        return []
    return [
        CompletionItem(done + comma + rule.id, help=rule.summary)
        for rule in rules
        if rule.id.startswith(last)
    ]


def _lint_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options that say how to lint, shared by ``check`` and ``report``."""
    options = [
        click.option(
            "--lang",
            type=click.Choice(("auto", "sv", "en")),
            default="auto",
            show_default=True,
            help="Language of the goals; auto detects it per document.",
        ),
        click.option(
            "--today",
            "today_text",
            metavar="YYYY-MM-DD",
            help="Reference date for relative deadlines and deadline-passed.",
        ),
        click.option(
            "--config",
            "config_path",
            type=click.Path(path_type=Path, dir_okay=False),
            help="Use this config file instead of the discovered one.",
        ),
        click.option(
            "--select",
            metavar="RULE,...",
            help="Run only these rules.",
            shell_complete=_complete_rules,
        ),
        click.option(
            "--ignore", metavar="RULE,...", help="Skip these rules.", shell_complete=_complete_rules
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


class _Guarded(click.Group):
    """The command group, with the last guard of a run: no traceback, never exit 1.

    Exit status 1 means "findings"; a crash that exited 1 would look like
    findings in CI.  So an error no command handled is one line on stderr
    and exit status 2; so is output that cannot be written (``/dev/full``).
    """

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; turn what escapes it into one line and exit status 2."""
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except OSError as exc:
            _silence_stdout()
            click.echo(f"smartlint: error: cannot write output: {exc.strerror or exc}", err=True)
        except Exception as exc:
            _silence_stdout()
            name = type(exc).__name__
            click.echo(f"smartlint: internal error ({name}: {exc}); please report it", err=True)
        sys.exit(EXIT_USAGE)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so flushing it at exit cannot fail again."""
    import os

    try:
        sys.stdout.flush()
    except (OSError, ValueError, AttributeError):
        pass
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="smartlint")
def main() -> None:
    """Lint goals written in Swedish or English and say what keeps them from being SMART."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--format",
    "--output-format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format (--output-format is the same option, as in ruff).",
)
@_lint_options
@click.option(
    "--fail-level",
    type=click.Choice(LEVELS),
    default="warning",
    show_default=True,
    help="Lowest severity that makes the exit status 1.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (still 2 on errors).")
@click.option("--stdin-filename", metavar="PATH", help="The name used for '-'.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes in place.")
@click.option(
    "--show-fixes", is_flag=True, help="With --fix: list every goal it rewrote, and the rules."
)
@click.option(
    "--diff",
    "diff_ref",
    metavar="REF",
    help="Report only findings on lines changed since the git ref REF.",
)
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of the findings.")
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="Findings and errors only: no notes, summary, fix count or progress bar.",
)
@click.option(
    "--color",
    "colour",
    type=click.Choice(COLOURS),
    default="auto",
    show_default=True,
    help="Colour text output; auto: only on a terminal, and not when NO_COLOR is set.",
)
@click.option(
    "--show-goals",
    is_flag=True,
    help="First list what is taken as goals and what each inherits (as 'smartlint goals').",
)
def check(
    paths: tuple[Path, ...],
    fmt: str,
    lang: str,
    today_text: str | None,
    config_path: Path | None,
    select: str | None,
    ignore: str | None,
    fail_level: str,
    exit_zero: bool,
    stdin_filename: str | None,
    fix: bool,
    show_fixes: bool,
    diff_ref: str | None,
    statistics: bool,
    quiet: bool,
    colour: str,
    show_goals: bool,
) -> None:
    """Lint goal documents (.md, .txt, .yaml) in PATHS; '-' reads standard input."""
    from smartlint.output import FOR_PEOPLE, Style, emit, emit_fixes
    from smartlint.paint import COLOUR, PLAIN
    from smartlint.terminal import wants_colour

    if statistics and fmt not in (*FOR_PEOPLE, "json"):
        raise click.UsageError(f"--statistics prints text or JSON, not --format {fmt}")
    if show_fixes and not fix:
        raise click.UsageError("--show-fixes lists what --fix rewrote: add --fix")
    options = _options(lang, today_text, config_path, select, ignore, want_slots=fmt == "json")
    listed = [p for p in paths if str(p) != "-"] if paths else [Path(".")]
    if show_goals and listed:
        # before --fix changes the files; on stderr when stdout is for a machine
        # (standard input is read once, by the lint)
        _echo_goals(listed, options, fmt != "text")
    results = _lint(list(paths) or [Path(".")], options, quiet, stdin_filename, fix, diff_ref)
    people = fmt in FOR_PEOPLE
    style = Style(
        fmt,
        COLOUR if people and wants_colour(colour, sys.stdout) else PLAIN,
        COLOUR if wants_colour(colour, sys.stderr) else PLAIN,
        quiet,
        statistics,
    )
    emit(results, options, style)
    if fix:
        emit_fixes(results, style, show_fixes)
    sys.exit(results.exit_status(fail_level, exit_zero))


def _lint(
    paths: list[Path],
    options: Options,
    quiet: bool,
    stdin_filename: str | None = None,
    fix: bool = False,
    diff_ref: str | None = None,
) -> RunResult:
    """Lint through the Python API, with a progress bar on a terminal; a run error exits 2."""
    from smartlint.api import lint_paths
    from smartlint.runner import RunError
    from smartlint.terminal import Progress

    try:
        with Progress(sys.stderr, enabled=not quiet) as progress:
            return lint_paths(
                paths,
                config=options.config_path,
                lang=options.lang,
                today=options.today,
                select=options.select,
                ignore=options.ignore,
                fix=fix,
                diff_ref=diff_ref,
                stdin_filename=stdin_filename,
                slots=options.want_slots,
                progress=progress,
            )
    except RunError as exc:
        click.echo(f"smartlint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False),
              help="Use this config file instead of the discovered one.")  # fmt: skip
def goals(paths: tuple[Path, ...], fmt: str, config_path: Path | None) -> None:
    """List what is taken as goals in PATHS and what each inherits (deadline, owner, ...)."""
    options = _options("auto", None, config_path, None, None, want_slots=False)
    if fmt == "json":
        from smartlint.goallist import format_goals_json, list_goals

        files = _listed(list(paths) or [Path(".")], options, list_goals)
        click.echo(format_goals_json(files), nl=False)
    else:
        files = _echo_goals(list(paths) or [Path(".")], options, to_stderr=False)
    sys.exit(EXIT_USAGE if any(f.errors for f in files) else 0)


def _echo_goals(paths: list[Path], options: Options, to_stderr: bool) -> list[ListedFile]:
    from smartlint.goallist import iter_goals_text, list_goals

    files = _listed(paths, options, list_goals)
    click.echo("".join(iter_goals_text(files)), nl=False, err=to_stderr)
    return files


def _listed(
    paths: list[Path], options: Options, list_goals: Callable[..., list[ListedFile]]
) -> list[ListedFile]:
    from smartlint.yamldata import DataFileError

    try:
        return list_goals(paths, options)
    except DataFileError as exc:
        click.echo(f"smartlint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.option(
    "--stdio", is_flag=True, help="Talk over standard input and output (the only transport)."
)
def lsp(stdio: bool) -> None:
    """Run the Language Server on stdio (diagnostics on open/change/save, quick fixes).

    Editors pass --stdio by default; it changes nothing.
    """
    from smartlint.lsp import serve

    serve()


@main.command("rules")
def list_rules() -> None:
    """List every rule: id, SMART category, default severity, summary."""
    rules = _load_rules_or_exit()
    width = max(len(rule.id) for rule in rules.rules)
    for rule in rules.rules:
        click.echo(f"{rule.id:<{width}}  {rule.category:<10}  {rule.severity:<7}  {rule.summary}")


@main.command()
@click.argument("rule", shell_complete=_complete_rules)
def explain(rule: str) -> None:
    """Show a rule's documentation with examples in both languages."""
    from smartlint.explain import explain_rule

    rules = _load_rules_or_exit()
    spec = rules.find(rule)
    if spec is None:
        click.echo(f"smartlint: error: unknown rule {rule!r}; see 'smartlint rules'", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(explain_rule(spec))


def _load_rules_or_exit() -> RuleSet:
    from smartlint.rules.loader import load_rules
    from smartlint.yamldata import DataFileError

    try:
        return load_rules()
    except DataFileError as exc:
        click.echo(f"smartlint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="FILE",
    help="report.html: one HTML page; report.md: Markdown; '-': Markdown on standard output.",
)
@_lint_options
def report(
    paths: tuple[Path, ...],
    output: str,
    lang: str,
    today_text: str | None,
    config_path: Path | None,
    select: str | None,
    ignore: str | None,
) -> None:
    """Write a SMART report of PATHS: one HTML page or Markdown, chosen by the --output suffix.

    Exit status 0 when the report was written, findings or not; 2 on a usage or
    configuration error, or when a file could not be read (the report lists it).
    """
    from smartlint.formatters import summary
    from smartlint.output import echo_errors
    from smartlint.report import formatter_for

    render = formatter_for(output)
    if render is None:
        raise click.BadParameter(
            f"{output}: name it *.html for a web page or *.md for Markdown", param_hint="--output"
        )
    options = _options(lang, today_text, config_path, select, ignore, want_slots=False)
    results = _lint(list(paths) or [Path(".")], options, quiet=False)
    text = render(results, options)
    if output == "-":
        click.echo(text, nl=False)
    else:
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            click.echo(f"smartlint: error: cannot write {output}: {exc.strerror}", err=True)
            sys.exit(EXIT_USAGE)
        click.echo(f"wrote {output}: {summary(results)}", err=True)
    echo_errors(results)
    sys.exit(EXIT_USAGE if results.errors else 0)
