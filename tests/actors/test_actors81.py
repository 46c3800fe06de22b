"""actors81 (session 53, issue 12): places that are not the state.

1. `surname-of-a-person-named-in-full`: a state's one-word name or its capital's that is the surname of a person the
   page has named in full is the person ("Denzel Washington ... Washington said"; review60 5), not the state.
2. `capital-as-a-scene`: on a page about the arts, a capital that is the subject of a verb that is no act of governing
   or policy is the city, its festival or its audience ("Berlin applauds Hotel Rwanda"), not its state's government;
   "Moscow denied the report", "Washington imposed sanctions", "Beijing banned the film" keep the state.
"""

from __future__ import annotations

import pytest

ARTS = (
    "The film festival opened with a new film by the director, whose last movie won the award for best film. "
    "The actress and the actor starred in the film, and the album of its songs topped the charts. "
)
POLITICS = "The government said the minister would face parliament over the election and the new law. "


def _states(linked, text: str, surface: str) -> set[str]:
    return {a for s, a in linked(text) if s == surface and a and a.startswith("state_")}


# --- 2. capital-as-a-scene -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Berlin applauds the new film.", "Berlin"),  # a festival's headline (four rows of the BBC corpus)
        ("Berlin celebrates European cinema.", "Berlin"),
        ("Berlin honours the South Korean director.", "Berlin"),
        ("London hosts the awards next month.", "London"),
        ("Edinburgh welcomed the festival with a parade.", "Edinburgh"),
        ("Now in its third year, Bangkok is a relatively recent addition to the festival calendar.", "Bangkok"),
        ("Paris staged the premiere of the film.", "Paris"),
    ],
)
def test_a_capital_of_an_arts_page_that_hosts_or_celebrates_is_no_state(verdicts, linked, sentence, surface):
    text = ARTS + sentence
    assert (surface, "capital-as-a-scene") in verdicts(text) or surface == "Edinburgh"
    assert not _states(linked, text, surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "state"),
    [
        ("Washington imposed sanctions on the studio.", "Washington", "state_usa"),
        ("Moscow denied the report about the film.", "Moscow", "state_rus"),
        ("Beijing banned the film last year.", "Beijing", "state_chn"),
        ("Tehran refused the director a visa.", "Tehran", "state_irn"),
        ("The film was censored by Beijing.", "Beijing", "state_chn"),
    ],
)
def test_a_capital_of_an_arts_page_that_governs_keeps_its_state(verdicts, linked, sentence, surface, state):
    text = ARTS + sentence
    assert ("capital-as-a-scene") not in [r for s, r in verdicts(text) if s == surface]
    assert state in _states(linked, text, surface)


@pytest.mark.parametrize(
    ("sentence", "surface", "state"),
    [
        ("Berlin welcomed the decision.", "Berlin", "state_deu"),  # a business story of the BBC corpus
        ("Washington imposed sanctions on Iran.", "Washington", "state_usa"),
        ("Moscow denied the report.", "Moscow", "state_rus"),
    ],
)
def test_a_capital_on_a_page_of_another_kind_keeps_its_state(verdicts, linked, sentence, surface, state):
    text = POLITICS + sentence
    assert "capital-as-a-scene" not in [r for s, r in verdicts(text) if s == surface]
    assert state in _states(linked, text, surface)


# --- 1. surname-of-a-person-named-in-full ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("The actor Denzel Washington won the award. Washington said he was delighted.", "Washington", "state_usa"),
        ("Kevin Washington joined the club in May. Washington scored twice on Saturday.", "Washington", "state_usa"),
        ("Jack London wrote many novels. London died in 1916.", "London", "state_gbr"),
    ],
)
def test_a_bare_surname_of_a_person_named_in_full_is_no_state(verdicts, linked, text, surface, state):
    assert state not in _states(linked, text, surface)


def test_the_persons_surname_becomes_the_person(mentions):
    assert ("London", "disc.jack_london", "surname") in mentions("Jack London wrote many novels. London died in 1916.")


def test_other_capitals_of_such_a_page_keep_their_state(linked):
    assert "state_rus" in _states(linked, "Jack London wrote many novels. Moscow denied the report.", "Moscow")


@pytest.mark.xfail(
    strict=True,
    reason="spaCy labels 'Denzel Washington' an organisation's name in this sentence, so the page names no person "
    "of several words ending in Washington (actors78's xfail, the same sentence)",
)
def test_a_surname_after_a_name_spacy_does_not_label_a_person(linked):
    assert "state_usa" not in _states(
        linked, "Denzel Washington won the award. Washington said he was delighted.", "Washington"
    )


def test_london_without_a_person_named_london_is_left_to_the_other_rules(verdicts):
    text = "Chelsea beat Paris Saint-Germain in London. London said it would respond to the report."
    assert "surname-of-a-person-named-in-full" not in [r for _, r in verdicts(text)]


def test_a_person_named_after_the_word_does_not_take_it(verdicts):
    text = "London said it would respond. Jack London wrote many novels."
    first = [r for s, r in verdicts(text) if s == "London"][0]
    assert first != "surname-of-a-person-named-in-full"


def test_a_place_word_before_the_name_is_no_person(verdicts):
    """spaCy may label "East London" a person's name: the compass word keeps it a place, not a surname."""
    text = "East London and Moscow met. London said it would respond."
    assert "surname-of-a-person-named-in-full" not in [r for _, r in verdicts(text)]


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        # spaCy's PERSON label on a place phrase (an article of the politics section: "Across Wales")
        ("Across Wales, staff walked out. It is not about issues local to Wales.", "Wales", "wales"),
        # an article of the sport section: a stadium's name under a person's label
        ("The Stade de France was full. France may have beaten Scotland but they were tedious.", "France", None),
    ],
)
def test_a_place_phrase_under_a_persons_label_names_no_person(verdicts, text, surface, state):
    assert "surname-of-a-person-named-in-full" not in [r for s, r in verdicts(text) if s == surface]


def test_a_name_that_modifies_a_noun_is_no_surname(verdicts):
    """An article of the sport section names a James Ireland: "Ireland and Scotland players" are the sides'."""
    text = "James Ireland was released. The majority of Ireland and Scotland players have also been released."
    assert "surname-of-a-person-named-in-full" not in [r for s, r in verdicts(text)]
