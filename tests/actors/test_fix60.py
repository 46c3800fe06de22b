"""fix60 (session 52, issue 12; review60 findings 1-4 on actors78's `capital-as-person`): a capital spaCy labels a
person's name that owns a place or thing of the city is the city, not its state nor a person (review60 1); the
guards of `state_acting_under_a_persons_label` each pinned by a test (review60 2); a person noun or an age beside the
name, or a "he" / "she" after its verb of speech, is a sign of a person (review60 3); a title word must modify the
name to make it a person ("Major Kabul offensives", review60 4)."""

from __future__ import annotations

import pytest

# review60 1: a capital labelled a person that owns a place or thing of the city


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fighting continued around Kiev. Kiev's mayor said three people died.", "Kiev"),
        ("Kiev's metro stations were full of families.", "Kiev"),
        ("Kiev's main railway station was hit.", "Kiev"),
        ("Kiev's Maidan square filled with protesters.", "Kiev"),
        ("Yerevan's mayor said the city was calm.", "Yerevan"),
    ],
)
def test_a_capital_labelled_a_person_owning_a_thing_of_the_city_is_no_actor(verdicts, linked, text, surface):
    """Each links the state (main 30e31014) or a discovered person (88b6c762)."""
    assert [r for s, r in verdicts(text) if s == surface][-1] == "capital-naming-a-thing"
    assert not any(s == surface for s, _ in linked(text))


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        ("Kiev's counter-offensive has stalled.", "Kiev", "state_ukr"),
        ("Kiev's air defences shot down 20 drones.", "Kiev", "state_ukr"),
        ("Kiev's wife said nothing.", "Kiev", "disc.kiev"),
    ],
)
def test_what_the_state_or_a_person_owns_is_left_as_it_was(linked, text, surface, actor):
    assert (surface, actor) in linked(text)


# review60 2: each guard of `state_acting_under_a_persons_label`


def test_the_gpe_elsewhere_clause_makes_an_objects_capital_the_state(linked):
    """Without the clause (an actor position while the page labels the word a place elsewhere) "Kiev" is dropped."""
    text = "Russian forces shelled towns near Kiev overnight. Moscow accused Kiev of shelling the plant."
    assert ("Kiev", "state_ukr") in linked(text)


def test_a_persons_name_of_several_words_holding_the_capital_keeps_the_person(verdicts, linked):
    """Without the guard the acting "Kiev" (spaCy's person) is Ukraine."""
    text = "Kiev Smith arrived late. Kiev rejected the offer."
    assert [r for s, r in verdicts(text) if s == "Kiev"][-1] == "capital-as-person"
    assert ("Kiev", "state_ukr") not in linked(text)


@pytest.mark.parametrize(
    "page",
    [
        "The striker scored a goal in the match, and the coach praised the team after the league game. ",
        "The band played the album at the concert, and the singer sang songs from the film and the show. ",
    ],
)
def test_a_sport_or_arts_page_keeps_the_person(verdicts, linked, page):
    """Without the guard `person-name-here` makes the same person a rule later: the verdict pins the guard."""
    text = page + "Kiev rejected the offer."
    assert [r for s, r in verdicts(text) if s == "Kiev"] == ["capital-as-person"]
    assert ("Kiev", "disc.kiev") in linked(text)


# review60 3: signs of a person beside the name


def test_a_he_or_she_after_the_names_speech_verb_is_a_person(linked):
    assert linked("Hamilton said he would not stand again.") == {("Hamilton", "disc.hamilton")}


def test_a_person_noun_beside_the_name_is_a_person(linked):
    assert ("Sofia", "disc.sofia") in linked("The singer Sofia performed in London.")


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("Yerevan, 34, rejected the offer.", "Yerevan", "state_arm"),  # an age in apposition
        ("Kiev said she had fled.", "Kiev", "state_ukr"),
        ("Kiev told the BBC she had fled.", "Kiev", "state_ukr"),
    ],
)
def test_an_age_or_she_makes_a_capital_labelled_a_person_no_state(parse, linked, text, surface, state):
    assert any(t.text == surface and t.ent_type == "PERSON" for t in parse("Headline\n\n" + text).tokens)
    assert (surface, state) not in linked(text)


@pytest.mark.xfail(
    strict=True,
    reason="a capital spaCy labels no entity is read as its state on the metonym path whatever the page's signs of a "
    "person ('The singer Sofia ... Sofia said she was thrilled'): older than actors78, left",
)
def test_an_unlabelled_name_after_a_person_noun_elsewhere(linked):
    assert ("Sofia", "state_bgr") not in linked("The singer Sofia performed in London. Sofia said she was thrilled.")


def test_a_state_that_says_it_keeps_its_state(linked):
    assert ("Kiev", "state_ukr") in linked("Kiev said it would not give up the city.")


# review60 4: a capitalised adjective that is also a title


@pytest.mark.parametrize(
    "text",
    ["Major Kabul offensives are planned, General Smith said.", "Field Kabul operations are planned."],
)
def test_a_title_word_that_modifies_another_noun_makes_no_person(linked, text):
    assert not any(a == "disc.kabul" for _, a in linked(text))


def test_a_title_on_the_name_still_makes_the_person(linked):
    assert not any(a.startswith("state_") for _, a in linked("General Kabul said the offensive was planned."))
