"""claims55: the session 44 blind web news check (`config/eval/claims-handcheck-web55.jsonl`) is what its draw says:
the labels are the drawn units, at most 2 a page, none overlapping a span another claim label set labels, and every
label one the annotation allows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from gold_support import jsonl_rows as _rows

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]


def test_the_labels_are_the_drawn_units_two_a_page_at_most():
    units = _rows(EVAL / "claims-handcheck-web55-units.jsonl")
    labels = _rows(EVAL / "claims-handcheck-web55.jsonl")
    assert len(labels) == 36
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) <= 2


def test_no_unit_overlaps_a_span_another_label_set_labels():
    others = [
        p
        for p in [*EVAL.glob("claims-*.jsonl"), *(ROOT / "config/training").glob("claims-labels-*.jsonl")]
        if "web55" not in p.name
    ]
    spans: dict[str, list[tuple[int, int]]] = {}
    for path in others:
        for r in _rows(path):
            spans.setdefault(Path(r["article"]).name, []).append((r["start"], r["end"]))
    for r in _rows(EVAL / "claims-handcheck-web55.jsonl"):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["text"]


def test_every_label_is_one_the_annotation_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(EVAL / "claims-handcheck-web55.jsonl"):
        if r["claim_type"] == "none":
            assert (r["certainty"], r["claimer_kind"], r["claimer_text"]) == (None, None, None)
            continue
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")
