"""actors55 (issue 12, actors on any news): a one-word surname typed a team by `team-cue` on a page that names its
person in full (`surname-of-person`); a one-word name with person evidence of its own (`person-evidence`); a one-word
name of two words run together typed a person by spaCy's label (`camel-case-name`); a US state typed a state
(`us-state`, and `place-descriptor`'s "the state"). Each sentence through the real parse (`typed` / `mentions` /
`described` of tests/actors/conftest.py)."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import default_lexicon
from narrative_pipeline.actors.discovery import camel_case_body

THANOU = (
    "Katerina Thanou is confident she will not be punished for missing drugs tests. "
    "Thanou's coach Christos Tzekos was also suspended by the IAAF."
)


def test_a_surname_typed_a_team_is_the_person_named_in_full(mentions, typed):
    """ "Thanou's coach" made "Thanou" a team (`team-cue`); the page names Katerina Thanou: the surname is hers."""
    assert ("Thanou", "disc.katerina_thanou", "surname") in mentions(THANOU)


@pytest.mark.parametrize(
    "text",
    [
        # a company cue as well: the club, not the person
        "Aston Villa's Carlton Cole could be out for six weeks with a knee injury. \"Carlton will be out of action for "
        "four to six weeks after a bad challenge,\" said Villa boss David O'Leary. The emergence of Luke Moore has "
        "alleviated some of the Villa's manager's problems in that department.",
        # two persons share the surname: whose?
        "Jason Robinson and Andy Robinson spoke. Robinson's coach lost to Ireland.",
    ],
)
def test_a_surname_typed_a_team_stays_where_the_page_is_unclear(mentions, text):
    assert not any(t in {"Villa", "Robinson"} and m == "surname" for t, _, m in mentions(text))


def test_a_one_word_person_spacy_labels_an_organisation(typed):
    """actors54's strict xfail: "Juninho could reconsider his future" is a pronoun of his own clause."""
    text = (
        "Mexican outfit Red Sharks hope to sign Juninho. Hassell warns that Juninho could reconsider his future at "
        "Celtic. Juninho was signed from Middlesbrough during the summer."
    )
    assert typed(text)["Juninho"][0] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a noun between the name and the pronoun: his may be Mourinho's
        ("Celtic thanked Mourinho for his work.", "Celtic"),
        # a copula: the subject is his, not he
        ("If he has no firm offer, Veracruz will be his destination.", "Veracruz"),
    ],
)
def test_a_one_word_name_without_evidence_of_its_own_stays(typed, text, name):
    assert typed(text).get(name, ("", ""))[1] != "person-evidence"


@pytest.mark.xfail(
    strict=True,
    reason="a body's own act on a person's thing ('elected his successor', 'extended his contract') reads as a "
    "person's pronoun of its own clause; no such row on either corpus (actors55-try2), so no guard was written",
)
def test_a_body_that_acts_on_someone_elses_thing_stays_a_body(typed):
    text = "Police said Veracruz lost its mayor. Veracruz elected his successor."
    assert typed(text).get("Veracruz", ("", ""))[1] != "person-evidence"


@pytest.mark.parametrize("name", ["OpenAI", "DirectTV", "DaimlerChrysler", "GlaxoSmithKline", "CorkBeo"])
def test_two_words_run_together_are_a_bodys_name(name):
    assert camel_case_body(name, default_lexicon())


@pytest.mark.parametrize("name", ["McCain", "DiCaprio", "MacDonald", "MacKenzie", "DeBarras", "Thanou", "NASA", "iPod"])
def test_a_persons_name_with_a_prefix_is_not(name):
    assert not camel_case_body(name, default_lexicon())


def test_a_camel_case_name_typed_a_person_by_its_label_is_a_body(typed):
    text = "Researchers at OpenAI in San Francisco revealed an algorithm. OpenAI said it would publish the code."
    assert typed(text)["OpenAI"][0] in {"organisation", "company"}


def test_a_us_state_that_acts_is_a_state(typed, described):
    text = (
        "California sets fines for spyware. In Washington, Congress has been debating four bills, but California is "
        "a step ahead. The state is currently reviewing proposals from California firms."
    )
    assert typed(text)["California"] == ("state", "us-state")
    assert described(text)["state"][0] == "disc.california"


def test_new_york_alone_may_be_the_city(typed):
    text = "New York ramps up mass burials amid virus outbreak. New York said it had hired labourers."
    assert typed(text).get("New York", ("", ""))[0] != "state"


def test_the_first_word_of_a_camel_case_name_is_its_short_form(mentions):
    """ "Glaxo" in the headline and the body of a piece on GlaxoSmithKline: the firm, not a second company."""
    text = (
        "GlaxoSmithKline saw its profits fall 9% last year, but Europe's biggest drugmaker says a recovery is on the "
        "way. Glaxo is relying on new treatments to lift the pace of growth."
    )
    assert ("Glaxo", "disc.glaxosmithkline", "short-form") in mentions(text)


def test_a_state_name_that_opens_a_firms_name_is_the_firm(mentions):
    text = (
        "Texas Instruments has unveiled a chip for cheap mobiles. Texas said the chip would cut the cost of handsets."
    )
    assert all(a != "disc.texas" for t, a, _ in mentions(text) if t == "Texas")


def test_a_one_word_persons_unlabelled_mentions_are_the_person(mentions, typed):
    """'Juninho deserves respect' (no entity of spaCy's) after "Juninho could reconsider his future"."""
    text = (
        "Mexican outfit Red Sharks hope to sign Juninho. Hassell warns that Juninho could reconsider his future at "
        'Celtic. "Juninho deserves respect. He is not a little kid."'
    )
    assert [a for t, a, _ in mentions(text) if t == "Juninho"] == ["disc.juninho"] * 3
    assert typed(text)["Juninho"][0] == "person"  # the last, which spaCy leaves unlabelled, too
