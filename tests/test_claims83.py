"""claims83: holds where the rules' type is the labels' and the model overruled it. A call voiced (`voiced-call`:
ANNOTATION's "called for X" -> prescription) and "blamed X for", "congratulated X on" (kin of the named assessment
acts) keep the rules' type against the classifier; a call resisted and a negated or embedded blame follow the model."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest
from narrative_pipeline.classify.relabel import relabel
from test_classify import article_of, forcing_model, lex  # noqa: F401  (fixtures)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workflow" / "scripts"))
from table_type_holds_claims83 import table  # noqa: E402


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
        "Mr Blair has resisted calls for him to name the day.",  # a call resisted: no voiced-call
        "He denied blaming Germany for the collapse of the talks.",  # the complement of another verb
        "The report does not blame the managers for the losses.",  # negated
    ],
)
def test_a_resisted_call_or_a_negated_or_embedded_blame_follows_the_model(article_of, lex, body):  # noqa: F811
    _, c = _relabelled(article_of, lex, body, "event")
    assert (c.claim_type, c.type_source) == ("event", "model")


def test_the_table_counts_the_rows_a_hold_would_move_per_label_set():
    rows = pd.DataFrame(
        [
            # source, rule id, label, rules' type, final type
            ("silver", "voiced-call", "prescription", "prescription", "event"),  # W: the model overrules wrongly
            ("silver", "voiced-call", "event", "prescription", "event"),  # R: rightly
            ("silver", "voiced-call", "prescription", "prescription", "prescription"),
            ("extra", "voiced-call", "prescription", "prescription", "event"),
            ("gold", "voiced-call", "assessment", "prescription", "event"),  # both wrong: no move
            ("silver", "modal-future", "prediction", "prediction", "event"),
        ],
        columns=["source", "type_rule", "label", "rule", "pred"],
    )
    t = table(rows, ["type_rule"])
    by_rule = {key[0]: row for key, (_, row) in zip(t["key"], t.iterrows(), strict=True)}
    call = by_rule["voiced-call"]
    assert (call.sn, call.srule, call.sfinal, call.sW, call.sR) == (3, 2, 2, 1, 1)
    assert (call.en, call.eW, call.gn, call.grule, call.gW, call.gR) == (1, 1, 1, 0, 0, 0)
    assert (call.net_silver, call.net_extra_gold, call.eg_rule) == (0, 1, 0.5)
    assert [key[0] for key in t["key"]] == ["modal-future", "voiced-call"]  # the most silver rows to gain first
