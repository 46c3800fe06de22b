"""Actor-link errors a researcher found in BBC politics output (issue 12, session 11), each on made-up
sentences, with the case the rule must leave alone."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id


def test_a_common_word_after_a_title_is_the_surname_of_a_registry_person(mentions):
    found = mentions("For the Greens, Vince Cable said the plan had failed. Mr Cable said taxes would rise.")
    assert [(t, a) for t, a, _ in found if t == "Cable"] == [("Cable", "vince_cable")]


def test_a_common_word_with_no_title_is_still_no_name(mentions):
    found = mentions("The firm sells Cable and Home packages. Cable prices rose.")
    assert not any(t in {"Cable", "Home"} for t, _, _ in found)


def test_a_name_typed_by_its_label_alone_is_a_person_when_titled_after(mentions):
    found = mentions("For the Greens, Jim Cable said the plan had failed. Mr Cable said taxes would rise.")
    ids = {t: a for t, a, _ in found}
    assert ids.get("Cable") == ids.get("Jim Cable") == discovered_id("Jim Cable")


def test_a_spelling_variant_of_a_registry_person_lends_its_surname_the_registry_id(mentions):
    found = mentions("Vincent Cable says households struggle with debt. Mr Cable said banks were to blame.")
    ids = {t: a for t, a, _ in found}
    assert ids.get("Vincent Cable") == ids.get("Cable") == "vince_cable"


def test_the_g8_is_not_the_g7(linked):
    found = linked("The G8 summit will be held in July. G7 ministers met on Friday.")
    assert ("G8", "g8") in found and ("G7", "g7") in found


def test_a_nationality_joined_to_another_adjective_names_people(linked):
    assert not any(t == "British" for t, _ in linked("Ministers want to hold foreign and British suspects."))
    assert not any(t == "British" for t, _ in linked("At that time, suspects (foreign and British were interned."))


def test_a_nationality_of_troops_is_still_the_state(linked):
    found = linked("The minister said British and American troops had left.")
    assert ("British", "state_gbr") in found and ("American", "state_usa") in found


def test_a_party_a_clause_says_is_another_is_not_the_party_named_there(described):
    found = described("The Greens may have replaced the Tories as the party challenging Labour for power.")
    assert "party" not in found


def test_the_party_with_a_clause_naming_no_party_is_still_the_party_named_last(described):
    found = described("UKIP met on Monday. Give the seats back to the party which won them.")
    assert found.get("party") == ("ukip", "named-group-head")
    found = described("UKIP met on Monday. The party, which was founded in 1993, is growing.")
    assert found.get("party") == ("ukip", "named-group-head")


def test_a_firm_a_clause_says_is_another_is_not_the_firm_named_there(described):
    found = described("Shares in Cairn Energy fell. The firm that bought Cairn Energy said profits were up.")
    assert "firm" not in found


def test_a_title_after_the_holders_state_is_the_whole_office(described):
    found = described("Prime Minister Tony Blair met Mr Chirac. The British prime minister said the talks went well.")
    assert found == {"prime minister": ("tony_blair", "role-title")}


def test_a_title_after_another_state_is_not_the_holders(described):
    found = described("Prime Minister Tony Blair met Mr Chirac. The French prime minister said the talks went well.")
    assert found == {}
