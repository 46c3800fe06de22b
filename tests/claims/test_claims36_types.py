"""claims36: a directive to come is a forecast, a past passive directive a narrated event; "tipped to" forecasts."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        # under a modal of the future: what will be asked (the labels: 12 of 13 predictions)
        ('Mr Clarke said: "I will be asking Parliament to renew this legislation in the New Year."', "prediction"),
        ("The company's creditors will be asked to vote on the plan later this year.", "prediction"),
        ("Local communities would be asked to go to the polls to elect their own police commissioner.", "prediction"),
        ("Menatep says it will ask Rosneft to repay a loan.", "prediction"),
        # a past simple passive: what was asked of someone, narrated (6 of 6 events)
        ("McCririck was ordered to leave the house on Monday.", "event"),
        ("He was advised to exercise judgement to avoid the perception of a conflict.", "event"),
    ],
)
def test_directives_to_come_and_past_passives(one, body, claim_type):
    assert one(body).claim_type == claim_type


@pytest.mark.parametrize(
    "body",
    [
        "He urged Labour supporters to vote tactically to remove prominent Conservatives.",
        "The TUC has called on the government to appoint roving safety reps.",
        "Tony Blair is urging European leaders to wake up.",
        "Campaigners have been asked not to bring any animals or alcohol.",  # a present perfect passive still stands
        "Net users are being told to avoid a scam website.",  # a present passive
        '"I think the BBC would be much better advised to leave all this stuff well alone."',  # advice
    ],
)
def test_directives_that_stay_prescriptions(one, body):
    assert one(body).claim_type == "prescription"


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        ("Jamie Foxx is tipped to win best actor for Ray.", "prediction"),
        ("Campese has tipped Wales to win both the Six Nations and the Grand Slam.", "prediction"),
        ("The Xbox game Halo 2 is also widely tipped to be one of the best-selling games of the year.", "prediction"),
        # no infinitive: left as before (the labels split "tipped for / as")
        ("O'Driscoll is among a host of players that are tipped for Lions call-ups.", "event"),
        ("Nigel Quashie had Pompey's best chance when his effort was tipped over.", "event"),
    ],
)
def test_tipped_to(one, body, claim_type):
    """claims36: "tip" forecasts with an infinitive (the labels: 8 of 8 "tipped to" + infinitive are predictions;
    `sense_bound_prediction_verbs` since claims37)."""
    assert one(body).claim_type == claim_type


@pytest.mark.parametrize(
    "body",
    [
        '"I would also urge them to listen to top chefs," she said.',
        '"I\'d call on ministers to work with the industry," he said.',
    ],
)
def test_a_speakers_own_would_urge_stays_a_prescription(one, body):
    assert one(body).claim_type == "prescription"
