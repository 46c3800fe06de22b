"""review14: report15's fast paths against the code paths they replace, on awkward values.

Needs branch report15's code (`esc_strings`, `write_page`, the new `_value` and `column_cells`). The
references below are main's code of bcb2b65, copied: the new paths must give the same bytes for any input."""

from __future__ import annotations

import os
import random
import stat
from pathlib import Path

import numpy as np
import pandas as pd
from narrative_pipeline.report.articles import _value
from narrative_pipeline.report.builder import write_page
from narrative_pipeline.report.markup import esc, esc_strings, is_null, link
from narrative_pipeline.report.rows import Listings

AWKWARD = [
    "",
    "plain",
    "a & b",
    "<script>alert('x')</script>",
    '"quoted"',
    "it's",
    "caf\u00e9 \u4e2d\u6587 \U0001f600",
    "nul\0inside",
    "\0",
    "two\0\0nuls",
    "cr\r\nlf",
    "&amp; already",
    "http://example.com/?a=1&b=<2>",
    'https://x.org/"q"',
    "\ud800 lone surrogate",
    " ",
]


def _random_strings(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = ["a", "Z", " ", "&", "<", ">", '"', "'", "\0", "\u00e9", "\u4e2d", "\n", "\r", ";", "#"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 8))) for _ in range(n)]


def test_escaping_a_column_at_once_equals_escaping_each_value():
    assert esc_strings([]) == []
    for values in (AWKWARD, [""] * 5, ["\0"] * 3, *(_random_strings(seed, 60) for seed in range(40))):
        assert esc_strings(list(values)) == [esc(v) for v in values]


def _main_value(v) -> str:  # report/articles.py `_value` of main bcb2b65
    if is_null(v):
        return '<span class="none">—</span>'
    if isinstance(v, str) and v.startswith(("http://", "https://")):
        return f'<a href="{esc(v)}" rel="noreferrer noopener" class="ext">{esc(v)}</a>'
    if hasattr(v, "tolist") or isinstance(v, list):
        return esc(", ".join(str(x) for x in list(v)))
    return esc(v)


def test_an_article_pages_values_are_shown_as_before():
    values = [
        *AWKWARD,
        None,
        float("nan"),
        pd.NA,
        pd.NaT,
        0,
        -3,
        True,
        False,
        1.5,
        np.int64(7),
        np.float64("nan"),
        np.bool_(True),
        np.str_("a<b"),
        ["x", "<y>"],
        np.array(["p&q", "r"], dtype=object),
        pd.Timestamp("2005-01-02"),
        {"k": "<v>"},
    ]
    for v in values:
        assert _outcome(_value, v) == _outcome(_main_value, v), repr(v)


def _outcome(show, v) -> str:
    try:
        return show(v)
    except TypeError as exc:  # (numpy scalars: 'not iterable' on main too)
        return f"TypeError: {exc}"


def _main_column_cells(listings: Listings, column: str, values: list, prefix: str) -> list[str]:
    """rows.py `Listings.column_cells` of main bcb2b65."""
    if column in {"article_id", "claim_id", "mention_id"} or column.endswith("actor_id"):
        return [f"<td>{listings.cell(column, v, prefix)}</td>" for v in values]
    out = []
    for v in values:
        if type(v) is str:
            out.append(f"<td>{esc(v)}</td>")
        elif type(v) is int or type(v) is bool or type(v) is float and v == v:
            out.append(f"<td>{v}</td>")
        elif v is None or type(v) is float:
            out.append("<td></td>")
        elif type(v) is np.ndarray or type(v) is list:
            out.append(f"<td>{esc(', '.join(str(x) for x in v))}</td>")
        else:
            out.append(f"<td>{listings.cell(column, v, prefix)}</td>")
    return out


def test_listing_cells_of_awkward_columns_are_the_cells_made_one_at_a_time():
    claims = pd.DataFrame(
        {
            "claim_id": ["c<1>", "c&2", "c\u00e93", "c\0", "c5"],
            "article_id": ["a'1", "a2", None, "a\u4e2d", "a\0b"],
        }
    )
    mentions = pd.DataFrame({"mention_id": ['m"1', "m2"], "article_id": ["a&b", float("nan")]})
    listings = Listings({"claims": claims, "mentions": mentions}, {"act<1>": "Name & co", "a2": "\u00e9"})
    columns = {
        "article_id": [*AWKWARD, "a'1"],
        "claim_id": ["c<1>", "c&2", "c\u00e93", "c\0", "c5", "missing", "c<1>"],
        "mention_id": ['m"1', "m2", "nowhere", 'm"1'],
        "text": [*AWKWARD, None, float("nan"), 3, True, 2.5, ["a", "<b>"], np.array(["x&y"], dtype=object)],
        "note": list(AWKWARD),
        "agent_actor_id": ["act<1>", "a2", "unknown & <x>", None],
    }
    for prefix in ("../", "", "a&b/<c>/"):
        for column, values in columns.items():
            for cut in (values, values[:1], [], [v for v in values if type(v) is str]):
                got = listings.column_cells(column, list(cut), prefix)
                assert got == _main_column_cells(listings, column, list(cut), prefix), (column, prefix, cut)


def test_a_page_is_written_with_the_bytes_and_mode_write_text_gives(tmp_path: Path):
    for k, html in enumerate(["", "<p>caf\u00e9 \u4e2d</p>\n", "a\r\nb\rc\n" * 3, "x" * 200_000]):
        old, new = tmp_path / f"old{k}.html", tmp_path / f"new{k}.html"
        old.write_text(html, encoding="utf-8")
        write_page(str(new), html)
        assert new.read_bytes() == old.read_bytes()
        assert stat.S_IMODE(os.stat(new).st_mode) == stat.S_IMODE(os.stat(old).st_mode)
    (tmp_path / "again.html").write_bytes(b"a much longer page than the next one")
    write_page(str(tmp_path / "again.html"), "short")
    assert (tmp_path / "again.html").read_bytes() == b"short"  # truncated, as write_text does


def test_link_of_main_is_what_the_id_fast_path_assumes():
    # the id fast path writes f'<a href="{esc(prefix)}article/{esc(id)}.html">{esc(id)}</a>'
    for prefix in ("../", "a&b/"):
        for v in AWKWARD:
            href = f"{prefix}article/{v}.html"
            assert link(href, v) == f'<a href="{esc(prefix)}article/{esc(v)}.html">{esc(v)}</a>'
