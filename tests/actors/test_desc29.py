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


def test_the_lead_title_itself_is_not_linked_to_a_person_named_after_it(described):
    found = described(LEAD + " However, the minister said more nurses were needed.")
    assert "health minister" not in found


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
