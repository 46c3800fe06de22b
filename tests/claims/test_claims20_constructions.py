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


# review16e's threat clauses: a clause joined by "or" under "will" / "would" is what follows if the clause before is
# not done, part of that claim (units.consequence); a threat keeps a demand on a day a demand (type.threatened)
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("Users need to update their license on a monthly basis or the tunes will no longer play.", "prescription"),
        (
            '"But in a competition car you have to have everything right or you\'ll lose the balance of the car," she '
            "said.",
            "prescription",
        ),
    ],
)
def test_a_consequence_joined_by_or_is_part_of_its_claim(one, body, ctype):
    assert one(body).claim_type == ctype


def test_a_clause_joined_by_or_without_a_future_modal_still_splits(claims_of):
    claims, _ = claims_of("The rebels must disarm or the talks collapsed last week.")
    assert [c.claim_type for c in claims] == ["prescription", "event"]


# the verb a participle of saying hangs on judges when it is a verb of assessment: the claim is the judgement
def test_an_attack_with_its_grounds_is_an_assessment(one):
    body = "South African president Thabo Mbeki has attacked British imperialists, saying they treated Africans like savages."
    assert (one(body).claim_type, one(body).type_rule) == ("assessment", "verb-assessment")


def test_a_deed_with_its_grounds_keeps_the_grounds_type(claims_of):
    body = "Labour has taken them off its website, saying members preferred other posters."
    claims, _ = claims_of(body)  # claims90: the deed the author's, the participle's report Labour's (two claimers)
    assert [(c.claim_type, c.claimer_kind) for c in claims] == [("event", "author"), ("event", "actor")]


# play_targets: a side attacking the goal or the net plays; someone's goal is an aim
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("Roddick looks sluggish. He attacks the net and is rewarded with a break point.", "event"),
        ("The Tories attacked the government's goal of halving child poverty.", "assessment"),
        ("Critics attacked the goal of full employment as a fantasy.", "assessment"),
    ],
)
def test_a_goal_attacked_in_play_is_an_event(claims_of, body, ctype):
    assert claims_of(body)[0][-1].claim_type == ctype


# case-for-action: a case a court hears is no case for an action; a case for something to be done still is
@pytest.mark.parametrize(
    "body",
    ["He faced a civil case for negligence.", "There is a libel case for damages against the paper."],
)
def test_a_lawsuit_is_no_case_for_action(one, body):
    assert one(body).type_rule != "case-for-action"


def test_a_case_for_an_action_is_still_a_prescription(one):
    assert one("There could be a case for cutting taxes, the economist said.").type_rule == "case-for-action"


# a 'behind' of standing (schedule, a measure) under 'may' is a hedged state, neither a judgement nor an explanation
@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("The new terminal may be behind schedule.", "default-event"),
        ("Militants may be behind the attack on the convoy.", "hedged-explanation"),
    ],
)
def test_a_standing_behind_is_no_judgement(one, body, rule):
    assert one(body).type_rule == rule


# acknowledging_verbs: accepting, confirming, recognising, stressing or arguing with no clause tells what was done
@pytest.mark.parametrize(
    "body",
    [
        "Downing Street has stressed Mr Blair's support for the home secretary.",
        "Tory leader Michael Howard accepted his decision with regret.",
        "On Tuesday Mitsubishi confirmed earlier reports of negotiations.",
        "The Briton was recognised for the best year of his career.",
        "Tory sources say senior party figures had argued vociferously against the ID card scheme.",
    ],
)
def test_an_acknowledgement_without_a_clause_is_an_event(one, body):
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        '"I don\'t accept there is any need for any changes to the plans," he added.',  # a clause: not acknowledging
        "The Tories criticised the plans for the new airport.",  # a verb that judges
    ],
)
def test_a_judging_verb_or_an_acknowledgement_with_a_clause_still_judges(one, body):
    assert one(body).type_rule == "verb-assessment"


# declaring_words: "made it clear", "became clear", "broke clear" declare or place; "a clear choice" judges
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("The prime minister has made it clear he has no plans to change the law.", "event"),
        ("Mr Camus came under pressure as it became clear that the A380 was running over budget.", "event"),
        ("The former All Black broke clear and popped the ball up for Tait on halfway.", "event"),
        ('Tory Liam Fox said his party offered a "clear choice" on the issue.', "assessment"),
    ],
)
def test_made_clear_declares(one, body, ctype):
    assert one(body).claim_type == ctype


# a "would have to" that a warning or a call frames is a demand (gold-politics-dev, s14); "may have to" still forecasts
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (
            "A spokesman for Mr Prescott warned that the changes to the local government pension scheme would have to go "
            "ahead in April.",
            "prescription",
        ),
        (
            "Edward Leigh warned the government would have to work hard to ensure taxpayers would get full value.",
            "prescription",
        ),
        (
            'Ecologists are warning MSPs that Scotland may have to accept "significant intrusion" from wind farms.',
            "prediction",
        ),
    ],
)
def test_a_warned_necessity_to_come_is_a_demand(one, body, ctype):
    assert one(body).claim_type == ctype


# argued_nouns: stressing a point or accepting a claim takes up a view (the dev gold's assessments)
@pytest.mark.parametrize(
    "body",
    [
        "Mr Straw, speaking at a joint news conference, stressed this point.",
        "He said Mr Straw was naive beyond belief if he accepted China's claim it does not want the ban lifted.",
    ],
)
def test_a_view_taken_up_is_still_judged(one, body):
    assert one(body).claim_type == "assessment"


# "the time has come for / to ..." says what is to be done now (phrase-prescription), not "an idea whose time has come"
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ('She said: "The time has come for a ban on smoking in public places."', "prescription"),
        ("Delaigue deserved his chance but the time has come to bring back Michalak, he said.", "prescription"),
        ("He thinks that the Alert Retrieval Cache is an idea whose time has come.", "assessment"),
    ],
)
def test_the_time_has_come_prescribes(claims_of, body, ctype):
    assert claims_of(body)[0][-1].claim_type == ctype
