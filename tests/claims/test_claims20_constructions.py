"""claims20 (claims.rules.v27): type constructions counted against the labels, with the other side of each fix (real
BBC sentences)."""

from __future__ import annotations

import pytest


# forecast-necessity: a "have to" / "need to" under a modal of the future, the conditional or possibility tells what
# will or may be required (a prediction), not what must be done
@pytest.mark.parametrize(
    "body",
    [
        "To get a certificate, costing £135, applicants will have to send proof that they have a legal right to be in "
        "the UK.",
        "A shortened Finance Bill would have to be rushed through Parliament with all-party support.",
        'Ecologists are warning MSPs that Scotland may have to accept "significant intrusion" from wind farms.',
        "Both company boards have backed the deal. Regulators will still need to give their approval.",
        "Those who are diagnosed with the disease would then need to seek treatment at home before being allowed to "
        "enter the UK.",
        "The artists will not have to apologise for past songs or comments.",
    ],
)
def test_a_necessity_to_come_is_a_prediction(claims_of, body):
    claim = claims_of(body)[0][-1]
    assert (claim.claim_type, claim.type_rule) == ("prediction", "forecast-necessity")


@pytest.mark.parametrize(
    "body",
    [
        '"We have to fight terrorism with all our means," he said.',
        "Somehow, the incentives have to change.",
        '"The government needs to act to restore public confidence and trust."',
    ],
)
def test_a_necessity_without_a_modal_is_still_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "phrase-prescription")
