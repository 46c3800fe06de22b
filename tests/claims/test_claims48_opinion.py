"""claims48 (issue 12, claims.rules.v56): a first-person frame of opinion in the present ("I think", "I don't think",
"we feel", "I believe") puts its holder's own view forward: an assessment (`type.opinion_frame`, rule name
`opinion-frame`), after the rules that read a prediction, a prescription or a judging word in the content. Counted on
every label set before it was written: every labelled author's unit of the shape is an assessment (11 of 11), and 7
of the 8 quoted ones whose content no earlier rule typed (docs/claims-classifier-tries.md, "claims48")."""

from __future__ import annotations

import pytest


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    "body",
    [
        # bbc record-fails-to-lift-lacklustre-meet: a columnist's view, an event on m40
        "I still think he is in great shape.",
        # bbc losing-yourself-in-online-gaming (a reader's comment), an event on m40
        "I dont think parents know just what they are letting there children into.",
        # s17: labelled an assessment, the author's; an event on m40
        "I feel there are both negatives and positives to the increase.",
        # s24: labelled an assessment, the author's; an event on m40
        "I do not believe that the Yellow Vests support harmful policies that cause climate change.",
        # web: a review's verdict
        "In general, we feel that Coinbase is best suited for first-time crypto investors.",
        # s16: labelled an assessment (a default event's content)
        "On the other hand, I think Jason Gardener is struggling to come near what is going to be required.",
    ],
)
def test_a_present_first_person_opinion_frame_is_an_assessment(claims_of, body):
    claims, _ = claims_of(body)
    c = last(claims)
    assert (c.claim_type, c.type_rule) == ("assessment", "opinion-frame"), (c.text, c.claim_type, c.type_rule)


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        # the content's modal or judging word decides first
        ("I think we will be successful.", "prediction"),
        ("I think the government should do more to help young bands.", "prescription"),
        ("I think remakes are a good idea.", "assessment"),
    ],
)
def test_a_content_typed_by_an_earlier_rule_keeps_it(claims_of, body, claim_type):
    c = last(claims_of(body)[0])
    assert c.claim_type == claim_type and c.type_rule != "opinion-frame", (c.text, c.claim_type, c.type_rule)


@pytest.mark.parametrize(
    "body",
    [
        # a view told in the past narrates what the writer once held
        "Honestly, I believed I had to attend art school to be taken seriously as an artist.",
        "I thought the source transformer would be relatively short-lived.",
        # a modal on the frame: incredulity, no view put forward
        "I can't believe that so many of these comments are against the minimum wage!",
        # another's view: the rules of reported speech decide
        "He thinks the plan works.",
        # not a verb of opinion
        "I know the plan works.",
        # a content under a modal is the modals' rules' ('hedged_judgement' here)
        "I think it could be one way of gaining some of that back.",
    ],
)
def test_no_opinion_frame(claims_of, body):
    c = last(claims_of(body)[0])
    assert c.type_rule != "opinion-frame", (c.text, c.claim_type, c.type_rule)
