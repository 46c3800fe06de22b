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
from typing import Any, Generic, TypeVar

C = TypeVar("C")  # what a rule looks at
R = TypeVar("R")  # what a rule returns when it fires


@dataclass(frozen=True)
class Rule(Generic[C, R]):
    """`function(context)` returns None (the rule abstains) or the evidence that it fires."""

    name: str
    decides: str
    function: Callable[[C], R | None]


def first_match(
    rules: Sequence[Rule[C, R]], context: C, accept: Callable[[Rule[C, R], R], bool] | None = None
) -> tuple[Rule[C, R], R] | None:
    """The first rule that fires and its evidence, or None when every rule abstains; `accept` (when given) may turn
    down a rule's evidence, and the next rule is tried."""
    for rule in rules:
        evidence = rule.function(context)
        if evidence is not None and (accept is None or accept(rule, evidence)):
            return rule, evidence
    return None


class context_value(Generic[R]):  # noqa: N801 - used as a decorator, like `functools.cached_property`
    """A rule context's value worked out at its first use and kept in the instance (the instance's
    `__dict__` answers every later use): `functools.cached_property` without the lock that Python 3.11
    takes at every first use (rule contexts are made and read by one thread; the claims step makes
    about 90,000 a shard)."""

    def __init__(self, function: Callable[[Any], R]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> R:
        if instance is None:
            return self  # type: ignore[return-value]
        value = instance.__dict__[self.name] = self.function(instance)
        return value
