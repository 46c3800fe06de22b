"""review47: session 45's state-body rules (review46's demonym and possessive, actors57's central banks) on political
and conflict reporting written for the review (config/eval/README, review47). Each text through the real parse and the
shipped registry."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import link_article

HEADLINE = "Headline\n\n"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Russian Ministry of Defence released a video of the strike.", "Russian Ministry of Defence"),
        ("Russian Ministry of Defence spokesman Igor Konashenkov said the strikes were precise.",
         "Russian Ministry of Defence"),
        ("The French Ministry of Defence and the British Ministry of Defence issued a joint statement.",
         "French Ministry of Defence"),
    ],
)  # fmt: skip
def test_another_state_s_body_after_its_demonym_keeps_a_mention(mentions, text, body):
    """review46 took the UK's Ministry of Defence off 'the Russian Ministry of Defence', but the demonym stayed the
    state's mention and spaCy's name 'Russian Ministry of Defence' lost to it: the ministry had no mention at all, and
    its claims no actor. The name is now the body's mention, the demonym a word of it."""
    found = mentions(text)
    assert any(s == body and a is not None and a.startswith("disc.") for s, a, _ in found), found
    assert all(a != "ministry_of_defence_uk" for s, a, _ in found if s == body), found


def test_the_uk_s_body_beside_another_state_s_is_still_the_uk_s(mentions):
    found = mentions("The French Ministry of Defence and the British Ministry of Defence issued a joint statement.")
    assert ("Ministry of Defence", "ministry_of_defence_uk", "alias") in found, found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Russian Security Council met on Friday to discuss the mobilisation.", "Russian Security Council"),
        ("Iranian Security Council secretary Ali Shamkhani said the talks had failed.", "Iranian Security Council"),
    ],
)
def test_a_state_s_security_council_after_its_demonym_is_not_the_un_s(mentions, text, body):
    """'Russia's Security Council' was Russia's own (review21b); 'the Russian Security Council' was the UN's."""
    found = mentions(text)
    assert all(a != "un_security_council" for _, a, _ in found), found
    assert any(s == body for s, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A Russian Security Council resolution on Syria was vetoed by the United States.",
        "Russia vetoed the Security Council resolution on Syria.",
    ],
)
def test_the_un_s_council_with_a_state_s_draft_stays_the_un_s(mentions, text):
    assert ("Security Council", "un_security_council") in {(s, a) for s, a, _ in mentions(text)}, mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Federal Security Service said it had arrested a Ukrainian spy in Crimea.",
        "The Federal Security Service said it had foiled a plot against a military airfield.",
    ],
)
def test_russia_s_federal_security_service_is_not_mi5(mentions, text):
    """The registry's 'Security Service' (MI5) was matched inside 'Federal Security Service'."""
    found = mentions(text)
    assert ("Federal Security Service", "fsb") in {(s, a) for s, a, _ in found}, found
    assert all(a != "mi5" for _, a, _ in found), found


def test_a_bank_of_a_state_s_cue_is_its_name(parse, linker):
    """actors57's central bank named 'Bank of' a state showed its last word, the state's name, as the cue."""
    article = parse(HEADLINE + "The Bank of Russia raised its key rate to 16% on Friday.")
    chosen = {article.text[c.start : c.end]: c for c in link_article(article, linker(90.0))}
    bank = chosen["Bank of Russia"]
    assert (bank.type_rule, " ".join(t.text for t in bank.cue)) == ("central-bank", "Bank of Russia")


@pytest.mark.xfail(
    strict=True,
    reason="review47: two states' bodies of one name on one page ('Ukraine's Ministry of Defence ... Russia's Ministry "
    "of Defence') are one discovered actor, disc.ministry_of_defence: a discovered id is the name's, whatever state's "
    "possessive stands before it (the claims of the two warring ministries are one actor's; left: the id would need "
    "the state)",
)
def test_two_states_ministries_on_one_page_are_two_actors(mentions):
    found = mentions(
        "Ukraine's Ministry of Defence said 40 civilians were killed. Russia's Ministry of Defence said its strikes "
        "hit only military targets."
    )
    ids = [a for s, a, _ in found if s == "Ministry of Defence"]
    assert len(ids) == 2 and ids[0] != ids[1], found


