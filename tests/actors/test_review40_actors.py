"""review40 (fresh-eyes review of session 39): findings on actors49's `dated-office` and actors50's rules.

`dated-office` linked a bare "the president" to the state's holder on the article's date even after the article
gave the office to another owner ("the president of the firm", "the firm's president"): that holder may be meant
(`dated_offices._owned_by_another` marks the office's bare forms as another's, as "the Israeli prime minister"
does). A state owner ("the president of the United States") or a personal one ("their president") marks nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

US = "The United States will raise tariffs on steel, officials in Washington said. "
DAY = date(2019, 5, 1)


@pytest.fixture
def dated(described):
    """dated(text) -> {descriptor text: actor id} of the body's `dated-office` links, the article dated 1 May 2019
    (conftest's `described`)."""
    return lambda text: {t: a for t, (a, rule) in described(text, published=DAY).items() if rule == "dated-office"}


@pytest.mark.parametrize(
    "owned",
    [
        "The president of the firm would resign.",
        "The firm's president would resign.",
        "The president of Harvard would resign.",
    ],
)
def test_an_office_given_to_another_owner_leaves_the_bare_office_unlinked_after_it(dated, owned):
    assert dated(US + owned + " The president said he was sorry.") == {}


@pytest.mark.parametrize(
    "owned",
    [
        "The president of the United States spoke.",
        "Voters and their president spoke.",
        "Democrats never pushed the country to the brink to gain leverage over the opposing party's president.",
        "Farmers said the country's president had failed them.",
    ],
)
def test_near_case_a_state_or_personal_owner_is_no_other_office(dated, owned):
    assert dated(US + owned + " The president said he was sorry.") == {"president": "donald_trump"}


@pytest.mark.xfail(
    strict=True,
    reason="review40: `initialled_acronyms` links an acronym to the discovered body whose initials it spells, and the "
    "body may be no actor: a standard a name-word cue typed as media ('Digital Multimedia Broadcasting' -> DMB, "
    "4 BBC rows) or a term typed government ('Certificate Authority' -> CA, 3 web rows, two in a file path). The "
    "body's own typing is the cause (the acronym only inherits it); not fixed here",
)
def test_an_acronym_of_a_standard_is_no_actor(mentions):
    text = (
        "The battle is between two competing standards: DVB-H for Digital Video Broadcasting for Handsets and DMB for "
        'Digital Multimedia Broadcasting. "DMB offers twice the number of frames a minute as DVB-H," he said.'
    )
    assert [m for m in mentions(text) if m[0] == "DMB"] == []


UK = "Britain will not lower its food standards, ministers in London said. "


@pytest.mark.parametrize(
    "sentence", ["In 1998 the prime minister promised a new law.", "Back in 2005, the prime minister promised a law."]
)
def test_a_year_the_holder_did_not_hold_the_office_puts_it_at_another_time(dated, sentence):
    assert dated(UK + sentence) == {}


@pytest.mark.parametrize(
    "sentence",
    ["In 2019 the prime minister promised a new law.", "The prime minister promised a new law in 2018."],
)
def test_near_case_a_year_the_holder_held_the_office_in(dated, sentence):
    assert dated(UK + sentence) == {"prime minister": "theresa_may"}
