"""speed46: the corpus validation keeps the shard tables it read (by the shard file's sha256) for its next run, reads
each table once, and stages the changes itself (the `changes` job folded into it). The report is the same bytes as
without the kept copies; a shard changed after a cached pass, a kept copy damaged or edited by hand, and a job
interrupted while keeping its copies are all as without the cache; the staged changes are the `changes` job's."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline import changes
from narrative_pipeline.catalogue import corpus_only, gathered, table
from narrative_pipeline.cli import main
from narrative_pipeline.validate import shardcache
from test_validate import clean, rewrite, shard_paths, violations  # noqa: F401  (`clean`: a fixture)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(clean, tmp_path):  # noqa: F811  (the fixture imported above)
    """A copy of test_validate's validated run: its inputs and results folders."""
    import shutil

    shutil.copytree(clean, tmp_path / "run")
    return tmp_path / "run" / "inputs", tmp_path / "run" / "results"


def corpus_args(inputs: Path, results: Path, out: Path, *extra: str) -> list[str]:
    p = shard_paths(results)
    args = ["validate", "--input-dir", str(inputs), "--docs-dir", str(results / "articles"), "--out", str(out)]
    args += ["--shard-reports", str(results / "validation/shards/0.json"), *extra]
    for spec in gathered():
        args += ["--table", f"{spec.name}={results / spec.path}", "--shards-of", spec.name, str(p[spec.name])]
    for spec in corpus_only():
        args += ["--table", f"{spec.name}={results / spec.path}"]
    return args


def validated(inputs: Path, results: Path, cached: bool = True, name: str = "report.json") -> bytes:
    """The corpus validation's report (bytes), with the shard tables kept under the results' cache when `cached`."""
    out = results / "validation" / name
    extra = ("--cache-dir", str(results / ".cache/validate")) if cached else ()
    assert main(corpus_args(inputs, results, out, *extra)) == 0
    return out.read_bytes()


def kept_folder(results: Path) -> Path:
    return results / ".cache/validate/gathered"


def concat_specs() -> list:
    return [spec for spec in gathered() if spec.gather == "concat"]


class ShardReads:
    """Counts the shard files of concatenated tables read as Parquet (`tables.read_parquet` of a path under a
    `shards` folder; the actors' shards, merged, are read as before)."""

    def __init__(self, monkeypatch) -> None:
        from narrative_pipeline import tables

        self.paths: list[str] = []
        real = tables.read_parquet

        def counted(path, *args, **kwargs):
            name = Path(path).name
            if Path(path).parent.name == "shards" and name.split(".")[1] in {s.name for s in concat_specs()}:
                self.paths.append(name)
            return real(path, *args, **kwargs)

        monkeypatch.setattr(tables, "read_parquet", counted)


def test_kept_shard_tables_give_the_same_report_and_are_not_read_again(run, monkeypatch):
    inputs, results = run
    plain = validated(inputs, results, cached=False, name="plain.json")
    reads = ShardReads(monkeypatch)
    assert validated(inputs, results) == plain  # the first pass reads every shard and keeps it
    assert sorted(reads.paths) == sorted(Path(shard_paths(results)[s.name]).name for s in concat_specs())
    assert sorted(p.name for p in kept_folder(results).iterdir()) == sorted(f"{n}.arrow" for n in reads.paths)
    reads.paths.clear()
    assert validated(inputs, results) == plain
    assert reads.paths == []  # near case above: the first pass read them all


def test_a_kept_shard_table_is_the_one_read_from_its_file(run, tmp_path):
    _, results = run
    for spec in concat_specs():
        from narrative_pipeline.tables import arrow_schema, gather, read_parquet

        path = shard_paths(results)[spec.name]
        schema = arrow_schema(spec.model)
        first, was_kept = shardcache.shard_table(tmp_path, path, schema)
        again, kept_now = shardcache.shard_table(tmp_path, path, schema)
        assert (was_kept, kept_now) == (False, True)
        read = read_parquet(path, schema=schema)
        assert again.equals(read) and again.schema.equals(read.schema, check_metadata=True)
        both, copies = shardcache.gather_cached(spec, [path], tmp_path)
        assert copies == 1
        assert both.equals(gather(spec, [path])) and both.schema.equals(
            gather(spec, [path]).schema, check_metadata=True
        )


