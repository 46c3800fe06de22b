"""Claim type: one example per entry of TYPE_RULES, each deciding its own sentence."""

from __future__ import annotations

from typing import get_args

import pytest
from narrative_pipeline.claims.type import TYPE_RULES, TypeContext
from narrative_pipeline.records import TypeRule
from narrative_pipeline.rules import first_match

# rule function -> a sentence that it decides (and no rule before it)
EXAMPLES = {
    # not a line of its own (that is no claim at all: units.is_heading_line), so a paragraph opened by a question
    "heading": "Did you know? 63 Fascinating Facts Every Kid Should Know",
    "sequel": "His comments follow news that all four Britons held by the US will be freed within weeks.",
    "framed_interpretation": "It should be understood that the vote was a protest, not a verdict.",
    "counterfactual": "The club could have sold twice as many tickets.",
    "polled_share": "In the survey, 47% believe the council should close the bridge.",
    "inferred_state": "Mentally, it must be very hard for him.",
    "imperative_outcome": "Create some init scripts that start all processes on boot up and you should be finished.",
    "modal_prescription": "The government should lower taxes on fuel.",
    "phrase_prescription": "The council needs to repair the bridge before winter.",
    "got_to": "Mathew has just got to take it on the chin.",
    "proposal": "First, let's install the requirements.",
    "forecast_necessity": "Applicants will have to send proof that they have a legal right to be in the UK.",
    "first_person_desire": "We want a fair deal for farmers.",
    "verb_prescription": "I recommend the cheaper option.",
    "first_person_suggestion": "I suggest we move one step further.",
    "speech_act_prescription": "The union demanded a pay rise.",
    "necessity_judgement": "He said it was vital that young people were properly informed.",
    "advised_option": 'Sir Ian said it would be "unwise" to speculate about the risks.',
    "present_advice": "It's probably smart to get on their good sides.",
    "opportune_time": "Now is the perfect time to update your cover images.",
    "sooner_the_better": '"The sooner we get on with this, the better," he said.',
    "wished_cleft": '"What we need is a thorough inspection of the accounts," he said.',
    # in a quotation: the page's own "I" leaves the unit no frame (claims47, `discourse.own_voice`)
    "hoped_content": '"I just hope Manchester can handle the crowds."',
    "reported_wish": "The ministers said they wanted to double the aid budget.",
    "held_aim": "Sky has said it aims to have a quarter of its subscribers using the service by 2010.",
    "hedged_judgement": "This could be one way of gaining some of that back.",
    "inferred_past": "Higher fuel prices are likely to have hurt the airline's sales.",
    "inevitable_then": '"The regime was bound to collapse," the opposition leader said.',
    "risked_future": "There is a real risk that small firms will be driven out of the market.",
    "quoted_existential": '"There is no greater civil liberty than to live free from terror."',
    "reported_recommendation": "The report recommended that the council publish its accounts every year.",
    "voiced_call": "The union repeated its call for a pause in the talks.",
    "reported_necessity": "He said local governments had to deliver good services without big tax rises.",
    "case_for_action": "The Tory leader argued there was a moral case for embracing science.",
    "owed_duty": "The guidance said the police had a duty to investigate all incidents involving a death.",
    "hedged_explanation": "Officials said al-Qaeda could be behind the bombings.",
    "directive": "He called on Congress to cut benefits for retirees.",
    "directive_to_come": "Creditors will be asked to vote on the plan next month.",
    "told_to_expect": "Analysts warned investors to expect further losses this year.",
    "imperative": "Please keep the river clean for the children.",
    "unattributed_call": "The budget for next year calls for the sale of a fifth of the state's holdings.",
    "dated_call": "A report by two committees called on Thursday for urgent changes to the system.",
    "modal_prescription_in_content": "He said it was a basic principle that people should only be punished after a trial.",
    "speech_act_prediction": "The company has forecast a loss for the year.",
    "planned_action": "The minister announced plans to close three hospitals.",
    "modal_future": "The new bridge will open in May.",
    "modal_conditional": "A strike would close every school in the city.",
    "modal_possibility": "The storm could damage the harbour.",
    "stance_on_future": "Farmers are worried that the new rules would cut their income.",
    "believed_future": "Farmers said they believed the new rules would cut their income.",
    "inferred_future": "The minister said the figures suggested unemployment would rise again next year.",
    "said_future": "The annual meeting was told the new branch would open in the spring.",
    "no_obligation": "Savers do not need to do anything.",
    "inverted_should": 'Should the cycle end a year earlier, then the chances improve to "50/50".',
    "comparative_likelihood_fact": "Renters are more likely to move house than owners.",
    "past_arrangement": "The ferry was due to sail at noon.",
    "scheduled_present": "The regatta starts on Saturday.",
    "bound_to_come": "It is only a matter of time until the euro reaches $1.30.",
    "still_to_come": "There is much more to come from the team this season.",
    "phrase_future": "The company is set to cut 500 jobs.",
    "verb_future": "The firm plans to open three stores.",
    "reporting_future": "The minister promised to cut fuel duty.",
    "modal_future_in_content": "There are people who will want the new device.",
    "conditional_state": "A smaller council would be less efficient.",
    "stated_attitude": "The coach said he was delighted with the draw.",
    "stated_aim": "Nintendo's goal is to ship 5 million consoles by March.",
    "imputed_aim": "The real aim of the peace plan is to freeze the conflict, critics say.",
    "measured_state": "The bank said its annual profit was 4.2bn euros.",
    "copula_adjective": "The new law is unfair.",
    "explanation": "Prices rose because demand was high.",
    "quoted_complement": 'The minister said the plan was a "betrayal" of voters.',
    "modal_ability": "Farmers can sell their crops abroad, the minister said.",
    "verb_assessment": "The figures reflect a sharp fall in sales.",
    "grounding_verb": "The rise in costs stems from a series of mistakes in the research.",
    "speech_act_assessment": "Unions rejected the offer, condemning the plan.",
    "evaluative_word": "It was a terrible season for the club.",
    "judged_manner": "The visitors played really well in the second half.",
    "phrase_assessment": "There is no doubt about the result.",
    "opinion_frame": '"I still think he is in great shape."',
    "regarded_as": "Some observers see this as another step closer to a full public listing.",
    "reported_finding": "A survey by the council suggests that most residents cycle to work.",
    "reported_state": "Officials said the cause was the weather.",
    "reported_present": "Police say the suspect lives in Leeds.",
    "present_copula": "This may be the best chance the club has had in years.",
    "interpretive_copula": "Her ban is a result of her connection to the federal inquiry.",
    "default_event": "Troops crossed the border on Monday.",
}


