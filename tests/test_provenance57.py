"""review57 1: every shard table records what made it (its step's rule set, code fingerprint and lexicon hash, in its
Parquet metadata); the corpus validation fails, naming the shards and what each records, when the shards of one
table were made by different code; the manifest takes its components from the shards."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from narrative_pipeline.hashing import sha256_file, step_fingerprint
from narrative_pipeline.manifest import build_manifest
from narrative_pipeline.provenance import agreed_provenance, shard_provenance, step_provenance
from narrative_pipeline.records import ClaimRecord, ValidationReport
from narrative_pipeline.tables import PROVENANCE_KEY, arrow_schema, read_json, stamped, table_bytes, write_table
from narrative_pipeline.validate.corpus import validate_corpus
from test_manifest import results_folder

OLD = {"claims": "claims.rules.v99", "code:claims": "0.1.0+1111111111111111", "lexicon:claims": "ab" * 32}
NEW = {**OLD, "claims": "claims.rules.v100", "code:claims": "0.1.0+2222222222222222"}


def shard(path: Path, provenance: dict[str, str] | None) -> Path:
    empty = arrow_schema(ClaimRecord).empty_table()
    if provenance is None:
        write_table(path, empty)
    else:
        with stamped(provenance):
            write_table(path, empty)
    return path


def test_a_stamped_table_carries_its_provenance_and_the_same_bytes_each_time(tmp_path):
    empty = arrow_schema(ClaimRecord).empty_table()
    with stamped(NEW):
        first, second = table_bytes(empty), table_bytes(empty)
    assert first == second  # a pure function of the code and configuration: reruns give the same bytes
    assert shard_provenance(shard(tmp_path / "0.claims.parquet", NEW)) == NEW
    metadata = pq.read_schema(tmp_path / "0.claims.parquet").metadata
    assert metadata[b"record"] == b"ClaimRecord"  # the schema's own metadata kept beside it


def test_outside_a_step_nothing_is_stamped(tmp_path):
    with stamped(NEW):
        pass
    assert shard_provenance(shard(tmp_path / "0.claims.parquet", None)) is None
    assert PROVENANCE_KEY not in (pq.read_schema(tmp_path / "0.claims.parquet").metadata or {})


def test_a_step_records_its_fingerprint_rule_set_and_lexicon(tmp_path):
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text("a: 1\n")
    got = step_provenance("claims", "claims.rules.v100", ("claims", lexicon))
    assert got == {
        "code:claims": step_fingerprint("claims"),
        "claims": "claims.rules.v100",
        "lexicon:claims": sha256_file(lexicon),
    }
    assert step_provenance("ingest") == {"code:ingest": step_fingerprint("ingest")}


def test_shards_made_by_one_code_agree(tmp_path):
    paths = [shard(tmp_path / f"{n}.claims.parquet", NEW) for n in range(3)]
    roles = [shard(tmp_path / f"{n}.claim_actors.parquet", NEW) for n in range(3)]
    assert agreed_provenance({"claims": paths, "claim_actors": roles}) == (NEW, [])


def test_shards_made_by_different_code_are_a_violation_naming_them_and_both_fingerprints(tmp_path):
    paths = [shard(tmp_path / "0.claims.parquet", OLD), *(shard(tmp_path / f"{n}.claims.parquet", NEW) for n in (1, 2))]
    agreed, violations = agreed_provenance({"claims": paths})
    assert agreed == {} and len(violations) == 1
    message = violations[0].message
    assert violations[0].check == "provenance" and violations[0].file == "claims"
    assert "0.claims.parquet: claims claims.rules.v99, code:claims 0.1.0+1111111111111111" in message
    assert "1.claims.parquet, 2.claims.parquet: claims claims.rules.v100, code:claims 0.1.0+2222222222222222" in message
    assert "lexicon:claims" not in message  # only what differs


def test_a_shard_without_provenance_among_stamped_ones_is_a_violation(tmp_path):
    paths = [shard(tmp_path / "0.claims.parquet", None), shard(tmp_path / "1.claims.parquet", NEW)]
    _, violations = agreed_provenance({"claims": paths})
    assert len(violations) == 1 and "0.claims.parquet: no provenance recorded" in violations[0].message


def test_tables_made_outside_a_step_name_nothing(tmp_path):
    paths = [shard(tmp_path / f"{n}.claims.parquet", None) for n in range(2)]
    assert agreed_provenance({"claims": paths, "mentions": []}) == ({}, [])


def test_two_tables_naming_one_key_differently_are_a_violation(tmp_path):
    claims = [shard(tmp_path / "0.claims.parquet", NEW)]
    roles = [shard(tmp_path / "0.claim_actors.parquet", OLD)]
    _, violations = agreed_provenance({"claims": claims, "claim_actors": roles})
    assert [v.field for v in violations] == ["claims", "code:claims"]


def test_the_corpus_validation_fails_on_mixed_shards_and_records_agreed_ones(tmp_path):
    (tmp_path / "in").mkdir()
    mixed = [shard(tmp_path / "0.claims.parquet", OLD), shard(tmp_path / "1.claims.parquet", NEW)]
    report, _ = validate_corpus(tmp_path / "in", [], {}, {"claims": mixed}, tmp_path / "docs")
    assert not report.passed and report.provenance == {}
    assert [c.check for c in report.checks if not c.passed] == ["provenance"]
    same = [shard(tmp_path / "2.claims.parquet", NEW), shard(tmp_path / "3.claims.parquet", NEW)]
    report, _ = validate_corpus(tmp_path / "in", [], {}, {"claims": same}, tmp_path / "docs")
    assert report.passed and report.provenance == NEW


def test_the_manifest_names_what_the_shards_record_over_the_checkout(tmp_path):
    results = results_folder(tmp_path)
    report = read_json(results / "validation/report.json")
    (results / "validation/report.json").write_text(json.dumps({**report, "provenance": NEW}))
    checkout = {"claims": "claims.rules.v101", "code:claims": "0.1.0+3333333333333333", "code:export": "0.1.0+e"}
    manifest = build_manifest(results, "c", "r", "m", "v", checkout)
    assert manifest.components == {**NEW, "code:export": "0.1.0+e"}
    assert list(manifest.components) == sorted(manifest.components)


def test_a_shard_report_records_no_provenance():
    assert ValidationReport.model_fields["provenance"].default_factory() == {}