def test_a_shard_changed_after_a_cached_pass_is_read_from_its_file_and_caught(run, monkeypatch):
    inputs, results = run
    assert json.loads(validated(inputs, results))["passed"]
    shard = shard_paths(results)["claims"]
    rewrite(shard, "claim_type", 0, "prediction")  # the gathered table no longer equals its shard
    reads = ShardReads(monkeypatch)
    found = violations(json.loads(validated(inputs, results)))
    assert reads.paths == [shard.name]  # read from its file once (no copy used: no comparison made again)
    assert any(v["check"] == "gathered" and v["file"] == "claims/claims.parquet" for v in found)
    plain = violations(json.loads(validated(inputs, results, cached=False, name="plain.json")))
    assert [v for v in found if v["check"] == "gathered"] == [v for v in plain if v["check"] == "gathered"]
    kept = pa.ipc.open_file(pa.OSFile(str(shardcache.kept_path(kept_folder(results), shard)))).read_all()
    assert kept.schema.metadata[shardcache.SOURCE] == shardcache.file_sha256(shard).encode()  # kept again, as read


def test_a_gathered_table_changed_after_a_cached_pass_is_caught(run):
    inputs, results = run
    assert json.loads(validated(inputs, results))["passed"]
    rewrite(results / "claims/claims.parquet", "claim_type", 0, "prediction")
    found = violations(json.loads(validated(inputs, results)))
    assert any(v["check"] == "gathered" and v["file"] == "claims/claims.parquet" for v in found)


def _edit_kept(path: Path, column: str, value) -> None:
    """A kept copy edited by hand: a value changed, its metadata (source sha256, schema digest) kept."""
    data = pa.ipc.open_file(pa.OSFile(str(path))).read_all()
    values = data.column(column).to_pylist()
    values[0] = value
    data = data.set_column(data.schema.get_field_index(column), data.schema.field(column), pa.array(values))
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, data.schema) as writer:
        writer.write_table(data)


def test_a_kept_copy_edited_by_hand_never_decides_a_violation(run):
    inputs, results = run
    plain = validated(inputs, results, cached=False, name="plain.json")
    assert validated(inputs, results) == plain
    shard = shard_paths(results)["claims"]
    _edit_kept(shardcache.kept_path(kept_folder(results), shard), "claim_type", "prediction")
    assert validated(inputs, results) == plain  # the comparison made again from the Parquet files
    rewrite(results / "claims/claims.parquet", "claim_type", 1, "prediction")  # near case: a real difference
    found = violations(json.loads(validated(inputs, results)))
    assert any(v["check"] == "gathered" and v["file"] == "claims/claims.parquet" for v in found)


