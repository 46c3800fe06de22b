"""actors50 (issue 12, actors on any news).

- `typing._plural_before_one_name`: a plural person's noun right before one name, joined to no other, is no person's
  cue: the persons are the body's ("according to research from technology analysts Gartner", "leaders Chelsea",
  "brokers Jefferies"). Near case: names joined after the plural noun are each a person's ("its stars Hilary Swank
  and Morgan Freeman").
"""

from __future__ import annotations


def test_a_plural_persons_noun_before_one_name_is_no_persons_cue(typed):
    found = typed("Shares rose on Monday, according to a report by City brokers Jefferies.")
    assert found["Jefferies"][0] != "person"


def test_near_case_names_joined_after_a_plural_noun_stay_persons(typed):
    found = typed("The film's stars Hilary Swank and Morgan Freeman were at the premiere on Sunday.")
    assert found["Hilary Swank"][0] == "person"
    assert found["Morgan Freeman"][0] == "person"


def test_near_case_a_singular_persons_noun_before_a_name_stays_a_cue(typed):
    found = typed("Shares rose on Monday, said City broker Jefferies in a note to clients.")
    assert found["Jefferies"] == ("person", "person-noun")


def test_a_plural_persons_noun_before_one_name_makes_it_a_body(typed):
    found = typed("Real slipped to 13 points behind leaders Barcelona with a 1-0 defeat at the hands of Sevilla.")
    assert found["Barcelona"] == ("organisation", "team-cue")


def test_near_case_names_listed_after_a_plural_noun_whatever_the_parse(typed):
    found = typed(
        "Original band members Bryan Ferry, Phil Manzanera, Andy Mackay and Paul Thompson will take to the stage. "
        "She presented CD:UK alongside hit presenters Ant and Dec."
    )
    assert found["Bryan Ferry"][0] == "person"
    assert found.get("Ant", ("person",))[0] == "person"
