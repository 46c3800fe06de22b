"""fix67 (session 56, review66 1, 2, 7, 8, 10; narratives.rules.v52).

1. A penalty or a hearing received is the act in its legal sense ("received the death penalty", "did not receive a
   fair hearing"): fix66's bare verb pairs "receive penalty" / "receive hearing" / "earn hearing" / "attract hearing"
   of `not_events` are gone; the modifier pairs ("a sympathetic hearing") and "earn penalty" stay.
2. A verb of `undergoing_verbs` whose object is a noun that is no event and no actor, with a from- or by-phrase actor
   ("faces competition from X", "received a takeover approach from X"): the verb makes no row (before: the receiver
   its agent, the giver its patient), as beside an event noun (fix66).
7. "asked that X do Y" is a REQUEST, the that-clause's subject its patient, the clause folded into it.
8. An infinitive inside what a question is about ("asked about plans to raise taxes") makes no REQUEST.
10. A light verb's conflict noun promised with "would" / "will" on an "unless" / "if" condition is THREATEN.
"""

from __future__ import annotations

import pytest
from narratives_support import rows, statements_of

# 1. the legal sense of a received penalty or hearing


def test_a_death_penalty_received_is_the_sanction_on_the_receiver(parse, registry):
    found = statements_of(
        parse, registry, "Saddam Hussein received the death penalty for the killings, the court said."
    )
    assert rows(found) == [(None, "penalty", "SANCTION", "saddam_hussein")]


def test_a_fair_hearing_not_received_is_the_negated_hearing(parse, registry):
    found = statements_of(
        parse, registry, "Mr Khodorkovsky did not receive a fair hearing, Amnesty International said."
    )
    assert [(s.action_text, s.action_class, s.patient_actor_id, s.negated) for s in found] == [
        ("hearing", "ACCUSE", "disc.khodorkovsky", True)
    ], rows(found)


def test_a_penalty_earned_stays_no_act(parse, registry):
    found = statements_of(parse, registry, "Wayne Rooney earned a penalty in the second half.")
    assert [(s.action_class, s.class_rule) for s in found] == [(None, "not-event")], rows(found)


# 2. the giver of a received noun that is no event


@pytest.mark.parametrize(
    "text",
    [
        "Manchester United received a takeover approach from Malcolm Glazer, the club said.",
        "Alan Greenspan received an honorary knighthood from the Queen, officials said.",
        "Microsoft faces competition from Google, analysts said.",
        "Umbro is to receive a payment from Chelsea of 24.5m pounds, the firm said.",
        "Mr Blair faced a vote of no confidence from the Labour Party, officials said.",  # on the of-phrase's noun
        "Tony Blair received a sympathetic hearing from the Labour Party conference.",  # a modifier pair: no act
        "Petrel Resources has not received any information from the Iraqi authorities, the firm said.",
    ],
)
def test_a_received_noun_that_is_no_event_with_its_giver_makes_no_row(parse, registry, text):
    assert rows(statements_of(parse, registry, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object is an actor: its from-phrase is where it is from, no giver
        (
            "Anastasia Myskina will face Patty Schnyder from Switzerland in the final.",
            [("disc.anastasia_myskina", "face", None, "disc.patty_schnyder")],
        ),
        ("Scotland face England at Murrayfield on Saturday.", [("scotland", "face", None, "england")]),
        # no giver named: the verb's row stays
        (
            "Alan Greenspan received an honorary knighthood in 2002, officials said.",
            [("disc.alan_greenspan", "received", None, None)],
        ),
        # an event noun: the noun's row, as fix66 made it
        (
            "Tony Blair faced criticism from Gordon Brown, aides said.",
            [("gordon_brown", "criticism", "ACCUSE", "tony_blair")],
        ),
    ],
)
def test_what_is_no_received_giver_stays(parse, registry, text, expected):
    assert rows(statements_of(parse, registry, text)) == expected


# 7. "asked that ..."


def test_asking_that_two_parties_act_is_a_request_on_both(parse, registry):
    found = statements_of(
        parse, registry, "The United Nations asked that Israel and Hamas observe the ceasefire, a spokesman said."
    )
    assert sorted(rows(found)) == [("un", "asked", "REQUEST", "hamas"), ("un", "asked", "REQUEST", "state_isr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tony Blair asked that Gordon Brown stay on as chancellor, aides said.",
            [("tony_blair", "asked", "REQUEST", "gordon_brown")],
        ),
        (
            "The United Nations asked that the case be heard in The Hague, a spokesman said.",
            [("un", "asked", "REQUEST", None)],
        ),
    ],
)
def test_asking_that_someone_act_is_a_request_with_its_clause_folded(parse, registry, text, expected):
    assert rows(statements_of(parse, registry, text)) == expected


def test_asking_whether_stays_a_question(parse, registry):
    found = statements_of(parse, registry, "Tony Blair asked whether Gordon Brown would stay, aides said.")
    assert all(s.action_lemma != "ask" for s in found), rows(found)


# 8. an infinitive inside what is asked about


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair was asked about plans to raise taxes, the report said.",
        "Tony Blair asked Gordon Brown about his decision to resign, the report said.",
        "Gordon Brown was asked by reporters about the failure to find weapons in Iraq, the BBC said.",
    ],
)
def test_an_infinitive_of_what_is_asked_about_is_no_request(parse, registry, text):
    found = statements_of(parse, registry, text)
    assert all(s.action_class != "REQUEST" for s in found), rows(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tony Blair asked Gordon Brown on Monday to resign, aides said.", ("tony_blair", "gordon_brown")),
        (
            "The US has asked the World Trade Organisation to investigate European Union customs tariffs.",
            ("state_usa", "wto"),
        ),
    ],
)
def test_asking_someone_to_act_stays_a_request(parse, registry, text, expected):
    found = statements_of(parse, registry, text)
    assert [(s.agent_actor_id, s.patient_actor_id) for s in found if s.action_class == "REQUEST"] == [expected], rows(
        found
    )


# 10. a conditional promise of a conflict act


@pytest.mark.parametrize(
    ("text", "patient"),
    [
        ("AK insisted it would take disciplinary action unless she could prove she was really injured.", None),
        (
            "The FA would take disciplinary action against Jose Mourinho unless he apologised, a spokesman said.",
            "disc.jose_mourinho",
        ),
    ],
)
def test_a_conditional_sanction_is_a_threat(parse, registry, text, patient):
    found = statements_of(parse, registry, text)
    assert [(s.action_text, s.action_class, s.patient_actor_id, s.negated) for s in found] == [
        ("action", "THREATEN", patient, False)
    ], rows(found)


def test_a_conditional_military_action_is_a_threat(parse, registry):
    found = statements_of(parse, registry, "Russia will launch military action if Ukraine attacks, officials said.")
    assert ("state_rus", "action", "THREATEN", None) in rows(found)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The FA said it would take disciplinary action against the players, a spokesman said.",
            "SANCTION",
        ),  # no condition
        (
            "Uefa could also launch disciplinary action following the failure, the BBC said.",
            "SANCTION",
        ),  # a possibility
        (
            "The FA would not take disciplinary action against Jose Mourinho unless he apologised, a spokesman said.",
            "SANCTION",  # negated: no threat
        ),
        ("Britain would offer aid if the floods worsened, officials said.", "AID"),  # no conflict act
    ],
)
def test_what_is_no_conditional_threat_stays(parse, registry, text, category):
    found = statements_of(parse, registry, text)
    assert [s.action_class for s in found if s.action_class is not None] == [category], rows(found)
