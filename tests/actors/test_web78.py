"""web78 (session 58, issue 12; actors.rules.v153): things on saved web pages that are not actors, read from the web
hand checks' false mentions (web77's and web78's checks, m68-web).

- `pagelines._measured` (in `used_thing`): a name right after a number and a noun of measure or packaging, or
  modifying such a noun right after it, is an item of a recipe or a list, a product, where no mention of it acts;
- `pagelines._listed_platform` (in `used_thing`): a social platform the lexicon lists (`platform_names`) none of whose
  mentions acts is a place people post on, not an actor ("Why are you on Tik Tok?"), though spaCy gives it a person's
  two-word name;
- lexicon: "FaceTime" is software (`software_names`)."""

from __future__ import annotations

import pytest


def _surfaces(found) -> set[str]:
    return {surface for surface, _ in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ingredients\n\n- 1 tbsp Gia Sundried Tomato Puree or 6 Sundried Tomatoes blended with above.",
            "Gia Sundried",
        ),
        ("Fry the onion, then add spices and MAGGI Chicken Stock cubes and stir for a few seconds.", "MAGGI"),
        ("You will need 2 cups of Quaker Oats and a little honey for the topping.", "Quaker"),
        ("Mix 1 box Hartley Golden cake mix with the eggs, then bake it for an hour.", "Hartley Golden"),
    ],
)
def test_a_measured_item_is_no_actor(linked, text, name):
    assert not any(name in s for s in _surfaces(linked(text)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Why is your brand on Facebook? Why are you on Instagram? Why are you on Tik Tok?", "Tik Tok"),
        ("Agerblad got the tattoo after Tastas advertised the design for a rub-on tattoo on Instagram.", "Instagram"),
    ],
)
def test_a_listed_platform_that_never_acts_is_no_actor(linked, text, name):
    assert name not in _surfaces(linked(text))


def test_facetime_is_software(linked):
    text = "The feature makes eye contact between the FaceTime users look real, and it can be toggled in FaceTime."
    assert "FaceTime" not in _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Instagram said it would remove the posts, and Instagram removed 200 accounts on Monday.", "Instagram"),
        ("Tesco bought 200 boxes of masks, and Tesco said the order would arrive next week.", "Tesco"),
        ("Kraft Heinz said it would close the plant that makes Heinz Tomato Soup cans.", "Kraft Heinz"),
        ("The 3 Para soldiers were flown to Basra, the Ministry of Defence said.", "Ministry of Defence"),
    ],
)
def test_an_actor_beside_a_measure_or_a_listed_platform_that_acts_stays(linked, text, name):
    assert name in _surfaces(linked(text))


def test_a_measured_item_that_shares_its_last_word_with_another_persons_name_is_no_actor(linked):
    text = (
        "We used Gia Garlic puree and mixed herbs.\n\n- 2 tsp Gia Garlic Puree or 4 cloves garlic blended together"
        "\n\n- 1 tbsp Gia Sundried Tomato Puree or 6 Sundried Tomatoes blended with above"
    )
    assert not any("Sundried" in s for s in _surfaces(linked(text)))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "If you like American buttercream, you should definitely try Ermine Icing. It is also called flour frosting.",
            "Ermine Icing",
        ),
        ("How long to cook Foccacia? Cook it in a preheated oven at 200C for 20 minutes.", "Foccacia"),
    ],
)
def test_what_is_cooked_or_tried_is_no_actor(linked, text, name):
    assert name not in _surfaces(linked(text))


def test_a_person_tried_in_court_stays(linked):
    assert "Hassan Diab" in _surfaces(linked("The court will try Hassan Diab next year on charges of murder."))


def test_a_name_only_in_sentences_of_another_language_is_no_actor(linked):
    text = (
        "Ich schleppte mich zur nächsten Wache und betrat sie mit einem Lächeln, ich wurde ausgeraubt.\n\n"
        "Wenn man den Raub auf der Polizeiwache meldet, sagt man, ich wurde gerade eben ausgeraubt."
    )
    found = _surfaces(linked(text))
    assert "Wache" not in found and "Polizeiwache" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "South Africa: P Montgomery; B Paulse, M Joubert, De Wet Barry, A Willemse, J van der Westhuyzen; "
            "F du Preez; O du Randt, J Smit (captain), E Andrews, V Matfield.",
            "Westhuyzen",
        ),
        (
            "The Tories said the motto of the party, 'Liberté, égalité', was not theirs, Michael Howard said.",
            "Michael Howard",
        ),
    ],
)
def test_a_name_in_an_english_sentence_or_a_team_sheet_stays(linked, text, name):
    assert any(name in s for s in _surfaces(linked(text)))


def test_a_marked_brand_spacy_takes_for_a_persons_name_is_no_actor(linked):
    text = (
        "Beat the whipping cream until soft peaks form.\n\n- Betty Crocker™ Super Moist™ butter recipe yellow or white"
        " cake mix\n\n- 1 jar (6 oz) maraschino cherries without stems, drained\n\n1\n\nbox Betty Crocker™ Super"
        " Moist™ yellow cake mix"
    )
    assert not any("Betty" in s for s in _surfaces(linked(text)))
