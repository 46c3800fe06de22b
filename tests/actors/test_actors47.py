"""actors47 (issue 12, actors on any news): a short name beside the full one, a page's own "Cabinet", a county's
abbreviation, and a former office the page gave in a longer form.

- `resolution._short_form_of`: a one-word name spelt as an acronym that is no body's initials is still the short
  form of the one discovered body whose name it opens ("CVS" beside "CVS Health"). Near case: two bodies open with
  it ("CVS Health" and "CVS Caremark"): it folds onto neither.
- `resolution.state_body`: a bare head word of a registry state's body ("Cabinet", "Treasury") is that body only
  when the page speaks of its state more than of any other ("I will discuss with him and Cabinet" on a page of the
  British Virgin Islands that names the US as often as the UK; "said Treasury Under Secretary John Taylor" where the
  US is named most). Near case: a page about the UK's government keeps the UK's Cabinet.
- `resolution._state_of_initials`: an acronym that spells the name of the one registry state the page names is that
  state ("BVI" on a page that names the British Virgin Islands). Near case: a page that never names the state in full
  leaves "BVI" its own discovered name.
- `filters.capital_as_its_city`: an acting capital's name on a page that makes "the German capital" act or writes
  "the city of Berlin" is the city ("City of Berlin", a government), not Germany. Near case: "Berlin welcomed the
  decision" on a page that never speaks of the city stays Germany.
- `discovery._body_titled_as_a_work`: a name spaCy labels a work of art that ends with an organisation's head noun,
  every word capitalised, is a body's ("The Making Decisions Alliance, which includes the Alzheimer's Society, ...
  said"), and "the alliance" then refers to it. Near case: a title with other words in it ("Ministers and the National
  Farmers' Union") is no body's name.
- `places.county_short_form`: "Napa Co." on a page that writes "Napa County" is the county, a government. Near case:
  "Baoshan Iron and Steel Co." stays a company.
- `typing.person_conjunct`: a one-word name spaCy labels an organisation in a sport article's list of names that are
  every one a person's ("Tobias Harris, Kelly Oubre Jr., Robert Covington and Batum all gave the Sixers enormous
  minutes") is a person when the article writes it after a given name too ("Nic Batum"), and "Nic Batum", labelled an
  organisation, is then a person by its surname (`typing._titled_surnames`). Near case: the same list where the page
  never writes the name after a given name (a club's name is never written so).
- `typing.person_noun`: a person's noun before an outlet's, a band's or an organisation's noun right before the name
  is no cue ("Fan website Trek United is hoping to raise $32m ... according to the site": the website). Near case:
  "England coach Andy Robinson" stays a person.
- `descriptors.salient_person`: a person's noun in the sentence whose speaker is someone's friend, coach or lawyer is
  that someone ("Radcliffe's best friend and fellow distance runner Liz Yelling revealed the 30-year-old is already
  aware"), though the person is named in the same sentence. Near case: an organisation's speaker ("UK Athletics'
  Dave Collins revealed the 30-year-old") gives the noun to neither.
- `descriptors.former_office`: "the former mayor" is the one person a longer form of the office was given to ("the
  former New York mayor"), however far back. Near case: that person is the subject the noun's clause hangs from
  ("Bloomberg said the former mayor's ..."): not him.
"""

from __future__ import annotations

BVI_PAGE = (
    "The US Drug Enforcement Agency arrested the Premier of the British Virgin Islands in Miami on Thursday. "
    "The UK said it was appalled. The US said the arrest followed a long investigation. "
    'The Governor said: "I will discuss with the Deputy Premier and Cabinet the way forward."'
)


def test_an_acronym_shaped_short_form_beside_the_full_name_is_that_body(mentions):
    found = mentions(
        "CVS Health reported record revenues of $41.1 billion for the year. Apart from providing the tools that "
        "patients need, CVS also fills specialty prescriptions, the company said."
    )
    ids = {text: actor_id for text, actor_id, _ in found}
    assert ids["CVS"] == ids["CVS Health"]


