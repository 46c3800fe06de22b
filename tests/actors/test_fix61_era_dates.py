"""fix61 (issue 12, review61 1-3): `era-office` and the dates of an undated article.

1. A start-of-term year ("chancellor since 1997") put the other holder in no other office wholly, so it blocked: a
   date need only meet the other office and not this one (`_dates_in_other_office`).
2. A target year ("by the end of 2007") blocked through `_other_holder_named`, which `named_holder_fits` already
   leaves alone: only the dates a story tells (not its targets) count there.
3. In an undated article `_other_year` counted a target year of the mention's own sentence ("troops would leave
   Iraq by 2008"): a target is a time to come, and puts no one in an office.
Each sentence is the reviewer's; each gave nothing on main 9a649b59 and gives Blair here.
"""

from __future__ import annotations

BLAIR = ("tony_blair", "era-office")


def test_a_start_of_term_year_of_the_other_office_lets_the_era_holder_through(described):
    text = (
        "Gordon Brown, chancellor since 1997, spoke in London in 2005. The prime minister said the economy was strong."
    )
    assert described(text).get("prime minister") == BLAIR


def test_a_year_of_both_offices_still_blocks(described):
    # the other side of 1: "2007" meets Brown's time as prime minister too
    text = (
        "Gordon Brown, chancellor since 1997, spoke in London in 2007. The prime minister said the economy was strong."
    )
    assert described(text).get("prime minister") is None


def test_a_target_year_naming_the_other_holders_time_does_not_block(described):
    text = "Gordon Brown said in 2005 that borrowing would fall by the end of 2007. The prime minister backed him."
    assert described(text).get("prime minister") == BLAIR


def test_a_target_year_after_the_era_does_not_block(described):
    text = (
        "Gordon Brown said in 2005 that borrowing would fall by 2008. The prime minister said the economy was strong."
    )
    assert described(text).get("prime minister") == BLAIR


def test_a_told_year_of_the_other_holders_time_still_blocks(described):
    # the other side of 2: a date the story tells, not a target
    text = "Gordon Brown said in 2008 that borrowing would fall. The prime minister backed him."
    assert described(text).get("prime minister") is None


def test_a_target_year_in_the_mentions_own_sentence_does_not_block(described):
    text = "Michael Howard spoke in London. The prime minister said in 2005 that troops would leave Iraq by 2008."
    assert described(text).get("prime minister") == BLAIR


def test_a_told_year_outside_the_term_in_the_mentions_own_sentence_still_blocks(described):
    # the other side of 3
    text = "Michael Howard spoke in London in 2005. The prime minister said in 1992 that troops would leave Iraq."
    assert described(text).get("prime minister") is None
