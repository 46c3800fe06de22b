"""actors60 (issue 12, actors on any news): a registry politician's one-word name that is a common English word, on a
page that never names the politician and writes no politics, is that word ("Cook for 4 to 5 minutes" on a recipe page
is no Robin Cook, "Flat Rice Noodles" no Condoleezza Rice: `surname-a-common-word`). Each text through the real parse
(`mentions` of tests/actors/conftest.py); the recipe lines are the web pages' own (hassanchef.com, flawlessfood.co.uk,
eatwhattonight.com, nestle-family-com)."""

from __future__ import annotations

import pytest

BHINDI = (
    "Bhindi masala is a dry dish of okra cooked with onions, tomatoes and spices.\n\n"
    "Pour the prepared tomato onion puree into the pan and stir to mix nicely with the masala. Cook for 4 to 5 minutes "
    "or till oil start to separate over medium heat.\n\n"
    "Add half cup whisked curd into the masala under slow flame heat. Cook them for 2 to 3 minutes further or till the "
    "curd get well incorporated. Do not cook on a high flame."
)
FOCACCIA = (
    "Sprinkle some fresh rosemary leaves and add some salt. How long to cook Foccacia? Cook in a preheated oven at "
    "200C for 20 minutes. Once cooked, leave it to cool on a rack."
)
NOODLES = (
    "Vegan Styled Char Kway Teow (Stir Fry Flat Rice Noodles)\n\n"
    "Once in a while, I liked to go vegan! And making this dish of flat rice noodles takes only fifteen minutes."
)


def ids(found) -> set[str]:
    return {a for _, a, _ in found}


@pytest.mark.parametrize("text", [BHINDI, FOCACCIA], ids=["bhindi", "focaccia"])
def test_a_recipes_cook_is_no_robin_cook(mentions, text):
    assert "robin_cook" not in ids(mentions(text))


def test_a_dishs_rice_is_no_condoleezza_rice(mentions):
    assert "condoleezza_rice" not in ids(mentions(NOODLES))


@pytest.mark.parametrize(
    "text",
    [
        # the politician named in full on the page
        "Robin Cook resigned from the cabinet over the war. Cook said he could not cook the books for a war.",
        # by a title and the name
        "Mr Cook was in the kitchen that day. Cook said he liked to cook for his friends.",
        # a page of politics: "Cook" is the former foreign secretary
        "The Labour rebellion grew before the vote. Cook said the government must cook up a better plan.",
    ],
    ids=["full-name", "title", "politics"],
)
def test_the_politician_stays_where_the_page_says_so(mentions, text):
    assert "robin_cook" in ids(mentions(text))


def test_blair_said_keeps_tony_blair(mentions):
    """No lower-case "blair" on the page: the rule never reads it."""
    assert "tony_blair" in ids(mentions("Blair said he would stand again. He spoke to reporters in Sedgefield."))


def test_a_common_word_written_only_capitalised_is_not_dropped(mentions):
    """'Rice' that the page never writes in lower case: not the common word by this rule."""
    assert "condoleezza_rice" in ids(mentions("Rice arrived in Ankara on Monday. She met Turkish officials there."))


HARMAN = (
    "He said the answer had been prepared in his office with the involvement of Solicitor General Harriet Harman, two "
    "of his own officials and three Foreign Office officials."
)


def test_an_office_before_a_name_is_no_body(typed):
    """goldsmith-i-was-not-leant-on: spaCy labels "Solicitor General" an organisation; it is Harriet Harman's office
    (`office-before-a-name`)."""
    found = typed(HARMAN)
    assert "Solicitor General" not in found
    assert found["Harriet Harman"][0] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("General Motors chief executive Rick Wagoner said sales would recover next year.", "General Motors"),
        ("The Foreign Office said Jack Straw would fly to Washington on Monday.", "Foreign Office"),
    ],
)
def test_a_body_before_a_name_keeps_its_name(typed, text, name):
    """A name with a word of its own is no office."""
    found = typed(text)
    assert name in found and found[name][0] is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Backbencher Stephen Pound said some MPs had threatened to expose those fuelling the reports.",
            "Stephen Pound",
        ),
        ("Farmer Geoff Brooks, a senior member of the Quorn hunt, told BBC News about the ban.", "Geoff Brooks"),
        (
            "Singers Jennifer Lopez and husband Marc Anthony are to perform a duet at this month's Grammy Awards.",
            "Jennifer Lopez",
        ),
    ],
)
def test_a_persons_noun_opening_a_name_is_cut_off(typed, text, name):
    """The sentence's first word, a person's noun, that spaCy ran into the name: the name is the person's own."""
    found = typed(text)
    assert found[name][0] == "person"
    assert not any(k.split()[0] in {"Backbencher", "Farmer", "Singers"} for k in found)
