"""actors78 (session 52, issue 12): a capital spaCy labels a person's name keeps its state where it acts for it and the
page gives no sign of a person of that name (`state_acting_under_a_persons_label`: "Kyiv's counter-offensive has
stalled", "Kiev rejected the offer"); a capital right after a person's title is the person whatever its label ("said
Mr Wellington", which linked New Zealand)."""

from __future__ import annotations

import pytest

RULE = "capital-as-person"


@pytest.mark.parametrize(
    ("text", "surface", "state"),
    [
        ("Kyiv's counter-offensive has stalled in the south.", "Kyiv", "state_ukr"),
        ("Kiev rejected the offer.", "Kiev", "state_ukr"),
        ("Yerevan's counter-offensive has stalled in the south.", "Yerevan", "state_arm"),
        ("Khartoum rejected the proposal on Monday.", "Khartoum", "state_sdn"),
        ("Baku rejected the proposal on Monday.", "Baku", "state_aze"),
        ("Tallinn rejected the proposal on Monday.", "Tallinn", "state_est"),
        ("Officials in Tbilisi denied the report. Tbilisi has imposed new sanctions.", "Tbilisi", "state_geo"),
    ],
)
def test_a_capital_labelled_a_person_that_acts_keeps_its_state(verdicts, linked, text, surface, state):
    """Each of these fails on main 88b6c762 (`capital-as-person` drops the name, a discovered person follows)."""
    assert RULE not in [rule for s, rule in verdicts(text) if s == surface]
    assert (surface, state) in linked(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Judge Paris told the court.", "Paris"),  # a title before it
        ("Mr Stanley said spam was growing.", "Stanley"),
        ("Lord Hamilton ruled on the appeal.", "Hamilton"),
        ("Mr Kiev arrived late. Kiev rejected the offer.", "Kiev"),  # a title before it elsewhere on the page
        ("Kiev's wife said nothing.", "Kiev"),  # owns a person
    ],
)
def test_a_capital_with_a_sign_of_a_person_stays_a_person(verdicts, linked, text, surface):
    assert (surface, RULE) in verdicts(text)
    assert not any(s == surface and a.startswith("state_") for s, a in linked(text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [("Paris Hilton arrived late.", "Paris Hilton"), ("Sydney Smith wrote the essay.", "Sydney Smith")],
)
def test_a_capital_inside_a_persons_name_stays_the_person(linked, text, surface):
    assert (surface, f"disc.{surface.lower().replace(' ', '_')}") in linked(text)


def test_lincoln_the_person_is_no_state(linked):
    assert linked("Lincoln freed the slaves.") == {("Lincoln", "disc.lincoln")}


def test_a_copulas_subject_is_described_not_acting(verdicts):
    """ "Lisbon is about everything" (the Lisbon agenda, an article of the business section): no act of Portugal."""
    text = 'Officials met in Lisbon. "Lisbon is about everything," the report said.'
    assert [r for s, r in verdicts(text) if s == "Lisbon"][-1] == RULE


def test_a_capital_after_a_title_is_the_person_whatever_its_label(verdicts, linked):
    """An article of the politics section: "Bob Wellington ... said Mr Wellington" linked New Zealand (spaCy's GPE)."""
    text = 'Bob Wellington of Torfaen spoke. "It is vital," said Mr Wellington.'
    assert [r for s, r in verdicts(text) if s == "Wellington"] == ["part-of-a-longer-person-name", RULE]
    assert not any(a == "state_nzl" for _, a in linked(text))


def test_a_capital_after_a_title_word_in_lower_case_keeps_the_state(linked):
    assert ("Moscow", "state_rus") in linked("The general said Moscow had rejected the plan.")


@pytest.mark.xfail(
    strict=True,
    reason="a capital spaCy labels a place that is a word of a person the page names in full "
    "('Denzel Washington ... Washington said'): no corpus row (BBC, web), left to the state",
)
def test_a_bare_surname_of_a_person_named_in_full(linked):
    assert ("Washington", "state_usa") not in linked(
        "Denzel Washington won the award. Washington said he was delighted."
    )
