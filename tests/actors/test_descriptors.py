"""Descriptors: one example per entry of DESCRIPTOR_RULES, and what they do not link."""

from __future__ import annotations

from datetime import date

import pytest
from narrative_pipeline.actors import discovered_id
from narrative_pipeline.actors.descriptors import DESCRIPTOR_RULES

# rule -> (text, the descriptor, the actor it refers to[, the headline[, the article's date]])
EXAMPLES = {
    "registry-descriptor": ("Khalifa Haftar lost ground. The rebels retreated to the east.", "rebels", "lna"),
    "role-title": (
        "Cardinal Keith Zorba spoke on Sunday. The cardinal said the law was wrong.",
        "cardinal",
        discovered_id("Keith Zorba"),
    ),
    "named-minister": (
        "Teachers will get new powers, Culture Secretary Dana Orme has said. The minister said schools wanted them.",
        "minister",
        discovered_id("Dana Orme"),
    ),
    "dated-office": (
        "Britain will not lower its food standards, ministers in London said. Farmers wrote to the Prime Minister.",
        "Prime Minister",
        "boris_johnson",
        "Headline",
        date(2020, 9, 26),
    ),
    "state-descriptor": ("Japan announced new limits. The government said the limits were temporary.", "government",
                         "state_jpn"),
    "bare-state-noun": (
        "Ireland will close pubs from midnight, the Irish government said. Publicans said it was a decision that"
        " Government had to explain.",
        "Government",
        "state_irl",
    ),
    "state-of-person": (
        "Tony Blair spoke in Leeds. Critics said Mr Blair's government had failed the north.",
        "government",
        "state_gbr",
    ),
    "country-descriptor": ("Chile cut its rates. The country's exports rose by 8%.", "country", "state_chl"),
    "place-descriptor": (
        "Grid operators in California called for cuts. The state is reviewing proposals. Prices rose in California.",
        "state",
        "disc.california",
    ),
    "named-group-head": ("UKIP spent heavily. Critics accused the party of buying votes.", "party", "ukip"),
    "group-of-named": ("The family of Baha Mousa met lawyers.", "family", discovered_id("family of Baha Mousa")),
    "group-continuation": (
        "The family of Baha Mousa met lawyers on Monday. Later the families said they would appeal.",
        "families",
        discovered_id("family of Baha Mousa"),
    ),
    "kind-of-named": (
        "Norwegian brewer Kallstad raised its prices. Analysts said the firm had little choice.",
        "firm",
        discovered_id("Kallstad"),
    ),
    "salient-person": (
        "Sarah Jones released her third album on Monday. Jones said it was her best work. Critics were kind."
        " The singer will tour in May.",
        "singer",
        discovered_id("Sarah Jones"),
    ),
    "national-person": (
        "Sir Elton John has performed at a special concert in Paris. The British singer played to a crowd of 2,700.",
        "British singer",
        "disc.elton_john",
    ),
    "former-office": (
        "Billionaire Michael Harwood has poured money into the race. The former New York mayor has not debated"
        " since 2009.",
        "former New York mayor",
        discovered_id("Michael Harwood"),
    ),
    "sport-person": (
        "Wales beat Italy 20-13 in the match on Saturday. Wales prop Gethin Rees was sent off late on."
        " The prop apologised.",
        "prop",
        discovered_id("Gethin Rees"),
    ),
    "opponent-of-person": (
        "Austrian Jurgen Melzer beat top seed Andre Agassi 6-3 6-4 in the semi-finals of the SAP Open tennis"
        " tournament in San Jose. Melzer has now beaten Agassi in two of their three meetings on the ATP tour."
        " And Agassi, who was more than matched for power by his opponent's backhand, said Melzer served well.",
        "opponent",
        discovered_id("Jurgen Melzer"),
        "Melzer shocks Agassi in San Jose",
    ),
    "introduced-person": (
        "Record company boss Kevin Campbell has won an injunction stopping singer Mark Morrison from releasing an"
        " album. The Everton striker signed Morrison in 2003.",
        "striker",
        discovered_id("Kevin Campbell"),
    ),
    "noun-of-person": (
        "Danish billionaire Henrik Strand has bought a stake in the ferry line. Strand said the deal was sound. "
        "Analysts said the billionaire had paid a fair price.",
        "billionaire",
        discovered_id("Henrik Strand"),
    ),
    "kin-of-person": (
        "Former senator Arne Holt, who planned his exit to help his son, Erik Holt, won the vote. "
        "Arne Holt then persuaded the party to nominate his son for the seat.",
        "son",
        discovered_id("Erik Holt"),
    ),
    "manager-of-side": (
        "Striker Craig Bellamy is discussing a loan move after the league match, BBC Sport understands. He fell out"
        " with Magpies manager Graeme Souness. The Toon boss vowed Bellamy would not play again in the cup match.",
        "Toon boss",
        discovered_id("Graeme Souness"),
    ),
    "fixture-side": (
        "Scotland face Italy in the Six Nations match at Murrayfield. The visitors have lost all their games,"
        " and the hosts are favourites to win the championship match.",
        "visitors",
        "disc.italy_national_team",
        "Scotland v Italy (Sat)",
    ),
    "team-of-person": (
        "Chelsea manager Jose Mourinho praised his players after the league match on Saturday."
        " Jose Mourinho said his side would win the cup final against Arsenal on Sunday.",
        "side",
        "disc.chelsea",
    ),
    "national-side": (
        "Scotland manager Walter Smith says the league match was hard. Scotland lost the cup match to Italy"
        " on Saturday. Smith wants to restore the national team's pride before the next match.",
        "national team",
        "disc.scotland_national_team",
    ),
    "national-side-people": (
        "Italy coach Marco Bellini has challenged his side to repeat their display when they meet Wales in the Six"
        " Nations rugby match on Saturday. Italy lost 28-17 in Dublin last week. The Italians scored two tries.",
        "Italians",
        "disc.italy_national_team",
    ),
    "party-of-leader": (
        "Michael Howard visited voters on Monday. He said his party would cut taxes.",
        "party",
        "conservative_party",
    ),
    "firm-of-person": (
        "Carmaker Fiat will meet General Motors on Tuesday. Fiat boss Sergio Marchionne is confident of his"
        " firm's legal position.",
        "firm",
        "disc.fiat",
    ),
    "outlet-reporter": (
        "The strike was called off, BBC political correspondent James Hardy said. Ministers met union leaders on"
        " Monday. Our correspondent said talks would go on.",
        "correspondent",
        "disc.james_hardy",
    ),
    "own-publication": (
        "A farmer has gone missing in the backlands, the Valley Chronicle has learnt. Relatives told the Valley"
        " Chronicle he left on Thursday. His brother told this newspaper the man knew the area well.",
        "newspaper",
        "disc.valley_chronicle",
    ),
    "era-office": (
        "Michael Howard said the Conservatives would cut taxes in 2005, speaking in London. He called on the prime"
        " minister to enter into talks.",
        "prime minister",
        "tony_blair",
    ),
    "name-words": (
        "The National Public Health Emergency Team met on Monday. The minister said the emergency team had advised it.",
        "emergency team",
        discovered_id("National Public Health Emergency Team"),
    ),
}  # fmt: skip


