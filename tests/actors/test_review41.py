"""review41 (session 41's fresh-eyes review of session 40's merges): the actors rules' findings fixed here.

- A nation's office (actors51, `dated_offices._nation_office`): "the first minister" of an article about Northern
  Ireland that names Scotland once ("as Scotland did") was Scotland's first minister, the one nation named that had
  the office; Northern Ireland's first minister is an office now (config/actors_offices.yaml), so that article names
  two nations with the office and links none. Near case: an article about Northern Ireland alone links its first
  minister of the date; one about Scotland alone still links Scotland's.
- An event held somewhere (actors52, `nonactors.held_event`): "Juventus were held in Turin by Lazio", "Barcelona were
  held 1-1 at the Camp Nou", "The Clash were held in Paris by police" made the side or the band no actor. A held verb
  with an agent, a "to" or a score, and any name of an article about sport, are no event now. Near case: the
  roundtable "held against the backdrop of ..." is still an event.
- A year outside the holder's term (review40, `dated_offices._other_year`): "The prime minister promised net zero by
  2050" in a page of 2020 lost its link, 2050 being no year of Boris Johnson's term; a year after the page's own is a
  time to come the holder of its date speaks of, and puts the office at no other time. Near case: "In 1998 the prime
  minister ..." still links none.
"""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture
def dated(described):
    """dated(text, day) -> {descriptor text: (actor id, rule)} of the body, the article dated `day`."""
    return lambda text, day: described(text, published=day)


def test_northern_irelands_first_minister_is_not_scotlands(dated):
    text = (
        "Northern Ireland will ban smoking in pubs, as Scotland did last year. The first minister told MLAs the law "
        "would save lives."
    )
    assert dated(text, date(2016, 5, 1)).get("first minister", (None,))[0] != "nicola_sturgeon"
    assert dated(text, date(2024, 5, 1)).get("first minister", (None,))[0] != "humza_yousaf"


def test_near_case_northern_ireland_alone_links_its_first_minister(dated):
    text = (
        "Northern Ireland will ban smoking in pubs, ministers in Belfast said. The first minister told MLAs the law "
        "would save lives."
    )
    assert dated(text, date(2016, 5, 1)) == {"first minister": ("arlene_foster", "dated-office")}
    assert dated(text, date(2024, 5, 1)) == {"first minister": ("michelle_oneill", "dated-office")}
    assert dated(text, date(2023, 5, 1)) == {}  # the office vacant (February 2022 - February 2024)


def test_near_case_scotland_alone_still_links_its_first_minister(dated):
    text = (
        "Scotland will ban smoking in pubs, ministers in Edinburgh said. The first minister told MSPs the law would "
        "save lives."
    )
    assert dated(text, date(2024, 5, 1)) == {"first minister": ("humza_yousaf", "dated-office")}


@pytest.mark.parametrize(
    "text,name",
    [
        ("Juventus were held in Turin by Lazio on Sunday.", "Juventus"),
        ("Barcelona were held 1-1 at the Camp Nou.", "Barcelona"),
        ("The Clash were held in Paris by police for a night.", "Clash"),
    ],
)
def test_a_side_or_a_band_held_somewhere_is_no_event(own_verdicts, text, name):
    assert own_verdicts(text).get(name, (None,))[0] != "held-event"


def test_near_case_a_roundtable_held_against_a_backdrop_is_an_event(own_verdicts):
    text = (
        "The Caribbean Financial Access Roundtable was held against the backdrop of the challenges facing the region."
    )
    assert own_verdicts(text)["Caribbean Financial Access Roundtable"] == ("held-event", None)


UK = "Britain will cut emissions, ministers in London said. "


@pytest.mark.parametrize(
    "sentence",
    ["The prime minister promised net zero by 2050.", "The prime minister said the target for 2030 would be met."],
)
def test_a_year_to_come_keeps_the_holder_of_the_pages_date(dated, sentence):
    assert dated(UK + sentence, date(2020, 9, 26)) == {"prime minister": ("boris_johnson", "dated-office")}


def test_near_case_a_year_before_the_holders_term_still_links_none(dated):
    assert dated(UK + "In 1998 the prime minister promised a new law.", date(2020, 9, 26)) == {}


@pytest.mark.xfail(
    strict=True,
    reason="review41, not fixed: since actors52 a capital joined by a hyphen is no initial ('T-Mobile'), so a stage "
    "name of that form ('G-Dragon', before it a person by `initial`) falls to spaCy's label (organisation) though the "
    "sentence says 'he'; a pronoun agreeing with a name is no type cue of the rules",
)
def test_a_hyphenated_stage_name_said_to_be_he_is_a_person(typed):
    text = "The album by G-Dragon sold a million copies in Korea, and G-Dragon said he was proud."
    assert typed(text)["G-Dragon"][0] == "person"
