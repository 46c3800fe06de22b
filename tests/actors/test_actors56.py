"""actors56 (issue 12, actors on any news): a one-word surname typed a body beside a person's verdict, or by a
company's cue outside business news (`surname-of-person`); a firm business news calls "rival" or "market leader"
(`person-noun`, `company-cue`); a central bank (`central-bank`); no short form of a name run together with a head noun
("Privat" of PrivatBank). Each sentence through the real parse (`typed` / `mentions` of tests/actors/conftest.py)."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import default_lexicon
from narrative_pipeline.actors.resolution import _owner_before_head


def surnames(mentions, text: str) -> set[tuple[str, str]]:
    return {(t, a) for t, a, m in mentions(text) if m == "surname"}


HANTUCHOVA = (
    "Daniela Hantuchova moved into the quarter-finals of the Dubai Open, after beating Elene Likhotseva "
    "of Russia 7-5 6-4, and now faces Serena Williams.\\n\\nAustralian Open champion Williams survived an "
    "early scare to beat Russia's Elena Bovina 1-6 6-1 6-4. World number one Lindsay Davenport and "
    "Anastasia Myskina also progressed. Davenport defeated China's Jie Zheng 6-2 7-5, while French Open "
    "champion Myskina sailed through after her opponent Marion Bartoli retired hurt. American Davenport "
    "will now face fellow former Wimbledon champion, Conchita Martinez of Spain, who ousted "
    "seventh-seeded Nathalie Dechy of France 6-1 6-2. Myskina will face eighth-seed Patty Schnyder from "
    "Switzerland, who defeated China's Li Na 6-3 7-6 (10-8). The other quarter final pits wild card Sania "
    "Mirza of India against Jelena Jankovic of Serbia and Montenegro, who both won on Tuesday.\\n\\nBefore "
    'her meeting with Martinez, Davenport believes there is some room for improvement in her game. "I '
    'started well and finished well, but played some so-so games in the middle," she said. Williams was '
    'also far from content. "I don\'t know what I was doing there," she said. "It was really windy and I '
    "hadn't played in the wind. All my shots were going out of here.\" But Hantuchova is in upbeat mood "
    'ahead of her clash with the younger Williams sister, who was handed a first-round bye. "I feel I '
    'have an advantage (over Serena) because I have already played two matches on these courts," she '
    'said. "It is a difficult court to play on. Very fast and sometimes you feel you have no control over '
    'the ball."'
)


def test_a_team_cue_beside_a_persons_verdict_is_a_surname(mentions):
    """'French Open champion Myskina' (a person's noun) and 'Myskina will face' (a team's cue on spaCy's GPE): the
    surname of the one Anastasia Myskina the page names; "Davenport defeated" beside "American Davenport", a
    nationality spaCy ran into the surname, no body's name (a BBC article's body)."""
    found = surnames(mentions, HANTUCHOVA)
    assert ("Myskina", "disc.anastasia_myskina") in found
    assert ("Davenport", "disc.lindsay_davenport") in found


YAPP = (
    "Wales coach Mike Ruddock says John Yapp has what it takes as an international.\\n\\nThe 21-year-old "
    "Blues prop is the only uncapped player in Wales' Six Nations squad, gaining a chance in the absence "
    'of Ospreys loose-head Duncan Jones. "John is a young man with a big future. He has been playing with '
    'the Blues for two years and has racked up mileage on his playing clock," said Ruddock. "He has '
    'international size, is a big, physical lad and a good ball-carrier with a high tackle-count." '
    "Ruddock's assessment was backed up by Yapp's coach at the Blues, former Wales and Lions prop Dai "
    "Young.\\n\\nRuddock hopes that the selection of Yapp and Dragons lock Ian Gough - out of the "
    "international reckoning since falling out with former coach Steve Hansen - will send a message to "
    "other players in Wales."
)


def test_a_name_spacy_ran_a_list_into_is_no_bodys_name(mentions):
    """'Yapp and Dragons lock Ian Gough': spaCy's one name of a list; "Yapp's coach" is still John Yapp's surname."""
    assert ("Yapp", "disc.john_yapp") in surnames(mentions, YAPP)


@pytest.mark.parametrize(
    ("text", "surname", "actor"),
    [
        (
            'SRU chairman David Mackay quit on Monday. "David is a successful businessman." Mackay\'s executive board '
            "has been in a power struggle with the general committee.",
            "Mackay",
            "disc.david_mackay",
        ),
        (
            "The state epidemiologist Anders Tegnell has become a symbol. The soft-spoken but firm Tegnell often comes "
            "across as unfazed amid the criticism.",
            "Tegnell",
            "disc.anders_tegnell",
        ),
    ],
)
def test_a_company_cue_on_a_persons_surname_outside_business_news(mentions, text, surname, actor):
    assert (surname, actor) in surnames(mentions, text)


