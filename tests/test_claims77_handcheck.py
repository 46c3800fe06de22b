"""claims77: the session 54 blind check of web claim precision (`config/eval/claims-handcheck-fw77.jsonl`) is what its
draw says: the labels are the drawn units, at most 2 a page, all from pages no exposing file names, none overlapping
a span another claim label set labels, every label one the annotation allows (`none` for a unit that is no claim);
the earlier web draws leave the check out; and the draw, run again on main 6e40b27a's web run (m63-web), gives the
units."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_claims_handcheck_fw77 as fw77  # noqa: E402
import draw_claims_handcheck_op76 as op76  # noqa: E402
import draw_claims_handcheck_web50 as web50  # noqa: E402
import draw_claims_handcheck_web53 as web53  # noqa: E402
import draw_claims_handcheck_web55 as web55  # noqa: E402
import draw_claims_handcheck_web73 as web73  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402

M63_WEB = Path("/work/runs/m63-web")


def test_the_labels_are_the_drawn_units_two_a_page_at_most():
    units = _rows(EVAL / "claims-handcheck-fw77-units.jsonl")
    labels = _rows(EVAL / "claims-handcheck-fw77.jsonl")
    assert len(labels) == 80
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) <= fw77.PER_PAGE


def test_no_exposing_file_names_a_page():
    pages = sorted({r["article"] for r in _rows(EVAL / "claims-handcheck-fw77.jsonl")})
    assert not web73.named_pages(pages, later=fw77.LATER)


def test_no_unit_overlaps_a_span_another_label_set_labels():
    spans = web50.labelled_spans(fw77.LATER)
    for r in _rows(EVAL / "claims-handcheck-fw77.jsonl"):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["text"]


def test_every_label_is_one_the_annotation_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(EVAL / "claims-handcheck-fw77.jsonl"):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        if r["claim_type"] == "none":
            assert r["certainty"] is None and r["claimer_kind"] is None and r["claimer_text"] is None
            continue
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")


def test_the_earlier_web_draws_leave_this_check_out():
    for later in (web50.LATER, web53.LATER, web55.LATER, web73.LATER, op76.LATER):
        assert later >= fw77.LATER


@pytest.mark.slow
@pytest.mark.skipif(not M63_WEB.is_dir(), reason="main 6e40b27a's web run (m63-web) is not on this machine")
def test_the_draw_gives_the_units():
    units = _rows(EVAL / "claims-handcheck-fw77-units.jsonl")
    assert fw77.draw(M63_WEB) == units
