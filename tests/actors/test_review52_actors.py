"""review52 (issue 12): actors65's `typing.owned_product` read beyond its tests. In the corpora its 12 rows are all
tech firms' products (Nintendo's DS console, Microsoft's program, Sony's Qrio robots: all right), and article
agreement carries the cue to every mention of the name in the article. A body's possessive before a noun it owns as a
user, not a maker, makes it a company too: an aid agency's "program" (the American spelling of a programme, as the
web corpus writes), a campaign group's "phones". No corpus row has the shape (0 BBC, 0 web); dropping the nouns
would lose right rows (BT's and Microsoft's programs), so they are left as strict xfails."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review52: owned_product reads 'program' as a product; an aid agency's program is its programme",
)
def test_an_aid_agencys_program_makes_no_company(typed):
    found = typed("Oxfam's program of aid to Darfur was praised by the United Nations.")
    assert found["Oxfam"][0] != "company", found


@pytest.mark.xfail(
    strict=True,
    reason="review52: owned_product reads 'phones' as a product; a campaign group's phones are the ones it uses",
)
def test_a_campaign_groups_phones_make_no_company(typed):
    found = typed("Greenpeace's phones were tapped by the security service, the group said.")
    assert found["Greenpeace"][0] != "company", found


def test_a_software_firms_program_still_makes_a_company(typed):
    found = typed("The virus spreads through Microsoft's Outlook e-mail program, security experts said.")
    assert found["Microsoft"][0] == "company", found
