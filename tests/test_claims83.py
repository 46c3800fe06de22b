"""claims83: holds where the rules' type is the labels' and the model overruled it. A call voiced (`voiced-call`:
ANNOTATION's "called for X" -> prescription), "blamed X for" and "congratulated X on" (kin of the named assessment
acts) and a present phrase of the future ("is to", "is likely to", "is set to": a prediction) keep the rules' type
against the classifier; a past or modal phrase of the future, a modifier's, and a negated or embedded act follow the
model."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import relabel
from test_classify import article_of, forcing_model, lex  # noqa: F401  (fixtures)


def _relabelled(article_of, lex, body: str, forced: str):  # noqa: F811
    article, mentions, claims, _ = article_of(body)
    return claims[-1], relabel(claims, [article], mentions, forcing_model(forced, "asserted", "author"), lex)[-1]


@pytest.mark.parametrize(
    "body",
    [
        "On Sunday, Lib Dem leader Charles Kennedy repeated his call for a pause in considering the legislation.",
        "The fund has made a request for an extraordinary shareholders meeting to be held.",
        "Acpo made its call for stronger closure powers in a paper for the committee.",
    ],
)
def test_a_voiced_call_holds_its_prescription(article_of, lex, body):  # noqa: F811
    rule, c = _relabelled(article_of, lex, body, "event")
    assert (rule.claim_type, rule.type_rule) == ("prescription", "voiced-call")
    assert (c.claim_type, c.type_source) == ("prescription", "rules")


@pytest.mark.parametrize(
    "body",
    [
        "The insurer blamed the cuts on poor share returns and low interest rates.",
        "It blamed an $850m payout to settle a price-rigging lawsuit.",
        "The communique congratulated President Bush on his victory.",
    ],
)
def test_blame_and_congratulate_hold_their_assessment(article_of, lex, body):  # noqa: F811
    rule, c = _relabelled(article_of, lex, body, "event")
    assert (rule.claim_type, rule.type_rule) == ("assessment", "verb-assessment")
    assert (c.claim_type, c.type_source) == ("assessment", "rules")


@pytest.mark.parametrize(
    "body",
    [
        "The prime minister is to deliver a keynote speech on election themes.",
        "India's economy is less likely to slow because the areas hit are the least developed.",
        "The two companies are set to announce the merger next week.",
        "The firm is due to publish its results on Friday.",
    ],
)
def test_a_present_phrase_of_the_future_holds_its_prediction(article_of, lex, body):  # noqa: F811
    rule, c = _relabelled(article_of, lex, body, "assessment")
    assert (rule.claim_type, rule.type_rule) == ("prediction", "phrase-future")
    assert (c.claim_type, c.type_source) == ("prediction", "rules")


@pytest.mark.parametrize(
    "body",
    [
        "Danny Kruger had been due to take on Tony Blair in Sedgefield.",  # past: an arrangement narrated
        "The firm was likely to publish its results on Friday.",
        "Foreign companies would be certain to win the contracts.",  # under a modal
        "The band showcased material from their forthcoming EP, due for release in February.",  # a modifier's
    ],
)
def test_a_past_modal_or_modifying_phrase_of_the_future_follows_the_model(article_of, lex, body):  # noqa: F811
    rule, c = _relabelled(article_of, lex, body, "event")
    assert rule.claim_type == "prediction", (rule.type_rule, rule.type_cue)
    assert (c.claim_type, c.type_source) == ("event", "model"), (rule.type_rule, rule.type_cue)


@pytest.mark.parametrize(
    "body",
    [
        "Mr Blair has resisted calls for him to name the day.",  # a call resisted: no voiced-call
        "He denied blaming Germany for the collapse of the talks.",  # the complement of another verb
        "The report does not blame the managers for the losses.",  # negated
    ],
)
def test_a_resisted_call_or_a_negated_or_embedded_blame_follows_the_model(article_of, lex, body):  # noqa: F811
    _, c = _relabelled(article_of, lex, body, "event")
    assert (c.claim_type, c.type_source) == ("event", "model")
