"""Every step through the command line, then validation catching tampered artifacts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import TABLES, corpus_only, gathered, table
from narrative_pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = json.dumps({"n_shards": 1})


def shard_paths(results: Path) -> dict[str, Path]:
    return {t.name: results / t.shard_path(0) for t in TABLES if t.sharded}


def run_steps(inputs: Path, results: Path, parse_cache: Path | None = None) -> None:
    """Every step of shard 0 and the corpus steps, through the command line; `parse_cache`: the normalize step's
    cache folder (its `--cache-dir`)."""
    p = shard_paths(results)
    assert (
        main(
            [
                "ingest",
                "--input-dir",
                str(inputs),
                "--shard",
                "0",
                "--settings",
                SETTINGS,
                "--out-articles",
                str(p["articles"]),
                "--out-texts",
                str(p["texts"]),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "normalize",
                "--texts",
                str(p["texts"]),
                "--out-sentences",
                str(p["sentences"]),
                "--out-tokens",
                str(p["tokens"]),
                *(["--cache-dir", str(parse_cache)] if parse_cache is not None else []),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "actors",
                "--texts",
                str(p["texts"]),
                "--sentences",
                str(p["sentences"]),
                "--tokens",
                str(p["tokens"]),
                "--registry",
                str(ROOT / "config/actors.yaml"),
                "--out-mentions",
                str(p["mentions"]),
                "--out-actors",
                str(p["actors"]),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "claims",
                "--texts",
                str(p["texts"]),
                "--sentences",
                str(p["sentences"]),
                "--tokens",
                str(p["tokens"]),
                "--mentions",
                str(p["mentions"]),
                "--lexicon",
                str(ROOT / "config/claims_lexicon.yaml"),
                "--out-claims",
                str(p["claims"]),
                "--out-roles",
                str(p["claim_actors"]),
            ]
        )
        == 0
    )
    narratives = ["narratives", "shard", "--lexicon", str(ROOT / "config/plover_lexicon.yaml")]
    for name in ("texts", "sentences", "tokens", "mentions", "claims"):
        narratives += [f"--{name}", str(p[name])]
    narratives += ["--out-statements", str(p["statements"]), "--out-framing", str(p["framing"])]
    assert main(narratives) == 0
    assert (
        main(
            [
                "export",
                "--articles",
                str(p["articles"]),
                "--sentences",
                str(p["sentences"]),
                "--mentions",
                str(p["mentions"]),
                "--claims",
                str(p["claims"]),
                "--roles",
                str(p["claim_actors"]),
                "--statements",
                str(p["statements"]),
                "--framing",
                str(p["framing"]),
                "--out-dir",
                str(results / "articles"),
                "--out-index",
                str(results / "export/0.index.json"),
            ]
        )
        == 0
    )
    for spec in gathered():
        args = ["gather", "--table", f"{spec.name}={results / spec.path}", "--shards-of", spec.name, str(p[spec.name])]
        votes = ["--shards-of", "mentions", str(p["mentions"])] if spec.name == "actors" else []  # (its types)
        assert main(args + votes) == 0
    corpus = ["narratives", "corpus", "--registry", str(ROOT / "config/actors.yaml")]
    for name, flag in (("statements", "statements"), ("claims", "claims"), ("articles", "articles")):
        corpus += [f"--{flag}", str(results / table(name).path)]
    for name, flag in (
        ("narratives", "narratives"),
        ("actor_edges", "edges"),
        ("timeline", "timeline"),
        ("relations", "relations"),
    ):
        corpus += [f"--out-{flag}", str(results / table(name).path)]
    assert main(corpus) == 0


def validate_shard(inputs: Path, results: Path, *extra: str) -> dict:
    """The shard's validation (`extra`: more options) and its report."""
    out = results / "validation/shards/0.json"
    args = [
        "validate-shard",
        "--input-dir",
        str(inputs),
        "--shard",
        "0",
        "--docs-dir",
        str(results / "articles"),
        "--out",
        str(out),
        *extra,
    ]
    for name, path in shard_paths(results).items():
        args += ["--table", f"{name}={path}"]
    args += ["--index", str(results / "export/0.index.json")]
    assert main(args) == 0
    return json.loads(out.read_text())


def validate_corpus(inputs: Path, results: Path) -> dict:
    p = shard_paths(results)
    out = results / "validation/report.json"
    args = [
        "validate",
        "--input-dir",
        str(inputs),
        "--docs-dir",
        str(results / "articles"),
        "--out",
        str(out),
        "--shard-reports",
        str(results / "validation/shards/0.json"),
    ]
    for spec in gathered():
        args += ["--table", f"{spec.name}={results / spec.path}", "--shards-of", spec.name, str(p[spec.name])]
    for spec in corpus_only():
        args += ["--table", f"{spec.name}={results / spec.path}"]
    assert main(args) == 0
    return json.loads(out.read_text())


