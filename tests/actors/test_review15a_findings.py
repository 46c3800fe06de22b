"""review15a: wrong links of actors.rules.v18 (actors16) that a fresh read found, on BBC articles and on made-up
sentences of the kind conflict, campaign and business news use. Each was a strict xfail until a rule handled it;
"the group" no longer falls back to the firm named most (the lead, after the review), which fixed seven of them;
actors17 (actors.rules.v19) fixed the other three."""

from __future__ import annotations

# "the group" after a group of people the article names with a plural noun, not a name (campaigners, gunmen):
# the firm fallback takes the discovered organisation named most, which that group acts against.
CAMPAIGNERS = (
    "Environmental campaigners have attacked Shell over its plans for a new pipeline. Shell says the pipeline is"
    " safe. Shell has spent millions on the project. The group says it will stage protests at the annual meeting."
)
KIDNAPPERS = (
    "Gunmen seized two lorry drivers working for the Turkish firm Kargo Tur. Kargo Tur has told the kidnappers it"
    " will pull out of Iraq. Kargo Tur employs 300 drivers. A statement on a website said the group would kill the"
    " men unless Kargo Tur left the country."
)
AIRPORT = (
    "Campaigners opposed to a new runway are to take the government to court. The airport's owner Ryanair wants to"
    " start work by 2008. Ryanair says the runway is needed to meet demand. If the group wins, the plans will be"
    " thrown into doubt."
)


def test_the_group_of_campaigners_is_not_the_firm_they_attack(described):
    assert "group" not in described(CAMPAIGNERS, "Greens attack oil giant")


def test_the_group_of_kidnappers_is_not_the_firm_they_threaten(described):
    assert "group" not in described(KIDNAPPERS, "Kidnappers threaten drivers")


def test_the_group_that_goes_to_court_is_not_the_airport_owner(described):
    assert "group" not in described(AIRPORT, "Protesters plan airport challenge")


# "the group" with a restrictive modifier after it says which group it is, and is no mention of the one named
# before ("DRM systems were intended to control the group that electronics firms have most hold over", BBC
# tech/format-wars-could-confuse-users.txt, linked to Apple).
def test_the_group_a_participle_defines_is_not_the_organisation_named_most(described):
    text = (
        "Aid agency Oxfam said two of its staff had been seized by rebels. Oxfam has pulled its staff out of the"
        " area. Oxfam said the workers were safe. The group holding them has not made any demands."
    )
    assert "group" not in described(text, "Rebels hold aid workers")


def test_the_group_a_relative_clause_defines_is_not_the_firm_named_most(described):
    text = (
        "Apple has sold ten million iPods. Apple wants to control how the songs are played. Apple says its system"
        " stops piracy. Critics said the systems were meant to control the group that firms have most hold over."
    )
    assert "group" not in described(text, "Format wars")


# The one that "the firm" means is named in the sentence before but the parse links no mention of it (F-Secure):
# the fallback goes back to the organisation named most, several sentences earlier (BBC
# tech/smartphones-suffer-skulls-attack.txt: "the firm" = the Skulls virus).
def test_the_firm_is_not_the_organisation_named_most_long_before(described):
    text = (
        "Owners of some Nokia smartphones are being warned to watch out for malicious wallpaper. The Skulls program"
        " is only the latest in a series of viruses. Skulls poses as a theme for the phone. Once installed, Skulls"
        " replaces the icons with images of skulls. Despite this Finnish anti-virus lab F-Secure said it had"
        " sporadic reports of owners being caught out by it. The firm has produced guidance for users caught out."
    )
    assert described(text, "Smartphones suffer Skulls attack").get("firm", (None,))[0] != "disc.skulls"


# Two firms named together just before: "the group" is both (Renault-Nissan), not the one named most (BBC
# business/nissan-names-successor-to-ghosn.txt).
def test_the_group_after_two_firms_in_one_sentence_is_neither(described):
    text = (
        "Nissan has named its new chief operating officer. Nissan said Carlos Ghosn would stay on as chief"
        " executive. Nissan has been revived under Mr Ghosn. In his new job as Renault chief executive, Mr Ghosn"
        " will devote 40% of his time to Renault, 40% to Nissan and the rest to the group's activities in North"
        " America."
    )
    assert "group" not in described(text, "Ghosn to lead Renault")


# "the company" in a story about soldiers is a unit of them, not the regiment named most.
def test_a_company_of_soldiers_is_not_the_regiment(described):
    text = (
        "Soldiers of the Black Watch were ambushed near Basra on Tuesday. The Black Watch has lost five men since it"
        " moved north. The Black Watch is due home at Christmas. The company had been on patrol for three hours"
        " when the bomb went off."
    )
    assert "company" not in described(text, "Soldiers ambushed near Basra")


# team-of-person for a side's leader with no team in the title: the sentence before names both sides of the
# match ("Wales beat England"), and its subject is the winner, not necessarily the leader's side.
def test_a_leader_after_a_sentence_naming_both_sides_gets_no_side(described):
    text = (
        "Wales beat England 11-9 in the Six Nations rugby at the Millennium Stadium on Saturday. Captain Jason"
        " Robinson said his side had let themselves down in the second half. The winger was fit."
    )
    assert described(text, "England lose in Cardiff").get("side", (None,))[0] != "disc.wales_national_team"


# "the group" of a band the article introduced as a band ("Scottish band Franz Ferdinand"), typed a group and named
# once: the fallback counts it, but the record label named more often wins.
def test_the_group_is_not_the_label_when_a_band_was_named(described):
    text = (
        "Scottish band Franz Ferdinand have split from their record label Domino. Domino signed them in 2003. Domino"
        " said it was sad to see them go. The group will release their next album in the US."
    )
    assert described(text, "Band leaves label").get("group", (None,))[0] != "disc.domino"
