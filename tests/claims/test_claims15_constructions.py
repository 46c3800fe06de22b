"""claims15 (claims.rules.v23): what reported speech says had to / needed to be done is a prescription
(the past of 'has to', 'needs to', 'is needed' in indirect speech); the author's or the speaker's own past
necessity tells what happened (BBC sentences, some shortened)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Mr Bolz said video games firms had to work more closely with celebrities.",
        "Mr Armes warned that developers still had to learn how to tell stories effectively.",
        "Both Plaid Cymru and the Liberal Democrats said the minister needed to change policy.",
        "He said investment in new models was needed to ensure the future of the Birmingham plant.",
        "Mr Clarke says the powers are needed to counter terror threats.",
    ],
)
def test_a_reported_necessity_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "reported-necessity")


def test_a_present_passive_need_is_a_prescription_in_the_authors_voice(one):
    assert one("Tough choices are needed in public spending.").claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Mansfield had to clear the header off the line.",  # the author's past: what happened
        "The company said that it had to cancel 77 flights.",  # the speaker's own past
        "Surgery was needed on his knee.",  # the author's past passive
        "It said that 90% of its employees had had to be replaced.",  # a perfect
        "Mr Blair said a decision had yet to be taken over the date.",  # not done yet
        "He asked what the government had to hide.",  # a question
    ],
)
def test_a_past_necessity_that_tells_what_happened_is_no_prescription(one, body):
    assert one(body).claim_type != "prescription"


def test_a_quoted_first_person_necessity_is_no_prescription(claims_of):
    claims, _ = claims_of('"I just had to relax and use my racing knowledge," said Holmes.')
    assert all(c.claim_type != "prescription" for c in claims)


@pytest.mark.parametrize(
    "body",
    [
        "The Kok report recommends that the Lisbon targets be narrowed down to 14 key indicators.",
        "Microsoft recommends that the tool is used before people publish any Word document.",
        "The Tories are demanding that Tony Blair spell out which taxes he would raise.",
        "Local authorities are now demanding it be moved to another site.",
    ],
)
def test_what_a_recommendation_reports_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "reported-recommendation")


@pytest.mark.parametrize(
    "body",
    [
        "Marion Jones demanded to take a lie detector examination.",  # her own infinitive: what she did
        "Nicola Sturgeon has demanded to know who was responsible for the leave.",  # a question
    ],
)
def test_the_recommenders_own_infinitive_is_no_recommendation(one, body):
    assert one(body).type_rule != "reported-recommendation"


def test_a_proposal_overtaken_by_events_is_no_recommendation(claims_of):
    claims, _ = claims_of("Ministers had proposed getting rid of the title, but the Lords have over-ruled this.")
    assert all(c.type_rule != "reported-recommendation" for c in claims)


def test_a_participle_set_against_another_is_an_assessment(one):
    assert one("The ban was fear-driven rather than evidence-based.").claim_type == "assessment"


def test_a_participle_of_place_stays_a_state(one):
    claim = one("The firm is London-based.")
    assert (claim.claim_type, claim.type_rule) == ("event", "stated-attitude")


@pytest.mark.parametrize(
    "body",
    [
        'The coach was upbeat after the draw. "There\'s room for everybody in this squad."',
        'Mr Blair insisted: "There is no greater civil liberty than to live free from terrorist attack."',
        'Mr Evans spoke after the defeat. "But there is light at the end of a very long tunnel."',
    ],
)
def test_a_speakers_quoted_there_is_weighs_it(claims_of, body):
    claims, _ = claims_of(body)
    assert (claims[-1].claim_type, claims[-1].type_rule) == ("assessment", "quoted-existential")


@pytest.mark.parametrize(
    "body",
    [
        "There are 3,000 jobs at the plant.",  # the author's fact
        'Mr Evans spoke after the game. "There are still some developers who were involved in the early days."',
        'Mr Evans spoke after the game. "There is a meeting planned for 6 January."',  # told about
        'Mr Evans spoke after the game. "There was a lot of scepticism back in England."',  # the past
    ],
)
def test_a_fact_of_what_is_there_is_no_quoted_existential(claims_of, body):
    claims, _ = claims_of(body)
    assert claims[-1].type_rule != "quoted-existential"


@pytest.mark.parametrize(
    "body",
    [
        "Several former employees have already pleaded guilty to fraud.",
        "The demonstrators appealed against the ruling.",
    ],
)
def test_pleading_guilty_or_appealing_against_a_ruling_is_no_prescription(one, body):
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "The Tories have called for a change in the law.",
        "Critics have called for him to go to Auschwitz for the commemoration.",
        "The agency has appealed for more funds.",
    ],
)
def test_calling_or_appealing_for_something_is_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        'French president Jacques Chirac has called the UK\'s rebate "unjustified".',
        "The home secretary has defended his decision not to release the suspects.",
        "Tony Blair defended the plans against criticism from his own backbenchers.",
    ],
)
def test_calling_something_names_or_defending_it_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "Scotland defended well in the first half.",  # play, no object
        "She comfortably defended her 3,000m title.",  # a contest noun
        "Her first album was called The Soul Sessions.",  # a passive names
    ],
)
def test_defending_in_play_or_a_name_is_no_assessment(one, body):
    assert one(body).claim_type != "assessment"


def test_defending_plans_to_do_something_is_a_prescription(one):
    body = "Jack Straw has defended plans to end the arms embargo on China, despite opposition from the US."
    assert one(body).claim_type == "prescription"


def test_defending_a_decision_to_do_something_is_an_assessment(one):
    body = "Martina Navratilova has defended her decision to prolong her tennis career at the age of 48."
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The union leader warned there could be further walkouts unless there was a rethink.",
        "Analysts said there may be more gains when trading resumes on Tuesday.",
    ],
)
def test_there_could_be_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "modal-possibility")


def test_there_could_be_no_concession_is_no_prediction(one):
    assert one('Tony Blair said there could be no concession on the "basic principle".').claim_type != "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "Users of the system can also make calls to landlines and mobiles for a fee.",
        "Ipod owners can now download the Band Aid single from iTunes.",
    ],
)
def test_what_a_service_lets_its_users_do_is_an_event(one, body):
    assert one(body).claim_type == "event"


# claims23: in the author's own voice outside quotation marks "can" states what is possible as fact (an event; the
# labels' such claims are 27 events, 11 assessments, this one among the assessments); reported, it still judges
def test_what_others_can_do_stays_a_modal_ability(one):
    claim = one("Hackers can build malicious playlist files which could crash the program, the firm said.")
    assert (claim.claim_type, claim.type_rule) == ("assessment", "modal-ability")


def test_a_fronted_for_is_no_call_for(one):
    body = 'For the Welsh Liberal Democrats, Kirsty Williams called the new target "hugely unambitious".'
    assert one(body).claim_type == "assessment"