def violations(report: dict) -> list[dict]:
    return [v for check in report["checks"] for v in check["violations"]]


@pytest.fixture(scope="module")
def clean(tmp_path_factory, pytestconfig):
    """Every step on the test articles, validated. The normalize step keeps its parse in pytest's cache, beside the
    `parse` fixture's (and removed with it when the parse changes): a later session takes the articles' sentences and
    tokens from there, as a run takes them from its cache, and loads no spaCy model (1.5-2.5 CPU s of the module
    before; the step's cache gives the bytes of a parse, test_normalize; tests43)."""
    from conftest import parse_cache, parse_cache_key
    from narrative_pipeline.settings import PipelineConfig

    base = tmp_path_factory.mktemp("clean")
    inputs = base / "inputs"
    shutil.copytree(ROOT / "tests/data/articles", inputs)
    results = base / "results"
    kept = parse_cache(pytestconfig, parse_cache_key(PipelineConfig()))
    run_steps(inputs, results, kept.folder / "normalize" if kept is not None else None)
    assert validate_shard(inputs, results)["passed"]
    report = validate_corpus(inputs, results)
    assert report["passed"], violations(report)
    return base


@pytest.fixture
def copy(clean, tmp_path):
    shutil.copytree(clean, tmp_path / "run")
    return tmp_path / "run" / "inputs", tmp_path / "run" / "results"


def test_clean_run_validates_and_manifest_is_written(copy):
    inputs, results = copy
    assert (
        main(
            [
                "manifest",
                "--results",
                str(results),
                "--settings",
                json.dumps({"actor_registry": str(ROOT / "config/actors.yaml")}),
                "--out",
                str(results / "manifest.json"),
            ]
        )
        == 0
    )
    manifest = json.loads((results / "manifest.json").read_text())
    assert any(a["path"] == "claims/claims.parquet" and a["n_rows"] > 0 for a in manifest["artifacts"])
    for name in ("statements", "framing", "narratives", "actor_edges", "timeline"):
        assert any(a["path"] == f"narratives/{name}.parquet" for a in manifest["artifacts"])
    assert any(a["path"] == "actors/relations.parquet" and a["n_rows"] > 0 for a in manifest["artifacts"])
    from narrative_pipeline.narratives.statements import COMPONENT

    assert manifest["components"]["narratives"] == COMPONENT


def rewrite(path: Path, column: str, row: int, value) -> None:
    table = pq.read_table(path)
    values = table.column(column).to_pylist()
    values[row] = value
    table = table.set_column(
        table.schema.get_field_index(column),
        table.schema.field(column),
        pa.array(values, type=table.schema.field(column).type),
    )
    pq.write_table(table, path)


def test_changed_cell_is_caught(copy):
    inputs, results = copy
    path = shard_paths(results)["claims"]
    rewrite(path, "text", 0, "A claim nobody made.")
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == "claims/claims" and v["row"] == 0 and v["field"] == "text" for v in found)


def test_shifted_offset_is_caught(copy):
    inputs, results = copy
    path = shard_paths(results)["mentions"]
    start = pq.read_table(path).column("start").to_pylist()[2]
    rewrite(path, "start", 2, start + 1)
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == "actors/mentions" and v["row"] == 2 and v["check"] == "span" for v in found)


def test_edited_archived_article_is_caught(copy):
    inputs, results = copy
    with open(inputs / "libya.txt", "a", encoding="utf-8") as handle:
        handle.write("One more line.\n")
    found = violations(validate_shard(inputs, results))
    assert any("sha256 no longer matches" in v["message"] and "libya.txt" in v["message"] for v in found)


def test_missing_artifact_is_caught(copy):
    inputs, results = copy
    shard_paths(results)["claims"].unlink()
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == "claims/claims" and "missing" in v["message"] for v in found)


def test_truncated_parquet_is_caught(copy):
    inputs, results = copy
    path = shard_paths(results)["sentences"]
    path.write_bytes(path.read_bytes()[:100])
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == "normalize/sentences" and "not a readable Parquet" in v["message"] for v in found)


def test_edited_article_document_is_caught(copy):
    inputs, results = copy
    doc = next((results / "articles").glob("*.json"))
    data = json.loads(doc.read_text())
    data["claims"] = data["claims"][1:]
    doc.write_text(json.dumps(data))
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == f"articles/{doc.name}" and "differs" in v["message"] for v in found)


def test_dangling_reference_is_caught(copy):
    inputs, results = copy
    rewrite(shard_paths(results)["claim_actors"], "claim_id", 0, "0000000000000000:c9999")
    found = violations(validate_shard(inputs, results))
    assert any(v["check"] == "reference" and v["field"] == "claim_id" for v in found)


