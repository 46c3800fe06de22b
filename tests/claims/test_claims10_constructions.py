"""claims.rules.v18: constructions of news prose whose claim type the rules got wrong (made-up sentences;
positive and negative cases for each)."""

from __future__ import annotations

import pytest

# --- a modal over a perfect speaks of what was or might have been


@pytest.mark.parametrize(
    "body",
    [
        "We could have sold twice as many seats.",
        "Fowler should have scored twice before the break.",
        "The minister said it would have been wiser to wait for the report.",
        "The thieves must have known the alarm was broken.",
    ],
)
def test_a_modal_over_a_perfect_is_an_assessment(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("assessment", "counterfactual")


@pytest.mark.parametrize(
    "body",
    [
        "Investigators believe the fire may have started in the kitchen.",
        "The striker might have left the club in January.",
    ],
)
def test_may_have_is_no_prediction(one, body):
    claim = one(body)
    assert claim.claim_type != "prediction" and claim.type_rule != "counterfactual"


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("By 2010 the company will have closed all its plants.", "modal-future"),
        ("The merged bank would have assets of 40bn dollars.", "modal-conditional"),
        ("The council said the charges could rise next year.", "modal-possibility"),
        ("Ministers should publish the full report.", "modal-prescription"),
        ("The council would have to raise the charges.", "forecast-necessity"),  # a prediction since claims20
    ],
)
def test_a_modal_without_a_perfect_keeps_its_type(one, body, rule):
    assert one(body).type_rule == rule


# --- a stance or uncertainty over a clause about the future: the clause decides (a prediction)


@pytest.mark.parametrize(
    "body",
    [
        "The two unions are worried that the new rota would cut their members' pay.",
        "Local traders are concerned that the bypass may take custom away from the town.",
        "We are confident that sales will recover in the spring.",
        "It is unclear whether the regulator would approve the merger.",
        "It remains possible that the talks could collapse.",
    ],
)
def test_a_stance_on_the_future_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "stance-on-future")


@pytest.mark.parametrize(
    "body",
    [
        "Local traders were worried that the bypass had taken custom away from the town.",
        "It is unclear why the chairman resigned.",
        "The plan is dangerous because it would cut pay.",
        "The coach was confident about the result.",
    ],
)
def test_a_stance_on_the_past_or_present_is_no_stance_on_the_future(one, body):
    assert one(body).type_rule != "stance-on-future"


# --- 'due in court', 'due for release': a scheduled event to come


@pytest.mark.parametrize(
    "body",
    [
        "The singer is due in court on 20 December.",
        "A new version of the browser is due for release later this year.",
        "The envoy is due back in London on Friday.",
        "The president is scheduled to visit Berlin next month.",
    ],
)
def test_due_in_for_back_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "phrase-future")


def test_a_debt_that_is_due_is_no_prediction(one):
    assert one("The rent due for the flat was paid by his brother.").claim_type != "prediction"


# --- data cited with 'according to' by a speaker of the same sentence: the speaker is the claimer


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("According to the latest figures, exports rose by 3%, the trade minister said.", "trade minister"),
        ("According to the survey, most drivers back the toll, the motoring group said.", "motoring group"),
    ],
)
def test_a_speaker_citing_data_is_the_claimer(one, body, phrase):
    claim = one(body)
    assert (claim.claimer_rule, claim.claimer_text) == ("reporting-verb", phrase)


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("According to the latest survey, most voters back the plan.", "the latest survey"),
        ("According to the police, the man was shot twice, a witness said.", "the police"),
    ],
)
def test_according_to_keeps_the_claim_without_a_speaker_or_with_a_source(one, body, phrase):
    claim = one(body)
    assert (claim.claimer_rule, claim.claimer_text) == ("according-to", phrase)


# --- a reported expectation: an infinitive after the verb, or a noun object of the speaker's own


@pytest.mark.parametrize(
    "body",
    [
        "The bank expects inflation to fall to 2% next year.",
        "The airline said it expected a loss of 40m dollars in 2005.",
        "Jones says he expects a hard match against Wales.",
    ],
)
def test_a_reported_expectation_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "The minister said the inspectors expected too much of teachers.",
        "The coach said the players had asked for more time.",
        "The striker said he did not expect such an easy match after his early goal.",
    ],
)
def test_a_noun_object_of_someone_else_or_another_verb_is_no_expectation(one, body):
    assert one(body).type_rule != "verb-future"


def test_disappointing_figures_are_an_assessment(one):
    claim = one("Disappointing sales figures pushed the shares lower.")
    assert (claim.claim_type, claim.type_rule) == ("assessment", "evaluative-word")


# --- claimer phrases: who is quoted by name 'as saying', and no bracketed abbreviation


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ('"We are close to a deal," the agency quoted Mr Peter Brown as saying.', "Mr Peter Brown"),
        ("The paper quoted Peter Brown as saying that the talks had failed.", "Peter Brown"),
        ("Reuters quoted officials as saying the deal was close.", "Reuters"),
        ("The paper quoted a senior diplomat as saying that the talks had failed.", "paper"),
    ],
)
def test_who_is_quoted_as_saying_by_name_is_the_claimer(one, body, phrase):
    assert one(body).claimer_text == phrase


def test_a_verb_with_as_and_no_saying_keeps_its_subject(one):
    claim = one("Mr Peter Brown described the plan as a failure.")
    assert claim.claimer_text in (None, "Mr Peter Brown")


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("The Road Haulage Association (RHA) said fuel duty was too high.", "Road Haulage Association"),
        ("Mr Peter Brown (pictured) said the plan was sound.", "Mr Peter Brown"),
    ],
)
def test_a_claimer_phrase_leaves_out_what_it_brackets(one, body, phrase):
    assert one(body).claimer_text == phrase


# --- a closing frame with its speaker's description joins the claim it frames


def test_a_closing_frame_with_a_description_is_no_claim_of_its_own(claims_of):
    claims, _ = claims_of(
        '"Sales fell last year and we expect them to fall again," said Jane Smith, an analyst at the bank.'
    )
    assert not any(c.text.startswith('" said') for c in claims), [c.text for c in claims]
    assert any(c.text.endswith("an analyst at the bank.") for c in claims), [c.text for c in claims]


# --- a wish in the past perfect is the author's narration


@pytest.mark.parametrize(
    "body",
    [
        "The families had hoped the apology would be made during the debate.",
        "Observers had been hoping that a stronger business sector would signal a recovery.",
        "The carrier had wanted to use the money to pay its running costs.",
    ],
)
def test_a_wish_in_the_past_perfect_is_the_authors(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.claim_type) == ("author", "event")


def test_a_reported_wish_in_the_past_perfect_is_no_prescription(one):
    claim = one("He said he had hoped to stay at the club.")
    assert claim.claimer_kind == "actor" and claim.claim_type != "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Analysts had expected the figure to be stronger.",
        "The families hoped the apology would be made during the debate.",
        "The union said it wanted to avoid a strike.",
    ],
)
def test_a_forecast_or_a_present_wish_still_names_its_holder(one, body):
    assert one(body).claimer_kind == "actor"
