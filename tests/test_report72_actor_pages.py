"""An actor's page lists the narratives it is agent or patient of, and its labels by lemma with the denied ones
marked (review68 9, 10); the network's legend says a REQUEST is drawn as conflict (review68 11)."""

from __future__ import annotations

from narrative_pipeline.report.actors import label_rows
from narrative_pipeline.report.builder import build
from report_fixtures import extra_specs, make_results


def test_labels_are_tallied_by_lemma_in_their_most_frequent_form_and_denials_apart():
    rows = [
        dict(label="foreign secretary", label_lemma="foreign secretary", kind="apposition", claimer_kind="author",
             claimer_actor_id=None, negated=False),
        dict(label="Foreign Secretary", label_lemma="foreign secretary", kind="apposition", claimer_kind="author",
             claimer_actor_id=None, negated=False),
        dict(label="foreign secretary", label_lemma="foreign secretary", kind="apposition", claimer_kind="author",
             claimer_actor_id=None, negated=False),
        dict(label="burden", label_lemma="burden", kind="predicate", claimer_kind="author", claimer_actor_id=None,
             negated=True),
        dict(label="burden", label_lemma="burden", kind="predicate", claimer_kind="author", claimer_actor_id=None,
             negated=False),
    ]  # fmt: skip
    got = [(r[0], r[4], r[5]) for r in label_rows(rows, lambda a: "—")]
    assert got == [("foreign secretary", "3", ""), ("burden", "1", ""), ("burden", "1", "denied")]


def test_an_actor_page_lists_the_narratives_it_is_agent_or_patient_of(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    build(results, tmp_path / "out", specs=extra_specs())
    for glob in ("state-ukr-*.html", "state-rus-*.html"):
        page = next((tmp_path / "out/actor").glob(glob)).read_text()
        assert "What it does and undergoes" in page
        section = page.split("What it does and undergoes", 1)[1].split("</section>", 1)[0]
        assert "ASSAULT" in section and section.count("<tr>") >= 2  # the header and the narrative


def test_the_network_legend_says_a_request_is_drawn_as_conflict(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    build(results, tmp_path / "out", specs=extra_specs())
    assert "REQUEST" in (tmp_path / "out/index.html").read_text() + (tmp_path / "out/network.html").read_text()


def test_an_actor_pages_edges_show_their_stories(tmp_path):
    """review69 10: the edges table beside the narratives shows the stories too (report73)."""
    results = make_results(tmp_path / "results", extra=True)
    edges = results / "narratives/actor_edges.parquet"
    import pyarrow.parquet as pq

    table = pq.read_table(edges)
    pq.write_table(table.append_column("n_stories", table.column("n_articles")), edges)
    build(results, tmp_path / "out", specs=extra_specs())
    page = next((tmp_path / "out/actor").glob("state-ukr-*.html")).read_text()
    section = page.split("Network edges", 1)[1].split("</section>", 1)[0]
    assert "<th>stories</th>" in section
