"""actors79 (session 52, issue 12): an article short of business (`ArticleInfo.business`) that still talks of firms
(three distinct business words or more, not about sport or the arts) and whose own text calls a name a company types
an organisation's name no rule types a company (`typing.firms_article`, rule `firms-article`): the BBC tech articles'
"IBM", "Toshiba", "Nokia" beside a "chip maker" the article names. A name the page says more of keeps its own type (a
charity, a union, a regulator, a university, an association), and an article with no company cue, or about sport,
keeps spaCy's label. Each text through the real parse (`typed` of tests/actors/conftest.py)."""

from __future__ import annotations

import pytest

RULE = "firms-article"
FIRMS = "Chip maker Intel has unveiled a processor for the laptop market. The firm said its products ship in March. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (FIRMS + "Toshiba and Fujitsu will use the chip in their machines.", "Toshiba"),
        (FIRMS + "IBM said it would not follow.", "IBM"),
        (FIRMS + "Reports say Nokia will announce a rival design next week.", "Nokia"),
    ],
)
def test_an_organisations_name_in_an_article_of_firms_is_a_company(typed, text, name):
    found = typed(text)
    assert found[name] == ("company", RULE), found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (FIRMS + "The charity Childnet said the machines would help schools.", "Childnet", "organisation"),
        (FIRMS + "The watchdog Spamhaus said the machines sent spam.", "Spamhaus", "organisation"),
        (FIRMS + "The Amicus union said jobs at the plant were safe.", "Amicus", "organisation"),  # the registry's
        (FIRMS + "The regulator Ofcom said it would look at the deal.", "Ofcom", "government"),  # the registry's
        (FIRMS + "Researchers at Cambridge University tested the chip.", "Cambridge University", "organisation"),
        (
            FIRMS + "The Consumer Electronics Association welcomed the news.",
            "Consumer Electronics Association",
            "organisation",
        ),
    ],
)
def test_a_body_the_page_says_more_of_keeps_its_type(typed, text, name, kind):
    found = typed(text)
    assert found[name][0] == kind and found[name][1] != RULE, found


# actors80: MIT and Nasa are no firms there (`known_bodies`; tests/actors/test_actors80.py has the rest)
@pytest.mark.parametrize(
    ("text", "name"),
    [(FIRMS + "Researchers at MIT tested the chip.", "MIT"), (FIRMS + "Nasa said it would buy the chip.", "Nasa")],
)
def test_a_bare_acronym_of_a_body_is_no_firm(typed, text, name):
    assert typed(text)[name][0] != "company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no name the article calls a company
        ("The laptop market grew. The firm said its products ship in March. IBM said it would not follow.", "IBM"),
        # fewer than three business words
        ("Chip maker Intel has unveiled a processor. IBM said it would not follow.", "IBM"),
        # a long page with a few business words in it: below a third of the business density
        (FIRMS + "The town's old mill stood by the river for a hundred years and more. " * 45 + "IBM said so.", "IBM"),
        # about sport
        (
            "Chip maker Intel sponsors the league. The firm said its products ship in March. The club's striker "
            "scored a goal in the match and the keeper saved a penalty. IBM said it would not follow.",
            "IBM",
        ),
    ],
)
def test_without_a_firm_or_business_words_the_label_stays(typed, text, name):
    found = typed(text)
    assert found[name] == ("organisation", "ner-label"), found


def test_the_vote_weighs_a_firms_article_as_the_topic():
    """`firms-article` rests on the article's topic and a firm named elsewhere on the page, not on a cue of the name:
    label-only, and weighed as `business-article` in the corpus's vote."""
    from narrative_pipeline.actortypes import LABEL_ONLY_RULES, TOPIC_WEIGHT, vote_weight

    assert "firms-article" in LABEL_ONLY_RULES
    assert vote_weight("firms-article") == vote_weight("business-article") == TOPIC_WEIGHT
