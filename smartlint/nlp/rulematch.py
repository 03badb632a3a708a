"""One ``Matcher`` pass for all rule patterns of a language.

Rule files give spaCy token patterns or plain phrases per language; they are
compiled once per pipeline, and a bad pattern is reported at its rule file's
line.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from smartlint.nlp.saferegex import guard_regexes
from smartlint.rules.spec import RuleSpec
from smartlint.yamldata import DataFileError

RULE_SPANS = "rules"
EXEMPT = "exempt:"


class RuleMatcher:
    """Runs every rule pattern of a language in one pass.

    Phrases go into one ``PhraseMatcher`` (a hash lookup per token), token
    patterns into one ``Matcher``.  Matches go to ``doc.spans["rules"]``
    labelled with the rule id, the longest match per rule winning; a rule's
    ``exempt`` patterns are labelled ``exempt:<id>``.
    """

    def __init__(self, nlp: Language, lang: str) -> None:
        self.lang = lang
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.has_patterns = False

    def add_rule(self, rule: RuleSpec, nlp: Language) -> None:
        """Compile the patterns and phrases of ``rule`` for this language."""
        patterns = [(list(p.tokens), p.line) for p in rule.patterns.get(self.lang, ())]
        self._add(rule, rule.id, patterns)
        exempt = [(list(p.tokens), p.line) for p in rule.exempt.get(self.lang, ())]
        self._add(rule, EXEMPT + rule.id, exempt)
        phrases = rule.phrases.get(self.lang, ())
        if phrases:
            self.phrases.add(rule.id, [nlp.make_doc(phrase) for phrase in phrases])

    def _add(self, rule: RuleSpec, key: str, patterns: list[tuple[list[Any], int | None]]) -> None:
        for tokens, line in patterns:
            self.has_patterns = True
            try:
                self.matcher.add(key, [guard_regexes(tokens, str(rule.path), line)])
            except Exception as exc:  # spaCy raises several types for a bad pattern
                problem = (
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                )
                raise DataFileError(str(rule.path), line, f"invalid pattern: {problem}") from None

    def __call__(self, doc: Doc) -> Doc:
        matches = self.phrases(doc)
        if self.has_patterns:
            matches += self.matcher(doc)
        doc.spans[RULE_SPANS] = _longest_per_label(doc, matches)
        return doc


def _longest_per_label(doc: Doc, matches: list[tuple[int, int, int]]) -> list[Span]:
    """Keep, per label, the longest of overlapping matches ("as soon as possible", not "soon")."""
    kept: list[tuple[int, int, int]] = []
    for key, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        if not any(k == key and start < e and s < end for k, s, e in kept):
            kept.append((key, start, end))
    kept.sort(key=lambda m: (m[1], m[2]))
    strings = doc.vocab.strings
    return [Span(doc, start, end, label=strings[key]) for key, start, end in kept]


@Language.factory("smartlint_rules", default_config={"lang": ""})
def make_rule_matcher(nlp: Language, name: str, lang: str) -> RuleMatcher:
    """Build the component; rules are added to it with ``add_rule``."""
    return RuleMatcher(nlp, lang or str(nlp.lang))
