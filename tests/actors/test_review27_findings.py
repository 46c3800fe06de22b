"""review27: fresh-eyes findings on session 26's actor rules (desc26's `former-office`, actors36's first names).

Every sentence is made up. Fixed ones are plain tests; what is left is a strict xfail."""

from __future__ import annotations

import pytest

BLAIR_CLINTON = "Tony Blair met former US President Bill Clinton in London on Monday. Mr Blair said the talks had been "


# `former-office` took the person the article names most even where the article names the former holder with the
# office as a title: "former US President Bill Clinton" gives no title "president" (a former one changes the role),
# so the rule went on to Tony Blair. Fixed: a former title's one holder is the person (`_former_title_holders`).
def test_the_former_holder_given_the_title_is_the_former_office(described):
    text = BLAIR_CLINTON + "useful. Mr Blair thanked him. The former president said he was pleased."
    assert described(text).get("former president") == ("bill_clinton", "former-office")


# ... and a 'he' / 'she' subject of a clause over the noun is not the person the noun means (binding), while it
# stands for the person the article is about, whom the rule took: "She was joined by the former president" linked
# Hillary Clinton. Fixed: left (`_pronoun_over`).
@pytest.mark.parametrize(
    "text",
    [
        "Hillary Clinton campaigned in Iowa on Monday. Mrs Clinton told supporters she would win the state. She was "
        "joined on stage by the former president.",
        "Michael Howard attacked the plans on Monday. Mr Howard said they would cost jobs. He was backed by the former "
        "chancellor.",
        "Michael Harwood spent heavily in the race. Harwood says he will win. He said the former mayor had lost.",
    ],
)
def test_a_pronoun_subject_over_the_former_office_is_not_it(described, text):
    assert "former-office" not in {rule for _, rule in described(text).values()}


# `former-office` took the person named most where the registry gives that person another office and the former
# holder is named without a title (Tony Blair, "prime minister", for "the former president" beside "Bill Clinton").
# Fixed (actors38): a person the registry gives another office of `former_office_nouns` is left (`_holds_another_office`).
def test_the_former_president_is_not_a_prime_minister_named_more(described):
    text = (
        "Tony Blair met Bill Clinton in London on Monday. Mr Blair said the talks had been useful. The former "
        "president said he was pleased."
    )
    assert described(text).get("former president", (None, None))[0] != "tony_blair"


def test_near_case_a_person_with_no_office_in_the_registry_is_still_the_former_office(described):
    text = (
        "Joe Biden spoke in Columbia on Monday. Mr Biden said he would win the state. The former vice president "
        "thanked his supporters."
    )
    assert described(text).get("former vice president") == ("joe_biden", "former-office")


@pytest.mark.xfail(
    strict=True,
    reason="review27: former-office takes the person named most though the article tells of them acting in the "
    "office now (signing a bill as governor): nothing in the rule reads what the person does",
)
def test_the_former_governor_is_not_the_governor_signing_the_bill(described):
    text = (
        "Arnold Schwarzenegger signed the bill on Monday. Mr Schwarzenegger said it would save money. The bill was "
        "opposed by the former governor."
    )
    assert described(text).get("former governor", (None, None))[1] != "former-office"


# actors36's label-only first-name fold took a one-word company typed ORG by spaCy's label onto a person of that first
# name ("Mercedes" ... "its new car" beside "Mercedes Sosa"). Fixed (actors38): a name its clause calls "its" is a thing
# (`_says_it_of`).
def test_a_company_is_not_folded_onto_a_person_of_its_first_name(mentions):
    found = mentions("Mercedes Sosa sang in Buenos Aires. Mercedes said sales of its new car were rising.")
    assert ("Mercedes", "disc.mercedes_sosa") not in {(t, a) for t, a, _ in found}
