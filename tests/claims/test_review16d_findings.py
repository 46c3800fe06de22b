"""review16d: claims19's rules (verbs.physical_attack, modals.explaining, forced_on_a_day, drafts.closing_frame) on
real-style sentences. A strict xfail is a case still wrong; the lead fixed the verbal attacks (physical_attack: targets
split from people, an armed party only as a common noun and only of people or with no object, a place only with no
object) and the "could be among / from / behind" standings (explaining), then the cyber and sports attacks, the hedged
explanations (hedged-explanation) and a demand with an alternative ("or face sanctions") within claims.rules.v26."""

from __future__ import annotations

import pytest


# claims19 regression (verb-assessment before): a verbal attack taken for a physical one. The cue lists are wider
# than war: "army" (the Salvation Army), "tank" (a think tank), "position" and "office" (a party's position, the
# Home Office), "police" as a criticised body, "soldier" as a speaker, "centre" as a place; "as a sham" is "hailed X
# as" (ANNOTATION: assessment).
@pytest.mark.parametrize(
    "body",
    [
        "The Tories attacked Labour's position on Europe.",
        "The watchdog also attacked the Home Office.",
        "The Salvation Army has attacked the expansion of casinos.",
        "The Adam Smith Institute think tank attacked ministers.",
        "The report attacked the police and social services.",
        "Former soldiers attacked the government in a letter to The Times.",
        "Rebels attacked the peace deal as a sham.",
        "Mr Howard attacked Labour at the Centre for Policy Studies on Monday.",
    ],
)
def test_a_verbal_attack_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


# Older than claims19: an attack that is neither physical nor verbal (a cyber attack, a team attacking a goal) has no
# propositional content either (ANNOTATION: "attacked" is an event); verb-assessment takes it
@pytest.mark.parametrize(
    "body",
    [
        "Hackers attacked the bank's computers on Monday.",
        "Hackers attacked the website of the ruling party.",
        "Chelsea attacked the goal in the second half.",  # play_targets, not an aim owned (claims20)
    ],
)
def test_a_cyber_or_sports_attack_is_an_event(one, body):
    assert one(body).claim_type == "event"


# claims19 regression (modal-possibility before): "among" and "from" are no explanation when they say where or
# when something will stand
@pytest.mark.parametrize(
    "body",
    [
        "Britain could be among the first countries to adopt the euro.",
        "The smoking ban could be in place from 2007.",
    ],
)
def test_could_be_among_or_from_a_future_standing_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


# Older than claims19 ('behind' was excluded before): a future standing behind someone is a prediction
def test_could_be_points_behind_is_a_prediction(one):
    assert one("Arsenal could be ten points behind Chelsea by Christmas.").claim_type == "prediction"


# claims19: an explaining "could be" is no longer a prediction, but it falls to default-event, a hedged
# explanation typed as a fact (ANNOTATION: an interpretation or explanation is an assessment)
@pytest.mark.parametrize(
    "body",
    [
        "Al-Qaeda could be behind the bombings.",
        "Dozens of children could be among the dead.",
    ],
)
def test_an_explaining_could_be_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


# claims19 regression (reported-necessity before): a demand reported with a day and an alternative ("or face
# sanctions") was not done; forced_on_a_day makes it an event
def test_a_demand_on_a_day_with_an_alternative_is_a_prescription(one):
    claim = one("The UN said the rebels had to disarm on Monday or face sanctions.")
    assert claim.claim_type == "prescription"
