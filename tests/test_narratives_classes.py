"""Classification rules of the second pass: one test per rule, each on sentences of its own."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.classes import RULES
from narrative_pipeline.narratives.predicates import action_lemma
from narratives_support import PLOVER, one, rows
from trees import sentence


@pytest.fixture(scope="module")
def lex():
    return PLOVER


def test_rule_names_are_unique_and_recorded_names_come_from_the_registry(statements):
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    found = statements("Turkey sent three frigates to Libya. Russia recaptured the town of Palmyra.")
    assert {s.class_rule for s in found} <= {*names, "none"}


def test_lemma_repair_reads_a_regular_inflection_the_lemmatiser_missed(lex):
    fined, find = sentence("fined VERB VBD ROOT 0").tokens[0], sentence("find VERB VB ROOT 0").tokens[0]
    fined.lemma = "fin"  # the parser's lemma of "fined"
    assert action_lemma(fined, lex) == "fine"
    assert action_lemma(find, lex) == "find"  # a base form is never repaired (not "fine")


def test_prefixed_verb_is_classified_as_the_verb_it_repeats(statements):
    s = one(statements("Russian forces recaptured the town of Palmyra."), "recaptured")
    assert (s.agent_actor_id, s.action_class, s.class_rule, s.action_lemma) == (
        "state_rus",
        "ASSAULT",
        "prefixed-verb",
        "recapture town",
    )


def test_leaving_a_relation_is_a_sanction_leaving_a_territory_a_retreat(statements):
    s = one(statements("Britain pulled out of the nuclear talks."), "pulled")
    assert (s.action_class, s.class_rule, s.class_cue) == (
        "SANCTION",
        "leave-relation",
        "pulled out of the nuclear talks",
    )
    s = one(statements("Amnesty International withdrew from Belarus last year."), "withdrew")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("amnesty", "SANCTION", "state_blr")
    s = one(statements("Israel withdrew its troops from Gaza."), "withdrew")
    assert (s.action_class, s.class_rule) == ("RETREAT", "verb")


def test_a_commercial_deal_is_cooperation_a_treaty_support(statements):
    s = one(statements("Russia signed a $2bn deal with China to supply gas."), "signed")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id, s.class_rule) == (
        "state_rus",
        "COOPERATE",
        "state_chn",
        "commercial-deal",
    )
    s = one(statements("Russia signed a peace treaty with Japan."), "signed")
    assert (s.action_class, s.class_rule) == ("SUPPORT", "verb-object")


def test_the_terms_of_a_deal_name_its_other_party_and_make_no_statement(statements):
    found = statements("Russia struck a deal to supply Turkey with gas.")
    assert rows(found) == [("state_rus", "struck", "COOPERATE", "state_tur")]
    assert found[0].patient_rule == "deal-terms"


def test_military_units_moved_are_a_mobilisation(statements):
    s = one(statements("Turkey sent three frigates to the eastern Mediterranean."), "sent")
    assert (s.agent_actor_id, s.action_class, s.class_rule, s.action_lemma) == (
        "state_tur",
        "MOBILIZE",
        "military-move",
        "send frigate",
    )
    s = one(statements("Russian armoured units gathered near the border."), "gathered")
    assert (s.agent_actor_id, s.action_class) == ("state_rus", "MOBILIZE")


def test_units_put_on_standby_are_the_agents_own(statements):
    s = one(statements("Thousands of British troops were put on standby."), "put")
    assert (s.agent_actor_id, s.agent_rule, s.action_class, s.patient_actor_id) == (
        "state_gbr",
        "own-forces",
        "MOBILIZE",
        None,
    )


def test_a_promised_concession_is_a_concession(statements):
    s = one(statements("Hamas agreed to release the hostages."), "agreed")
    assert (s.agent_actor_id, s.action_class, s.class_rule) == ("hamas", "CONCEDE", "promised-concession")
    s = one(statements("Georgia offered an amnesty to the rebels."), "offered")
    assert (s.action_class, s.class_rule) == ("CONCEDE", "promised-concession")
    assert one(statements("Iran offered to resume talks with the European Union."), "offered").action_class == "AGREE"


def test_not_ruling_out_a_conflict_act_is_a_threat(statements):
    s = one(statements("Iran did not rule out military action against Israel."), "rule")
    assert (s.agent_actor_id, s.action_class, s.class_rule, s.negated, s.patient_actor_id) == (
        "state_irn",
        "THREATEN",
        "not-ruled-out",
        False,
        "state_isr",
    )
    s = one(statements("Iran ruled out talks with Israel."), "ruled")
    assert (s.action_class, s.negated) == ("REJECT", False)


def test_a_verb_with_a_modified_object(statements):
    s = one(statements("The United States lifted a trade ban on Libya."), "lifted")
    assert (s.action_class, s.action_lemma, s.patient_actor_id) == ("RETREAT", "lift trade ban", "state_lby")


def test_rejecting_claims_is_a_denial_not_a_rejection(statements):
    s = one(statements("Serbia rejected claims that it had sheltered the fugitives."), "rejected")
    assert (s.action_class, s.class_rule) == (None, "not-event")


def test_a_noun_restating_its_verb_makes_no_statement(statements):
    found = statements("Chinese police arrested 30 people in a crackdown on gambling.")
    assert rows(found) == [("state_chn", "arrested", "COERCE", None)]


def test_a_participle_describing_a_noun_is_background(statements):
    found = statements("The seized tanker belonged to Iran.")
    assert all(s.action_text != "seized" for s in found), rows(found)
    # with an agent of its own it is a statement: "the rebels supported by Russia"
    s = one(statements("The militia supported by Russia attacked Ukraine."), "supported")
    assert (s.agent_actor_id, s.action_class) == ("state_rus", "SUPPORT")


def test_the_threatened_sanctions_are_folded_into_the_threat(statements):
    found = statements("The European Union threatened Russia with new sanctions.")
    assert rows(found) == [("eu", "threatened", "THREATEN", "state_rus")]
