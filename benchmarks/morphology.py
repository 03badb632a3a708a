"""How well smartlint tells comparatives and superlatives by form, scored on UD treebanks.

Run ``python -m benchmarks.morphology``.  smartlint needs to know which
words compare ("billigare", "tryggaste", "friendlier", "safest"): such a word
without an amount is vague.  It ships no trained tagger; it reads the form
from ``rules/lexicon/degree.{lang}.txt`` (built by ``scripts/build_lexicon.py``
from full lemma tables) and the few suppletive forms of ``words.{lang}.yaml``.

This scores that reading against the ``Degree=Cmp``/``Degree=Sup`` features
of the Universal Dependencies test sets in ``../shared/data/ud/`` (CC BY-SA
4.0; Swedish-Talbanken, Swedish-PUD, English-EWT): every adjective or adverb
the treebank marks as compared is a positive, every other token a negative.
Function words smartlint deliberately leaves out ("främst", "senast",
"later", "least") are counted as misses, so recall is a lower bound.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UD = Path(os.environ.get("SMARTLINT_DATA", ROOT.parent / "shared" / "data")) / "ud"
SETS = {
    "sv": ("sv_talbanken-ud-test.conllu", "sv_pud-ud-test.conllu"),
    "en": ("en_ewt-ud-test.conllu",),
}


@dataclass
class Count:
    """Token counts for one test set."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    left_out: int = 0

    def row(self, name: str) -> str:
        """A Markdown table row: precision, recall, and recall without the function words."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        content = self.tp / (self.tp + self.fn - self.left_out) if self.tp + self.fn else 1.0
        return (
            f"| {name} | {self.tp + self.fn} | {precision:.2f} | {recall:.2f} | {content:.2f} |"
        )


def tokens(path: Path) -> list[tuple[str, str, str]]:
    """(form, UPOS, features) of every word of a CoNLL-U file."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if "-" in fields[0] or "." in fields[0]:
            continue  # multiword ranges and empty nodes
        found.append((fields[1], fields[3], fields[5]))
    return found


def score(path: Path, lang: str) -> Count:
    """Count what ``is_comparative`` gets right on one treebank."""
    from smartlint.analysis import is_comparative
    from smartlint.nlp.lexicon import word_set

    left_out = word_set("words", lang, "not_degree")
    count = Count()
    for form, upos, feats in tokens(path):
        gold = upos in ("ADJ", "ADV") and ("Degree=Cmp" in feats or "Degree=Sup" in feats)
        said = form.isalpha() and is_comparative(form.lower(), lang)
        if gold and said:
            count.tp += 1
        elif said:
            count.fp += 1
        elif gold:
            count.fn += 1
            count.left_out += form.lower() in left_out
    return count


def main() -> int:
    """Print the table."""
    if not UD.exists():
        print(f"no treebanks at {UD}")
        return 2
    print("| treebank (test) | compared | precision | recall | recall, function words aside |")
    print("|---|---|---|---|---|")
    for lang, names in SETS.items():
        for name in names:
            print(score(UD / name, lang).row(name.removesuffix(".conllu")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
