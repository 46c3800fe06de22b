"""fix85 (session 60): review73's statement findings 7 and 8.

- 7: "welcome" with "in" or "to" right after it or its object hosts ("to welcome in the New Year", "welcoming England
  to Lansdowne Road", '"Welcome to the ..."'): no SUPPORT (`not_events` "welcome in", "welcome to");
- 8: "rap X for / over" is ACCUSE (`particles` "rap for", "rap over"), not the noun or the music.
"""

from __future__ import annotations

import pytest
from narratives_support import rows


def classes_of(found, verb: str) -> list[str | None]:
    return [s.action_class for s in found if s.action_text.lower().startswith(verb)]


@pytest.mark.parametrize(
    "body",
    [
        "Dick Clark is scheduled to welcome in the New Year on the ABC network.",
        "The Irish Rugby Football Union will be welcoming England to Lansdowne Road on Saturday.",
        "Japan hopes to be welcoming the world of rugby to Tokyo in 2019.",
    ],
)
def test_welcome_as_hosting_is_no_support(statements, body):
    found = statements(body)
    assert "SUPPORT" not in classes_of(found, "welcom"), rows(found)


@pytest.mark.parametrize(
    "body",
    [
        "Tony Blair welcomed the decision to free the hostages.",
        "The Liberal Democrats welcomed the plan to cut council tax.",
    ],
)
def test_welcome_as_approval_stays_support(statements, body):
    found = statements(body)
    assert "SUPPORT" in classes_of(found, "welcom"), rows(found)


def test_rapped_for_is_accuse(statements):
    found = statements("David O'Leary has rapped skipper Olof Mellberg for his comments before the derby.")
    assert "ACCUSE" in classes_of(found, "rap"), rows(found)


def test_a_rap_star_is_no_accusation(statements):
    found = statements("Rap star Jay-Z is to become a record company executive after being put in charge of Def Jam.")
    assert "ACCUSE" not in [s.action_class for s in found], rows(found)
