"""review10's findings on actors.rules.v13 (made-up sentences; fixed in actors.rules.v14 by actors12)."""

from __future__ import annotations


def test_the_government_in_paris_is_not_germany(mentions):
    body = (
        "France and Germany signed the treaty on Monday. The government in Paris said it was pleased. "
        "The government said the deal would help farmers."
    )
    assert not any(actor == "state_deu" and text == "government" for text, actor, _ in mentions(body))


def test_the_minister_is_not_the_prime_minister_when_another_minister_is_there(mentions):
    body = (
        "Prime Minister Tony Blair visited the school. The minister for schools, who was not named, was with him. "
        "The minister said the visit went well."
    )
    assert ("minister", "tony_blair") not in {(text, actor) for text, actor, _ in mentions(body)}


def test_changing_the_minister_is_nobody(mentions):
    # after the BBC's Welsh reshuffle article (bbc-v0: 'changing the minister' -> Rhodri Morgan)
    body = (
        "First Minister Rhodri Morgan told the BBC he had agreed the reshuffle in 2003. "
        'Kirsty Williams added: "If the policy is going to continue, then changing the minister will serve no purpose."'
    )
    assert not any(text == "minister" for text, _, _ in mentions(body))
