"""actors9: classes fixed in actors.rules.v11, each on made-up sentences with the case it must leave alone."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the state said last, as an actor or where one goes, after anything of the state named most
        (
            "Gordon Brown has pledged more British money for Malawi. Mr Brown visited Kenya on Tuesday."
            " Officials said the country needed help with its debts.",
            "state_ken",
        ),
        (
            "France has cut its budget. A French minister said France would meet the EU rules. Economists said"
            " Germany's deficit was growing. The worry is the country's rising unemployment.",
            "state_deu",
        ),
        # something of the state named most said after the other state: the state named most
        (
            "Many factory jobs have moved to China. Mr Blair told MPs the country's debt was under control.",
            "state_gbr",
        ),
        # the other state only where something is: the state named most
        (
            "Tony Blair said British troops would stay in Iraq. The country's armed forces are stretched,"
            " Mr Blair said.",
            "state_gbr",
        ),
        # the other state two sentences back: the state named most
        (
            "Tony Blair said more call centre jobs were going to India. Unions have complained for years."
            " The country cannot live on services alone, Mr Blair said.",
            "state_gbr",
        ),
    ],
)
def test_the_country_is_the_state_said_last_before_it(described, text, state):
    assert described(text)["country"][0] == state


def test_the_country_after_two_states_said_at_once_is_not_linked_to_either(described):
    text = (
        "Tony Blair has spoken about debt relief. Mr Blair said Ghana and Kenya had made progress."
        " He said the country would get more help."
    )
    assert described(text).get("country", (None,))[0] not in {"state_gha", "state_ken"}


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        # spaCy tags a lower-case title in apposition as a proper noun: still a title of the person
        (
            "Gordon Brown, chancellor of the exchequer, became the longest-serving chancellor in 2004."
            " Lord Kinnock said the chancellor would be best placed to take over.",
            "chancellor",
            "gordon_brown",
        ),
        (
            "Jane Smith, minister for rural affairs, spoke to farmers in Devon. The minister said the"
            " ban would be enforced.",
            "minister",
            discovered_id("Jane Smith"),
        ),
    ],
)
def test_a_lower_case_title_beside_a_name_is_the_persons(described, text, title, holder):
    assert described(text)[title][0] == holder


def test_a_capitalised_name_beside_a_name_is_no_title(described):
    text = "John Smith, Chancellor Brown's adviser, met union leaders. The chancellor said little."
    assert described(text).get("chancellor", (None,))[0] != discovered_id("John Smith")
