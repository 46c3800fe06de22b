"""The manifest lists every public table and every article document, and only after validation passed."""

from __future__ import annotations

import json

import pytest
from narrative_pipeline.catalogue import public
from narrative_pipeline.manifest import ValidationFailed, artifact_entries, build_manifest, remove_leftover_documents
from narrative_pipeline.records import SCHEMA_VERSION, ArticleRecord
from narrative_pipeline.runinfo import cpu_model
from narrative_pipeline.tables import arrow_schema, write_json, write_records, write_table
from test_documents import article


def results_folder(tmp_path, passed: bool = True):
    for spec in public():
        write_table(tmp_path / spec.path, arrow_schema(spec.model).empty_table())
    rows = [article("a" * 16, "a.txt"), article("c" * 16, "w.warc", locator="warc:0", candidate=False)]
    write_records(tmp_path / "ingest/articles.parquet", rows, ArticleRecord)
    (tmp_path / "articles").mkdir()
    (tmp_path / f"articles/{'a' * 16}.json").write_text("{}")
    report = {"passed": passed, "n_violations": 0 if passed else 1, "schema_version": SCHEMA_VERSION, "scope": "corpus",
              "articles_not_analysed": [], "warnings": [], "checks": []}  # fmt: skip
    write_json(tmp_path / "validation/report.json", report)
    return tmp_path


def test_entries_cover_public_tables_documents_and_the_report(tmp_path):
    entries = {e.path: e for e in artifact_entries(results_folder(tmp_path))}
    assert {s.path for s in public()} <= set(entries)
    assert f"articles/{'a' * 16}.json" in entries and "validation/report.json" in entries
    assert entries["ingest/articles.parquet"].n_rows == 2
    assert list(entries) == sorted(entries)


def test_leftover_documents_are_removed(tmp_path):
    results = results_folder(tmp_path)
    (results / f"articles/{'d' * 16}.json").write_text("{}")
    assert remove_leftover_documents(results) == [f"{'d' * 16}.json"]
    assert sorted(p.name for p in (results / "articles").iterdir()) == [f"{'a' * 16}.json"]


def test_no_manifest_for_a_failed_validation(tmp_path):
    results = results_folder(tmp_path, passed=False)
    with pytest.raises(ValidationFailed, match="1 violation"):
        build_manifest(results, "c", "r", "m", "v", {})
    manifest = build_manifest(results_folder(tmp_path / "ok"), "c", "r", "m", "v", {"x": "y"})
    assert manifest.components == {"x": "y"} and json.loads(manifest.model_dump_json())["artifacts"]


def test_run_info_lists_each_job_and_loads_no_table_library(tmp_path):
    import subprocess
    import sys

    bench = tmp_path / "benchmarks"
    (bench / "claims").mkdir(parents=True)
    (bench / "claims/3.tsv").write_text("s\th:m:s\tmax_rss\n1.25\t0:00:01\t120.5\n", encoding="utf-8")
    (bench / "publish.tsv").write_text("s\th:m:s\tmax_rss\n2.0\t0:00:02\t-\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from narrative_pipeline.runinfo import write_run_info\n"
        f"write_run_info('2026-01-01T00:00:00+00:00', {str(bench)!r}, {str(tmp_path / 'run.json')!r})\n"
        "print(sorted(m for m in ('pyarrow', 'pandas', 'numpy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"  # cheap enough for Snakemake's own process (the Snakefile's onsuccess)
    data = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert data["started_at"] == "2026-01-01T00:00:00+00:00"
    assert [j["job"] for j in data["jobs"]] == ["claims/3", "publish"]
    assert data["jobs"][0]["seconds"] == 1.25 and data["jobs"][0]["max_rss_mb"] == 120.5
    assert data["cpu"] == cpu_model()


def test_run_info_names_the_cpu_whose_matrix_kernels_the_parse_used(tmp_path):
    """run.json says which CPU ran the parse (its matrix kernels follow it: `blis_kernels`); "" where none is known."""
    info = tmp_path / "cpuinfo"
    info.write_text(
        "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 9B14\nflags\t: avx2\n", encoding="utf-8"
    )
    assert cpu_model(info) == "AMD EPYC 9B14"
    info.write_text(  # review31: the family and model blis picks its kernels by, where /proc/cpuinfo gives them
        "processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\nmodel\t\t: 1\nmodel name\t: AMD EPYC\n\n"
        "processor\t: 1\ncpu family\t: 23\nmodel\t\t: 49\nmodel name\t: AMD EPYC\n",
        encoding="utf-8",
    )
    assert cpu_model(info) == "AMD EPYC (family 0x19, model 0x1)"
    info.write_text("processor\t: 0\nflags\t: neon\n", encoding="utf-8")
    assert cpu_model(info) == ""
    assert cpu_model(tmp_path / "missing") == ""
