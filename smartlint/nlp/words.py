"""Pipeline components for the words smartlint understands: lemmas and changes.

The blank pipelines have no lemmatizer and no tagger, so a compact table from
``rules/lexicon/words.{lang}.yaml`` stands in for both: it fills
``token.lemma_`` (so LEMMA patterns in rule files work) and marks the words
that state a change ("öka", "fler", "improve", "more") in
``doc.spans["change"]``, labelled with their direction.  A trained pipeline's
own lemmas are kept.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from smartlint.nlp.lexicon import (
    degree_forms,
    lemma_table,
    load_lexicon,
    verb_lemmas,
    word_set,
)

CHANGE = "change"
# Comparatives and superlatives, by token: the analysis tells a changed verb from a degree.
DEGREE_KEY = "smartlint.degree"
# The lowercased tokens, kept for the judging layer so it need not walk the doc again.
LOWERS_KEY = "smartlint.lowers"
# The tokens' texts and lemmas, kept on the doc as the words component reads them:
# ``doc[i].text`` and ``t.lemma_`` make a Token each time.
TEXTS_KEY = "smartlint.texts"
LEMMAS_KEY = "smartlint.lemmas"
# The (lower, lemma, orth) hashes of each token, for the rule matcher's first-word test.
HASHES_KEY = "smartlint.hashes"
_EN_ENDINGS = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


@cache
def change_table(lang: str) -> dict[str, str]:
    """Map lemmas of change verbs and comparatives to their direction."""
    lex = load_lexicon("words", lang)
    table: dict[str, str] = {}
    for direction, lemmas in lex.get("change", {}).items():
        for lemma in lemmas:
            table[str(lemma).lower()] = str(direction)
    for key in ("comparatives", "superlatives"):
        for direction, words in lex.get(key, {}).items():
            for word in words:
                table[str(word).lower()] = str(direction)
    return table


@cache
def degree_table(lang: str) -> dict[str, str]:
    """The comparatives and superlatives the words file lists, by degree (``cmp``/``sup``)."""
    lex = load_lexicon("words", lang)
    table: dict[str, str] = {}
    for key, degree in (("comparatives", "cmp"), ("superlatives", "sup")):
        for words in lex.get(key, {}).values():
            for word in words:
                table[str(word).lower()] = degree
    return table


def guess_lemma(lower: str, lang: str, table: dict[str, str]) -> str:
    """Return a lemma: from the table, else an ending stripped to a verb the lists know.

    "förbättrades", "köper", "optimizations", "created" have no entry, but
    stripping an inflection or a noun ending ("-ning", "-ation") gives a verb
    some word list names ("förbättra", "köpa", "optimize", "create").  Other
    English words lose a plain "-s", "-ed" or "-ing" as before.
    """
    found = table.get(lower)
    if found is not None or len(lower) < 5:
        return found or lower
    known = known_lemmas(lang)
    for ending, replacements in _ENDINGS[lang]:
        if lower.endswith(ending):
            stem = lower[: -len(ending)]
            for replacement in replacements:
                if stem + replacement in known:
                    return stem + replacement
    if lang != "en":
        return lower
    for ending, replacement in _EN_ENDINGS:
        if lower.endswith(ending) and not lower.endswith("ss"):
            stem = lower[: -len(ending)] + replacement
            if ending in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2]:
                # "running", "planned": a doubled consonant, unless the verb has it ("adding")
                verbs = verb_lemmas("en")
                if stem not in verbs and stem[:-1] in verbs:
                    return stem[:-1]
            return stem
    return lower


@cache
def known_lemmas(lang: str) -> frozenset[str]:
    """Every verb lemma the word lists name, for checking a guessed lemma against."""
    lex = load_lexicon("words", lang)
    known = {str(w).lower() for w in lex.get("lemmas", {})}
    known |= {str(w).lower() for group in lex.get("change", {}).values() for w in group}
    kinds = lex.get("kinds", {})
    for key in ("one_off_verbs", "make_verbs", "ongoing_verbs"):
        known |= {str(w).lower() for w in kinds.get(key, []) if " " not in str(w)}
    known |= {str(w).lower() for w in lex.get("create_verbs", [])}
    return frozenset(known)


# Endings to strip, longest first, and what to put back: the first result that is a
# known lemma wins ("effektivisering" -> "effektivisera", "creation" -> "create").
_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "sv": (
        ("ningarna", ("a",)), ("ningar", ("a",)), ("ningen", ("a",)), ("ning", ("a",)),
        ("ingen", ("a",)), ("ing", ("a",)), ("andet", ("a",)), ("ande", ("a",)),
        ("ades", ("a",)), ("ats", ("a",)), ("ade", ("a",)), ("des", ("a",)), ("tes", ("a",)),
        ("at", ("a",)), ("ad", ("a",)), ("as", ("a",)), ("ar", ("a",)), ("er", ("a", "")),
        ("es", ("a",)), ("de", ("a",)), ("te", ("a",)), ("r", ("",)), ("s", ("",)),
        ("t", ("a", "")), ("d", ("a", "")),
    ),
    "en": (
        ("izations", ("ize",)), ("ization", ("ize",)), ("isations", ("ise",)),
        ("isation", ("ise",)), ("ations", ("ate", "e", "")), ("ation", ("ate", "e", "")),
        ("ments", ("",)), ("ment", ("",)), ("ions", ("", "e")), ("ion", ("", "e")),
        ("ies", ("y",)), ("ied", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")),
        ("es", ("", "e")), ("s", ("",)),
    ),
}  # fmt: skip


def compound_heads(lang: str) -> list[tuple[str, str]]:
    """Swedish heads of compound change words, longest first: "(energi)effektivisera"."""
    table = load_lexicon("words", lang).get("compound_changes", {})
    heads = [(str(w).lower(), str(d)) for d, words in table.items() for w in words]
    return sorted(heads, key=lambda h: -len(h[0]))


def _compound_change(lower: str, heads: list[tuple[str, str]]) -> str | None:
    """The direction of a compound whose last part is a change: "kompetenshöjning"."""
    for head, direction in heads:
        if lower.endswith(head) and len(lower) - len(head) >= 3:
            return direction
    return None


# Verb endings after a Swedish causative's stem, longest first: "fördjup|ade", "förtydlig|as".
_SV_VERB_ENDINGS = ("ades", "ade", "ats", "at", "ad", "ar", "as", "a")


def causative_base(lower: str, lemma: str, lang: str) -> str | None:
    """The adjective a verb makes more of, by its form: "fördjupa" (djup), "broaden" (broad).

    Swedish "för-" + adjective + a verb ending and English adjective + "-en"
    say "make (more) X": an unsized change like "förbättra", whether a list
    names the verb or not. The stem must have a comparative in the language's
    table of comparison forms; ``not_causatives`` lists the verbs of that form
    that mean something else ("förklara", "fasten"). Nouns ("fördjupning") are
    not read: they also name a course or an in-depth study.
    """
    if lower in word_set("words", lang, "not_causatives") or lemma in word_set(
        "words", lang, "not_causatives"
    ):
        return None
    if lang == "sv":
        if not lower.startswith("för") or len(lower) < 7:
            return None
        rest = lower[3:]
        ending = next((e for e in _SV_VERB_ENDINGS if rest.endswith(e)), None)
        if ending is None:
            return None
        stem, comparative = rest[: -len(ending)], "are"
        if f"för{stem}a" in word_set("words", lang, "not_causatives"):
            return None
    else:
        if not lemma.endswith("en") or len(lemma) < 5:
            return None
        stem, comparative = lemma[:-2], "er"
    found = degree_forms(lang).get(stem + comparative)
    return found[1] if found is not None and found[0] == "cmp" else None


class WordMarker:
    """Fills lemmas and marks change words; see the module docstring."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.lemmas = lemma_table(lang)
        self.changes = change_table(lang)
        self.create_verbs = word_set("words", lang, "create_verbs")
        self.indefinite = word_set("words", lang, "indefinite")
        self.listed_degrees = degree_table(lang)
        self.not_degree = word_set("words", lang, "not_degree")
        self.decrease_adjectives = word_set("words", lang, "decrease_adjectives")
        self.compound_heads = compound_heads(lang)
        self.ranks = word_set("words", lang, "rank_superlatives")
        self.known: dict[str, tuple[int, str | None, str | None, str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        lowers: list[str] = []
        texts: list[str] = []
        lemmas: list[str] = []
        hashes: list[tuple[int, int, int]] = []
        degrees: dict[int, str] = {}
        known = self.known
        for token in doc:
            lower = token.lower_
            lowers.append(lower)
            texts.append(token.text)
            entry = known.get(lower)
            if entry is None:
                entry = known[lower] = self._learn(doc, lower)
            lemma_hash, direction, degree, lemma = entry
            if token.lemma == 0:
                token.lemma = lemma_hash
            elif token.lemma != lemma_hash:
                lemma = token.lemma_  # set by a trained pipeline
            lemmas.append(lemma)
            hashes.append((token.lower, token.lemma, token.orth))
            if degree is not None:
                degrees[token.i] = degree
            if direction is None and lower in self.ranks and _ranked(lowers):
                # "bland de främsta", "tillhöra landets främsta": a rank no number gives
                direction = "increase"
                degrees[token.i] = "sup"
            if direction is not None and not self._creates(token):
                spans.append(Span(doc, token.i, token.i + 1, label=direction))
        doc.spans[CHANGE] = spans
        doc.user_data[DEGREE_KEY] = degrees
        doc.user_data[LOWERS_KEY] = lowers
        doc.user_data[TEXTS_KEY] = texts
        doc.user_data[LEMMAS_KEY] = lemmas
        doc.user_data[HASHES_KEY] = hashes
        return doc

    def _learn(self, doc: Doc, lower: str) -> tuple[int, str | None, str | None, str]:
        """Work out a word's lemma, change direction and degree once per word, not per token.

        A comparative or superlative no list names is found in the language's
        table of comparison forms; its direction is a decrease when its
        adjective names less of something ("billigare", "shorter").
        """
        lemma = guess_lemma(lower, self.lang, self.lemmas)
        direction = self.changes.get(lemma) or self.changes.get(lower)
        degree = self.listed_degrees.get(lower)
        if direction is None and lower not in self.not_degree and lower.isalpha():
            found = degree_forms(self.lang).get(lower)
            if found is not None:
                degree, base = found
                direction = "decrease" if base in self.decrease_adjectives else "increase"
        if direction is None and self.compound_heads and lower.isalpha():
            direction = _compound_change(lower, self.compound_heads)
        if direction is None and lower.isalpha():
            made_more = causative_base(lower, lemma, self.lang)
            if made_more is not None:
                direction = "decrease" if made_more in self.decrease_adjectives else "increase"
        return doc.vocab.strings.add(lemma), direction, degree, lemma

    def _creates(self, token: Token) -> bool:
        """Whether "utveckla"/"develop" makes a new thing here rather than improving one."""
        doc, i = token.doc, token.i
        if token.lemma_ not in self.create_verbs or i + 1 >= len(doc):
            return False
        if doc[i + 1].lower_ in ("and", "och") and i + 3 < len(doc):
            i += 2  # "develop and execute a plan", "utveckla och införa en modell"
        return doc[i + 1].lower_ in self.indefinite


def _ranked(lowers: list[str]) -> bool:
    """Whether the last word follows "de" or a genitive: "de främsta", "landets främsta"."""
    before = lowers[-2] if len(lowers) > 1 else ""
    return before == "de" or (len(before) > 3 and before.endswith("s") and before.isalpha())


@Language.factory("smartlint_words", default_config={"lang": ""})
def make_word_marker(nlp: Language, name: str, lang: str) -> WordMarker:
    """Build the component for the pipeline's language."""
    return WordMarker(lang or str(nlp.lang))