def test_a_firm_named_after_its_founder_stays_a_firm_in_business_news(typed):
    """'Ford' beside Bill Ford in business news (profits, shares, sales): the company, as before."""
    text = (
        "Ford's profits rose 25% in the last quarter, chairman Bill Ford said. Ford's shares rose 2% in New York "
        "trading as sales of its cars and trucks fell and the firm's finance arm made record earnings. Ford's "
        "shareholders will get a higher dividend, the company said, after revenue and profit beat forecasts."
    )
    assert typed(text)["Ford"][0] == "company"


def test_a_club_with_a_company_cue_and_a_team_cue_stays(mentions):
    text = (
        "Aston Villa's Carlton Cole could be out for six weeks with a knee injury. \"Carlton will be out of action for "
        "four to six weeks,\" said Villa boss David O'Leary. Villa manager O'Leary has problems in that department."
    )
    assert not any(t == "Villa" and m == "surname" for t, _, m in mentions(text))


BUSINESS = (
    "BP's profits rose 26% to a record on the back of high oil prices. The firm's shares rose in London trading, "
    "and analysts said its sales, revenue and earnings beat forecasts. {}"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Profits at rival Shell also rose, its shareholders were told.", "Shell"),
    ],
)
def test_a_rival_in_business_news_is_no_person(typed, sentence, name):
    assert typed(BUSINESS.format(sentence)).get(name, ("", ""))[0] != "person"


def test_a_rival_in_sport_is_a_person(typed):
    text = "Diane Allahgreen finished second. Her rival Kelly Sotherton set a personal best in Birmingham."
    assert typed(text)["Kelly Sotherton"][0] == "person"


def test_the_market_leader_is_a_firm(typed):
    """'Market leader Nintendo' (spaCy's PERSON): the leader of a market is a company, not a person's noun."""
    text = (
        "The mobile gaming industry is set to explode in 2005. Market leader Nintendo, however, is releasing a handheld "
        "console that it says will revolutionise the way games are played."
    )
    assert typed(text)["Nintendo"] == ("company", "company-cue")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Reserve Bank of Australia raised interest rates to 5.5%, saying inflation would rise.", "Reserve Bank of "
         "Australia"),
        ("The Central Bank of Nigeria raised interest rates by a quarter point, its fifth rise this year.", "Central "
         "Bank of Nigeria"),  # the US Federal Reserve is the registry's since session 45 (test_lead45_fed.py)
        ("The Bundesbank said German growth would slow, and the Fed kept rates on hold.", "Bundesbank"),
        ("The Turkish Central Bank cut its key rate, saying inflation had slowed.", "Turkish Central Bank"),
    ],
)  # fmt: skip
def test_a_central_bank_is_an_organisation(typed, text, name):
    assert typed(text)[name] == ("organisation", "central-bank")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bank of China said its profits rose 20%, and its shares rose in Hong Kong.", "Bank of China"),
        ("Central Banking Publications said the survey would be published in June.", "Central Banking Publications"),
    ],
)
def test_a_bank_that_is_no_central_bank(typed, text, name):
    assert typed(text).get(name, ("", ""))[1] != "central-bank"


@pytest.mark.parametrize(("first", "name"), [("Privat", "PrivatBank"), ("Tower", "TowerGroup"), ("Pepsi", "PepsiCo")])
def test_a_first_word_before_a_head_noun_is_no_short_form(first, name):
    """'PrivatBank': "Privat" names the Privat group as often as its bank (actors55's caveat)."""
    assert _owner_before_head(first, name, default_lexicon())


@pytest.mark.parametrize(("first", "name"), [("Glaxo", "GlaxoSmithKline"), ("Daimler", "DaimlerChrysler")])
def test_a_first_word_of_a_merged_name_is_its_short_form(first, name):
    assert not _owner_before_head(first, name, default_lexicon())


def test_the_run_together_short_form_of_a_bank_is_not_taken(mentions):
    text = (
        "The government took control of PrivatBank after regulators found a hole in its balance sheet. Customers of "
        "PrivatBank queued at cash machines. A spokesman for Privat said the owners would sue."
    )
    assert not any(t == "Privat" and a == "disc.privatbank" for t, a, _ in mentions(text))


def test_the_run_together_short_form_of_a_merged_firm_is_taken(mentions):
    text = (
        "GlaxoSmithKline is the world's second largest drug maker. Glaxo said its profits fell 5% last year, "
        "with its sales hit by the weak dollar."
    )
    assert ("Glaxo", "disc.glaxosmithkline", "short-form") in mentions(text)
