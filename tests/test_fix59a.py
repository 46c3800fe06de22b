"""fix59a (review59 findings 1 and 14): a mention's type cue re-derives from the text by its offsets, as one span or,
when its words lie apart ("rugby" ... "Zealand"), as two (`type_cue2*`); a claim unit is never cut inside a
hyphenated word ("co-operate"), so a statement's action lies inside its claim; validation checks both
(config/eval/README.md "fix59a")."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors.linking import cue_columns, cue_spans
from narrative_pipeline.claims.units import joins_a_word, whole_word
from narrative_pipeline.parsed import Tok
from narrative_pipeline.textnorm import normalize_text


def toks_of(text: str) -> list[Tok]:
    """Whitespace- and hyphen-split tokens of `text`, as spaCy splits 'co-operate' into three."""
    import re

    out = []
    for k, m in enumerate(re.finditer(r"[A-Za-z0-9]+|-|[^\sA-Za-z0-9-]", text)):
        out.append(Tok(k, m.start(), m.end(), m.group(), m.group(), "X", "X", "dep", k, "", "O", True, 0, m.group()))
    return out


class Text:
    """The one method of ParsedArticle the cue columns read."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span_text(self, start: int, end: int) -> str:
        return normalize_text(self.text[start:end])


RUGBY = "The rugby season opened. " + "Fans came from far and wide to see it. " * 3 + "New Zealand won."


def test_a_cue_of_words_apart_is_two_spans_in_text_order():
    toks = toks_of(RUGBY)
    rugby, zealand = next(t for t in toks if t.text == "rugby"), next(t for t in toks if t.text == "Zealand")
    assert cue_spans([zealand, rugby]) == [(rugby.start, rugby.end), (zealand.start, zealand.end)]
    cols = cue_columns(Text(RUGBY), [zealand, rugby])  # the order national_team gives: the head, then the sport
    assert (cols["type_cue"], cols["type_cue2"]) == ("rugby", "Zealand")
    assert RUGBY[cols["type_cue_start"] : cols["type_cue_end"]] == "rugby"
    assert RUGBY[cols["type_cue2_start"] : cols["type_cue2_end"]] == "Zealand"


def test_a_cue_of_close_words_is_one_span_whatever_their_order():
    text = "coach Mike Ruddock says England will win"
    toks = toks_of(text)
    cols = cue_columns(Text(text), [toks[4], toks[0]])  # "England", then "coach": start was after end before
    assert cols == {"type_cue": "coach Mike Ruddock says England", "type_cue_start": 0, "type_cue_end": 31}
    assert "type_cue2" not in cols


def test_a_cue_of_three_words_is_cut_at_its_widest_gap():
    text = "with Argentine David Nalbandian " + "and more words here " * 3 + "Ninth seed Nalbandian"
    toks = toks_of(text)
    arg, ninth, seed = (next(t for t in toks if t.text == w) for w in ("Argentine", "Ninth", "seed"))
    cols = cue_columns(Text(text), [arg, ninth, seed])
    assert (cols["type_cue"], cols["type_cue2"]) == ("Argentine", "Ninth seed")


def test_no_cue_no_columns():
    assert cue_spans([]) == [] and cue_columns(Text("x"), []) == {}


def test_a_hyphen_inside_a_word_joins_it():
    toks = toks_of("and would co-operate fully")
    co, hyphen, operate = toks[2], toks[3], toks[4]
    assert joins_a_word(hyphen, co, operate)
    assert whole_word(toks, operate, -1) is co and whole_word(toks, co, 1) is operate
    assert whole_word(toks, toks[1], 1) is toks[1]  # "would": no hyphen after it


@pytest.mark.parametrize("text", ["the election - widely expected", "in 2004-05 it", "Blu -ray"])
def test_a_dash_between_words_or_numbers_joins_nothing(text):
    toks = toks_of(text)
    hyphen = next(t for t in toks if t.text == "-")
    k = toks.index(hyphen)
    assert not joins_a_word(hyphen, toks[k - 1], toks[k + 1])
    assert whole_word(toks, toks[k + 1], -1) is toks[k + 1]
