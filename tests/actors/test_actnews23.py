"""actnews23 (issue 12: actors on any news): an acronym an article defines in brackets after an organisation's name is
that organisation wherever the article writes it later, found by spaCy or not; an organisation's name spaCy cut after
its last "of" ("[The Public Health Agency of] Canada") goes on over the capitalised words after it. With the near cases
that must not change: an acronym no bracket defines, an acronym that does not spell the name, one used before its
definition, a registry acronym, and a name that really ends before "of" is no concern of the rule ("a report of
Amnesty")."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors.acronyms import spells


def test_an_acronym_spells_a_name_with_its_suffix_left_unspelt():
    assert spells("SDK", "Showa Denko K.K.")
    assert spells("PHAC", "Public Health Agency of Canada")
    assert spells("YAT", "Youth Accountability Team")


def test_near_case_an_acronym_of_other_letters_spells_nothing():
    assert not spells("ABC", "Youth Accountability Team")
    assert not spells("BT", "BBC Three")
    assert not spells("S", "Showa Denko")


def test_later_uses_of_a_bracketed_acronym_are_the_organisation(mentions):
    found = mentions(
        "The Public Health Agency of Canada (PHAC) published the figures on Monday. PHAC said cases were rising. "
        "A PHAC spokesperson declined to comment."
    )
    ids = {(t, a) for t, a, _ in found}
    assert ("Public Health Agency of Canada", "disc.public_health_agency_of_canada") in ids
    assert sum(1 for t, a, _ in found if t == "PHAC" and a == "disc.public_health_agency_of_canada") >= 2
    assert all(a != "disc.phac" for _, a, _ in found)


def test_an_acronym_spacy_finds_folds_onto_its_defining_name(linked):
    found = linked(
        "The Citizens Independent Transportation Trust (CITT) met on Monday. "
        "The CITT chair said the money was spent well. Members of CITT voted against the plan."
    )
    assert ("CITT", "disc.citizens_independent_transportation_trust") in found
    assert all(a != "disc.citt" for _, a in found)


def test_near_case_an_acronym_no_bracket_defines_keeps_its_own_id(linked):
    found = linked(
        "The Citizens Independent Transportation Trust met on Monday. Later the XYZQ group said the money was wasted."
    )
    assert all(a != "disc.citizens_independent_transportation_trust" for t, a in found if t == "XYZQ")


def test_near_case_a_use_before_the_definition_is_left_alone(mentions):
    found = mentions(
        "Officials at PHAC were busy on Monday. The Public Health Agency of Canada (PHAC) later published the figures."
    )
    assert sum(1 for t, a, _ in found if t == "PHAC" and a == "disc.public_health_agency_of_canada") <= 1


def test_near_case_a_registry_acronym_keeps_its_registry_link(linked):
    found = linked("The European Union (EU) agreed the plan. The EU said it would act.")
    assert ("EU", "eu") in found


def test_an_organisations_name_cut_after_of_takes_the_place_after_it(linked):
    found = linked("The ACLU Foundations of California joined the lawsuit on Monday.")
    assert ("ACLU Foundations of California", "disc.aclu_foundations_of_california") in found


def test_a_later_head_of_an_of_name_is_the_same_organisation(linked):
    found = linked(
        "The ACLU Foundations of California joined the lawsuit on Monday. "
        "A spokesman for the ACLU Foundation said the case was strong."
    )
    assert ("ACLU Foundation", "disc.aclu_foundations_of_california") in found
    assert all(a != "disc.aclu_foundation" for _, a in found)


def test_a_bank_named_in_full_then_by_its_head(linked):
    found = linked("The National Bank of Greece reported a loss. The National Bank said it would cut jobs.")
    assert ("National Bank", "disc.national_bank_of_greece") in found


def test_near_case_a_place_before_a_body_is_no_head_of_it(linked):
    found = linked(
        "The Riverside County Probation Department runs the program. A Riverside County judge said it was fair."
    )
    assert all(a != "disc.riverside_county_probation_department" for t, a in found if t == "Riverside County")


def test_near_case_a_registry_name_keeps_its_link(linked):
    found = linked("The Bank of England raised rates. The Bank said inflation was too high.")
    assert ("Bank of England", "bank_of_england") in found


def test_a_field_after_a_title_and_of_is_no_actor(linked):
    found = linked("Ana Ruiz is Director of Education Equity at the ACLU. She said the numbers were alarming.")
    assert all(t != "Education Equity" for t, _ in found)


def test_near_case_a_firm_after_a_title_and_of_stays(linked):
    found = linked("John Smith, the President of Goldman Sachs, said the bank was strong.")
    assert ("Goldman Sachs", "disc.goldman_sachs") in found


def test_an_ethnic_label_is_no_actor(linked):
    found = linked(
        "Critics say the program targets Black and Latinx youth. Some 370 million people identify as Indigenous."
    )
    assert all(t not in {"Latinx", "Indigenous"} for t, _ in found)


@pytest.mark.xfail(
    strict=True,
    reason="a firm named by partners' surnames and commas is split into persons; no cue in the corpora to write a rule "
    "from (0 such lists on BBC or the web pages outside the blind gold)",
)
def test_a_firm_named_with_commas_is_one_company(linked):
    found = linked("Lawyers from the law firm Sheppard, Mullin, Richter, and Hampton filed the suit on Monday.")
    assert all(t not in {"Mullin", "Hampton"} for t, _ in found)


@pytest.mark.xfail(
    strict=True,
    reason="a county's own body named in lower case after its place (ANNOTATION: a government body is an actor; its "
    "name in lower case and 'the department' after it are mentions of one government actor); no rule makes the name",
)
def test_a_county_body_in_lower_case_is_a_government_actor(mentions):
    found = mentions(
        "The Riverside County, California probation department runs the program. "
        "The probation department said it would appeal."
    )
    assert any(t.endswith("probation department") and a for t, a, _ in found)


def test_near_case_a_person_of_a_country_is_not_extended(linked):
    found = linked("Myskina now plays France's Mary Pierce, who beat Francesca Schiavone of Italy 6-3 6-3.")
    assert all(not t.endswith("of Italy") for t, _ in found)


def test_near_case_a_place_owning_what_follows_is_not_taken_into_the_name(linked):
    found = linked(
        "Costings were published in the Quarterly Economic Commentary of Strathclyde University's Fraser of Allander "
        "Institute."
    )
    assert ("Strathclyde University", "disc.strathclyde_university") in found
