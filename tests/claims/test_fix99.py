"""fix99 (session 65, issue 12; claims.rules.v140): a passive's agent in a relative clause that reports only its noun.

fix95 made a relative clause whose reporting verb reports only the noun it hangs on part of its sentence's claim
(`verbs.reports_the_noun_only`); a passive one with an agent then let `attribution.passive_agent` make that agent the
claimer of the whole sentence ('"... do anything she is told to by Tony Blair - ..."': Tony Blair instead of the speaker
the quotation continues). Such a relative clause frames nothing: the agent of a passive on the sentence's own verb, a
quotation's speaker, or the author puts the claim forward. Behind it in the same sentence, "irrespective of how
strongly they feel to the contrary": a bare verb of a how-question that is a preposition's complement reports nothing
either (`verbs.how_aside`).
"""

from __future__ import annotations

import pytest


def test_a_quotation_with_a_passive_relative_clause_stays_its_speakers(claims_of):
    """Fails on main: the last claim's claimer is Tony Blair (passive-agent); with only the passive refused, "they"
    ("how strongly they feel": `verbs.how_aside`)."""
    claims, _ = claims_of(
        'He added: "Here in this constituency there is a New Labour stooge MP. "A stooge who will sing any song, make'
        " any speech, do anything she is told to by Tony Blair - irrespective of how her constituents are adversely"
        ' affected or how strongly they feel to the contrary."'
    )
    last = claims[-1]
    assert "told to by Tony Blair" in last.text, [c.text for c in claims]
    assert last.claimer_rule != "passive-agent" and last.claimer_text == "He", (last.claimer_text, last.claimer_rule)


def test_the_main_verbs_passive_agent_frames_the_sentence(one):
    """Near case (holds on main): the sentence's own passive agent, not the relative clause's (the minister)."""
    claim = one("The reforms he was told about by the minister were rejected by the committee.")
    assert claim.claimer_text == "committee", (claim.claimer_text, claim.claimer_rule)


def test_a_passive_with_its_own_clause_keeps_its_agent(claims_of):
    """Near case (holds on main): a passive main clause's agent frames the clause ('was denied by X')."""
    claims, _ = claims_of("The claim that the plan had failed was denied by Mr Blair.")
    assert any(c.claimer_rule == "passive-agent" and "Blair" in (c.claimer_text or "") for c in claims), [
        (c.text, c.claimer_text, c.claimer_rule) for c in claims
    ]


def test_a_relative_clause_with_its_own_content_is_not_refused(claims_of):
    """Near case (holds on main): a relative clause that reports a clause frames it ('which he said had ...')."""
    claims, _ = claims_of("He pointed to the figures, which he said had been understated by the Treasury.")
    assert any(c.claimer_rule == "relative-reporting" for c in claims), [(c.text, c.claimer_rule) for c in claims]


@pytest.mark.parametrize(
    "body",
    [
        "The plan will go ahead regardless of how strongly the unions feel about it.",
        "The plan will go ahead irrespective of how the workers are affected or how strongly they feel about it.",
    ],
)
def test_a_how_question_under_a_preposition_frames_nothing(one, body):
    claim = one(body)
    assert claim.claimer_kind == "author", (claim.claimer_text, claim.claimer_rule)


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("Asked how he felt, Smith said the team had played well.", "Smith"),
        ("She explained how she felt about the decision.", "She"),
    ],
)
def test_near_case_a_how_clause_that_is_no_prepositions_complement(one, body, claimer):
    claim = one(body)
    assert claim.claimer_text == claimer, (claim.claimer_text, claim.claimer_rule)
