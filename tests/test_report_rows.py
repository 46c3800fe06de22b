"""Row listings render each cell as `Listings.cell` does, through the per-column fast paths too."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from narrative_pipeline.report.rows import Listings

VALUES = [
    "plain",
    "a <b> & \"c\" 'd'",
    "",
    3,
    0,
    -7,
    True,
    False,
    0.5,
    1e-07,
    -2.25,
    math.inf,
    math.nan,
    None,
    np.array(["said", "<told>"], dtype=object),
    np.array([0.25, 1.0]),
    np.array([], dtype=object),
    ["x & y", "z"],
    ("t", "u"),
    pd.NA,
]


def test_cells_of_a_column_equal_the_cell_of_each_value():
    listings = Listings({}, {})
    expected = [f"<td>{listings.cell('type_evidence', v, '../')}</td>" for v in VALUES]
    assert listings.column_cells("type_evidence", VALUES, "../") == expected
    assert expected[1] == "<td>a &lt;b&gt; &amp; &quot;c&quot; &#x27;d&#x27;</td>"
    assert expected[9] == "<td>1e-07</td>" and expected[12] == "<td></td>"
    assert expected[14] == "<td>said, &lt;told&gt;</td>" and expected[15] == "<td>0.25, 1.0</td>"


def test_positions_by_key_equal_the_groupby_indices():
    import pyarrow as pa
    from narrative_pipeline.report.grouped import positions_by_key

    keys = ["b", None, "a", "b", "c", None, "a", "b"]
    columns = [
        pd.Series(pd.arrays.ArrowExtensionArray(pa.array(keys))),
        pd.Series(keys, dtype=object),
        pd.Series([3, None, 1, 3, 2, None, 1, 3], dtype=object),
        pd.Series([math.nan] * 4),
    ]
    for column in columns:
        got = positions_by_key(column)
        expected = pd.DataFrame({"k": column}).groupby("k", sort=False, dropna=True).indices
        assert list(got) == list(expected)  # the same keys (equal and of equal hash) in the same order
        assert all(np.array_equal(got[k], expected[k]) for k in expected)
    assert {k: v.tolist() for k, v in positions_by_key(columns[0]).items()} == {"b": [0, 3, 7], "a": [2, 6], "c": [4]}
    assert all(type(k) is str for k in positions_by_key(columns[0]))
