"""Review 6 of claims.rules.v8: output the rules got wrong on ordinary news prose, each fixed in
claims.rules.v9 (the sentences were made up by the reviewer for the construction)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        # (the review's "He would later become ...", "Mr Howard would not comment" and the sentence after a
        # direct quotation are in test_discourse's cases of no indirect continuation)
        # another actor is the subject, and the author turns away: not the speaker's words
        "The minister said the figures were encouraging. The opposition, however, would have none of it.",
        # "had to" as narration of a past fact
        "The firm said profits rose 5%. The company had to close two plants last year.",
    ],
)
def test_a_backshifted_sentence_is_not_always_the_last_speakers(claims_of, body):
    claims, _ = claims_of(body)
    assert claims[-1].claimer_rule != "indirect-continuation"


def test_indirect_speech_does_not_run_on_through_every_paragraph(claims_of):
    body = (
        "Mr Brown said the economy was strong.\n\nGrowth would reach 3% next year.\n\n"
        "The Bank of England would later raise rates four times.\n\nMost economists would agree."
    )
    claims, _ = claims_of(body)
    assert claims[-1].claimer_kind != "actor"


def test_a_relative_clause_of_another_actor_does_not_continue_indirect_speech(claims_of):
    claims, _ = claims_of("Mr Kennedy said the war was illegal. Mr Blair, who would not comment, was in Brussels.")
    assert all(c.claimer_rule != "indirect-continuation" for c in claims)


def test_an_impersonal_passive_inside_a_running_quotation_is_the_speakers(claims_of):
    claims, _ = claims_of('Mr Wenger said: "We lost the game. Now we are seen as the underdogs. We must fight back."')
    assert claims[1].claimer_kind == "actor"


@pytest.mark.parametrize(
    "body",
    [
        "The film is about author Pamela Travers, who is said to have cried when she saw the film.",
        "Voters backed Abu Mazen, who is expected to win the Palestinian presidential election on 9 January.",
    ],
)
def test_the_antecedent_of_a_relative_agentless_passive_is_not_its_claimer(claims_of, body):
    claims, _ = claims_of(body)
    assert claims[-1].claimer_rule != "relative-reporting"
