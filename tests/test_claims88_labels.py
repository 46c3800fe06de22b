"""claims88 (session 60): claims86's 20 relabelled units and claims88's 44 are training label files, and the rows
they replace are retired.

The trainer's join leaves extra-label rows whose span is no claim unit any more (mostly where today's units hold the
labelled span and a clause before it, which older rules cut off). claims86 labelled 20 of the replacing units blind
(pending); claims88 wired them in and labelled 44 more (`draw_unjoined_units_claims88.py`, seed 20263001, the units
with a clause before their span first). The 21 + 57 rows they replace moved to
`config/training/retired/claims-labels-retired-claims88.jsonl`; none is a claim unit of main's rules (m71,
claims.rules.v120), every new label is one. The earlier draws leave the new files out (their spans were no label when
they were drawn) and keep the retired spans (they were read)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from gold_support import jsonl_rows as _rows

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "config/training"
CLAIMS86 = TRAINING / "claims-labels-claims86.jsonl"
CLAIMS88 = TRAINING / "claims-labels-claims88.jsonl"
RETIRED = TRAINING / "retired/claims-labels-retired-claims88.jsonl"
CORPUS = Path("/work/shared/corpora/bbc-news")
M71_BBC = Path("/work/runs/m71-bbc")
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_claims_handcheck_web50 as web50  # noqa: E402
import draw_handcheck_review70 as review70  # noqa: E402
import draw_handcheck_review72 as review72  # noqa: E402
import measure_genre_opinion24 as opinion24  # noqa: E402
from draw_unjoined_units_claims88 import clause_before  # noqa: E402
from retire_replaced_claims88 import replaced  # noqa: E402


def _overlap(a: dict, b: dict) -> bool:
    return a["article"] == b["article"] and a["start"] < b["end"] and b["start"] < a["end"]


def test_claims86s_file_is_wired_in_as_it_was_labelled():
    rows = _rows(CLAIMS86)
    assert len(rows) == 20 and {r["annotator"] for r in rows} == {"claims86"}
    assert Counter(r["claim_type"] for r in rows) == {"event": 11, "assessment": 4, "prediction": 4, "prescription": 1}
    assert sum(1 for r in rows if r["close"]) == 9
    assert not (TRAINING / "pending").exists() or not any((TRAINING / "pending").glob("claims-labels-*.jsonl"))


def test_claims88s_file_holds_44_blind_labels_of_units_with_a_clause_before():
    rows = _rows(CLAIMS88)
    assert (len(rows), len({(r["article"], r["start"]) for r in rows})) == (44, 44)
    assert {r["annotator"] for r in rows} == {"claims88"}
    assert Counter(r["claim_type"] for r in rows) == {"assessment": 16, "event": 15, "prediction": 7, "prescription": 6}
    assert Counter(r["certainty"] for r in rows) == {"reported": 35, "asserted": 7, "hedged": 2}
    assert sum(1 for r in rows if r["close"]) == 19 and all(bool(r.get("why")) == r["close"] for r in rows)
    assert all((r["claimer_kind"] == "actor") == (r["claimer_text"] is not None) for r in rows)
    assert all(r["claimer_kind"] == "author" or r["certainty"] != "asserted" for r in rows)
    assert all(clause_before(r) for r in rows)


def test_every_retired_row_is_replaced_and_gone_from_its_file():
    retired = _rows(RETIRED)
    new = [*_rows(CLAIMS86), *_rows(CLAIMS88)]
    assert Counter(r["retired_from"] for r in retired) == {
        "claims-labels-s9.jsonl": 13,
        "claims-labels-s14.jsonl": 34,
        "claims-labels-s16.jsonl": 20,
        "claims-labels-s17.jsonl": 11,
    }
    named = {k for path in (CLAIMS86, CLAIMS88) for keys in replaced(path).values() for k in keys}
    assert {(r["article"], r["start"], r["end"]) for r in retired} == named and len(retired) == len(named) == 78
    for r in retired:
        assert r["retired_by"] == "claims88" and any(_overlap(r, n) for n in new), r
        assert not any(_overlap(r, k) for k in _rows(TRAINING / r["retired_from"])), r
    assert all(any(_overlap(n, r) for r in retired) for n in new)


def test_the_trainer_and_the_measure_read_the_new_files_and_the_draws_keep_the_retired_spans():
    assert {CLAIMS86, CLAIMS88} <= set(opinion24.EXTRA)
    assert RETIRED in web50.label_files(frozenset())
    assert {CLAIMS86.name, CLAIMS88.name} <= review70.LATER and CLAIMS88.name in review72.LATER
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert CLAIMS86.name in readme and CLAIMS88.name in readme


def test_the_retirement_moved_whole_rows():
    """A retired row is its old row plus where it came from: the label fields are as they were."""
    for r in _rows(RETIRED):
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription", "none"}
        assert set(r) >= {"article", "start", "end", "text", "certainty", "claimer_kind", "annotator", "retired_from"}
        assert r["annotator"] not in {"claims86", "claims88"}
    assert json.loads(RETIRED.read_text(encoding="utf-8").splitlines()[0])["retired_from"].startswith("claims-labels-")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus is not on this machine")
def test_the_spans_are_the_articles_text():
    for r in [*_rows(CLAIMS86), *_rows(CLAIMS88), *_rows(RETIRED)]:
        assert (CORPUS / r["article"]).read_text(encoding="utf-8")[r["start"] : r["end"]] == r["text"], r


@pytest.mark.skipif(not M71_BBC.is_dir(), reason="main 090c46d1's BBC run (m71-bbc) is not on this machine")
def test_no_retired_row_is_a_unit_of_mains_rules_and_every_new_one_is():
    from list_unjoined_claims85 import joins, spans_of

    units = spans_of(M71_BBC)
    assert not any(joins(r, units.get(r["article"], [])) for r in _rows(RETIRED))
    assert all(joins(r, units.get(r["article"], [])) for r in [*_rows(CLAIMS86), *_rows(CLAIMS88)])
