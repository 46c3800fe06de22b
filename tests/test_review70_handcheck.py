"""review70: the session 57 blind BBC check (`config/eval/claims-handcheck-review70.jsonl`, 30 claims, and
`statements-handcheck-review70.jsonl`, 30 statement rows) is what its draw says: the claim labels are the drawn units,
one an article, by the draw's section quotas; every article of both files is one no other eval, test or spec file
names; no claim unit, and no statement's claim, overlaps a span another claim label set labels; every label is one
the annotation allows and every judged field says right, arguable or wrong; the earlier BBC draws leave its files
out (so each still gives its own units); and the draw, run again on main ad49f265's BBC run (m67-bbc), gives both."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_actors_handcheck_bbc55 as bbc55  # noqa: E402
import draw_actors_handcheck_ent62 as ent62  # noqa: E402
import draw_actors_handcheck_spt76 as spt76  # noqa: E402
import draw_claims_handcheck_b47 as b47  # noqa: E402
import draw_claims_handcheck_b81 as b81  # noqa: E402
import draw_claims_handcheck_c48 as c48  # noqa: E402
import draw_claims_handcheck_h70 as h70  # noqa: E402
import draw_claims_handcheck_s46 as s46  # noqa: E402
import draw_claims_handcheck_sp48 as sp48  # noqa: E402
import draw_handcheck_review70 as review70  # noqa: E402
import draw_narratives_audit_narr22 as narr22  # noqa: E402
import draw_narratives_audit_narr25 as narr25  # noqa: E402
import draw_narratives_handcheck_narr46 as narr46  # noqa: E402
import draw_trust_audit_review51 as review51  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402

M67_BBC = Path("/work/runs/m67-bbc")
CLAIMS = EVAL / "claims-handcheck-review70.jsonl"
UNITS = EVAL / "claims-handcheck-review70-units.jsonl"
STATEMENTS = EVAL / "statements-handcheck-review70.jsonl"


def test_the_labels_are_the_drawn_units_one_an_article_by_the_quotas():
    units, labels = _rows(UNITS), _rows(CLAIMS)
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) == review70.PER_ARTICLE == 1
    assert Counter(r["article"].split("/")[1] for r in labels) == dict(review70.QUOTAS)
    assert Counter(r["section"] for r in _rows(STATEMENTS)) == dict(review70.STATEMENT_QUOTAS)


def test_every_article_is_named_by_no_other_file():
    named = bbc55.named_articles(later=review70.LATER)
    for r in [*_rows(CLAIMS), *_rows(STATEMENTS)]:
        assert r["article"] not in named, r["article"]


def test_no_unit_overlaps_a_span_another_label_set_labels():
    spans = s46.labelled_spans(review70.LATER)
    rows = [(r["article"], r["start"], r["end"]) for r in _rows(CLAIMS)]
    rows += [(r["article"], r["claim_start"], r["claim_end"]) for r in _rows(STATEMENTS)]
    for path, start, end in rows:
        assert not any(start < b and a < end for a, b in spans.get(path, [])), (path, start)


def test_every_label_and_judgement_is_one_the_guides_allow():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(CLAIMS):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")
    for r in _rows(STATEMENTS):
        assert set(r["fields"]) == {"agent", "patient", "action_class", "negated", "claimer"} and r["note"]
        assert set(r["fields"].values()) <= {"right", "arguable", "wrong"}


def test_the_later_checks_lists_leave_this_check_out():
    assert review70.LATER <= bbc55.CHECKS_SINCE_SESSION_46
    for later in (s46.LATER, b47.LATER, sp48.LATER, c48.LATER, h70.LATER, b81.LATER, ent62.LATER, spt76.LATER,
                  narr22.LATER, narr25.LATER, narr46.LATER, review51.BESIDE):  # fmt: skip
        assert later >= review70.LATER


@pytest.mark.slow
@pytest.mark.skipif(not M67_BBC.is_dir(), reason="main ad49f265's BBC run (m67-bbc) is not on this machine")
def test_the_draw_gives_the_units_and_the_rows():
    assert review70.claims(M67_BBC) == _rows(UNITS)
    drawn = [json.loads(json.dumps(r, default=str)) for r in review70.statements(M67_BBC)]
    assert [(r["article"], r["statement_id"]) for r in drawn] == [
        (r["article"], r["statement_id"]) for r in _rows(STATEMENTS)
    ]
