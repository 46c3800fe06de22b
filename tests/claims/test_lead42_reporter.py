"""The lead, session 42 (claims.rules.v64): a pronoun after a sentence whose main-clause subject reports what another
person had said goes to that reporter, not to the person reported (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Director Chris Weitz said he had visited the author Philip Pullman, who had told him that the villain could "
        'stand for any arbitrary power. He added: "I have no desire to change the villains."',
        "Home Secretary Charles Clarke said he had backed the plans when David Blunkett argued for them in Cabinet. "
        '"ID cards are a means to a safer society," he said.',
    ],
)
def test_a_pronoun_goes_to_the_reporter_not_to_the_person_reported(claims_of, body):
    claims, _ = claims_of(body)
    reporter = claims[0].claimer_actor_id
    assert reporter is not None
    assert claims[-1].claimer_text.lower() == "he" and claims[-1].claimer_actor_id == reporter


def test_a_speaker_who_is_a_main_clauses_subject_keeps_the_pronoun(claims_of):
    # both are subjects of a main clause (the second a conjunct): the last speaker keeps "he"
    claims, _ = claims_of(
        'Mr John Smith welcomed the plan, but Mr Peter Brown said it would fail. "It is a mistake," he added.'
    )
    assert claims[-1].claimer_text == "he" and claims[-1].claimer_actor_id == "disc.peter_brown"
