"""Impersonal passives (claims/impersonal.py): a verb of belief or report in the passive with no
agent attributes the claim to no named source; belief hedges it, report only reports it. The
sentences are made up for the construction."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "certainty"),
    [
        ("The minister is also expected to resign next week.", "hedged"),
        ("The new drug is predicted to cut deaths by a third.", "hedged"),
        ("The merger is seen as a threat to small shops.", "hedged"),
        ("It had been feared that the talks would collapse.", "hedged"),
        ("The band has been described as the loudest in Europe.", "reported"),
    ],
)
def test_an_agentless_passive_of_belief_or_report_is_an_unnamed_source(one, body, certainty):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule, claim.certainty) == ("unnamed", "impersonal-passive", certainty)


@pytest.mark.parametrize(
    "body",
    [
        # the source is named: the agent, also where the parser hangs "by" lower
        "The merger is seen as a threat by small shopkeepers.",
        # a passive of an act, not of belief
        "He was named as the new coach on Monday.",
        # what should be or is likely to be believed, not what is believed
        "Nato must be seen as a neutral force.",
        "The decision is likely to be seen as a snub to the unions.",
        # a free relative or a relative clause, not the claim's own clause
        "The council closed the road in what will be seen as a snub to residents.",
        "Firms that are seen as suitors include two banks.",
    ],
)
def test_no_unnamed_source_without_an_agentless_passive_over_the_claim(one, body):
    assert one(body).claimer_rule != "impersonal-passive"


@pytest.mark.parametrize(
    "body",
    [
        "The new bridge is expected to open in March.",
        "The new bridge is not expected to open before March.",
        "The new bridge is widely expected to open in March.",
        "The singer is said to be recording a second album.",
    ],
)
def test_one_construction_gets_one_rule_whatever_its_negation_or_adverbs(one, body):
    # review6: "is expected to" matched the unnamed-source phrases while "is not expected to" fell
    # through to the passive rule; the passive rule now reads both, so the claimer_rule is the same
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule, claim.certainty)[:2] == ("unnamed", "impersonal-passive")
