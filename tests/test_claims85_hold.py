"""claims85: `reported-aim` (a present aim put forward by its holder, a prediction) holds against the classifier, as
`reported-wish` does: the rule is new, so the model has never seen its id."""

from __future__ import annotations

from narrative_pipeline.classify.relabel import relabel
from test_classify import article_of, forcing_model, lex  # noqa: F401  (fixtures)


def test_a_held_aim_keeps_its_prediction(article_of, lex):  # noqa: F811
    article, mentions, claims, _ = article_of('"I\'m aiming to be fit by 18 April," he said.')
    c = relabel(claims, [article], mentions, forcing_model("event", "reported", "actor"), lex)[-1]
    assert (claims[-1].type_rule, c.claim_type, c.type_source) == ("reported-aim", "prediction", "rules")
