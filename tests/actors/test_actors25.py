"""actors25 (issue 12): two persons whose names give other middle initials; a person noun that says another's role in
other words; "concern" at the end of an organisation's name. Each rule with the near cases it must not fire on."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, discovered_id, link_article
from narrative_pipeline.actors.resolution import middle_initials, other_initials, same_person


def _typed(parse, registry, text: str) -> dict[str, tuple[str | None, str]]:
    article = parse("Headline\n\n" + text)
    chosen = link_article(article, Linker.build(registry, 90.0))
    return {article.text[c.start : c.end]: (c.actor_id, c.actor_type) for c in chosen if c.method != "descriptor"}


# --- other middle initials, another person


def test_middle_initials_are_the_one_letter_words_inside_a_name():
    assert middle_initials("George H. W. Bush") == ("H", "W")
    assert middle_initials("george w bush") == ("w",)
    assert middle_initials("George Bush") == ()
    assert middle_initials("J. R. R. Tolkien") == ("R", "R")  # the first word is no middle initial


def test_other_initials_need_initials_on_both_sides():
    assert other_initials("George H. W. Bush", "George W. Bush")
    assert not other_initials("George W Bush", "George W. Bush")  # the dot says nothing
    assert not other_initials("George Bush", "George W. Bush")  # a name without initials may be either
    assert not other_initials("John Kennedy", "John F. Kennedy")


def test_same_person_is_not_given_other_initials():
    assert not same_person("George W. Bush", "George H. W. Bush")
    assert same_person("George W. Bush", "George Bush")
    assert same_person("C Hodgson", "Charlie Hodgson")


def test_the_father_is_a_person_of_his_own_and_his_surname_his(parse, registry):
    found = _typed(parse, registry, "Former president George H. W. Bush visited the region. Bush said he was pleased.")
    assert found["George H. W. Bush"][0] == discovered_id("George H. W. Bush")
    assert found["Bush"][0] == discovered_id("George H. W. Bush")


def test_the_son_with_or_without_the_dot_is_still_the_registry_person(parse, registry):
    assert (
        _typed(parse, registry, "President George W. Bush visited the region.")["George W. Bush"][0] == "george_w_bush"
    )
    assert _typed(parse, registry, "President George W Bush visited the region.")["George W Bush"][0] == "george_w_bush"


def test_the_son_named_without_the_initial_is_still_the_registry_person(parse, registry):
    found = _typed(parse, registry, "George W. Bush visited the region. George Bush said he was pleased.")
    assert found["George Bush"][0] == "george_w_bush"


# --- a noun that says another's role in other words (`person_noun_kinds`)


def test_the_tycoon_is_the_magnate_not_the_activist(described):
    text = (
        "Opposition activist Ayman Nour has accused steel magnate Ahmed Ezz of rigging the vote. The tycoon said"
        " the charges were false."
    )
    assert described(text).get("tycoon", ("",))[0] != discovered_id("Ayman Nour")


def test_the_musician_is_not_the_footballer_who_stopped_the_singer(described):
    text = (
        "Kevin Campbell has gained a court injunction stopping singer Mark Morrison from using his name. The musician"
        " said he was sorry."
    )
    assert described(text).get("musician", ("",))[0] != discovered_id("Kevin Campbell")


def test_a_noun_of_no_kind_still_goes_to_the_subject(described):
    """Near case: "striker" is of no kind; Morrison's "singer" says nothing of it."""
    text = (
        "Kevin Campbell has gained a court injunction stopping singer Mark Morrison from using his name. The Everton"
        " striker signed in 2001."
    )
    assert described(text).get("striker", ("",))[0] == discovered_id("Kevin Campbell")


def test_another_introduced_with_a_noun_of_another_kind_leaves_the_subject(described):
    """Near case: Bono's "singer" is of another kind than "businessman"; the subject keeps the noun."""
    text = (
        "Ryanair boss Michael O'Leary has attacked singer Bono over fares. The businessman said the claims were untrue."
    )
    assert described(text).get("businessman", ("",))[0] == discovered_id("Michael O'Leary")


def test_the_subject_alone_keeps_a_noun_of_a_kind(described):
    """Near case: nobody else is named; "the businessman" is the boss."""
    text = "Ryanair boss Michael O'Leary has attacked the fares of rivals. The businessman said they were too high."
    assert described(text).get("businessman", ("",))[0] == discovered_id("Michael O'Leary")


# --- "concern" ends an organisation's name


def test_a_name_ending_in_concern_is_an_organisation(parse, registry):
    found = _typed(parse, registry, "Parties cannot take older voters for granted, says Age Concern.")
    assert found["Age Concern"][1] == "organisation"


def test_a_person_after_says_is_still_a_person(parse, registry):
    """Near case: the same sentence with a person's name."""
    found = _typed(parse, registry, "Parties cannot take older voters for granted, says Brian Jones.")
    assert found["Brian Jones"][1] == "person"


# --- a state after "in <place> and" that is the subject of the clause after it


def test_a_state_that_says_after_in_place_and_is_an_actor(linked):
    assert ("France", "state_fra") in linked("Fighting continued in Iraq and France said it would send aid.")


def test_states_joined_as_places_stay_places(linked):
    """Near cases: no verb after the name, a verb with a subject of its own, a verb joined after a second "and"."""
    for text in (
        "He has lived in Spain and France since 1990.",
        "Hunting with dogs in England and Wales was banned last year.",
        "The band toured in Germany and France and recorded an album.",
    ):
        assert not {a for _, a in linked(text)} & {"state_fra", "state_esp", "state_gbr", "state_deu"}, text
