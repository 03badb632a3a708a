"""One ``Matcher`` pass for all rule patterns of a language.

Rule files give spaCy token patterns or plain phrases per language; they are
compiled once per pipeline, and a bad pattern is reported at its rule file's
line.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from smartlint.rules.spec import RuleSpec
from smartlint.yamldata import DataFileError

RULE_SPANS = "rules"
EXEMPT = "exempt:"


class RuleMatcher:
    """Runs every rule pattern of a language in one ``Matcher`` pass.

    Matches go to ``doc.spans["rules"]`` labelled with the rule id, the
    longest match per rule winning; a rule's ``exempt`` patterns are labelled
    ``exempt:<id>``.
    """

    def __init__(self, nlp: Language, lang: str) -> None:
        self.lang = lang
        self.matcher = Matcher(nlp.vocab, validate=True)

    def add_rule(self, rule: RuleSpec, nlp: Language) -> None:
        """Compile the patterns and phrases of ``rule`` for this language."""
        patterns: list[tuple[list[dict[str, Any]], int | None]] = [
            (list(p.tokens), p.line) for p in rule.patterns.get(self.lang, ())
        ]
        for phrase in rule.phrases.get(self.lang, ()):
            tokens = [{"LOWER": t.lower_} for t in nlp.make_doc(phrase) if not t.is_space]
            patterns.append((tokens, None))
        self._add(rule, rule.id, patterns)
        exempt = [(list(p.tokens), p.line) for p in rule.exempt.get(self.lang, ())]
        self._add(rule, EXEMPT + rule.id, exempt)

    def _add(self, rule: RuleSpec, key: str, patterns: list[tuple[list[Any], int | None]]) -> None:
        for tokens, line in patterns:
            try:
                self.matcher.add(key, [tokens], greedy="LONGEST")
            except Exception as exc:  # spaCy raises several types for a bad pattern
                problem = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise DataFileError(str(rule.path), line, f"invalid pattern: {problem}") from None

    def __call__(self, doc: Doc) -> Doc:
        vocab_strings = doc.vocab.strings
        doc.spans[RULE_SPANS] = [
            Span(doc, start, end, label=vocab_strings[key])
            for key, start, end in self.matcher(doc)
        ]
        return doc


@Language.factory("smartlint_rules", default_config={"lang": ""})
def make_rule_matcher(nlp: Language, name: str, lang: str) -> RuleMatcher:
    """Build the component; rules are added to it with ``add_rule``."""
    return RuleMatcher(nlp, lang or nlp.lang)
