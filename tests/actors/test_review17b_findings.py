"""review17b: a fresh-eyes review of actors.rules.v21 (branch actors20) on political and conflict prose and sport.

Each strict xfail is a sentence v21 gets wrong (main 4427061 got the first group right by dropping the name); the
plain tests pin what was checked and found sound, and the fix made here ("a group of rebels" stays the rebels)."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id

PLACES_BEFORE_A_NOUN = [
    "Israeli troops entered the Khan Younis refugee camp. The Beit Hanoun incursion killed 19 people.",
    "US troops launched the Tal Afar offensive.",
    "The Tora Bora caves were bombed by US planes.",
    "Government forces said residents fled the Bani Walid fighting.",
]


@pytest.mark.parametrize("text", PLACES_BEFORE_A_NOUN)
def test_a_place_before_a_noun_is_no_person(mentions, text):
    """Fixed by actors21: `place_head_nouns` (camp, offensive, caves, fighting, incursion ...) after the name."""
    assert [(t, a) for t, a, _ in mentions(text) if a is not None and a.startswith("disc.")] == []


def test_a_hospital_named_after_someone_is_no_mention_of_him(linked):
    """Fixed by actors21: hospital among eponym_nouns."""
    text = "He was taken to the John Radcliffe hospital in Oxford, where he died on Monday."
    assert ("John Radcliffe", discovered_id("John Radcliffe")) not in linked(text)


def test_a_regime_named_by_a_leaders_full_name_still_names_him(linked):
    """'the Daniel Ortega regime' (seed gold: 'Assad' in 'the Assad regime' is an optional mention of him)."""
    found = linked("The Daniel Ortega regime has jailed opposition leaders. The regime denies it.")
    assert ("Daniel Ortega", discovered_id("Daniel Ortega")) in found


def test_a_registry_leaders_full_name_before_government_is_him(linked):
    found = linked("The Vladimir Putin government has banned the party. The Khalifa Haftar offensive stalled.")
    assert {("Vladimir Putin", "vladimir_putin"), ("Khalifa Haftar", "khalifa_haftar")} <= found


def test_his_opponent_in_football_is_not_his_own_manager(described):
    """Fixed by actors22: the opponent must have been named in a sentence with the player before (as one beats the
    other in tennis), which Mourinho never is with Terry."""
    text = (
        "Frank Lampard scored twice as Chelsea beat Everton in the Premiership match at Stamford Bridge. Jose"
        " Mourinho's squad went eight points clear at the top of the league. Mourinho said his side had been"
        ' patient. "We controlled the match," said Mourinho. Mourinho praised his captain. John Terry rose above'
        " his opponent to head against the bar in the first half."
    )
    found = described(text, "Chelsea 2-0 Everton")
    assert found.get("opponent", (None,))[0] != discovered_id("Jose Mourinho")


def test_his_opponent_in_a_clause_on_the_loser_is_not_the_loser(described):
    """Fixed by actors21: "his" in a relative clause on a linked person stands for that person."""
    text = (
        "Tim Henman lost to Andy Roddick 6-4 6-3 in the quarter-finals of the ABN Amro tennis tournament in"
        " Rotterdam. Henman, the second seed, had won his two previous matches in straight sets. Henman said he was"
        " disappointed with the match. Roddick was simply too strong for Henman, who could not cope with his"
        " opponent's serve."
    )
    found = described(text, "Henman falls to Roddick in Rotterdam")
    assert found.get("opponent", (None,))[0] != discovered_id("Tim Henman")


def test_her_opponent_in_a_real_tennis_report_is_the_winner(described):
    """BBC sport, veteran-martinez-wins-thai-title: 'Groenefeld ... could not match her opponent's accuracy'."""
    text = (
        "Conchita Martinez won her first title in almost five years with victory over Anna-Lena Groenefeld at the"
        " Volvo Women's Open in Pattaya, Thailand. The 32-year-old Spaniard came through 6-3 3-6 6-3 for her first"
        ' title since Berlin in 2000. "It feels really good," said Martinez, who is playing her last season on the'
        ' Tour. "To come through like that in an important match feels good. Groenefeld was the more powerful player'
        " but could not match her opponent's relentless accuracy."
    )
    found = described(text, "Veteran Martinez wins Thai title")
    assert found.get("opponent") == (discovered_id("Conchita Martinez"), "opponent-of-person")


@pytest.mark.parametrize(
    "text",
    [
        "John Kerry has conceded defeat to George W Bush in the US presidential election. Mr Kerry called Mr Bush to"
        " congratulate him. Mr Bush won Ohio by more than 100,000 votes. Mr Kerry told supporters in Boston that he"
        " had spoken to his opponent.",
        "Viktor Yushchenko was sworn in as president of Ukraine on Sunday. Mr Yushchenko won the election re-run in"
        " December. Mr Yushchenko promised to fight corruption. Mr Yanukovich said his opponent had stolen the"
        " election.",
    ],
)
def test_his_opponent_in_an_election_stays_unlinked(described, text):
    assert "opponent" not in described(text, "Election result")


def test_a_group_of_rebels_is_still_the_rebels(mentions):
    """The seed gold links "a group of 350 former Southern Front rebels" to the group: an armed group's fighters
    are the group, some of them or all; only a body's members ("the group of MPs") are not the body."""
    text = (
        "Khalifa Haftar's forces attacked Tripoli. The rebels are backed by the UAE. A group of rebels attacked a"
        " checkpoint near Sirte on Monday. A handful of rebels surrendered."
    )
    rebels = [a for t, a, m in mentions(text) if t == "rebels" and m == "descriptor"]
    assert rebels == ["lna", "lna", "lna"]


