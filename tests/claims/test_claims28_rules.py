"""claims28 (claims.rules.v30): the rules behind the review17c / review17e findings it fixed, with the near cases they
must not fire on."""

from __future__ import annotations

import pytest


# sources.nearest_subject: of two nominal subjects before a verb of saying with a comma between them, the nearer one is
# the source; the farther one is a fronted phrase the parser took for a subject (not a title before a name)
def test_the_nearer_of_two_subjects_is_the_source(claims_of):
    body = (
        "Mr Brown told the House that government policy is to raise fuel duty at least in line with inflation each "
        'year to fulfil environmental commitments. But this financial year, because of "volatility in the oil market", '
        "he said the duty would be frozen."
    )
    claims, _ = claims_of(body)
    assert claims[-1].claimer_text == "he"


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Last month, in a statement, the firm said profits would fall.", "firm"),
        ("The minister, speaking on Monday, said the army was ready.", "minister"),
        ("Mr Smith and his deputy said the plan would fail.", "Mr Smith and his deputy"),
        (
            "Veteran Labour MP and former minister Jack Cunningham said the plan would fail.",
            "Veteran Labour MP and former minister Jack Cunningham",
        ),
    ],
)
def test_one_subject_stays_the_source(one, body, source):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", source)


# type.seen_done: a first-person "need to see" a thing done sets the speaker's condition (a prescription), while what
# one will need to see, or a third person's need, stays forecast-necessity
@pytest.mark.parametrize(
    "body",
    [
        '"We will need to see the troops withdraw before talks," he said.',
        '"I will need to see the players improve," the coach said.',
    ],
)
def test_a_first_person_need_to_see_a_thing_done_prescribes(one, body):
    assert one(body).claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        '"We will need to see how it goes," he said.',
        '"We will need to see the report before we decide," he said.',
        "Investors will need to see profits rise before they return, the bank said.",
        "Applicants will have to send proof of their identity.",
    ],
)
def test_other_needs_to_see_stay_forecasts(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "forecast-necessity")


def test_a_name_and_its_body_stay_the_names(claims_of):
    # BBC politics/labour-conference-blackpool-snub (silver, s14, s17): Colin Asplin's, not the association's
    claims, _ = claims_of(
        'Colin Asplin, Blackpool Hotel Association said: "We have tried very hard to make sure they come back to '
        'Blackpool."'
    )
    assert claims[0].claimer_text == "Colin Asplin"
