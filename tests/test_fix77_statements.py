"""fix77 (session 58): what a request asks for, requests under a negated frame, promised conflict acts.

- an act asked for is not done: an infinitive after the one asked ("called on Mr Hockney to quit", "pleaded with
  Gerrard to reject", "repeated calls for the mayor to apologise") and an event noun asked for with "for" ("called
  for an investigation by X", "called for Ms Hutt's removal") make no statement of their own, as an urged act's
  complement does (`requests.asked_acts`);
- narr37's request under a negated frame or a denial is negated ("I don't think he should resign", "did not say the
  party must ..."; `requests.request_denied`); the should's own "not" still negates nothing;
- a promise of a conflict act is classed by it (review70 6): material conflict or "fight back" THREATEN, verbal
  conflict its own class ("pledged to oppose the bill": REJECT); a verbal-conflict act promised on an if / unless
  condition is a threat ("will vote against the bill unless ...": `conditional_threat_categories`).
"""

from __future__ import annotations

import pytest
from narratives_support import rows


def brief(s) -> tuple:
    return s.agent_actor_id, s.action_class, s.patient_actor_id, s.negated


def actions(found) -> list[str]:
    return [s.action_text for s in found]


def of(found, action: str) -> list[tuple]:
    return [brief(s) for s in found if s.action_text == action]


# 1. what a request asks for is not done (each fails on main's rules)


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        ("Ken Livingstone refused. Mr Blair repeated calls for Ken Livingstone to apologise.", "apologise"),
        ("Tony Blair called for Ken Livingstone to apologise.", "apologise"),
        ("Tony Blair renewed demands for Ken Livingstone to resign.", "resign"),
        ("Liverpool legend Phil Thompson has pleaded with Steven Gerrard to reject any offer from Chelsea.", "reject"),
        ("A spokesman for UKIP called on Ken Livingstone to quit the London Assembly.", "quit"),
        ("Tony Blair called for Ken Livingstone's resignation.", "resignation"),
        ("The Liberal Democrats called for the withdrawal of British troops from Iraq.", "withdrawal"),
    ],
)
def test_an_act_asked_for_makes_no_statement_of_its_own(statements, body, asked):
    found = statements(body)
    assert asked not in actions(found), rows(found)
    assert any(s.action_class == "REQUEST" for s in found), rows(found)


# 1. what stays


def test_an_act_after_the_call_is_done(statements):
    found = statements("Tony Blair called for calm after Russian troops attacked Georgia.")
    assert of(found, "attacked") == [("state_rus", "ASSAULT", "state_geo", False)], rows(found)


def test_a_call_still_asks_of_the_one_asked(statements):
    found = statements("Ken Livingstone refused. Mr Blair repeated calls for Ken Livingstone to apologise.")
    assert of(found, "calls") == [("tony_blair", "REQUEST", "ken_livingstone", False)], rows(found)


def test_what_the_one_asked_is_asked_to_apologise_for_is_done(statements):
    found = statements(
        "Tony Blair repeated calls for Ken Livingstone to apologise for likening Oliver Finegold to a guard."
    )
    assert "apologise" not in actions(found), rows(found)
    assert [s.agent_actor_id for s in found if s.action_text == "likening"] == ["ken_livingstone"], rows(found)


def test_an_accused_act_stays_its_own_statement(statements):
    found = statements("Turkey accused the United Arab Emirates of sending weapons to Libya.")
    assert "sending" in actions(found), rows(found)


# 2. a request under a negated frame or a denial is negated (each fails on main's rules)


@pytest.mark.parametrize(
    "body",
    [
        "Tony Blair said he did not think Ken Livingstone should apologise.",
        '"I don\'t think Ken Livingstone should apologise," said Tony Blair.',
        "Tony Blair does not believe Ken Livingstone needs to apologise.",
        "Tony Blair did not say Ken Livingstone should resign.",
    ],
)
def test_a_request_under_a_negated_frame_is_negated(statements, body):
    found = [s for s in statements(body) if s.action_class == "REQUEST"]
    assert [brief(s) for s in found] == [("tony_blair", "REQUEST", "ken_livingstone", True)], rows(found)


# 2. what stays


@pytest.mark.parametrize(
    "body",
    [
        "Tony Blair said Ken Livingstone should not apologise.",
        "Tony Blair said he thought Ken Livingstone should apologise.",
    ],
)
def test_an_affirmed_request_is_not_negated(statements, body):
    found = [s for s in statements(body) if s.action_class == "REQUEST"]
    assert [brief(s) for s in found] == [("tony_blair", "REQUEST", "ken_livingstone", False)], rows(found)


# 3. promised conflict and conditional verbal conflict (each fails on main's rules)


@pytest.mark.parametrize(
    ("body", "action", "expected"),
    [
        ("Microsoft vowed to fight back against Google.", "vowed", ("disc.microsoft", "THREATEN", None, False)),
        ("Russia vowed to attack Georgia.", "vowed", ("state_rus", "THREATEN", "state_geo", False)),
        (
            "The Liberal Democrats have pledged to oppose the bill.",
            "pledged",
            ("liberal_democrats", "REJECT", None, False),
        ),
        (
            "The Conservatives say they will vote against the bill unless changes they want are agreed.",
            "vote",
            ("conservative_party", "THREATEN", None, False),
        ),
    ],
)
def test_a_promised_conflict_act_is_classed_by_it(statements, body, action, expected):
    found = statements(body)
    assert of(found, action) == [expected], rows(found)


# 3. what stays


@pytest.mark.parametrize(
    ("body", "action", "expected"),
    [
        (
            "Tony Blair has pledged never to attack Michael Howard.",
            "pledged",
            ("tony_blair", "AGREE", "michael_howard", False),
        ),
        ("The EU agreed to impose sanctions on Iran.", "agreed", ("eu", "AGREE", "state_irn", False)),
        ("Microsoft vowed to fight on.", "vowed", ("disc.microsoft", "AGREE", None, False)),
        (
            "Russia promised to withdraw its troops from Georgia.",
            "promised",
            ("state_rus", "CONCEDE", "state_geo", False),
        ),
        ("The Conservatives will vote against the bill.", "vote", ("conservative_party", "REJECT", None, False)),
    ],
)
def test_other_promises_and_plain_votes_keep_their_class(statements, body, action, expected):
    found = statements(body)
    assert of(found, action) == [expected], rows(found)