def test_gathered_table_must_equal_its_shards(copy):
    inputs, results = copy
    rewrite(results / "claims/claims.parquet", "claim_type", 0, "prediction")
    found = violations(validate_corpus(inputs, results))
    assert any(v["check"] == "gathered" and v["file"] == "claims/claims.parquet" for v in found)


def test_duplicate_key_in_a_gathered_table_is_caught(copy):
    inputs, results = copy
    path = results / "claims/claims.parquet"
    rewrite(path, "claim_id", 1, pq.read_table(path).column("claim_id")[0].as_py())
    found = violations(validate_corpus(inputs, results))
    assert any(v["check"] == "unique" and v["file"] == "claims/claims.parquet" and v["row"] in (0, 1) for v in found)


def test_leftover_document_is_named_in_the_log_not_a_failure(copy, capsys):
    """Named in the log, not in the report: the report must be the same as a run from scratch's (trial32)."""
    inputs, results = copy
    first = validate_corpus(inputs, results)
    (results / "articles/00000000deadbeef.json").write_text("{}")
    capsys.readouterr()
    report = validate_corpus(inputs, results)
    assert report["passed"] and report == first
    assert "articles/00000000deadbeef.json: left over" in capsys.readouterr().err


def test_new_unlisted_input_file_is_caught(copy):
    inputs, results = copy
    (inputs / "late.txt").write_text("Late\n\nArrived after the run.\n")
    found = violations(validate_corpus(inputs, results))
    assert any(v["check"] == "coverage" and "late.txt" in v["message"] for v in found)


def test_manifest_refuses_a_failed_validation(copy):
    inputs, results = copy
    rewrite(shard_paths(results)["claims"], "text", 0, "tampered")
    validate_shard(inputs, results)
    validate_corpus(inputs, results)
    assert (
        main(
            [
                "manifest",
                "--results",
                str(results),
                "--settings",
                json.dumps({"actor_registry": str(ROOT / "config/actors.yaml")}),
                "--out",
                str(results / "manifest.json"),
            ]
        )
        == 1
    )
    assert not (results / "manifest.json").exists()


def test_statement_action_text_must_match_its_span(copy):
    inputs, results = copy
    path = shard_paths(results)["statements"]
    assert pq.read_metadata(path).num_rows > 0
    rewrite(path, "action_text", 0, "invaded")
    found = violations(validate_shard(inputs, results))
    assert any(
        v["file"] == "narratives/statements" and v["row"] == 0 and v["check"] == "span" and v["field"] == "action_text"
        for v in found
    )


def test_statement_pointing_at_a_missing_claim_is_caught(copy):
    inputs, results = copy
    rewrite(shard_paths(results)["statements"], "claim_id", 0, "0000000000000000:c9999")
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == "narratives/statements" and v["field"] == "claim_id" for v in found)


def test_framing_label_must_match_its_span(copy):
    inputs, results = copy
    path = shard_paths(results)["framing"]
    assert pq.read_metadata(path).num_rows > 0
    start = pq.read_table(path).column("start").to_pylist()[0]
    rewrite(path, "start", 0, start + 1)
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == "narratives/framing" and v["row"] == 0 and v["check"] == "span" for v in found)


def _consistency(inputs: Path, results: Path) -> set[tuple[str, str | None]]:
    """The (file, field) of every violation of the narratives' consistency checks the shard validation finds."""
    checks = validate_shard(inputs, results)["checks"]
    return {(v["file"], v["field"]) for c in checks if c["check"].startswith("consistency:") for v in c["violations"]}


def test_a_statement_actor_its_mention_does_not_link_is_caught(copy):
    """report74: the narratives' own row checks were written but never called; an agent swapped for another actor
    that exists passes every reference and span check."""
    inputs, results = copy
    path = shard_paths(results)["statements"]
    rows = pq.read_table(path).to_pylist()
    k = next(i for i, s in enumerate(rows) if s["agent_actor_id"])
    other = next(
        a
        for a in pq.read_table(results / table("actors").path).column("actor_id").to_pylist()
        if a != rows[k]["agent_actor_id"]
    )
    rewrite(path, "agent_actor_id", k, other)
    assert ("narratives/statements", "agent_mention_id") in _consistency(inputs, results)


def test_a_statement_class_without_its_quad_class_is_caught(copy):
    inputs, results = copy
    path = shard_paths(results)["statements"]
    k = next(i for i, s in enumerate(pq.read_table(path).to_pylist()) if s["action_class"])
    rewrite(path, "quad_class", k, None)
    assert ("narratives/statements", "quad_class") in _consistency(inputs, results)


