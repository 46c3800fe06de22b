"""Statements: one test per classification, agent and patient rule, each on sentences of its own."""

from __future__ import annotations

import pytest
from narratives_support import PLOVER, one, rows


@pytest.fixture(scope="module")
def lex():
    return PLOVER


def test_verb_with_subject_and_object(statements):
    s = one(statements("Russia attacked Ukraine on Monday."), "attacked")
    assert (s.agent_actor_id, s.action_class, s.quad_class, s.patient_actor_id) == (
        "state_rus",
        "ASSAULT",
        "material_conflict",
        "state_ukr",
    )
    assert (s.class_rule, s.agent_rule, s.patient_rule, s.class_cue) == ("verb", "subject", "object", "attacked")


def test_verb_particle_decides_the_class(statements):
    s = one(statements("Russian troops pulled out of the city."), "pulled")
    assert (s.action_class, s.class_rule, s.action_lemma, s.class_cue) == (
        "RETREAT",
        "verb-particle",
        "pull out",
        "pulled out",
    )


def test_verb_object_decides_the_class_and_the_patient_comes_from_a_preposition(statements):
    s = one(statements("The European Union imposed new sanctions on Belarus."), "imposed")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("eu", "SANCTION", "state_blr")
    assert (s.class_rule, s.action_lemma, s.patient_rule, s.class_cue) == (
        "verb-object",
        "impose sanction",
        "prep-on",
        "imposed new sanctions",
    )


def test_object_verb_needs_an_object(statements):
    s = one(statements("Turkey warned Greece on Tuesday."), "warned")
    assert (s.action_class, s.class_rule, s.patient_actor_id) == ("THREATEN", "object-verb", "state_grc")
    assert statements("Turkey warned that prices would rise.") == []


def test_intransitive_verb_needs_no_object(statements):
    s = one(statements("Members of the Labour Party demonstrated in London."), "demonstrated")
    assert (s.agent_actor_id, s.action_class, s.class_rule) == ("labour_party", "PROTEST", "intransitive-verb")
    assert all(
        x.action_class != "PROTEST" for x in statements("The Labour Party demonstrated its commitment to schools.")
    )


def test_event_noun_after_a_light_verb(statements):
    s = one(statements("Hamas launched an attack on Israel."), "attack")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("hamas", "ASSAULT", "state_isr")
    assert (s.class_rule, s.agent_rule, s.patient_rule, s.class_cue) == (
        "noun",
        "light-verb",
        "prep-on",
        "launched an attack",
    )


def test_noun_modifier_pair_and_compound_agents_of_a_mutual_act(statements):
    found = statements("Russia and China held joint exercises in the Pacific.")
    assert sorted(rows(found)) == [
        ("state_chn", "exercises", "COOPERATE", "state_rus"),
        ("state_rus", "exercises", "COOPERATE", "state_chn"),
    ]
    assert {(s.class_rule, s.patient_rule) for s in found} == {("noun-modifier", "mutual")}


def test_noun_object_turns_an_attack_on_plans_into_an_accusation(statements):
    s = one(statements("Tony Blair launched an attack on Labour's spending plans."), "attack")
    assert (s.agent_actor_id, s.action_class, s.class_rule) == ("tony_blair", "ACCUSE", "noun-object")


def test_pair_listed_as_no_event_is_unclassified(statements):
    s = one(statements("Gordon Brown met his golden rule."), "met")
    assert (s.action_class, s.quad_class, s.class_rule, s.class_cue) == (None, None, "not-event", "met his golden rule")


def test_passive_agent_and_subject(statements):
    s = one(statements("Hamas was banned by the British government in 2021."), "banned")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("state_gbr", "COERCE", "hamas")
    assert (s.agent_rule, s.patient_rule) == ("passive-agent", "passive-subject")


