"""review72's findings 1, 2 and 7 (fix82): the claimer model's `last-speaker` phrase against a sentence's own
speaker, numeric character references kept inside their word by the tokenizer, and owners inside a passive subject
that do not undergo the act."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims, load_lexicon
from narrative_pipeline.classify.claimer import Phrase, claimer_phrase, is_self_reference
from narrative_pipeline.classify.index import index_article

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lex():
    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def article_of(parse, registry, lex):
    def _article(body: str, article_id: str = "0123456789abcdef"):
        article = parse("A headline that is never a claim\n\n" + body, article_id)
        mentions, _ = link_articles([article], registry, 90.0)
        claims, _ = extract_claims([article], mentions, lex)
        return article, mentions, claims

    return _article


EARLIER = Phrase("Mr Bush", 0, 7, None, "rules", 0)


def _phrase_of(article_of, lex, body: str, sentence: str, as_actor: bool) -> Phrase | None:
    """The claimer phrase of the claim in `sentence` (the last paragraph's), after an earlier speaker "Mr Bush";
    `as_actor`: the model gave the claim to an actor where the rules found no phrase."""
    article, mentions, claims = article_of(body)
    index = index_article(article, mentions, claims)
    start = article.text.index(sentence)
    claim = next(c for c in claims if c.start <= start < c.end or start <= c.start < start + len(sentence))
    if as_actor:
        update = {"claimer_kind": "actor", "claimer_text": None, "claimer_start": None, "claimer_end": None}
        claim = claim.model_copy(update=update)
    k = index.sent_of[claim.sentence_id]
    earlier = Phrase("Mr Bush", 0, 7, None, "rules", index.article.sents[k].record.paragraph_index)
    return claimer_phrase(claim, index, lex, [earlier])


def test_the_us_in_capitals_is_no_first_person_word():
    assert not is_self_reference("US") and not is_self_reference("US government")
    assert is_self_reference("us") and is_self_reference("We") and is_self_reference("our research")


def test_the_us_keeps_its_own_reporting_clause(article_of, lex):
    body = "Mr Bush said the dollar would recover.\n\nThe US has said it is committed to a strong dollar.\n"
    phrase = _phrase_of(article_of, lex, body, "The US has said", as_actor=False)
    assert phrase is not None and phrase.text == "US"


def test_a_continued_quotation_still_takes_the_last_speaker(article_of, lex):
    body = '"We will win this," Mr Bush said.\n\n"The economy will grow faster next year and the deficit will fall."\n'
    phrase = _phrase_of(article_of, lex, body, "The economy will grow", as_actor=True)
    assert phrase is not None and phrase.text == "Mr Bush"


# --- review72 2: numeric character references ---------------------------------------------------------------------


def test_a_numeric_character_reference_stays_inside_its_word(parse):
    article = parse("A headline\n\nEC President Jos&#233; Manuel Barroso met the caf&#233; owners and paid &#163;8m.\n")
    words = [t.text for t in article.tokens]  # fix84: read as the characters they name (`textnorm`)
    assert "José" in words and "café" in words and "£" in words and ";" not in words
    archived = {article.text[t.start : t.end] for t in article.tokens}  # the archived text's own offsets
    assert {"Jos&#233;", "caf&#233;", "&#163;"} <= archived


def test_a_word_with_a_numeric_character_reference_is_no_clause_boundary(parse):
    article = parse('A headline\n\n"It is for the risqu&#233; consumer," said an Eton spokesperson.\n')
    consumer = next(t for t in article.tokens if t.text == "consumer")
    assert consumer.dep != "nsubj" and consumer.head is not None and consumer.head.text != "said"


# --- review72 7: owners inside a passive subject ------------------------------------------------------------------


def test_the_maker_of_a_work_is_no_patient_of_what_is_done_to_it(statements):
    found = statements("Russian director Andrei Petrov's controversial film has been banned by Ukraine.")
    s = next(s for s in found if s.action_text == "banned")
    assert s.patient_actor_id is None, [(x.agent_actor_id, x.action_text, x.patient_actor_id) for x in found]


def test_a_passive_subjects_own_actor_and_an_acting_owners_stay(statements):
    s = next(s for s in statements("Hamas was banned by the British government in 2021.") if s.action_text == "banned")
    assert s.patient_actor_id == "hamas"
    found = statements("Russia's ambassador was expelled by the British government.")
    s = next(s for s in found if s.action_text == "expelled")
    assert s.patient_actor_id == "state_rus"