def test_a_label_whose_claimer_is_not_its_claims_is_caught(copy):
    inputs, results = copy
    path = shard_paths(results)["framing"]
    rows = pq.read_table(path).to_pylist()
    k = next(i for i, f in enumerate(rows) if f["claim_id"] is None)
    rewrite(path, "claimer_kind", k, "unnamed")
    assert ("narratives/framing", "claimer_kind") in _consistency(inputs, results)


def test_a_clean_shard_has_no_consistency_violation(copy):
    inputs, results = copy
    report = validate_shard(inputs, results)
    checks = {c["check"]: c for c in report["checks"]}
    for name in ("consistency:narratives/statements", "consistency:narratives/framing"):
        assert checks[name]["passed"] and checks[name]["n_checked"] > 0


def test_narratives_must_equal_their_recomputation(copy):
    inputs, results = copy
    path = results / "narratives/narratives.parquet"
    assert pq.read_metadata(path).num_rows > 0
    rewrite(path, "n_articles", 0, 99)
    found = violations(validate_corpus(inputs, results))
    assert any(v["check"] == "recomputed" and v["file"] == "narratives/narratives" for v in found)


def test_document_that_differs_from_its_export_index_is_caught(copy):
    inputs, results = copy
    index = results / "export/0.index.json"
    data = json.loads(index.read_text())
    first = sorted(data["articles"])[0]
    data["articles"][first] = "0" * 64
    index.write_text(json.dumps(data))
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == f"articles/{first}.json" and "export index" in v["message"] for v in found)


def test_corpus_checks_come_in_the_order_of_the_tables(copy):
    """Each gathered table is compared with its shards out of turn (in a thread): its result still comes
    right after its schema and key checks, before the next table's, and a failure lands there too."""
    inputs, results = copy
    rewrite(results / "claims/claims.parquet", "claim_type", 0, "prediction")
    checks = [c for c in validate_corpus(inputs, results)["checks"] if c["scope"] == "corpus"]
    names = [c["check"] for c in checks]
    specs = list(gathered())
    for spec, after in zip(specs, [*specs[1:], None], strict=True):
        at = names.index(f"gathered:{spec.path}")
        assert names[at - 2] == f"schema:{spec.path}" and names[at - 1].startswith(f"unique:{spec.path}:"), names
        if after is not None:
            assert names[at + 1] == f"schema:{after.path}"
    assert names.index(f"schema:{corpus_only()[0].path}") == names.index(f"gathered:{specs[-1].path}") + 1
    assert [c["check"] for c in checks if not c["passed"]] == ["gathered:claims/claims.parquet"]


ARROW_KEYED = [t.name for t in gathered() if t.gather == "concat" and t.name != "articles"]


def repeat_key(path: Path, key: tuple[str, ...], null: str | None = None) -> None:
    """Row 1 of the table at `path` given row 0's key (with `null` set to null in both, when given)."""
    data = pq.read_table(path)
    for column in key:
        values = data.column(column).to_pylist()
        values[1] = values[0] = None if column == null else values[0]
        data = data.set_column(
            data.schema.get_field_index(column),
            data.schema.field(column),
            pa.array(values, type=data.schema.field(column).type),
        )
    pq.write_table(data, path)


@pytest.mark.parametrize("name", ARROW_KEYED)
def test_a_repeated_key_of_every_table_checked_in_arrow_is_caught(copy, name):
    """(review33) speed37 checks the keys of the concatenated tables in Arrow (`checks._distinct`) and counts them
    in Python only when Arrow finds a repeat: each such table's repeated key is still reported, row and message."""
    inputs, results = copy
    spec = table(name)
    path = results / spec.path
    assert pq.read_metadata(path).num_rows >= 2, name
    repeat_key(path, spec.key)
    found = [
        v for v in violations(validate_corpus(inputs, results)) if v["check"] == "unique" and v["file"] == spec.path
    ]
    assert [v["row"] for v in found] == [0, 1] and "appears 2 times" in found[0]["message"], found


def test_a_key_repeated_with_a_null_in_it_is_caught(copy):
    """Nulls are equal to each other in the key check (as Python's tuples make them): two claim roles with the same
    claim, role and actor and no mention repeat a key."""
    inputs, results = copy
    spec = table("claim_actors")
    path = results / spec.path
    repeat_key(path, spec.key, null="mention_id")
    found = [
        v for v in violations(validate_corpus(inputs, results)) if v["check"] == "unique" and v["file"] == spec.path
    ]
    assert [v["row"] for v in found] == [0, 1], found


