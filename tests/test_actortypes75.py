"""actors75 (review56 finding 9 on actors71's vote): the type rules that rest on no cue of the text (spaCy's label, the
article's topic, the name's spelling) are one set, `actortypes.LABEL_ONLY_RULES`, which the actors step's typing
(`typing.LABEL_DECISIONS`), its page lines (`pagelines.LABEL_ONLY`), its resolution and the vote all read; and a
label-only mention weighs a tenth of a business article's company in the vote, so many label-only mentions of
another type outvote one business article (m60: FIFA, 10 organisation labels against 1 business-article company),
while a cue still outvotes both."""

from __future__ import annotations

from narrative_pipeline.actors import pagelines, typing
from narrative_pipeline.actortypes import LABEL_ONLY_RULES, discovered_type, type_votes, vote_weight


def one(rows: list[tuple[str, str]]) -> str:
    return discovered_type(type_votes(("disc.x", t, r) for t, r in rows)["disc.x"])


def test_one_label_only_set():
    assert pagelines.LABEL_ONLY is LABEL_ONLY_RULES
    assert typing.LABEL_DECISIONS is LABEL_ONLY_RULES
    assert "camel-case-name" in LABEL_ONLY_RULES


def test_a_spelling_only_retype_weighs_as_a_label():
    assert vote_weight("camel-case-name") == vote_weight("ner-label")


def test_label_only_mentions_have_a_small_weight():
    cue, topic, label = vote_weight("company-cue"), vote_weight("business-article"), vote_weight("ner-label")
    assert 0 < label < topic < cue


def test_many_label_only_mentions_outvote_one_business_article():
    # review56 9: 20 person labels against one business article's company
    assert one([("person", "ner-label")] * 20 + [("company", "business-article")]) == "person"


def test_a_few_label_only_mentions_do_not():
    # disc.air_deccan (actors71): 3 person labels and one business article's company
    assert one([("person", "ner-label")] * 3 + [("company", "business-article")]) == "company"


def test_a_cue_outvotes_many_labels_and_a_business_article():
    rows = [("person", "ner-label")] * 20 + [("company", "business-article"), ("organisation", "team-cue")]
    assert one(rows) == "organisation"
