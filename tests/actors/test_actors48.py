"""actors48 (issue 12, actors on any news): a long name spaCy leaves out where it finds it elsewhere on the page, and a
band the page says is one with a copula.

- `linking.unfound_names`: the words of a name of two words or more that spaCy found elsewhere on the page, written
  alike where spaCy labelled none of them ("Black Sabbath have topped a list" when spaCy finds "Black Sabbath" only
  further down), are that name. Near cases: the name in quotation marks (a song's title), after "a" or owned by
  another name (a thing: "a new Rocket Pass"), before a number ("Rocket Pass 4"), in a line that is no clause.
- `named.said_to_be` (`typing.band_cue`, `kinds.kind_words`): "Black Sabbath are one of Britain's most successful
  heavy rock bands" types the name a band and introduces it as one ("the band's success" after it is the band). Near
  case: a negated copula ("are not one of ... bands") says nothing.
"""

from __future__ import annotations

from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.actors.linking import _a_things_name, _alone, _prose
from narrative_pipeline.syntax import head_of

SABBATH = (
    "Black Sabbath have topped a list of the best British rock albums of all time.\n\nThe band once fronted by Ozzy "
    "Osbourne led a poll of Kerrang! magazine readers. Black Sabbath {are} one of Britain's most successful heavy rock "
    "bands. Osbourne said the band's success was a triumph."
)


def test_a_long_name_spacy_finds_further_down_is_that_name_where_it_leaves_it_out(mentions):
    found = mentions(SABBATH.format(are="are"))
    sabbath = [(text, actor_id) for text, actor_id, _ in found if text == "Black Sabbath"]
    assert sabbath == [("Black Sabbath", "disc.black_sabbath")] * 2


def test_a_copula_saying_the_name_is_a_band_types_it_and_introduces_it(typed, described):
    assert typed(SABBATH.format(are="are"))["Black Sabbath"] == ("group", "band-cue")
    assert described(SABBATH.format(are="are"))["band"] == ("disc.black_sabbath", "kind-of-named")


def test_near_case_a_negated_copula_says_nothing(typed, described):
    assert typed(SABBATH.format(are="are not"))["Black Sabbath"][0] == "person"
    assert "band" not in described(SABBATH.format(are="are not"))


def test_near_case_a_quoted_name_is_a_title_not_the_name(parse, linker):
    from narrative_pipeline.actors import link_article

    article = parse(
        "Headline\n\nBlack Sabbath won a poll. The list was topped by rock band Black Sabbath, whose singer Ozzy "
        "Osbourne said 'Black Sabbath' was their best song."
    )
    quoted = article.text.index("'Black Sabbath'") + 1
    assert quoted not in {c.start for c in link_article(article, linker(90.0))}


def _span(article, words: str):
    start = article.text.index(words)
    toks = [t for s in article.sents for t in s.tokens]
    span = [t for t in toks if start <= t.start and t.end <= start + len(words)]
    sent = next(s for s in article.sents if span[0] in s.tokens)
    return sent, span


def test_near_case_a_name_said_with_a_or_owned_by_another_name_is_a_things(parse):
    article = parse("Headline\n\nRocket League is gearing up for a new season and with that comes a new Rocket Pass.")
    _, span = _span(article, "Rocket Pass")
    assert _a_things_name(head_of(span), "organisation")
    article = parse("Headline\n\nCheck out the reveal trailer for Rocket League's new Rocket Pass today.")
    _, span = _span(article, "Rocket Pass")
    assert _a_things_name(head_of(span), "organisation")
    article = parse("Headline\n\nThe band Black Sabbath have topped a list of the best British rock albums.")
    _, span = _span(article, "Black Sabbath")
    assert not _a_things_name(head_of(span), "group")


