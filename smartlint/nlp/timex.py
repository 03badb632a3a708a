"""The spaCy component that marks time expressions: ``doc.spans["time"]``.

Every span is labelled ``deadline`` (a time bound of the goal: "senast 31
mars", "Q3 2027", "inom sex månader", "before the launch"), ``baseline`` (a
reference time: "jämfört med 2019", "since 2020") or ``period`` (a
recurrence or service level: "per månad", "within 24 hours").  The numbers
inside a span belong to the time expression, so the quantity component skips
every token a time span covers.

The work is done on ``doc.text`` by precompiled regexes (a candidate scan
and a few small regexes per candidate, see :mod:`smartlint.nlp.timex_rules`);
matches are widened to whole tokens, which makes the result the same
whichever way a language tokenises "2026-12-31".  Build with
``nlp.add_pipe("smartlint_time")``; the language comes from the config or
from ``nlp.lang``, and is noted in ``doc.user_data[LANG_KEY]`` so that
:func:`smartlint.nlp.dates.resolve` reads a span with the same word lists.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from smartlint.nlp.timex_parse import LABELS, LANG_KEY, TimexParser, timex_parser

SPAN_KEY = "time"
__all__ = ["LABELS", "LANG_KEY", "SPAN_KEY", "TimeExpressions", "find_time_spans"]

TEXT_KEY = "smartlint.text"


class TimeExpressions:
    """Sets ``doc.spans["time"]`` to non-overlapping labelled time spans."""

    def __init__(self, parser: TimexParser, vocab: Vocab) -> None:
        self.parser = parser
        # Label hashes, so that making a span does not hash the label again.
        self.vocab = vocab
        self.labels = {label: vocab.strings.add(label) for label in LABELS}

    def __call__(self, doc: Doc) -> Doc:
        """Mark the time expressions of ``doc``."""
        labels = self.labels if doc.vocab is self.vocab else None
        doc.spans[SPAN_KEY] = find_time_spans(doc, self.parser, labels)
        doc.user_data[LANG_KEY] = self.parser.lex.lang
        return doc


def find_time_spans(
    doc: Doc, parser: TimexParser, labels: dict[str, int] | None = None
) -> list[Span]:
    """Return the time spans of ``doc``, widened to whole tokens, left to right."""
    if labels is None:
        labels = {label: doc.vocab.strings.add(label) for label in LABELS}
    spans: list[Span] = []
    end = 0
    # The linter leaves the goal's text in user_data: building doc.text again costs ~3 µs.
    text = doc.user_data.get(TEXT_KEY) or doc.text
    for _, label, start, stop, *_ in parser.scan(text):
        span = doc.char_span(start, stop, label=labels[label], alignment_mode="expand")
        if span is not None and span.start >= end:
            spans.append(span)
            end = span.end
    return spans


@Language.factory("smartlint_time", default_config={"lang": None})
def make_time_expressions(nlp: Language, name: str, lang: str | None) -> TimeExpressions:
    """Build the component; ``lang`` defaults to the pipeline's language."""
    return TimeExpressions(timex_parser(lang or nlp.lang), nlp.vocab)
