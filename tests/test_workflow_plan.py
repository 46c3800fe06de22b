"""The workflow's plan (a Snakemake dry run) on inputs that once broke it before any job ran.

Each input here made `snakemake` stop with an exception for the whole corpus. A dry run starts a
Snakemake process and builds the whole job graph (about two seconds), so all but one are in the slow
set (tests that start processes of their own); the plan of every cached step stays in the fast subset
as its smoke test of the Snakefile.
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter
from workflow_helpers import copy_project, snakemake_cmd, snakemake_env

PAGE = (
    b"<html><head><title>Port reopens</title></head><body><article><h1>Port reopens after three weeks</h1>"
    b"<p>The river port of Velmora reopened on Tuesday after three weeks of closure, the harbour authority"
    b" said.</p></article></body></html>"
)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("plan") / "project")


def dry_run(project: Path, input_dir: Path) -> subprocess.CompletedProcess:
    cmd = snakemake_cmd("-n", "--cores", "1", "--config", f"input_dir={input_dir}", f"results={input_dir.parent}/r")
    return subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=snakemake_env())


def write_warc(path: Path, records: list[tuple[str, str, bytes, list[tuple[str, str]]]]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, status, body, headers in records:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))


@pytest.mark.slow
def test_a_shard_holding_only_skipped_warc_records_plans(project, tmp_path):
    """A redirect is listed (skipped) but makes no article document: its shard's export has no
    document to write, which once failed the plan with an IndexError."""
    (tmp_path / "in").mkdir()
    write_warc(tmp_path / "in/moved.warc.gz", [("https://example.org/old", "301 Moved", b"", [("Location", "/new")])])
    result = dry_run(project, tmp_path / "in")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_one_page_captured_under_several_urls_plans(project, tmp_path):
    """The same payload under four URLs (http/https, mirrors) has one article id: its document must
    come from one shard, not from four export rules (AmbiguousRuleException). Slow since speed28: the
    export rule declares no documents any more, and test_discovery's
    test_identical_content_under_several_urls_meets_in_one_shard checks the one shard in this process."""
    (tmp_path / "in").mkdir()
    urls = ["http://example.org/port", "https://example.net/port", "https://mirror.example.com/port", "https://b.org/p"]
    write_warc(tmp_path / "in/crawl.warc.gz", [(u, "200 OK", PAGE, [("Content-Type", "text/html")]) for u in urls])
    result = dry_run(project, tmp_path / "in")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_identical_texts_with_sidecars_of_different_urls_plan(project, tmp_path):
    """Slow since speed28, as the test above: test_discovery checks the same texts' one shard in this process."""
    (tmp_path / "in").mkdir()
    for i in range(6):
        (tmp_path / f"in/a{i}.txt").write_text("Port reopens\n\nThe port reopened on Tuesday, officials said.\n")
        (tmp_path / f"in/a{i}.meta.json").write_text(f'{{"url": "https://o{i}.example.org/x"}}')
    result = dry_run(project, tmp_path / "in")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.mark.slow
def test_a_results_folder_inside_input_dir_is_refused(project, tmp_path):
    """Its report pages, tables and logs would be read as inputs on the next run."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Port reopens\n\nThe port reopened on Tuesday, officials said.\n")
    cmd = snakemake_cmd("-n", "--cores", "1", "--config", f"input_dir={corpus}", f"results={corpus}/results")
    result = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=snakemake_env())
    assert result.returncode != 0 and "inside input_dir" in result.stdout + result.stderr
    assert not (corpus / "results").exists()


def test_each_cached_step_is_given_the_code_fingerprint_the_snakefile_computed(project, tmp_path):
    """normalize, actors, claims, narratives and export key their caches by their code's fingerprint: the rule
    passes the one its Snakefile computed (`--code`), which is the step's own `step_fingerprint`, so the job
    keys its cache as it would have keyed it computing the fingerprint itself."""
    from narrative_pipeline.hashing import step_fingerprint

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The port of Velmora reopened on Tuesday, the harbour authority said.\n")
    cmd = snakemake_cmd("-n", "-p", "--cores", "1", "--config", f"input_dir={corpus}", f"results={tmp_path}/r")
    result = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=snakemake_env())
    assert result.returncode == 0, result.stderr
    commands = [line for line in result.stdout.splitlines() if "narrative-pipeline " in line]
    for step in ("normalize", "actors", "claims", "narratives shard", "export"):
        (line,) = [c for c in commands if f"narrative-pipeline {step} " in c]
        assert f" --code {step_fingerprint(step.split()[0])} " in line
    assert not [c for c in commands if "--code" in c and "narrative-pipeline ingest " in c]
