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
- `descriptors._capital_the_name` (in `role-title`): a capitalised "The" inside a sentence before a capitalised noun
  opens a name ("A study by The Economist found" after "economist Joseph Stiglitz"), not a title. Near case: "The
  economist said" at the sentence's start still links.
- `LATER_HOLDER_WORDS` (in `role-title`): "the future president" is who held the office later, not the article's
  "President Richard Nixon". Near case: "the disgraced president" is Nixon.
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


STIGLITZ = (
    "Nobel Prize-winning economist Joseph Stiglitz has argued that markets fail. A study by The Economist found that "
    "two-thirds of industries grew more concentrated. The economist said the figures were alarming."
)
NIXON = "President Richard Nixon resigned in 1974. His memoirs sold well. Decades later, Schwartz regretted making the "


def test_a_capitalised_the_inside_a_sentence_opens_a_name_not_a_title(described):
    assert "Economist" not in described(STIGLITZ, "Markets and power")


def test_near_case_the_title_at_a_sentence_start_still_links(described):
    assert described(STIGLITZ, "Markets and power").get("economist", (None,))[0] == "disc.joseph_stiglitz"


def test_the_future_holder_of_an_office_is_not_its_holder(described):
    found = described(NIXON + "future president a national figure.", "Memoirs")
    assert found.get("president", (None,))[0] != "disc.richard_nixon"


def test_near_case_the_disgraced_holder_is_the_holder(described):
    found = described(NIXON + "disgraced president a national figure.", "Memoirs")
    assert found.get("president", (None,))[0] == "disc.richard_nixon"