def test_near_case_a_short_form_two_bodies_open_with_folds_onto_neither(mentions):
    found = mentions(
        "CVS Health reported record revenues. CVS Caremark Corp., its pharmacy benefit arm, grew faster. Apart from "
        "providing the tools that patients need, CVS also fills specialty prescriptions, the company said."
    )
    ids = {text: actor_id for text, actor_id, _ in found}
    assert ids.get("CVS") not in {ids["CVS Health"], ids["CVS Caremark Corp."]}


def test_a_bare_cabinet_on_a_page_that_speaks_of_another_state_as_much_is_no_uk_cabinet(linked):
    assert ("Cabinet", "uk_cabinet") not in linked(BVI_PAGE)


def test_a_bare_treasury_where_the_us_is_named_most_is_no_hm_treasury(linked):
    found = linked(
        "The US has opposed the plan to sell gold. Britain backed it. \"The US is not convinced that's the "
        'necessary way to do it," said Treasury Under Secretary John Taylor. The US wants other ways.'
    )
    assert ("Treasury", "hm_treasury") not in found


def test_near_case_a_bare_cabinet_on_a_page_about_the_uk_is_the_uk_cabinet(linked):
    found = linked(
        "The UK government will publish its plans on Monday. Tony Blair told Cabinet that the UK would not "
        "delay the bill, and the US was told the same."
    )
    assert ("Cabinet", "uk_cabinet") in found


def test_an_acronym_of_a_state_the_page_names_is_that_state(linked):
    found = linked(
        "The Premier of the British Virgin Islands was arrested in Miami. The BVI Governor said the government "
        "would continue. BVI officials said they were shocked."
    )
    assert ("BVI", "state_vgb") in found


def test_near_case_an_acronym_of_a_state_the_page_never_names_stays_apart(linked):
    found = linked("The BVI Governor said the government would continue. BVI officials said they were shocked.")
    assert ("BVI", "state_vgb") not in found
    found = linked(
        "Troops left Afghanistan last year. Many idealistic young Catholics joined the IRA in the 1970s, he said."
    )
    assert ("IRA", "state_afg") not in found  # the initials of a registry alias the page never writes


def test_a_capital_the_page_speaks_of_as_a_city_is_the_city(linked):
    found = linked(
        "Berlin confronts Germany's colonial past with a new initiative. The German capital has launched a "
        "five-year project to confront the dark chapter. Berlin's relationship with its colonial history is being "
        "reconsidered."
    )
    assert ("Berlin", "disc.city_of_berlin") in found
    assert ("Berlin", "state_deu") not in found


def test_near_case_a_capital_the_page_never_speaks_of_as_a_city_is_its_state(linked):
    found = linked(
        "The EC has dropped its action against France and Germany. Berlin welcomed the decision, with finance "
        "minister Hans Eichel saying it showed that the EC recognised Germany's fiscal policy was on the right track."
    )
    assert ("Berlin", "state_deu") in found


def test_a_body_spacy_takes_for_a_work_is_a_body(described, mentions):
    text = (
        '"Doctors are saying they want more clarity. Patients are saying they want more clarity." The Making '
        "Decisions Alliance, which includes the Alzheimer's Society, Age Concern, Mencap and the National Autistic "
        'Society, said misunderstandings over the bill had to be cleared up. "It will not change the current law on '
        'euthanasia," the alliance said in a statement.'
    )
    assert "Making Decisions Alliance" in {t for t, _, _ in mentions(text)}
    assert described(text).get("alliance", (None,))[0] == "disc.making_decisions_alliance"


def test_near_case_a_work_title_with_other_words_is_no_body(parse, lex):
    from narrative_pipeline.actors.discovery import _body_titled_as_a_work

    toks = parse("Headline\n\nMinisters and the National Farmers' Union met.").sents[1].tokens
    assert [t.text for t in toks[:7]][-1] == "Union"
    assert not _body_titled_as_a_work(toks[:7], lex)
    assert _body_titled_as_a_work(parse("Headline\n\nThe Law Society met.").sents[1].tokens[:3], lex)


def test_a_county_abbreviated_beside_its_full_name_is_a_government(typed):
    found = typed(
        "Napa Co. enters exclusive agreement with the resort chain. The resort would be located at Lake Berryessa "
        "in Napa County, the supervisors said."
    )
    assert found["Napa Co."][0] == "government"


