"""Named rules applied in order: the shape of every rule set of the actor and claim steps.

A rule is a small function that looks at a context and either abstains (returns None) or fires,
returning its evidence (the cue tokens that made it fire, or a richer result). A registry is an
ordered tuple of rules; `first_match` applies them in order and the first that fires decides.
Rule names are recorded in the outputs (`type_rule`, `certainty_rule`, `claimer_rule`,
`link_method`), so each registry's names are a closed set (a `Literal` in `records`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

C = TypeVar("C")  # what a rule looks at
R = TypeVar("R")  # what a rule returns when it fires


@dataclass(frozen=True)
class Rule(Generic[C, R]):
    """`function(context)` returns None (the rule abstains) or the evidence that it fires."""

    name: str
    decides: str
    function: Callable[[C], R | None]


def first_match(rules: Sequence[Rule[C, R]], context: C) -> tuple[Rule[C, R], R] | None:
    """The first rule that fires and its evidence, or None when every rule abstains."""
    for rule in rules:
        evidence = rule.function(context)
        if evidence is not None:
            return rule, evidence
    return None
