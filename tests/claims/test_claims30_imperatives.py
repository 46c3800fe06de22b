"""claims30 (issue 12, claim type): a verb in the imperative tells the reader or hearer what to do, a prescription
(claims.rules.v34). With the near cases it must not fire on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Please keep the river clean for the children.",
        "Bring back the old timetable.",
        '"Don\'t let the council close the library," she said.',
        '"Vote for change," he told the crowd.',
    ],
)
def test_an_imperative_is_a_prescription(one, body):
    claim = one(body)
    assert claim.type_rule == "imperative"
    assert claim.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Thank you for all the letters about the bridge.",  # a greeting
        "Imagine that the bridge closes for a year.",  # a frame of thought
        "Think of it as a tax on noise.",  # a framing: what it is, no action
        "Get Me Out Of Here won the award for the best show.",  # a title
        '"Let me be clear about the budget," the minister said.',  # the speaker's frame
        "The minister told farmers to keep the river clean.",  # a directive: its own rule
        "Farmers keep the river clean every spring.",  # a subject: no imperative
        "The council will keep the river clean.",  # a modal
    ],
)
def test_no_imperative(one, body):
    assert one(body).type_rule != "imperative"


# `awaited` (verb-future): a present passive of an arranging verb with no clause tells what is to come
@pytest.mark.parametrize(
    "body",
    [
        "A third film in the series is scheduled for release in 2007.",
        "Stops in Leeds and York are planned for later in the week.",
        "No further action is anticipated.",
    ],
)
def test_present_passive_of_arranging_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.type_rule, claim.claim_type) == ("verb-future", "prediction")


@pytest.mark.parametrize(
    "body",
    [
        "The film was scheduled for release in 2004.",  # past: what was arranged then
        "The new stadium has been planned with great care.",  # a perfect: no future
    ],
)
def test_past_arranging_is_no_prediction(one, body):
    assert one(body).type_rule != "verb-future"
