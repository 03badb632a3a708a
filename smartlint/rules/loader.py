"""Find rule files: the built-in ones in ``rules/`` and a team's own folders.

Rules are discovered, never listed by hand, so adding a rule is adding a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from smartlint.nlp.lexicon import rules_dir
from smartlint.rules.spec import RuleSpec, load_rule_file
from smartlint.yamldata import DataFileError


@dataclass(frozen=True, eq=False)
class RuleSet:
    """The rules in force for one configuration, in a stable order.

    Compared and hashed by identity: ``load_rules`` caches one per set of
    folders, and pipelines are cached per rule set.
    """

    rules: tuple[RuleSpec, ...]

    def ids(self) -> list[str]:
        """Return every rule id."""
        return [rule.id for rule in self.rules]

    def find(self, name: str) -> RuleSpec | None:
        """Return the rule with this id or alias."""
        for rule in self.rules:
            if name == rule.id or name in rule.aliases:
                return rule
        return None

    def resolve(self, names: Iterable[str], origin: str) -> set[str]:
        """Turn ids and aliases into ids; an unknown name is an error naming ``origin``."""
        ids = set()
        for name in names:
            rule = self.find(name)
            if rule is None:
                raise DataFileError(origin, None, f"unknown rule {name!r}")
            ids.add(rule.id)
        return ids


def builtin_rule_files() -> list[Path]:
    """Return the built-in rule files in name order."""
    return sorted(rules_dir().glob("*.yaml"))


def load_rules(extra_dirs: Iterable[Path] = ()) -> RuleSet:
    """Load the built-in rules and those in ``extra_dirs`` (one cached set per folder list)."""
    return _load_rules(tuple(extra_dirs))


@lru_cache(maxsize=8)
def _load_rules(extra_dirs: tuple[Path, ...]) -> RuleSet:
    files = builtin_rule_files()
    for folder in extra_dirs:
        if not folder.is_dir():
            raise DataFileError(str(folder), None, "rules_dirs entry is not a folder")
        files.extend(sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]))
    return RuleSet(_unique(load_rule_file(path) for path in files))


def _unique(specs: Iterable[RuleSpec]) -> tuple[RuleSpec, ...]:
    seen: dict[str, RuleSpec] = {}
    for spec in specs:
        for name in (spec.id, *spec.aliases):
            if name in seen:
                raise DataFileError(
                    str(spec.path),
                    None,
                    f"rule id {name!r} is already defined in {seen[name].path}",
                )
            seen[name] = spec
    ordered: Sequence[RuleSpec] = sorted({s.id: s for s in seen.values()}.values(), key=_order)
    return tuple(ordered)


def _order(spec: RuleSpec) -> str:
    return spec.id
