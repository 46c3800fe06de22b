"""actors77 (issue 12, review58 5): an office's holder read from the article's dates, to the day the registry gives.

1. `era-office` counted whole years: Brown, chancellor "in 2007", let Blair through for "Gordon Brown moved into
   Downing Street in June 2007. The prime minister said ...". Now each date the article names is the days it covers
   (a year, a month, a day: `article_dates`), and a date that may put the other holder in the office (a handover
   year, "June 2007") leaves the era's holder unlinked; a month that settles it ("April 2007") does not. A handover
   year, or the year after the holder's term, alone puts the article in no one holder's time.
2. `registry-descriptor` linked a named person's office descriptor ("foreign secretary" of Jack Straw) with no look at
   the dates: the era was encoded a second time in the persons' `descriptors`. Now an office the registry dates goes
   through its terms in an undated article (`named_holder_fits`): its dates against the other holders it names;
   with no date, the declared era decides. A dated article is left as it was (actors49: a named holder wins).
"""

from __future__ import annotations

from datetime import date

import pytest
from narrative_pipeline.actors.dated_offices import article_dates

BLAIR = ("tony_blair", "era-office")


def _era(linked: dict) -> set:
    return {v for v in linked.values() if v[1] == "era-office"}


# --- 1. era-office: a handover year is ambiguous unless a month settles it ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown moved into Downing Street in June 2007. The prime minister said the economy was strong.",
        "Gordon Brown moved into Downing Street in 2007. The prime minister said the economy was strong.",
        "Gordon Brown spoke in London on 28 June 2007. The prime minister said the economy was strong.",
    ],
)
def test_a_date_that_may_put_the_named_holder_in_the_office_blocks(described, text):
    assert not _era(described(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown set out his plans in London in April 2007. The prime minister said the economy was strong.",
        "Gordon Brown spoke in London on 12 May 2005. The prime minister said the economy was strong.",
        "Gordon Brown set out his budget for 2005 in London. The prime minister said the economy was strong.",
    ],
)
def test_a_date_inside_the_named_holders_other_office_lets_the_era_holder_through(described, text):
    assert described(text).get("prime minister") == BLAIR


@pytest.mark.parametrize(
    "text",
    [
        # a handover year alone, a year after the term alone: of no one holder's time
        "Michael Howard spoke in London in 2007. The prime minister said the economy was strong.",
        "Michael Howard spoke in London in 2008. The prime minister said the economy was strong.",
    ],
)
def test_a_handover_year_alone_is_of_no_one_holders_time(described, text):
    assert not _era(described(text))


@pytest.mark.parametrize(
    "text",
    [
        # a story dated inside the era, no other holder named: still linked
        "Michael Howard spoke in London in 2005. The prime minister said the economy was strong.",
        # a target year of the handover or after it, beside a year of the era
        "Michael Howard spoke in London in 2005 to plan spending by 2007. The prime minister said the economy was strong.",
        "Michael Howard spoke in London in 2005 to plan spending by 2008. The prime minister said the economy was strong.",
        # a month of the handover year before the handover
        "Michael Howard spoke in London in April 2007. The prime minister said the economy was strong.",
    ],
)
def test_a_story_of_the_era_with_no_other_holder_named_is_still_linked(described, text):
    assert described(text).get("prime minister") == BLAIR


def test_article_dates_read_the_month_and_the_day(parse):
    article = parse("Headline\n\nThe plan starts in April 2007. It ended on 12 May 2008. Talks were held in 2005.")
    spans = article_dates(article.tokens)
    assert (date(2007, 4, 1), date(2007, 4, 30)) in spans
    assert (date(2008, 5, 12), date(2008, 5, 12)) in spans
    assert (date(2005, 1, 1), date(2005, 12, 31)) in spans


# --- 2. registry-descriptor: a dated office's descriptor goes through its terms -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # review58 5's sentence: Beckett held the office in 2006
        "Mr Straw left in 2006 and Margaret Beckett took over in 2006. The foreign secretary flew to Iraq.",
        "Jack Straw left in 2006 and Margaret Beckett took over. The foreign secretary flew to Iraq.",
        # Brown prime minister in 2008
        "Tony Blair and Gordon Brown spoke in London in 2008. The prime minister said the economy was strong.",
    ],
)
def test_a_named_holder_whom_a_date_puts_in_the_office_blocks_the_descriptor(described, text):
    linked = described(text)
    assert not {v for v in linked.values() if v[1] == "registry-descriptor" and v[0] in {"jack_straw", "tony_blair"}}


