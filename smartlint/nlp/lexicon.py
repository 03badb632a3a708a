"""Word lists from ``rules/lexicon``, loaded once per name and language.

The lists are data so that a team can read and extend them without Python;
they are cached because every pipeline component of a language shares them.
"""

from __future__ import annotations

import bisect
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from smartlint.bounded import DATA_LIMIT, read_text_limited
from smartlint.yamldata import FAST_LOADER


def rules_dir() -> Path:
    """Return the built-in ``rules/`` folder, installed or in a checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "_rules"
    if installed.is_dir():
        return installed
    return here.parent / "rules"


@cache
def load_lexicon(name: str, lang: str) -> dict[str, Any]:
    """Return ``rules/lexicon/{name}.{lang}.yaml`` as a mapping."""
    path = rules_dir() / "lexicon" / f"{name}.{lang}.yaml"
    data = yaml.load(read_text_limited(path, DATA_LIMIT), Loader=FAST_LOADER)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a lexicon file must be a mapping")
    return data


@cache
@cache
@cache
def word_set(name: str, lang: str, key: str) -> frozenset[str]:
    """Return the list ``key`` of a lexicon file as a set of lowercased words."""
    return frozenset(str(word).lower() for word in load_lexicon(name, lang).get(key, []))


class DegreeForms:
    """Comparative and superlative forms of one language, looked up by binary search.

    ``rules/lexicon/degree.{lang}.txt`` (made by ``scripts/build_lexicon.py``
    from a full lemma table) lists every form a real adjective's comparison
    makes, so a comparative that no word list names ("billigare",
    "friendlier") is still known.  The Swedish table has 34,000 lines:
    splitting the sorted file into lines costs a few milliseconds, parsing
    each into a dict would cost ten times that at every cold start.
    """

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines

    def get(self, form: str) -> tuple[str, str] | None:
        """``(degree, lemma)`` of ``form`` (degree ``cmp`` or ``sup``), or None."""
        key = form + "\t"
        index = bisect.bisect_left(self._lines, key)
        if index < len(self._lines) and self._lines[index].startswith(key):
            _, degree, lemma = self._lines[index].split("\t")
            return degree, lemma
        return None


@cache
def degree_forms(lang: str) -> DegreeForms:
    """The comparison forms of ``lang`` (see ``DegreeForms``)."""
    path = rules_dir() / "lexicon" / f"degree.{lang}.txt"
    text = path.read_text(encoding="utf-8")
    return DegreeForms(sorted(line for line in text.split("\n") if line and line[0] != "#"))


@cache
def verb_lemmas(lang: str) -> frozenset[str]:
    """The verb lemmas of ``rules/lexicon/verbs.{lang}.txt`` (English only), read once."""
    path = rules_dir() / "lexicon" / f"verbs.{lang}.txt"
    if not path.exists():
        return frozenset()
    text = path.read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and line[0] != "#")


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """Map every inflected form listed under ``lemmas`` in the words file to its base form."""
    table: dict[str, str] = {}
    for lemma, forms in load_lexicon("words", lang).get("lemmas", {}).items():
        table[str(lemma).lower()] = str(lemma).lower()
        for form in forms:
            table.setdefault(str(form).lower(), str(lemma).lower())
    return table
