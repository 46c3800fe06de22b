"""speed43: the narratives corpus job reads the rows `aggregate` reads as plain rows (the statements untyped, only the
claims they name), as the corpus validation's recomputation does: the same corpus tables as from typed statements and
every claim, from the gathered claims or from their shard tables (an add-one's corpus job reads the shards)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.narratives import inputs, steps
from narrative_pipeline.narratives.aggregate import aggregate
from narrative_pipeline.records import ActorEdgeRecord, NarrativeRecord, StatementRecord, TimelineRecord
from narrative_pipeline.tables import read_records, write_records
from test_narratives_aggregate import ARTICLES, CLAIMS, STATEMENTS, st

ROOT = Path(__file__).resolve().parents[1]

# a claim no statement names, and one named claim repeated in a later shard (the later row wins a lookup by id)
UNNAMED = {"claim_id": "z:c9", "certainty": "hedged", "claimer_kind": "actor", "claimer_actor_id": "un",
           "claimer_text": "UN", "text": "The UN said the talks would resume."}  # fmt: skip
REPEATED = {**CLAIMS[0], "certainty": "reported", "claimer_kind": "actor", "claimer_actor_id": "state_tur"}
MORE = [*STATEMENTS, st(2, "a", "state_tur", "SUPPORT", "gna", "a:c1"), st(4, "c", None, "ASSAULT", "gna", "c:c1")]


def _claims_file(path: Path, rows: list[dict]) -> Path:
    pq.write_table(pa.Table.from_pylist(rows, schema=_claim_schema()), path)
    return path


def _claim_schema() -> pa.Schema:
    # (with the article: the corpus job reads every claim's article and text for its stories: report72)
    return pa.schema([(c, pa.string()) for c in [*inputs.AGGREGATED_CLAIM_COLUMNS, "article_id"]])


@pytest.fixture
def tables(tmp_path: Path) -> dict[str, Path]:
    statements = tmp_path / "statements.parquet"
    write_records(statements, MORE, StatementRecord)
    articles = tmp_path / "articles.parquet"
    pq.write_table(pa.Table.from_pylist([{"published_at": None, "archived_at": None, **a} for a in ARTICLES]), articles)
    return {
        "statements": statements,
        "articles": articles,
        "shard0": _claims_file(tmp_path / "0.claims.parquet", [CLAIMS[0], UNNAMED, CLAIMS[1]]),
        "shard1": _claims_file(tmp_path / "1.claims.parquet", [CLAIMS[2], REPEATED]),
        "gathered": _claims_file(tmp_path / "claims.parquet", [CLAIMS[0], UNNAMED, CLAIMS[1], CLAIMS[2], REPEATED]),
    }


def _expected(tables: dict[str, Path]) -> tuple[list, list, list]:
    """What the corpus job made before speed43: typed statements, every claim of every table, in order."""
    claims = [row for name in ("shard0", "shard1") for row in pq.read_table(tables[name]).to_pylist()]
    articles = pq.read_table(tables["articles"]).to_pylist()
    return aggregate(read_records(tables["statements"], StatementRecord), claims, articles)


def _run(tables: dict[str, Path], claims, out: Path) -> tuple[list, list, list]:
    out.mkdir()
    steps.run_corpus(
        tables["statements"],
        claims,
        tables["articles"],
        ROOT / "config/actors.yaml",
        out / "narratives.parquet",
        out / "edges.parquet",
        out / "timeline.parquet",
        out / "relations.parquet",
    )
    return (
        read_records(out / "narratives.parquet", NarrativeRecord),
        read_records(out / "edges.parquet", ActorEdgeRecord),
        read_records(out / "timeline.parquet", TimelineRecord),
    )


def test_the_corpus_tables_equal_those_from_typed_statements_and_every_claim(tables, tmp_path):
    expected = _expected(tables)
    assert expected[0] and expected[1]  # narratives and edges to compare
    assert _run(tables, [str(tables["shard0"]), str(tables["shard1"])], tmp_path / "shards") == expected
    assert _run(tables, str(tables["gathered"]), tmp_path / "gathered") == expected
    # the same bytes from the shards as from the gathered claims
    for name in ("narratives", "edges", "timeline", "relations"):
        assert (tmp_path / "shards" / f"{name}.parquet").read_bytes() == (
            tmp_path / "gathered" / f"{name}.parquet"
        ).read_bytes()


def test_the_repeated_claim_is_looked_up_as_before(tables, tmp_path):
    """The later row of a repeated claim id wins, as in the dict of every claim: article a's statements are told by
    the claimer of the repeated row (state_tur, reported), not by the author of the first."""
    narratives, _, _ = _run(tables, [tables["shard0"], tables["shard1"]], tmp_path / "out")
    told = next(
        n for n in narratives if (n.agent_actor_id, n.action_class, n.negated) == ("state_are", "ASSAULT", False)
    )
    assert "state_tur" in told.claimers and "author" not in told.claimers
    assert told.share_reported > 0


def test_the_corpus_job_does_not_type_the_statements_again(tables, tmp_path, monkeypatch):
    """Every statement row was typed when its shard was written: the corpus job reads them as plain rows."""
    from narrative_pipeline import tables as tables_module

    typed: list[type] = []
    validate_rows = tables_module.validate_rows

    def spy(model, rows):
        typed.append(model)
        return validate_rows(model, rows)

    monkeypatch.setattr(tables_module, "validate_rows", spy)
    _run(tables, [tables["shard0"], tables["shard1"]], tmp_path / "out")
    assert StatementRecord not in typed


def test_claims_named_reads_the_named_claims_of_each_table_in_order(tables):
    rows = inputs.claims_named([tables["shard0"], tables["shard1"]], ["c:c1", "a:c1", "a:c1", "b:c1"])
    assert rows == [CLAIMS[0], CLAIMS[1], CLAIMS[2], REPEATED]
    assert inputs.claims_named(tables["gathered"], ["z:c9"]) == [UNNAMED]
    assert inputs.claims_named([tables["shard0"], tables["shard1"]], []) == []
    assert inputs.claims_named([], ["a:c1"]) == []


def test_statement_rows_hold_what_aggregate_reads(tables):
    rows = inputs.statement_rows(tables["statements"])
    typed = read_records(tables["statements"], StatementRecord)
    assert [tuple(getattr(s, f) for f in inputs.AggregatedStatement._fields) for s in typed] == [tuple(r) for r in rows]
    claims = pq.read_table(tables["gathered"]).to_pylist()
    articles = pq.read_table(tables["articles"]).to_pylist()
    assert aggregate(rows, claims, articles) == aggregate(typed, claims, articles)


# --- the warm worker ready before the later steps' modules (warm.PRELOAD, warm.LATER, warm.later_steps) -------------

# what the worker imported before it was ready until speed43: every module is still taken in, first or later
BEFORE = (
    "pyarrow", "pyarrow.parquet", "pyarrow.compute", "pydantic", "jsonschema", "rapidfuzz", "py3langid",
    "narrative_pipeline.cli.steps", "narrative_pipeline.ingest", "narrative_pipeline.normalize",
    "narrative_pipeline.nlp", "narrative_pipeline.actors", "narrative_pipeline.claims",
    "narrative_pipeline.classify", "narrative_pipeline.narratives.steps", "narrative_pipeline.narratives.framing",
    "narrative_pipeline.narratives.checks", "narrative_pipeline.narratives.aggregate",
    "narrative_pipeline.narratives.relations", "narrative_pipeline.export", "narrative_pipeline.validate",
    "narrative_pipeline.schemas", "narrative_pipeline.failures", "narrative_pipeline.tables",
    "narrative_pipeline.cache", "narrative_pipeline.articlecache", "narrative_pipeline.parsed",
    "narrative_pipeline.cli.publish", "narrative_pipeline.manifest", "narrative_pipeline.datapackage",
    "narrative_pipeline.changes", "narrative_pipeline.rocrate", "narrative_pipeline.registry",
    "narrative_pipeline.report.staged", "narrative_pipeline.report.incremental",
)  # fmt: skip


def test_every_module_the_worker_took_in_is_still_taken_in():
    from narrative_pipeline import warm

    assert set(warm.PRELOAD) | set(warm.LATER) == set(BEFORE)
    assert not set(warm.PRELOAD) & set(warm.LATER)
    assert len(warm.later_steps()) == len(warm.LATER) + 1  # and the validations' schemas


def _in_a_process(code: str) -> list[str]:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_the_worker_is_ready_before_the_later_modules_and_takes_them_in_after():
    """`preload(later=False)` (the worker before its socket is there) imports the first steps' modules and freezes
    them, not the later steps' nor the validations' schemas; `later_steps` then takes in every one of them."""
    code = (
        "import gc, sys; from narrative_pipeline import warm; warm.preload(None, (), later=False); "
        "later = ('jsonschema', 'rapidfuzz', 'narrative_pipeline.actors', 'narrative_pipeline.claims', "
        "'narrative_pipeline.schemas', 'narrative_pipeline.validate', 'narrative_pipeline.export'); "
        "print(all(m in sys.modules for m in warm.PRELOAD if m != 'py3langid'), "
        "any(m in sys.modules for m in later), gc.get_freeze_count() > 0); "
        "[step() for step in warm.later_steps()]; from narrative_pipeline import schemas; "
        "print(all(m in sys.modules for m in warm.LATER), schemas.validator_for.cache_info().currsize, "
        "'pandas' in sys.modules)"
    )
    assert _in_a_process(code) == ["True", "False", "True", "True", "2", "False"]


@pytest.mark.slow
def test_the_parse_needs_none_of_the_later_modules(tmp_path):
    """Ingest and the parse (the step that waits for the worker: `WAIT_FOR`) run on what the worker has when it is
    ready: neither imports a module of `LATER` (a child forked then would import it itself, on the run's chain)."""
    from narrative_pipeline import warm

    assert frozenset({"normalize"}) == warm.WAIT_FOR
    out = tmp_path / "out"
    code = (
        "import json, sys; from narrative_pipeline import warm; warm.preload(None, (), later=False); "
        "from narrative_pipeline.cli import main; "
        f"main(['ingest', '--input-dir', {str(ROOT / 'tests/data/articles')!r}, '--shard', '0', "
        f"'--settings', json.dumps({{'n_shards': 1}}), '--out-articles', {str(out / 'a.parquet')!r}, "
        f"'--out-texts', {str(out / 't.parquet')!r}]); "
        f"main(['normalize', '--texts', {str(out / 't.parquet')!r}, '--out-sentences', {str(out / 's.parquet')!r}, "
        f"'--out-tokens', {str(out / 'k.parquet')!r}]); "
        "print(json.dumps([m for m in warm.LATER if m in sys.modules and m != 'narrative_pipeline.cli.publish']))"
    )
    assert _in_a_process(code)[-1] == "[]"
    assert (out / "k.parquet").is_file()


def test_a_later_step_that_fails_is_named_and_the_rest_are_taken(capsys, monkeypatch):
    import gc

    from narrative_pipeline import warm

    calls: list[str] = []
    for name in ("unfreeze", "collect", "freeze"):  # the worker's own, not this process's: observed only
        monkeypatch.setattr(gc, name, lambda *a, name=name: calls.append(name))

    def fails() -> None:
        raise RuntimeError("broken module")

    later = [fails, lambda: calls.append("second")]
    warm.take_next(later)
    assert later and not calls and "broken module" in capsys.readouterr().err
    warm.take_next(later)
    assert not later and calls == ["second", "unfreeze", "collect", "freeze"]  # collected and frozen after the last
