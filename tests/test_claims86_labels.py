"""claims86 (session 59): claims85's relabelled units are a training label file, and the rows they replace are retired.

claims84's unit changes left 46 extra-label rows joining no claim unit; claims85 labelled the new units blind (30 rows
once 5 that overlap a silver span were left out). claims86 moved them to `config/training/claims-labels-claims85.jsonl`
and moved the 40 rows of s9 / s14 / s16 / s17 they overlap to `config/training/retired/` (the other 6 overlap only the
silver-overlapping units left out, and stay). The retired rows are no claim unit of main's rules (checked on a run
where one is found); the earlier BBC draws still read them (they were read) and leave the new file out."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from gold_support import jsonl_rows as _rows

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "config/training"
NEW = TRAINING / "claims-labels-claims85.jsonl"
RETIRED = TRAINING / "retired/claims-labels-retired-claims86.jsonl"
CORPUS = Path("/work/shared/corpora/bbc-news")
M70_BBC = Path("/work/runs/m70-bbc")
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_claims_handcheck_web50 as web50  # noqa: E402
import draw_handcheck_review70 as review70  # noqa: E402
import measure_genre_opinion24 as opinion24  # noqa: E402


def _overlap(a: dict, b: dict) -> bool:
    return a["article"] == b["article"] and a["start"] < b["end"] and b["start"] < a["end"]


def test_the_new_file_holds_claims85s_thirty_labels():
    rows = _rows(NEW)
    assert (len(rows), len({r["article"] for r in rows})) == (30, 26)
    assert Counter(r["claim_type"] for r in rows) == {"event": 13, "assessment": 11, "prediction": 5, "prescription": 1}
    assert {r["annotator"] for r in rows} == {"claims85"}
    assert sum(1 for r in rows if r["close"]) == 10
    assert not (TRAINING / "pending/claims-labels-claims85.jsonl").exists()


def test_every_retired_row_is_replaced_and_gone_from_its_file():
    retired, new = _rows(RETIRED), _rows(NEW)
    assert Counter(r["retired_from"] for r in retired) == {
        "claims-labels-s9.jsonl": 2,
        "claims-labels-s14.jsonl": 24,
        "claims-labels-s16.jsonl": 4,
        "claims-labels-s17.jsonl": 10,
    }
    for r in retired:
        assert any(_overlap(r, n) for n in new), r
        kept = _rows(TRAINING / r["retired_from"])
        assert not any(_overlap(r, k) for k in kept), r
    assert all(any(_overlap(n, r) for r in retired) for n in new)


def test_the_trainer_and_the_measure_read_the_new_file_and_the_draws_keep_the_retired_spans():
    assert NEW in opinion24.EXTRA
    assert RETIRED in web50.label_files(frozenset())
    assert NEW.name in review70.LATER


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus is not on this machine")
def test_the_spans_are_the_articles_text():
    for r in [*_rows(NEW), *_rows(RETIRED)]:
        assert (CORPUS / r["article"]).read_text(encoding="utf-8")[r["start"] : r["end"]] == r["text"], r


@pytest.mark.skipif(not M70_BBC.is_dir(), reason="main f9eb6889's BBC run (m70-bbc) is not on this machine")
def test_no_retired_row_is_a_unit_of_mains_rules_and_every_new_one_is():
    from list_unjoined_claims85 import joins, spans_of

    units = spans_of(M70_BBC)
    assert not any(joins(r, units.get(r["article"], [])) for r in _rows(RETIRED))
    assert all(joins(r, units.get(r["article"], [])) for r in _rows(NEW))


def test_the_retired_rows_keep_the_label_fields():
    for r in _rows(RETIRED):
        assert r["retired_by"] == "claims86" and r["claim_type"] in {
            "event",
            "assessment",
            "prediction",
            "prescription",
        }
