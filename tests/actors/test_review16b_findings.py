"""review16b: a fresh-eyes review of actors18 (actors.rules.v20) on political and conflict prose. Each finding is a
strict xfail: a descriptor or name the new rules link to the wrong actor."""

from __future__ import annotations


def test_the_pm_after_another_states_prime_minister_in_apposition(described):
    # "the prime minister" here is Sharon (role-title); its abbreviation goes to Blair
    text = "Tony Blair held talks with Ariel Sharon, Israel's prime minister, in London. The PM said peace was close."
    assert described(text).get("PM", (None,))[0] != "tony_blair"


def test_the_pm_given_to_another_person_by_apposition(described):
    text = (
        "The PM, Jacinda Ardern, said New Zealand would act. Tony Blair said he agreed. The PM said the law would"
        " change."
    )
    assert described(text).get("PM", (None,))[0] != "tony_blair"


def test_the_paper_after_a_definite_government_paper(described):
    text = (
        "The Financial Times reported the plans on Monday. Ministers will publish the green paper on Tuesday."
        " The paper proposes higher fees for students."
    )
    assert "paper" not in described(text)


def test_our_correspondent_is_no_other_outlets_correspondent(described):
    text = "Reuters correspondent John Smith was injured in the blast in Baghdad. Our correspondent says the city is tense."
    assert "correspondent" not in described(text)


def test_an_age_after_a_politicians_visit_is_not_the_politician(described):
    # Tony Blair was 51: the age phrase is a pupil; the rule has no check that the age fits the person
    text = "Tony Blair met pupils in Sedgefield on Friday. The 15-year-old who asked about Iraq was applauded."
    assert "15-year-old" not in described(text)


def test_the_prime_minister_after_another_states_prime_minister_is_his(described):
    text = "Tony Blair held talks with Ariel Sharon, Israel's prime minister, in London. The prime minister said no."
    assert described(text).get("prime minister", (None,))[0] != "tony_blair"


def test_the_pm_is_still_the_one_holder_named(described):
    text = "Tony Blair visited Leeds on Monday. The PM said peace was close."
    assert described(text)["PM"][0] == "tony_blair"


def test_the_paper_held_to_the_green_paper_stays_so(described):
    text = (
        "The Financial Times reported the plans on Monday. Ministers will publish the green paper on Tuesday."
        " The paper proposes higher fees for students. The paper also says fees will rise."
    )
    assert "paper" not in described(text)


def test_the_paper_after_a_newspaper_is_still_the_newspaper(described):
    text = "The Financial Times reported the plans on Monday. The paper said fees would rise."
    assert described(text)["paper"][0] == "financial_times"


def test_our_correspondent_is_no_director_general(described):
    text = (
        "The BBC's Mark Thompson, the director general, said cuts were needed. Our correspondent says staff are angry."
    )
    assert "correspondent" not in described(text)


def test_our_correspondent_is_still_the_bbcs(described):
    text = "BBC political correspondent James Hardy was in Westminster. Our correspondent says the mood is tense."
    assert described(text)["correspondent"][0] == "disc.james_hardy"


def test_an_age_after_the_one_person_named_is_still_that_person(described):
    text = "The teenage singing sensation, Joss Stone, has been nominated. The 17-year-old said she was delighted."
    assert described(text)["17-year-old"][0] == "disc.joss_stone"


def test_a_held_firm_word_said_of_a_person(mentions):
    text = (
        "Ford cut 3,000 jobs on Monday. Ford's shares fell. Former US president Gerald Ford died in 2006."
        " Ford said in 1976 that he would never pardon anyone."
    )
    last = [actor for surface, actor, _ in mentions(text) if surface == "Ford"][-1]
    assert last == "disc.gerald_ford"


def test_a_held_firm_word_said_of_the_firm_stays_the_firms(mentions):
    text = (
        "Ford cut 3,000 jobs on Monday. Ford's shares fell. Former US president Gerald Ford died in 2006."
        " Ford said on Tuesday that it would close two plants."
    )
    last = [actor for surface, actor, _ in mentions(text) if surface == "Ford"][-1]
    assert last == "disc.ford"
