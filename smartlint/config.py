"""Configuration: ``.smartlint.yaml`` or ``[tool.smartlint]``, found upward from a file.

Unknown keys are errors, never ignored: a typo in ``ignroe`` must not
silently lint with every rule on.  Errors name the file and line.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from smartlint.bounded import DATA_LIMIT, ReadRefused, read_limited, read_text_limited
from smartlint.model import SEVERITIES
from smartlint.sources.spec import GoalSpec, MarkdownSpec, YamlSpec
from smartlint.yamldata import DataFileError, Located, Path_, load_data

CONFIG_NAMES = (".smartlint.yaml", ".smartlint.yml")
LANG_CHOICES = ("auto", "sv", "en")
_KEYS = {
    "lang",
    "select",
    "ignore",
    "severity",
    "rules_dirs",
    "exclude",
    "period",
    "pipeline",
    "rollup_tolerance",
    "fiscal_year_start",
    "max_change_factor",
    "rewrite_max_words",
    "per_file",
    "goals",
}
_PER_FILE_KEYS = {"select", "ignore", "severity"}


@dataclass(frozen=True)
class Period:
    """A plan period: the first and last day goals of a document may run to."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Config:
    """One configuration file's settings (or the defaults, with ``path=None``)."""

    path: Path | None = None
    lang: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    rules_dirs: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    period: Period | None = None
    pipeline: tuple[tuple[str, str], ...] = ()
    rollup_tolerance: float = 0.01
    fiscal_year_start: int = 1
    max_change_factor: float = 3.0
    rewrite_max_words: int = 10
    # (glob, select, ignore, severity) for files matching a glob, relative to the config.
    per_file: tuple[
        tuple[str, tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]], ...
    ] = ()
    # Where goals are, when the readers' defaults misread a layout (``goals:``).
    goals: GoalSpec = field(default_factory=GoalSpec)
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)

    @property
    def origin(self) -> str:
        """The file to name in an error about this configuration."""
        return str(self.path) if self.path else "configuration"

    def model_for(self, lang: str) -> str | None:
        """Return the trained spaCy pipeline configured for ``lang``, if any."""
        return dict(self.pipeline).get(lang)


def find_config(start: Path) -> Path | None:
    """Return the nearest config file at or above ``start``'s folder."""
    folder = start if os.path.isdir(start) else start.parent
    return _find_in(folder.resolve())


def _find_in(folder: Path) -> Path | None:
    # A loop, not recursion: a folder 1,000 levels deep is no error.
    return next(filter(None, map(_config_in, (folder, *folder.parents))), None)


@lru_cache(maxsize=1024)
def _config_in(folder: Path) -> Path | None:
    """The config file of ``folder`` itself, if it has one.

    os.path.exists, not Path.is_file: a folder we may not search is no error
    here, and a config that is a FIFO or a link to a device is found and then
    refused by ``load_config`` with its name, not skipped in silence.
    """
    for name in CONFIG_NAMES:
        if os.path.exists(folder / name):
            return folder / name
    pyproject = folder / "pyproject.toml"
    if os.path.exists(pyproject) and _may_configure(pyproject):
        return pyproject
    return None


def forget_configs() -> None:
    """Drop every config found and read so far: the next lookup reads the disk.

    A CLI run reads each config once; the language server runs for days and
    calls this when a config file changes.
    """
    load_config.cache_clear()
    _config_in.cache_clear()


def _may_configure(pyproject: Path) -> bool:
    """Whether ``pyproject.toml`` has a smartlint table, or cannot be read to tell."""
    try:
        return b"[tool.smartlint" in read_limited(pyproject, DATA_LIMIT)
    except (OSError, ReadRefused):
        return True  # load_config names the file and says why it cannot be read


@lru_cache(maxsize=256)
def load_config(path: Path) -> Config:
    """Read and validate one config file."""
    try:
        text = read_text_limited(path, DATA_LIMIT)
    except ReadRefused as exc:
        raise DataFileError(str(path), None, f"cannot read config: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot read config: {exc}") from None
    if path.name == "pyproject.toml":
        data = _from_pyproject(text, path)
    else:
        data = load_data(text, str(path))
    return _build(data, path)


