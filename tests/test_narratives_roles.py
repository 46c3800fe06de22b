"""Agent and patient rules of the second pass: one test per rule, each on sentences of its own."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.arguments import agents_of
from narrative_pipeline.narratives.roles import Context
from narrative_pipeline.records import MentionRecord
from narratives_support import PLOVER, one, rows
from trees import sentence


@pytest.fixture(scope="module")
def lex():
    return PLOVER


def test_a_demonym_on_a_person_names_no_state_on_troops_or_towns_it_does(statements):
    s = one(statements("Russian police detained a Ukrainian journalist in Crimea."), "detained")
    assert (s.agent_actor_id, s.patient_actor_id) == ("state_rus", None)
    s = one(statements("Hamas fired rockets at Israeli troops."), "fired")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("hamas", "ASSAULT", "state_isr")


def test_a_demonym_in_the_name_of_an_unknown_body_names_no_state(statements):
    found = statements("The Spanish Football Federation fined Real Madrid.")
    assert all(s.agent_actor_id != "state_esp" for s in found), rows(found)
    s = one(statements("The British Government imposed sanctions on Belarus."), "imposed")
    assert s.agent_actor_id == "state_gbr"


def test_an_organisation_before_a_noun_names_its_members(statements):
    s = one(statements("Amnesty activists protested outside the Russian embassy."), "protested")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("amnesty", "PROTEST", "state_rus")


def test_a_state_owning_a_firm_or_union_is_not_it(statements):
    found = statements("Britain's biggest union threatened a strike.")
    assert all(s.agent_actor_id != "state_gbr" for s in found), rows(found)


def test_the_author_of_a_rejected_proposal_is_the_patient(statements):
    s = one(statements("Hamas rejected a ceasefire plan put forward by Egypt."), "rejected")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("hamas", "REJECT", "state_egy")


def test_raised_subject_of_a_passive_report_verb(statements):
    s = one(statements("Vladimir Putin is said to have praised the Turkish president."), "praised")
    assert (s.agent_actor_id, s.agent_rule, s.action_class) == ("vladimir_putin", "raised", "SUPPORT")
    s = one(statements("Ukraine was forced to withdraw its troops."), "withdraw")
    assert (s.agent_actor_id, s.agent_rule, s.action_class) == ("state_ukr", "raised", "RETREAT")


def test_a_subject_pronoun_stands_for_the_subject_of_the_clause_it_hangs_from(statements):
    s = one(statements("Russia said it would deploy more troops to the border."), "deploy")
    assert (s.agent_actor_id, s.agent_rule, s.action_class) == ("state_rus", "pronoun", "MOBILIZE")
    # "he" is a person: not the state; and the nearest clause decides, not the sentence's first name
    assert all(s.agent_rule != "pronoun" for s in statements("Russia said he would resign."))
    found = statements("Vladimir Putin hosted a dinner where the minister told Erdogan he would resign.")
    assert all(s.agent_rule != "pronoun" for s in found), rows(found)


def test_a_relative_pronoun_the_parser_left_unattached_stands_for_the_noun_before_it(lex):
    # "Turkey who accused Greece": "who" hangs from the verb, not as a relative clause
    sent = sentence(
        "Turkey PROPN NNP ROOT 0 GPE",
        "who PRON WP nsubj 2",
        "accused VERB VBD ccomp 0",
        "Greece PROPN NNP dobj 2 GPE",
    )
    turkey = MentionRecord(
        mention_id="m1", article_id="0123456789abcdef", sentence_id="s0", start=0, end=6, text="Turkey",
        actor_id="state_tur", actor_type="state", link_method="alias", link_score=1.0, matched_alias="Turkey", head_i=0,
    )  # fmt: skip
    index = Context({0: turkey}, tokens={t.i: t for t in sent.tokens}, mention_types={"m1": "state"})
    assert [(f.actor_id, f.rule) for f in agents_of(sent.tokens[2], index)] == [("state_tur", "relative")]


def test_the_subject_of_a_demanded_or_alleged_act_is_the_patient(statements):
    s = one(statements("Turkey demanded that Greece withdraw its ships."), "demanded")
    assert (s.action_class, s.patient_actor_id, s.patient_rule) == ("REQUEST", "state_grc", "complement-subject")
    found = statements("Ukraine alleged that Russia had shelled the plant.")
    alleged, shelled = one(found, "alleged"), one(found, "shelled")
    assert (alleged.action_class, alleged.patient_actor_id) == ("ACCUSE", "state_rus")
    assert (shelled.agent_actor_id, shelled.action_class) == ("state_rus", "ASSAULT")


def test_rewarded_for_an_act_the_object_acts(statements):
    s = one(statements("The United States rewarded Libya for giving up its weapons."), "giving")
    assert (s.agent_actor_id, s.agent_rule, s.action_class) == ("state_lby", "object-of-frame", "RETREAT")


def test_the_subject_of_a_verb_is_the_patient_of_its_prepositional_passive(statements):
    s = one(statements("Iran was furious after being sanctioned by the European Union."), "sanctioned")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id, s.patient_rule) == (
        "eu",
        "SANCTION",
        "state_irn",
        "prepositional",
    )


def test_a_verb_conjoined_to_a_passive(statements):
    s = one(statements("Hamas was not sanctioned by the European Union but agreed to free the hostages."), "agreed")
    assert (s.agent_actor_id, s.agent_rule) == ("hamas", "conjunct")
    found = statements("Two Israeli soldiers were shot and wounded by Hamas.")
    assert rows(found) == [
        ("hamas", "shot", "ASSAULT", "state_isr"),
        ("hamas", "wounded", "ASSAULT", "state_isr"),
    ]


def test_a_place_taken_from_an_actor(statements):
    s = one(statements("Russian forces seized the city of Kherson from Ukraine."), "seized")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("state_rus", "ASSAULT", "state_ukr")


def test_an_event_noun_after_over_takes_no_agent_from_the_verb(statements):
    found = statements("Germany complained to the European Union over aid to Airbus.")
    assert all(not (s.action_text == "aid" and s.agent_actor_id == "state_deu") for s in found), rows(found)


def test_a_possessor_that_is_no_actor_keeps_the_verb_subject_off_the_noun(statements):
    found = statements("Angered by the committee's criticism, Russia suspended the plan.")
    assert all(s.action_text != "criticism" for s in found), rows(found)


def test_an_event_noun_as_the_subject_of_a_passive_takes_its_by_phrase(statements):
    s = one(statements("The protests were led by Amnesty International."), "protests")
    assert (s.agent_actor_id, s.agent_rule, s.action_class) == ("amnesty", "passive-by-phrase", "PROTEST")
