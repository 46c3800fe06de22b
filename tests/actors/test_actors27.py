"""actors27 (issue 12): a role noun that refers back to a person given another form of the title ("Rep. Mark Meadows
... the congressman"), the lexicon's `title_role_nouns`, linked by `role-title`; with the near cases it must not
fire on."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id
from narrative_pipeline.actors.lexicon import default_lexicon


def test_the_lexicon_maps_abbreviated_titles_to_role_nouns():
    forms = default_lexicon().title_role_nouns
    assert "congressman" in forms["rep"]
    assert forms["sen"] >= {"senator"}
    assert forms["chief executive"] >= {"boss", "ceo"}


def test_the_congressman_after_rep(described):
    text = (
        "Rep. Mark Meadows will retire at the end of his term. The congressman said he would work for the White House."
    )
    assert described(text)["congressman"] == (discovered_id("Mark Meadows"), "role-title")


def test_the_senator_after_sen(described):
    text = "Sen. Elizabeth Warren criticised the plan on Monday. The senator said it would hurt families."
    assert described(text)["senator"] == (discovered_id("Elizabeth Warren"), "role-title")


def test_the_boss_after_chief_executive(described):
    text = "Chief executive Sally Brennick said sales had risen. The boss said the firm would hire more staff."
    assert described(text)["boss"] == (discovered_id("Sally Brennick"), "role-title")


def test_not_when_two_persons_were_given_the_form_before(described):
    text = (
        "Rep. Mark Meadows and Rep. Mark Walker spoke on Monday. The congressman said he would retire at the end"
        " of his term."
    )
    assert "congressman" not in described(text)


def test_the_first_holder_before_a_second_is_given_the_form(described):
    text = (
        "Rep. Mark Meadows will retire at the end of his term. The congressman said he would work for the White"
        " House. In 2012 Rep. Heath Shuler also retired. The congressman said he was tired."
    )
    found = {k: v for k, v in described(text).items() if k == "congressman"}
    assert found == {"congressman": (discovered_id("Mark Meadows"), "role-title")}  # the second is either's


def test_not_a_person_given_the_form_only_after_the_noun(described):
    text = "The congressman has not said why. Rep. Mark Meadows will retire at the end of his term."
    assert "congressman" not in described(text)


def test_not_after_an_indefinite_article(described):
    text = "She met a Sen. Tom Barker at the dinner. The senator said he was pleased."
    assert "senator" not in described(text)


def test_not_a_noun_of_another_title(described):
    text = "Rep. Mark Meadows will retire at the end of his term. The governor said he would miss him."
    assert "governor" not in described(text)


def test_the_title_with_the_words_before_the_form(described):
    text = (
        "The forum was proposed by US Congresswoman Maxine Waters. The leaders complimented the US Congresswoman"
        " for the idea."
    )
    assert described(text)["US Congresswoman"] == (discovered_id("Maxine Waters"), "role-title")


def test_not_a_person_given_the_form_with_a_role_modifier(described):
    text = "Former Rep. Heath Shuler backed the plan on Monday. The congressman said he was pleased."
    assert "congressman" not in described(text)
