"""review9: findings on actors.rules.v11 (made-up sentences; each failed on the merged claims9 + actors9 code; the
fixed ones, in actors.rules.v12, are plain tests, the others strict xfail)."""

from __future__ import annotations

import pytest

XFAIL = pytest.mark.xfail(strict=True)


def test_a_namesake_spelled_one_letter_apart_is_not_the_registry_minister(linked):
    # the registry's Alan Johnson (a UK minister) takes the BBC's Alan Johnston by fuzzy match
    found = linked("Alan Johnston, the BBC's Gaza correspondent, was freed on Wednesday.")
    assert ("Alan Johnston", "alan_johnson") not in found


@pytest.mark.parametrize("nation", ["Northern Ireland's", "Wales's"])
def test_another_nations_first_minister_is_not_scotlands(described, nation):
    # _state_owner accepts any part of the holder's state: Jack McConnell becomes Wales's first minister
    text = f"Jack McConnell visited the city on Monday. {nation} first minister said the talks had failed."
    assert described(text).get("first minister", (None,))[0] != "jack_mcconnell"


@pytest.mark.parametrize("office", ["The Welsh first minister", "The Northern Ireland first minister"])
def test_another_nations_first_minister_by_its_modifier_is_not_scotlands(described, office):
    # spaCy makes the nation an `nmod` of "minister", which Described.mods (amod, compound) does not count, so
    # no rival office is noted ("The Israeli prime minister" after Tony Blair is left alone)
    text = f"Jack McConnell visited the city on Monday. {office} said the plan was sound."
    assert described(text).get("first minister", (None,))[0] != "jack_mcconnell"


def test_a_former_holder_is_not_the_office_when_the_holder_of_the_day_is_named(described):
    # offices carry no dates: "the Iranian president" went to Khatami, named as the former president (fixed in
    # actors.rules.v14: a registry office is not a holder the article names with a role modifier before it)
    text = (
        "Former president Mohammad Khatami criticised Mahmoud Ahmadinejad."
        " The Iranian president said talks would continue."
    )
    assert described(text).get("president", (None,))[0] != "mohammad_khatami"


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany have agreed a deal. Officials said the country would benefit.",
        "Greece and Turkey signed a treaty on Monday. The country's prime minister said it was historic.",
    ],
)
def test_the_country_after_two_states_said_together_is_neither(described, text):
    # the sentence before names two states once each: the 'said last' tie-break of _state_so_far takes the second
    assert "country" not in described(text)


def test_the_organisation_is_not_one_named_before_when_its_own_sentence_names_another(described):
    # BBC 'eu-fraud-clampdown-urged': the European Anti-Fraud Office (not found by NER) is no mention, so
    # "the organisation" goes to the EU of the sentence before
    text = (
        "The government must press the EU to act on fraud."
        " A spokesman for the European Anti-Fraud Office said the organisation agreed with the NAO."
    )
    assert described(text).get("organisation", (None,))[0] != "eu"
