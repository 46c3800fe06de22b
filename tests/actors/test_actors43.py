"""actors43 (issue 12, political and government news on web pages): a surname spaCy labels a thing, a title before
the name, a platform one speaks on.

- `linking._thing_labelled_surname` (in `unfound_surnames`): the surname of a person the article names in full that
  spaCy alone labels a building, product, work, event or law, an entity of that one word ("getting it to Bolger"
  after "Angela Bolger", labelled FAC) is the person. Near case: a surname labelled a place ("flew to Washington"
  beside "George Washington") stays a place.
- `descriptors._titles_a_name` (in `role-title`): a title that stands before a person's name as a word of it ("The
  Foreign Secretary Jack Straw", "The Honourable Deputy Premier Natalio Wheatley") is no descriptor of its own: the
  mention is the name, without the title. Near case: the title alone later ("the foreign secretary said") still
  links to the person.
- `platform_verbs` gains verbs of saying and posting: "Mr Shapps said on Twitter:" speaks on a platform, no actor.
  Near case: the platform that acts ("Twitter said on Monday it would close the accounts") stays.
- `places.region_word_name` (type rule `region-word-name`): one capitalised word after "the" that is a noun of a region
  ("people in the Territory", "Acting Premier of the Territory") is the page's name for its place. Near case: a longer
  name that opens with the word ("The Territory Party said") stays.
- The states overlay drops Iceland's alias "Island" (its Icelandic name, an English common noun: "Small Island,
  Levy's fourth novel", "a deal with Island"). Near case: "Iceland" still links."""

from __future__ import annotations

from ._found import texts as _texts

BOLGER = (
    "The plaintiff of the case, Angela Bolger, had bought a laptop battery on Amazon from a seller called “E-Life,” "
    "the working name for Hong Kong battery seller Lenoge Technology. Bolger said that the battery had burst into "
    "flames when used. The Appellate Court didn’t agree with Amazon’s stance. It noted that the product had been "
    "listed on Amazon, was stored in an Amazon warehouse, had payment facilitated by Amazon, and shipped it out in "
    "Amazon packaging, proving it to have a hand in getting it to Bolger and thus liable under California law."
)


def test_a_surname_spacy_labels_a_building_is_the_person(mentions):
    found = [(t, a) for t, a, _ in mentions(BOLGER)]
    assert sum(1 for t, a in found if t == "Bolger" and a == "disc.angela_bolger") == 2


def test_near_case_a_surname_labelled_a_place_stays_a_place(mentions):
    text = (
        "George Washington crossed the river with his men. The next spring the general flew to Washington, where "
        "the capital was being built."
    )
    found = [(t, a) for t, a, _ in mentions(text)]
    assert ("Washington", "disc.george_washington") not in found


def test_a_title_before_the_name_is_no_mention_of_its_own(mentions):
    text = (
        "I would call for calm at this time. The Honourable Deputy Premier Natalio Wheatley will remain Acting "
        "Premier of the Territory. The Foreign Secretary Jack Straw arrives in Jakarta on Monday."
    )
    found = _texts(mentions(text))
    assert {"Natalio Wheatley", "Jack Straw"} <= found
    assert not any("Premier" in t or "Secretary" in t for t in found)


def test_near_case_the_title_alone_still_refers(linked):
    text = "Foreign Secretary Jack Straw flew to Jakarta. The foreign secretary said he would meet the president."
    assert ("foreign secretary", "jack_straw") in linked(text)


def test_a_platform_one_speaks_on_is_no_actor(mentions):
    text = 'Transport Secretary Grant Shapps said on Thursday. Mr Shapps said on Twitter: "The data indicates we must act."'
    assert "Twitter" not in _texts(mentions(text))


def test_near_case_the_platform_that_acts_stays(mentions):
    text = 'Twitter said on Monday it would close the accounts. Mr Shapps said on Twitter: "We must act."'
    assert "Twitter" in _texts(mentions(text))


def test_the_page_s_own_region_word_is_no_actor(mentions):
    text = (
        "It will be shocking news for people in the Territory. The Deputy Premier will remain Acting Premier of the "
        "Territory, the governor said."
    )
    assert "Territory" not in _texts(mentions(text))


def test_near_case_a_name_that_opens_with_a_region_word_stays(mentions):
    text = "The Territory Party said it would contest every seat in the election."
    assert "Territory Party" in _texts(mentions(text))


def test_island_is_no_alias_of_iceland(linked):
    text = "Small Island, Levy's fourth novel, is the favourite to win the prize, the judges said."
    assert not any(a == "state_isl" for _, a in linked(text))


def test_near_case_iceland_still_links(linked):
    text = "Iceland said it would resume whaling next year, the fisheries minister said."
    assert ("Iceland", "state_isl") in linked(text)
