"""The overview's counts of rejected and skipped files: one line per kind of reason, each linking to its rows."""

from __future__ import annotations

import re

import pandas as pd
from narrative_pipeline.report.overview import reason_kind, run_counts
from narrative_pipeline.report.rows import Listings


def _articles() -> pd.DataFrame:
    rows = [("a.txt", "ok", None, None), ("b.txt", "ok", None, None), ("c.txt", "ok", None, "same text as a.txt")]
    rows += [
        (f"{n}.meta.json", "rejected", f"sidecar metadata of {n}.txt, applied to that article", None) for n in "abc"
    ]
    rows += [("d.pdf", "rejected", "unsupported file type", None)]
    return pd.DataFrame(rows, columns=["source_path", "status", "error", "skip_reason"])


def test_reasons_that_name_their_file_are_counted_as_one_kind():
    """A corpus of texts with sidecars listed one 'rejected: sidecar metadata of <file>' line per file
    (40 lines of count 1 on a 40-article archive), hiding the one real rejection among them."""
    written: dict[str, str] = {}
    listings = Listings({"articles": _articles()}, {})
    listings.sink = written.__setitem__
    html = run_counts(listings.tables, listings)
    lines = re.findall(
        r"<tr><td>\s*(rejected|skipped): ([^<]+)</td><td><a class=\"num\" href=\"([^\"]+)\">(\d+)</a>", html
    )
    assert [(w, k, int(n)) for w, k, _, n in lines] == [
        ("rejected", "sidecar metadata, applied to the article of its text file", 3),
        ("rejected", "unsupported file type", 1),
        ("skipped", "same text as a source that sorts earlier (by path)", 1),
    ]
    sidecars = written[lines[0][2]]
    assert sidecars.count("<tr><td>") == 3 and "a.meta.json" in sidecars and "d.pdf" not in sidecars


def test_reason_kind_keeps_other_reasons_and_nulls():
    assert reason_kind("HTTP status 404: not a page that was served") == "HTTP status 404: not a page that was served"
    assert reason_kind("duplicate of web/x.html") == "duplicate of a source that sorts earlier (by path)"
    assert reason_kind(None) is None


def test_each_section_of_the_overview_says_what_its_numbers_mean(tmp_path):
    """The overview showed 'Claims by certainty: reported 810, asserted 723, hedged 123' and top narratives
    such as '— ASSAULT Iraq' with no word on what a certainty, a claimer kind or '—' is."""
    from narrative_pipeline.report import build
    from report_fixtures import extra_specs, make_results

    results = make_results(tmp_path / "results", extra=True)
    build(results, tmp_path / "out", specs=extra_specs())
    index = (tmp_path / "out/index.html").read_text()
    for section, words in (
        (
            "Claims",
            [
                "hedged (qualified",
                "unnamed (<i>it is reported that</i>)",
                "about three times in four",
                "0.70 on other publishers",
            ],
        ),
        ("Actors", ["Claims made: claims whose claimer is linked to the actor", "one id per name"]),
        ("Narratives and framing", ["(— where the text names no actor)", "A framing label is"]),
    ):
        start = index.index(f"<h2>{section}</h2>")
        text = index[start : index.index("</section>", start)]
        assert all(w in text for w in words), (section, text[:400])


def test_articles_per_outlet_and_month_count_each_analysed_article_once(tmp_path):
    """A saved page and the WARC record of its URL (same text, the second not analysed) showed as two
    POLITICO articles in 'Articles per outlet' and two in their month."""
    import pandas as pd
    from narrative_pipeline.report import build
    from report_fixtures import extra_specs, make_results

    results = make_results(tmp_path / "results", extra=True)
    path = results / "ingest" / "articles.parquet"
    arts = pd.read_parquet(path)
    first = arts[arts.outlet == "Outlet A"]
    copy = first.assign(source_path="copy.html", analysed=False, skip_reason="same text as plain.txt")
    pd.concat([arts, copy]).to_parquet(path, index=False)
    build(results, tmp_path / "out", specs=extra_specs())
    index = (tmp_path / "out/index.html").read_text()
    outlets = index[index.index("<h2>Articles per outlet</h2>") :]
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", outlets[: outlets.index("</section>")])
    assert labels[labels.index("Outlet A") + 1] == "1", labels
    months = index[index.index("<h2>Articles per month</h2>") :]
    assert "<title>2024-01: 1</title>" in months[: months.index("</section>")]


def test_an_empty_actors_section_says_none_in_these_results():
    """review57 2: a run with nothing analysed showed 'Top claimers (claims made)', 'Top actors (mentions)' and 'All
    actors' with nothing beneath, while the network's section said 'No agent -> patient pairs in these results'."""
    from narrative_pipeline.report.overview import overview_parts, top_actor_chart

    empty = top_actor_chart("Top claimers (claims made)", [], {}, "#made")
    assert empty == (
        '<figure><figcaption>Top claimers (claims made)</figcaption><p class="empty">None in these results.</p></figure>'
    )
    full = top_actor_chart("Top actors (mentions)", [("x", 2)], {"x": "X"}, "#mentions")
    assert "None in these results" not in full and "X" in full
    tables = {
        "articles": pd.DataFrame({"source_path": ["a.bin"], "status": ["rejected"], "analysed": [False]}),
        "claims": pd.DataFrame({"claimer_actor_id": pd.Series([], dtype="string")}),
        "mentions": pd.DataFrame({"actor_id": pd.Series([], dtype="string")}),
    }
    listings = Listings(tables, {})
    listings.sink = {}.__setitem__
    rest = overview_parts(tables, listings, {}, [])["rest"]
    actors = rest[rest.index("<h2>Actors</h2>") : rest.index("</section>", rest.index("<h2>Actors</h2>"))]
    assert actors.count("None in these results.") == 2 and "All actors</a> (none in these results)" in actors
    assert "No agent → patient pairs in these results" in rest
