"""actors34 (issue 12, saved web pages that are not news): names that spaCy's label alone (or an opening initial)
makes actors but that the page gives as no one who acts: a journal cited in a reference ("J Pediatr. 1978;92:30-5"),
a site a text came "via", a character of a story or a game ("the character Fagin", "characters such as Rayman",
"play as Blinx"), a name only in title-case headings ("Meta-Programming In Emacs Using Defadvice"). With the near
cases they must not fire on: an author in an author-year reference, an actor who plays a character, a person with a
"difficult character", a person named in a heading."""

from __future__ import annotations

from ._found import texts as _texts


def test_a_journal_before_a_year_and_a_volume_is_no_actor(mentions):
    found = mentions("Herd protection against influenza. J Clin Virol. 2006;37:237-43.")
    assert not any("Virol" in t for t in _texts(found)), found


def test_a_journal_opening_with_an_initial_is_no_person(mentions):
    found = mentions("Herd immunity in vaccinated contacts. N Engl J Med. 2006;355:252-9.")
    assert not any("Engl" in t for t in _texts(found)), found


def test_near_case_an_author_in_an_author_year_reference_stays(mentions):
    found = mentions("Humm, Maggie. 1995. The Dictionary of Feminist Theory. Columbus: Ohio State University Press.")
    assert any("Maggie" in t for t in _texts(found)), found


def test_a_site_a_text_came_through_is_no_actor(mentions):
    found = mentions("Few studies have looked at the effect of fish oil on sleep (via Healthy Mornings Today).")
    assert not any("Healthy" in t for t in _texts(found)), found


def test_a_character_named_after_the_noun_is_no_actor(mentions):
    found = mentions("Critics likened the poster to the character Scrooge in the stage version of the play.")
    assert "Scrooge" not in _texts(found), found


def test_characters_such_as_are_no_actors(mentions):
    found = mentions(
        "The console comes with ten games, some starring well-known characters such as Sonic and Crash Bandicoot."
    )
    assert "Crash Bandicoot" not in _texts(found), found


def test_names_added_as_playable_characters_are_no_actors(mentions):
    found = mentions("The fighting game is adding the Gorgon and Vexa as playable characters next month.")
    assert "Vexa" not in _texts(found), found


def test_a_name_played_as_in_a_game_is_no_actor(mentions):
    found = mentions("This time you do not play as Crash Bandicoot but you build a team of four robot characters.")
    assert "Crash Bandicoot" not in _texts(found), found


def test_near_case_an_actor_who_plays_a_character_stays(mentions):
    found = mentions("Linda Farrow played the character in the 1970s television series.")
    assert "Linda Farrow" in _texts(found), found


def test_near_case_a_person_with_a_difficult_character_stays(mentions):
    found = mentions("Tomas Berdych has earned a reputation for being a difficult character to manage.")
    assert "Tomas Berdych" in _texts(found), found


def test_a_name_only_in_a_title_case_heading_is_no_actor(mentions):
    found = mentions(
        "Meta-Programming In Scheme Using Macros\n\nThere are many ways to change what a function does when it runs."
    )
    assert not any("Scheme" in t for t in _texts(found)), found


def test_near_case_a_person_named_in_a_title_case_heading_stays(mentions):
    found = mentions("Member Spotlight: Erin Castellano\n\nThis month we talked to one of our longest serving members.")
    assert "Erin Castellano" in _texts(found), found


def test_near_case_an_author_with_an_initial_under_a_title_case_line_stays(mentions):
    """actors34's first measure dropped "Thomas W. Malone" ("From “Superminds: The Surprising Power of People and
    Computers Thinking Together” by Thomas W. Malone"): a person spelt out with an initial stays."""
    found = mentions(
        "From “Superminds: The Surprising Power of People and Computers Thinking Together” by Peter K. Harrington"
    )
    assert "Peter K. Harrington" in _texts(found), found
