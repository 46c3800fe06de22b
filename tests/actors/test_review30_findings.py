"""review30: a fresh review of session 29's actors rules (desc29's `titles.lead_titles`). Every sentence is made up."""

from __future__ import annotations

import pytest

LEAD = "Scotland's justice minister has warned bigoted fans they face bans from every ground. "
LATER = " The minister said the orders would apply to all clubs."


@pytest.mark.parametrize(
    "reply",
    [
        "Rangers chairman David Murray said the club backed the plan.",
        "David Murray, the Rangers chairman, said the club backed the plan.",
    ],
)
def test_a_reply_by_someone_with_a_title_of_his_own_gets_no_lead_title(described, reply):
    """review30 (medium): desc29 gave the lead's title to whoever the next sentence names as its subject, so a reply
    by another office holder made him "the minister" for the rest of the article (the news pattern lead, then
    reaction); a person given another role noun there is not the lead's holder."""
    found = described(LEAD + reply + LATER)
    assert found.get("minister", (None, None)) != ("disc.david_murray", "role-title")


@pytest.mark.parametrize(
    "named",
    [
        "Cathy Jamieson said exclusion orders would be used.",
        "Justice Minister Cathy Jamieson said exclusion orders would be used.",
        "Cathy Jamieson, the justice minister, said exclusion orders would be used.",
    ],
)
def test_the_holder_named_with_the_same_title_or_none_keeps_it(described, named):
    assert described(LEAD + named + LATER).get("minister") == ("disc.cathy_jamieson", "role-title")


@pytest.mark.xfail(
    strict=True,
    reason="review30 (medium, left): a reply by someone the article gives no title ('The home secretary has unveiled "
    "plans for identity cards. Shami Chakrabarti said the plans were an attack on liberty.') still takes the lead's "
    "title: nothing in the two sentences tells the holder from a critic. 0 of the base runs' lead titles were such a "
    "reply (3 fired on BBC, all right); a fix needs more than the next sentence (the holder's words echoing the lead's "
    "verb, or the headline's name)",
)
def test_a_reply_by_someone_untitled_gets_no_lead_title(described):
    text = (
        "The home secretary has unveiled plans for identity cards. Shami Chakrabarti said the plans were an attack "
        "on liberty. The home secretary said the cards would cut crime."
    )
    assert described(text).get("home secretary", (None, None)) != ("disc.shami_chakrabarti", "role-title")