def test_the_recomputation_reads_the_columns_aggregate_uses(copy):
    """The corpus recomputation reads the statements as plain rows of the columns `aggregate` reads, and only
    the claims they name (speed38): the same tables as from the typed records and every claim; a column
    `aggregate` read and the rows lacked would fail loudly (AttributeError), not pass."""
    from narrative_pipeline.narratives.aggregate import aggregate
    from narrative_pipeline.narratives.inputs import AGGREGATED_CLAIM_COLUMNS, claims_named, statement_rows
    from narrative_pipeline.records import ArticleRecord, StatementRecord
    from narrative_pipeline.tables import read_records

    _, results = copy
    statements = read_records(results / "narratives/statements.parquet", StatementRecord)
    claims = pq.read_table(results / "claims/claims.parquet", columns=AGGREGATED_CLAIM_COLUMNS).to_pylist()
    articles = [a.model_dump() for a in read_records(results / "ingest/articles.parquet", ArticleRecord)]
    rows = statement_rows(results / "narratives/statements.parquet")
    named = claims_named(results / "claims/claims.parquet", [s.claim_id for s in rows])
    assert len(statements) > 1 and len(named) < len(claims)
    assert [c for c in claims if c["claim_id"] in {s.claim_id for s in statements}] == named
    assert aggregate(rows, named, articles) == aggregate(statements, claims, articles)
    assert claims_named(results / "claims/claims.parquet", []) == []


@pytest.mark.parametrize(
    "path,column", [("narratives/narratives.parquet", "narrative_id"), ("actors/actors.parquet", "actor_id")]
)
def test_a_repeated_key_of_a_typed_corpus_table_is_caught(copy, path, column):
    """The keys of the tables whose rows the corpus validation types (a corpus table, the merged actors) are
    checked in Arrow as the others' (speed38): a repeat is still named with its rows."""
    inputs, results = copy
    rewrite(results / path, column, 1, pq.read_table(results / path).column(column)[0].as_py())
    found = violations(validate_corpus(inputs, results))
    assert any(v["check"] == "unique" and v["file"] == path and v["row"] in (0, 1) for v in found), found


# --- review34: the recomputation (speed38: statements untyped, only the claims they name) still catches narrative
# rows made wrong on purpose, each tampering made in the gathered table and its shard alike (so the
# gathered-against-shards check alone would not see it) --------------------------------------------------------
def _recomputed(inputs: Path, results: Path) -> set[str]:
    """The tables the corpus validation finds unequal to their recomputation."""
    return {v["file"] for v in violations(validate_corpus(inputs, results)) if v["check"] == "recomputed"}


def _both(results: Path, name: str) -> list[Path]:
    """Table `name`, gathered and its one shard."""
    return [results / table(name).path, shard_paths(results)[name]]


def _drop(path: Path, column: str, value: str) -> None:
    data = pq.read_table(path)
    pq.write_table(data.filter(pc.not_equal(data.column(column), value)), path)


def _an_action_statement(results: Path) -> tuple[int, dict]:
    """The first statement with an action and a claimer actor on its claim (its row and values)."""
    rows = pq.read_table(results / table("statements").path).to_pylist()
    claims = {c["claim_id"]: c for c in pq.read_table(results / table("claims").path).to_pylist()}
    return next((i, s) for i, s in enumerate(rows) if s["action_class"] and claims[s["claim_id"]]["claimer_actor_id"])


@pytest.mark.parametrize("name,key", [("claims", "claim_id"), ("statements", "statement_id")])
def test_a_statement_whose_claim_is_gone_or_a_removed_statement_is_caught(copy, name, key):
    inputs, results = copy
    _, statement = _an_action_statement(results)
    for path in _both(results, name):
        _drop(path, key, statement[key])
    assert "narratives/narratives" in _recomputed(inputs, results)


@pytest.mark.parametrize("column,value", [("certainty", "asserted"), ("claimer_actor_id", None)])
def test_a_changed_claim_of_a_statement_is_caught(copy, column, value):
    inputs, results = copy
    _, statement = _an_action_statement(results)
    for path in _both(results, "claims"):
        ids = pq.read_table(path, columns=["claim_id"]).column("claim_id").to_pylist()
        rewrite(path, column, ids.index(statement["claim_id"]), value)
    assert "narratives/narratives" in _recomputed(inputs, results)


@pytest.mark.parametrize("column,value", [("negated", True), ("patient_actor_id", None), ("claim_id", "gone:c0000")])
def test_a_changed_statement_is_caught(copy, column, value):
    inputs, results = copy
    row, _ = _an_action_statement(results)
    for path in _both(results, "statements"):
        rewrite(path, column, row, value)
    assert "narratives/narratives" in _recomputed(inputs, results)


# --- speed40: the articles' checks that passed, kept (`validate.passed`) ----------------------------------------


