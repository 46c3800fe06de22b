"""fix66 (session 55, review65 6): a verb of `undergoing_verbs` whose direct object is an event noun ("faces an FA
investigation", "receive IMF support", "attracted media criticism") makes no statement of its own, as narr35's verb of a
`received_nouns` object makes none: the noun's row is the act, with the subject its patient. Before, each also made an
unclassified verb row with the receiver as its agent and the noun's agent as its patient (m64 BBC 42 rows). A verb
with an object that is no event noun keeps its row ("Scotland face England"). Review65 7: a `not_events` pair of a
received noun with its verb, a modifier or its of-phrase object gives it another sense, no act undergone ("earned a
penalty", "a stern trial", "a trial of strength", "received a sympathetic hearing"). Review65 8: "disciplinary action"
(SANCTION) is an event noun, the act on whoever faces it, the act of whoever takes it."""

from __future__ import annotations

import pytest
from narratives_support import rows, statements_of


def test_facing_an_investigation_is_one_row(parse, registry):
    found = statements_of(parse, registry, "Jose Mourinho still faces an FA investigation.")
    assert [(s.action_text, s.action_class) for s in found] == [("investigation", "ACCUSE")], rows(found)


def test_receiving_support_makes_no_row_of_the_receiver_acting_on_the_giver(parse, registry):
    found = statements_of(parse, registry, "Bangladesh and Sri Lanka currently receive IMF support.")
    assert sorted(rows(found)) == [
        ("imf", "support", "SUPPORT", "state_bgd"),
        ("imf", "support", "SUPPORT", "state_lka"),
    ]


def test_facing_opposition_from_a_body_is_the_bodys_act(parse, registry):
    found = statements_of(parse, registry, "Ruth Kelly faces tough opposition from Opus Dei.")
    assert [s.action_text for s in found] == ["opposition"], rows(found)


def test_attracted_criticism_is_one_row(parse, registry):
    found = statements_of(parse, registry, "The Labour Party has attracted media criticism.")
    assert rows(found) == [(None, "criticism", "ACCUSE", "labour_party")]


def test_a_team_that_faces_a_team_keeps_its_verb_row(parse, registry):
    found = statements_of(parse, registry, "Scotland face England at Murrayfield on Saturday.")
    assert rows(found) == [("scotland", "face", None, "england")]


# review65 7: a received noun in another sense (a `not_events` pair of its verb, a modifier or its of-phrase object)


@pytest.mark.parametrize(
    "text",
    [
        "Wayne Rooney earned a penalty in the second half.",  # a penalty kick
        "Tony Blair received a sympathetic hearing.",  # attention (fix67: with a from-phrase giver, no row at all)
        "Chelsea face their toughest trial yet against Barcelona.",  # a test
        "England face a stern trial against France.",
        "Tony Blair faces a trial of strength with the unions.",
    ],
)
def test_a_received_noun_in_another_sense_is_no_act(parse, registry, text):
    found = statements_of(parse, registry, text)
    assert [s.action_class for s in found] == [None], rows(found)  # the verb's own row, unclassified


# fix67 (review66 1): "received a penalty" and "received a fair hearing" were pinned here as no act by the bare verb
# pairs "receive penalty" / "receive hearing" of `not_events`; the pairs also took the legal sense ("received the death
# penalty", "did not receive a fair hearing"), which is the usual one in political and conflict news, and no m65 row
# needed them. They were dropped: a penalty kick received is now read as a penalty, the cost named here.
@pytest.mark.parametrize(
    ("text", "noun", "category"),
    [
        ("Chelsea received a penalty after the foul on Drogba.", "penalty", "SANCTION"),
        ("Gordon Brown's proposal received a fair hearing.", "hearing", "ACCUSE"),
        ("Yukos faces a tax penalty.", "penalty", "SANCTION"),
        ("Tony Blair faces a disciplinary hearing.", "hearing", "ACCUSE"),
        ("Tony Blair faces trial at the Old Bailey.", "trial", "ACCUSE"),
        ("Deutsche Bank could face penalties if the complaint is upheld.", "penalties", "SANCTION"),
    ],
)
def test_a_received_noun_in_its_legal_sense_stays_the_act(parse, registry, text, noun, category):
    found = statements_of(parse, registry, text)
    assert [(s.action_text, s.action_class) for s in found] == [(noun, category)], rows(found)


@pytest.mark.xfail(
    strict=True, reason="a goalkeeper who faces a penalty kick: 'face' is the legal verb too (fix66 left)"
)
def test_a_keeper_facing_a_penalty_is_no_sanction(parse, registry):
    found = statements_of(parse, registry, "Petr Cech faced a penalty from Frank Lampard.")
    assert all(s.action_class is None for s in found), rows(found)


# review65 8: the same acts in other words


def test_disciplinary_action_faced_is_the_act_on_the_subject(parse, registry):
    found = statements_of(parse, registry, "Jose Mourinho could face disciplinary action.")
    assert rows(found) == [(None, "action", "SANCTION", "disc.jose_mourinho")]


def test_disciplinary_action_taken_is_the_takers_act(parse, registry):
    found = statements_of(
        parse, registry, "The European Commission has taken disciplinary action against Jose Mourinho."
    )
    assert rows(found) == [("european_commission", "action", "SANCTION", "disc.jose_mourinho")]


@pytest.mark.xfail(
    strict=True,
    reason="fix66 left: 'prison term' / 'jail term' as event nouns made 'term' one everywhere ('his second term ends'"
    " gained a row) and 'served a 10-month jail term' read the prisoner as the agent; they need received-noun pairs",
)
def test_a_prison_term_faced_is_the_act_on_the_subject(parse, registry):
    found = statements_of(parse, registry, "Mikhail Khodorkovsky faces a 10-year prison term.")
    assert [(s.action_text, s.action_class, s.agent_actor_id) for s in found] == [("term", "COERCE", None)]
