"""actors40 (issue 12): two company cues that name no company.

- `typing.company_cue`: a loss or a bid (`person_possessions`) of a name spaCy labels a person is no company's
  ("Dion's weight loss", "the losses of Carter", "Bennett's bid"); a company's loss or bid still is ("Softbank's
  loss", "Xstrata's bid"), and so is any other possession of a name labelled a person ("Foster's shares").
- `nonactors.flora_name`: one word before a noun of plants (`flora_nouns`) that the page also writes in lower case
  is a plant's name ("the Bougainvillea plant" ... "prune your bougainvillea"), not a company's factory; a company's
  plant stays ("the Nissan plant in Sunderland").
- `nationality.demonym_as_language`: a nationality word that is the object of a verb of language (`language_verbs`)
  names the language ("she spoke no English", "learning Japanese"), not the state; a nationality before a noun after
  such a verb stays ("to teach Chinese officials"), as does one that acts ("the French said")."""

from __future__ import annotations

HEADLINE = "Headline\n\n"


def test_a_persons_weight_loss_makes_no_company(typed):
    text = "Fans said Dion's weight loss worried them. Dion said she was happy and that she felt strong."
    assert {typed(text)["Dion"][0]} == {"person"}


def test_a_candidates_bid_makes_no_company(typed):
    text = (
        "The congressman's wife appears to be supporting Bennett's bid for the seat. Bennett told voters he would win."
    )
    assert typed(text)["Bennett"][0] == "person"


def test_the_losses_of_a_candidate_make_no_company(typed):
    text = "With the losses of Carter in 1980 and Mondale in 1984, the party changed course."
    assert typed(text)["Carter"] == ("person", "ner-label")


def test_near_case_a_companys_loss_is_still_a_company(own_verdicts):
    found = own_verdicts("Vodaline's loss widened to $2bn in the third quarter, the firm said.")
    assert found["Vodaline"] == ("company-cue", "company")


def test_near_case_other_possessions_of_a_name_labelled_a_person_still_make_a_company(own_verdicts):
    found = own_verdicts("Foster's shares fell 3.7% to A$5.44 on Monday.")
    assert found.get("Foster") in {("company-cue", "company"), None}


def test_a_plant_the_page_writes_in_lower_case_is_no_actor(typed):
    text = (
        "The Bougainvillea plant has become a very popular plant for spring and summer color. Prune your "
        "bougainvillea after it flowers, and Bougainvillea will bloom again in a few weeks."
    )
    assert "Bougainvillea" not in typed(text)


def test_near_case_a_companys_plant_stays_a_company(own_verdicts):
    text = "Some 2,000 jobs at the Nissan plant in Sunderland may be cut, the carmaker said on Monday."
    found = own_verdicts(text)
    assert found.get("Nissan", ("company-cue", "company")) != ("flora-name", None)


def test_a_language_spoken_or_learnt_is_no_state(linked):
    found = linked("Since she spoke no English, she had to learn a new language. Now she is learning Japanese.")
    assert not {a for _, a in found} & {"england", "state_jpn", "united_kingdom"}


def test_studying_a_language_is_no_state(linked):
    found = linked("Questions about studying Japanese in Japan? Take a look at our guide.")
    assert ("Japanese", "state_jpn") not in found


def test_near_case_a_nationality_before_a_noun_after_a_verb_of_language_stays(linked):
    found = linked("The envoy will teach Chinese officials how the scheme works, the ministry said.")
    assert any(t == "Chinese" for t, _ in found)


def test_near_case_a_nationality_that_acts_stays(linked):
    found = linked("The French said they would speak to the Germans about the treaty.")
    assert any(t == "French" for t, _ in found)
