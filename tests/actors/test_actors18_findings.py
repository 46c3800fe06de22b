"""actors18 (actors.rules.v20): descriptor misses of descriptors-blind: "the PM" is the registry's prime minister,
"his chancellor" of the prime minister is the chancellor, and another state's one-word office ("the Israeli PM") is no
holder's after it."""

from __future__ import annotations

BLAIR_BROWN = (
    "Labour MPs have angrily criticised Tony Blair and Gordon Brown amid renewed reports of a rift between the two men."
    " A meeting of the Parliamentary Labour Party saw a succession of normally loyal members warn that feuding could"
    " jeopardise Labour's election hopes. The PM insisted nothing would derail Labour's campaign, despite a new book"
    " saying he has upset his chancellor by backing out of a pledge to stand aside."
)


def test_the_pm_is_the_prime_minister(described):
    assert described(BLAIR_BROWN)["PM"][0] == "tony_blair"


def test_his_chancellor_of_the_prime_minister_is_the_chancellor(described):
    assert described(BLAIR_BROWN)["chancellor"][0] == "gordon_brown"


def test_his_chancellor_of_another_person_is_not_linked(described):
    text = "Tony Blair and Gordon Brown were at the launch. Michael Howard said his chancellor would cut taxes by £4bn."
    assert "chancellor" not in described(text)


def test_a_time_in_pm_is_no_prime_minister(described):
    text = "Tony Blair will speak at 5pm on Friday. Aides said the speech would be short."
    assert "pm" not in described(text)


def test_another_states_pm_is_no_holder_after_it(described):
    text = "Tony Blair met the Israeli PM in London. The PM said peace was close."
    assert "PM" not in described(text)


def test_another_states_pm_keeps_the_prime_minister_from_the_holder(described):
    text = "Tony Blair met the Israeli PM in London. The prime minister said peace was close."
    assert "prime minister" not in described(text)


def test_the_holders_own_states_pm_is_still_his(described):
    text = "Tony Blair spoke in London. Critics of the British PM say he is wrong. The PM said peace was close."
    assert described(text).get("PM", (None,))[0] == "tony_blair"
