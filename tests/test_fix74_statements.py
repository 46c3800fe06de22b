"""fix74 (session 57): acts a sentence denies, threats on a condition, recognised elections, quoted requests.

- review68 6 (neg-raising): an act in the clause of a negated verb of belief (`raising_verbs`: "I do not believe
  that X supports Y"), of a denial (`denial_verbs`: "denied that X attacked Y") or of a belief whose subject is nobody
  ("nobody thinks X will") is negated; framing's denied labels read the same clauses (`arguments.said_not`, one
  function for both);
- a verb's act of `unexcluded.act_quads` promised with will / would on an "if" / "unless" condition is THREATEN, its
  patient the condition's subject when the act has none ("Unison would strike unless the government ...");
- recognising an election or its result is recognition (SUPPORT), a match's result none;
- a quoted sentence with no frame verb ('"The first minister should withdraw these remarks."') is the quote's
  claimer's REQUEST of the doer, as narr37's "said X should" is;
- "neither ... nor" on the subject, the object or the verb negates the act (`pair_negators`).
"""

from __future__ import annotations

import pytest
from narratives_support import one, rows


def brief(s) -> tuple:
    return s.agent_actor_id, s.action_class, s.patient_actor_id, s.negated


# what changes (each fails on main's rules)


@pytest.mark.parametrize(
    ("body", "action", "expected"),
    [
        (
            "I do not believe that the United States supports Israel, Tony Blair said.",
            "supports",
            ("state_usa", "SUPPORT", "state_isr", True),
        ),
        (
            "Nobody thinks that Russia will attack Georgia, Mr Putin said.",
            "attack",
            ("state_rus", "ASSAULT", "state_geo", True),
        ),
        (
            "Russia denied that Russia attacked Georgia, the BBC said.",
            "attacked",
            ("state_rus", "ASSAULT", "state_geo", True),
        ),
        (
            "Tony Blair denied accusing Germany of bullying Britain.",
            "accusing",
            ("tony_blair", "ACCUSE", "state_deu", True),
        ),
    ],
)
def test_an_act_in_a_denied_or_disbelieved_clause_is_negated(statements, body, action, expected):
    assert brief(one(statements(body), action)) == expected


def test_a_label_under_a_negated_belief_is_denied(predicates):
    assert predicates("I do not think Tony Blair is a liar, Mr Howard said.").get(("tony_blair", "liar")) is True


@pytest.mark.parametrize(
    ("body", "action", "expected"),
    [
        (
            "Unison would strike unless the government improves its offer, Mr Smith said.",
            "strike",
            ("unison", "THREATEN", "state_gbr", False),
        ),
        (
            "Russia will attack Georgia if Georgia advances, Mr Putin said.",
            "attack",
            ("state_rus", "THREATEN", "state_geo", False),
        ),
    ],
)
def test_a_conflict_act_promised_on_a_condition_is_a_threat(statements, body, action, expected):
    found = one(statements(body), action)
    assert (brief(found), found.class_rule) == (expected, "conditional-threat")


@pytest.mark.parametrize(
    "body",
    [
        "The United States recognised the election result, Tony Blair said.",
        "The United States recognised the result of the election, Tony Blair said.",
    ],
)
def test_recognising_an_election_result_is_recognition(statements, body):
    assert one(statements(body), "recognised").action_class == "SUPPORT"


def test_a_quoted_should_with_no_frame_verb_is_the_claimers_request(statements):
    found = statements(
        'Nicola Sturgeon said: "This is a gaffe by Jack McConnell. "Jack McConnell should withdraw these remarks'
        ' immediately."'
    )
    hit = one(found, "should withdraw")
    assert (hit.agent_actor_id, hit.action_class, hit.patient_actor_id) == (
        "nicola_sturgeon",
        "REQUEST",
        "jack_mcconnell",
    ), rows(found)


@pytest.mark.parametrize(
    ("body", "action"),
    [
        ("Neither Russia nor China supports the resolution, the BBC said.", "supports"),
        ("Russia neither attacked nor threatened Georgia, the BBC said.", "threatened"),
        ("Tony Blair met neither Vladimir Putin nor Jacques Chirac, the BBC said.", "met"),
    ],
)
def test_neither_nor_negates_the_act(statements, body, action):
    found = [s for s in statements(body) if s.action_text == action]
    assert found and all(s.negated for s in found), rows(found)


# what stays


@pytest.mark.parametrize(
    ("body", "action", "expected"),
    [
        (
            "Russia did not deny that Russia attacked Georgia, the BBC said.",
            "attacked",
            ("state_rus", "ASSAULT", "state_geo", False),
        ),
        (
            "Tony Blair believes that the United States supports Israel.",
            "supports",
            ("state_usa", "SUPPORT", "state_isr", False),
        ),
        ("Russia will attack Georgia, Mr Putin said.", "attack", ("state_rus", "ASSAULT", "state_geo", False)),
        (
            "Russia would not attack Georgia even if Georgia advances, Mr Putin said.",
            "attack",
            ("state_rus", "ASSAULT", "state_geo", True),
        ),
    ],
)
def test_affirmed_plain_or_refused_acts_keep_their_class_and_negation(statements, body, action, expected):
    assert brief(one(statements(body), action)) == expected


def test_either_or_leaves_the_act(statements):
    found = [
        s
        for s in statements("Either Russia or China supported the resolution, the BBC said.")
        if s.action_text == "supported"
    ]
    assert found and not any(s.negated for s in found), rows(found)


def test_a_passive_act_on_a_condition_is_no_threat(statements):
    found = one(statements("Georgia would be attacked if Georgia advances, Mr Putin said."), "attacked")
    assert found.action_class == "ASSAULT"


def test_an_act_of_cooperation_on_a_condition_is_no_threat(statements):
    found = statements("Britain will send aid to Iraq if the United Nations asks, Tony Blair said.")
    assert "THREATEN" not in {s.action_class for s in found}, rows(found)


@pytest.mark.parametrize(
    "body",
    ["Arsenal recognised the result, Arsene Wenger said.", "Chelsea recognised the match result, Jose Mourinho said."],
)
def test_a_matchs_result_recognised_is_no_act(statements, body):
    assert {s.action_class for s in statements(body) if s.action_text == "recognised"} <= {None}


def test_a_quoted_we_should_is_no_request(statements):
    found = statements('Tony Blair said: "This is a gaffe. "We should withdraw these remarks immediately."')
    assert "REQUEST" not in {s.action_class for s in found}, rows(found)


def test_a_label_under_an_affirmed_belief_is_not_denied(predicates):
    assert predicates("I think Tony Blair is a liar, Mr Howard said.").get(("tony_blair", "liar")) is False


def test_a_clause_before_a_denial_is_not_denied(statements):
    found = statements(
        "James Ford pleaded guilty to murder and was jailed for 15 years - it would have been longer had he denied"
        " the charge."
    )
    assert not one(found, "pleaded").negated
