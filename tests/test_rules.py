"""Rule registries: first match wins, abstaining rules are skipped."""

from __future__ import annotations

from narrative_pipeline.rules import Rule, first_match

RULES = (
    Rule("small", "low", lambda n: [n] if n < 10 else None),
    Rule("even", "even", lambda n: [n] if n % 2 == 0 else None),
    Rule("small", "low", lambda n: [] if n < 20 else None),
)


def test_first_rule_that_fires_decides():
    rule, evidence = first_match(RULES, 4)
    assert (rule.name, rule.decides, evidence) == ("small", "low", [4])
    assert first_match(RULES, 12)[0].name == "even"


def test_empty_evidence_still_fires_and_none_when_all_abstain():
    assert first_match(RULES, 13) == (RULES[2], [])
    assert first_match(RULES, 21) is None


def test_evidence_that_accept_refuses_abstains():
    # claims92: a claim type rule whose cue lies outside the unit abstains
    assert first_match(RULES, 4, lambda rule, evidence: rule.name != "small") == (RULES[1], [4])
    assert first_match(RULES, 13, lambda rule, evidence: bool(evidence)) is None


def test_context_value_is_worked_out_once_per_instance_and_kept():
    from dataclasses import dataclass

    from narrative_pipeline.rules import context_value

    calls: list[int] = []

    @dataclass(frozen=True)
    class Context:
        n: int

        @context_value
        def square(self) -> int:
            """The square."""
            calls.append(self.n)
            return self.n * self.n

    a, b = Context(3), Context(4)
    assert (a.square, a.square, b.square, a.square) == (9, 9, 16, 9)
    assert calls == [3, 4]  # once per instance, even on a frozen dataclass
    assert a.__dict__["square"] == 9 and Context.square.__doc__ == "The square."
