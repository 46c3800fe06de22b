"""fix94 (session 63, issue 12; actors.rules.v172): review76's actor findings 7, 8 and 10.

- `nonactors._after_person_noun`: a work noun before a firm's noun says what the firm makes ("Video game firm
  Bioware", "film studio New Line"): the name is the firm's, not a work's (as "film director Ken Loach" is a person's);
- `nationality._agency_nouns`: in an article about sport "side" is a team's word, not a state's agency ("his Wales
  side": the national team; "English side Saracens": a club's nationality, no state);
- `nonactors._first_name_of_a_person`: a PERSON whose given name is a product's ("Mario Testino") is a person."""

from __future__ import annotations

FIRM = (
    "Video game firm Bioware has been bought by a rival. Bioware said the deal would let it make more games.\n\n"
    "The company employs 300 people in Canada.\n"
)


def test_a_work_noun_before_a_firms_noun_names_the_firm(linked):
    assert any(surface == "Bioware" and actor for surface, actor in linked(FIRM))


def test_near_case_a_work_noun_right_before_the_name_is_still_a_work(linked):
    text = "Critics praised the game Halo Wars when it came out. Halo Wars sold two million copies in a month.\n"
    assert not any(surface == "Halo Wars" and actor for surface, actor in linked(text))


SPORT = (
    "Wales coach Mike Ruddock says his Wales side can win the Six Nations rugby championship this season.\n\n"
    "Ruddock's team beat England 11-9 in Cardiff on Saturday in the opening match of the tournament.\n"
)


def test_a_countrys_side_in_sport_is_the_national_team(mentions):
    found = [actor for surface, actor, _ in mentions(SPORT) if surface == "Wales"]
    assert found and all(actor is not None and "national_team" in actor for actor in found)


def test_a_demonym_before_a_clubs_side_in_sport_is_no_state(linked):
    text = (
        "English side Saracens beat the visitors 24-10 in the rugby match on Sunday.\n\n"
        "The club's coach said the win was deserved after a poor start to the season.\n"
    )
    assert not any(surface == "English" and actor for surface, actor in linked(text))


def test_near_case_the_side_of_a_state_outside_sport_stays_the_state(linked):
    text = "The Syrian side said the talks with Israel would resume in Geneva next week, officials said.\n"
    assert any(surface == "Syrian" and actor for surface, actor in linked(text))


def test_a_person_whose_given_name_is_a_products_is_a_person(typed):
    text = (
        "The photographer Mario Testino took the pictures for the magazine, the editor said.\n\n"
        "Testino has worked with the magazine for ten years.\n"
    )
    assert typed(text).get("Mario Testino", (None,))[0] == "person"


def test_near_case_a_products_name_with_more_words_stays_a_product(linked):
    text = "Nintendo said Mario Kart DS had sold a million copies in Japan. Mario Kart DS went on sale in May.\n"
    assert not any(surface.startswith("Mario Kart") and actor for surface, actor in linked(text))
