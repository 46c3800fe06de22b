"""actors72 (issue 12): "the prime minister" of an undated article (the BBC text files give no date) is the office's
holder in the registry's declared era (Tony Blair: the BBC corpus's 2004-05; actors74), when the article names no
other holder of it and no year before that person held it (`dated_offices.era_office`, `era-office`).

Rule examples: a UK story that never names Blair ("Mr Howard called on the prime minister"); "the prime minister's
spokesman". Near cases: a dated article (`dated-office` decides), another holder named (Boris Johnson), a year before
Blair's first term (a history of 1974), a title given to another, another state's office, a changed office ("the
former prime minister"), an office two registry persons hold (the home secretary of 2004-05), a holder the article
names (`registry-descriptor` stays).
"""

from __future__ import annotations

from datetime import date

import pytest

UK = (
    "Michael Howard said the Conservatives would cut taxes in 2005, speaking in London. He called on {office} to "
    "enter into constructive discussions with his party."
)


def test_the_prime_minister_of_an_undated_uk_story_is_the_registry_holder(described):
    assert described(UK.format(office="the prime minister"))["prime minister"] == ("tony_blair", "era-office")


def test_the_prime_ministers_spokesman_of_an_undated_story(described):
    text = (
        "Campaigners in London accused the Home Office of playing politics with the Conservatives in 2004. Later, the prime "
        "minister's official spokesman urged people to put the comments into context."
    )
    assert described(text).get("prime minister") == ("tony_blair", "era-office")


def test_a_later_holder_named_in_the_office_he_held_then_does_not_block(described):
    text = (
        "Gordon Brown set out his budget for 2005 in London. Michael Howard compared the forecasts to the prime "
        "minister's."
    )
    assert described(text).get("prime minister") == ("tony_blair", "era-office")


def test_near_case_a_dated_article_is_the_dated_offices(described):
    linked = described(UK.format(office="the prime minister"), published=date(2020, 9, 26))
    assert linked["prime minister"] == ("boris_johnson", "dated-office")


def test_near_case_another_holder_named(described):
    text = "Boris Johnson met farmers in London. " + UK.format(office="the prime minister")
    assert ("tony_blair", "era-office") not in described(text).values()


def test_near_case_a_year_before_the_holders_first_term(described):
    text = (
        "Edward Heath tried to form a coalition with the Liberals in 1974, papers released in London show. "
        "Jeremy Thorpe said his colleagues would not serve as long as he was the prime minister."
    )
    assert ("tony_blair", "era-office") not in described(text).values()


@pytest.mark.parametrize(
    "office", ["the former prime minister", "the Israeli prime minister", "the deputy prime minister"]
)
def test_near_case_a_changed_or_another_states_office(described, office):
    assert ("tony_blair", "era-office") not in described(UK.format(office=office)).values()


def test_near_case_the_office_given_to_another_as_a_title(described):
    text = "Prime Minister Ariel Sharon visited London on Monday. " + UK.format(office="the prime minister")
    assert ("tony_blair", "era-office") not in described(text).values()


def test_near_case_an_office_two_registry_persons_held_in_the_era(described):
    assert ("david_blunkett", "era-office") not in described(UK.format(office="the home secretary")).values()
    assert ("charles_clarke", "era-office") not in described(UK.format(office="the home secretary")).values()


def test_near_case_a_holder_the_article_names_is_the_registry_descriptors(described):
    text = "Tony Blair met union leaders in London on Friday. The prime minister said Britain would act."
    assert described(text)["prime minister"] == ("tony_blair", "registry-descriptor")


# `national-person`: "the Swiss star", "the British singer" of the one person named just before it


@pytest.mark.parametrize(
    ("text", "noun", "person"),
    [
        (
            "Sir Elton John has performed at a special concert in Paris. The British singer played to a crowd of 2,700.",
            "British singer",
            "disc.elton_john",
        ),
        (
            "Only last year Martina Hingis insisted that a comeback was unlikely. The Swiss star will donate her prize "
            "money.",
            "Swiss star",
            "disc.martina_hingis",
        ),
        (
            "Kostas Kenteris' lawyer has called for the doping charges against the Greek sprinter to be dropped.",
            "Greek sprinter",
            "disc.kostas_kenteris",
        ),
    ],
)
def test_a_nationality_and_a_performers_noun_is_the_one_person_just_named(described, text, noun, person):
    assert described(text).get(noun) == (person, "national-person")


@pytest.mark.parametrize(
    "text",
    [
        # two persons named in the sentence before: either
        "Roger Federer made errors early on, allowing Juan Carlos Ferrero to take the first set. But the Swiss star "
        "hit back to reach the quarter-finals.",
        # the one named is the subject the noun's verb hangs from
        "Tony Roche is happy to work with the Swiss star on a casual basis.",
        # the speaker is not who the noun means
        "Victor Conte claims the American sprinter regularly used drugs.",
        # introduced with another nationality
        "Australian tennis coach Tony Roche has turned down an approach. He said the Swiss star was the best.",
        # another word before the noun ("the top British sprinter"): a kind, not a person
        "Michael Johnson spoke in Birmingham. He said the focus must not be on being the top British sprinter.",
    ],
)
def test_near_cases_of_a_nationality_and_a_performers_noun(described, text):
    assert all(rule != "national-person" for _, rule in described(text).values())


def test_near_case_a_year_after_the_holders_last_term(described):
    """An undated page of a later time: the office's holder then is not the registry's 2004-05 one (lead's mend)."""
    text = "Since the 2019 election, Michael Howard said in London. " + UK.format(office="the prime minister")
    assert ("tony_blair", "era-office") not in described(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Downing Street said the prime minister would chair a Cobra meeting on the coronavirus outbreak.",
        "Labour said the chancellor had crashed the economy with his mini-budget.",
        "Downing Street said the Libyan rebels were making progress. The prime minister said Gaddafi must go.",
    ],
)
def test_near_case_a_page_that_names_no_year_is_of_no_known_era(described, text):
    """review56 1: an undated page of another time (a saved .txt of 2020) that names no year gets no holder."""
    assert not {"tony_blair", "gordon_brown"} & {a for a, _ in described(text).values()}
    assert ("tony_blair", "era-office") not in described(text).values()


def test_a_year_just_after_the_holders_last_term_does_not_block(described):
    """BBC stories of 2004-05 name targets a year past the holder's term ("by 2008"), beside a year of the era."""
    text = "The target for 2008 was set out in London. " + UK.format(office="the prime minister")
    assert described(text).get("prime minister") == ("tony_blair", "era-office")


def test_a_year_just_after_the_holders_last_term_alone_puts_the_page_in_no_era(described):
    """actors77 (review58 5): a year after the term alone, like a handover year alone, is of no one holder's time
    (2008 was Brown's); it was enough before."""
    text = "The target for 2008 was set out in London. " + UK.format(office="the prime minister").replace(
        " in 2005", ""
    )
    assert ("tony_blair", "era-office") not in described(text).values()
