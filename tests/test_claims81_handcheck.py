"""claims81: the session 55 blind BBC check across the sections (`config/eval/claims-handcheck-b81.jsonl`) is what
its draw says: the labels are the drawn units (10 of each section that has fresh claims; politics has none left), one
an article, all from articles no other eval, test or spec file names, none overlapping a span another claim label set
labels, every label one the annotation allows; the earlier BBC draws leave its files out (so each still gives its own
units); and the draw, run again on main 34dea2be's BBC run (m64-bbc), gives the units."""

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
import draw_narratives_audit_narr22 as narr22  # noqa: E402
import draw_narratives_audit_narr25 as narr25  # noqa: E402
import draw_narratives_handcheck_narr46 as narr46  # noqa: E402
import draw_trust_audit_review51 as review51  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402

M64_BBC = Path("/work/runs/m64-bbc")


def test_the_labels_are_the_drawn_units_ten_a_section_one_an_article():
    units = _rows(EVAL / "claims-handcheck-b81-units.jsonl")
    labels = _rows(EVAL / "claims-handcheck-b81.jsonl")
    assert len(labels) == 40
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) == b81.PER_ARTICLE == 1
    assert Counter(r["article"].split("/")[1] for r in labels) == dict(b81.QUOTAS)


def test_every_article_is_named_by_no_other_file():
    named = bbc55.named_articles(later=b81.LATER)
    for r in _rows(EVAL / "claims-handcheck-b81.jsonl"):
        assert r["article"] not in named, r["article"]


def test_no_unit_overlaps_a_span_another_label_set_labels():
    spans = s46.labelled_spans(b81.LATER)
    for r in _rows(EVAL / "claims-handcheck-b81.jsonl"):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["text"]


def test_every_label_is_one_the_annotation_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(EVAL / "claims-handcheck-b81.jsonl"):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")


def test_the_later_checks_lists_leave_this_check_out():
    assert b81.LATER <= bbc55.CHECKS_SINCE_SESSION_46
    for later in (s46.LATER, b47.LATER, sp48.LATER, c48.LATER, h70.LATER, ent62.LATER, spt76.LATER, narr22.LATER,
                  narr25.LATER, narr46.LATER, review51.BESIDE):  # fmt: skip
        assert later >= b81.LATER


@pytest.mark.slow
@pytest.mark.skipif(not M64_BBC.is_dir(), reason="main 34dea2be's BBC run (m64-bbc) is not on this machine")
def test_the_draw_gives_the_units():
    units = _rows(EVAL / "claims-handcheck-b81-units.jsonl")
    assert b81.draw(M64_BBC) == units
