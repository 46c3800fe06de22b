"""actors13: descriptor constructions on unseen news, each with made-up sentences (positive and negative)."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Kestrel Mining fell 9% on Monday. The Australian firm said its profits would halve.",
        "Shares in Kestrel Mining fell 9% on Monday. Last year the US-based company sold its coal arm.",
    ],
)
def test_a_kind_noun_with_a_place_word_is_the_firm_named(described, text):
    found = {k.split()[-1]: v for k, v in described(text).items()}
    assert next(iter(found.values()), (None,))[0] == discovered_id("Kestrel Mining")


def test_a_kind_noun_with_another_modifier_is_not_the_firm_named(described):
    text = "Shares in Kestrel Mining fell 9% on Monday. The rival firm said its profits would halve."
    assert not any(k.endswith("firm") for k in described(text))


def test_a_kind_noun_with_a_place_word_after_two_firms_is_neither(described):
    text = (
        "Kestrel Mining and Harrow Metals fell 9% on Monday. Kestrel Mining and Harrow Metals both cut jobs."
        " The Australian firm said its profits would halve."
    )
    assert not any(k.endswith("firm") for k in described(text))


def test_a_team_noun_with_a_place_word_is_not_said(described):
    text = "Cardiff Blues beat Leinster 24-10 on Saturday. Cardiff Blues scored three tries. The Irish side never recovered."
    assert not any(k.endswith("side") for k in described(text))


def test_the_organisation_is_the_one_named_before_when_its_own_sentence_names_no_other(described):
    text = (
        "The Surrey Wildlife Trust criticised the bill on Monday."
        " A spokesman said the organisation would fight it in court."
    )
    assert described(text).get("organisation", (None,))[0] == discovered_id("Surrey Wildlife Trust")


def test_the_organisation_is_not_the_one_named_before_when_its_own_sentence_names_another(described):
    text = (
        "The Surrey Wildlife Trust criticised the bill on Monday."
        " A spokesman for the Kent Anglers Board said the organisation would fight it in court."
    )
    assert "organisation" not in described(text)


def test_a_kind_noun_with_a_place_word_after_another_firm_is_neither(described):
    text = (
        "Shares in Kestrel Mining fell 9% on Monday. Kestrel Mining said it would sell a mine to Harrow Metals plc."
        " The Australian firm said its profits would halve."
    )
    assert not any(k.endswith("firm") for k in described(text))


def test_the_club_is_the_club_named_just_before(described):
    text = (
        "Harrowgate Rovers have sacked their manager after five straight defeats."
        " Harrowgate Rovers said the club would appoint a successor next week."
    )
    assert described(text).get("club", (None,))[0] == discovered_id("Harrowgate Rovers")


def test_the_club_is_never_a_national_team(described):
    text = (
        "England beat Wales 2-0 in the qualifier on Saturday. England were the better side."
        " The striker said the club had let him join the squad late."
    )
    assert "club" not in described(text)


def test_the_club_after_two_clubs_named_as_often_is_neither(described):
    text = "Harrowgate Rovers drew 1-1 with Kestrel Athletic on Saturday. The club said the referee had made mistakes."
    assert "club" not in described(text)


def test_the_singer_is_the_one_person_named_once_as_a_star(described):
    text = (
        "Pop star Kara Bell has attacked tabloid magazines over their claims."
        " In a letter on her website, the singer named three magazines."
    )
    assert described(text).get("singer", (None,))[0] == discovered_id("Kara Bell")


def test_the_singer_is_not_the_one_person_named_once_in_another_role(described):
    text = (
        "Record label boss John Smith has attacked tabloid magazines over their claims."
        " In a letter on her website, the singer named three magazines."
    )
    assert "singer" not in described(text)


def test_the_singer_is_not_one_of_two_persons_named_once(described):
    text = (
        "Pop star Kara Bell and her manager Tom Reed have attacked tabloid magazines."
        " In a letter on her website, the singer named three magazines."
    )
    assert "singer" not in described(text)
