"""review32: a review of session 31's merged code (speed36's narratives corpus job on the claims' shard tables)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from narrative_pipeline.narratives.steps import run_corpus
from narrative_pipeline.records import StatementRecord
from narrative_pipeline.tables import write_records, write_table
from test_narratives_aggregate import ARTICLES, CLAIMS, STATEMENTS

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("narratives", "edges", "timeline", "relations")


def _corpus_bytes(tmp_path: Path, name: str, claims) -> list[bytes]:
    """The bytes of the four corpus tables made from the test's statements and articles and `claims`."""
    out = tmp_path / name
    out.mkdir()
    statements, articles = tmp_path / "statements.parquet", tmp_path / "articles.parquet"
    write_records(statements, STATEMENTS, StatementRecord)
    write_table(articles, pa.Table.from_pylist(ARTICLES))
    paths = [out / f"{table}.parquet" for table in OUTPUTS]
    run_corpus(str(statements), claims, str(articles), str(ROOT / "config/actors.yaml"), *map(str, paths))
    return [p.read_bytes() for p in paths]


def _claims_table(path: Path, rows: list[dict]) -> str:
    # (with the article: the corpus job reads every claim's article and text for its stories: report72)
    schema = pa.schema([(k, pa.string()) for k in [*CLAIMS[0], "article_id"]])
    write_table(path, pa.Table.from_pylist(rows, schema=schema))
    return str(path)


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_the_corpus_tables_from_shard_claims_are_those_of_the_gathered_table_in_any_order(tmp_path, order):
    """speed36 made the narratives corpus job read every shard's claims instead of the gathered table: the same bytes
    whatever the order of the shard files, a shard with no claim among them."""
    gathered = _claims_table(tmp_path / "claims.parquet", CLAIMS)
    shards = [
        _claims_table(tmp_path / "0.claims.parquet", CLAIMS[:2]),
        _claims_table(tmp_path / "1.claims.parquet", CLAIMS[2:]),
        _claims_table(tmp_path / "2.claims.parquet", []),
    ]
    expected = _corpus_bytes(tmp_path, "gathered", gathered)
    assert _corpus_bytes(tmp_path, "shards", [shards[k] for k in order]) == expected
    assert _corpus_bytes(tmp_path, "one-shard", shards[:1]) != expected  # near case: the claims are read


def test_each_not_news_draw_leaves_out_the_checks_drawn_before_it_and_they_are_all_kept(monkeypatch):
    """session 31 folded the six not-news actor draws (actors36-41) into one script with a table of seeds; a draw is
    re-derived only while every check it leaves out is still in config/eval, and only with exactly those before it (its
    rows were made so). Checked on base32-web by review32: each check's rows identical to its old script's."""
    monkeypatch.syspath_prepend(str(ROOT / "workflow/scripts"))
    import draw_actors_handcheck_not_news as draw

    checks = list(draw.SEEDS)
    assert checks[:6] == [f"actors{n}" for n in range(36, 42)]
    assert draw.earlier_checks("actors36") == draw.FIRST_EARLIER
    assert draw.earlier_checks("actors41") == (
        *draw.FIRST_EARLIER,
        *(f"actors-handcheck-{c}.jsonl" for c in checks[:5]),
    )
    for later, check in enumerate(checks[1:], start=1):
        assert draw.earlier_checks(check)[-1] == f"actors-handcheck-{checks[later - 1]}.jsonl", check
    for check in checks:
        assert all((ROOT / "config/eval" / name).is_file() for name in draw.earlier_checks(check)), check
        assert (ROOT / f"config/eval/actors-handcheck-{check}.jsonl").is_file()
