"""claims82: the assessment speech acts ANNOTATION.md's hard cases name ("condemned / criticised / denounced / welcomed /
hailed X as / praised / accused X of") hold against the classifier as the cue of `verb-assessment`; negated or under
another verb they follow the model. The draw of silver type errors the session read is checked for its seed and order."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from narrative_pipeline.classify.relabel import relabel
from test_classify import article_of, forcing_model, lex  # noqa: F401  (fixtures)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workflow" / "scripts"))
from draw_type_errors_claims82 import SEED, draw  # noqa: E402


@pytest.mark.parametrize(
    "body",
    [
        "Richard Scrushy, 52, is accused of directing a $2.7bn accounting fraud at the company he co-founded.",
        "The SEC had accused Titan of illegally paying $2.1m to an unnamed agent in Benin.",
        "The strong services figure was welcomed by analysts.",
        "The move was widely criticised at the time.",
        "Rights groups condemned the ruling.",
    ],
)
def test_a_named_assessment_speech_act_holds_against_the_model(article_of, lex, body):  # noqa: F811
    article, mentions, claims, _ = article_of(body)
    assert (claims[-1].claim_type, claims[-1].type_rule) == ("assessment", "verb-assessment")
    c = relabel(claims, [article], mentions, forcing_model("event", "asserted", "author"), lex)[-1]
    assert (c.claim_type, c.type_source) == ("assessment", "rules")


@pytest.mark.parametrize(
    "body",
    [
        "The study, from the Centre for Economic Policy Research, does not praise the rough handling of the firm.",
        "Challenged on the remark, he denied accusing Germany of using the EU as cover.",
        "The report questioned the figures.",  # a verb-assessment cue ANNOTATION does not name
        "We welcome responses at letters@example.org.",  # the page's own first person, present: an invitation
    ],
)
def test_a_negated_embedded_or_other_assessment_verb_follows_the_model(article_of, lex, body):  # noqa: F811
    article, mentions, claims, _ = article_of(body)
    c = relabel(claims, [article], mentions, forcing_model("event", "asserted", "author"), lex)[-1]
    assert (c.claim_type, c.type_source) == ("event", "model"), (claims[-1].type_rule, claims[-1].type_cue)


def test_the_draw_takes_silver_errors_only_seeded_and_in_claim_order():
    rows = [
        {"claim_id": f"a:c{k:04d}", "source": src, "label": lab, "pred": pred}
        for k, (src, lab, pred) in enumerate(
            [("silver", "event", "assessment"), ("silver", "event", "event"), ("extra", "event", "assessment")]
            + [("silver", "assessment", "event")] * 6
        )
    ]
    oof = pd.DataFrame(rows).sample(frac=1.0, random_state=3)
    drawn = draw(oof, 4)
    assert SEED == 20262601 and len(drawn) == 4
    assert set(drawn["source"]) == {"silver"} and (drawn["label"] != drawn["pred"]).all()
    assert list(drawn["claim_id"]) == list(draw(oof.sort_values("claim_id"), 4)["claim_id"])
