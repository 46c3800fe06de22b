"""fix58b (session 51, issue 12; review58 findings 3, 4 and 6). `type.bound_to_come`: a pluperfect ("It had only ever
been a matter of time before he was caught") or a past "going to be" ("It was always going to be a matter of time
before the regime fell") tells what came, as the simple past does: no prediction unless reported.
`type.sooner_the_better`: a first half in the past ("The harder they fought in the 1990s, the better") judges what was
done, no prescription. `type.regarded_as`: a present passive "is seen as" with a picture named in the sentence ("in
the footage", "in a photograph from 2014") describes the picture, literal seeing. config/eval/README.md "fix58b"."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import holds_type


def last(claims):
    return claims[-1]


def seeing(claims):
    return next(c for c in claims if any(w in c.text.split() for w in ("see", "saw", "seen", "views", "viewed")))


# finding 3: a retrospective frame is no prediction


@pytest.mark.parametrize(
    "body",
    [
        "It had only ever been a matter of time before he was caught.",
        "It had been a matter of time before the ceasefire collapsed, and on Monday it did.",
        "It was always going to be a matter of time before the regime fell.",
    ],
)
def test_a_retrospective_matter_of_time_is_no_prediction(claims_of, body):
    for c in claims_of(body)[0]:
        assert c.type_rule != "bound-to-come", (c.text, c.claim_type, c.type_rule)


@pytest.mark.parametrize(
    "body",
    [
        # reported past stays a prediction (claims72)
        "However, he added that it was only a matter of time before such large attacks were mounted.",
        "It is only a matter of time before the firm is sold.",
        "It is going to be a matter of time before the firm is sold.",
    ],
)
def test_a_present_or_reported_matter_of_time_stays_a_prediction(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("prediction", "bound-to-come"), (c.text, c.claim_type, c.type_rule)
    assert holds_type(c)


# finding 4: a past first half judges what was done


@pytest.mark.parametrize(
    "body",
    [
        "The harder they fought in the 1990s, the better.",
        "The more goals they scored last season, the better.",
    ],
)
def test_a_past_correlative_is_no_prescription(claims_of, body):
    for c in claims_of(body)[0]:
        assert c.type_rule != "necessity-judgement", (c.text, c.claim_type, c.type_rule)


@pytest.mark.parametrize(
    "body",
    [
        'He told BBC Radio 4\'s Today programme: "The sooner we get on with this, the better."',
        '"The more involved I can be with the LTA, the better.',
        '"The sooner we get it done, the better."',
        '"The more people who come, the better," he said.',
    ],
)
def test_a_present_or_verbless_correlative_stays_a_prescription(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("prescription", "necessity-judgement"), (c.text, c.claim_type, c.type_rule)


# finding 6: a present passive describing a picture is literal seeing


@pytest.mark.parametrize(
    "body",
    [
        "In the footage, the suspect is seen as a passenger in a white van.",
        "The soldier is seen as a teenager in a photograph from 2014.",
        "In the video, the singer is seen as a young boy in Glasgow.",
    ],
)
def test_a_picture_seen_in_the_present_is_literal(claims_of, body):
    c = seeing(claims_of(body)[0])
    assert c.type_rule not in {"regarded-as", "verb-assessment"}, (c.text, c.claim_type, c.type_rule)
    assert not holds_type(c)


@pytest.mark.parametrize(
    "body",
    [
        "Ferguson is seen as a passenger in the side by many supporters.",
        "Investors see the bank as a bystander in the crisis.",
        # a picture, but a characterising noun: not a depicted one
        "In the footage, the minister is seen as a leader by his supporters.",
    ],
)
def test_a_standing_view_keeps_regarded_as(claims_of, body):
    c = seeing(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("assessment", "regarded-as"), (c.text, c.claim_type, c.type_rule)