@pytest.mark.xfail(
    strict=True,
    reason="review47: a registry alias inside a longer name ('National Security Council' of the White House, "
    "'the Iraqi National Security Council') is the registry's UN Security Council: the alias 'Security Council' wins "
    "over spaCy's longer name (left: a general rule for an alias after a capitalised word of the same name would "
    "touch every registry alias)",
)
def test_a_national_security_council_is_not_the_un_s(mentions):
    found = mentions("The Iraqi National Security Council met in Baghdad on Sunday.")
    assert all(a != "un_security_council" for _, a, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "India's election commission said voting in Kerala would be held in May. India has 28 states. Kerala is ruled "
        "by the Left. The state has 33 million people.",
        "Nigeria's army said it had killed 20 militants in Borno. Nigeria has struggled with the insurgency for a "
        "decade. The state has been the centre of the Boko Haram insurgency.",
        "Australia's prime minister visited Victoria on Monday. Australia has closed its borders. The state has "
        "recorded 500 new cases.",
    ],
)
def test_the_state_on_a_page_about_a_federation_of_states_is_not_the_country(described, text):
    """actors57's national 'the state' took Kerala, Borno and Victoria for India, Nigeria and Australia: in a state
    made of states 'the state' is as often one of them (`federal_states`), as in the USA, which actors57 left out."""
    assert "state" not in described(text), described(text)


def test_the_state_on_a_page_about_russia_is_still_russia(described):
    found = described(
        "Russia has frozen the oligarch's assets. Russia says he owes taxes. The state is pursuing Yukos through the "
        "courts."
    )
    assert found.get("state") == ("state_rus", "country-descriptor"), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The International Energy Agency said oil demand would fall next year.", "International Energy Agency"),
        ("The International Crisis Group said the ceasefire was fragile.", "International Crisis Group"),
    ],
)
def test_an_international_body_with_a_company_s_word_before_its_head_is_an_organisation(typed, text, name):
    """actors57's "International" bodies left out any name with a company's word ('energy'): the IEA was typed a
    government by its 'agency'. Now only a company's word as the head leaves it out ('International Power Group');
    the International Crisis Group, whose head 'group' is a company's word, is the registry's."""
    assert typed(text)[name][0] == "organisation", typed(text)


def test_an_international_firm_stays_a_company(typed):
    found = typed("International Power Group said its profits rose by a third.")
    assert found["International Power Group"][0] == "company", found


@pytest.mark.parametrize(
    ("name", "cue"),
    [("National Bank of Ukraine", "National Bank of Ukraine"), ("Swiss National Bank", "Swiss National Bank")],
)
def test_a_national_bank_of_issue_is_a_central_bank(parse, linker, name, cue):
    article = parse(HEADLINE + f"The {name} said its reserves had fallen by a fifth.")
    chosen = {article.text[c.start : c.end]: c for c in link_article(article, linker(90.0))}
    bank = chosen[name]
    found = (bank.actor_type, bank.type_rule, " ".join(t.text for t in bank.cue))
    assert found == ("organisation", "central-bank", cue)


def test_a_commercial_national_bank_stays_a_company(typed):
    found = typed("The National Bank of Greece reported a loss for the year.")
    assert found["National Bank of Greece"][0] == "company", found


def test_the_internet_research_agency_is_the_registry_s(mentions):
    """The St Petersburg troll farm: typed a government by its 'agency' when discovered, and not found at all where
    it opens a sentence ('The Internet Research Agency was funded by ...')."""
    found = mentions("The Internet Research Agency was funded by Yevgeny Prigozhin, the Justice Department said.")
    assert ("Internet Research Agency", "internet_research_agency", "alias") in found, found
