"""claims98 (claims.rules.v138): a 'should' / 'must' on the verb of an indirect question ('declined to say what form
the statement should take', 'questioned whether I should come', 'about whether the legislation should include') asks
what ought to be done and does not say it: no prescription (`modals.asked_modal`). A clause a copula takes is no
such question ("That's why we should respect our elders")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Mr Howard declined to say what form the statement should take.",
        '"We are seeking opinion from industry to find out whether or not we should allow the devices," said a spokesman.',
        '"Their disagreement is about whether the legislation should include a requirement," she said.',
        "Nobody knows what we should do.",
        "He asked why ministers should pay for it.",
    ],
)
def test_a_modal_of_an_indirect_question_is_no_prescription(one, body):
    claim = one(body)
    assert claim.claim_type != "prescription", (claim.type_rule, claim.type_cue)
    assert claim.type_rule not in {"modal-prescription", "modal-prescription-in-content"}, claim.type_rule


@pytest.mark.parametrize(
    "body",
    [
        # a reported 'should' with no question
        "He said the plans for 24-hour drinking should be re-examined.",
        # a relative clause, not a question
        "It was a reality that should be recognised, she said.",
        # a free relative: 'what' is the clause's subject
        "That's exactly what should be the case, he said.",
        # a clause a copula takes: a conclusion, a thing to know
        '"That\'s why we should respect our elders," she said.',
        "Here's what you should know before you travel.",
        # the question's 'should' is passed over, the content's own 'should' still prescribes
        "Lord Woolf said his veto on whether a judge should chair an inquiry should continue.",
    ],
)
def test_other_modals_still_prescribe(one, body):
    claim = one(body)
    assert claim.claim_type == "prescription", (claim.type_rule, claim.type_cue)


def test_a_question_about_what_is_to_come_keeps_its_future(one):
    claim = one("The board will decide whether the plan should go ahead.")
    assert claim.claim_type == "prediction", (claim.type_rule, claim.type_cue)
