"""claims78: the page's own first-person voice is never an unnamed source in the joint choice.

A claim the rules gave to the author whose subject is "I" / "we" outside quotation marks ("I love that I don't have to
think ...", "We do not recommend this approach.") has no source phrase at all; the kind model reads the first person
as a quoted speaker's (`actor`), no speaker phrase is found, and the certainty model's `reported` made the joint choice
`unnamed` (op76's miss; m63: 12 BBC and 14 web rows). `relabel.own_first_person` bars `unnamed` for them. Real unnamed
sources ("It is understood that", "there were fears that"), quotations and a first person that is no subject keep the
joint choice as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims, load_lexicon
from narrative_pipeline.classify.claimer import sentence_speaker
from narrative_pipeline.classify.index import index_article
from narrative_pipeline.classify.model import Classifier, Prediction, task_model
from narrative_pipeline.classify.relabel import joint_choice, own_first_person, relabel

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def lex():
    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def article_of(parse, registry, lex):
    def _article(body: str, article_id: str = "0123456789abc078"):
        article = parse("A headline that is never a claim\n\n" + body, article_id)
        mentions, _ = link_articles([article], registry, 90.0)
        claims, _ = extract_claims([article], mentions, lex)
        return article, mentions, claims

    return _article


def pred(dist: dict[str, float]) -> Prediction:
    label = max(dist, key=dist.get)
    return Prediction(label, dist[label], dist, [])


def quoting_model(kind: str) -> Classifier:
    """A model that reads every claim as reported, with `kind` the most probable claimer kind, `author` the least."""
    weights = {"actor": 1.0, "unnamed": 0.5, "author": 0.0} | {kind: 3.0}

    def task(name: str, classes: list[str], bias: list[float]):
        return task_model(name, classes, bias, {})

    return Classifier(
        tasks={
            "claim_type": task("claim_type", ["assessment", "event", "prediction", "prescription"], [1, 0, 0, 0]),
            "certainty": task("certainty", ["asserted", "hedged", "reported"], [0.0, -1.0, 3.0]),
            "claimer_kind": task("claimer_kind", ["actor", "author", "unnamed"], [weights[k] for k in
                                                                                   ("actor", "author", "unnamed")]),
        }
    )  # fmt: skip


def test_own_voice_bars_unnamed_in_the_joint_choice():
    kind = pred({"actor": 0.8, "author": 0.15, "unnamed": 0.05})
    certainty = pred({"asserted": 0.08, "hedged": 0.02, "reported": 0.9})
    assert joint_choice(kind, certainty, False, "fallback", "author") == ("unnamed", "reported")
    assert joint_choice(kind, certainty, False, "fallback", "author", own_voice=True) == ("author", "asserted")
    # a speaker phrase found still makes the actor's claim
    assert joint_choice(kind, certainty, True, "fallback", "author", own_voice=True) == ("actor", "reported")


@pytest.mark.parametrize(
    "body",
    [
        "I love that I don't have to think about what to make for our meals.",  # op76's review
        "We do not recommend this approach.",
        "I have said I believed Chelsea would win the league, and I have seen nothing to make me change my mind.",
        "As a volunteer-staffed open source project, we could not bring Python releases to you without your help.",
    ],
)
def test_the_pages_first_person_is_the_authors(article_of, lex, body):
    article, mentions, claims = article_of(body)
    index = index_article(article, mentions, claims)
    assert claims[-1].claimer_kind == "author"
    assert own_first_person(claims[-1], index, lex)
    c = relabel(claims, [article], mentions, quoting_model("actor"), lex)[-1]
    assert (c.claimer_kind, c.certainty) == ("author", "asserted")


@pytest.mark.parametrize(
    "body",
    [
        "It is understood that the minister will resign next week.",  # real unnamed sources stay
        "There were fears that the plant would close.",
        "Sources said the deal was close.",
        "The plan worries us.",  # a first person that is no subject
        'He spoke after the match. "We will win this fight."',  # a quotation: the speaker's
        '"We have had an approach from Wales," confirmed a Saints spokesman.',
        '"It was hard.\n\nWe never gave up," the coach said.',  # a quotation open before the sentence
    ],
)
def test_unnamed_sources_and_quotations_keep_the_joint_choice(article_of, lex, body):
    article, mentions, claims = article_of(body)
    index = index_article(article, mentions, claims)
    assert not any(own_first_person(c, index, lex) for c in claims)


def test_an_unnamed_source_the_model_reads_stays_unnamed(article_of, lex):
    article, mentions, claims = article_of("There were fears that the plant would close.")
    c = relabel(claims, [article], mentions, quoting_model("unnamed"), lex)[-1]
    assert (c.claimer_kind, c.certainty) == ("unnamed", "reported")


# --- the sentence's speaker of a quotation (`claimer.sentence_speaker`) -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"We have had an approach from Wales," confirmed a Saints spokesman.', "Saints spokesman"),
        (
            '"Music fans are moving to newer ways that fit their lifestyle; either single tracks or subscription '
            'services," said Paul Myers, chief executive of Wippit.',
            "Paul Myers",
        ),
        ('"We will first solve the problem," Helmut Panke said.', "Helmut Panke"),
    ],
)
def test_the_speaker_of_a_quotation_outside_it(article_of, lex, body, speaker):
    article, mentions, claims = article_of(body)
    index = index_article(article, mentions, claims)
    found = sentence_speaker(claims[-1], index, lex)
    assert found is not None and found.text == speaker


@pytest.mark.parametrize(
    "body",
    [
        '"It is too early to say," told the BBC News website.',  # "told": its object is the hearer
        '"We will win this fight."',  # no verb of saying outside the quotation
    ],
)
def test_no_speaker_from_a_hearer_or_a_bare_quotation(article_of, lex, body):
    article, mentions, claims = article_of(body)
    index = index_article(article, mentions, claims)
    assert all(sentence_speaker(c, index, lex) is None for c in claims)
