"""review24 of xfix24: near cases of the interview speaker labels (`discourse.speaker_labels`). Made-up sentences."""

from __future__ import annotations

import pytest

TEAM = (
    "Labour named its campaign team on Tuesday.\n\n"
    "Mr Brown: The chancellor has run the Treasury since 1997 and will lead the campaign on the economy.\n\n"
    "Mr Milburn: The former health secretary returns to the cabinet to write the manifesto."
)


def test_a_profile_list_of_named_people_is_no_interview(claims_of):
    """A who's who: each paragraph opened by a person's name and a colon describes that person in the author's words
    (no question is put, no speaker speaks twice)."""
    claims, _ = claims_of(TEAM)
    profiles = [c for c in claims if "Treasury" in c.text or "manifesto" in c.text]
    assert profiles and all(c.claimer_kind == "author" for c in profiles)


def test_a_speaker_who_answers_twice_is_an_interview_without_questions_labelled(claims_of):
    body = (
        "Two developers told us how the site was rebuilt.\n\n"
        "Mr Smith: The beta test was something quick and easy that we could observe.\n\n"
        "Ms Jones: The new pages had come a long way since the beta.\n\n"
        "Mr Smith: All of our adverts are built in-house."
    )
    claims, _ = claims_of(body)
    turns = [c for c in claims if "beta test" in c.text or "adverts" in c.text]
    assert turns and all((c.claimer_kind, c.claimer_text) == ("actor", "Mr Smith") for c in turns)


@pytest.mark.xfail(
    strict=True,
    reason="review24: the first clause kept as a unit under a closing frame with a phrase after the verb ('the bank"
    " said in its report') goes to the author, not the frame's source",
)
def test_the_first_clause_under_a_closing_frame_with_a_phrase_after_it_is_the_sources(claims_of):
    claims, _ = claims_of('Prices rose sharply last year, and "the outlook is grim", the bank said in its report.')
    first = [c for c in claims if c.text.startswith("Prices rose")]
    assert first and first[0].claimer_kind == "actor"