@pytest.mark.parametrize("rule", DESCRIPTOR_RULES, ids=lambda r: r.name)
def test_each_descriptor_rule_links_its_example(rule, described):
    text, descriptor, actor, *headline = EXAMPLES[rule.name]  # a headline where the rule reads it
    assert described(text, *headline)[descriptor] == (actor, rule.name)


def test_every_descriptor_rule_has_an_example():
    assert [r.name for r in DESCRIPTOR_RULES] == list(EXAMPLES)


def test_title_given_beside_the_name(described):
    got = described("Jack Straw, the foreign secretary, visited Beijing. The foreign secretary said talks went well.")
    assert got["foreign secretary"] == ("jack_straw", "role-title")


def test_a_title_two_persons_hold_stays_unresolved(described):
    text = "Manager Tom Kelly and manager Ann Duff met. The manager said nothing."
    assert "manager" not in described(text)


def test_rebels_without_referent_are_not_linked(described):
    assert "rebels" not in described("The rebels retreated to the east.")


def test_the_government_of_a_nation_inside_a_state_is_the_state(described):
    got = described("Scotland voted and the UK agreed. Scotland won. The government said it was pleased.")
    assert got["government"] == ("state_gbr", "state-descriptor")


def test_the_government_of_x_is_not_the_articles_state(described):
    assert "government" not in described("Japan announced new limits. The government of Iraq said nothing.")


