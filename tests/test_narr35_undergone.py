"""narr35 (session 54): a noun of `received_nouns` as the direct object of a verb of `undergoing_verbs` names an act
its subject undergoes (`classes.undergone`): "Mr Tsutsumi faces criminal charges" is ACCUSE with Tsutsumi the
patient, "Collins has received an eight-year ban" COERCE, "could face a jail sentence" COERCE, "face a fine" SANCTION;
a from- or by-phrase names the agent; the verb makes no statement of its own. Before, each was one unclassified
"faces" with the accused as its agent (m63 BBC about 50 rows of "face" with a legal object, web 1; narr35's fresh
blind statement set: five accused managers). Elsewhere the nouns are no event: "bank charges", "a clinical trial",
"the smoking ban"; "get" is no undergoing verb ("how we can get trials and convictions")."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives import classes
from narratives_support import PLOVER, rows, statements_of


def _acts(found) -> list[tuple]:
    return [(s.action_text, s.action_class, s.agent_actor_id, s.patient_actor_id, s.negated) for s in found]


# what the rule changes


def test_facing_charges_makes_the_accused_the_patient(parse, registry):
    found = statements_of(parse, registry, "Tony Blair faces criminal charges.")
    assert _acts(found) == [("charges", "ACCUSE", None, "tony_blair", False)]


def test_every_accused_of_a_compound_subject_is_a_patient(parse, registry):
    found = statements_of(parse, registry, "Tony Blair and Gordon Brown face a criminal trial.")
    assert sorted(_acts(found)) == [
        ("trial", "ACCUSE", None, "gordon_brown", False),
        ("trial", "ACCUSE", None, "tony_blair", False),
    ]


def test_a_from_phrase_names_who_charges(parse, registry):
    found = statements_of(parse, registry, "Yukos faced civil charges from the European Commission.")
    assert [(a, c, p) for a, _, c, p in rows(found)] == [("european_commission", "ACCUSE", "disc.yukos")]


def test_not_facing_charges_is_negated(parse, registry):
    found = statements_of(parse, registry, "Tony Blair will not face charges.")
    assert _acts(found) == [("charges", "ACCUSE", None, "tony_blair", True)]


def test_a_received_ban_is_coercion(parse, registry):
    found = statements_of(parse, registry, "Gordon Brown has received an eight-year ban for doping offences.")
    assert _acts(found) == [("ban", "COERCE", None, "gordon_brown", False)]


def test_a_jail_sentence_faced_is_coercion(parse, registry):
    found = statements_of(parse, registry, "Tony Blair could face a jail sentence of 85 years.")
    assert _acts(found) == [("sentence", "COERCE", None, "tony_blair", False)]


def test_a_fine_faced_is_a_sanction(parse, registry):
    found = statements_of(parse, registry, "Yukos could face a fine of $24,000.")
    assert _acts(found) == [("fine", "SANCTION", None, "disc.yukos", False)]


# what it leaves


def test_charges_a_firm_raises_are_no_accusation(parse, registry):
    found = statements_of(parse, registry, "Yukos raised its charges for customers.")
    assert rows(found) == [("disc.yukos", "raised", None, None)]


def test_a_trial_begun_is_no_accusation(parse, registry):
    found = statements_of(parse, registry, "Yukos began a clinical trial of the drug.")
    assert all(s.action_class is None for s in found), rows(found)


def test_getting_trials_is_no_undergoing(parse, registry):
    found = statements_of(parse, registry, "Tony Blair must get trials and convictions.")
    assert all(s.action_class != "ACCUSE" for s in found), rows(found)


def test_facing_a_team_stays_an_unclassified_verb(parse, registry):
    found = statements_of(parse, registry, "England face France in Paris on Saturday.")
    assert rows(found) == [("england", "face", None, "state_fra")]


def test_a_ban_introduced_is_no_coercion(parse, registry):
    found = statements_of(parse, registry, "The BBC introduced a smoking ban.")
    assert rows(found) == [("bbc", "introduced", None, None)]


def test_faced_criticism_makes_only_the_nouns_row(parse, registry):
    """A noun the receiving mechanism already read (narr22) keeps its row; narr35 pinned the verb's row beside it, but
    that row read the receiver as the agent and the critic as the patient ("faced" Blair -> Commission), the roles the
    noun's row gives the other way round: the verb of an undergoing verb with an event-noun object makes no row either
    (fix66, review65 6: the 42 such BBC rows of m64 all read wrong)."""
    found = statements_of(parse, registry, "Tony Blair faced criticism from the European Commission.")
    assert rows(found) == [("european_commission", "criticism", "ACCUSE", "tony_blair")]


def test_undergone_needs_a_direct_object_of_an_undergoing_verb(parse):
    article = parse("A headline that is never a claim\n\nThe charges against him were dropped. He faces charges.")
    toks = [t for t in article.tokens if t.lower == "charges"]
    assert [classes.undergone(t, PLOVER) for t in toks] == [False, True]


@pytest.mark.xfail(strict=True, reason="fees an undergoing verb's subject faces read as legal charges (narr35)")
def test_higher_charges_a_firm_faces_are_fees(parse, registry):
    found = statements_of(parse, registry, "Yukos faces higher charges.")
    assert all(s.action_class != "ACCUSE" for s in found), rows(found)
