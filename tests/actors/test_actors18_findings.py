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


def test_an_age_right_after_the_one_person_named_is_that_person(described):
    text = (
        "South West teenage singing sensation, Joss Stone, has been nominated in three categories in Wednesday's"
        " Brit awards. The 17-year-old from a small east Devon village received nominations for best female."
    )
    assert described(text)["17-year-old"][0] == "disc.joss_stone"


def test_an_age_is_not_the_person_given_another_age(described):
    text = "John Smith, 34, was found in the street on Friday night. The 45-year-old was arrested on Saturday."
    assert "45-year-old" not in described(text)


def test_the_newspaper_is_the_paper_just_cited(described):
    text = (
        "The owners of Rover have been accused by unions of awarding themselves big salaries, the FT reports."
        ' "SAIC is extremely concerned," the newspaper quotes a source close to the Chinese firm.'
    )
    assert described(text)["newspaper"][0] == "financial_times"


def test_a_paper_just_introduced_is_no_newspaper(described):
    text = "The BBC has learned that the Treasury will publish a paper. The paper says taxes must rise."
    assert "paper" not in described(text)


def test_the_trio_is_the_band(described):
    text = (
        "Chart-topping pop band Busted have confirmed that they plan to take a break. However they said that Busted"
        " would reconvene in due course. The band have had eight top three hits. The trio are seen as an alternative"
        " to more manufactured artists."
    )
    assert described(text)["trio"][0] == "disc.busted"


def test_our_correspondent_is_the_bbcs_reporter_named_before(described):
    text = (
        "The film is directed by Vinod Pande. It takes place in Kerala, reports the BBC's Zubair Ahmed in Mumbai."
        " The film has already been cleared by the Censor Board. Our correspondent says that India's TV channels"
        " have so far refused to be drawn."
    )
    assert described(text)["correspondent"] == ("disc.zubair_ahmed", "outlet-reporter")


def test_our_correspondent_is_the_one_correspondent_introduced(described):
    text = (
        "The strike was called off, BBC political correspondent James Hardy said. Ministers met union leaders on"
        " Monday. Our correspondent said talks would go on."
    )
    assert described(text)["correspondent"][0] == "disc.james_hardy"


def test_our_correspondent_of_two_is_neither(described):
    text = (
        "The strike was called off, BBC political correspondent James Hardy said. BBC correspondent John Smith"
        " agreed. Our correspondent said talks would go on."
    )
    assert "correspondent" not in described(text)


def test_a_company_the_firm_remains_is_no_other_company(described):
    text = (
        "Building materials firm James Hardie was once the biggest supplier of asbestos. The firm set up a fund in"
        " 2001. A decision by Hardie to move to the Netherlands - while remaining a listed company in Australia -"
        " provoked an outcry. Victims accused it of trying to escape its responsibilities, a charge the company"
        " denies."
    )
    assert described(text).get("company", (None,))[0] is not None