def test_near_case_a_companys_co_is_a_company(typed):
    found = typed("Baoshan Iron and Steel Co. said its profits rose by a third last year.")
    assert found["Baoshan Iron and Steel Co."][0] == "company"


BLOOMBERG = (
    "This is not the welcome billionaire Michael R. Bloomberg has come to expect. No, the former New York mayor's "
    "debut in the top tier has turned brutal. His rise in the polls has brought him a spot on the debate stage. "
    "The debate marks his debut as a candidate. His opponents do not lack for material to use. Along with "
    "Democratic rivals, President Trump has gotten into the act. On Twitter, Trump pointed to the former mayor's "
    "lavish contributions to so many campaigns."
)


def test_a_former_office_after_its_longer_form_given_one_person_is_that_person(described):
    found = described(BLOOMBERG)
    assert found.get("former mayor", (None,))[0] == "disc.michael_r_bloomberg"


def test_near_case_a_former_office_under_its_holders_own_clause_is_not_him(described):
    found = described(
        BLOOMBERG.replace("Trump pointed to the former mayor's lavish", "Bloomberg said the former mayor's")
    )
    assert found.get("former mayor", (None,))[0] != "disc.michael_r_bloomberg"


SIXERS = (
    "The Sixers beat the Celtics in the league match, with a strong season for the coach.\n\n"
    "\u2022 Nic Batum suffered a rather ugly finger dislocation late in the second quarter, but was able to return to "
    "the game.\n\n"
    "\u2022 The third quarter belonged to Joel Embiid. He poured in 13 huge points, carrying a very slow Sixers "
    "offense.\n\n"
    "Tobias Harris, Kelly Oubre Jr., Robert Covington and Batum all gave the Sixers enormous minutes, limiting the "
    "Celtics' star duo of Tatum and Brown to just 27 combined points."
)


def test_a_name_in_a_list_of_players_written_after_a_given_name_is_that_player(mentions, typed):
    assert typed(SIXERS)["Nic Batum"][0] == "person"
    ids = {text: actor_id for text, actor_id, _ in mentions(SIXERS)}
    assert ids["Batum"] == ids["Nic Batum"]


def test_near_case_a_name_in_a_list_of_players_never_written_after_a_given_name_stays_apart(typed):
    found = typed(SIXERS.replace("Nic Batum", "Batum"))
    assert found["Batum"][0] != "person"


def test_a_persons_noun_before_an_outlets_noun_is_no_cue(described, typed):
    text = (
        "Fan website Trek United is hoping to raise $32m from donations by the end of March to pay for a fifth "
        "series. More than $23,000 has been pledged so far, according to the site."
    )
    assert typed(text)["Trek United"][0] != "person"
    assert described(text).get("site", (None,))[0] == "disc.trek_united"


def test_near_case_a_persons_noun_right_before_the_name_is_a_cue(typed):
    assert typed("England coach Andy Robinson said the side would improve.")["Andy Robinson"][0] == "person"
    found = typed(
        "The company's new chief executive Peter Lynch said Winn-Dixie would use the breathing space. Director of "
        "television Jana Bennett said the changes were about getting the best ideas on screen."
    )
    assert found["Peter Lynch"][0] == found["Jana Bennett"][0] == "person"


RADCLIFFE = (
    "Paula Radcliffe will run in the London Marathon in April. Radcliffe pulled out of the Olympic marathon in "
    "Athens. Sports psychologist Hugh Richards says she must stay focused. Radcliffe's best friend and fellow "
    "distance runner Liz Yelling revealed the 30-year-old is already aware she will be exposing herself."
)


def test_a_persons_noun_the_speakers_owner_is_spoken_of_is_that_owner(described):
    assert described(RADCLIFFE).get("30-year-old", (None,))[0] == "disc.paula_radcliffe"


def test_near_case_a_persons_noun_whose_speakers_owner_is_no_person_is_not_the_owners(described):
    found = described(
        RADCLIFFE.replace(
            "Radcliffe's best friend and fellow distance runner Liz Yelling", "UK Athletics' Dave Collins"
        )
    )
    assert found.get("30-year-old", (None,))[0] not in {"disc.uk_athletics", "disc.dave_collins"}
