"""actors62 (issue 12: BBC tech, entertainment and sport news nobody tuned to; the blind check
`config/eval/actors-handcheck-ent62.jsonl`). `typing.company_cue`: in an article about sport a club's officer, loss or
bid ("Chelsea boss Jose Mourinho", "the Southampton chairman": `club_possessions`) is no company's cue, so the club
stays the organisation its team's nouns make it. Each text through the real parse (`typed` of tests/actors/conftest.py);
the sentences are written for the tests."""

from __future__ import annotations

SPORT = (
    "The striker scored twice as the home side won the match 3-1 to go top of the league, and the keeper kept a "
    "clean sheet in the cup tie. "
)
MARKET = "Shares in the firm rose 3%, and profits, sales and revenues were higher than investors expected. "


def test_a_clubs_boss_makes_no_company_in_sport(typed):
    found = typed(SPORT + "Chelsea boss Jose Mourinho said his players had deserved the win.")
    assert found["Chelsea"][0] == "organisation", found


def test_a_clubs_chairman_makes_no_company_in_sport(typed):
    found = typed(SPORT + "The chairman of Southampton said the manager would stay until the end of the season.")
    assert found["Southampton"][0] == "organisation", found


def test_a_teams_loss_makes_no_company_in_sport(typed):
    found = typed(SPORT + "Wasps' loss to Leicester left them third in the table.")
    assert found["Wasps"][0] != "company", found


def test_a_firms_board_is_still_a_companys_cue_in_business_news(typed):
    found = typed(MARKET + "The board of Rosneft met on Friday to approve the deal.")
    assert found["Rosneft"][0] == "company", found


def test_a_firms_shares_are_still_a_companys_cue_in_sport(typed):
    found = typed(SPORT + "Shares in Arsenal rose after the club announced a new stadium deal.")
    assert found["Arsenal"][0] == "company", found


def test_a_company_noun_still_makes_a_company_in_sport(typed):
    found = typed(SPORT + "Drugs company GlaxoSmithKline said it would sponsor the tournament.")
    assert found["GlaxoSmithKline"][0] == "company", found


def test_a_clubs_last_word_spacy_takes_for_a_nationality_is_its_short_form(mentions):
    """`resolution`: a one-word name spaCy labels NORP and a word of the name types an organisation ("United") is the
    trailing part of the club the body named in full before it, as an ORG-labelled one is (`name_tails`, actors53)."""
    found = mentions(
        SPORT + "Chelsea drew with Manchester United in the cup. Mourinho said that United boss Sir Alex Ferguson had "
        "spoken to the referee."
    )
    assert ("United", "disc.manchester_united", "short-form") in found, found


def test_a_nationality_word_is_no_clubs_short_form(mentions):
    found = mentions(SPORT + "Manchester United beat Chelsea. The American owner watched from the stand.")
    assert not any(t == "American" and a == "disc.manchester_united" for t, a, _ in found), found


def test_a_his_no_one_else_may_own_keeps_a_one_word_name_a_person_in_business_news(typed):
    """`personhood.sole_persons_pronoun` (review48's xfail): the business one-word rule (actors59) takes no name whose
    sentence's "his" nothing named before it may own."""
    found = typed(MARKET + "Kadyrov said the pipeline through Chechnya would be guarded by his forces.")
    assert found["Kadyrov"][0] == "person", found


def test_a_his_after_a_named_person_leaves_a_one_word_firm_a_company(typed):
    found = typed(
        MARKET + "Mikhail Khodorkovsky was arrested last year. Yukos said the tax claims and his arrest were political."
    )
    assert found["Yukos"][0] == "company", found


def test_a_his_after_a_persons_noun_leaves_a_one_word_firm_a_company(typed):
    found = typed(MARKET + "The chief executive resigned. Yukos said the tax claims and his departure were unrelated.")
    assert found["Yukos"][0] == "company", found
