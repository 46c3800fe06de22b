"""claims47 (issue 12, claims.rules.v55): a reporting frame inside a clause of condition reports nothing the article
asserts ("If the FA ask me what happened, I will tell them": the FA ask nothing). The clause's verb, or a verb under
it, proposes no claimer; the sentence's own frame, the quotation's speaker or the author claims the unit
(`attribution.hypothetical_frame`). Counted on every label set and read on the corpora's rows before it was written
(docs/claims-classifier-tries.md, "claims47")."""

from __future__ import annotations

import pytest


def claimers(claims) -> list[tuple[str, str | None]]:
    return [(c.claimer_kind, c.claimer_text) for c in claims]


# bbc football/mourinho-to-escape-fa-charge: the conditional's "ask" is the FA's on m39
def test_a_conditional_ask_goes_to_the_quotations_speaker(claims_of):
    claims, _ = claims_of(
        '"I see one referee in the first half and another in the second," said Mourinho. "If the FA ask me what '
        "happened, I will tell them."
    )
    assert all(text != "FA" for _, text in claimers(claims)), claimers(claims)
    assert claimers(claims)[1:] == [("actor", "Mourinho")] * (len(claims) - 1)


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # s14: labelled the sentence's speaker ("He"), m39 "they"
        (
            "He said the party always asked people if they would be happy to be contacted again and if they said no, "
            "they were not rung again.",
            "they",
        ),
        # s16: a present "when" of habit, labelled the speaker, m39 "director"
        (
            "Mr Jones said the band never rehearsed. \"When the director says 'music' the orchestra plays and he "
            'takes a long shot of the hall."',
            "director",
        ),
        # s17: labelled the home secretary, m39 "they"
        (
            'The home secretary said local people would also be able to "trigger" action on specific problems if '
            "they felt nothing was being done.",
            "they",
        ),
        # web: 'unless denied by station staff' (a passive's agent in a condition)
        ("Travel will be allowed unless denied by station staff.", "station staff"),
        # bbc: "if you like" is no quotation's frame
        ('Call it a tax on music "pollution", if you like.', "you"),
    ],
)
def test_a_frame_in_a_condition_is_not_the_claimer(claims_of, body, wrong):
    claims, _ = claims_of(body)
    assert all(text != wrong for _, text in claimers(claims)), claimers(claims)


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        # a past "when" reports what was said (s9, s14 label the clause's subject)
        (
            "The minister caused uproar when he said his ministry was having difficulty hiring women.",
            "he",
        ),
        (
            "The falls were triggered when the Energy Information Administration said on Wednesday that US crude "
            "stocks were 3.5% higher than a year ago.",
            "Energy Information Administration",
        ),
        # "even if" concedes what was said (s14)
        (
            'Tait received praise from Robinson afterwards, even if the coach admitted Cardiff was an "unforgiving '
            'place" for the teenage prodigy.',
            "coach",
        ),
        # the parser's "if" on the frame of an inversion: the speaker still frames the sentence (silver, s17)
        (
            "Curfews and community service orders were other options which could be used if court orders to allow "
            "parental access were defied, Lord Falconer said.",
            "Lord Falconer",
        ),
        # a frame of the main clause after a condition still frames it
        ("If the talks fail, the union said it would strike.", "union"),
    ],
)
def test_a_frame_outside_a_condition_still_claims(claims_of, body, claimer):
    claims, _ = claims_of(body)
    assert claimer in [text for _, text in claimers(claims)], claimers(claims)
