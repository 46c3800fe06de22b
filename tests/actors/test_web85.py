"""web85 (session 65, issue 12; actors.rules.v182): on a recipe page (a number and a noun of measure twice or more), a
name spaCy gives whose last word is a dish's or an ingredient's noun and none of whose mentions acts is no actor
(`pagelines.recipe_food`; web84's recipe page: "Olive & Herb Focaccia", "Olive Oil", found as bodies and persons)."""

from __future__ import annotations

RECIPE = (
    "Make flavoured oil for Olive & Herb Focaccia.\n\n"
    "We used garlic puree and mixed herbs and mixed it all into Olive Oil.\n\n"
    "- 2 tsp garlic puree\n\n"
    "- 1 tbsp dried mixed herbs\n\n"
    "Follow our step by step guide to creating your own Olive & Herb Focaccia bread.\n"
)


def test_a_dish_or_an_ingredient_on_a_recipe_page_is_no_actor(mentions):
    found = {text for text, _, _ in mentions(RECIPE)}
    assert not found & {"Olive & Herb Focaccia", "Olive Oil", "Olive"}, found


def test_a_firm_that_acts_on_a_recipe_page_stays_an_actor(mentions):
    text = RECIPE + "\nWarburtons Bread said it would raise the price of its loaves.\n"
    assert "Warburtons Bread" in {t for t, _, _ in mentions(text)}


def test_a_food_firm_on_a_page_that_measures_nothing_out_is_asked_nothing(lex):
    from narrative_pipeline.actors.pagelines import recipe_page

    class Page:
        text = "Shell Oil said on Monday that 2 tankers had sailed.\n"

    assert not recipe_page(Page(), lex)  # type: ignore[arg-type]
    Page.text = RECIPE
    assert recipe_page(Page(), lex)  # type: ignore[arg-type]


SALON = (
    "Aisha's Salon and Spa was founded 30 years ago to create a safe space for women.\n\n"
    "The salon namesake's son, Usman Hasib, runs the business now.\n"
)


def test_a_firm_named_after_its_founder_keeps_the_possessive(mentions):
    found = {text for text, _, _ in mentions(SALON)}
    assert "Aisha's Salon and Spa" in found and "Salon and Spa" not in found, found


def test_an_owner_the_page_names_elsewhere_stays_an_owner(mentions):
    text = "Climax said it would close. Climax's Action Studio made racing games for Microsoft.\n"
    assert "Climax's Action Studio" not in {t for t, _, _ in mentions(text)}


def test_an_owner_of_two_words_stays_an_owner(mentions):
    text = "Tony Blair's Kitchen Cabinet met on Monday to discuss the plan.\n"
    assert "Tony Blair's Kitchen Cabinet" not in {t for t, _, _ in mentions(text)}


AWARDS = (
    "The film was the big winner at the guild awards on Saturday, as well as \u201cJoker,\u201d \u201cMarriage Story,\u201d "
    "and \u201cLittle Women.\u201d\n\n"
    "Renee Zellweger won for her performance as Judy Garland in the biopic \u201cJudy.\u201d\n"
)


def test_a_title_alone_in_quotation_marks_with_a_comma_inside_is_no_person(mentions):
    found = {text for text, _, _ in mentions(AWARDS)}
    assert not found & {"Joker", "Judy"}, found


def test_a_nickname_a_verb_of_naming_gives_stays_a_person(mentions):
    text = "President Trump stepped up his trolling of the candidate he calls \u201cMini Mike.\u201d on Tuesday.\n"
    assert "Mini Mike" in {t for t, _, _ in mentions(text)}


def test_a_name_the_page_also_writes_without_the_possessive_keeps_its_own_name(mentions):
    text = (
        "The games are made by Surrey's Lionhead Studios, the firm said.\n\n"
        "Lionhead Studios said the new game would be released in the spring.\n"
    )
    assert "Surrey's Lionhead Studios" not in {t for t, _, _ in mentions(text)}


def test_a_bodys_name_in_quotation_marks_with_a_comma_inside_stays_a_body(mentions):
    text = "Twenty-two players formed the 'New Zealand Native Team,' who played a total of 107 matches.\n"
    assert "New Zealand Native Team" in {t for t, _, _ in mentions(text)}
