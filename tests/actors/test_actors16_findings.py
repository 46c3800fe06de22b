"""actors16 (actors.rules.v18; issue 12): descriptor links written from the misses of descriptors-blind and
-blind2 and from unlinked "the company" on the BBC corpus."""

from __future__ import annotations

FRANCE = (
    "France have been criticised for their one-dimensional play in their victories over Scotland and England in"
    " the Six Nations rugby. Captain Fabien Pelous has acknowledged his side needs to show more attacking flair."
    " The lock believes the Welsh forwards are not big enough to trouble his side in the scrum."
)


def test_a_captain_with_no_team_in_the_title_leads_the_team_the_sentence_before_was_about(described):
    found = described(FRANCE)
    assert found["side"] == ("disc.france_national_team", "team-of-person")


def test_their_coach_leads_the_subject_of_the_sentence_before(described):
    text = (
        "Italy have lost both their opening Six Nations rugby games at home to Ireland and Wales, but travel to"
        " Edinburgh with high hopes. Their coach John Kirwan has warned his side they must eradicate the errors."
        " The prop and the winger are fit."
    )
    assert described(text)["side"][0] == "disc.italy_national_team"


def test_a_leader_after_a_sentence_about_no_team_gets_no_side(described):
    text = (
        "The Rugby Football Union has charged two players after the Six Nations rugby match against Wales."
        " Captain Jason Robinson said his side would accept the ruling. The winger was fit."
    )
    assert "side" not in described(text)


def test_a_leader_with_a_team_in_the_title_keeps_that_team(described):
    text = (
        "France have been criticised for their play in the Six Nations rugby. Wales coach Mike Ruddock said his"
        " side would attack the French pack. The prop and the winger are fit."
    )
    assert described(text)["side"][0] == "disc.wales_national_team"


HEADLINE = "Costin aims for comeback"
COSTIN = (
    "Jamie Costin should be paralysed. He says so himself as he recalls the accident. There is a chuckle as he"
    ' talks of his thoughts. "I was in a lot of pain," says the Waterford man.'
)


def test_the_person_talked_of_by_pronouns_since_is_the_placed_man(described):
    assert described(COSTIN, HEADLINE)["man"][0] == "disc.jamie_costin"


def test_a_sentence_about_someone_else_ends_the_talk(described):
    text = COSTIN.replace("There is a chuckle as he talks of his thoughts.", "Doctors were amazed.")
    assert "man" not in described(text, HEADLINE)


def test_a_second_person_named_since_ends_the_talk(described):
    text = COSTIN.replace("There is a chuckle as he", "Coach Ray Flynn says he was there. He")
    assert "man" not in described(text, HEADLINE)


MICROSOFT = (
    "Microsoft has released patches for three critical flaws in its Windows software. Microsoft announces any"
    " vulnerabilities in its software every month. Its latest releases came the week that the company announced"
    " it was to buy security software maker Sybari."
)


def test_the_company_is_the_organisation_named_most_when_no_company_cue_typed_it(described):
    assert described(MICROSOFT, "Patches for Windows")["company"] == ("disc.microsoft", "kind-of-named")


def test_the_organisation_named_most_must_be_a_firm(described):
    text = (
        "The National Union of Journalists has attacked plans to cut 90 jobs. The National Union of Journalists"
        " said the cuts were a disgrace. Its official said the company had ignored the consultation period."
    )
    assert "company" not in described(text, "Newspaper jobs cut")


def test_the_organisation_acting_on_the_firm_is_not_it(described):
    text = MICROSOFT.replace(
        "Its latest releases came the week that the company announced it was to buy security software maker Sybari.",
        "Last year Microsoft tried to buy the firm that found the flaws.",
    )
    assert "firm" not in described(text, "Patches for Windows")
    said = text.replace("Last year Microsoft tried to buy the firm", "Last year security experts said the firm had")
    assert described(said, "Patches for Windows")["firm"][0] == "disc.microsoft"


def test_the_company_is_the_firm_named_most_but_the_group_is_not(described):
    # review15a: "the group" stays unlinked (campaigners, gunmen, a band in other news); "the company" links
    text = (
        "Wal-Mart took out more than 100 full page adverts in national newspapers. Wal-Mart says critics have"
        " misled shoppers. The group is trying to see off criticism over its pay deals."
    )
    assert "group" not in described(text, "Retailer fights back")
    company = text.replace("The group", "The company")
    assert described(company, "Retailer fights back")["company"][0] == "disc.wal_mart"


def test_the_group_is_not_the_firm_its_verb_takes_as_object(described):
    text = (
        "Deutsche Boerse has made an offer for the London Stock Exchange. Deutsche Boerse said its bid was fair."
        " The group now owns more than 5% of Deutsche Boerse, analysts said."
    )
    assert "group" not in described(text, "Bid battle")
