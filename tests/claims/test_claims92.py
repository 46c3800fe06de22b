"""claims92 (claims.rules.v127): a clause split from its sentence is typed by its own words; a type rule whose cue
lies wholly outside the unit (a modal or a 'because' of the clause split off) abstains."""

from __future__ import annotations

import pytest


def _unit(claims, opening: str):
    return next(c for c in claims if c.text.startswith(opening))


@pytest.mark.parametrize(
    ("body", "opening"),
    [
        (
            "Games consoles sales have been declining, but the launch of next generation consoles, such as "
            "Microsoft's Xbox and PlayStation, could buoy up sales.",
            "Games consoles sales",
        ),
        (
            "The price of inkjet printers has come down to as little as £34 but it could cost up to £1,700 in "
            "running costs over an 18-month period.",
            "The price of inkjet printers",
        ),
        ("Phone companies refuse to pay compensation because they say calls must be paid for.", "Phone companies"),
    ],
)
def test_a_split_clause_takes_no_type_cue_from_the_clause_split_off(claims_of, body, opening):
    claims, _ = claims_of(body)
    assert len(claims) == 2, [c.text for c in claims]
    first = _unit(claims, opening)
    assert first.type_cue_start is None or first.start <= first.type_cue_start < first.end, first
    assert first.claim_type == "event", (first.text, first.type_rule, first.type_cue)


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        # the cue is the unit's own: as before
        ("Sales could rise next year, analysts said.", "prediction"),
        ("The launch of new consoles could buoy up sales.", "prediction"),
        ("Shares in the firm fell because its profits were lower than expected.", "assessment"),
    ],
)
def test_a_cue_of_the_units_own_words_still_types_it(one, body, ctype):
    claim = one(body)
    assert claim.claim_type == ctype, (claim.type_rule, claim.type_cue)
    assert claim.type_cue_start is None or claim.start <= claim.type_cue_start < claim.end


def test_the_clause_split_off_keeps_its_own_cue(claims_of):
    claims, _ = claims_of(
        "Games consoles sales have been declining, but the launch of next generation consoles, such as "
        "Microsoft's Xbox and PlayStation, could buoy up sales."
    )
    second = _unit(claims, "the launch")
    assert (second.claim_type, second.type_rule, second.type_cue) == ("prediction", "modal-possibility", "could")


@pytest.mark.parametrize(
    "body",
    [
        # units joined again with the clause that holds the cue stay one claim, as before
        "Eurosceptic party UKIP have suspended a candidate for allegedly suggesting the criminally insane should be "
        "killed.",
        '"I\'m not worried as they are both mentally strong and will put in the needed workrate," Wenger said.',
    ],
)
def test_units_joined_with_the_clause_of_the_cue_stay_one_claim(one, body):
    claim = one(body)
    assert claim.start <= claim.type_cue_start < claim.end
