"""The time words of one language, read from ``rules/lexicon/time.{lang}.yaml``.

The patterns and the date arithmetic both need the same words (which month
"mars" is, which unit "åren" counts), so they are read once into one frozen
value.  Unknown or missing keys are an error naming the file, because a
misspelt key would otherwise silently drop a whole word class.  Number words
come from ``numbers.{lang}.yaml`` so that they are written in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from smartlint.nlp.lexicon import load_lexicon

MARKER_CATEGORIES = ("deadline", "by", "before", "within", "next", "baseline", "start")
PART_CATEGORIES = ("end", "start", "mid")
UNITS = ("minute", "hour", "day", "workday", "week", "month", "quarter", "half", "year")
PERIOD_UNITS = (
    "year", "half", "quarter", "month", "week", "fiscal_year", "school_year", "decade", "day",
)  # fmt: skip

_LIST_KEYS = (
    "case_sensitive_months",
    "months_need_date",
    "seasons",
    "season_homographs",
    "clause_words",
    "clause_subjects",
    "whole_words",
    "quarter_abbrevs",
    "quarter_words",
    "half_abbrevs",
    "half_words",
    "half_words_need_year",
    "week_words",
    "week_abbrevs",
    "year_words",
    "articles",
    "day_articles",
    "day_suffixes",
    "day_connectors",
    "year_connectors",
    "fiscal_prefixes",
    "academic_prefixes",
    "academic_suffixes",
    "events",
    "event_modifiers",
    "determiners",
    "definite_suffixes",
    "baseline_suffixes",
    "baseline_phrases",
    "rate_markers",
    "rate_phrases",
    "rate_joins",
    "decade_suffixes",
    "rate_metric_words",
    "slash_units",
    "half_suffixes",
    "duration_anchors",
    "frequency_words",
    "name_words",
    "count_nouns",
    "duration_markers",
    "tertial_words",
    "year_goal_nouns",
    "approximators",
    "year_modals",
    "year_subjects",
    "year_definite_endings",
    "year_relative_pronouns",
    "performance_markers",
)
_MAP_KEYS = (
    "months",
    "season_offsets",
    "year_relatives",
    "academic_year_end",
    "relative",
    "current_periods",
    "markers",
    "parts",
    "duration_units",
    "extra_numbers",
    "term_events",
    "grade_events",
    "age_events",
)


def norm(phrase: str) -> str:
    """Return ``phrase`` lowercased with single spaces: the key of every lookup."""
    return " ".join(phrase.lower().split())


@dataclass(frozen=True)
class TimeLexicon:
    """Every word list the time-expression layer reads, for one language."""

    lang: str
    words: dict[str, tuple[str, ...]]
    months: dict[str, int]
    season_offsets: dict[str, int]
    year_relatives: dict[str, int]
    academic_year_end: tuple[int, int]
    relative: dict[str, tuple[str, int, bool]]
    current_periods: dict[str, str]
    markers: dict[str, str]
    parts: dict[str, str]
    duration_units: dict[str, str]
    numbers: dict[str, float]
    ordinals: dict[str, int]

    def word_list(self, key: str) -> tuple[str, ...]:
        """Return the word list ``key`` (normalised)."""
        return self.words[key]

    def markers_of(self, category: str) -> list[str]:
        """Return the marker phrases of one category."""
        return [phrase for phrase, cat in self.markers.items() if cat == category]

    def parts_of(self, category: str) -> list[str]:
        """Return the part-of-period phrases of one category."""
        return [phrase for phrase, cat in self.parts.items() if cat == category]


def _fail(lang: str, what: str) -> ValueError:
    return ValueError(f"rules/lexicon/time.{lang}.yaml: {what}")


def _categorised(lang: str, key: str, data: Any, allowed: tuple[str, ...]) -> dict[str, str]:
    """Invert ``{category: [phrase, ...]}`` into ``{phrase: category}``."""
    out: dict[str, str] = {}
    for category, phrases in data.items():
        if category not in allowed:
            raise _fail(lang, f"{key}: unknown category {category!r}")
        for phrase in phrases:
            key_phrase = norm(str(phrase))
            if key_phrase in out:
                raise _fail(lang, f"{key}: {phrase!r} is in two categories")
            out[key_phrase] = category
    return out


def _relative(lang: str, data: dict[str, Any]) -> dict[str, tuple[str, int, bool]]:
    out: dict[str, tuple[str, int, bool]] = {}
    for phrase, value in data.items():
        if value[0] not in PERIOD_UNITS or len(value) not in (2, 3):
            raise _fail(lang, f"relative: bad entry {phrase!r}: {value!r}")
        out[norm(phrase)] = (value[0], int(value[1]), len(value) == 3 and value[2] == "end")
    return out


def _numbers(lang: str, extra: dict[str, Any]) -> tuple[dict[str, float], dict[str, int]]:
    """Number words usable before a duration unit, and ordinals."""
    numbers = load_lexicon("numbers", lang)
    values: dict[str, float] = {norm(w): float(v) for w, v in numbers["cardinals"].items()}
    for word in numbers.get("article_numbers", []):
        values[norm(word)] = 1.0
    values.update({norm(w): float(v) for w, v in extra.items()})
    ordinals = {norm(str(w)): int(v) for w, v in numbers["ordinals"].items()}
    return values, ordinals


def _check_parts(lang: str, key: str, spec: dict[str, Any], parts: tuple[str, ...]) -> None:
    """Refuse a generated list whose spec has other keys than ``parts``."""
    if set(spec) != set(parts):
        raise _fail(lang, f"{key}: needs exactly the keys {list(parts)}")


def _term_events(lang: str, spec: dict[str, Any]) -> tuple[str, ...]:
    """Every term of N years the spec makes: article + count + unit + noun ("a four-year plan")."""
    _check_parts(lang, "term_events", spec, ("articles", "counts", "units", "nouns"))
    return tuple(
        norm(f"{article}{count}{unit}{noun}")
        for article in spec["articles"]
        for count in spec["counts"]
        for unit in spec["units"]
        for noun in spec["nouns"]
    )


def _grade_events(lang: str, spec: dict[str, Any]) -> tuple[str, ...]:
    """Every school stage the spec makes: "grade 3", "3rd grade", "årskurs 6", "högstadiet".

    After "by the end of" or "innan" a stage bounds a goal as an event does
    ("Alla elever ska kunna simma i slutet av årskurs 5"); alone it names who.
    """
    _check_parts(
        lang, "grade_events", spec, ("names", "prefixes", "numbers", "ordinals", "suffixes")
    )
    numbered = (f"{prefix}{number}" for prefix in spec["prefixes"] for number in spec["numbers"])
    ordered = (f"{ordinal}{suffix}" for ordinal in spec["ordinals"] for suffix in spec["suffixes"])
    return tuple(norm(str(phrase)) for phrase in (*spec["names"], *numbered, *ordered))


def _age_events(lang: str, spec: dict[str, Any]) -> tuple[str, ...]:
    """Every age the spec makes: "the age of 40", "40 års ålder".

    After "by" or "before" an age bounds a person's goal as an event does ("be
    debt-free by the age of 45"); its date is the author's birthday, not given.
    """
    _check_parts(lang, "age_events", spec, ("prefixes", "first", "last", "suffixes"))
    return tuple(
        norm(f"{prefix}{age}{suffix}")
        for prefix in spec["prefixes"]
        for age in range(int(spec["first"]), int(spec["last"]) + 1)
        for suffix in spec["suffixes"]
    )


def _approximate(markers: dict[str, str], approximators: tuple[str, ...]) -> dict[str, str]:
    """Add "om knappt", "within roughly": a duration from today stays one when approximate."""
    out = dict(markers)
    for phrase, category in markers.items():
        if category in ("within", "next"):
            for word in approximators:
                out.setdefault(f"{phrase} {word}", category)
    return out


def build_time_lexicon(lang: str, data: dict[str, Any]) -> TimeLexicon:
    """Validate the mapping of a ``time.{lang}.yaml`` file and wrap it."""
    unknown = set(data) - set(_LIST_KEYS) - set(_MAP_KEYS)
    missing = (set(_LIST_KEYS) | set(_MAP_KEYS)) - set(data)
    if unknown or missing:
        raise _fail(lang, f"unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    units = {norm(w): u for w, u in data["duration_units"].items()}
    if bad := [w for w, u in units.items() if u not in UNITS]:
        raise _fail(lang, f"duration_units: unknown unit for {bad}")
    numbers, ordinals = _numbers(lang, data["extra_numbers"])
    end_month, end_day = data["academic_year_end"]
    words = {key: tuple(norm(str(w)) for w in data[key] or ()) for key in _LIST_KEYS}
    words["events"] += _term_events(lang, data["term_events"])
    words["grade_events"] = _grade_events(lang, data["grade_events"])
    words["events"] += words["grade_events"]
    words["events"] += _age_events(lang, data["age_events"])
    return TimeLexicon(
        lang=lang,
        words=words,
        months={norm(w): int(m) for w, m in data["months"].items()},
        season_offsets={norm(w): int(v) for w, v in data["season_offsets"].items()},
        year_relatives={norm(w): int(v) for w, v in data["year_relatives"].items()},
        academic_year_end=(int(end_month), int(end_day)),
        relative=_relative(lang, data["relative"]),
        current_periods={norm(w): str(u) for w, u in data["current_periods"].items()},
        markers=_approximate(
            _categorised(lang, "markers", data["markers"], MARKER_CATEGORIES),
            words["approximators"],
        ),
        parts=_categorised(lang, "parts", data["parts"], PART_CATEGORIES),
        duration_units=units,
        numbers=numbers,
        ordinals=ordinals,
    )


@cache
def time_lexicon(lang: str) -> TimeLexicon:
    """Return the validated time lexicon of ``lang`` (cached)."""
    return build_time_lexicon(lang, load_lexicon("time", lang))
