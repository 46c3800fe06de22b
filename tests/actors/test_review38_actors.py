"""review38: wrong outputs of session 37's actor rules found on the real corpora (m38-bbc, m38-web).

- `filters.capital_as_its_city` read "the city of <capital>" in any case: a BBC reader's page that writes "the City
  of London" (the Square Mile, another place of that name) made "London has been nuked" a mention of a "City of
  London" government. Only a small "city" now makes the capital the city. Near case: "the city of London" still does.
"""

from __future__ import annotations

from narrative_pipeline.actors.linking import link_article

HEADLINE = "Headline here\n\n"


def types_of(parse, linker, text: str) -> dict[str, str]:
    article = parse(HEADLINE + text)
    return {article.text[c.start : c.end]: c.actor_type for c in link_article(article, linker(90.0))}


CITY_PAGE = (
    "People outside London will wake up one morning to find out that London has been attacked. "
    "During the bombings there were explosions in Canary Wharf and also in the City of London."
)


def test_the_city_of_london_is_no_capital_spoken_of_as_a_city(linked):
    found = linked(CITY_PAGE)
    assert not any(actor == "disc.city_of_london" and text == "London" for text, actor in found)


def test_near_case_the_city_of_london_in_small_letters_is_the_city(linked):
    found = linked(CITY_PAGE.replace("the City of London", "the city of London"))
    assert ("London", "disc.city_of_london") in found


def test_a_firm_spacy_tags_a_proper_noun_voids_the_analysts_noun(parse, linker):
    found = types_of(parse, linker, "According to research by analyst firm Gartner, the market will grow.")
    assert found["Gartner"] != "person"


def test_near_case_a_persons_own_noun_before_the_name_stays_a_cue(parse, linker):
    found = types_of(parse, linker, "Its chief executive Peter Lynch said the market would grow.")
    assert found["Peter Lynch"] == "person"


def test_analysts_before_one_firms_name_is_no_persons_cue(parse, linker):
    """Older than session 37 (person_noun): "according to research from technology analysts Gartner" makes Gartner a
    person on six BBC pages; 'its stars Hilary Swank and Morgan Freeman' is the near case a fix must keep."""
    found = types_of(parse, linker, "Sales grew, according to research from technology analysts Gartner.")
    assert found["Gartner"] != "person"


def test_names_joined_after_a_bands_noun_are_persons(parse, linker):
    found = types_of(
        parse,
        linker,
        'DJ duo JK and Joel are taking over BBC Radio 1\'s flagship chart show on Sunday. "It is an institution," '
        "says JK, also known as Jason King.",
    )
    assert found["JK"] == "person"


def test_a_portals_acronym_is_no_short_form_of_its_product(mentions):
    """BBC's microsoft-gets-the-blogging-bug: "MSN's Blake Irving" links to "MSN Spaces" (a blogging service of MSN's),
    the risk actors47 named; the page writes "MSN Messenger" too, so MSN opens two names but only one is a body's."""
    found = mentions(
        "Microsoft is launching a test service to allow people to publish blogs, called MSN Spaces. MSN Spaces is free "
        'to anyone with a Hotmail or MSN Messenger account. "This is a simple tool for people to express themselves," '
        "said MSN's Blake Irving."
    )
    ids = {text: actor_id for text, actor_id, _ in found}
    assert ids.get("MSN") != ids.get("MSN Spaces")
