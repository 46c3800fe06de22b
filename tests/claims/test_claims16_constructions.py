"""claims16 (claims.rules.v24): the other side of review14's findings (tests/claims/test_review14_claims15.py):
what each narrowed rule still takes, and the BBC sentences a first version of a fix got wrong (some shortened)."""

from __future__ import annotations

import pytest


def _claims_containing(claims_of, body: str, words: str):
    claims, _ = claims_of(body)
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


@pytest.mark.parametrize(
    "body",
    [
        "The Labour party said the Liberal Democrats needed to explain how they would pay for the plan.",
        "She said the human rights movement had to use simpler language to spread a moral message.",
        "Mr Armes warned that developers still had to learn how to tell stories effectively.",
    ],
)
def test_a_reported_necessity_of_others_with_no_time_gone_is_still_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


def test_a_needed_figure_that_no_estimate_frames_is_still_a_prescription(one):
    body = '"At least $10 billion per annum is needed to address the HIV/Aids crisis in low income countries."'
    assert one(body).claim_type == "prescription"


def test_the_days_of_a_past_necessity_are_read_on_its_infinitive(one):
    # the parser hangs 'on Thursday' on the infinitive, not on 'had'
    body = "The airline had to cancel 40 flights on Thursday, said industry officials."
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        '"We appeal to Powys Local Health Board to allow Powys people to choose Hereford for their treatment."',
        "The agency has appealed for more funds to update its hardware and software.",
        "He also called for reform of the United Nations, the World Bank and the IMF.",
    ],
)
def test_asking_with_an_infinitive_or_for_is_still_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "The Magic Roundabout will never appeal to the children of today.",  # a forecast, no prescription
        "The game appealed to the Kiwi psyche and quickly spread.",
    ],
)
def test_appealing_to_someone_asks_nothing(one, body):
    assert one(body).claim_type != "prescription"


@pytest.mark.parametrize(
    "body",
    [
        'On 28 December, another senior economic adviser called the sale "the swindle of the century".',
        'The Commons education select committee called this "morally indefensible".',
        "This morning Peter Hain even called me a mongrel.",  # 'me' a dative: two objects
        'Mr Chirac called the rebate "unjustified".',
    ],
)
def test_calling_something_a_name_is_still_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The European Commission has called a truce in its battle with France and Germany.",
        "Four hours later, Sir Edward called the Liberal leader back to Downing Street.",
    ],
)
def test_calling_a_truce_or_a_person_back_is_an_event_in_the_authors_voice(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.claimer_kind) == ("event", "author")


def test_a_passive_call_into_action_still_names_nothing(one):
    # 'for the first time' is no preposition of asking: only one right after the verb ('was called for')
    body = "Tony Bullock in the United goal was called into action for the first time."
    assert one(body).claim_type == "event"


def test_a_defending_side_is_no_speaker(claims_of):
    body = 'Bennett said: "Wales defended fairly well but you cannot give that sort of quality ball to good sides."'
    claims, _ = claims_of(body)
    assert {c.claimer_text for c in claims} == {"Bennett"}


@pytest.mark.parametrize(
    "body",
    [
        "PCS leader Mark Serwotka warned there could be further walkouts unless the plans are dropped.",
        "There may be further trouble ahead for Everton.",
    ],
)
def test_what_may_come_is_still_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


def test_a_quoted_existential_in_a_place_that_names_no_place_still_weighs(one):
    body = '"There is a reservoir of goodwill for Prince Harry in this country."'
    assert one(body).claim_type == "assessment"


# --- a quotation that goes on without a frame is typed as its speaker's (discourse.inherit), and a speaker's
# own state or doing in the first person is no reported-state / reported-present assessment


def _types_by_text(claims_of, body: str) -> dict[str, tuple[str, str]]:
    claims, _ = claims_of(body)
    return {c.text: (c.claim_type, c.type_rule) for c in claims}


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            '"It\'s a recipe for exactly the same boom and bust economics," he said. "This sort of comment is just '
            'music to the ears of racists."',
            "This sort of comment",
        ),
        ('Mr Bates said the decision was wrong. "Bolton are a difficult side to play."', "Bolton are"),
    ],
)
def test_a_quotation_that_goes_on_is_typed_as_its_speakers(claims_of, body, words):
    found = [v for k, v in _types_by_text(claims_of, body).items() if words in k]
    assert found == [("assessment", "reported-state")]


def test_a_quotation_that_goes_on_keeps_the_type_an_earlier_rule_gave_it(claims_of):
    # past-arrangement abstains on an attributed claim: only a default-event draft is typed again
    body = '"We lost," he said. "Smith was due to have a scan on Monday."'
    found = [v for k, v in _types_by_text(claims_of, body).items() if "Smith" in k]
    assert found == [("event", "past-arrangement")]


@pytest.mark.parametrize(
    "body",
    [
        'Williams said: "We are in dialogue with Glasgow Rangers."',
        '"I\'m a proud Welshman," he said.',
        '"But I take each race as it comes," said Holmes.',
    ],
)
def test_a_speakers_own_state_or_doing_in_the_first_person_is_an_event(one, body):
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        'On Sunday, Lib Dem leader Charles Kennedy repeated his call for a "pause" in considering the legislation.',
        "Shami Chakrabarti, from human rights group Liberty, joined calls for intercept evidence to be allowed in trials.",
        "Acpo made its call for stronger closure powers in a paper for the Commons home affairs select committee.",
        "One was a call to amend the bill.",
    ],
)
def test_a_call_its_subject_makes_or_joins_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "voiced-call")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mr Blair has so far resisted calls for him to name the day.", "event"),  # another's call, answered
        ("There will be continued demand for better chips as the industry develops new standards.", "prediction"),
        ("Mr Blair did not make a call for calm.", "event"),
    ],
)
def test_a_call_resisted_a_market_demand_or_a_call_not_made_asks_nothing(one, body, expected):
    assert one(body).claim_type == expected


@pytest.mark.parametrize(
    "body",
    [
        "Lehmann is desperate to keep his place in the Germany squad when the country hosts the World Cup in 2006.",
        "Symbian phones produced by Sony Ericsson, Motorola and Fujitsu are unaffected by the Skulls program.",
        "Record company Universal is responsible for the global distribution of the single.",
        "Nevertheless, Barcelona are accustomed to playing big games at the Nou Camp.",
    ],
)
def test_an_actors_resolve_habit_role_or_state_after_a_copula_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "stated-attitude")


@pytest.mark.parametrize(
    "body",
    [
        "Wolves are currently 17th in the Championship.",
        "Michael Keaton thriller White Noise was second with $24m despite negative reviews.",
        "Men's champion Marat Safin remains fourth in the ATP rankings.",
    ],
)
def test_a_place_in_a_ranking_is_a_measured_state(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "measured-state")


def test_what_one_would_be_able_to_do_is_still_a_prediction(one):
    assert one("During the intermission, you would still be able to make a phone call.").claim_type == "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "Robinson picked up the injury in the 19-13 defeat to Ireland at Lansdowne Road on Saturday.",
        "Late scores from John Hayes and Gavin Duffy sealed victory.",
        "Shameless creator Paul Abbott got a lifetime achievement award.",
        "British actor Clive Owen is hoping to repeat his Golden Globe success with a best supporting actor award.",
    ],
)
def test_a_contests_outcome_named_as_a_result_is_an_event(one, body):
    assert one(body).claim_type == "event"


def test_an_outcome_after_a_copula_still_judges(one):
    claim = one("The original decision was a victory for Greece.")
    assert (claim.claim_type, claim.type_rule) == ("assessment", "evaluative-word")