def _from_pyproject(text: str, path: Path) -> Located:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(str(path), None, f"invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise DataFileError(str(path), None, "invalid TOML: nested too deeply") from None
    tool = document.get("tool", {})
    table = tool.get("smartlint", {}) if isinstance(tool, dict) else {}
    lines: dict[tuple[str | int, ...], int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        key = line.split("=", 1)[0].strip()
        if key in table and (key,) not in lines:
            lines[(key,)] = number
    return Located(table, lines, str(path))


def _build(data: Located, path: Path) -> Config:
    if data.value is None:  # an empty file: the defaults
        data = Located({}, data.lines, data.filename)
    raw = data.value
    if not isinstance(raw, dict):
        raise data.error((), "the configuration must be a mapping")
    for key in raw:
        if key not in _KEYS:
            raise data.error((key,), f"unknown key {key!r} (allowed: {', '.join(sorted(_KEYS))})")
    lang = raw.get("lang", "auto")
    if lang not in LANG_CHOICES:
        raise data.error(("lang",), f"lang must be one of {', '.join(LANG_CHOICES)}, not {lang!r}")
    severity = _mapping(data, "severity")
    for rule, level in severity.items():
        if level not in SEVERITIES:
            raise data.error(
                ("severity", rule), f"severity must be info, warning or error, not {level!r}"
            )
    pipeline = _mapping(data, "pipeline")
    for key, value in pipeline.items():
        if key not in ("sv", "en"):
            raise data.error(("pipeline", key), f"pipeline keys are sv and en, not {key!r}")
        if not isinstance(value, str) or not value.strip():
            raise data.error(("pipeline", key), "a pipeline is a package name or a folder path")
    fiscal = raw.get("fiscal_year_start", 1)
    if not isinstance(fiscal, int) or isinstance(fiscal, bool) or not 1 <= fiscal <= 12:
        raise data.error(("fiscal_year_start",), "fiscal_year_start must be a month number 1-12")
    factor = raw.get("max_change_factor", 3.0)
    if not _finite(factor) or factor <= 1:
        raise data.error(("max_change_factor",), "max_change_factor must be a number above 1")
    longest = raw.get("rewrite_max_words", 10)
    if not isinstance(longest, int) or isinstance(longest, bool) or longest < 1:
        raise data.error(
            ("rewrite_max_words",), "rewrite_max_words must be a whole number of words >= 1"
        )
    tolerance = raw.get("rollup_tolerance", 0.01)
    if not _finite(tolerance) or tolerance < 0:
        raise data.error(
            ("rollup_tolerance",), "rollup_tolerance must be a share >= 0 (0.01 = 1 %)"
        )
    exclude = _strings(data, "exclude")
    for number, glob in enumerate(exclude):
        _check_glob(data, ("exclude", number), glob)
    return Config(
        path=path,
        rollup_tolerance=float(tolerance),
        max_change_factor=float(factor),
        rewrite_max_words=longest,
        per_file=_per_file(data),
        lang=lang,
        select=tuple(_strings(data, "select")),
        ignore=tuple(_strings(data, "ignore")),
        severity=tuple(sorted(severity.items())),
        rules_dirs=tuple((path.parent / d).resolve() for d in _strings(data, "rules_dirs")),
        exclude=tuple(exclude),
        period=parse_period(raw["period"], data) if "period" in raw else None,
        pipeline=tuple(sorted((k, _pipeline_path(v, path)) for k, v in pipeline.items())),
        fiscal_year_start=fiscal,
        goals=_goal_spec(data),
        lines={str(k[0]): v for k, v in data.lines.items() if len(k) == 1},
    )


def _finite(value: Any) -> bool:
    """A number that is one: not a bool, not ``.nan`` or ``.inf``."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_glob(data: Located, where: Path_, glob: str) -> None:
    """Refuse a glob pathspec cannot compile, at its line, before any file is walked."""
    import pathspec

    try:
        pathspec.GitIgnoreSpec.from_lines([glob])
    except (ValueError, re.error) as exc:  # GitIgnorePatternError is a ValueError
        raise data.error(where, f"invalid glob {glob!r}: {exc}") from None


def _pipeline_path(value: Any, config_path: Path) -> str:
    """A package name stays as it is; a relative folder is read from the config's folder."""
    text = str(value)
    if "/" in text or "\\" in text or text.startswith((".", "~")):
        return str((config_path.parent / Path(text).expanduser()).resolve())
    return text


def for_file(config: Config, path: Path) -> Config:
    """Return ``config`` with the ``per_file`` settings whose glob matches ``path``."""
    if not config.per_file or config.path is None:
        return config
    import pathspec

    try:
        relative = path.resolve().relative_to(config.path.parent.resolve()).as_posix()
    except ValueError:
        return config
    select, ignore, severity = config.select, config.ignore, dict(config.severity)
    for glob, more_select, more_ignore, more_severity in config.per_file:
        if pathspec.GitIgnoreSpec.from_lines([glob]).match_file(relative):
            select = more_select or select
            ignore = (*ignore, *more_ignore)
            severity.update(more_severity)
    return replace(config, select=select, ignore=ignore, severity=tuple(sorted(severity.items())))


def excludes(config: Config, path: str, is_dir: bool = False) -> bool:
    """Whether the ``exclude`` globs of ``config`` leave out ``path`` (absolute, real folder).

    The globs are read as ``.gitignore`` lines relative to the config file's
    folder, like ``per_file`` and ``rules_dirs``: the same file is left out
    whichever folder smartlint runs from and whoever names it.
    """
    if not config.exclude or config.path is None:
        return False
    relative = os.path.relpath(path, os.path.realpath(config.path.parent))
    if relative == os.curdir or relative.split(os.sep, 1)[0] == os.pardir:
        return False
    relative = relative.replace(os.sep, "/") + ("/" if is_dir else "")
    return _exclude_spec(config.exclude).match_file(relative)


@lru_cache(maxsize=64)
def _exclude_spec(globs: tuple[str, ...]) -> Any:
    from smartlint.sources.walk import ignore_spec

    return ignore_spec(list(globs))


def _per_file(data: Located) -> tuple:  # type: ignore[type-arg]
    raw = _mapping(data, "per_file")
    entries = []
    for glob, settings in raw.items():
        where = ("per_file", glob)
        _check_glob(data, where, str(glob))
        if not isinstance(settings, dict):
            raise data.error(where, "each per_file entry maps a glob to select/ignore/severity")
        for key in settings:
            if key not in _PER_FILE_KEYS:
                raise data.error((*where, key), f"unknown per_file key {key!r}")
        line = data.line(where)
        nested = Located(settings, {(): line} if line else {}, data.filename)
        severity = _mapping(nested, "severity")
        for level in severity.values():
            if level not in SEVERITIES:
                raise data.error((*where, "severity"), "severity must be info, warning or error")
        entries.append(
            (str(glob), tuple(_strings(nested, "select")), tuple(_strings(nested, "ignore")),
             tuple(sorted(severity.items())))
        )  # fmt: skip
    return tuple(entries)


_GOAL_KEYS = {"markdown": {"sections", "columns"}, "yaml": {"keys"}}


def _goal_spec(data: Located) -> GoalSpec:
    """``goals: {markdown: {sections: [...], columns: [...]}, yaml: {keys: [...]}}``."""
    raw = _mapping(data, "goals")
    found: dict[str, dict[str, tuple[str, ...]]] = {"markdown": {}, "yaml": {}}
    for kind, settings in raw.items():
        where: tuple[str | int, ...] = ("goals", kind)
        if kind not in _GOAL_KEYS:
            raise data.error(where, f"unknown goals key {kind!r} (allowed: markdown, yaml)")
        if not isinstance(settings, dict):
            raise data.error(where, f"goals.{kind} must be a mapping")
        for key, value in settings.items():
            if key not in _GOAL_KEYS[kind]:
                allowed = ", ".join(sorted(_GOAL_KEYS[kind]))
                raise data.error(
                    (*where, key), f"unknown goals.{kind} key {key!r} (allowed: {allowed})"
                )
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                raise data.error((*where, key), f"goals.{kind}.{key} must be a list of text")
            found[kind][key] = tuple(value)
    return GoalSpec(MarkdownSpec(**found["markdown"]), YamlSpec(**found["yaml"]))


def _strings(data: Located, key: str) -> list[str]:
    value = data.value.get(key, [])
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise data.error((key,), f"{key} must be a list of text")
    return value


def _mapping(data: Located, key: str) -> dict[str, Any]:
    value = data.value.get(key, {})
    if not isinstance(value, dict):
        raise data.error((key,), f"{key} must be a mapping")
    return value


def parse_period(value: Any, data: Located | None = None) -> Period:
    """Read ``2027`` or ``{start: 2027-01-01, end: 2027-12-31}`` as a period."""

    def fail(problem: str) -> DataFileError:
        if data is None:
            return DataFileError("period", None, problem)
        return data.error(("period",), problem)

    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2200:
        return Period(dt.date(value, 1, 1), dt.date(value, 12, 31))
    if isinstance(value, dict) and set(value) == {"start", "end"}:
        try:
            start, end = (_date(value[k]) for k in ("start", "end"))
        except ValueError as exc:
            raise fail(f"period dates must be YYYY-MM-DD: {exc}") from None
        if end < start:
            raise fail("period end lies before its start")
        return Period(start, end)
    raise fail("period must be a year (2027) or {start: YYYY-MM-DD, end: YYYY-MM-DD}")


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
