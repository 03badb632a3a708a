"""Where a user says goals are (config ``goals:``), and what a reader hands back.

The readers find goals by themselves; ``goals:`` in the configuration
narrows or widens that for layouts they misread:

```yaml
goals:
  markdown:
    sections: ["Mål*", "Goals", "OKR*"]   # only goals under headings matching these globs
    columns: [Åtgärd]                     # more table headers that name the goal column
  yaml:
    keys: [aktivitet, initiative]         # more keys whose strings are goals
```
"""

from __future__ import annotations

from dataclasses import dataclass, field

from smartlint.model import SourceGoal, SourceNote


@dataclass(frozen=True)
class MarkdownSpec:
    """``goals.markdown``: heading globs goals stand under, extra goal-column names."""

    sections: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class YamlSpec:
    """``goals.yaml``: extra keys whose strings are goals."""

    keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoalSpec:
    """The ``goals:`` key of the configuration."""

    markdown: MarkdownSpec = field(default_factory=MarkdownSpec)
    yaml: YamlSpec = field(default_factory=YamlSpec)


class Goals(list[SourceGoal]):
    """A reader's goals, in document order, with notes on text it skipped."""

    def __init__(self, *goals: SourceGoal) -> None:
        super().__init__(goals)
        self.notes: list[SourceNote] = []