class Checked:
    """What one validation of the shard checked again: spans re-derived, documents rebuilt (article ids)."""

    def __init__(self, monkeypatch) -> None:
        import narrative_pipeline.documents as documents_module
        import narrative_pipeline.validate.checks as checks_module

        self.spans = 0
        self.rebuilt: list[str] = []
        span_matches, documents = checks_module.span_matches, documents_module.documents

        def counted_span(*args):
            self.spans += 1
            return span_matches(*args)

        def counted_documents(articles, *rest):
            built = documents(articles, *rest)
            self.rebuilt += [d.article.article_id for d in built]
            return built

        monkeypatch.setattr(checks_module, "span_matches", counted_span)
        monkeypatch.setattr(documents_module, "documents", counted_documents)

    def reset(self) -> None:
        self.spans, self.rebuilt = 0, []


def kept_validation(inputs: Path, results: Path, checked: Checked, *extra: str) -> bytes:
    """The shard's validation with its kept checks; the report's bytes (`checked` counts what was checked)."""
    checked.reset()
    validate_shard(inputs, results, "--cache-dir", str(results / ".cache/validate"), *extra)
    return (results / "validation/shards/0.json").read_bytes()


def plain_validation(inputs: Path, results: Path, *extra: str) -> bytes:
    validate_shard(inputs, results, *extra)
    return (results / "validation/shards/0.json").read_bytes()


def _ids(results: Path) -> list[str]:
    return sorted(json.loads((results / "export/0.index.json").read_text())["articles"])


def test_kept_checks_give_the_same_report_and_skip_unchanged_articles(copy, monkeypatch):
    inputs, results = copy
    checked = Checked(monkeypatch)
    plain = plain_validation(inputs, results)
    everything = checked.spans
    assert everything > 0 and len(checked.rebuilt) == len(_ids(results))
    assert kept_validation(inputs, results, checked) == plain  # cold: everything checked, and kept
    assert checked.spans == everything
    assert kept_validation(inputs, results, checked) == plain  # nothing changed: every article from the kept file
    assert checked.spans == 0 and checked.rebuilt == _ids(results)[:1]  # the first document is always rebuilt


def test_a_changed_row_of_a_kept_article_is_checked_again_and_caught(copy, monkeypatch):
    inputs, results = copy
    checked = Checked(monkeypatch)
    kept_validation(inputs, results, checked)
    path = shard_paths(results)["mentions"]
    mentions = pq.read_table(path)
    article = mentions.column("article_id")[2].as_py()
    rewrite(path, "start", 2, mentions.column("start")[2].as_py() + 1)
    cached = kept_validation(inputs, results, checked)
    assert checked.spans > 0 and article in checked.rebuilt
    assert cached == plain_validation(inputs, results)
    found = violations(json.loads(cached))
    assert any(v["file"] == "actors/mentions" and v["row"] == 2 and v["check"] == "span" for v in found)
    assert any(v["file"] == f"articles/{article}.json" and "differs" in v["message"] for v in found)


def test_a_failure_is_never_kept(copy, monkeypatch):
    """The article a wrong row was in is checked again once the row is right again: its failure was not kept."""
    inputs, results = copy
    checked = Checked(monkeypatch)
    path = shard_paths(results)["claims"]
    original = path.read_bytes()
    article = pq.read_table(path).column("article_id")[0].as_py()
    rewrite(path, "text", 0, "A claim nobody made.")
    assert not json.loads(kept_validation(inputs, results, checked))["passed"]
    path.write_bytes(original)
    assert json.loads(kept_validation(inputs, results, checked))["passed"]
    assert article in checked.rebuilt and checked.spans > 0
    assert set(checked.rebuilt) == {_ids(results)[0], article}


def test_an_edited_document_of_a_kept_article_is_caught(copy, monkeypatch):
    inputs, results = copy
    checked = Checked(monkeypatch)
    kept_validation(inputs, results, checked)
    doc = results / "articles" / f"{_ids(results)[-1]}.json"
    data = json.loads(doc.read_text())
    data["claims"] = data["claims"][1:]
    doc.write_text(json.dumps(data))
    cached = kept_validation(inputs, results, checked)
    assert cached == plain_validation(inputs, results)
    found = violations(json.loads(cached))
    assert any(v["file"] == f"articles/{doc.name}" and "differs" in v["message"] for v in found)


def test_an_edited_text_of_a_kept_article_is_caught(copy, monkeypatch):
    inputs, results = copy
    checked = Checked(monkeypatch)
    kept_validation(inputs, results, checked)
    with open(inputs / "libya.txt", "a", encoding="utf-8") as handle:
        handle.write("One more line.\n")
    cached = kept_validation(inputs, results, checked)
    assert cached == plain_validation(inputs, results)
    assert any("sha256 no longer matches" in v["message"] for v in violations(json.loads(cached)))