def test_the_authorities_and_the_administration(described):
    got = described("Japan announced new limits. The authorities said the administration would act.")
    assert got["authorities"] == ("state_jpn", "state-descriptor")
    assert got["administration"] == ("state_jpn", "state-descriptor")


# --- registry offices: "the prime minister" for the one named registry person who holds it


def test_a_registry_office_links_its_named_holder(described):
    got = described("Tony Blair visited Leeds on Friday. Later the prime minister said the plan would work.")
    assert got["prime minister"] == ("tony_blair", "registry-descriptor")


def test_a_name_inside_an_office_stays_its_own_mention(linked):
    got = linked("Michael Howard spoke in Kent on Monday. The Tory leader said taxes were too high.")
    assert ("leader", "michael_howard") in got and ("Tory", "conservative_party") in got


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair met Irish ministers in Dublin. The Irish prime minister said talks went well.",
        "Tony Blair met John Prescott in Hull. The deputy prime minister said talks went well.",
    ],
    ids=["another-state", "another-office"],
)
def test_a_registry_office_needs_the_whole_phrase_and_one_holder(text, described):
    assert "prime minister" not in described(text)


@pytest.mark.parametrize(
    "text",
    [
        # the article gives the office to someone it does not name: "the prime minister" may be that one
        "Tony Blair met the Israeli prime minister in London. The prime minister said talks went well.",
        "Tony Blair met the prime minister of Israel in London. The prime minister said talks went well.",
    ],
)
def test_an_office_given_to_another_holder_is_no_registry_office(text, described):
    assert described(text).get("prime minister", (None,))[0] != "tony_blair"


def test_former_holders_carry_no_office(described):
    text = "Margaret Thatcher spoke in Bruges in 1988. The prime minister said Europe must change."
    assert "prime minister" not in described(text)


def test_an_office_the_article_gives_to_someone_else_follows_the_article(described):
    text = "Tony Blair met Prime Minister Bertie Ahern in Dublin. The prime minister said talks went well."
    assert described(text)["prime minister"] == ("bertie_ahern", "role-title")


# --- role titles: the holder must have been named before


def test_a_title_before_its_holder_is_named_stays_unresolved(described):
    text = "The cardinal said the law was wrong. On Sunday Cardinal Keith Zorba repeated it."
    assert "cardinal" not in described(text)


def test_a_former_holder_is_not_the_holder(described):
    text = "Foreign Secretary Jack Straw visited Beijing. The former foreign secretary stayed at home."
    assert "former foreign secretary" not in described(text) and "foreign secretary" not in described(text)


# --- kinds: "the firm", "the band", "the airline"


@pytest.mark.parametrize(
    "text, descriptor, name",
    [
        ("Shares in Tarvel Holdings fell sharply on Monday. Investors fear the company may cut jobs.", "company",
         "Tarvel Holdings"),
        ("Indie band Glass Harbour released a single on Monday. Fans said the band had changed its sound.", "band",
         "Glass Harbour"),
        ("Ireland's biggest airline, Skyrane, cut its fares. Rivals said the airline was losing money.", "airline",
         "Skyrane"),
    ],
    ids=["company-by-its-name", "band-before-the-name", "airline-beside-the-name"],
)  # fmt: skip
def test_a_kind_links_the_actor_introduced_with_it(text, descriptor, name, described):
    assert described(text)[descriptor] == (discovered_id(name), "kind-of-named")


@pytest.mark.parametrize(
    "text",
    [
        "Shares in Petrol Corp and Karsk Mining Ltd rose. Analysts said the firm was right.",
        "Lawyer Anna Brisk represents the family. She said the firm would appeal.",
        "Mining firm Karsk Mining Ltd bid for Petrol Corp. Petrol Corp, the firm that Karsk wants, said no.",
        "Shares in Petrol Corp rose. Petrol Corp sold shares. Karsk Mining Ltd then said it had a bid. Analysts"
        " said the firm was right.",
    ],
    ids=["two-firms-named-as-often", "a-person-is-no-firm", "apposition-to-a-name", "another-firm-named-since"],
)
def test_a_kind_stays_unresolved_when_the_referent_is_unclear(text, described):
    assert "firm" not in described(text)


