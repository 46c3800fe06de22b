"""review48 (fresh-eyes review of session 46's merges): a party's capital "(C)" in a list of candidates is no
captain's mark, so the list is no team sheet and the registry's politicians stay theirs (actors58's `lineups`); a
leader other than the market's stays a person's noun on a one-word name in business news (actors59). Each text
through the real parse (`mentions`, `typed` of tests/actors/conftest.py); the sentences are written for the review."""

from __future__ import annotations

from narrative_pipeline.actors.lineups import read_sheet

MARKET = "Shares in the firm rose 3%, and profits, sales and revenues were higher than investors expected. "
LEADERS = (
    "Party leaders were in the studio for the final debate before polling day.\n\n"
    "Blair (Lab), Howard (C), Kennedy (LD), Salmond (SNP)."
)


def test_a_partys_capital_c_is_no_captains_mark(mentions):
    """'Howard (C)' is the Conservative: actors58 read it as a captain's '(c)', made the list a sheet, dropped Blair
    and kept Howard and Kennedy from the registry."""
    ids = {a for _, a, _ in mentions(LEADERS)}
    assert {"tony_blair", "michael_howard", "charles_kennedy"} <= ids, ids


def test_a_captains_lower_case_c_still_marks_a_sheet(parse):
    article = parse("Headline\n\nSmith, Jones, Evans, Williams (c), Thomas.")
    sent = article.sents[-1]
    read = read_sheet(sent.tokens, frozenset())
    assert read is not None and read.strong is not None
    assert [t.text for t in sent.tokens if t.i == read.strong] == ["c"]


def test_a_militia_leader_stays_a_person_in_business_news(typed):
    found = typed(MARKET + "Militia leader Sadr warned foreign oil firms to leave Basra.")
    assert found["Sadr"][0] == "person", found


def test_rival_before_a_one_word_name_is_still_no_persons_cue_in_business_news(typed):
    """actors59's 'rival Ryanair' holds: only 'leader' is given back."""
    found = typed(MARKET + "The cut in fares hit rival Ryanair, whose shares fell 2% on the news.")
    assert found["Ryanair"][0] == "company", found


def test_a_one_word_politician_in_business_news_is_a_person(typed):
    """Was a strict xfail: actors59's business-article rule typed him a firm, nothing on the page saying more of him.
    actors62: a "his" of his own sentence that nothing named before it may own (`sole_persons_pronoun`)."""
    found = typed(MARKET + "Kadyrov said the pipeline through Chechnya would be guarded by his forces.")
    assert found["Kadyrov"][0] == "person", found
