"""claims26 (issue 12, claims.rules.v29): attribution and certainty on BBC sentences.

A frame inside a quotation whose subject is the speaker's own "I" or "we" gives its claim to the quotation's speaker:
the labels never name "I" or "we" as a claimer (claims/discourse.py `quoted_first_person`)."""

from __future__ import annotations


# bbc politics/lib-dems-predict-best-ever-poll: the quotation's second sentence opens with "I think"
def test_i_think_inside_a_quotation_is_the_speakers(claims_of):
    claims, _ = claims_of(
        'Looking to the coming elections, Mr Davey said: "We are going to be winning more votes and winning more '
        'seats. "I think we are going to have the best general election results and local election results we have '
        'ever had under [party leader] Charles Kennedy. "I couldn\'t think of a stronger endorsement of a leader."'
    )
    assert [(c.claimer_kind, c.claimer_text) for c in claims] == [("actor", "Mr Davey")] * 3


# bbc politics/boateng-to-step-down-at-election: "I congratulate" goes on with the Chancellor's quotation
def test_a_first_person_speech_act_in_a_quotation_is_the_speakers(claims_of):
    claims, _ = claims_of(
        "Chancellor Gordon Brown said: \"Over the past eight years Paul's contribution to the Treasury and the "
        'government has been exceptional. "I congratulate Paul on his new appointment.'
    )
    assert claims[-1].claimer_kind == "actor"
    assert claims[-1].claimer_text == "Chancellor Gordon Brown"


# bbc entertainment/godzilla-gets-hollywood-fame-star: a quotation of whole sentences after "..., he said."; the hedge
# of "I think" stays
def test_i_think_in_a_quotation_after_a_frame_keeps_its_hedge(claims_of):
    claims, _ = claims_of(
        "\"That's what the producers say. But the producer's a liar,\" he said. \"[Godzilla's] been working for the "
        'last 50 years. So, I think Godzilla just deserves a vacation."'
    )
    assert (claims[-1].claimer_kind, claims[-1].claimer_text, claims[-1].certainty) == ("actor", "he", "hedged")


# a quotation whose speaker is named only when it closes: the first-person frame waits for that speaker
def test_a_first_person_frame_waits_for_the_speaker_named_at_the_close(claims_of):
    claims, _ = claims_of(
        '"We believe that the talks will fail. The army will not withdraw," the rebel commander told reporters.'
    )
    assert [c.claimer_text for c in claims] == ["rebel commander", "rebel commander"]


# outside quotation marks the first person is a letter's or a column's: the author's voice (claims47: `own-voice`, as
# the labels have it; claims26 left it an actor "I", which the claimer phrase step then gave the last speaker)
def test_a_first_person_frame_outside_quotation_marks_is_the_authors(one):
    claim = one("I think the plan will fail.")
    assert (claim.claimer_kind, claim.claimer_text, claim.claimer_rule) == ("author", None, "own-voice")


# "according to X": the labels call 'according to the book / the law / the ministerial code / personal tastes' the
# actor's, with X the claimer phrase, whatever noun X is (claims/attribution.py `according`)
def test_according_to_the_ministerial_code_is_the_codes(one):
    claim = one("According to the ministerial code, ministers must not use public resources for party purposes.")
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == ("actor", "the ministerial code", "reported")


def test_according_to_how_much_is_no_source(one):
    claim = one("Fees vary according to how much the student earns.")
    assert claim.claimer_kind == "author"


# bound to its verb, "according to" tells a manner (bbc tech/the-pirates-with-no-profit, the labels' "modelled according
# to the laws of physics")
def test_according_to_a_code_bound_to_its_verb_is_a_manner(one):
    claim = one(
        "Warez groups, which began to surface in the early 1990s, operate according to a strict code of honour."
    )
    assert claim.claimer_kind == "author"


# a speaker's frame wins over a noun that names no source (bbc politics/goldsmith-denies-war-advice-claim)
def test_a_speaker_citing_the_ministerial_code_is_the_claimer(one):
    claim = one("She said the full advice should have been attached, according to the ministerial code.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "She")


# a fear's clause hedges under a closing frame (review18c), and the root's fear without one (bbc politics/could-rivalry-
# overshadow-campaign), but not a fear in a clause of reason (bbc tech/new-delay-hits-eu-software-laws)
def test_a_fear_of_the_root_is_hedged(one):
    claim = one(
        "Those with slim majorities are particularly fearful that the rift could hit their own hopes of re-election."
    )
    assert claim.certainty == "hedged"


def test_a_fear_in_a_clause_of_reason_hedges_nothing(claims_of):
    claims, _ = claims_of(
        "In December, Poland requested more time to consider the issue because it was concerned that the law could "
        "lead to the patenting of pure computer programs."
    )
    assert claims[0].certainty == "asserted"
