"""fix66 (session 55, review65 6): a verb of `undergoing_verbs` whose direct object is an event noun ("faces an FA
investigation", "receive IMF support", "attracted media criticism") makes no statement of its own, as narr35's verb of a
`received_nouns` object makes none: the noun's row is the act, with the subject its patient. Before, each also made an
unclassified verb row with the receiver as its agent and the noun's agent as its patient (m64 BBC 42 rows). A verb
with an object that is no event noun keeps its row ("Scotland face England")."""

from __future__ import annotations

from narratives_support import rows, statements_of


def test_facing_an_investigation_is_one_row(parse, registry):
    found = statements_of(parse, registry, "Jose Mourinho still faces an FA investigation.")
    assert [(s.action_text, s.action_class) for s in found] == [("investigation", "ACCUSE")], rows(found)


def test_receiving_support_makes_no_row_of_the_receiver_acting_on_the_giver(parse, registry):
    found = statements_of(parse, registry, "Bangladesh and Sri Lanka currently receive IMF support.")
    assert sorted(rows(found)) == [("imf", "support", "SUPPORT", "state_bgd"), ("imf", "support", "SUPPORT", "state_lka")]


def test_facing_opposition_from_a_body_is_the_bodys_act(parse, registry):
    found = statements_of(parse, registry, "Ruth Kelly faces tough opposition from Opus Dei.")
    assert [s.action_text for s in found] == ["opposition"], rows(found)


def test_attracted_criticism_is_one_row(parse, registry):
    found = statements_of(parse, registry, "The Labour Party has attracted media criticism.")
    assert rows(found) == [(None, "criticism", "ACCUSE", "labour_party")]


def test_a_team_that_faces_a_team_keeps_its_verb_row(parse, registry):
    found = statements_of(parse, registry, "Scotland face England at Murrayfield on Saturday.")
    assert rows(found) == [("scotland", "face", None, "england")]
