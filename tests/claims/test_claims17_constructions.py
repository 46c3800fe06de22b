"""claims17 (claims.rules.v25): a framing clause "As X said, ..." before the clause it frames gives X as that
clause's claimer and is no claim of its own; inside a quotation the speaker still claims (real BBC sentences)."""

from __future__ import annotations

import pytest


def test_an_as_frame_names_the_claimer_of_the_clause_it_opens(one):
    body = (
        "As Tory spokesman Oliver Letwin said - any chancellor would use his pre-election budget to offer some vote "
        "winning sweeteners, wouldn't he."
    )
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == (
        "actor",
        "Tory spokesman Oliver Letwin",
        "reported",
    )


def test_an_as_frame_is_no_claim_of_its_own(claims_of):
    body = "As the Tory leader declared, the aim of the exercise is to open up a real economic policy divide."
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == [body]
    assert claims[0].claimer_text == "Tory leader"


def test_an_as_frame_inside_a_quotation_leaves_the_speaker_as_claimer(claims_of):
    body = (
        '"As Lord Woolf also acknowledged, it is highly unlikely that the lord chancellor would appoint a judge '
        'against the wishes of the lord chief justice," she said.'
    )
    claims, _ = claims_of(body)
    assert [c.claimer_text for c in claims] == ["she"]


def test_an_as_clause_with_an_object_is_still_a_clause_of_its_own(claims_of):
    # 'announced the Budget date': an act the author tells, not a frame of what Ernst & Young urged
    body = (
        "As Mr Brown announced the Budget date in a short ministerial statement, accountancy firm Ernst & Young "
        "urged him to put politics aside and focus on the long-term requirements of the economy."
    )
    claims, _ = claims_of(body)
    first = next(c for c in claims if c.text.startswith("As Mr Brown"))
    assert first.claimer_kind == "author"
    assert not first.text.endswith("economy.")


def test_an_as_clause_of_no_reporting_verb_frames_nothing(one):
    claim = one("As expected, the bank raised interest rates to 4.75%.")
    assert claim.claimer_kind == "author"


def test_an_as_frame_of_the_first_person_is_the_columns_own_voice(claims_of):
    body = "As I said, winning the major honours is the hardest task of all."
    claims, _ = claims_of(body)
    assert all(c.claimer_kind == "author" for c in claims)


def test_an_as_frame_deep_in_the_authors_clause_frames_nothing(one):
    body = (
        "Commentators will listen to his speech closely for hints on whether, as the Conservatives claim, he plans "
        "to raise tax after the election."
    )
    assert one(body).claimer_kind == "author"


def test_a_firm_that_has_shown_something_is_no_frame(one):
    body = "As Google has shown, there is money in offering a service that people cannot live without."
    assert one(body).claimer_kind == "author"


def test_an_as_frame_with_clauses_of_its_own_between_keeps_its_words(claims_of):
    body = (
        "As the information commissioner himself has said, if people are not marketing something, if they are "
        "asking them which way they are going to vote, they are not in breach of the law."
    )
    claims, _ = claims_of(body)
    assert any("information commissioner" in c.text for c in claims)


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("Even so, analysts reckon that the saga still has a long way to go.", "analysts"),
        ("MTV reckons it will give McDonald's access to nearly 400 million homes in 162 countries.", "MTV"),
    ],
)
def test_who_reckons_puts_the_claim_forward(one, body, claimer):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", claimer)


@pytest.mark.parametrize(
    "body",
    [
        "The lawsuit said Willis has endured extreme mental, physical and emotional pain and suffering.",
        'The complaint said an "unidentified individual... has recently misappropriated and disseminated '
        'confidential information".',
    ],
)
def test_a_lawsuit_or_complaint_that_says_something_is_its_claimer(one, body):
    assert one(body).claimer_kind == "actor"


def test_being_unsure_is_a_state_of_the_actor(one):
    # ANNOTATION: an actor's own position or state is an event (3 s16 labels, all events)
    assert one("Campbell, who won Olympic 4x100m relay gold, had been unsure about his future.").claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "Whether this will finally be enough to shift those polls remains to be seen.",
        "It looks as if a new dark age is coming.",
        "It looks like a good opportunity to try out players like Middlesbrough winger Stewart Downing.",
    ],
)
def test_what_remains_to_be_seen_or_looks_as_if_is_hedged(one, body):
    assert one(body).certainty == "hedged"
