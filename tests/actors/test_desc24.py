"""desc24 (issue 12, descriptors that refer back to an actor on unseen news): a capitalised "Government" with no
determiner is the state's government in the house style of British and Irish papers (`bare-state-noun`); in sport, a
plural nationality word ("the Italians", "the French") is the national team of that state the article has named
(`national-side-people`). With the near cases they must not fire on. Every sentence is made up."""

from __future__ import annotations

import pytest

# bare-state-noun: "Government" with a capital and no determiner

IRISH_PUBS = (
    "Ireland will move to level five restrictions from midnight, the Irish government said. Publicans said the "
    "decision had come without warning."
)


def test_bare_government_as_a_subject_is_the_state(described):
    text = IRISH_PUBS + ' "We will be closed for most of the year, a fact that Government needs to address," he said.'
    assert described(text).get("Government") == ("state_irl", "bare-state-noun")


def test_bare_government_after_for_is_the_state(described):
    text = IRISH_PUBS + " The budget is a crucial opportunity for Government to show its commitment to the trade."
    assert described(text).get("Government") == ("state_irl", "bare-state-noun")


def test_the_capitalised_government_stays_the_state_descriptor(described):
    text = IRISH_PUBS + " The Government needs to address the anger of publicans."
    assert described(text).get("Government") == ("state_irl", "state-descriptor")


def test_government_inside_a_name_is_no_state(described):
    text = IRISH_PUBS + " A spokesman for the Local Government Association said councils would help."
    assert "Government" not in described(text)


def test_government_before_a_capitalised_word_is_a_name(described):
    text = IRISH_PUBS + " Protesters gathered outside Government Buildings on Friday."
    assert "Government" not in described(text)


def test_a_bare_lower_case_government_is_left_alone(described):
    text = IRISH_PUBS + " Publicans said they had no faith in government promises of support."
    assert described(text).get("government") != ("state_irl", "bare-state-noun")


# national-side-people: a plural nationality word in sport after that state's team is named

ITALY_RUGBY = (
    "Italy coach Marco Bellini has challenged his side to repeat their display against Ireland when they meet "
    "Wales in the Six Nations rugby match on Saturday. Italy lost 28-17 in Dublin last week."
)


def test_the_italians_are_the_national_team_named(described):
    text = ITALY_RUGBY + " The Italians scored two tries in the second half."
    assert described(text).get("Italians") == ("disc.italy_national_team", "national-side-people")


def test_the_french_after_a_preposition_are_the_national_team_named(described):
    text = (
        "France beat Scotland 16-9 in a Six Nations rugby match at Murrayfield on Saturday. Scotland coach Jim Moray said "
        "his side had missed three penalties. Scotland have now lost four games in a row against the French."
    )
    assert described(text).get("French") == ("disc.france_national_team", "national-side-people")


def test_a_nationality_modifying_a_noun_is_no_team(described):
    text = ITALY_RUGBY + " The Italian players trained in Rome on Monday."
    assert "Italian" not in described(text)


def test_a_plural_nationality_without_the_team_named_is_no_team(described):
    text = (
        "Wales coach Mike Raddon has named his side to face England in the Six Nations rugby match on Saturday. "
        "Wales lost in Dublin last week. "
        "The Italians scored two tries against England in the first round."
    )
    assert "Italians" not in described(text)


def test_a_plural_nationality_outside_sport_is_no_team(described):
    text = (
        "Italy's prime minister has promised to cut taxes before the election. The government said the cuts would "
        "cost 6bn euros. The Italians will vote in April."
    )
    assert described(text).get("Italians", ("", ""))[1] != "national-side-people"


# own-publication: "this newspaper" is the one newspaper the article named

VALLEY_NEWS = (
    "A farmer has gone missing in the Rupununi backlands, the Valley Chronicle has learnt. Relatives told the Valley "
    "Chronicle that he left home on Thursday."
)


def test_this_newspaper_is_the_one_paper_named(described):
    text = VALLEY_NEWS + " His brother told this newspaper that the man knew the area well."
    assert described(text).get("newspaper") == ("disc.valley_chronicle", "own-publication")


def test_this_media_house_is_the_one_paper_named(described):
    text = VALLEY_NEWS + " According to information received by this media house, two loggers were questioned."
    assert described(text).get("media house") == ("disc.valley_chronicle", "own-publication")


def test_this_newspaper_with_two_papers_named_is_neither(described):
    text = VALLEY_NEWS + (
        " The Coast Herald reported that police had found his tractor. His brother told this newspaper that the man "
        "knew the area well."
    )
    assert "newspaper" not in described(text)


def test_this_newspaper_in_a_quote_is_left_alone(described):
    text = VALLEY_NEWS + ' "I have told this newspaper everything I know," his brother said.'
    assert "newspaper" not in described(text)


def test_this_paper_said_of_a_report_is_no_publication_without_one_named(described):
    text = "The Treasury will publish a report on pensions next week. This paper sets out three options for reform."
    assert "paper" not in described(text)


@pytest.mark.xfail(
    strict=True,
    reason="desc24: spaCy parses 'the Welsh forwards' as the subject 'the Welsh' with 'forwards' an adverb, so "
    "national-side-people links 'Welsh' (a modifier of the players) to the team; 1 of 40 BBC links",
)
def test_a_nationality_before_a_noun_the_parse_leaves_apart_is_no_team(described):
    text = (
        "Wales coach Mike Raddon has named his side to face France in the Six Nations rugby match on Saturday. "
        "France lost in Dublin last week. The France lock believes the Welsh forwards are not big enough to trouble "
        "his side in the scrum."
    )
    assert "Welsh" not in described(text)


def test_government_as_a_discipline_in_a_name_is_no_state(described):
    """Fixed by review24 (bare-state-noun reads the capitalised word right before "in" / "of")."""
    text = (
        "France will hold talks with Germany on Monday, the French government said. Walter Dean is professor of "
        "political science at the University of Texas, where he held the Frank Erwin Centennial Chair in Government."
    )
    assert "Government" not in described(text)
