"""link30 (issue 12, linking mentions to actors on unseen news): two ways one person became two actors.

- A title given to a surname alone ("Judge Clark", "General Pinochet") made the surname its holder, so a later
  "the judge" linked to an actor named "Clark" while "Clark" itself folded onto "Letitia Clark": the title's holder is
  the person the article names in full with that surname (`titles.title_holder`).
- A peer's name ("Lord Callaghan of Cardiff") and the person's name ("Jim Callaghan") in one article made the surname
  ambiguous, so "Lord Callaghan" stayed an actor of its own: the two are one person (`resolution.peer_of`).

With the near cases each must not fire on: two persons of one surname, a surname no full name goes with, a peer
whose surname is another person's. Every sentence is made up."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors.resolution import peer_form, peer_of, surname_of

# --- a title given to the surname alone ------------------------------------------------------------------------

JUDGE = (
    "A Texas judge, Letitia Mayne, has refused to halt the sale of the company's main unit. "
    "Judge Mayne said the court had no power over a foreign firm. "
)


def test_the_title_given_to_a_surname_is_the_full_names(described):
    found = described(JUDGE + "Lawyers for the firm said they would appeal. The judge said the case was closed.")
    assert found.get("judge") == ("disc.letitia_mayne", "role-title")


def test_no_actor_is_left_named_by_the_surname_alone(linked):
    found = linked(JUDGE + "The judge said the case was closed.")
    assert ("Mayne", "disc.letitia_mayne") in found
    assert not any(actor == "disc.mayne" for _, actor in found)


def test_a_headlines_title_before_the_full_name(described):
    text = (
        'Jane Mills has resigned as host of the Saturday quiz show. "I have had a great few years," the presenter said.'
    )
    assert described(text, "TV presenter Mills quits quiz show").get("presenter") == ("disc.jane_mills", "role-title")


def test_a_headlines_title_with_no_full_name_is_unchanged(described):
    text = 'The host has resigned from the Saturday quiz show. "I have had a great few years," the presenter said.'
    assert described(text, "TV presenter Mills quits quiz show").get("presenter") == ("disc.mills", "role-title")


def test_a_surname_two_persons_share_keeps_its_title_alone(described):
    text = (
        "Letitia Mayne and her brother Robert Mayne own the firm. Judge Mayne said the court had no power over it. "
        "The judge said the case was closed."
    )
    assert described(text).get("judge", (None, None))[0] not in {"disc.letitia_mayne", "disc.robert_mayne"}


def test_a_titled_surname_with_no_full_name_is_unchanged(described):
    text = "Judge Mayne said the court had no power over a foreign firm. Later the judge said the case was closed."
    assert described(text).get("judge") == ("disc.mayne", "role-title")


def test_a_titled_full_name_is_unchanged(described):
    text = "Judge Letitia Mayne said the court had no power over the firm. The judge said the case was closed."
    assert described(text).get("judge") == ("disc.letitia_mayne", "role-title")


# --- a peer's name and the person's -----------------------------------------------------------------------------

PEER = (
    "Lord Pendry of Stalybridge has died at the age of 90. "
    "Tom Pendry was a Labour MP for more than thirty years. "
    "Lord Pendry said in 2010 that he had no regrets."
)


def test_a_peers_name_and_the_persons_name_are_one_actor(linked):
    found = linked(PEER)
    actors = {actor for surface, actor in found if "Pendry" in surface}
    assert actors == {"disc.tom_pendry"}


def test_a_peers_name_after_the_persons_name(linked):
    text = "Tom Pendry was a Labour MP for thirty years. He sat in the Lords as Lord Pendry of Stalybridge."
    actors = {actor for surface, actor in linked(text) if "Pendry" in surface}
    assert actors == {"disc.tom_pendry"}


def test_a_peer_and_another_person_of_another_surname_stay_apart(linked):
    text = "Lord Pendry of Stalybridge has died at the age of 90. Tom Harris paid tribute to him."
    found = linked(text)
    assert ("Tom Harris", "disc.tom_harris") in found
    assert not any(actor == "disc.tom_harris" for surface, actor in found if "Pendry" in surface)


def test_two_persons_of_one_surname_stay_ambiguous_with_a_peer_among_them(linked):
    text = (
        "Tom Pendry and his son Mark Pendry ran the club. Lord Pendry of Stalybridge said the club would close. "
        "Pendry said it was a sad day."
    )
    found = linked(text)
    assert not any(actor in {"disc.tom_pendry", "disc.mark_pendry"} for surface, actor in found if surface == "Pendry")


def test_peer_of():
    assert peer_form("Callaghan of Cardiff")
    assert not peer_form("Jim Callaghan")
    assert surname_of("Callaghan of Cardiff") == "Callaghan"
    assert peer_of("Callaghan of Cardiff", "Jim Callaghan")
    assert not peer_of("Jim Callaghan", "Callaghan of Cardiff")
    assert not peer_of("Callaghan of Cardiff", "Jim Morris")
    assert not peer_of("Callaghan of Cardiff", "Callaghan")  # no person's full name
    assert not peer_of("Callaghan of Cardiff", "Nicholls of Birkenhead")


# --- known wrong, left for later (strict xfails) ------------------------------------------------------------------


@pytest.mark.xfail(
    strict=True, reason="link30: a first name's short form is another person ('Steve'/'Steven Gerrard': two actors)"
)
def test_a_first_names_short_form_is_the_same_person(linked):
    text = (
        "Liverpool legend Phil Thompson has pleaded with Steve Gerrard to stay at the club. "
        "Gerrard has been linked with a move to Chelsea. "
        "Thompson said he hoped the decision would be to the benefit of Steven Gerrard."
    )
    actors = {actor for surface, actor in linked(text) if "Gerrard" in surface}
    assert len(actors) == 1


def test_mrs_before_a_mans_surname_is_not_him(mentions):
    """link30's strict xfail, passing since fix78 (a title's gender against the full name's given name)."""
    text = (
        "Michael Howard's wife, Sandra, is to play a leading role in the Conservative campaign. "
        "Mrs Howard will make solo visits to target seats. Mr Howard will host a news conference every morning."
    )
    howards = [actor for surface, actor, _ in mentions(text) if surface == "Howard"]
    assert len(howards) == 2 and howards[0] != howards[1]  # Mrs Howard, then Mr Howard
