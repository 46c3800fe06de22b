"""actors61 (issue 12, descriptor coreference): an unqualified "the company" / "the firm" is the firm the article named
most, three times at least and three times as often as any other, even where another firm was named since in this
sentence or the one before, unless a proper noun since its last naming is a subject naming another organisation or
none (`descriptors.dominant_firm`); "the band" is also a group the headline or first sentence names
(`topic_kind_types`). Made-up sentences, each through the real parse (`described` of tests/actors/conftest.py)."""

from __future__ import annotations

from narrative_pipeline.actors import link_article

from .conftest import HEADLINE

EMI = (
    "Music giant EMI has warned that its profits will fall short of forecasts. EMI said sales of its albums were "
    "weaker than expected. Shares in EMI fell 16% on the news. Two albums planned for release in March, one of them "
    "by Gorillaz, have now been delayed. Sales in January were lower than expected, the company added."
)


def test_the_company_is_the_firm_named_most_past_a_firm_named_once(described):
    assert described(EMI).get("company", (None,))[0] == "disc.emi"


CLOSE = (
    "Oil firm Petrol Corp reported higher profits. Petrol Corp said sales rose. Petrol Corp shares rose 3%. Analysts "
    "said Petrol Corp had a good year, with its stake in Karsk Mining worth more. Shares in Karsk Mining rose on the "
    "news, the company said."
)


LILLY = (
    "Retailer Wal-Mart has launched an advertising campaign. Wal-Mart says its critics are wrong. Wal-Mart shares rose "
    "2%. Wal-Mart is also fighting two lawsuits.\n\nMeanwhile Eli Lilly is launching a series of adverts in a dozen "
    "newspapers about its drug Prozac.\n\nThe move answers a journal article that claimed missing Lilly documents "
    "linked Prozac to suicide. In the adverts, the company says the article spreads fear."
)


def descriptor_rows(parse, linker, text: str) -> list[tuple[str, str | None]]:
    article = parse(HEADLINE + text)
    chosen = link_article(article, linker(90.0))
    return [(article.text[c.start : c.end], c.actor_id) for c in chosen if c.method == "descriptor"]


def test_a_proper_noun_subject_no_name_links_since_may_be_meant(parse, linker):
    """ "Meanwhile Eli Lilly is launching" (the parse links no name there): the company is not Wal-Mart, named most."""
    assert ("company", "disc.wal_mart") not in descriptor_rows(parse, linker, LILLY)


def test_a_firm_named_not_three_times_as_often_is_not_taken(described):
    """Petrol Corp four times, Karsk Mining twice: either may be meant."""
    assert "company" not in described(CLOSE)


SABBATH = (
    "Black Sabbath have topped a list of the best British rock albums of all time.\n\n"
    "The band once fronted by Ozzy Osbourne led a poll of magazine readers with their 1970 debut. The band have three "
    "more efforts on the list.\n\nFormed in the late 1960s, Black Sabbath are one of Britain's most successful rock "
    "bands."
)


def test_the_band_is_the_group_the_first_sentence_names(parse, linker):
    rows = descriptor_rows(parse, linker, SABBATH)
    assert rows.count(("band", "disc.black_sabbath")) == 2
