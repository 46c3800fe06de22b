"""actors50 (issue 12, actors on any news).

- `typing._plural_before_one_name`: a plural person's noun right before one name, joined to no other, is no person's
  cue: the persons are the body's ("according to research from technology analysts Gartner", "leaders Chelsea",
  "brokers Jefferies"). Near case: names joined after the plural noun are each a person's ("its stars Hilary Swank
  and Morgan Freeman"), a list of names whatever the parse ("band members Bryan Ferry, Phil Manzanera and ...",
  "presenters Ant and Dec"). `typing.team_cue` types the name the body those persons make up ("leaders Barcelona":
  an organisation; in an article about business a company), so a name of common words ("rock veterans New Order",
  "analysts Screen Digest") is no longer left for a label-only name.
- `resolution._opens_other_names`: an acronym-shaped word the page writes before several capitalised words ("MSN
  Spaces", "MSN Messenger") is no short form of the one body among them (review38's strict xfail, now a test in
  test_review38_actors.py). Near case: "UFJ" beside "UFJ Holdings" alone still folds.
- `acronyms.initialled_acronyms`: a word written as an acronym that spaCy labels nothing, whose letters are the
  initials of one discovered body a cue typed ("the Football Association" ... "two breaches of FA rules"): that body.
  Near cases: a title ("Tory MP" beside the Metropolitan Police, a registry body), an acronym in brackets, a body
  typed by spaCy's label alone.
"""

from __future__ import annotations


def test_a_plural_persons_noun_before_one_name_is_no_persons_cue(typed):
    found = typed("Shares rose on Monday, according to a report by City brokers Jefferies.")
    assert found["Jefferies"][0] != "person"


def test_near_case_names_joined_after_a_plural_noun_stay_persons(typed):
    found = typed("The film's stars Hilary Swank and Morgan Freeman were at the premiere on Sunday.")
    assert found["Hilary Swank"][0] == "person"
    assert found["Morgan Freeman"][0] == "person"


def test_near_case_a_singular_persons_noun_before_a_name_stays_a_cue(typed):
    found = typed("Shares rose on Monday, said City broker Jefferies in a note to clients.")
    assert found["Jefferies"] == ("person", "person-noun")


def test_a_plural_persons_noun_before_one_name_makes_it_a_body(typed):
    found = typed("Real slipped to 13 points behind leaders Barcelona with a 1-0 defeat at the hands of Sevilla.")
    assert found["Barcelona"] == ("organisation", "team-cue")


def test_near_case_names_listed_after_a_plural_noun_whatever_the_parse(typed):
    found = typed(
        "Original band members Bryan Ferry, Phil Manzanera, Andy Mackay and Paul Thompson will take to the stage. "
        "She presented CD:UK alongside hit presenters Ant and Dec."
    )
    assert found["Bryan Ferry"][0] == "person"
    assert found.get("Ant", ("person",))[0] == "person"


def test_an_acronym_opening_one_name_still_folds_onto_it(mentions):
    found = mentions(
        "Sumitomo Mitsui has withdrawn its offer for UFJ Holdings, enabling it to merge with Mitsubishi Tokyo. Concerns "
        "were raised about Sumitomo's ability to absorb UFJ."
    )
    ids = {text: actor_id for text, actor_id, _ in found}
    assert ids.get("UFJ") == ids.get("UFJ Holdings") is not None


def test_an_acronym_spacy_leaves_out_is_the_body_it_spells(linked):
    found = linked(
        "The Football Association has charged Liverpool and Millwall after crowd trouble. Millwall have been charged "
        "with two breaches of FA rules."
    )
    assert ("FA", "disc.football_association") in found


def test_an_acronym_in_a_compound_before_a_title_is_the_body(linked):
    found = linked(
        "Connors is not the first great name to offer his services to the Lawn Tennis Association. He praised the "
        "work of LTA performance director David Felgate."
    )
    assert ("LTA", "disc.lawn_tennis_association") in found


def test_near_case_a_title_is_no_acronym_of_a_body(linked):
    found = linked("Tory MP Patrick Mercer spoke to the Metropolitan Police about the bill.")
    assert not any(text == "MP" for text, _ in found)


def test_near_case_no_body_a_cue_typed_no_acronym(linked):
    found = linked("Some players complained about the Massive Online Game (MOG) and said MOG was too hard to quit.")
    assert not any(text == "MOG" for text, _ in found)
