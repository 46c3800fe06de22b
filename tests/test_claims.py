"""One test per claim rule, each on sentences of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lex():
    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def claims_of(parse, registry, lex):
    def _claims(body: str):
        article = parse("A headline that is never a claim\n\n" + body)
        mentions, _ = link_articles([article], registry, 90.0)
        claims, roles = extract_claims([article], mentions, lex)
        return claims, roles

    return _claims


def one(claims_of, body: str):
    claims, _ = claims_of(body)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def test_headline_and_boilerplate_are_not_claims(claims_of):
    claims, _ = claims_of("Troops crossed the border on Monday.\n\n© 2021 Example. All rights reserved.")
    assert [c.text for c in claims] == ["Troops crossed the border on Monday."]


def test_rhetorical_question_is_not_a_claim(claims_of):
    claims, _ = claims_of("Who will pay for this war?")
    assert claims == []


def test_author_event_asserted(claims_of):
    c = one(claims_of, "Troops crossed the border on Monday.")
    assert (c.claim_type, c.certainty, c.claimer_kind) == ("event", "asserted", "author")
    assert c.type_rule == "default-event"


def test_said_attribution_links_claimer(claims_of):
    c = one(claims_of, "Vladimir Putin said the troops had crossed the border.")
    assert (c.claimer_kind, c.claimer_actor_id, c.certainty) == ("actor", "vladimir_putin", "reported")
    assert c.claimer_text == "Vladimir Putin" and c.claimer_cue == "said"


def test_reporting_clause_after_the_quote(claims_of):
    c = one(claims_of, '"The border is closed," Mr Erdogan said.')
    assert c.claimer_actor_id == "recep_tayyip_erdogan" and c.claimer_kind == "actor"


def test_reporting_clause_at_the_end_after_comma(claims_of):
    c = one(claims_of, "Detaining suspects without trial breaks the law, the court has ruled.")
    assert c.claimer_kind == "actor" and c.claimer_text.endswith("court")


def test_according_to(claims_of):
    c = one(claims_of, "Forty people died, according to the World Health Organization.")
    assert c.claimer_actor_id == "who" and c.claimer_rule == "according-to"


def test_spokesman_of_an_actor(claims_of):
    c = one(claims_of, "A Kremlin spokesman said the talks had failed.")
    assert c.claimer_kind == "actor" and c.claimer_actor_id == "state_rus"


def test_unnamed_source_phrase(claims_of):
    c = one(claims_of, "It is reported that the army has withdrawn from the city.")
    assert (c.claimer_kind, c.certainty) == ("unnamed", "reported")


def test_unlinked_actor_claimer(claims_of):
    c = one(claims_of, "Critics say the law is unfair.")
    assert c.claimer_kind == "actor" and c.claimer_actor_id is None and c.claimer_text == "Critics"


def test_alignment_claimer_is_not_linked(claims_of):
    c = one(claims_of, "Pro-Haftar sources reported that the rebels sent pilots to Syria.")
    assert c.claimer_kind == "actor" and c.claimer_actor_id is None


def test_hedge_beats_report(claims_of):
    c = one(claims_of, "Officials said the ceasefire may collapse.")
    assert c.certainty == "hedged" and c.certainty_cue == "may"


def test_hedge_adverb_author(claims_of):
    c = one(claims_of, "This apparently indicates that the resources are exhausted.")
    assert (c.certainty, c.claimer_kind, c.claim_type) == ("hedged", "author", "assessment")


def test_prediction(claims_of):
    c = one(claims_of, "The voices calling for peace will grow stronger.")
    assert c.claim_type == "prediction" and c.type_cue == "will"


def test_prescription(claims_of):
    c = one(claims_of, "It is necessary to seize this moment now.")
    assert c.claim_type == "prescription"


def test_should_is_prescription(claims_of):
    c = one(claims_of, "The UN should press both sides to return to talks.")
    assert c.claim_type == "prescription" and c.type_cue == "should"


def test_assessment_copula_adjective(claims_of):
    c = one(claims_of, "The strategy is dangerous.")
    assert c.claim_type == "assessment" and c.type_rule == "copula-adjective"


def test_assessment_explanation(claims_of):
    c = one(claims_of, "The French backed the plan because they want new markets.")
    assert c.claim_type == "assessment" and c.type_rule == "explanation"


def test_clause_split_on_different_certainty(claims_of):
    claims, _ = claims_of(
        "Turkish advisers have seized the initiative in Libya, so it can be assumed that they will try to develop it."
    )
    assert len(claims) == 2
    assert claims[1].text.startswith("it can be assumed") and claims[1].certainty == "hedged"


def test_relative_clause_with_own_reporting_verb(claims_of):
    claims, _ = claims_of(
        "Mr Straw noted arms embargoes applied to Burma but not to North Korea, which he said had a terrible "
        "rights record."
    )
    assert any(c.text.startswith("which he said") and c.claim_type == "assessment" for c in claims)


def test_quote_over_several_sentences_keeps_speaker(claims_of):
    claims, _ = claims_of('Mr Erdogan said: "We will not withdraw. Our troops are staying."')
    assert len(claims) == 2
    assert all(c.claimer_actor_id == "recep_tayyip_erdogan" for c in claims)


def test_quote_continuing_into_next_paragraph(claims_of):
    claims, _ = claims_of(
        '"We will not withdraw," Mr Erdogan said. "Our troops are staying.\n\n"And they will stay until the job is done," he added.'
    )
    assert [c.claimer_actor_id for c in claims] == ["recep_tayyip_erdogan"] * len(claims)


def test_pronoun_claimer_is_the_last_person_in_subject_position(claims_of):
    claims, _ = claims_of("Vladimir Putin met the envoy. He said the talks had failed.")
    assert claims[-1].claimer_actor_id == "vladimir_putin"


def test_list_after_reported_speech(claims_of):
    claims, _ = claims_of(
        "The report makes demands, Amnesty International says.\n\n - Releasing all political prisoners\n - "
        "Ending the blockade"
    )
    items = [c for c in claims if c.text.startswith(("Releasing", "Ending"))]
    assert len(items) == 2 and all(c.claimer_actor_id == "amnesty" and c.claim_type == "prescription" for c in items)


def test_agents_and_patients(claims_of):
    claims, roles = claims_of("Emirati drones bombed the headquarters of the Government of National Accord.")
    got = {(r.actor_id, r.role) for r in roles}
    assert ("state_are", "agent") in got and ("gna", "patient") in got


def test_passive_voice_agent_and_patient(claims_of):
    claims, roles = claims_of("The convoy of the GNA was attacked by Russia.")
    got = {(r.actor_id, r.role) for r in roles}
    assert ("state_rus", "agent") in got and ("gna", "patient") in got


def test_every_decision_has_cue_offsets(claims_of):
    claims, _ = claims_of("Officials said the ceasefire may collapse.")
    c = claims[0]
    for prefix in ("type_cue", "certainty_cue", "claimer_cue"):
        start, end = getattr(c, prefix + "_start"), getattr(c, prefix + "_end")
        assert start is not None and end > start


def test_standalone_quote_belongs_to_the_last_speaker(claims_of):
    claims, _ = claims_of('Vladimir Putin said the sanctions would fail.\n\n"Our economy is stronger than ever."')
    quote = claims[-1]
    assert quote.claimer_actor_id == "vladimir_putin" and quote.claimer_rule == "quote-of-last-speaker"
    assert quote.certainty == "reported"


def test_standalone_quote_far_from_any_speaker_stays_with_the_author(claims_of):
    claims, _ = claims_of(
        'Vladimir Putin said the sanctions would fail.\n\nTroops crossed the border.\n\nThe talks ended.\n\n"Nothing has changed."'
    )
    assert claims[-1].claimer_kind == "author"
