"""claims67's grouping of out-of-fold type errors (`workflow/scripts/type_shapes_claims67.py`): the agreeing cells."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import type_shapes_claims67 as shapes  # noqa: E402


def rows(cells: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(cells, columns=["shape", "head", "label", "pred"]).assign(source="extra")


def test_only_errors_against_an_agreeing_cells_label_count():
    agree = [("perfect", "see", "event", "event")] * 8 + [("perfect", "see", "event", "assessment")] * 2
    split = [("existential", "be", "event", "assessment")] * 5 + [("existential", "be", "assessment", "event")] * 5
    errors, cells = shapes.agreeing_errors(rows(agree + split))
    assert (errors, cells) == (2, 1)


def test_a_small_cell_is_no_agreement():
    assert shapes.agreeing_errors(rows([("past", "win", "event", "assessment")] * 7)) == (0, 0)
