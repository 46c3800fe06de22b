"""review30: a fresh review of session 29's actors rules (desc29's `titles.lead_titles`). Every sentence is made up."""

from __future__ import annotations

import pytest

LEAD = "Scotland's justice minister has warned bigoted fans they face bans from every ground. "
LATER = " The minister said the orders would apply to all clubs."


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Rangers chairman David Murray said the club backed the plan." + LATER,
        LEAD + "David Murray, the Rangers chairman, said the club backed the plan." + LATER,
        "The home secretary has unveiled plans for identity cards. Liberty director Shami Chakrabarti said the plans "
        "were an attack on liberty. The home secretary said the cards would cut crime.",
        "The chancellor has promised to cut taxes for small firms. Education Secretary Ruth Kelly said schools would "
        "gain. Business leaders said the chancellor had done too little.",
    ],
)
def test_a_reply_by_another_body_s_office_holder_gets_no_lead_title(described, text):
    """review30 (medium): desc29 gave the lead's title to whoever the next sentence names as its subject, so a reply
    by another body's office holder ("Rangers chairman David Murray") made him "the minister" for the rest of the
    article (the news pattern lead, then reaction). A person given there a title of another role noun with a name the
    lead does not say is not the lead's holder."""
    assert not any(rule == "role-title" and actor != "disc.cathy_jamieson" for actor, rule in described(text).values())


def _lead_titles_of(described, monkeypatch, text):
    from narrative_pipeline.actors import linking

    real, got = linking.lead_titles, []
    monkeypatch.setattr(linking, "lead_titles", lambda *args: got.append(real(*args)) or got[-1])
    described(text)
    return got[0][0]  # the phrases (actors88: `lead_titles` gives its title's token index too)


@pytest.mark.parametrize(
    "text",
    [
        "The head of US TV network Fox has admitted the broadcaster relied too heavily on reality TV. Fox chief "
        "executive Gail Berman said the network drifted.",
        "The head of the broadcaster has admitted it relied too heavily on reality TV. Chief executive Gail Berman "
        "said the network drifted.",
    ],
)
def test_a_title_of_the_lead_s_body_or_of_none_keeps_the_lead_title(described, monkeypatch, text):
    """Near cases (as BBC's "The head of US TV network Fox has admitted ... Chief executive Gail Berman said"): the
    holder's own title names the lead's body or none, so the lead's title is still hers."""
    assert _lead_titles_of(described, monkeypatch, text) == {"head": ("disc.gail_berman", "Gail Berman")}


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
    "reply (19 fired on BBC, changing 3 articles' rows, all right; none on web); a fix needs more than the next sentence (the holder's words echoing the lead's "
    "verb, or the headline's name)",
)
def test_a_reply_by_someone_untitled_gets_no_lead_title(described):
    text = (
        "The home secretary has unveiled plans for identity cards. Shami Chakrabarti said the plans were an attack "
        "on liberty. The home secretary said the cards would cut crime."
    )
    assert described(text).get("home secretary", (None, None)) != ("disc.shami_chakrabarti", "role-title")