@pytest.mark.parametrize("rule", TYPE_RULES, ids=lambda r: r.function.__name__)
def test_each_type_rule_decides_its_example(rule, drafts_of, one, lex):
    body = EXAMPLES[rule.function.__name__]
    *_, draft = drafts_of(body)  # the last unit ("Create some init scripts ... and | you should be finished.")
    fired, _ = first_match(TYPE_RULES, TypeContext(draft.unit, draft.attribution, lex))
    assert fired is rule
    claim = one(body)
    assert (claim.type_rule, claim.claim_type) == (rule.name, rule.decides)


def test_every_type_rule_has_an_example_and_a_recorded_name():
    assert {r.function.__name__ for r in TYPE_RULES} == set(EXAMPLES)
    names = {r.name for r in TYPE_RULES} | {"list-action-item"}  # list items: see test_discourse
    assert names == set(get_args(TypeRule))


def test_framing_should_is_no_prescription(one):
    assert one("It should be noted that the bridge will open in May.").type_rule != "modal-prescription"


def test_a_predicting_speech_act_keeps_its_claim_before_a_colon_quote(claims_of):
    claims, _ = claims_of('The Tories have promised a limit on immigration with the slogan: "It is not racist."')
    assert [(c.claim_type, c.claimer_text) for c in claims] == [("prediction", "Tories"), ("assessment", "Tories")]


def test_quoted_type_decides_a_claim_after_a_colon_lead_in(one):
    claim = one('The minister wrote to the council: "The library will stay open."')
    assert claim.text.startswith("The minister wrote") and claim.claim_type == "prediction"


@pytest.mark.parametrize(
    "body,rule",
    [
        # an actor's attitude or state after a copula is an event, an evaluation an assessment
        ("The union was keen to talk.", "stated-attitude"),
        ("The union was wrong to talk.", "copula-adjective"),
        # descriptive words and verbs of outcome are no evaluation
        ("The club had its best season in 1990.", "default-event"),
        ("The grant helped 300 families.", "default-event"),
        # "unlikely to", "ready to": the future
        ("The bank is unlikely to raise rates.", "phrase-future"),
    ],
)
def test_attitudes_descriptions_and_outcomes(one, body, rule):
    assert one(body).type_rule == rule
