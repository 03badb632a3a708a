"""Parse Markdown with a bound on the tokens markdown-it makes.

markdown-it builds every token of a document before smartlint sees one,
and a token costs about 350 bytes: a 19 MB table with no goals in it (eight
tokens a row) took 10 GB, and 1,000,000 one-word lines 1 GB.  The token
lists here count what is appended to them and stop the parse once the
document has made ``MAX_TOKENS``, so the memory a Markdown file can take is
bounded whatever its shape.
"""

from __future__ import annotations

from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

# About 200 MB of tokens (some 80,000 list-item goals); a 3,000-line plan makes 20,000.
MAX_TOKENS = 500_000


class TooManyTokens(Exception):
    """The document made more than ``MAX_TOKENS`` tokens."""


class _Budget:
    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left


class _Tokens(list[Token]):
    """A token list that counts its appends against a budget the whole parse shares."""

    __slots__ = ("budget",)

    def __init__(self, budget: _Budget) -> None:
        super().__init__()
        self.budget = budget

    def append(self, token: Token) -> None:
        """Append ``token``; raise ``TooManyTokens`` once the budget is spent."""
        self.budget.left -= 1
        if self.budget.left < 0:
            raise TooManyTokens
        super().append(token)


def bounded_parser(parser: MarkdownIt) -> MarkdownIt:
    """Make ``parser``'s inline tokens count against the parse's budget too."""
    parser.core.ruler.at("inline", _inline)
    return parser


def parse_bounded(
    parser: MarkdownIt, source: str, env: dict[str, Any], limit: int = MAX_TOKENS
) -> list[Token]:
    """Parse ``source`` as ``parser.parse`` does; raise ``TooManyTokens`` past ``limit``."""
    state = StateCore(source, parser, env)
    state.tokens = _Tokens(_Budget(limit))
    parser.core.process(state)
    return state.tokens


def _inline(state: StateCore) -> None:
    """markdown-it's core ``inline`` rule, with children lists on the same budget."""
    budget = getattr(state.tokens, "budget", None)
    for token in state.tokens:
        if token.type == "inline":
            if budget is not None:
                token.children = _Tokens(budget)
            elif token.children is None:
                token.children = []
            state.md.inline.parse(token.content, state.md, state.env, token.children)
