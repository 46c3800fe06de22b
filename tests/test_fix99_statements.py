"""fix99 (session 65): the content clause of a noun of report makes no statement (`narratives.reported`).

"Tony Blair has dismissed reports he told Gordon Brown he would quit": the README's BBC example counted "quit" as Blair's
RETREAT, though it is what the reports he dismisses say. The clause that says what a report, claim, rumour, suggestion,
allegation, speculation or accusation holds is no act the claim asserts; "there are reports that ..." (the unnamed
voice) keeps its content. Relative clauses on the noun ("a report which criticised X", "the report Tony Blair wrote")
are no content clause.
"""

from __future__ import annotations

import pytest
from narratives_support import rows

# 1. the content of a dismissed, denied or cited report: no statement inside it (each fails on main)


@pytest.mark.parametrize(
    ("body", "action"),
    [
        (
            "Tony Blair has dismissed reports he told Gordon Brown he would quit before the next general election.",
            "quit",
        ),
        (
            "Arsenal's Patrick Vieira had earlier denied accusations that he threatened Gary Neville before the defeat.",
            "threatened",
        ),
        ("Gordon Brown quit after reports in a newspaper that he attended a BNP meeting.", "attended"),
        ("Gordon Brown quit after reports in a newspaper that he attended a BNP meeting.", "meeting"),
        ("There is no suggestion that Tony Blair will meet Gordon Brown on Monday.", "meet"),
        (
            "Mr Ebbers rejected allegations he pressured Scott Sullivan to falsify company financial statements.",
            "pressured",
        ),
    ],
)
def test_an_act_inside_a_reports_content_makes_no_statement(statements, body, action):
    found = statements(body)
    assert not [s for s in found if s.action_text == action], rows(found)


def test_the_dismissal_itself_stays(statements):
    found = statements("Tony Blair has dismissed reports he told Gordon Brown he would quit.")
    assert [s.agent_actor_id for s in found if s.action_text == "dismissed"] == ["tony_blair"], rows(found)


# 2. near cases that keep their row (hold on main too)


@pytest.mark.parametrize(
    ("body", "action", "agent"),
    [
        # the unnamed voice: "there are reports that ..." is "it is reported that ..."
        ("There are reports that Tony Blair will meet Gordon Brown on Monday.", "meet", "tony_blair"),
        # a relative clause on the noun: the report acts, or is what the subject did
        ("Gordon Brown praised a report which criticised Tony Blair.", "criticised", None),
        ("Gordon Brown said a report published by the Treasury had been ignored.", "published", None),
        # a verb the tagger might take for the noun: "the pair claim"
        ("Gordon Brown claims Tony Blair attacked him in a meeting.", "attacked", "tony_blair"),
    ],
)
def test_near_cases_keep_their_row(statements, body, action, agent):
    found = statements(body)
    hits = [s for s in found if s.action_text == action]
    assert hits, rows(found)
    if agent is not None:
        assert [s.agent_actor_id for s in hits] == [agent], rows(found)
