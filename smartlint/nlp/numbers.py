"""Numbers as goals write them: digits in both locales' styles and number words.

"4 000", "4,000", "1,5", "1.5", "$50K", "2 MSEK", "tjugo", "en miljon",
"three": the value of an amount is read here, from the word lists in
``rules/lexicon/numbers.{lang}.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from smartlint.nlp.lexicon import load_lexicon

DIGITS = re.compile(r"^[+-−]?\d[\d\s .,\u00a0\u202f]*$")
RANGE = re.compile(r"^\d[\d.,]*\s*[–—-]\s*\d[\d.,]*$")
STARTS_WITH_DIGIT = re.compile(r"^[+±~≈<>≤≥−-]?\d")


@dataclass(frozen=True)
class NumberWords:
    """The number vocabulary of one language, as fast lookups."""

    cardinals: dict[str, float]
    article_numbers: frozenset[str]
    scales: dict[str, float]
    ordinals: dict[str, int]
    multipliers: dict[str, float]
    totals: frozenset[str]
    units: frozenset[str]
    identifiers: frozenset[str]
    bounds: frozenset[str]
    baseline_markers: frozenset[str]
    # Rank words written with their number as one word: "topp-3", "top-10".
    ranks: frozenset[str] = frozenset()
    # Idioms a number or total word is part of: "framför allt", "one another" name no amount.
    idioms: tuple[tuple[str, ...], ...] = ()
    # Words after which an article is the number one: "ett per år".
    article_rates: frozenset[str] = frozenset()


def _with_verb_forms(
    table: dict[str, float], stem_endings: list[str], endings: list[str]
) -> dict[str, float]:
    """The multipliers with every form of their verbs: "halveras", "halverats", "doubles".

    A listed verb that ends in a stem ending ("halver|a", "doubl|e") gets the
    language's verb endings, unless the form is listed already.
    """
    found = dict(table)
    for word, value in table.items():
        for stem_ending in stem_endings:
            if word.endswith(stem_ending) and len(word) > len(stem_ending) + 3:
                stem = word[: -len(stem_ending)]
                for ending in endings:
                    found.setdefault(stem + ending, value)
    return found


@cache
def number_words(lang: str) -> NumberWords:
    """Return the number vocabulary of ``lang``."""
    lex = load_lexicon("numbers", lang)

    def lowered(key: str) -> list[str]:
        return [str(item).lower() for item in lex.get(key, [])]

    return NumberWords(
        cardinals={str(k).lower(): float(v) for k, v in lex.get("cardinals", {}).items()},
        article_numbers=frozenset(lowered("article_numbers")),
        article_rates=frozenset(lowered("article_rates")),
        scales={str(k).lower(): float(v) for k, v in lex.get("scales", {}).items()},
        ordinals={str(k).lower(): int(v) for k, v in lex.get("ordinals", {}).items()},
        multipliers=_with_verb_forms(
            {str(k).lower(): float(v) for k, v in lex.get("multipliers", {}).items()},
            lowered("multiplier_stem_ending"),
            lowered("multiplier_endings"),
        ),
        totals=frozenset(lowered("totals")),
        units=frozenset(lowered("units")),
        identifiers=frozenset(lowered("identifiers")),
        bounds=frozenset(lowered("bounds")),
        baseline_markers=frozenset(lowered("baseline_markers")),
        ranks=frozenset(lowered("ranks")),
        idioms=tuple(tuple(phrase.split()) for phrase in lowered("idioms")),
    )


def parse_digits(text: str, lang: str) -> float | None:
    """Read a number written with digits, in Swedish or English style.

    A comma is a decimal separator in Swedish ("1,5") and a thousands
    separator in English ("4,000"); a group of exactly three digits after a
    separator is read as thousands in both ("4,000", "4.000", "4 000").
    """
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace("−", "-").lstrip("+")
    if not cleaned or not re.fullmatch(r"-?\d[\d.,]*", cleaned):
        return None
    parts = re.split(r"[.,]", cleaned)
    seps = re.findall(r"[.,]", cleaned)
    if (
        len(parts) > 1
        and all(len(p) == 3 for p in parts[1:])
        and (len(seps) > 1 or len(parts[1]) == 3)
    ):
        if not (lang == "en" and seps == ["."]) and not (lang == "sv" and seps == [","]):
            return float("".join(parts))
    if len(seps) == 1:
        return float(cleaned.replace(",", "."))
    if not seps:
        return float(cleaned)
    decimal = "," if lang == "sv" else "."
    whole, _, frac = cleaned.rpartition(decimal)
    try:
        return float(whole.replace(",", "").replace(".", "") + "." + frac)
    except ValueError:
        return None
