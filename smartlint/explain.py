"""``smartlint explain RULE``: a rule's documentation, ruff-style.

What it does, why it matters, what to write instead, and the rule's own
examples in both languages (the same examples the test suite runs).
"""

from __future__ import annotations

import textwrap

from smartlint.rules.spec import RuleSpec

_HEADINGS = (("what", "What it does"), ("why", "Why is this bad?"), ("instead", "Use instead"))
_LANG_NAMES = {"sv": "Swedish", "en": "English"}


def explain_rule(rule: RuleSpec) -> str:
    """Return the documentation of ``rule`` as plain text."""
    parts = [
        f"{rule.id} ({rule.category}, default severity {rule.severity})",
        rule.summary,
    ]
    if rule.aliases:
        parts.append("Also known as: " + ", ".join(rule.aliases))
    for key, heading in _HEADINGS:
        if key in rule.description:
            parts.append(f"## {heading}\n" + textwrap.fill(rule.description[key], width=78))
    for lang in ("en", "sv"):
        bad = [e for e in rule.examples if e.lang == lang and e.fails]
        good = [e for e in rule.examples if e.lang == lang and not e.fails]
        lines = [f"## Examples ({_LANG_NAMES[lang]})", "Flagged:"]
        lines += [f"  - {e.text}" for e in bad]
        lines.append("Fine:")
        lines += [f"  - {e.text}" for e in good]
        parts.append("\n".join(lines))
    parts.append(f"Rule file: {rule.path.name}")
    return "\n\n".join(p for p in parts if p)
