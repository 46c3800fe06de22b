"""narr22's trust audit (40 seeded statement rows of m49, `config/eval/narratives-audit-narr22.jsonl`): rules that
fix a group of wrong rows, each test failing on narratives.rules.v21, near cases that keep their rows, and strict
xfails for the audit's errors left. Each text through the real upstream steps (`narratives_support.statements_of`)."""

from __future__ import annotations

import pytest
from narratives_support import rows, statements_of


def _support(found):
    return [s for s in found if s.action_class == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        # the audit's row (m49-web fivethirtyeight.com.endorsement)
        ("Somewhat surprisingly, Joe Biden also has seven endorsements from the progressives.", "joe_biden"),
        ("Alex Salmond already has the backing of many pundits and fans.", "alex_salmond"),
        ("His opponent, Viktor Yanukovich, still has huge support in the eastern industrial heartland.", None),
    ],
)
def test_who_has_support_is_supported(parse, registry, text, receiver):
    found = _support(statements_of(parse, registry, text))
    assert found, rows(statements_of(parse, registry, text))
    assert all(s.agent_actor_id is None or "biden" not in s.agent_actor_id for s in found), rows(found)
    assert not any(s.agent_rule == "governing-verb" for s in found), rows(found)
    if receiver is not None:
        assert any(s.patient_actor_id == receiver for s in found), rows(found)


def test_who_has_endorsements_from_a_named_group_is_endorsed_by_it(parse, registry):
    found = _support(
        statements_of(parse, registry, "Joe Biden has seven endorsements from the Congressional Black Caucus.")
    )
    assert found and all(s.patient_actor_id == "joe_biden" for s in found), rows(found)
    assert all(s.agent_actor_id != "joe_biden" for s in found), rows(found)


@pytest.mark.parametrize(
    ("text", "action", "agent"),
    [
        # a holding verb with any other event noun: the subject's own act
        ("Tony Blair had talks with Gordon Brown in October about the budget.", "talks", "tony_blair"),
        ("Michael Howard still has an outstanding complaint against the BBC.", "complaint", "michael_howard"),
    ],
)
def test_holding_another_event_noun_is_the_subjects_act(parse, registry, text, action, agent):
    found = [s for s in statements_of(parse, registry, text) if s.action_text == action]
    assert found and any(s.agent_actor_id == agent for s in found), rows(statements_of(parse, registry, text))


def test_giving_support_stays_the_subjects_act(parse, registry):
    found = _support(statements_of(parse, registry, "Tony Blair has thrown his support behind the scheme."))
    assert found and any(s.agent_actor_id == "tony_blair" for s in found), rows(found)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # review49's finding (m48-bbc tories-would-cut-number-of-mps) and the other such BBC row of m49
        ("He said a referendum would be held in Wales to decide whether or not to scrap the Welsh Assembly.", "scrap"),
        (
            "A key factor for EU decision makers should be whether or not Turkey has attacked its neighbours.",
            "attacked",
        ),
    ],
)
def test_whether_or_not_leaves_the_act_open(parse, registry, text, action):
    found = [s for s in statements_of(parse, registry, text) if s.action_text == action]
    assert found and not any(s.negated for s in found), rows(statements_of(parse, registry, text))


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Tony Blair decided not to scrap the Welsh Assembly.", "scrap"),
        ("Whether Turkey will join is unclear, but Turkey has not attacked Greece.", "attacked"),
    ],
)
def test_a_plain_not_still_negates(parse, registry, text, action):
    found = [s for s in statements_of(parse, registry, text) if s.action_text == action]
    assert found and all(s.negated for s in found), rows(statements_of(parse, registry, text))


# The audit's errors left (strict xfails; each sentence a row of m49, shortened).


# narr22 audit (m49-bbc): a fixture's "visit" was a CONSULT; narr23's fixture rule (narratives.rules.v25)
def test_a_fixture_is_no_consultation(parse, registry):
    found = statements_of(
        parse, registry, "Bolton host Arsenal and Leicester will visit the winners of the Burnley and Blackburn replay."
    )
    assert not any(s.action_class == "CONSULT" for s in found), rows(found)


@pytest.mark.xfail(
    strict=True,
    reason="narr22 audit (m49-web deleuze.enacademic.com): 'oppose X to Y' contrasts two ideas, read as REJECT (left)",
)
def test_opposing_one_idea_to_another_is_no_rejection(parse, registry):
    found = statements_of(
        parse, registry, "Gilles Deleuze and Felix Guattari oppose micropolitics to the politics of the state."
    )
    assert not any(s.action_class == "REJECT" for s in found), rows(found)


# review49 / narr22 (m48-bbc), left until fix83: the possessor of a passive subject that is a thing of its own
# (`arguments.owner_undergoes`) is no patient
def test_the_owner_of_released_figures_is_not_released(parse, registry):
    found = statements_of(parse, registry, "France's industrial output for December was released on Friday.")
    assert not any(s.patient_actor_id == "state_fra" for s in found), rows(found)


def test_the_of_phrase_of_held_support_gives_it(parse, registry):
    # m49-bbc crossrail-link-to-get-go-ahead: the parser hangs "Ken Livingstone" on "The line" as an apposition;
    # the first v22 try made him the one supported
    text = (
        "The line has the support of the Mayor of London, Ken Livingstone, business groups and the government, "
        "but there have been three years of arguments over how it should be funded."
    )
    found = _support(statements_of(parse, registry, text))
    assert not any(s.patient_actor_id == "ken_livingstone" for s in found), rows(found)


def test_a_named_of_phrase_of_held_support_is_the_supporter(parse, registry):
    found = _support(statements_of(parse, registry, "Scotland's new manager has the backing of Tony Blair."))
    assert any(s.agent_actor_id == "tony_blair" for s in found), rows(found)


def test_not_having_support_is_negated(parse, registry):
    # m49-web fivethirtyeight.com.endorsement: "He doesn't have a single endorsement from ... the Blue Dogs"
    found = _support(
        statements_of(
            parse, registry, "Joe Biden doesn't have a single endorsement from the Congressional Black Caucus."
        )
    )
    assert found and all(s.negated for s in found), rows(found)


def test_a_participle_receiver_after_the_noun_is_kept(parse, registry):
    # m49-bbc us-regulator-to-rule-on-pain-drug: the second v22 try lost the FDA
    text = (
        "Facing stern criticism for its handling of the Vioxx case, the Food and Drug Administration said on "
        "Tuesday that it will create an independent body."
    )
    found = [s for s in statements_of(parse, registry, text) if s.action_text == "criticism"]
    assert found and any(s.patient_actor_id for s in found), rows(statements_of(parse, registry, text))