def test_a_changed_stored_text_misses(copy, monkeypatch):
    """The stored text is in the key: changed (here with its article's text_sha256, which the archive check then
    reports), the article's spans are checked again."""
    inputs, results = copy
    checked = Checked(monkeypatch)
    kept_validation(inputs, results, checked)
    texts = pq.read_table(shard_paths(results)["texts"])
    rewrite(shard_paths(results)["texts"], "text", 0, texts.column("text")[0].as_py() + " ")
    cached = kept_validation(inputs, results, checked)
    assert cached == plain_validation(inputs, results)
    assert any(v["field"] == "text_sha256" for v in violations(json.loads(cached)))


def test_other_code_settings_or_results_folder_never_find_a_kept_check(copy, monkeypatch, tmp_path):
    import narrative_pipeline.hashing as hashing
    import pydantic

    inputs, results = copy
    checked = Checked(monkeypatch)
    kept_validation(inputs, results, checked)
    everything = len(_ids(results))
    assert kept_validation(inputs, results, checked, "--strict-failures") == plain_validation(
        inputs, results, "--strict-failures"
    )
    checked.reset()
    kept_validation(inputs, results, checked, "--strict-failures")
    assert len(checked.rebuilt) == 1  # kept with this setting now
    kept_validation(inputs, results, checked)
    assert len(checked.rebuilt) == everything  # the other setting's entries were replaced
    fingerprint = hashing.step_fingerprint
    monkeypatch.setattr(hashing, "step_fingerprint", lambda step, *a: fingerprint(step, *a) + "-other")
    kept_validation(inputs, results, checked)
    assert len(checked.rebuilt) == everything and checked.spans > 0
    monkeypatch.setattr(hashing, "step_fingerprint", fingerprint)
    kept_validation(inputs, results, checked)
    monkeypatch.setattr(pydantic, "VERSION", pydantic.VERSION + "-other")  # another version of a library it uses
    kept_validation(inputs, results, checked)
    assert len(checked.rebuilt) == everything and checked.spans > 0
    monkeypatch.undo()
    checked = Checked(monkeypatch)
    moved = tmp_path / "moved"
    shutil.copytree(results, moved)
    kept_validation(inputs, moved, checked)
    assert len(checked.rebuilt) == everything and checked.spans > 0


# --- review36: a kept check never passes what a validation from scratch fails ---------------------------------------

# a text cell of every table the kept checks read (`validate.passed.KEYED_TABLES`), changed to one of the same length
KEPT_CELLS = [
    ("sentences", "text"),
    ("mentions", "text"),
    ("claims", "text"),
    ("claims", "claimer_text"),
    ("statements", "action_text"),
    ("framing", "label"),
    ("claim_actors", "role"),
    ("articles", "title"),
    ("texts", "text"),
]


def _same_length(value: str) -> str:
    """`value` with its first letter changed."""
    k = next(k for k, ch in enumerate(value) if ch.isalpha())
    return value[:k] + ("y" if value[k] == "x" else "x") + value[k + 1 :]


@pytest.mark.parametrize("name,column", KEPT_CELLS)
def test_a_same_length_edit_of_a_kept_articles_row_gives_the_report_from_scratch(copy, monkeypatch, name, column):
    inputs, results = copy
    checked = Checked(monkeypatch)
    kept_validation(inputs, results, checked)
    path = shard_paths(results)[name]
    values = pq.read_table(path).column(column).to_pylist()
    row = max(k for k, v in enumerate(values) if isinstance(v, str) and any(ch.isalpha() for ch in v))
    rewrite(path, column, row, _same_length(values[row]))
    cached = kept_validation(inputs, results, checked)
    assert cached == plain_validation(inputs, results)
    assert not json.loads(cached)["passed"]


def test_the_key_covers_every_table_the_kept_checks_read():
    """A table with spans (`span_checks`) or in an article's document (`documents.documents`) that the key leaves
    out would keep an article's pass when only that table's rows change."""
    import inspect

    from narrative_pipeline.documents import documents
    from narrative_pipeline.validate.passed import KEYED_TABLES

    document_tables = {"roles" if name == "claim_actors" else name for name in KEYED_TABLES}
    assert set(inspect.signature(documents).parameters) <= document_tables
    assert {t.name for t in TABLES if t.spans} | {"articles", "texts"} <= set(KEYED_TABLES)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": "validate.passed.v1", "base"',
        b'{"format": "validate.passed.v0", "base": "x", "entries": {}}',
        None,  # the entries' counts edited into strings
        "null",  # ... into nulls
        "document",  # an entry without its document flag
    ],
)
def test_a_broken_or_hand_edited_kept_file_is_ignored(copy, monkeypatch, content):
    inputs, results = copy
    checked = Checked(monkeypatch)
    plain = plain_validation(inputs, results)
    kept_validation(inputs, results, checked)
    path = results / ".cache/validate/0.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        data = json.loads(path.read_bytes())
        for entry in data["entries"].values():
            if content == "document":
                del entry["document"]
            else:
                entry["spans"] = {name: None if content else str(n) for name, n in entry["spans"].items()}
        path.write_text(json.dumps(data))
    assert kept_validation(inputs, results, checked) == plain


