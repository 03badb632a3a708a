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
from smartlint.nlp.words import HASHES_KEY
from smartlint.rules.spec import RuleSpec
from smartlint.yamldata import DataFileError

RULE_SPANS = "rules"
EXEMPT = "exempt:"
# The token attributes a pattern's first word is pre-checked by (as string hashes).
_FIRST_ATTRS = {"LOWER": "lower", "LEMMA": "lemma", "ORTH": "orth", "TEXT": "orth"}


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
        # The words (string hashes) some token pattern can start with, by token
        # attribute; None once a pattern can start with any word.  Most goals hold
        # none of them, and the Matcher costs about 13 us a goal even when it finds
        # nothing, so it is skipped for those.
        self.first_words: dict[str, set[int]] | None = {a: set() for a in _FIRST_ATTRS.values()}
        self.strings = nlp.vocab.strings

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
            self._note_first_word(tokens)
            try:
                self.matcher.add(key, [guard_regexes(tokens, str(rule.path), line)])
            except Exception as exc:  # spaCy raises several types for a bad pattern
                problem = (
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                )
                raise DataFileError(str(rule.path), line, f"invalid pattern: {problem}") from None

    def _note_first_word(self, tokens: list[Any]) -> None:
        """Add the words ``tokens`` can start with to ``first_words``, if it says."""
        if self.first_words is None:
            return
        first = tokens[0] if tokens and isinstance(tokens[0], dict) else {}
        if len(first) != 1 or next(iter(first)) not in _FIRST_ATTRS:
            self.first_words = None  # an OP, a REGEX, another attribute: any word may start it
            return
        attr, value = next(iter(first.items()))
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and list(value) == ["IN"]:
            words = [str(v) for v in value["IN"]]
        else:
            self.first_words = None
            return
        self.first_words[_FIRST_ATTRS[attr]].update(self.strings.add(w) for w in words)

    def _may_match(self, doc: Doc) -> bool:
        """Whether some token of ``doc`` is a word a token pattern can start with."""
        first = self.first_words
        if first is None:
            return True
        lowers, lemmas, orths = first["lower"], first["lemma"], first["orth"]
        hashes = doc.user_data.get(HASHES_KEY)
        if hashes is None:
            hashes = [(t.lower, t.lemma, t.orth) for t in doc]
        return any(
            lower in lowers or lemma in lemmas or orth in orths for lower, lemma, orth in hashes
        )

    def __call__(self, doc: Doc) -> Doc:
        matches = self.phrases(doc)
        if self.has_patterns and self._may_match(doc):
            matches += self.matcher(doc)
        doc.spans[RULE_SPANS] = _longest_per_label(doc, matches) if matches else []
        return doc


def _longest_per_label(doc: Doc, matches: list[tuple[int, int, int]]) -> list[Span]:
    """Keep, per label, the longest of overlapping matches ("as soon as possible", not "soon").

    The tokens each label already covers are kept in a set: comparing every
    match with every kept one cost 12,500,000 steps on a 5,000-word goal
    that a team pattern matched word by word.
    """
    kept: list[tuple[int, int, int]] = []
    covered: dict[int, set[int]] = {}
    for key, start, end in sorted(matches, key=lambda m: (m[1] - m[2], m[1])):
        taken = covered.setdefault(key, set())
        if taken.isdisjoint(range(start, end)):
            taken.update(range(start, end))
            kept.append((key, start, end))
    kept.sort(key=lambda m: (m[1], m[2]))
    strings = doc.vocab.strings
    return [Span(doc, start, end, label=strings[key]) for key, start, end in kept]


@Language.factory("smartlint_rules", default_config={"lang": ""})
def make_rule_matcher(nlp: Language, name: str, lang: str) -> RuleMatcher:
    """Build the component; rules are added to it with ``add_rule``."""
    return RuleMatcher(nlp, lang or str(nlp.lang))
