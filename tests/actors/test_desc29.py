"""desc29 (issue 12, descriptors on news nobody tuned the rules to): a news lead that gives a title and names its
holder only in the next sentence ("Scotland's justice minister has warned ... Cathy Jamieson said") gives that person
the title, so a later "the minister" is hers (`titles.lead_titles`, read by `role-title`). With the near cases it must
not fire on. Every sentence is made up."""

from __future__ import annotations

LEAD = (
    "Wales's health minister has warned hospitals that waiting lists must fall this year. "
    "Gwen Pryce said the money for new wards was already in place."
)


def test_the_minister_after_a_lead_title_is_the_person_named_next(described):
    text = LEAD + " Doctors welcomed the plans. However, the minister said more nurses were needed."
    assert described(text).get("minister") == ("disc.gwen_pryce", "role-title")


def test_the_lead_title_after_the_determiner(described):
    text = (
        "The information commissioner has ordered the council to publish its files. "
        "Richard Thorne said the public had a right to know. Councillors asked the commissioner to wait."
    )
    assert described(text).get("commissioner") == ("disc.richard_thorne", "role-title")


def test_the_lead_title_of_a_states_office_is_the_person_named_after_it(described):
    # turned round by actors83: a state's office ("Wales's health minister") whose holder the next sentence names is a
    # mention of that holder (the page names the holder with the office); desc29 had left the lead's own title alone
    found = described(LEAD + " However, the minister said more nurses were needed.")
    assert found.get("health minister") == ("disc.gwen_pryce", "role-title")


def test_the_lead_title_of_no_state_is_not_linked_to_a_person_named_after_it(described):
    text = (
        "The information commissioner has ordered the council to publish its files. "
        "Richard Thorne said the public had a right to know. Councillors asked the commissioner to wait."
    )
    assert [k for k in described(text)] == ["commissioner"]  # the later one only


def test_a_lead_that_names_a_person_gives_no_title(described):
    text = (
        "Wales's health minister has criticised Dr Owen Baird over waiting lists. "
        "Gwen Pryce said the money for new wards was already in place. However, the minister said more was needed."
    )
    assert described(text).get("minister", (None, None))[1] != "role-title"


def test_an_indefinite_lead_gives_no_title(described):
    text = (
        "A health minister has warned hospitals that waiting lists must fall. "
        "Gwen Pryce said the money was in place. However, the minister said more nurses were needed."
    )
    assert described(text).get("minister", (None, None))[1] != "role-title"


def test_a_person_not_the_subject_of_the_next_sentence_is_not_given_it(described):
    text = (
        "Wales's health minister has warned hospitals that waiting lists must fall this year. "
        "The plans were praised by Gwen Pryce. However, the minister said more nurses were needed."
    )
    assert described(text).get("minister", (None, None))[1] != "role-title"


def test_a_second_holder_of_the_title_makes_it_either(described):
    text = LEAD + " Education minister Huw Rees agreed. However, the minister said more nurses were needed."
    assert described(text).get("minister", (None, None)) != ("disc.gwen_pryce", "role-title")


def test_a_former_holder_in_the_lead_gives_no_present_title(described):
    text = (
        "The former health minister has warned hospitals that waiting lists must fall. "
        "Gwen Pryce said the money was in place. However, the minister said more nurses were needed."
    )
    assert described(text).get("minister", (None, None)) != ("disc.gwen_pryce", "role-title")


def test_a_lead_subject_that_is_a_name_gives_no_title(described):
    text = (
        "The Scottish Executive has lost a court case over prison conditions. "
        "Robert Napier said the practice breached his rights. The executive faces more claims."
    )
    assert described(text).get("executive", (None, None))[0] != "disc.robert_napier"


# The government the article is about: a state said only as an owner or a modifier ("Brazil's unemployment rate").

BRAZIL = "Brazil's unemployment rate fell to its lowest level in three years in December."


def test_the_government_of_the_one_state_said_as_an_owner(described):
    text = BRAZIL + " The jobless rate averaged 11.5% last year, the government said."
    assert described(text).get("government") == ("state_bra", "state-descriptor")


def test_the_government_of_a_state_said_as_a_modifier(described):
    text = "The US economy grew faster than expected. The figure was ahead of the 3.1% the government estimated."
    assert described(text).get("government") == ("state_usa", "state-descriptor")


def test_a_second_state_anywhere_leaves_the_government_unlinked(described):
    text = BRAZIL + " The jobless rate averaged 11.5% last year, the government said. Exports to Argentina rose."
    assert described(text).get("government", (None, None))[1] != "state-descriptor"


def test_a_state_said_only_as_a_place_gives_no_government(described):
    text = "Tourists in Spain face higher prices this summer. The government said it would act."
    assert described(text).get("government", (None, "")) != ("state_esp", "state-descriptor")


def test_a_state_said_after_the_noun_is_not_taken(described):
    text = "The jobless rate averaged 11.5% last year, the government said. " + BRAZIL
    assert described(text).get("government", (None, "")) != ("state_bra", "state-descriptor")