# --- salient persons: "the singer", "the 30-year-old"


def test_an_age_refers_to_the_person_named_most(described):
    text = "Tom Varley won the race on Sunday. Varley finished in record time. The 24-year-old will run again."
    assert described(text)["24-year-old"] == (discovered_id("Tom Varley"), "salient-person")


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Jones met Emma Hughes in Paris. Sarah Jones and Emma Hughes toured Europe. Then the singer left.",
        "Sarah Jones released an album. Jones said the singer Emma Clarke had helped her.",
        "Sarah Jones released an album. Jones said that the singer had helped her.",
        "Sarah Jones released an album. Jones toured Europe. Critics met Emma Clarke. The singer was tired.",
    ],
    ids=["two-persons-named-as-often", "title-given-to-another", "named-in-the-same-sentence", "another-named-since"],
)
def test_a_salient_person_needs_a_clear_lead(text, described):
    assert described(text).get("singer", (None,))[0] != discovered_id("Sarah Jones")


def test_a_position_is_no_salient_person(described):
    text = "Sol Campbell was booked on Sunday. Campbell said it was unfair. Critics agreed. The defender will appeal."
    assert "defender" not in described(text)


# --- teams: "the side" only for a team named in this sentence or the two before


def test_the_side_is_the_team_just_named(described):
    text = ("Wales beat Italy 38-8 in the Six Nations match on Saturday. Wales coach Mike Ruddock has made two"
            " changes to the side for the match against France.")  # fmt: skip
    assert described(text)["side"] == (discovered_id("Wales national team"), "kind-of-named")


def test_the_squad_is_no_team_named_long_before(described):
    text = ("Wales beat Italy 38-8 in the Six Nations match on Saturday. Wales coach Mike Ruddock was pleased."
            " The fans sang. The captain scored twice. The stadium was full. Later the squad flew home.")  # fmt: skip
    assert "squad" not in described(text)


# --- "his party": the party the person named last leads


def test_his_party_is_the_party_of_the_leader_named_last(described):
    got = described("Michael Howard met Charles Kennedy. Mr Kennedy said his party would win.")
    assert got["party"] == ("liberal_democrats", "party-of-leader")


def test_his_party_needs_a_registry_leader(described):
    assert "party" not in described("Ann Brisk met voters on Monday. She said her party would win.")


def test_a_full_title_of_several_words_may_come_before_its_holder(described):
    text = "The courts minister told MPs the plan was fair. Later courts minister Christopher Leslie repeated it."
    assert described(text)["courts minister"] == (discovered_id("Christopher Leslie"), "role-title")


def test_kinds_remember_where_the_article_first_says_them(registry):
    # "the bank" may use only what was said before it: kind_words keeps the first token of each kind
    from narrative_pipeline.actors.candidates import Candidate, LinkPriority
    from narrative_pipeline.actors.kinds import kind_words
    from trees import sentence

    rows = ["Barclays PROPN NNP nsubj 1", "rose VERB VBD ROOT 1", "and CCONJ CC cc 1", "the DET DT det 5",
            "lender NOUN NN compound 5", "Barclays PROPN NNP conj 1", "fell VERB VBD conj 1"]  # fmt: skip
    toks = {t.i: t for t in sentence(*rows).tokens}
    names = [
        Candidate(
            k, k, toks[k].start, toks[k].end, "disc.barclays", "company", "ner-discovered", LinkPriority.DISCOVERED
        )
        for k in (0, 5)
    ]
    assert kind_words(names, toks, registry)["disc.barclays"] == {"lender": 4}


def test_the_label_is_the_record_company_named_before(described):
    text = "Rapper Kane Ford set up Blue Harbour Records in 1998. The label said it would appeal against the ruling."
    assert described(text)["label"] == (discovered_id("Blue Harbour Records"), "kind-of-named")


def test_a_name_before_a_band_members_noun_is_introduced_as_a_band(described):
    text = "Franz Ferdinand guitarist Nick McCarthy was hurt on Monday. The band cancelled their tour."
    assert described(text)["band"] == (discovered_id("Franz Ferdinand"), "kind-of-named")


def test_the_band_is_not_a_name_before_another_noun(described):
    text = "Franz Ferdinand fans queued on Monday. The band cancelled their tour."
    assert "band" not in described(text)
