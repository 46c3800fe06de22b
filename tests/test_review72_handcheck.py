"""review72: the session 59 blind BBC claims check (`config/eval/claims-handcheck-review72.jsonl`, 30 units) is what
its draw says: the labels are the drawn units, one an article, by the draw's section quotas; every article is one no
other eval, test or spec file names; no unit overlaps a span another claim label set labels (config/training/pending's
too); every label is one the annotation allows; the earlier BBC draws leave its files out (so each still gives its own
units); and the draw, run again on main f9eb6889's BBC run (m70-bbc), gives the units. (Its 30 statement rows are
judged in config/eval/README.md: no statements check file has a scorer.)"""

from __future__ import annotations

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
import draw_handcheck_review72 as review72  # noqa: E402
import draw_narratives_audit_narr22 as narr22  # noqa: E402
import draw_narratives_audit_narr25 as narr25  # noqa: E402
import draw_narratives_handcheck_narr46 as narr46  # noqa: E402
import draw_trust_audit_review51 as review51  # noqa: E402
from gold_support import SPAN_LEVEL_CHECKS  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402

M70_BBC = Path("/work/runs/m70-bbc")
CLAIMS = EVAL / "claims-handcheck-review72.jsonl"
UNITS = EVAL / "claims-handcheck-review72-units.jsonl"


def test_the_labels_are_the_drawn_units_one_an_article_by_the_quotas():
    units, labels = _rows(UNITS), _rows(CLAIMS)
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) == review72.PER_ARTICLE == 1
    assert Counter(r["article"].split("/")[1] for r in labels) == dict(review72.QUOTAS)


def test_every_article_is_named_by_no_other_file():
    named = bbc55.named_articles(later=review72.LATER)
    assert named
    for r in _rows(CLAIMS):
        assert r["article"] not in named, r["article"]


def test_no_unit_overlaps_a_span_another_label_set_labels_pending_ones_too():
    spans = review72.labelled_spans()
    # claims85's labels were pending when this check was drawn (claims86 wired them in); later label files are left out
    waiting = [r for p in sorted(review72.PENDING.glob("claims-labels-*.jsonl")) if p.name not in review72.LATER
               for r in _rows(p)] + _rows(ROOT / "config/training/claims-labels-claims85.jsonl")  # fmt: skip
    assert waiting and all((r["start"], r["end"]) in spans[r["article"]] for r in waiting)
    for r in _rows(CLAIMS):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["article"]


def test_every_label_is_one_the_guide_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(CLAIMS):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        if r["claim_type"] == "none":  # no claim: nothing else labelled
            assert r["certainty"] is r["claimer_kind"] is r["claimer_text"] is None
            continue
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")


def test_the_earlier_draws_and_the_span_level_list_leave_this_check_out():
    assert review72.LATER <= bbc55.CHECKS_SINCE_SESSION_46
    for later in (s46.LATER, b47.LATER, sp48.LATER, c48.LATER, h70.LATER, b81.LATER, ent62.LATER, spt76.LATER,
                  narr22.LATER, narr25.LATER, narr46.LATER, review51.BESIDE, review70.LATER):  # fmt: skip
        assert later >= review72.LATER
    assert {Path(n).stem for n in review72.LATER if n.startswith("claims-handcheck-")} <= SPAN_LEVEL_CHECKS


@pytest.mark.slow
@pytest.mark.skipif(not M70_BBC.is_dir(), reason="main f9eb6889's BBC run (m70-bbc) is not on this machine")
def test_the_draw_gives_the_units():
    assert review72.claims(M70_BBC) == _rows(UNITS)
