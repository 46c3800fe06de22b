"""actors83 (issue 12): a state's office descriptor is a mention of the holder the page names with that office.

1. A state's office said by its owner ("Turkey's president", "the president of France", "Russia's foreign minister")
   links, as "the Turkish president" already did (`role-title`), to the one person the page titles with the office: with
   the state's word ("Turkish President Recep Tayyip Erdogan"), or with none when the person is a registry person of
   that state or, discovered, the page speaks of that state most (`_states_title_fits`). The state stays a mention.
2. `dated-office` reads "the president of France" as "France's president" (the registry's holder on the page's day).
3. A registry holder's office with a word of their own state ("the UK chancellor" of Gordon Brown) is theirs
   (`registry-descriptor`); another state's word ("the Israeli prime minister", "the French chancellor") is not.
4. No link when the page names no holder with the office and gives no date (no era guessed: an undated page of 2020
   with "the president" gets no holder of 2004).
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2020, 5, 1)

# 1. a state's office said by its owner: the holder the page titles with it


@pytest.mark.parametrize(
    "text, state, holder",
    [
        (
            "Turkish President Recep Tayyip Erdogan warned Greece. Turkey's president said on Tuesday that Ankara "
            "would not back down.",
            ("Turkey", "state_tur"),
            "recep_tayyip_erdogan",
        ),
        (
            "Turkish President Recep Tayyip Erdogan warned Greece. The president of Turkey said on Tuesday that "
            "Ankara would not back down.",
            ("Turkey", "state_tur"),
            "recep_tayyip_erdogan",
        ),
        (
            "Recep Tayyip Erdogan, Turkey's president, warned Greece. Turkey's president said on Tuesday that Ankara "
            "would not back down.",
            ("Turkey", "state_tur"),
            "recep_tayyip_erdogan",
        ),
        (
            "Iraqi Prime Minister Ayad Allawi visited London. Iraq's prime minister called for calm.",
            ("Iraq", "state_irq"),
            "ayad_allawi",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov met his counterpart. Russia's foreign minister said the talks "
            "went well.",
            ("Russia", "state_rus"),
            "sergei_lavrov",
        ),
        (
            "French President Emmanuel Macron met Vladimir Putin. The president of France said the talks went well.",
            ("France", "state_fra"),
            "emmanuel_macron",
        ),
        (
            "US President George W Bush met Russian President Vladimir Putin. Russia's president said the talks "
            "went well.",
            ("Russia", "state_rus"),
            "vladimir_putin",
        ),
    ],
)
def test_a_states_office_by_its_owner_is_the_holder_the_page_titles(mentions, text, state, holder):
    found = mentions(text)
    assert (state[0], state[1], "alias") in found  # the state stays a mention of its own
    assert any(a == holder and m == "descriptor" and s.endswith(("president", "minister")) for s, a, m in found)


def test_two_presidents_titled_with_their_states_each_keep_their_own(described):
    text = (
        "US President George W Bush met Russian President Vladimir Putin. Russia's president said the talks went "
        "well. The president of the United States agreed."
    )
    article = described(text)
    assert article.get("president") == ("george_w_bush", "role-title")  # the last "president": the US one's


def test_a_full_title_given_after_the_office_is_its_holders(described):
    # a title of several words given in full may come after ("India's finance minister lashed out ... Palaniappan
    # Chidambaram, India's finance minister, argued"), as `role-title` reads any full title
    text = (
        "India's finance minister lashed out at the G7. Palaniappan Chidambaram, India's finance minister, argued "
        "that the IMF must change."
    )
    assert described(text).get("finance minister") == ("disc.palaniappan_chidambaram", "role-title")


def test_a_discovered_president_without_a_state_word_on_his_states_page(described):
    text = (
        "President Kumaratunga said Sri Lanka would rebuild. Sri Lanka's president has launched a reconstruction "
        "drive in Sri Lanka."
    )
    assert described(text).get("president") == ("disc.kumaratunga", "role-title")


@pytest.mark.parametrize(
    "text",
    [
        "President George W Bush flew to Paris. France's president said the talks went well.",
        "President George W Bush flew to Paris. The president of France said the talks went well.",
        # a discovered president on a page that speaks of another state most is not France's
        "President Kumaratunga visited Colombo and Sri Lanka's capital. Sri Lanka's aid rose. France's president "
        "said Sri Lanka needed help.",
        # the page names the holder without the office: no title, so no holder (undated: no era either)
        "Erdogan warns Greece. Turkey's president said on Tuesday that Ankara would not back down.",
        "Vladimir Putin spoke in Moscow. Turkey's president said on Tuesday that Ankara would not back down.",
        "The president of the United States said he would act.",
        "The prime minister of Iraq called for calm.",
        "Mr Blair met President Chirac in Paris. The president of the club said the match would go ahead.",
    ],
)
def test_a_states_office_with_no_holder_titled_for_that_state_links_no_one(described, text):
    assert not any(k in {"president", "prime minister"} for k in described(text))


def test_an_adjective_premier_after_a_states_possessive_is_no_office(mentions):
    text = "Jet Airways is India's premier private domestic carrier, said Prime Minister Manmohan Singh."
    assert not any(m == "descriptor" for _, _, m in mentions(text))


# 2. dated-office: "the president of France" on a dated page


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The president of France said the talks went well.", "emmanuel_macron"),
        ("France's president said the talks went well.", "emmanuel_macron"),
        ("The president of the United States said he would act.", "donald_trump"),
    ],
)
def test_a_dated_page_gives_a_states_office_by_its_owner_to_the_holder_of_its_day(described, text, holder):
    assert described(text, published=DAY).get("president") == (holder, "dated-office")


def test_a_dated_page_of_a_state_the_registry_dates_no_office_of_links_no_one(described):
    text = "Egypt's president said on Tuesday that Cairo would not back down."  # Turkey's: dated since actors86
    assert described(text, published=date(2020, 8, 25)) == {}


# 3. a registry holder's office with his own state's word


def test_a_registry_holders_office_with_his_states_word_is_his(described):
    text = (
        "Gordon Brown flew to Africa. Mr Brown spoke in Nairobi. On the fourth day of his tour, the UK chancellor "
        "predicted a vaccine could be found."
    )
    assert described(text).get("chancellor") == ("gordon_brown", "registry-descriptor")


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair met Ariel Sharon. The Israeli prime minister said the talks went well.",
        "Gordon Brown flew to Africa. The French chancellor said the plan would fail.",
    ],
)
def test_another_states_word_keeps_a_registry_holders_office_off(described, text):
    assert not any(a in {"tony_blair", "gordon_brown"} for a, _ in described(text).values())


def test_a_holders_state_word_on_a_later_page_is_still_no_past_holders(described):
    # Blair's "prime minister" on a page of 2020 goes through the page's-day check (actors82): no link
    text = "Mr Blair spoke. The British prime minister said the plan would work."
    assert described(text, published=DAY).get("prime minister") is None


# 4. an undated page names no era of its own


@pytest.mark.parametrize(
    "text",
    [
        "The president said on Tuesday that the coronavirus outbreak of 2020 would pass.",
        "The US president said on Tuesday that the coronavirus would pass.",
        "Donald Trump spoke in 2020. The president said on Tuesday that the coronavirus would pass.",
    ],
)
def test_an_undated_page_of_2020_gets_no_president_of_2004(described, text):
    assert all(a != "george_w_bush" for a, _ in described(text).values())
    assert "president" not in described(text)


# 5. a news lead's state office; a state's "leader"


def test_a_leads_state_office_is_the_person_the_next_sentence_names(described):
    text = (
        "India's defence minister has opened the air show with an invitation to foreign firms. "
        "Pranab Mukherjee said such companies could take advantage of India's skilled workers."
    )
    actor, rule = described(text).get("defence minister", ("", ""))
    assert actor.endswith("mukherjee") and rule == "role-title"  # spaCy's name may leave out "Pranab"


@pytest.mark.parametrize(
    "text",
    [
        # another's answer to the lead: the person of the next sentence has a title of another role noun
        "The Syrian rebel leader said the war was over. Syrian President Bashar al-Assad disagreed.",
        # no state's office
        "The information commissioner has ordered the council to publish its files. Richard Thorne said the public "
        "had a right to know.",
    ],
)
def test_a_lead_title_of_no_state_or_answered_by_another_office_is_not_linked(described, text):
    assert described(text) == {}


@pytest.mark.parametrize(
    "text, holder",
    [
        ("President Bashar al-Assad spoke in Damascus. The Syrian leader said the war was over.", "bashar_al_assad"),
        ("Syrian President Bashar Assad spoke. The Syrian leader said the war was over.", "bashar_al_assad"),
        ("Russian President Vladimir Putin spoke. Russia's leader said the war was over.", "vladimir_putin"),
    ],
)
def test_a_states_leader_is_the_one_person_titled_with_its_head_office(described, text, holder):
    assert described(text).get("leader") == (holder, "role-title")


@pytest.mark.parametrize(
    "text",
    [
        "President George W Bush spoke. The Syrian leader said the war was over.",
        # a president and a prime minister of the state: either
        "Italian President Sergio Mattarella met Prime Minister Giuseppe Conte of Italy. The Italian leader said the "
        "plan would work.",
        # another word makes it another office
        "Russian President Vladimir Putin spoke. The Russian opposition leader said the vote was rigged.",
        # no state
        "President Bashar al-Assad spoke in Damascus. The leader said the war was over.",
    ],
)
def test_a_states_leader_with_no_one_holder_of_its_head_office_links_no_one(described, text):
    assert all(
        v[0] not in {"bashar_al_assad", "vladimir_putin", "giuseppe_conte"} or k != "leader"
        for k, v in described(text).items()
    )
    assert "leader" not in described(text)


@pytest.mark.parametrize(
    "text, holder",
    [
        ("The Russian leader said the war was over.", "vladimir_putin"),
        ("The British leader said the war was over.", "boris_johnson"),
    ],
)
def test_a_dated_page_gives_a_states_leader_to_the_holder_of_its_one_head_office(described, text, holder):
    assert described(text, published=DAY).get("leader") == (holder, "dated-office")


@pytest.mark.parametrize(
    "text",
    [
        "The German leader said the war was over.",  # the chancellor is no leader office
        "The leader said the war was over.",
        "The Israeli leader said the war was over.",
    ],
)
def test_a_dated_page_gives_no_leader_without_one_registry_head_office(described, text):
    assert described(text, published=DAY) == {}


def test_another_states_leader_marks_no_rival_office(described):
    text = "The Israeli leader said the war was over. The British prime minister said Britain would help."
    assert described(text, published=DAY).get("prime minister") == ("boris_johnson", "dated-office")


# 6. review62 1: a dated page's told dates read near the mention, not page-wide

LATER = date(2020, 9, 26)


@pytest.mark.parametrize(
    "text, published",
    [
        (
            "Tony Blair's government introduced tuition fees in 1998. The prime minister said on Monday that fees "
            "would rise again.",
            LATER,
        ),
        (
            "Tony Blair, who led Britain from 1997 to 2007, spoke on Friday. The prime minister said Britain would "
            "act.",
            LATER,
        ),
        (
            "Tony Blair spoke in London on Friday. NHS spending has doubled since 2000. The prime minister said "
            "Britain would act.",
            LATER,
        ),
        (
            "In 2003 Tony Blair took Britain to war. On Friday the prime minister said Britain would stay in "
            "Afghanistan.",
            date(2008, 9, 26),
        ),
        # review62 3's two left by fix63: the title's holder through the same check
        (
            "Tony Blair, prime minister from 1997 to 2007, said on Friday that Brexit was a mistake. The prime "
            "minister rejected his call.",
            LATER,
        ),
        (
            "Prime Minister Tony Blair took Britain to war in 2003. The prime minister said on Monday that Britain "
            "would not repeat it.",
            LATER,
        ),
    ],
)
def test_a_past_holder_needs_a_told_date_of_his_time_near_the_office(described, text, published):
    assert described(text, published=published).get("prime minister", ("", ""))[0] != "tony_blair"


@pytest.mark.xfail(strict=True, reason="Blair named without 'former' still blocks dated-office (_others_named)")
def test_the_holder_of_the_pages_day_after_a_history_of_a_past_holder(described):
    text = (
        "In 2003 Tony Blair took Britain to war. On Friday the prime minister said Britain would stay in Afghanistan."
    )
    assert described(text, published=date(2008, 9, 26)).get("prime minister") == ("gordon_brown", "dated-office")


@pytest.mark.parametrize(
    "text, published, rule",
    [
        # a told date of his time in the sentence before, which names him: still a history of his
        (
            "In 2003 Tony Blair took Britain to war. The prime minister said Iraq had weapons.",
            date(2008, 9, 26),
            "registry-descriptor",
        ),
        (
            "Tony Blair took Britain to war in 2003. The prime minister said Iraq had weapons.",
            LATER,
            "registry-descriptor",
        ),
        # a page of his own time: a day word changes nothing
        (
            "Tony Blair spoke in Hull on Friday. The prime minister said on Monday that Britain would act.",
            date(2005, 9, 26),
            "registry-descriptor",
        ),
        (
            "Prime Minister Tony Blair spoke in Hull on Friday. The prime minister said on Monday that Britain would act.",
            date(2005, 9, 26),
            "role-title",
        ),
    ],
)
def test_a_history_near_the_office_or_a_page_of_his_time_keeps_the_past_holder(described, text, published, rule):
    assert described(text, published=published).get("prime minister") == ("tony_blair", rule)
