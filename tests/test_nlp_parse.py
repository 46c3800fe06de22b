"""The parse's faster paths give spaCy's own values: the attribute ruler's matches found without spaCy's
Matcher (nlp.TokenRules), the rule lemmatizer's answers remembered and its word lists as sets
(nlp.remember_lemmas)."""

from __future__ import annotations

import pytest
from narrative_pipeline.nlp import TokenRules, load_pipeline, remember_lemmas
from narrative_pipeline.settings import PipelineConfig

TEXTS = [
    # single-token rules (tags, "not", pronouns as objects, IN / NOT_IN / REGEX tests) and every rule
    # of two tokens in the English model: gon na, got ta, let 's, c'm on, y' all, ai n't, there is
    "I ain't gonna do it, y'all. Let's go! There's nothin' left, and there are no plans. C'mon, "
    "we gotta see it. You gave it to me and I did not. Who's there? Whether it rains or not, that is it.",
    "Mr Brown said the rules, which were set in 1997, will not be changed.  \n\n  Nobody has asked him.",
    "Share prices fell 3% on Tuesday after the firm's chief executive resigned; analysts had expected it.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def spacy_ruler(spacy_nlp):
    """The parse up to the attribute ruler and the ruler with spaCy's own matching."""
    return spacy_nlp, spacy_nlp.get_pipe("attribute_ruler")


def test_the_rules_find_the_matches_spacys_matcher_finds(spacy_ruler):
    plain, ruler = spacy_ruler
    rules = TokenRules.of(ruler)
    assert rules is not None
    docs = list(plain.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]))
    for doc in docs:
        assert rules(doc) == ruler.match(doc)
    # the two-token rules did fire (let 's -> us, gon na -> go, there are -> VERB)
    first = rules(docs[0])
    assert any(end - start == 2 for _, _, start, end in first)
    assert len({(start, end) for _, _, start, end in first if end - start == 2}) >= 5


def test_the_pipeline_sets_the_same_attributes_with_the_rules(spacy_ruler):
    plain, _ = spacy_ruler
    nlp = load_pipeline(PipelineConfig().spacy_model, ())
    assert isinstance(nlp.get_pipe("attribute_ruler").match, TokenRules)
    for ours, theirs in zip(nlp.pipe(TEXTS), plain.pipe(TEXTS), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_, t.ent_iob_) for t in ours] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.ent_type_, t.ent_iob_) for t in theirs
        ]
    doc = nlp("Let's go, y'all.")
    assert [t.lemma_ for t in doc][:2] == ["let", "us"]


def test_a_ruler_with_a_rule_outside_the_supported_forms_is_left_to_spacy():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}]], {"POS": "DET"})
    assert TokenRules.of(ruler) is not None
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})  # an operator: spaCy's Matcher decides
    assert TokenRules.of(ruler) is None
    other = spacy.blank("en").add_pipe("attribute_ruler")
    other.add([[{"MORPH": {"IS_SUPERSET": ["Number=Sing"]}}]], {"POS": "NOUN"})
    assert TokenRules.of(other) is None


LEMMA_TEXT = (
    "The mice were running faster than the geese, and the children's best-loved ponies had eaten the oldest "
    "apples. She studies; he studied; they are studying. Wolves, leaves, analyses, data and criteria. "
    "The Smiths' houses were bigger; the better ones cost more. Running runs ran. I'm sure they've gone."
)


def test_the_lemmatizer_gives_spacys_own_lemmas_remembered_and_from_sets(spacy_ruler):
    plain, _ = spacy_ruler
    nlp = load_pipeline(PipelineConfig().spacy_model, ())
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize.__qualname__.startswith("remember_lemmas")
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    assert isinstance(plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"], list)
    texts = [LEMMA_TEXT, LEMMA_TEXT.upper(), *TEXTS]
    for ours, theirs in zip(nlp.pipe(texts), plain.pipe(texts), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    doc = nlp(LEMMA_TEXT)
    assert {"mouse", "child", "pony", "eat", "old", "study", "wolf"} <= {t.lemma_ for t in doc}


def test_a_lemmatizer_other_than_spacys_rule_lemmatizer_is_left_alone():
    import spacy

    lookup = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "lookup"})
    before = lookup.lemmatize
    assert remember_lemmas(lookup) is False
    assert lookup.lemmatize == before


def test_the_rules_match_as_spacy_does_when_the_parser_is_disabled(spacy_nlp):
    """Without the parser every dependency label is empty: the rules testing it (IN, NOT_IN) decide as the
    Matcher does on the missing value."""
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    rules = TokenRules.of(ruler)
    with spacy_nlp.select_pipes(disable=["parser"]):
        docs = list(spacy_nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]))
    assert all(doc[0].dep_ == "" for doc in docs if len(doc))
    for doc in docs:
        assert rules(doc) == ruler.match(doc)
    assert any(ruler.match(doc) for doc in docs)
