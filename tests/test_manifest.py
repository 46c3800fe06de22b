"""The manifest lists every public table and every article document, and only after validation passed."""

from __future__ import annotations

import json

import pytest
from narrative_pipeline.catalogue import public
from narrative_pipeline.manifest import ValidationFailed, artifact_entries, build_manifest, remove_leftover_documents
from narrative_pipeline.records import SCHEMA_VERSION, ArticleRecord
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