@pytest.mark.parametrize("damage", ["truncated", "empty", "not arrow", "other schema digest"])
def test_a_damaged_kept_copy_is_read_from_the_shard_file_again(run, monkeypatch, damage):
    inputs, results = run
    plain = validated(inputs, results, cached=False, name="plain.json")
    validated(inputs, results)
    shard = shard_paths(results)["mentions"]
    kept = shardcache.kept_path(kept_folder(results), shard)
    if damage == "truncated":
        kept.write_bytes(kept.read_bytes()[: kept.stat().st_size // 2])
    elif damage == "empty":
        kept.write_bytes(b"")
    elif damage == "not arrow":
        kept.write_text("not an Arrow file")
    else:
        monkeypatch.setattr(shardcache, "read_as", lambda schema: "another schema or Arrow version")
    reads = ShardReads(monkeypatch)
    assert validated(inputs, results) == plain
    assert shard.name in reads.paths


class Interrupted(BaseException):
    """The job stopped (as by a signal) while it keeps a copy."""


def test_a_job_interrupted_while_keeping_its_copies_loses_nothing(run, monkeypatch):
    inputs, results = run
    plain = validated(inputs, results, cached=False, name="plain.json")
    real = shardcache.keep_table
    kept: list[str] = []

    def interrupted(cache, shard_path, *args):
        if len(kept) == 3:  # the job is stopped while it keeps its fourth copy (after its temporary file is made)
            Path(cache, f".{Path(shard_path).name}.arrow.1.tmp").write_bytes(b"half a file")
            raise Interrupted
        kept.append(Path(shard_path).name)
        real(cache, shard_path, *args)

    monkeypatch.setattr(shardcache, "keep_table", interrupted)
    with pytest.raises(Interrupted):
        validated(inputs, results)
    monkeypatch.setattr(shardcache, "keep_table", real)
    reads = ShardReads(monkeypatch)
    assert validated(inputs, results) == plain  # the next run: the same report
    assert set(reads.paths).isdisjoint(kept)  # the copies kept before the interruption are used
    assert len(reads.paths) == len(concat_specs()) - 3
    assert validated(inputs, results) == plain


def test_a_copy_that_cannot_be_written_is_no_copy(run, monkeypatch):
    inputs, results = run
    plain = validated(inputs, results, cached=False, name="plain.json")
    kept_folder(results).parent.mkdir(parents=True, exist_ok=True)
    kept_folder(results).write_text("a file where the folder goes")
    assert validated(inputs, results) == plain
    assert validated(inputs, results) == plain


def test_each_table_is_read_whole_once(run, monkeypatch):
    """The gathered and corpus tables are read whole once each: their keys and their comparison with their shards
    take the table as its schema check read it (before: three reads of each gathered table)."""
    from narrative_pipeline import tables

    inputs, results = run
    whole: list[str] = []
    real = tables.read_parquet

    def counted(path, columns=None, schema=None):
        if columns is None and schema is None:
            whole.append(str(Path(path).relative_to(results)))
        return real(path, columns, schema)

    monkeypatch.setattr(tables, "read_parquet", counted)
    import narrative_pipeline.validate.checks as checks
    import narrative_pipeline.validate.corpus as corpus

    monkeypatch.setattr(checks, "read_parquet", counted)
    monkeypatch.setattr(corpus, "read_parquet", counted)
    validated(inputs, results)
    assert sorted(whole) == sorted(spec.path for spec in [*gathered(), *corpus_only()])


def test_the_changes_staged_by_the_validation_are_the_changes_jobs(run, tmp_path):
    inputs, results = run
    for kept_state in (False, True):
        if kept_state:  # a kept state of an earlier run, and a table changed since
            changes.run(results, tmp_path / "first.json")
            rewrite(results / table("claims").path, "claim_id", 0, "changed:c0000")
        job = tmp_path / f"job{kept_state}"
        assert main(["changes", "--results", str(results), "--staged", str(job)]) == 0
        folder = tmp_path / f"validation{kept_state}"
        extra = ("--results", str(results), "--stage-changes", str(folder))
        assert main(corpus_args(inputs, results, tmp_path / "report.json", *extra)) == 0
        assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in job.iterdir())
        for made in job.iterdir():
            assert (folder / made.name).read_bytes() == made.read_bytes()
        found = changes.staged_changes(results, folder)
        assert found is not None and found == changes.staged_changes(results, job)


def test_stage_changes_needs_the_results_folder(run, tmp_path):
    inputs, results = run
    with pytest.raises(SystemExit):
        main(corpus_args(inputs, results, tmp_path / "report.json", "--stage-changes", str(tmp_path / "staged")))


def test_the_validate_rule_stages_the_changes_and_no_changes_job_is_left():
    validate = (ROOT / "workflow/rules/validate.smk").read_text()
    assert "--stage-changes {output.changes:q}" in validate and '".changes-staged"' not in validate
    assert 'changes=temp(directory(f"{R}/.changes-staged"))' in validate
    assert "--cache-dir {params.cache_dir:q}" in validate.split("rule validate:")[1]
    report = (ROOT / "workflow/rules/report.smk").read_text()
    assert "rule changes:" not in report and 'changes_staged=f"{R}/.changes-staged"' in report


def test_the_tables_changes_reads_are_the_validations_files(run):
    """`run_corpus` hands `changes.stage` only the tables read from the files `changes` would read (the results
    folder's own): a table given from another place is read by `changes` from its file."""
    from narrative_pipeline.validate.corpus import _as_read

    _, results = run
    read = {"claims": pq.read_table(results / table("claims").path), "mentions": pa.table({"x": [1]})}
    paths = {"claims": results / table("claims").path, "mentions": results.parent / "elsewhere.parquet"}
    assert list(_as_read(results, paths, read)) == ["claims"]


def test_the_tables_held_for_the_changes_are_their_columns_only(run):
    """The corpus validation holds a gathered table only until its comparison with its shards is made; for the
    staged changes it keeps the columns `changes` reads of each table (`changes.columns_read`), not the tables."""
    from narrative_pipeline.validate.corpus import validate_corpus

    inputs, results = run
    p = shard_paths(results)
    paths = {spec.name: results / spec.path for spec in [*gathered(), *corpus_only()]}
    shards = {spec.name: [p[spec.name]] for spec in gathered()}
    reports = [results / "validation/shards/0.json"]
    read: dict = {}
    keep = changes.columns_read()
    report, _ = validate_corpus(inputs, reports, paths, shards, results / "articles", read=read, keep=keep)
    assert report.passed
    assert {name: data.column_names for name, data in read.items()} == {name: keep[name] for name in paths}
    assert keep["articles"] == ["source_path", "locator", "sha256"]
    whole: dict = {}
    validate_corpus(inputs, reports, paths, shards, results / "articles", read=whole)  # near case: no `keep`
    assert whole["claims"].column_names == pq.read_schema(paths["claims"]).names
