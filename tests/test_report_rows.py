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


def _pages(hashes: np.ndarray) -> list[tuple[int, ...]]:
    from narrative_pipeline.report.rows import page_starts

    starts = page_starts(hashes)
    return [tuple(hashes[a:b].tolist()) for a, b in zip(starts, [*starts[1:], len(hashes)], strict=True)]


def test_pages_end_where_the_rows_say_so_inserted_rows_move_only_their_page():
    from narrative_pipeline.report.rows import MAX_PAGE, MIN_PAGE

    rng = np.random.default_rng(7)
    hashes = rng.integers(0, 2**63, size=30_000, dtype=np.int64).astype(np.uint64)
    pages = _pages(hashes)
    assert 15 < len(pages) < 60  # about a thousand rows a page
    assert all(MIN_PAGE <= len(p) <= MAX_PAGE for p in pages)
    for at in (0, 7_777, 15_000, 29_990):
        new = rng.integers(0, 2**63, size=40, dtype=np.int64).astype(np.uint64)
        after = _pages(np.concatenate([hashes[:at], new, hashes[at:]]))
        moved = set(after) - set(pages)
        assert 1 <= len(moved) <= 2 and len(after) - len(moved) >= len(pages) - 2  # the others are kept as they were


def test_no_page_of_a_listing_counts_its_rows():
    n = 5_000
    df = pd.DataFrame({"claim_id": [f"c{i:05d}" for i in range(n)], "article_id": ["a"] * n, "text": ["t"] * n})
    pages: dict[str, str] = {}
    listings = Listings({"claims": df}, {})
    listings.sink = pages.__setitem__
    assert listings.listing("claims", "claims", "All claims") == "rows/claims.html"
    assert len(pages) > 2 and sum(html.count("<tr><td>") for html in pages.values()) == n
    assert all(
        f"{n:,}" not in html and f">{n}<" not in html for html in pages.values()
    )  # a page changes only with its rows
    assert f"page 2 of {len(pages)}" in pages["rows/claims-2.html"]


def test_an_actor_id_with_no_actor_page_is_shown_not_linked():
    """The registry's relations name actors the corpus never mentions: they have no page, so a listing
    (rows/relations.html) must not link them (it did: 43 broken links on a 46-article archive)."""
    listings = Listings({}, {"state_irq": "Iraq"})
    assert listings.cell("actor_id", "state_irq", "../").startswith('<a href="../actor/state-irq-')
    unseen = listings.cell("other_actor_id", "gna", "../")
    assert "<a " not in unseen and "gna" in unseen
    assert listings.column_cells("other_actor_id", ["gna", "state_irq"], "../")[0] == f"<td>{unseen}</td>"


def test_a_column_of_text_is_escaped_as_each_value_would_be():
    from narrative_pipeline.report.markup import esc, esc_strings

    strings = ["plain", "a <b> & \"c\" 'd'", "", "&amp;", "line\nbreak", "x\0y", "Müller's"]
    assert esc_strings(strings) == [esc(s) for s in strings]  # NUL in a value: one at a time
    assert esc_strings(strings[:5]) == [esc(s) for s in strings[:5]]  # joined and split
    assert esc_strings([]) == []
    listings = Listings({}, {})
    assert listings.column_cells("text", strings, "../") == [f"<td>{esc(s)}</td>" for s in strings]
    assert listings.column_cells("text", ["<i>", None], "../") == ["<td>&lt;i&gt;</td>", "<td></td>"]


def test_listing_pages_made_at_the_end_are_the_pages_made_at_once_and_their_rows_are_dropped():
    n = 2_500
    tables = {
        "claims": pd.DataFrame(
            {
                "claim_id": [f"c{i:05d}" for i in range(n)],
                "article_id": ["a1"] * n,
                "text": [f"<{i % 7}>" for i in range(n)],
            }
        ),
        "articles": pd.DataFrame({"article_id": ["a1", "a2"], "status": ["ok", "rejected"]}),
    }
    at_once: dict[str, str] = {}
    listings = Listings(tables, {})
    listings.sink = at_once.__setitem__
    for args in (("claims", "claims", "All claims"), ("articles", "articles", "All articles")):
        listings.listing(*args)
    listings.facet("claims", "text", "<3>")
    listings.facet("articles", "status", "ok")
    later: dict[str, str] = {}
    deferred = Listings(tables, {})
    deferred.sink = later.__setitem__
    deferred.deferred = []
    deferred.listing("claims", "claims", "All claims")
    deferred.listing("articles", "articles", "All articles")
    deferred.facet("claims", "text", "<3>")
    deferred.facet("articles", "status", "ok")
    assert later == {} and len(deferred.deferred) == len(at_once)
    deferred.flush()
    assert later == at_once and len(at_once) > 3
    assert deferred._html == {} and deferred.deferred is None
    deferred.facet("claims", "text", "<5>")  # asked for after the flush: made at once
    listings.facet("claims", "text", "<5>")
    assert later == at_once

    # the build's last flush: the smaller table's pages first, each table dropped once its pages are made
    last: dict[str, str] = {}
    order: list[str] = []
    final = Listings(dict(tables), {})
    final.sink = lambda path, html: (last.__setitem__(path, html), order.append(path))
    final.deferred = []
    final.listing("claims", "claims", "All claims")
    final.listing("articles", "articles", "All articles")
    final.facet("claims", "text", "<3>")
    final.facet("articles", "status", "ok")
    final.flush(last=True)
    assert {k: v for k, v in at_once.items() if "5" not in k} == last
    assert final.tables == {} and final._html == {}
    assert order.index("rows/articles.html") < order.index("rows/claims.html")


def test_cells_of_id_columns_link_as_each_cell_would():
    claims = pd.DataFrame({"claim_id": ["c<1>", "c&2", "c3"], "article_id": ["a'1", "a2", None]})
    mentions = pd.DataFrame({"mention_id": ['m"1'], "article_id": ["a&b"]})
    listings = Listings({"claims": claims, "mentions": mentions}, {})
    for column, values in (
        ("article_id", ["a'1", "a2", "x<y>"]),
        ("claim_id", ["c<1>", "c&2"]),  # every claim with its article: linked a column at a time
        ("claim_id", ["c<1>", "c3", "unknown"]),  # a claim with no article, an unknown id: one at a time
        ("mention_id", ['m"1']),
    ):
        for prefix in ("../", ""):
            expected = [f"<td>{listings.cell(column, v, prefix)}</td>" for v in values]
            assert listings.column_cells(column, values, prefix) == expected
    assert listings.column_cells("claim_id", ["c&2"], "../") == [
        '<td><a href="../article/a2.html#c&amp;2">c&amp;2</a></td>'
    ]


def test_a_page_groups_only_the_columns_it_shows_and_those_the_table_has():
    from narrative_pipeline.report.actors import CLAIM_COLUMNS
    from narrative_pipeline.report.grouped import Grouped, shown

    claims = pd.DataFrame(
        {"claim_id": ["c1", "c2"], "type_prob": [0.5, 0.25], "text": ["a", "b"], "claimer_actor_id": ["p", "p"]}
    )
    assert list(shown(claims, CLAIM_COLUMNS).columns) == ["claim_id", "text", "claimer_actor_id"]
    assert shown(None, CLAIM_COLUMNS) is None
    rows = Grouped(shown(claims, CLAIM_COLUMNS), "claimer_actor_id").load(["p"])["p"]
    assert rows == [
        {"claim_id": "c1", "text": "a", "claimer_actor_id": "p"},
        {"claim_id": "c2", "text": "b", "claimer_actor_id": "p"},
    ]
