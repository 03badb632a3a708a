"""Word lists from ``rules/lexicon``, loaded once per name and language.

The lists are data so that a team can read and extend them without Python;
they are cached because every pipeline component of a language shares them.
"""

from __future__ import annotations

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
def word_set(name: str, lang: str, key: str) -> frozenset[str]:
    """Return the list ``key`` of a lexicon file as a set of lowercased words."""
    return frozenset(str(word).lower() for word in load_lexicon(name, lang).get(key, []))


@cache
def lemma_table(lang: str) -> dict[str, str]:
    """Map every inflected form listed under ``lemmas`` in the words file to its base form."""
    table: dict[str, str] = {}
    for lemma, forms in load_lexicon("words", lang).get("lemmas", {}).items():
        table[str(lemma).lower()] = str(lemma).lower()
        for form in forms:
            table.setdefault(str(form).lower(), str(lemma).lower())
    return table