@pytest.mark.parametrize(
    ("text", "office", "holder"),
    [
        # no date: the person named stands for the era, and the era gives Brown the Treasury
        ("Tony Blair met Gordon Brown in London. The prime minister said the economy was strong.", "prime minister",
         "tony_blair"),
        ("Jack Straw flew to Washington. The foreign secretary said Britain would act.", "foreign secretary",
         "jack_straw"),
        # a date of the era, another holder named who held the office at no date named
        ("Tony Blair met Gordon Brown in London in 2005. The prime minister said the economy was strong.",
         "prime minister", "tony_blair"),
        ("Jack Straw and Margaret Beckett spoke in London in 2005. The foreign secretary said Britain would act.",
         "foreign secretary", "jack_straw"),
        # a history's year, a target's: the named person stands for the era
        ("Tony Blair said Labour had changed since 1983 and would win the 2012 Olympics. The prime minister said "
         "the economy was strong.", "prime minister", "tony_blair"),
        # an office the era leaves out, one holder named, no date
        ("David Blunkett spoke in London. The home secretary said the law would change.", "home secretary",
         "david_blunkett"),
    ],
)  # fmt: skip
def test_a_named_holder_the_dates_leave_alone_keeps_the_descriptor(described, text, office, holder):
    assert described(text).get(office) == (holder, "registry-descriptor")


@pytest.mark.parametrize(
    ("text", "office", "holder"),
    [
        # the shapes of the BBC rows the first try lost (all right links): a history's year with an earlier holder,
        # a target's with a later one, a year of a clause inside the mention's
        ("Tony Blair said John Major made a mistake in 1992. Labour won in 2001. The prime minister said the economy "
         "was strong.", "prime minister", "tony_blair"),
        ("Tony Blair and Gordon Brown want aid to reach £1.25bn a year by 2008. The prime minister said the economy "
         "was strong.", "prime minister", "tony_blair"),
        ("Jack Straw spoke in London. The foreign secretary told MPs the rebate, secured by Margaret Thatcher in "
         "1984, was justified.", "foreign secretary", "jack_straw"),
        ("Tony Blair spoke in London. The prime minister was commenting on the wrongful jailing of 11 people for "
         "IRA bomb attacks on pubs in Guildford and Woolwich in 1974.", "prime minister", "tony_blair"),
        ("Gordon Brown spoke in London. The chancellor said the Conservatives' plans would see £50bn in spending cuts "
         "by 2011.", "chancellor", "gordon_brown"),
    ],
)  # fmt: skip
def test_a_history_or_a_target_date_keeps_the_descriptor(described, text, office, holder):
    assert described(text).get(office) == (holder, "registry-descriptor")


def test_a_year_of_the_mentions_own_clause_outside_the_term_blocks(described):
    for text in (
        "Tony Blair spoke in London. In 1992 the prime minister promised lower taxes.",
        "Tony Blair spoke in London. The prime minister promised lower taxes at the end of 1992.",
    ):
        assert described(text).get("prime minister") != ("tony_blair", "registry-descriptor")


def test_a_later_holder_named_with_no_date_blocks_an_office_the_era_leaves_out(described):
    text = "David Blunkett and Jacqui Smith spoke in London. The home secretary said the law would change."
    assert described(text).get("home secretary") != ("david_blunkett", "registry-descriptor")


def test_a_dated_article_no_longer_keeps_a_named_past_holder(described):
    """Turned round by actors82: a page of 2020 that names Blair and tells no date of his time does not give him
    "the prime minister" (actors49 had let a named holder win over the page's day)."""
    text = "Tony Blair spoke in London. The prime minister said the economy was strong."
    assert described(text, published=date(2020, 9, 26)).get("prime minister") is None


def test_a_descriptor_of_an_office_the_registry_does_not_date_is_unchanged(described):
    text = "Lord Goldsmith spoke in London in 2008. The attorney general said the war was legal."
    assert described(text).get("attorney general") == ("peter_goldsmith", "registry-descriptor")
