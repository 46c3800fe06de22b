"""The one quotation model: marks, direction, what is inside."""

from __future__ import annotations

from narrative_pipeline.quotes import can_open, scan
from trees import words


def texts(toks, indexes):
    return [t.text for t in toks if t.i in indexes]


def test_straight_quotes_open_then_close():
    toks = words('" We won , " he said')
    q = scan(toks)
    assert q.marks == {0: "open", 4: "close"} and texts(toks, q.inside) == ["We", "won", ","]
    assert not q.open_after and q.closes


def test_curly_quotes_and_guillemets():
    toks = words("“ We won ” and « Wagner » left")
    q = scan(toks)
    assert texts(toks, q.inside) == ["We", "won", "Wagner"]
    assert q.marks == {0: "open", 3: "close", 5: "open", 7: "close"}


def test_ptb_quotes():
    toks = words("`` We won '' he said")
    assert texts(toks, scan(toks).inside) == ["We", "won"]


def test_an_apostrophe_is_not_a_closing_quote():
    toks = words("the ministers ’ plan")
    q = scan(toks)
    assert q.marks == {} and not q.closes and not q.inside
    toks = words("“ the ministers ’ plan")
    assert scan(toks).open_after and texts(toks, scan(toks).inside) == ["the", "ministers", "’", "plan"]


def test_single_quotes_pair_within_the_tokens():
    toks = words("he called it ‘ a disgrace ’ today")
    q = scan(toks)
    assert q.marks == {3: "open", 6: "close"} and texts(toks, q.inside) == ["a", "disgrace"]
    assert not scan(words("‘ a disgrace")).open_after  # a single quotation ends with its tokens


def test_a_quotation_open_before_runs_on_and_closes():
    toks = words('we will stay . " he said')
    q = scan(toks, open_before=True)
    assert q.marks == {4: "close"} and texts(toks, q.inside) == ["we", "will", "stay", "."]
    assert not q.open_after and q.closes
    assert scan(words("we will stay ."), open_before=True).open_after


def test_a_mark_before_a_word_opens_again_where_a_quoted_paragraph_never_closed():
    # '"It will help. "More people will read." Later it fell.': the archive lost a paragraph break
    toks = words('" It will help . " More people will read . " Later it fell .')
    for k in (0, 5):
        toks[k].space_after = False  # the marks stand against the word after them
    q = scan(toks)
    assert q.marks == {0: "open", 5: "open", 11: "close"}
    assert texts(toks, q.inside) == ["It", "will", "help", ".", "More", "people", "will", "read", "."]
    assert not q.open_after


def test_a_closing_mark_whose_opening_mark_was_lost_opens_nothing():
    # 'He wants to buy arms." When he was in Tokyo, ...': the archive lost the opening mark
    toks = words('he wants to buy arms . " When he was in Tokyo')
    toks[5].space_after = False  # the mark stands against the full stop before it
    q = scan(toks)
    assert q.marks == {6: "close"} and not q.inside and not q.open_after


def test_can_open():
    assert [can_open(t) for t in words('" “ ‘ « `` ” ’ » word')] == [True] * 5 + [False] * 4
