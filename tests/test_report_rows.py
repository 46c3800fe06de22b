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
