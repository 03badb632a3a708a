"""Build the spaCy pipeline of a language once, with smartlint's components.

spaCy is imported here and nowhere above this layer, so commands that parse
no text (``--help``, ``rules``, a config error) never pay for it.  All rule
patterns of a language go into one ``Matcher`` that runs once per goal.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from smartlint.rules.loader import RuleSet

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_cache: dict[tuple[str, str | None, RuleSet], Language] = {}
_lock = threading.Lock()


def get_pipeline(
    lang: str, rules: RuleSet, model: str | None = None, untrusted: Sequence[Path] = ()
) -> Language:
    """Return the cached pipeline for ``lang`` with the patterns of ``rules``.

    ``untrusted`` are the folders no code of ``model`` may come from (the
    config's own); the working folder is always one.
    """
    key = (lang, model, rules)
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            nlp = _cache[key] = build_pipeline(lang, rules, model, untrusted)
    return nlp


def build_pipeline(
    lang: str, rules: RuleSet, model: str | None = None, untrusted: Sequence[Path] = ()
) -> Language:
    """Make a blank (or the named installed) pipeline plus smartlint's components."""
    import spacy

    import smartlint.nlp.quantities
    import smartlint.nlp.rulematch
    import smartlint.nlp.timex
    import smartlint.nlp.words  # noqa: F401  (registers the component factories)
    from smartlint.nlp.trained import load_trained

    if model:
        nlp = load_trained(model, lang, untrusted)
    else:
        nlp = spacy.blank(lang)
    _split_label_colons(nlp)
    nlp.add_pipe("smartlint_words", config={"lang": lang})
    if model:  # only a trained pipeline sets the morphology this component reads
        nlp.add_pipe("smartlint_morph_comparatives", config={"lang": lang})
    nlp.add_pipe("smartlint_time", config={"lang": lang})
    nlp.add_pipe("smartlint_quantities", config={"lang": lang})
    nlp.add_pipe("smartlint_rules", config={"lang": lang})
    matcher = nlp.get_pipe("smartlint_rules")
    assert isinstance(matcher, smartlint.nlp.rulematch.RuleMatcher)
    for rule in rules.rules:
        matcher.add_rule(rule, nlp)
    return nlp


# A colon glued between a label and its value ("CAGR):15%", "Net debt:<2.5x"): split
# it off so the value is a number of its own. Not in times or versions ("10:30", "14001:2015").
_LABEL_COLON = r"(?<=[^\d\s]):(?=[<>≤≥~+\-−]?\d)"
_BRACKET_BEFORE_COLON = r"(?<=[^\s(])(?=\):[<>≤≥~+\-−]?\d)"
# "sub-4 hour marathon", "a sub-20 5k": "sub" is "under" the number glued to it.
_SUB_NUMBER = r"(?<=\b[Ss]ub)-(?=\d)"


def _split_label_colons(nlp: Language) -> None:
    """Make the tokenizer split a label's colon from a value glued to it."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a trained pipeline's own tokenizer is left as it is
    rules = dict(tokenizer.rules or {})
    rules.pop("):", None)  # the emoticon would swallow the bracket and the colon
    tokenizer.rules = rules
    infixes = [_BRACKET_BEFORE_COLON, _LABEL_COLON, _SUB_NUMBER, *list(nlp.Defaults.infixes or [])]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def parse(nlp: Language, text: str) -> Doc:
    """Parse one goal, leaving its text where the components look for it."""
    doc = nlp.make_doc(text)
    doc.user_data["smartlint.text"] = text
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