def test_participle_modifier_is_the_agent_of_a_backed_actor(statements):
    s = one(statements("The Turkish-backed Government of National Accord controls the capital."), "backed")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("state_tur", "SUPPORT", "gna")
    assert (s.agent_rule, s.patient_rule) == ("participle-modifier", "participle")


def test_relative_clause_passive(statements):
    found = statements("The Libyan National Army, which is supported by the UAE and Russia, controls the east.")
    backed = sorted(
        (s.agent_actor_id, s.patient_actor_id, s.patient_rule) for s in found if s.action_text == "supported"
    )
    assert backed == [("state_are", "lna", "relative"), ("state_rus", "lna", "relative")]


def test_relative_clause_object_gap_and_a_pronoun_subject(statements):
    found = statements("The Libyan National Army freed the Turkish soldiers it had detained.")
    assert (one(found, "freed").action_class, one(found, "freed").patient_actor_id) == ("RETREAT", "state_tur")
    s = one(found, "detained")
    assert (s.agent_actor_id, s.agent_rule, s.action_class, s.patient_actor_id, s.patient_rule) == (
        "lna",
        "pronoun",
        "COERCE",
        "state_tur",
        "relative-object",
    )


def test_control_verb_passes_its_subject(statements):
    found = statements("Russia managed to seize the town.")
    assert [(s.agent_actor_id, s.action_lemma, s.action_class, s.agent_rule) for s in found] == [
        ("state_rus", "seize town", "ASSAULT", "control")
    ]


def test_object_control_passes_the_object(statements):
    s = one(statements("Russia forced Ukraine to withdraw its troops."), "withdraw")
    assert (s.agent_actor_id, s.action_class, s.agent_rule) == ("state_ukr", "RETREAT", "object-control")


def test_adverbial_participle_takes_the_main_subject(statements):
    s = one(statements("Russian warplanes bombed the city, killing Syrian soldiers."), "killing")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id, s.agent_rule) == (
        "state_rus",
        "ASSAULT",
        "state_syr",
        "adverbial",
    )


def test_accused_act_is_a_statement_of_the_accused(statements):
    found = statements("Turkey accused the United Arab Emirates of sending weapons to Haftar.")
    accuse, send = one(found, "accused"), one(found, "sending")
    assert (accuse.agent_actor_id, accuse.action_class, accuse.patient_actor_id) == ("state_tur", "ACCUSE", "state_are")
    assert (send.agent_actor_id, send.action_class, send.patient_actor_id) == ("state_are", "AID", "khalifa_haftar")
    assert (send.agent_rule, send.patient_rule) == ("object-of-frame", "prep-to")


def test_with_phrase_noun_takes_the_verb_subject_and_coordinated_object(statements):
    body = "Emirati drones responded with heavy bombardments of the city and the headquarters of the Government of National Accord."
    s = one(statements(body), "bombardments")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("state_are", "ASSAULT", "gna")


def test_possessive_and_modifier_agents_of_event_nouns(statements):
    s = one(statements("Russia's invasion of Ukraine shocked Europe."), "invasion")
    assert (s.agent_actor_id, s.patient_actor_id, s.agent_rule, s.patient_rule) == (
        "state_rus",
        "state_ukr",
        "possessive",
        "prep-of",
    )
    s = one(statements("The Russian invasion of Ukraine failed."), "invasion")
    assert (s.agent_actor_id, s.agent_rule) == ("state_rus", "modifier")


def test_content_of_a_refusal_is_folded_into_it(statements):
    found = statements("Hamas refused to recognise Israel.")
    assert rows(found) == [("hamas", "refused", "REJECT", "state_isr")]
    assert found[0].patient_rule == "content"


def test_threatened_act_is_no_statement_of_its_own(statements):
    assert rows(statements("North Korea threatened to strike American bases.")) == [
        ("state_prk", "threatened", "THREATEN", "state_usa")
    ]


