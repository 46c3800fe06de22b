"""review73: the session 60 blind BBC claims check (`config/eval/claims-handcheck-review73.jsonl`, 30 units) is what
its draw says: the labels are the drawn units, one an article, by the draw's section quotas; every article is one no
other eval, test or spec file names, nor one of review72's statement rows; no unit overlaps a span another claim label
set labels (config/training/pending's too); every label is one the annotation allows; the earlier BBC draws leave its
files out (so each still gives its own units); and the draw, run again on main 090c46d1's BBC run (m71-bbc), gives the
units. (Its 30 statement rows are judged in config/eval/README.md: no statements check file has a scorer.)"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_actors_handcheck_actors90 as actors90  # noqa: E402
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
import draw_handcheck_review72 as review72  # noqa: E402
import draw_handcheck_review73 as review73  # noqa: E402
import draw_narratives_audit_narr22 as narr22  # noqa: E402
import draw_narratives_audit_narr25 as narr25  # noqa: E402
import draw_narratives_handcheck_narr46 as narr46  # noqa: E402
import draw_trust_audit_review51 as review51  # noqa: E402
from gold_support import SPAN_LEVEL_CHECKS  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402

M71_BBC = Path("/work/runs/m71-bbc")
CLAIMS = EVAL / "claims-handcheck-review73.jsonl"
UNITS = EVAL / "claims-handcheck-review73-units.jsonl"


def test_the_labels_are_the_drawn_units_one_an_article_by_the_quotas():
    units, labels = _rows(UNITS), _rows(CLAIMS)
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) == review73.PER_ARTICLE == 1
    assert Counter(r["article"].split("/")[1] for r in labels) == dict(review73.QUOTAS)


def test_every_article_is_named_by_no_other_file_nor_is_one_of_review72s_statement_rows():
    named = bbc55.named_articles(later=review73.LATER)
    assert named and len(review73.REVIEW72_STATEMENT_ARTICLES) == 30
    for r in _rows(CLAIMS):
        assert r["article"] not in named | review73.REVIEW72_STATEMENT_ARTICLES, r["article"]


def test_no_unit_overlaps_a_span_another_label_set_labels_pending_ones_too():
    spans = review73.labelled_spans()
    waiting = [r for p in sorted(review72.PENDING.glob("claims-labels-*.jsonl")) for r in _rows(p)]
    assert waiting and all((r["start"], r["end"]) in spans[r["article"]] for r in waiting)
    assert all(review73.WHOLE in spans[a] for a in review73.REVIEW72_STATEMENT_ARTICLES)
    for r in _rows(CLAIMS):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["article"]


def test_every_label_is_one_the_guide_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(CLAIMS):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")


def test_the_earlier_draws_and_the_span_level_list_leave_this_check_out():
    mine = {n for n in review73.LATER if n.startswith("claims-handcheck-")}
    assert mine <= bbc55.CHECKS_SINCE_SESSION_46
    for later in (s46.LATER, b47.LATER, sp48.LATER, c48.LATER, h70.LATER, b81.LATER, ent62.LATER, spt76.LATER,
                  narr22.LATER, narr25.LATER, narr46.LATER, review51.BESIDE, review70.LATER, review72.LATER,
                  actors90.LATER):  # fmt: skip
        assert later >= mine
    assert {Path(n).stem for n in mine} <= SPAN_LEVEL_CHECKS


@pytest.mark.slow
@pytest.mark.skipif(not M71_BBC.is_dir(), reason="main 090c46d1's BBC run (m71-bbc) is not on this machine")
def test_the_draw_gives_the_units():
    assert review73.claims(M71_BBC) == _rows(UNITS)