def test_near_case_a_name_before_a_number_or_a_colon_is_a_titles_part(parse, lex):
    article = parse("Headline\n\nRocket Pass 4 will begin at 10:00 a.m. on August 28.")
    sent, span = _span(article, "Rocket Pass")
    k = sent.tokens.index(span[0])
    assert not _alone(sent.tokens, k, k + len(span) - 1, set(), ArticleInfo.build(article, lex), lex)
    article = parse("Headline\n\nCall of Duty: Finest Hour casts you as a succession of allied soldiers.")
    sent, span = _span(article, "Finest Hour")
    k = sent.tokens.index(span[0])
    assert not _alone(sent.tokens, k, k + len(span) - 1, set(), ArticleInfo.build(article, lex), lex)
    article = parse("Headline\n\nOn Friday the band Black Sabbath topped a list of the best British rock albums.")
    sent, span = _span(article, "Black Sabbath")
    k = sent.tokens.index(span[0])
    assert _alone(sent.tokens, k, k + len(span) - 1, set(), ArticleInfo.build(article, lex), lex)


def test_near_case_a_line_that_is_no_clause_is_no_prose(parse):
    article = parse("Headline\n\n| Chipping Barnet | Theresa Villiers | theresa@example.org |")
    assert not any(_prose(s) for s in article.sents if s.index > 0)
    article = parse("Headline\n\nTheresa Villiers says the world will buy British.")
    assert _prose(article.sents[-1])


def _discovered(article, words: str, type_rule: str):
    from narrative_pipeline.actors.candidates import Candidate, LinkPriority

    _, span = _span(article, words)
    return Candidate(
        span[0].i, span[-1].i, span[0].start, span[-1].end, None, "organisation", "ner-discovered",
        LinkPriority.DISCOVERED, 1.0, None, words, "ORG", type_rule, span,
    )  # fmt: skip


def test_near_case_a_long_name_only_spacys_label_gave_once_is_not_looked_for_again(parse):
    from narrative_pipeline.actors.linking import long_names

    article = parse("Headline\n\nThe Coinbase Wallet is a secure digital wallet. Should I use the Coinbase Wallet?")
    toks = {t.i: t for s in article.sents for t in s.tokens}
    once = _discovered(article, "Coinbase Wallet", "ner-label")
    assert long_names([once], toks) == {}
    assert set(long_names([once, once], toks)) == {"Coinbase Wallet"}  # found twice
    assert set(long_names([_discovered(article, "Coinbase Wallet", "company-cue")], toks)) == {"Coinbase Wallet"}


def test_a_surname_in_a_title_case_headline_beside_a_title_and_a_lower_case_word(parse, linker):
    from narrative_pipeline.actors import link_article

    article = parse(
        "BVI Premier Fahie Arrested in USA On Drug Related Charges\n\nBVI Premier Andrew Fahie has been detained in "
        "the United States on drug-related charges. He was arrested in Miami, officials said."
    )
    linked = {(article.text[c.start : c.end], c.start) for c in link_article(article, linker(90.0))}
    assert ("Fahie", article.text.index("Fahie")) in linked


def test_near_case_beside_a_name_outside_a_title_case_headline_a_capitalised_word_counts(parse, lex):
    from narrative_pipeline.actors.linking import name_word_beside

    text = (
        "Premier Fahie Arrested in Miami On Drug Related Charges\n\nThe premier was arrested in Miami, officials said."
    )
    article = parse(text)
    info = ArticleInfo.build(article, lex)
    toks = {t.text: t for t in article.sents[0].tokens}
    assert not name_word_beside(toks["Arrested"], info, lex)  # "arrested" is written in lower case on the page
    assert not name_word_beside(toks["Premier"], info, lex)  # a title
    assert name_word_beside(toks["Miami"], info, lex)  # a name the page never writes in lower case
    article = parse(
        "Premier Fahie arrested in Miami on drug charges\n\nThe premier was arrested in Miami, officials said."
    )
    info = ArticleInfo.build(article, lex)
    assert name_word_beside(next(t for t in article.sents[0].tokens if t.text == "Premier"), info, lex)
