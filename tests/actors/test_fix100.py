"""fix100 (session 65): review78's findings 1 and 4 through the real parse.

1. A maker's possessive before a work's title: "Alan Bennett's The History Boys" keeps the person (a title's "The"
   after the "'s"), and a possessive taken for a title's opening ("Clint Eastwood's Million Dollar Baby") drops the
   name in that mention only, unless the article names the person as one elsewhere ("Eastwood said"). 4. A surname of a particle and a word ("El Guerrouj", "Van Persie") links to the
   person named in full.
"""

from __future__ import annotations

ARTS = "The film and theatre awards were handed out on Sunday in London. "


def test_a_makers_possessive_before_the_keeps_the_person(mentions):
    found = mentions(ARTS + "The prize went to Alan Bennett's The History Boys in the theatre category.")
    assert any(t == "Alan Bennett" and a for t, a, _ in found)


def test_a_possessive_title_drops_the_name_in_its_mention_only(mentions):
    found = mentions(ARTS + "Clint Eastwood's Million Dollar Baby won four prizes. The studio thanked Clint Eastwood.")
    eastwood = [t for t, a, _ in found if t == "Clint Eastwood" and a]
    assert len(eastwood) == 1


def test_a_title_opening_with_a_persons_name_is_still_dropped(mentions):
    found = mentions("Tom Brown's Schooldays was broadcast on Sunday night.")
    assert not any(t == "Tom Brown" and a for t, a, _ in found)


def test_a_particle_surname_links_to_the_full_name(mentions):
    found = mentions(
        "Moroccan Hicham El Guerrouj won the race in Athens. "
        "Lagat was on course to break El Guerrouj's record before he tired."
    )
    assert ("El Guerrouj", "disc.hicham_el_guerrouj") in {(t, a) for t, a, _ in found}


def test_a_capitalised_particle_surname_links_to_a_lower_case_full_name(mentions):
    found = mentions("Arsenal striker Robin van Persie scored twice on Saturday. Van Persie was sent off late on.")
    assert ("Van Persie", "disc.robin_van_persie") in {(t, a) for t, a, _ in found}


def test_a_given_name_is_no_particle(mentions):
    found = mentions("Jimi Hendrix's father Al Hendrix spoke to reporters on Monday.")
    assert not any(t == "Al Hendrix" and a == "disc.jimi_hendrix" for t, a, _ in found)


def test_a_maker_named_as_a_person_elsewhere_keeps_the_possessive(mentions):
    found = mentions(ARTS + "Clint Eastwood's Million Dollar Baby won four prizes. Eastwood said he was proud.")
    assert any(t == "Clint Eastwood" and a for t, a, _ in found)


def test_another_person_of_the_surname_says_nothing_of_a_title(mentions):
    found = mentions("Tom Brown's Schooldays was broadcast on Sunday. Gordon Brown said he had enjoyed it.")
    assert not any(t == "Tom Brown" and a for t, a, _ in found)


def test_a_one_word_possessive_title_drops_the_name_everywhere(mentions):
    found = mentions("Shoppers head to Pierre's General Store every morning. Locals said Pierre was generous.")
    assert not any(t == "Pierre" and a for t, a, _ in found)
