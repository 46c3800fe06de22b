"""claims.rules.v29 (claims25): advice under "it would be ... to", wishes put forward by a pseudo-cleft, "it's / it
was time to", and a first-person hope (sentences of the BBC labels, and what must not move)."""

from __future__ import annotations

import pytest


# "it would be unwise / prudent / a mistake to <act>": a judgement of a possible action is a prescription
@pytest.mark.parametrize(
    "body",
    [
        'Sir Ian told a meeting of the Metropolitan Police Authority it would be "unwise" to speculate about whether '
        "there was specific information about risks.",
        'Lib Dem Home Affairs spokesman Mark Oaten said: "It would clearly be prudent to allow the police and local '
        'authorities more time to prepare."',
        '"It would be a fatal mistake not to take full advantage of the union safety effect."',
        '"It would be naive not to use this technological thing that we have at our disposal."',
        'A spokesman said it would be "premature" to say anything further on the issue at the moment.',
    ],
)
def test_advice_about_a_possible_action_prescribes(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "necessity-judgement")


# not advice: a view of an act ("crass"), likelihood ("possible"), a past option, a framing with a clause of its own
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (
            'Culture Minister Alun Pugh said it would be "crass and ignorant" to liken a quango review to Hitler\'s '
            "Germany.",
            "assessment",
        ),
        ('He said it would be possible to "rescue" the government by amending it in the Lords.', "assessment"),
        ("He said it would have been better to have rejected the constitution.", "assessment"),
        ("It would be wrong to suggest that the minister lied.", "assessment"),
    ],
)
def test_no_advice_stays(one, body, ctype):
    assert one(body).claim_type == ctype


# "What we need / want / are asking for is X": the thing put forward as wished for is a prescription
@pytest.mark.parametrize(
    "body",
    [
        '"What we need is the equivalent of a thorough Ofsted inspection of the government\'s accounts."',
        '"What I am asking for is a situation where the lord chancellor cannot act alone," he said.',
        '"What we don\'t want is a situation where the values of the country have moved on."',
        "Instead, what was needed was simple and fair taxation, he said.",
    ],
)
def test_a_wish_put_forward_by_a_cleft_prescribes(one, body):
    assert one(body).claim_type == "prescription"


# not to break: what someone wanted, told in the past, is no wish put forward; other clefts are untouched
@pytest.mark.parametrize(
    "body",
    [
        'What the chancellor wanted was "not by any means what Alan Milburn and the prime minister want to see", Mr '
        "Baume said.",
        '"What we are seeing today is a rather panicky response from the government," he said.',
    ],
)
def test_other_clefts_are_no_wish(one, body):
    assert one(body).claim_type != "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David Blunkett.",
        "There are players who have been knocking on the door, it's time for them to be looked at in these games.",
    ],
)
def test_it_was_time_to_prescribes(one, body):
    assert one(body).claim_type == "prescription"


# a first-person hope for what is to be is a wish put forward by its holder (the clause's modal or copula typed it)
@pytest.mark.parametrize(
    "body",
    [
        '"I hope that Bafta voters will respond to the extremely high standard of acting from the whole cast."',
        '"We hope we will be rewarded as a huge crowd behaving in the best rugby tradition," he said.',
        '"This spirit of cooperation will, I hope, lead to many more measures that will benefit all in the region."',
        '"I just hope Manchester can handle the crowds," he said.',
    ],
)
def test_a_first_person_hope_prescribes(claims_of, body):
    claims, _ = claims_of(body)
    assert claims[0].claim_type == "prescription"


# not to break: a third person's hope keeps its clause's type (the labels split)
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("Allardyce hopes Candela's arrival will relieve Bolton's injury crisis.", "prediction"),
        ("The board hopes the move will reverse a 13% fall in Reliance's shares.", "prediction"),
    ],
)
def test_a_third_person_hope_keeps_its_clause(one, body, ctype):
    assert one(body).claim_type == ctype
