"""review16e: the lead's claims.rules.v26 fixes of review16d's findings (verbs.physical_attack with attack_targets /
attack_people, modals.explaining and the hedged-explanation type rule, forced_on_a_day's "or") on real-style
political and conflict sentences. A strict xfail is a case still wrong; the lead fixed the others within claims.rules.v26
(physical_attack, attack_targets / attack_people / attack_media / attack_verbal_objects, explaining). Before the fix,
every test was a strict xfail: a case the rules still type wrongly under
ANNOTATION.md."""

from __future__ import annotations

import pytest


# hedged-explanation (new in v26) takes any "could / may be" with "from" right after "be", or "behind" with no
# npadvmod, as an explanation. "from" with a time and "behind" with a place, a schedule or a rival say when or where
# something will stand (ANNOTATION: a prediction), not the cause or origin of what is. "could be from <time>" was a
# prediction at 98c9177 and an assessment since claims19's explaining (the v26 "right after be" check keeps it).
@pytest.mark.parametrize(
    "body",
    [
        "The ban could be from 2007.",
        "The new charges could be from January.",
    ],
)
def test_could_be_from_a_time_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "The talks could be behind closed doors.",
        "The Tories could be well behind Labour at the election.",
    ],
)
def test_could_be_behind_a_place_or_rival_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


# "may be behind schedule" is a hedged state (event) or a forecast (prediction); it explains nothing
# fixed in claims20: present-copula took it for a hedged judgement; a standing 'behind' is neither (modals.standing)
def test_may_be_behind_schedule_is_no_explanation(one):
    assert one("The project may be behind schedule.").claim_type != "assessment"


# attack_targets holds words that are political bodies or aims as often as buildings ("goal", "camp", "House",
# "school", "station", "website", "market"); a politician, inspector or campaigner attacking them is a verbal attack
# (ANNOTATION: criticised -> assessment). So is a passive attack on people by a report or critics (attack_people is
# taken in any passive, whoever the agent). "goal" is a v26 regression (assessment at ecab709); the rest are older
# (already events at 98c9177 and ecab709).
@pytest.mark.parametrize(
    "body",
    [
        "The Tories attacked the government's goal of halving child poverty.",
        "Mr Howard attacked the government's goals on crime.",
        "Labour attacked the Tory camp.",
        "Peers attacked the House of Commons.",
        "Ofsted attacked the school in its report.",
        "Ministers attacked the radio station.",
        "Campaigners attacked the website, saying it misled voters.",  # the attack judges (claims20)
        "The minister attacked the market for its failures.",
    ],
)
def test_a_verbal_attack_on_a_listed_target_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The police were attacked in a damning report.",
        "Two police officers were attacked by the report.",
        "The soldiers were attacked by their own commanders in a report.",
    ],
)
def test_a_passive_verbal_attack_on_people_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


# v26 regression (claims19 took any armed subject): an armed party attacking people outside attack_people (leaders,
# officials, a police chief) or things that left attack_targets ("position", "office") or were never in it
# ("outskirts") is now a verbal attack (verb-assessment); ANNOTATION: an attack is an event
@pytest.mark.parametrize(
    "body",
    [
        "Gunmen attacked the village's leaders.",
        "Gunmen attacked local officials.",
        "Militants attacked the village's police chief.",
        "Troops attacked rebel positions near the border.",
        "Helicopters attacked the rebels' positions.",
        "Insurgents attacked the offices of the electoral commission.",
        "Gunmen attacked the offices of a newspaper.",
        "Jets attacked the town's outskirts.",
    ],
)
def test_an_armed_attack_on_an_unlisted_object_is_an_event(one, body):
    assert one(body).claim_type == "event"


# forced_on_a_day's alternative is only an "or" child of the verb ("or face sanctions"); the same threat as a clause
# ("or they would face ...", "otherwise ...") leaves a reported demand an event or a prediction
# fixed in claims20: an 'or' clause of what would follow is part of the demand (units.consequence) and a threat
# keeps the demand a prescription (type.threatened)
@pytest.mark.parametrize(
    "body",
    [
        "The UN said the rebels had to disarm on Monday or they would face sanctions.",
        "The UN said the rebels had to disarm on Monday, otherwise they would face sanctions.",
    ],
)
def test_a_demand_on_a_day_with_a_threat_clause_is_a_prescription(one, body):
    assert one(body).claim_type == "prescription"
