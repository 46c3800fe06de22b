"""actors28 (issue 12): `name-words`, a descriptor whose modifiers are words of one named organisation's name ("the
emergency team" after "National Public Health Emergency Team", "the salon chain" after "Aisha's Salon and Spa"); with
the near cases it must not fire on."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id

NPHET = "The National Public Health Emergency Team met on Monday to discuss the figures."


def test_the_last_words_of_the_name(described):
    text = NPHET + " The minister said the emergency team had advised a lockdown."
    assert described(text)["emergency team"] == (discovered_id("National Public Health Emergency Team"), "name-words")


def test_a_kind_noun_after_a_word_of_the_name(described):
    text = (
        "Aisha's Salon and Spa was founded 30 years ago to create a safe space for women. The police are now"
        " investigating an incident at the salon chain's location in the Copperfield area."
    )
    found = described(text)["salon chain"]
    assert found[1] == "name-words"


def test_not_a_modifier_the_name_does_not_hold(described):
    text = NPHET + " The minister said the rival team had advised a lockdown."
    assert described(text).get("rival team", (None, None))[1] != "name-words"


def test_not_a_noun_no_kind_the_name_does_not_end_with(described):
    text = NPHET + " The minister said the health advice had changed."
    assert "health advice" not in described(text)


def test_not_when_two_named_names_end_with_the_words(described):
    text = (
        "The Indian Supreme Court and the Pakistani Supreme Court both heard the case on Monday. Lawyers said"
        " the supreme court would rule next week."
    )
    assert described(text).get("supreme court", (None, None))[1] != "name-words"


def test_not_before_the_organisation_is_named(described):
    text = "The minister said the emergency team had advised a lockdown. " + NPHET
    assert "emergency team" not in described(text)


def test_not_capitalised(described):
    text = NPHET + " The minister said the Emergency Team had advised a lockdown."
    assert described(text).get("Emergency Team", (None, None))[1] != "name-words"


def test_not_the_whole_name(described):
    text = "The Emergency Team met on Monday to discuss the figures. The minister said the emergency team had agreed."
    assert described(text).get("emergency team", (None, None))[1] != "name-words"


def test_not_a_plural(described):
    text = NPHET + " The minister said the emergency teams of the hospitals were tired."
    assert "emergency teams" not in described(text)


def test_not_when_another_organisation_was_named_since(described):
    text = (
        "The painting was bought by the Kimbell Art Museum in Texas. In 2014 the European Commission launched a"
        " foundation in Paris. The art museum houses the collections."
    )
    assert "art museum" not in described(text)


def test_the_last_organisation_named(described):
    text = "The painting was bought by the Kimbell Art Museum in Texas. Its director said the art museum would show it."
    assert described(text)["art museum"] == (discovered_id("Kimbell Art Museum"), "name-words")


def test_not_when_a_word_before_the_modifiers_is_no_modifier(described):
    text = (
        "Labour's manifesto will set out the plan. But the all-party group, including Ken Clarke and Robin Cook,"
        " said the Labour Party should go further."
    )
    assert "party group" not in described(text)
