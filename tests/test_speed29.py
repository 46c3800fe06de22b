"""speed29: the corpus validation's listing of the documents without a `Path` per entry gives what `glob` gave; the
worker's preloaded schemas; the checks of the gathered tables made early and taken over only while their files are
unchanged (the same report as the corpus validation alone, and every tampering it catches still caught)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from narrative_pipeline.catalogue import corpus_only, gathered
from narrative_pipeline.cli import main
from narrative_pipeline.validate.corpus import document_names, early_tables
from test_validate import clean, rewrite, shard_paths, validate_corpus, violations  # noqa: F401  (clean: a fixture)


def test_document_names_are_the_names_glob_gives(tmp_path):
    docs = tmp_path / "articles"
    (docs / "folder.json").mkdir(parents=True)
    for name in ("b.json", "a.json", ".hidden.json", "C.JSON", "[x].json", "d.json.tmp", "e.txt"):
        (docs / name).write_text("{}")
    assert document_names(docs) == [p.name for p in sorted(docs.glob("*.json"))]
    assert document_names(docs) == [".hidden.json", "[x].json", "a.json", "b.json", "folder.json"]
    assert document_names(tmp_path / "none") == [] and document_names(docs / "b.json") == []


def test_the_worker_preloads_the_validations_json_schemas():
    """The article and report schemas are generated from the record models once, in the worker, before any child
    (each shard validation made the article schema again in its own process)."""
    import subprocess
    import sys

    code = (
        "from narrative_pipeline import warm, schemas; warm.preload(None, ()); "
        "print(schemas.validator_for.cache_info().currsize, 'pandas' in __import__('sys').modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2", "False"]


# --- the early checks of the gathered tables (validate-gathered) ---------------------------------------------------


def _early(results: Path) -> Path:
    p = shard_paths(results)
    out = results / "validation/gathered.json"
    args = ["validate-gathered", "--out", str(out)]
    for spec in early_tables():
        args += ["--table", f"{spec.name}={results / spec.path}", "--shards-of", spec.name, str(p[spec.name])]
    assert main(args) == 0
    return out


def _corpus_with(inputs: Path, results: Path, early: Path) -> dict:
    p = shard_paths(results)
    out = results / "validation/report.json"
    args = ["validate", "--input-dir", str(inputs), "--docs-dir", str(results / "articles"), "--out", str(out)]
    args += ["--shard-reports", str(results / "validation/shards/0.json"), "--gathered-checks", str(early)]
    for spec in gathered():
        args += ["--table", f"{spec.name}={results / spec.path}", "--shards-of", spec.name, str(p[spec.name])]
    for spec in corpus_only():
        args += ["--table", f"{spec.name}={results / spec.path}"]
    assert main(args) == 0
    return json.loads(out.read_text())


@pytest.fixture
def run(clean, tmp_path):  # noqa: F811
    import shutil

    shutil.copytree(clean, tmp_path / "run")
    return tmp_path / "run" / "inputs", tmp_path / "run" / "results"


def test_the_early_checks_taken_over_give_the_report_made_without_them(run, monkeypatch):
    inputs, results = run
    early = _early(results)
    assert [t["table"] for t in json.loads(early.read_text())["tables"]] == [t.name for t in early_tables()]
    assert {t.name for t in early_tables()} == {"texts", "sentences", "mentions", "actors", "claims", "claim_actors"}
    live = validate_corpus(inputs, results)
    from narrative_pipeline.validate import corpus

    calls, real = [], corpus.equal_to_shards
    monkeypatch.setattr(corpus, "equal_to_shards", lambda *a: (calls.append(a[0].name), real(*a))[1])
    assert _corpus_with(inputs, results, early) == live and live["passed"]
    assert sorted(calls) == ["articles", "framing", "statements"]  # the early tables' comparisons were taken over


@pytest.mark.parametrize("when", ["after", "before"])
def test_a_gathered_table_changed_after_or_before_its_early_checks_is_caught(run, when):
    """A table rewritten after the early checks is checked again (a kept result would hide the change); one wrong
    before them has its violation in the report as the corpus validation alone finds it."""
    inputs, results = run
    path = results / "claims/claims.parquet"
    if when == "after":
        early = _early(results)
    rewrite(path, "claim_type", 0, "prediction")
    if when == "before":
        early = _early(results)
    report = _corpus_with(inputs, results, early)
    assert report == validate_corpus(inputs, results)
    found = violations(report)
    assert any(v["check"] == "gathered" and v["file"] == "claims/claims.parquet" for v in found)


def test_a_duplicate_key_written_after_the_early_checks_is_caught(run):
    import pyarrow.parquet as pq

    inputs, results = run
    early = _early(results)
    path = results / "claims/claims.parquet"
    rewrite(path, "claim_id", 1, pq.read_table(path).column("claim_id")[0].as_py())
    found = violations(_corpus_with(inputs, results, early))
    assert any(v["check"] == "unique" and v["file"] == "claims/claims.parquet" for v in found)


def test_a_shard_file_changed_after_the_early_checks_is_caught(run):
    inputs, results = run
    early = _early(results)
    rewrite(shard_paths(results)["mentions"], "text", 0, "tampered")
    report = _corpus_with(inputs, results, early)
    assert report == validate_corpus(inputs, results)
    assert any(v["check"] == "gathered" and v["file"] == "actors/mentions.parquet" for v in violations(report))


@pytest.mark.parametrize("content", ["not json", '{"schema_version": "1.0.0"}', None])
def test_an_unreadable_or_missing_early_file_is_not_used(run, content):
    inputs, results = run
    early = results / "validation/gathered.json"
    if content is not None:
        early.parent.mkdir(parents=True, exist_ok=True)
        early.write_text(content)
    assert _corpus_with(inputs, results, early) == validate_corpus(inputs, results)
