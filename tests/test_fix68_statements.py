"""fix68 (session 56, review66 findings 9, 4, 3, 5, 6): who makes a call, and what "suspend" and "recognise" act on.

- the noun "call": the caller is its possessor, a by- or from-phrase (also one the parser hangs on what is called
  for), or the subject of a light verb or of `appeals.caller_verbs`; never the subject of "prompted", "sparked",
  "ignored" (finding 9);
- "suspend" reaches a person pronoun, a relative pronoun's noun, a joined verb's object and more person nouns
  (finding 4); a state suspended is SANCTION, a party or a body COERCE (finding 3);
- "recognise X as <office / state>" is SUPPORT whatever X is; an honour, "as the winner" and a name inside the object
  phrase ("a House of Lords ruling") are none (findings 5, 6).
"""

from __future__ import annotations

from narratives_support import one, rows


def callers(found) -> list:
    return [(s.agent_actor_id, s.action_class) for s in found if s.action_text in ("call", "calls")]


def cls(found, action: str) -> tuple:
    s = one(found, action)
    return s.agent_actor_id, s.action_class, s.patient_actor_id


# what changes (each fails on main's rules)


def test_the_ignorer_of_a_call_is_no_caller_its_from_phrase_is(statements):
    found = statements("Tony Blair ignored calls for a ceasefire from the United Nations, Mr Howard said.")
    assert callers(found) == [("un", "REQUEST")], rows(found)


def test_a_call_a_prompting_subject_caused_takes_its_from_phrase(statements):
    found = statements("The announcement prompted calls for a public inquiry from the Liberal Democrats.")
    assert callers(found) == [("liberal_democrats", "REQUEST")], rows(found)


def test_a_call_hung_from_its_infinitive_takes_the_from_phrase(statements):
    found = statements("Mr Blair pressed ahead despite a call for him to pause for thought from Charles Kennedy.")
    assert callers(found) == [("charles_kennedy", "REQUEST")], rows(found)


def test_calls_whose_infinitive_is_an_adverbial_clause_are_a_request(statements):
    found = statements("Charles Kennedy's calls for Mr Blair to resign grew louder.")
    assert callers(found) == [("charles_kennedy", "REQUEST")], rows(found)


def test_a_modifier_parted_from_the_call_names_no_caller(statements):
    found = statements(
        "The announcement from Mr Leslie - who was elected in 1997 in a formerly safe Tory seat - prompted calls for a"
        " lowering of the voting age to 16."
    )
    assert callers(found) == [], rows(found)


def test_suspending_a_person_pronoun_is_coercion(statements):
    assert (
        cls(statements("Delta Airlines suspended her without pay, Ellen Simonetti said."), "suspended")[1] == "COERCE"
    )
    s = one(statements("She was suspended by Delta in September, she said."), "suspended")
    assert s.action_class == "COERCE"


def test_suspended_through_a_relative_pronoun_is_coercion(statements):
    found = statements("George Galloway, who was suspended by Labour last year, said he would stand.")
    assert cls(found, "suspended") == ("labour_party", "COERCE", "disc.george_galloway")


def test_suspend_takes_the_object_of_the_verb_it_is_joined_to(statements):
    found = statements("The council has the power to suspend or bar Mr Livingstone from office.")
    assert cls(found, "suspend")[1:] == ("COERCE", "ken_livingstone")


def test_suspending_a_runner_up_or_a_party_body_is_coercion(statements):
    found = statements("Athletics Kenya had suspended the two-time London Marathon runner-up.")
    assert one(found, "suspended").action_class == "COERCE"
    found = statements("Mr Howard suspended the constituency Conservative association.")
    assert cls(found, "suspended")[:2] == ("michael_howard", "COERCE")


def test_suspending_a_state_is_a_sanction(statements):
    found = statements("The African Union suspended Mali after the coup, diplomats said.")
    assert cls(found, "suspended") == ("african_union", "SANCTION", "state_mli")
    found = statements("Zimbabwe was suspended from the Commonwealth in 2002, the BBC said.")
    assert cls(found, "suspended")[1:] == ("SANCTION", "state_zwe")


def test_suspending_participation_is_a_sanction(statements):
    found = statements("Russia suspended its participation in the treaty, officials said.")
    assert cls(found, "suspended")[:2] == ("state_rus", "SANCTION")


def test_recognising_a_person_as_a_head_of_state_is_support(statements):
    found = statements(
        "The United States recognised Juan Guaido as Venezuela's interim president, the State Department said."
    )
    assert cls(found, "recognised")[:2] == ("state_usa", "SUPPORT")


def test_recognising_a_place_as_a_state_is_support(statements):
    found = statements("The White House recognised Kosovo as an independent state, officials said.")
    assert cls(found, "recognised")[:2] == ("state_usa", "SUPPORT")


def test_an_honour_to_a_body_is_no_recognition(statements):
    found = statements("The Nobel Peace Prize recognised the International Atomic Energy Agency for its work.")
    assert [s.action_class for s in found if s.action_text == "recognised"] in ([], [None]), rows(found)
    found = statements("The Nobel committee said the prize recognised the United Nations in its citation.")
    assert [s.action_class for s in found if s.action_text == "recognised"] in ([], [None]), rows(found)


def test_a_name_inside_the_recognised_phrase_is_no_object(statements):
    found = statements("The government failed to recognise a House of Lords ruling on detention, Mr MacDonald said.")
    assert [s.action_class for s in found if s.action_text == "recognise"] in ([], [None]), rows(found)


def test_recognised_as_the_winner_is_none_whatever_the_object(statements):
    found = statements("Mr Blair recognised Labour as the winner of the debate, the BBC said.")
    assert [s.action_class for s in found if s.action_text == "recognised"] in ([], [None]), rows(found)


def test_recognised_as_an_expert_is_no_recognition(statements):
    found = statements(
        "The United Nations recognised the Halo Trust as an authority on mine clearance, officials said."
    )
    assert [s.action_class for s in found if s.action_text == "recognised"] in ([], [None]), rows(found)


# what must stay


def test_callers_of_renewed_repeated_or_joined_calls_stay(statements):
    assert callers(statements("The Conservatives renewed calls for a public inquiry into the affair.")) == [
        ("conservative_party", "REQUEST")
    ]
    assert callers(statements("The Liberal Democrats repeated their call for a public inquiry.")) == [
        ("liberal_democrats", "REQUEST")
    ]
    assert callers(statements("The Liberal Democrats joined calls for a public inquiry.")) == [
        ("liberal_democrats", "REQUEST")
    ]


def test_a_from_phrase_of_withdrawal_is_no_caller(statements):
    found = statements("The decision prompted calls for a withdrawal from Iraq, officials said.")
    assert all(s.agent_actor_id != "state_irq" for s in found if s.action_text == "calls"), rows(found)


def test_suspending_sales_stays_no_event_and_a_person_stays_coercion(statements):
    found = statements("The company suspended sales of the drug on Tuesday, Pfizer said.")
    assert [s.action_class for s in found if s.action_text == "suspended"] in ([], [None])
    assert one(statements("UKIP has suspended John Houston over his remarks."), "suspended").action_class == "COERCE"


def test_recognising_a_state_stays_support(statements):
    assert one(statements("Britain recognised the new government in Kabul."), "recognised").action_class == "SUPPORT"
