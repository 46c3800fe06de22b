"""review43: what actors54's `person-evidence` took for a person's evidence that a body has as well. A firm or a club
is said to be an adviser, a winner, a partner; a body that rejects, denies or defends "his" claims answers another
person, whose "his" it is. Each sentence through the real parse (`typed` of tests/actors/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Goldman Sachs is the adviser to the bidder. Goldman Sachs declined to comment.", "Goldman Sachs"),
        (
            "Morgan Stanley is the adviser to the government on the sale. Morgan Stanley declined to comment.",
            "Morgan Stanley",
        ),
        ("Blue Origin was named winner of the contract. Blue Origin said it was delighted.", "Blue Origin"),
    ],
)
def test_a_noun_a_body_is_said_to_be_is_no_evidence_of_a_person(typed, text, name):
    assert typed(text)[name] == ("organisation", "ner-label")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The former chairman sued the firm. Nordic Mining denied his claims. Nordic Mining said it would fight.",
            "Nordic Mining",
        ),
        (
            "The athlete was dropped. British Athletics defended her omission from the team. British Athletics said it "
            "was final.",
            "British Athletics",
        ),
    ],
)
def test_a_his_in_what_a_body_answers_is_anothers(typed, text, name):
    assert typed(text)[name] == ("organisation", "ner-label")


def test_a_persons_own_act_is_still_evidence(typed):
    """Near case: 'Varga tapped in his second' (no verb of answer), 'is the editor of' (no body's office)."""
    text = (
        "The home side's Craig Bryson had a goal chopped off before Stan Varga headed Celtic into the lead. "
        "Stilian Petrov slid in a third, Varga tapped in his second and Craig Bellamy completed the rout."
    )
    assert typed(text)["Stan Varga"] == ("person", "person-evidence")
    assert typed("Owain Bennallack is the editor of Develop magazine.")["Owain Bennallack"] == (
        "person",
        "person-evidence",
    )


def test_with_no_one_named_before_a_verb_of_answer_keeps_its_evidence(typed):
    """Near case (BBC, 'Pullman has denied his books are anti-religious'): no other person named in the sentence or
    the one before ('a number of websites' is no person), so the 'his' is the name's own."""
    text = (
        "The film of Philip Pullman's His Dark Materials is to remove references to God. He added: \"I have no desire "
        'to change the nature of the villains of the piece." There are a number of Christian websites which attack '
        "the trilogy for their depiction of the church and of God, but Pullman has denied his books are anti-religious."
    )
    assert typed(text)["Philip Pullman"] == ("person", "person-evidence")
