"""review15b: constructions claims.rules.v24 (claims16) types wrong, found by a fresh read of its new rules on
made-up sentences of the kind political, conflict and business news use. Each was a strict xfail until a rule
handled it (the last three by claims18, claims.rules.v26); main's claims.rules.v23 typed the first three right
(reported-necessity)."""

from __future__ import annotations

import pytest


# The new exclusion takes a reported "he / she had to" as the speaker's own past ("He said he had to withdraw"),
# but a speaker who cannot be "he" (critics, a party) says what someone else must do: a prescription.
@pytest.mark.parametrize(
    "body",
    [
        "Critics said he had to resign over the affair.",
        "The Liberal Democrats said he had to explain how the cuts would be paid for.",
    ],
)
def test_a_reported_necessity_of_someone_other_than_the_speaker_is_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


# A day name in reported speech is as often the day the thing must happen as a day gone by.
def test_a_necessity_for_a_day_to_come_is_a_prescription(one):
    assert one("Mr Annan said the elections had to go ahead on Sunday.").claim_type == "prescription"


# `asking_nouns` holds "demand", which business news uses for what buyers want: no call is voiced.
@pytest.mark.parametrize(
    "body",
    [
        "Low interest rates have supported demand for new homes, the bank said.",
        "One reason for the fall in prices was weak demand for cars.",
        "Strong growth in Asia has led demand for copper and steel.",
    ],
)
def test_market_demand_is_no_call(one, body):
    assert one(body).claim_type != "prescription"


# The first-person exclusion of reported-present (claims16) leaves a praise in the first person to default-event;
# ANNOTATION: "welcomed / hailed / praised" -> assessment ("We welcome this decision" is one through
# verb-assessment; "congratulate" is in no verb list). BBC politics/boateng-to-step-down-at-election (shortened).
def test_a_first_person_congratulation_is_an_assessment(one):
    assert one('"I congratulate Paul on his new appointment," Mr Blair said.').claim_type == "assessment"


# `interpretation_nouns` (claims16) makes "there could be a case / an argument / a justification" a hedged judgement
# of now; one for doing something judges a possible action: ANNOTATION's prescription ("it would be irresponsible to
# let it slip"). Main typed these predictions (modal-possibility), wrong too.
@pytest.mark.parametrize(
    "body",
    [
        "There could be a case for cutting taxes, the chancellor said.",
        "There may be an argument for raising the retirement age, the report said.",
    ],
)
def test_a_hedged_case_for_an_action_is_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


# `telephone_use` (claims16) takes "call" with one object for a telephone call, but the small parser often folds the
# thing named into a compound of what it is called ("the report rubbish": det -> rubbish, report = compound), so the
# speaker's judgement becomes the author's asserted event (main: the speaker's reported assessment).
@pytest.mark.parametrize(
    "body",
    [
        "He called the report rubbish.",
        "The minister called the story complete fiction.",
        "Campaigners called the decision madness.",
    ],
)
def test_calling_a_thing_a_judgement_noun_is_the_speakers_assessment(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.certainty, claim.claimer_kind) == ("assessment", "reported", "actor")
