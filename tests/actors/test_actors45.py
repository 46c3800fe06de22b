"""actors45 (issue 12, descriptors that refer back): a name after a person's noun that a work noun qualifies, and a
bare title that two persons hold in full.

- `nonactors._work_beside`: a work noun before a person's noun before the name says what the person makes, and the
  name stays a person's ("Film star Liam Neeson has held a dinner party", "film director Ken Loach": base dropped the
  name, and with it the person "the Oscar-nominated actor" refers back to). Near case: "The film Million Dollar Baby"
  is still a work's title.
- `titles.title_context`: a bare title ("president") given in full to two persons ("President Barack Obama",
  "President Ronald Reagan") is none's, not the one person given a longer form of it ("French President Nicolas
  Sarkozy"): "The president's party almost always loses seats" is not Sarkozy. Near case: where one person holds the
  bare title in full, "the president" is that person's.
"""

from __future__ import annotations

from ._found import texts as _texts

OBAMA = (
    '"Laissez-faire is finished," declared French President Nicolas Sarkozy. President Barack Obama\'s advisers '
    "shrank the size of the stimulus package. Centrists extracted these concessions from progressives. The "
    "president's party almost always loses seats in midterm elections."
)
REAGAN = " President Ronald Reagan signed a variety of environmental laws."


def test_a_work_noun_before_a_persons_noun_leaves_the_name_a_person(mentions):
    found = mentions("Film star Liam Neeson has held a dinner party in New York to promote a theatre.")
    assert "Liam Neeson" in _texts(found)


def test_near_case_a_work_noun_right_before_the_name_is_its_title(mentions):
    found = mentions("The film Million Dollar Baby won four Oscars on Sunday, the star said.")
    assert "Million Dollar Baby" not in _texts(found)


def test_a_bare_title_two_persons_hold_in_full_is_not_the_longer_titles_holder(described):
    found = described(OBAMA + REAGAN, "Neoliberalism is finished")
    assert found.get("president", (None,))[0] != "disc.nicolas_sarkozy"


def test_near_case_a_bare_title_one_person_holds_in_full_is_that_persons(described):
    found = described(OBAMA, "Neoliberalism is finished")
    assert found.get("president", (None,))[0] == "barack_obama"