@pytest.mark.parametrize("noun, name", [("comedian", "Ronnie Barker"), ("guitarist", "Brian May")])
def test_a_descriptor_before_a_name_is_that_person(described, noun, name):
    """Fixed by actors22: a person's name right after the noun keeps `salient-person` off it."""
    text = (
        "Robbie Williams has won the best album award. Williams thanked his fans. Williams said he was delighted."
        f" The {noun} {name} also received an award."
    )
    assert described(text, "Music award").get(noun, (None,))[0] != discovered_id("Robbie Williams")


def test_the_many_visitors_are_no_side(described):
    """Fixed by actors21: counting adjectives (many, few, several ...) keep the noun from a fixture side."""
    text = (
        "Six Chris Paterson penalties gave Scotland victory over Italy in a dour Six Nations rugby match at"
        " Murrayfield. Italy scored a try in the first half. Police said the many visitors had behaved well."
    )
    assert "many visitors" not in described(text, "Scotland 18-10 Italy")


def test_a_character_before_a_person_noun_is_no_person(mentions):
    """Arts news: 'The Bridget Jones star', 'The James Bond star' keep the character out (character filter)."""
    text = "Pierce Brosnan will not return for another film. The James Bond star said he was sad to leave the role."
    assert "James Bond" not in {t for t, _, _ in mentions(text)}


@pytest.mark.parametrize(
    "headline, text, adult",
    [
        (
            "Jackson accuser testifies",
            "Michael Jackson's accuser has given evidence at the singer's child abuse trial in California. Mr"
            " Jackson, 46, denies all the charges. Jackson arrived at court with his parents. The teenager told the"
            " jury he had been given wine.",
            "Michael Jackson",
        ),
        (
            "Boy jailed",
            "Judge Peter Moss jailed a 16-year-old boy for five years on Monday. Judge Moss said the attack was"
            " brutal. Judge Moss said the victim had been badly hurt. The teenager showed no emotion as he was led"
            " away.",
            "Peter Moss",
        ),
    ],
)
def test_the_teenager_is_no_adult_named_before(described, headline, text, adult):
    """Fixed by actors21: "the teenager", "the youngster" only of a person the article gives an age of 13 to 19."""
    assert described(text, headline).get("teenager", (None,))[0] != discovered_id(adult)


@pytest.mark.parametrize(
    "last",
    [
        "Henman said his opponent, Tommy Robredo, was in good form.",
        "Henman said his opponent in the final would be tough.",
    ],
)
def test_his_opponent_with_a_name_or_phrase_after_it_is_not_the_one_named_most(described, last):
    """Fixed here: a name in apposition or a phrase after "opponent" says which opponent; not Roddick, whom
    Henman beat in the semi-final."""
    text = (
        "Tim Henman beat Andy Roddick in the semi-final of the Rotterdam tennis tournament. Henman, the second seed,"
        f" served well against Roddick in the match. {last}"
    )
    assert "opponent" not in described(text, "Henman through in Rotterdam")


@pytest.mark.parametrize(
    "text, noun, leader",
    [
        (
            "Israeli troops have shot dead a 14-year-old Palestinian boy in the Gaza Strip. Prime Minister Ariel Sharon"
            " said the army would investigate. Mr Sharon said soldiers had come under fire. Palestinian officials said"
            " the teenager had been throwing stones.",
            "teenager",
            "ariel_sharon",
        ),
        (
            "Israeli troops have shot dead a Palestinian boy in the Gaza Strip. Palestinian leader Mahmoud Abbas"
            " condemned the killing. Mr Abbas said the army had used excessive force. Medical sources said the"
            " youngster was shot in the head.",
            "youngster",
            "mahmoud_abbas",
        ),
    ],
)
def test_the_teenager_in_conflict_news_is_no_leader(described, text, noun, leader):
    assert described(text, "Gaza boy killed").get(noun, (None,))[0] != leader


@pytest.mark.parametrize(
    "text",
    [
        "South West teenage singing sensation, Joss Stone, has been nominated in three categories in Wednesday's"
        " Brit awards. The 17-year-old from a small east Devon village near Cullumpton, received nominations for"
        " Best Solo Female. Ms Stone is due to perform at the ceremony. The teenager also has Grammy nominations.",
        "Singer Joss Stone, 17, has been nominated in three categories. Ms Stone is due to perform at the ceremony."
        " Ms Stone said she was thrilled. The teenager also has Grammy nominations.",
        "The 17-year-old Joss Stone has been nominated in three categories. Ms Stone is due to perform at the"
        " ceremony. Ms Stone said she was thrilled. The teenager also has Grammy nominations.",
    ],
)
def test_the_teenager_is_a_person_given_a_teenage_age(described, text):
    """actors21: BBC's soul-sensation-ready-for-awards (descriptors-blind2) and an age beside the name."""
    found = described(text, "Soul sensation ready for awards")
    assert found.get("teenager", (None,))[0] == discovered_id("Joss Stone")


@pytest.mark.parametrize("name", ["Joss Stone, 27,", "Joss Stone"])
def test_the_teenager_is_no_person_given_an_adult_age_or_none(described, name):
    text = (
        f"Singer {name} has been nominated in three categories. Ms Stone is due to perform at the ceremony."
        " Ms Stone said she was thrilled. The teenager also has Grammy nominations."
    )
    assert "teenager" not in described(text, "Soul sensation ready for awards")
