"""claims81 (issue 12): an agentless passive of belief or report that continues, as a conjunct with no subject of its
own, a clause an actor's reporting verb governs is the actor's ("Mr Manuel added that inflation fell ... and is
expected to remain ...": b81's claimer miss; the labels give such a passive under a frame to the frame's source, 14 of
16 rows), hedged by the passive as before. A passive with a subject of its own, or in a clause of its own kind, stays
no one's (config/eval/README.md, "claims81")."""

from __future__ import annotations

import pytest


def unit_with(claims, words: str):
    found = [c for c in claims if words in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        # b81 (labelled prediction, hedged, actor "Mr Manuel"); m64: unnamed
        (
            "Mr Manuel added that inflation fell to 4.3% in 2004 and is expected to remain at between 3% and 6% "
            "from now until at least 2008.",
            "expected to remain",
            "Mr Manuel",
        ),
        # m64-bbc: a past passive of belief
        (
            "Monica Chadha, BBC Delhi reporter, said air travel in India had increased sharply and was expected to "
            "rise even further.",
            "expected to rise",
            "Monica Chadha",
        ),
        # m64-bbc: a present "say" and "is believed to"
        (
            "Police say the suspect ran off towards Wilmslow Road and is believed to have been driving a red car.",
            "believed to have been driving",
            "Police",
        ),
    ],
)
def test_a_passive_conjunct_of_a_reported_clause_is_the_reporters(claims_of, body, words, who):
    c = unit_with(claims_of(body)[0], words)
    assert (c.claimer_kind, c.claimer_text, c.certainty) == ("actor", who, "hedged"), (c.text, c.claimer_rule)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # a clause with a subject of its own after "but": the belief is not the officials' (m64-bbc)
        (
            "Treasury officials have said there will not be a pre-election giveaway but Mr Brown is thought to have "
            "about £2bn to spare.",
            "is thought to have",
        ),
        # a "while" clause of its own (m64-bbc)
        (
            "Investors are betting that the ECB will not act, while the US is thought to favour a declining dollar.",
            "is thought to favour",
        ),
        # the next sentence: no frame governs it
        ("Mr Manuel said inflation fell in 2004. It is expected to remain low.", "expected to remain low"),
    ],
)
def test_a_passive_the_frame_does_not_govern_stays_no_ones(claims_of, body, words):
    c = unit_with(claims_of(body)[0], words)
    assert (c.claimer_kind, c.certainty) == ("unnamed", "hedged"), (c.text, c.claimer_rule)


def test_a_frame_and_its_passive_in_one_unit_stay_as_they_were(claims_of):
    c = unit_with(claims_of("The firm said profits were expected to rise.")[0], "expected to rise")
    assert (c.claimer_kind, c.claimer_text) == ("actor", "firm")