def test_two_results_folders_sharing_one_cache_folder_each_get_their_report_from_scratch(copy, monkeypatch, tmp_path):
    inputs, results = copy
    Checked(monkeypatch)
    other = tmp_path / "other"
    shutil.copytree(results, other)
    mentions = shard_paths(other)["mentions"]
    rewrite(mentions, "start", 2, pq.read_table(mentions).column("start")[2].as_py() + 1)
    for _ in range(2):
        for run in (results, other):
            validate_shard(inputs, run, "--cache-dir", str(tmp_path / "shared"))
            assert (run / "validation/shards/0.json").read_bytes() == plain_validation(inputs, run)


def _a_cued_mention(path: Path) -> tuple[int, dict]:
    rows = pq.read_table(path).to_pylist()
    return next((k, r) for k, r in enumerate(rows) if r["type_cue"] is not None and len(r["type_cue"]) > 1)


def test_a_mention_type_cue_off_its_text_is_caught(copy):
    """fix59a (review59 finding 1): a mention's type cue re-derives from the text by its offsets, as claims' cues do."""
    inputs, results = copy
    path = shard_paths(results)["mentions"]
    k, row = _a_cued_mention(path)
    rewrite(path, "type_cue_end", k, row["type_cue_end"] - 1)
    found = violations(validate_shard(inputs, results))
    assert any(v["file"] == "actors/mentions" and v["row"] == k and v["field"] == "type_cue" for v in found), found


@pytest.mark.parametrize("second", ["right", "wrong"])
def test_a_mention_type_cue_second_part_must_match_its_span(copy, second):
    inputs, results = copy
    path = shard_paths(results)["mentions"]
    k, row = _a_cued_mention(path)
    rewrite(path, "type_cue2_start", k, row["type_cue_start"])
    rewrite(path, "type_cue2_end", k, row["type_cue_end"])
    rewrite(path, "type_cue2", k, row["type_cue"] if second == "right" else row["type_cue"] + " x")
    found = [v for v in violations(validate_shard(inputs, results)) if v["file"] == "actors/mentions"]
    assert [(v["row"], v["field"]) for v in found] == ([] if second == "right" else [(k, "type_cue2")])


def test_a_statement_outside_its_claim_is_caught(copy):
    """fix59a (review59 finding 14): a statement's action lies inside the claim its claim_id names."""
    inputs, results = copy
    paths = shard_paths(results)
    statement = pq.read_table(paths["statements"]).to_pylist()[0]
    claims = pq.read_table(paths["claims"]).to_pylist()
    other = next(
        c
        for c in claims
        if c["article_id"] == statement["article_id"]
        and not (c["start"] <= statement["action_start"] and statement["action_end"] <= c["end"])
    )
    clean_report = validate_shard(inputs, results)
    assert any(c["check"] == "within-claim" and c["n_checked"] > 0 for c in clean_report["checks"])
    rewrite(paths["statements"], "claim_id", 0, other["claim_id"])
    found = violations(validate_shard(inputs, results))
    assert any(
        v["file"] == "narratives/statements"
        and v["row"] == 0
        and v["field"] == "action_start"
        and "outside its claim" in v["message"]
        for v in found
    ), found


def test_an_article_with_an_inconsistent_row_is_not_kept(copy):
    """report74: the consistency checks pass over rows read untyped (a kept article's), so an article with a wrong row
    must never be kept: `consistency` names it, and `_passed` leaves it out."""
    from narrative_pipeline.catalogue import table as spec
    from narrative_pipeline.validate.checks import Checker, typed_rows
    from narrative_pipeline.validate.shard import consistency

    _, results = copy
    path = shard_paths(results)["statements"]
    k = next(i for i, s in enumerate(pq.read_table(path).to_pylist()) if s["action_class"])
    rewrite(path, "quad_class", k, None)
    rows = {}
    for name in ("statements", "framing", "claims", "mentions"):
        rows[name], problems = typed_rows(pq.read_table(shard_paths(results)[name]), spec(name), name)
        assert not problems
    checker = Checker("shard 0")
    wrong = consistency(rows, {}, checker)
    assert wrong == {rows["statements"][k].article_id}
    assert [r.n_checked for r in checker.results] == [len(rows["statements"]), len(rows["framing"])]
