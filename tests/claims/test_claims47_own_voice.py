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


# bbc politics/uk-needs-true-immigration-data (s14: Ms Roche's): a first person inside another's reported words
def test_a_first_person_frame_inside_anothers_words_is_not_the_authors(claims_of):
    claims, _ = claims_of(
        "Ms Roche, Labour MP for Hornsey and Wood Green, believes legal migration is something we should welcome."
    )
    assert all(c.claimer_rule != "own-voice" for c in claims), [(c.text, c.claimer_rule) for c in claims]


# bbc sport/time-to-get-tough-on-friendlies (s14: the author's): the own voice does not go on with the last speaker
def test_the_pages_own_voice_does_not_continue_the_last_speakers_indirect_speech(claims_of):
    claims, _ = claims_of(
        "Some people have been saying it would be better to get the players together for the week.\n\n"
        "I would say it's 50-50 whether you should have these games or not."
    )
    assert (claims[-1].claimer_kind, claims[-1].claimer_rule) == ("author", "own-voice")


# opinion23 harpers.org: an author's unit joined with an own-voice one keeps the hold
def test_a_joined_claim_of_the_pages_own_voice_keeps_its_rule(claims_of):
    claims, _ = claims_of(
        "If we won't defend the very thing on which our work depends, we shouldn't expect the public or the state to "
        "defend it for us."
    )
    assert [c.claimer_rule for c in claims if c.claimer_kind == "author"][-1:] == ["own-voice"], [
        (c.text, c.claimer_rule) for c in claims
    ]


@pytest.mark.parametrize(
    "body",
    [
        # s24 mercurynews letters and thenervousbreakdown: the author's, in a clause below the main one
        "That said, I believe that the seeds of doubt this might have cast is very troubling.",
        "It's funny, because I had always thought that it was a little insensitive of her.",
    ],
)
def test_a_first_person_frame_below_the_main_clause_is_the_authors_too(claims_of, body):
    claims, _ = claims_of(body)
    assert "own-voice" in [c.claimer_rule for c in claims], [(c.text, c.claimer_rule) for c in claims]
