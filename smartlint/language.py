"""Which language a goal document is written in.

langdetect is random unless seeded and poor on short texts ("Öka NPS" once
came out Swahili), so detection here is seeded, restricted to the languages
smartlint speaks, made once per document on all its goals together, and
helped by a few unmistakable words (å/ä/ö, "och", "the") when the text is
too short for the profiles to decide.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

LANGS = ("sv", "en")
_SV_MARKERS = re.compile(
    r"[åäöÅÄÖ]|\b(och|att|ska|för|med|till|senast|inom|minst|av|vi|är)\b", re.I
)
_EN_MARKERS = re.compile(
    r"\b(the|and|to|of|by|with|our|we|will|increase|reduce|improve|at|least|within)\b", re.I
)
_lock = threading.Lock()
# A document's language shows in its first few thousand characters; langdetect's
# time grows with the text, and an editor re-detects on every change.
_SAMPLE_CHARS = 5000


@lru_cache(maxsize=4)
def _factory(langs: tuple[str, ...]) -> Any:
    """Load only the profiles of ``langs``: 2 files instead of 55, and no other answers."""
    from importlib import resources

    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    profiles = resources.files("langdetect") / "profiles"
    factory.load_json_profile([(profiles / lang).read_text("utf-8") for lang in langs])
    factory.set_seed(0)
    return factory


def detect_language(
    texts: Sequence[str], allowed: Sequence[str] = LANGS, default: str = "en"
) -> str:
    """Return the language of a document's goals, one of ``allowed``."""
    langs = tuple(lang for lang in LANGS if lang in allowed) or LANGS
    if len(langs) == 1:
        return langs[0]
    text = " ".join(texts)[:_SAMPLE_CHARS]
    if not text.strip():
        return default
    sv, en = len(_SV_MARKERS.findall(text)), len(_EN_MARKERS.findall(text))
    words = len(text.split())
    if words < 8 and sv != en:
        return "sv" if sv > en else "en"
    try:
        with _lock:  # a seeded detector is deterministic only when used one at a time
            detector = _factory(langs).create()
            detector.append(text)
            return str(detector.detect())
    except Exception:  # langdetect raises on text with no letters
        if sv != en:
            return "sv" if sv > en else "en"
        return default
