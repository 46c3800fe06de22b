"""actors65 (issue 12: tech firms typed an organisation by spaCy's label alone, 885 BBC tech rows in m48/m51).
`typing.company_cue` reads two more registry-free cues: a name listed after a plural company noun and "such as" /
"like" / "including" (`listed_as_firms`), and an organisation's possessive before a product (`owned_product`:
`owned_product_nouns`, or a proper-noun product of `non_actor_names`). Each text through the real parse (`typed` of
tests/actors/conftest.py); the sentences are written for the tests."""

from __future__ import annotations

SPORT = (
    "The striker scored twice as the home side won the match 3-1 to go top of the league, and the keeper kept a "
    "clean sheet in the cup tie. "
)


def test_firms_such_as_make_each_listed_name_a_company(typed):
    found = typed("Small firms such as Blinkx, Copernic and Enfish offer tools that search a computer's files.")
    assert found["Copernic"][0] == "company", found


def test_companies_like_make_a_company(typed):
    found = typed("Companies like Microsoft and Sony believe there is money to be made from television.")
    assert found["Microsoft"][0] == "company", found


def test_carmakers_including_make_a_company(typed):
    found = typed("Several foreign carmakers, including Hyundai, Toyota and Ford, have Indian factories.")
    assert found["Toyota"][0] == "company", found


def test_an_organisations_console_makes_a_company(typed):
    found = typed("Details of the chip designed to power Nintendo's new handheld console will be released on Monday.")
    assert found["Nintendo"][0] == "company", found


def test_an_organisations_named_product_makes_a_company(typed):
    found = typed("Users of Apple's iTunes used to be able to stream the music they had bought to other users.")
    assert found["Apple"][0] == "company", found


def test_the_same_company_as_is_no_list_of_firms(typed):
    found = typed("CBS, which is owned by the same parent company as MTV, was quick to apologise to viewers.")
    assert found.get("MTV", (None,))[0] != "company", found


def test_bodies_such_as_make_no_company(typed):
    found = typed("Groups such as Spamhaus have tracked the senders of junk mail for years.")
    assert found.get("Spamhaus", (None,))[0] != "company", found


def test_a_bodys_code_or_campaign_makes_no_company(typed):
    found = typed(SPORT + "Fifa's disciplinary code stipulates that a first doping offence is followed by a ban.")
    assert found.get("Fifa", (None,))[0] != "company", found


def test_a_research_centre_owned_makes_no_company(typed):
    found = typed("The supercomputer is based at Nasa's Ames Research Center in California.")
    assert found.get("Nasa", (None,))[0] != "company", found


def test_a_capitalised_program_of_a_name_makes_no_company(typed):
    found = typed("The study looked at the effect of the change on the Texas Women's Health Program last year.")
    assert found.get("Texas Women", (None,))[0] != "company", found


def test_a_possessed_event_in_sport_makes_no_company(typed):
    found = typed(
        SPORT + "Paula Radcliffe ran in the marathon. The positive thing to take from Paula's Olympics is that she "
        "will have learned a lot from it."
    )
    assert found.get("Paula", (None,))[0] != "company", found


def test_a_person_labelled_club_owning_a_player_is_a_club_in_sport(typed):
    found = typed(SPORT + "Aston Villa's Thomas Hitzlsperger is waiting to learn the future of the manager.")
    assert found["Aston Villa"][0] == "organisation", found


def test_a_players_caddie_makes_no_club(typed):
    found = typed(SPORT + "Tiger Woods's caddie Steve Williams said the course was playing long.")
    assert found["Tiger Woods"][0] == "person", found


def test_a_headings_owned_name_makes_no_club(typed):
    found = typed(
        SPORT + "The manager picked the team.\n\nFred Fidler's Contingency Model\n\nThe model says leaders vary."
    )
    assert found.get("Fred Fidler", ("person",))[0] != "organisation", found
