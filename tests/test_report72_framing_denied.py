"""A predicate label the sentence denies is marked `negated` (review68 6): "Turkey will not be a burden" attaches
"burden" to Turkey only to deny it. The label stays a row (a denial is a framing move); the report lists it apart."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "actor", "label"),
    [
        ("Turkey will not be a burden for the EU budget, the minister said.", "state_tur", "burden"),
        ("Russia is no longer a partner of the alliance, the report said.", "state_rus", "partner"),
        ("Iraq is no threat to its neighbours, the minister said.", "state_irq", "threat"),
        ("Tony Blair is not a liar, his spokesman said.", "tony_blair", "liar"),
    ],
)
def test_a_denied_predicate_label_is_negated(predicates, body, actor, label):
    assert predicates(body).get((actor, label)) is True


@pytest.mark.parametrize(
    ("body", "actor", "label"),
    [
        ("Turkey will be a burden for the EU budget, the minister said.", "state_tur", "burden"),
        ("Russia is still a partner of the alliance, the report said.", "state_rus", "partner"),
        ("Tony Blair is a liar, his critics said.", "tony_blair", "liar"),
    ],
)
def test_an_affirmed_predicate_label_is_not(predicates, body, actor, label):
    assert predicates(body).get((actor, label)) is False


@pytest.mark.parametrize(
    ("body", "actor", "label"),
    [
        ("Labour denied that Tony Blair was a liar, a spokesman said.", "tony_blair", "liar"),
        ("The minister said no-one in the committee felt Tony Blair was a liar.", "tony_blair", "liar"),
        ("Nobody thinks Tony Blair is a liar, the minister said.", "tony_blair", "liar"),
        ("Russia can hardly be called a partner, the minister said.", "state_rus", "partner"),
    ],
)
def test_a_label_said_by_a_denial_or_by_nobody_is_negated(predicates, body, actor, label):
    """review69 9: the label's clause under a denial verb or a nobody subject, and "hardly" (report73)."""
    assert predicates(body).get((actor, label)) is True


@pytest.mark.parametrize(
    ("body", "actor", "label"),
    [
        ("Labour said that Tony Blair was a liar, a spokesman said.", "tony_blair", "liar"),
        ("Labour did not deny that Tony Blair was a liar, a spokesman said.", "tony_blair", "liar"),
        ("Russia is not the only partner of the alliance, the report said.", "state_rus", "only partner"),
        ("Russia is not just a partner of the alliance, the report said.", "state_rus", "just a partner"),
    ],
)
def test_a_label_said_or_only_scaled_down_is_not_negated(predicates, body, actor, label):
    """An assertion stays affirmed; an undenied denial leaves it open; "not the only / just X" denies a degree."""
    assert predicates(body).get((actor, label)) is False
