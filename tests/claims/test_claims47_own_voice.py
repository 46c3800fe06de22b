"""claims47 (issue 12, claims.rules.v55): a frame whose subject is the writer's own I or we, in a sentence with no
quotation mark and inside no quotation, is the page's own voice (a column, a reader's comment or letter, a blog post):
the author's claim, not an actor "I" that the claimer phrase step then hands to the last speaker named before
(`discourse.own_voice`; silver: "I suggest we move one step further" is the author's, asserted). A labelled
interview turn or an embedded post keeps its speaker; a quotation's I keeps its speaker (claims26)."""

from __future__ import annotations

import pytest


# bbc politics/terror-powers-expose-tyranny: a reader's comment after the government was quoted
def test_a_readers_first_person_suggestion_is_the_authors(claims_of):
    claims, _ = claims_of(
        "To be protected from terror the government says, we must become a tyranny.\n\n"
        "An interesting article - its good to see widening participation in the debate - but I suggest we move one "
        "step further."
    )
    last = claims[-1]
    assert (last.claimer_kind, last.claimer_text, last.certainty) == ("author", None, "asserted")
    assert (last.claim_type, last.type_rule) == ("prescription", "verb-prescription")


@pytest.mark.parametrize(
    ("body", "certainty"),
    [
        ("I recommend daemontools.", "asserted"),
        ("We hope you enjoy Python 3.6.0!", "asserted"),
        ("I do not believe that the Yellow Vests support harmful policies that cause climate change.", "asserted"),
        # the writer's own "I think" hedges as the author's hedge phrase does
        ("I think jobs should create their own wage value.", "hedged"),
    ],
)
def test_a_first_person_frame_in_the_pages_own_voice_is_the_authors(one, body, certainty):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == ("author", None, certainty)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # inside a quotation: the quotation's speaker (claims26)
        ('"I think the plan will fail," Mr Brown said.', "Mr Brown"),
        # a quotation open from the sentence before: the speaker named when it closes
        ('Mr Brown said: "The talks went well. We believe the plan will fail."', "Mr Brown"),
    ],
)
def test_a_first_person_frame_inside_a_quotation_keeps_its_speaker(claims_of, body, speaker):
    claims, _ = claims_of(body)
    assert (claims[-1].claimer_kind, claims[-1].claimer_text) == ("actor", speaker)


def test_a_first_person_frame_with_a_quotation_mark_is_left_as_before(one):
    claim = one('I think the "reforms" will fail.')
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "I")
