"""What a trained pipeline adds: comparatives found by morphology, not by a word list.

The word table in ``rules/lexicon/words.{lang}.yaml`` can never list every
comparative ("friendlier", "vänligare").  A trained tagger or morphologizer
marks them with ``Degree=Cmp``, so when a team configures one the comparatives
missing from the table are still judged as change words.  Blank pipelines set
no morphology, and there this component does nothing.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from smartlint.nlp.lexicon import degree_forms, load_lexicon, word_set
from smartlint.nlp.trust import UntrustedPipeline, check_package, installed_only
from smartlint.nlp.words import CHANGE

# Parts of speech a comparative change word can have; an unset POS is trusted
# too, since a pipeline may predict features without tags.
_COMPARATIVE_POS = frozenset({"ADJ", "ADV", ""})
# Components whose output smartlint never reads: not loading them saves time.
_EXCLUDED = ["ner", "textcat", "textcat_multilabel", "entity_linker"]


class PipelineError(Exception):
    """The configured pipeline cannot be used; the caller names the config that asked for it."""


def load_trained(model: str, lang: str, untrusted: Sequence[Path] = ()) -> Language:
    """Load the configured pipeline, refusing one that is missing or of another language.

    A pipeline of the wrong language would tokenise and tag every goal wrongly
    without any visible error, so it is a config error like a missing one.
    Its code comes from installed distributions only, never from the working
    folder or the ``untrusted`` ones (see ``trust``).
    """
    try:
        with installed_only(untrusted):
            if not os.path.isabs(model):
                check_package(model, untrusted)
            nlp = spacy.load(model, exclude=_EXCLUDED)
    except UntrustedPipeline as exc:
        raise PipelineError(f"cannot load spaCy pipeline {model!r}: {exc}") from None
    except (OSError, ImportError, ValueError) as exc:
        # OSError: no such package or path; ImportError and ValueError (catalogue's
        # RegistryError, thinc's ConfigValidationError): a package this spaCy cannot build.
        raise PipelineError(f"cannot load spaCy pipeline {model!r}: {exc}") from None
    if nlp.lang != lang:
        raise PipelineError(
            f"spaCy pipeline {model!r} is for language {nlp.lang!r}, "
            f"but it is configured for {lang!r}"
        )
    return nlp


@cache
def decrease_comparatives(lang: str) -> frozenset[str]:
    """The listed comparatives that state a decrease ("färre", "less"), lowercased."""
    words = load_lexicon("words", lang).get("comparatives", {}).get("decrease", [])
    return frozenset(str(word).lower() for word in words)


def is_comparative(token: Token) -> bool:
    """Whether the tagger marked ``token`` as a comparative adjective or adverb."""
    return token.pos_ in _COMPARATIVE_POS and "Cmp" in token.morph.get("Degree", [])


class MorphComparatives:
    """Adds the comparatives the word table missed to ``doc.spans["change"]``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.decrease = decrease_comparatives(lang)
        self.decrease_adjectives = word_set("words", lang, "decrease_adjectives")

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("MORPH"):
            return doc
        spans = list(doc.spans.get(CHANGE, []))
        marked = {i for span in spans for i in range(span.start, span.end)}
        added = [
            Span(doc, token.i, token.i + 1, label=self.direction(token))
            for token in doc
            if token.i not in marked and is_comparative(token)
        ]
        if added:
            doc.spans[CHANGE] = sorted(spans + added, key=lambda span: (span.start, span.end))
        return doc

    def direction(self, token: Token) -> str:
        """Label a comparative: "increase" unless it names less of something ("billigare")."""
        lower, lemma = token.lower_, token.lemma_.lower()
        found = degree_forms(self.lang).get(lower)
        base = found[1] if found else lemma
        if lower in self.decrease or lemma in self.decrease or base in self.decrease_adjectives:
            return "decrease"
        return "increase"


@Language.factory("smartlint_morph_comparatives", default_config={"lang": ""})
def make_morph_comparatives(nlp: Language, name: str, lang: str) -> MorphComparatives:
    """Build the component for the pipeline's language."""
    return MorphComparatives(lang or str(nlp.lang))