def test_compound_actors_give_one_row_each(statements):
    found = statements("Saudi Arabia and the UAE cut diplomatic ties with Qatar.")
    assert sorted(rows(found)) == [
        ("state_are", "cut", "SANCTION", "state_qat"),
        ("state_sau", "cut", "SANCTION", "state_qat"),
    ]


def test_negation(statements):
    s = one(statements("Ukraine did not withdraw its forces from the border."), "withdraw")
    assert (s.action_class, s.negated) == ("RETREAT", True)
    assert one(statements("Ukraine withdrew its forces from the border."), "withdrew").negated is False


def test_dative_is_the_patient(statements):
    s = one(statements("The IMF lent Ukraine $2bn on Friday."), "lent")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id, s.patient_rule) == (
        "imf",
        "AID",
        "state_ukr",
        "dative",
    )


def test_reporting_verb_makes_no_statement(statements):
    assert statements("Vladimir Putin said the economy would grow next year.") == []


def test_victims_of_a_regime_are_not_the_regime(statements):
    found = statements("A bank donated $8m to victims of Bashar al-Assad's regime.")
    assert all(s.patient_actor_id is None for s in found), rows(found)


def test_statements_stand_in_claims_and_have_stable_ids(statements):
    found = statements("Russia attacked Ukraine. Ukraine did not withdraw its forces.")
    assert [s.statement_id.split(":")[1] for s in found] == ["t0000", "t0001"]
    assert found[0].claim_id != found[1].claim_id
    assert statements("Russia attacked Ukraine. Ukraine did not withdraw its forces.") == found


def test_conjoined_verbs_share_subject_and_object(statements):
    found = statements("Russia attacked and invaded Ukraine.")
    attacked, invaded = one(found, "attacked"), one(found, "invaded")
    assert (attacked.agent_actor_id, attacked.patient_actor_id, attacked.patient_rule) == (
        "state_rus",
        "state_ukr",
        "shared-object",
    )
    assert (invaded.agent_actor_id, invaded.agent_rule, invaded.patient_actor_id) == (
        "state_rus",
        "conjunct",
        "state_ukr",
    )


def test_by_phrase_of_an_event_noun(statements):
    s = one(statements("The attack by Hamas on Israel shocked the region."), "attack")
    assert (s.agent_actor_id, s.agent_rule, s.patient_actor_id, s.patient_rule) == (
        "hamas",
        "by-phrase",
        "state_isr",
        "prep-on",
    )


def test_verb_after_a_preposition_takes_the_governing_subject(statements):
    s = one(statements("Russia shocked Europe by attacking Ukraine."), "attacking")
    assert (s.agent_actor_id, s.agent_rule, s.patient_actor_id) == ("state_rus", "prepositional", "state_ukr")


def test_present_participle_takes_the_noun_it_modifies(statements):
    s = one(statements("Hamas fighters attacking Israel were killed on Monday."), "attacking")
    assert (s.agent_actor_id, s.agent_rule, s.patient_actor_id) == ("hamas", "participle", "state_isr")


def test_the_of_phrase_of_a_noun_of_an_act_without_a_patient_is_its_agent(statements):
    """ "the resignation of X": X resigns (doer_nouns); "the killing of X": X is killed."""
    s = one(statements("The resignation of Gordon Brown surprised the party."), "resignation")
    assert (s.agent_actor_id, s.agent_rule, s.action_class, s.patient_actor_id) == (
        "gordon_brown",
        "of-phrase",
        "RETREAT",
        None,
    )
    s = one(statements("The killing of Gordon Brown shocked the party."), "killing")
    assert (s.agent_actor_id, s.patient_actor_id) == (None, "gordon_brown")


def test_targeting_seats_or_voters_is_no_assault(statements):
    s = one(statements("The Liberal Democrats will target nine Labour seats at the election."), "target")
    assert s.action_class is None
    s = one(statements("Russia targeted Ukraine with missiles."), "targeted")
    assert s.action_class == "ASSAULT"
