"""An article a shard step cannot compute is set aside with the reason: the others' rows are what a run
without it gives, nothing of it is cached or passed on to the later steps, and validation lists it."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
from narrative_pipeline.articlecache import FAULT_VARIABLE, by_article_id, run_by_article
from narrative_pipeline.failures import read_failures
from narrative_pipeline.records import ArticleFailure, ArticleRecord
from narrative_pipeline.validate.checks import Checker
from narrative_pipeline.validate.shard import coverage

OUT = pa.schema([("article_id", pa.string()), ("n", pa.int64())])
WORDS = {"b": ["aa", "bbb"], "a": ["cc", "dd"], "c": ["eee"]}


def inputs(words: dict[str, list[str]]) -> dict:
    rows = [{"article_id": a, "word": w} for a, ws in words.items() for w in ws]
    table = pa.Table.from_pylist(rows, schema=pa.schema([("article_id", pa.string()), ("word", pa.string())]))
    return {"words": (table, by_article_id)}


def lengths(calls: list[list[str]], bad: str | None = None):
    """A toy step: each word's length; it raises a KeyError on any batch holding the article `bad`."""

    def compute(tables):
        ids = tables["words"].column("article_id").to_pylist()
        calls.append(sorted(set(ids)))
        if bad in ids:
            raise KeyError("no such state")
        rows = [
            {"article_id": a, "n": len(w)} for a, w in zip(ids, tables["words"].column("word").to_pylist(), strict=True)
        ]
        return {"lengths": pa.Table.from_pylist(rows, schema=OUT)}

    return compute


def run(words, cache, calls, bad=None, skip=()):
    tables, n_now, failures = run_by_article(
        cache, "toy", list(words), inputs(words), lengths(calls, bad), {"lengths": (OUT, by_article_id)}, "toy", skip
    )
    return tables["lengths"], n_now, failures


@pytest.mark.parametrize("cached", [False, True])
def test_an_article_that_raises_is_a_failure_and_the_others_are_computed(tmp_path, cached):
    cache = tmp_path / "cache" if cached else None
    calls: list[list[str]] = []
    got, n_now, failures = run(WORDS, cache, calls, bad="a")
    without = run({k: v for k, v in WORDS.items() if k != "a"}, None, [])[0]
    assert got.equals(without)
    assert got.column("article_id").to_pylist() == ["b", "b", "c"]
    assert failures == [ArticleFailure(article_id="a", step="toy", error_type="KeyError", message="'no such state'")]
    assert n_now == 3
    assert calls[0] == ["a", "b", "c"] and sorted(calls[1:]) == [["a"], ["b"], ["c"]]  # the batch, then one by one


def test_nothing_of_a_failed_article_is_cached_and_a_later_run_computes_it(tmp_path):
    cache = tmp_path / "cache"
    run(WORDS, cache, [], bad="a")
    calls: list[list[str]] = []
    got, n_now, failures = run(WORDS, cache, calls)
    assert (n_now, calls, failures) == (1, [["a"]], [])  # b and c from the cache, a computed now
    assert got.equals(run(WORDS, None, [])[0])


def test_a_run_without_failures_calls_compute_once():
    calls: list[list[str]] = []
    got, _, failures = run(WORDS, None, calls)
    assert calls == [["a", "b", "c"]] and failures == []
    assert got.column("article_id").to_pylist() == ["b", "b", "a", "a", "c"]


@pytest.mark.parametrize("cached", [False, True])
def test_skipped_articles_are_neither_computed_nor_in_the_outputs(tmp_path, cached):
    calls: list[list[str]] = []
    got, _, failures = run(WORDS, tmp_path / "cache" if cached else None, calls, skip={"b"})
    assert calls == [["a", "c"]] and failures == []
    assert got.equals(run({k: v for k, v in WORDS.items() if k != "b"}, None, [])[0])


def test_the_test_fault_variable_fails_one_article_of_its_step(monkeypatch):
    monkeypatch.setenv(FAULT_VARIABLE, "toy:c")
    got, _, failures = run(WORDS, None, [])
    assert [(f.article_id, f.error_type) for f in failures] == [("c", "RuntimeError")]
    assert set(got.column("article_id").to_pylist()) == {"a", "b"}
    monkeypatch.setenv(FAULT_VARIABLE, "other:c")
    assert run(WORDS, None, [])[2] == []


def broken(calls: list[list[str]]):
    """A toy step with a bug of its own (a lexicon it cannot read): it raises on every article."""

    def compute(tables):
        calls.append(sorted(set(tables["words"].column("article_id").to_pylist())))
        raise KeyError("lexicon has no 'verbs'")

    return compute


@pytest.mark.parametrize("cached", [False, True])
def test_a_step_failing_on_every_article_of_a_batch_fails_as_before(tmp_path, cached):
    calls: list[list[str]] = []
    cache = tmp_path / "cache" if cached else None
    with pytest.raises(KeyError, match="lexicon has no 'verbs'"):
        run_by_article(
            cache, "toy", list(WORDS), inputs(WORDS), broken(calls), {"lengths": (OUT, by_article_id)}, "toy"
        )
    assert calls[0] == ["a", "b", "c"] and sorted(calls[1:]) == [["a"], ["b"], ["c"]]  # tried one by one first
    assert not cached or not any((tmp_path / "cache").rglob("*.arrow*"))  # nothing cached


def test_two_of_three_failing_are_odd_articles_and_one_of_one_is_an_article_failure(tmp_path):
    def two_bad(tables):
        ids = tables["words"].column("article_id").to_pylist()
        if {"a", "b"} & set(ids):
            raise KeyError("no such state")
        return {"lengths": pa.Table.from_pylist([{"article_id": a, "n": 1} for a in ids], schema=OUT)}

    outs = {"lengths": (OUT, by_article_id)}
    _, _, failures = run_by_article(None, "toy", list(WORDS), inputs(WORDS), two_bad, outs, "toy")
    assert [f.article_id for f in failures] == ["b", "a"]
    one = {"a": WORDS["a"]}  # a batch of one (a warm run with one article changed) cannot tell: a failure
    _, _, failures = run_by_article(tmp_path / "c", "toy", ["a"], inputs(one), broken([]), outs, "toy")
    assert [f.article_id for f in failures] == ["a"]


# --- validation's coverage check ----------------------------------------------------------------


def article(article_id: str, analysed: bool = True) -> ArticleRecord:
    return ArticleRecord.model_construct(article_id=article_id, analysed=analysed, source_path=f"{article_id}.txt")


class Row:
    def __init__(self, article_id: str) -> None:
        self.article_id = article_id


def checked(rows, failures, strict=False):
    checker = Checker("shard 0")
    coverage(rows, failures, strict, checker)
    (result,) = checker.results
    return [v.message for v in result.violations]


FAILED = ArticleFailure(article_id="a", step="actors", error_type="KeyError", message="'x'")


def test_coverage_passes_failed_articles_and_catches_silently_missing_ones():
    rows = {"articles": [article("a"), article("b"), article("r", analysed=False)], "sentences": [Row("b")]}
    assert checked(rows, [FAILED]) == []
    assert checked(rows, []) == ["a has no rows and no failure record"]
    assert checked(rows, [FAILED], strict=True) == ["a failed in actors: KeyError: 'x' (fail_on_article_errors)"]


def test_coverage_catches_rows_of_a_failed_article_in_its_step_or_later_ones():
    rows = {"articles": [article("a")], "sentences": [Row("a")], "mentions": [Row("a")], "claims": [Row("a")]}
    assert checked(rows, [FAILED]) == ["a row of a, which failed in actors"] * 2
    in_claims = FAILED.model_copy(update={"step": "claims"})
    assert checked(rows, [in_claims]) == ["a row of a, which failed in claims"]  # its mentions may stay


# --- the steps on a real shard ----------------------------------------------------------------


@pytest.mark.slow
def test_an_article_failing_in_actors_is_left_out_of_every_later_step(tmp_path, monkeypatch):
    from narrative_pipeline.actors import linking
    from test_articlecache import TEXTS, shard

    paths = shard(tmp_path / "shard", TEXTS)
    plain = steps(paths, tmp_path / "plain")
    bad = "00000000000000b2"
    real = linking.link_article

    def failing(article, linker, published=None):
        if article.article_id == bad:
            raise KeyError("Gordon Brown")
        return real(article, linker, published)

    monkeypatch.setattr(linking, "link_article", failing)
    got = steps(paths, tmp_path / "failed", tmp_path / "cache")
    for name in ("mentions", "claims"):
        assert bad in set(plain[name].column("article_id").to_pylist())  # the article has rows when it goes through
    for name in ("mentions", "claims", "statements", "framing"):
        assert bad not in set(got[name].column("article_id").to_pylist())
        kept = plain[name].filter(pa.compute.not_equal(plain[name].column("article_id"), bad))
        assert got[name].equals(kept), name
    claim_ids = got["claim_actors"].column("claim_id").to_pylist()
    assert claim_ids and not any(c.startswith(bad) for c in claim_ids)
    for step in ("actors", "claims", "narratives", "export"):
        (failure,) = read_failures(tmp_path / "failed" / f"{step}.failures.json")
        assert (failure.article_id, failure.step, failure.error_type) == (bad, "actors", "KeyError")
    assert failure.source_path == f"{bad}.txt"  # export knows it
    doc = json.loads((tmp_path / "failed" / "articles" / f"{bad}.json").read_text())
    assert doc["article"]["article_id"] == bad and doc["sentences"] == [] and doc["claims"] == []

    monkeypatch.setattr(linking, "link_article", real)
    again = steps(paths, tmp_path / "again", tmp_path / "cache")  # the fault gone: computed, the rest cached
    assert all(again[n].equals(plain[n]) for n in plain)
    assert read_failures(tmp_path / "again" / "export.failures.json") == []


def steps(paths: dict[str, Path], out: Path, cache: Path | None = None) -> dict[str, pa.Table]:
    """actors, claims, narratives and export of a shard, each step reading the failures of the one before."""
    from narrative_pipeline import actors, claims, export
    from narrative_pipeline.narratives.steps import run_shard
    from narrative_pipeline.records import ArticleRecord as Article
    from narrative_pipeline.settings import PipelineConfig
    from narrative_pipeline.tables import read_parquet, write_records
    from test_articlecache import ROOT

    out.mkdir(parents=True, exist_ok=True)
    p = {n: out / f"{n}.parquet" for n in ("mentions", "actors", "claims", "claim_actors", "statements", "framing")}
    f = {n: out / f"{n}.failures.json" for n in ("actors", "claims", "narratives", "export")}
    t, s, k = paths["texts"], paths["sentences"], paths["tokens"]
    c = {n: cache / n if cache else None for n in f}
    cfg = PipelineConfig()
    actors.run(t, s, k, ROOT / cfg.actor_registry, cfg.fuzzy_threshold, p["mentions"], p["actors"], None,
               c["actors"], out_failures=f["actors"])  # fmt: skip
    claims.run(t, s, k, p["mentions"], ROOT / cfg.claims_lexicon, p["claims"], p["claim_actors"],
               ROOT / cfg.claims_model, c["claims"], f["actors"], f["claims"])  # fmt: skip
    run_shard(t, s, k, p["mentions"], p["claims"], ROOT / cfg.plover_lexicon, p["statements"], p["framing"],
              c["narratives"], f["claims"], f["narratives"])  # fmt: skip
    texts = read_parquet(t).to_pylist()
    articles = [
        Article.model_validate(
            {name: None for name in Article.model_fields}
            | {"article_id": r["article_id"], "source_path": r["source_path"], "sha256": "0" * 64, "n_bytes": 1,
               "media_type": "text/plain", "status": "ok", "analysed": True, "candidate": True, "locator": "",
               "shard": 0, "authors": [], "warnings": []}
        )
        for r in texts
    ]  # fmt: skip
    write_records(out / "articles.parquet", articles, Article)
    tables = {"articles": out / "articles.parquet", "sentences": s, **p}
    del tables["actors"]
    export.run(tables, out / "articles", out / "index.json", c["export"], f["narratives"], f["export"])
    return {n: read_parquet(path) for n, path in p.items() if n != "actors"}


# --- the workflow ------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_run_with_articles_failing_in_normalize_and_claims_finishes_and_lists_them(small_run, tmp_path):
    import hashlib

    import pyarrow.parquet as pq
    from workflow_helpers import copy_project, small_inputs, snakemake

    _, clean_project, _ = small_run
    inputs = small_inputs(tmp_path / "input")
    project = copy_project(tmp_path / "project")
    bad = {p: hashlib.sha256((inputs / p).read_bytes()).hexdigest()[:16] for p in ("libya.txt", "nested/uk.txt")}
    fault = {FAULT_VARIABLE: f"claims:{bad['libya.txt']},normalize:{bad['nested/uk.txt']}"}
    result = snakemake(project, "--config", f"input_dir={inputs}", "n_shards=2", env=fault)
    results, clean = project / "results", clean_project / "results"
    report = json.loads((results / "validation/report.json").read_text())
    assert report["passed"] and (results / "manifest.json").is_file()
    failed = {e["source_path"]: e for e in report["articles_not_analysed"] if e["status"] == "failed"}
    reason = {p: f"{step}: RuntimeError: fault injected by {FAULT_VARIABLE} (a test)" for p, step in
              [("libya.txt", "claims"), ("nested/uk.txt", "normalize")]}  # fmt: skip
    assert failed == {
        p: {"source_path": p, "locator": "", "article_id": bad[p], "status": "failed", "reason": reason[p]} for p in bad
    }
    for p in bad:
        assert f"{p} ({bad[p]}): {reason[p]}" in result.stderr  # the console summary
        assert reason[p] in (results / "report/index.html").read_text()
    # each table: which failed articles keep their rows (those of the steps before the one they failed in)
    for name, step, kept in [
        ("sentences", "normalize", {"libya.txt"}),
        ("mentions", "actors", {"libya.txt"}),
        ("claims", "claims", set()),
        ("statements", "narratives", set()),
    ]:
        got, want = pq.read_table(results / f"{step}/{name}.parquet"), pq.read_table(clean / f"{step}/{name}.parquet")
        gone = {bad[p] for p in bad if p not in kept}
        assert not gone & set(got.column("article_id").to_pylist()), name
        assert got.to_pylist() == [r for r in want.to_pylist() if r["article_id"] not in gone], name
    for p in bad:
        doc = json.loads((results / f"articles/{bad[p]}.json").read_text())
        assert doc["sentences"] == doc["claims"] == doc["mentions"] == [] and doc["article"]["source_path"] == p

    strict = snakemake(
        project, "--config", f"input_dir={inputs}", "n_shards=2", "fail_on_article_errors=True", env=fault, check=False
    )
    assert strict.returncode != 0
    shard_reports = [json.loads(p.read_text()) for p in (results / "validation/shards").glob("*.json")]
    assert any("fail_on_article_errors" in json.dumps(r) for r in shard_reports)


@pytest.mark.slow
def test_an_article_whose_parse_raises_has_no_sentences_and_the_others_are_parsed(tmp_path, monkeypatch):
    from narrative_pipeline import normalize
    from narrative_pipeline.records import ArticleText
    from narrative_pipeline.settings import PipelineConfig
    from narrative_pipeline.tables import read_parquet, write_records
    from test_articlecache import TEXTS

    texts = tmp_path / "texts.parquet"
    records = [ArticleText(article_id=a, source_path=f"{a}.txt", sha256="0" * 64, text=t) for a, t in TEXTS.items()]
    write_records(texts, records, ArticleText)
    bad, good = list(TEXTS)

    def parse(folder: str, cache: Path | None) -> tuple[pa.Table, pa.Table, list[ArticleFailure]]:
        out = tmp_path / folder
        out.mkdir()
        normalize.run(texts, PipelineConfig(), out / "s.parquet", out / "t.parquet", cache, out / "f.json")
        return read_parquet(out / "s.parquet"), read_parquet(out / "t.parquet"), read_failures(out / "f.json")

    plain_s, plain_t, none = parse("plain", None)
    monkeypatch.setenv(FAULT_VARIABLE, f"normalize:{bad}")
    sentences, tokens, failures = parse("failed", tmp_path / "cache")
    assert [(f.article_id, f.step, f.error_type) for f in failures] == [(bad, "normalize", "RuntimeError")] and not none
    assert set(sentences.column("article_id").to_pylist()) == {good}
    assert sentences.to_pylist() == [r for r in plain_s.to_pylist() if r["article_id"] == good]
    assert tokens.num_rows == sum(1 for r in plain_t.column("article_id").to_pylist() if r == good)
    monkeypatch.delenv(FAULT_VARIABLE)
    again_s, _, failures = parse("again", tmp_path / "cache")  # not cached: parsed now
    assert failures == [] and again_s.equals(plain_s)


def test_a_parse_failing_on_every_article_fails_the_normalize_step(tmp_path, monkeypatch):
    """A broken model (every article's parse raises) fails the step instead of setting every article aside."""
    from narrative_pipeline import nlp, normalize
    from narrative_pipeline.records import ArticleText
    from narrative_pipeline.settings import PipelineConfig
    from narrative_pipeline.tables import write_records

    texts = tmp_path / "texts.parquet"
    records = [ArticleText(article_id=a, source_path=f"{a}.txt", sha256="0" * 64, text="Words.") for a in ("x", "y")]
    write_records(texts, records, ArticleText)
    batches: list[list[str]] = []

    def parse(batch, *_):
        batches.append([a.article_id for a in batch])
        raise OSError("model files missing")

    monkeypatch.setattr(nlp, "load_pipeline", lambda *_: None)
    monkeypatch.setattr(nlp, "model_version", lambda *_: "test")
    monkeypatch.setattr(normalize, "parse_articles", parse)
    out = tmp_path / "out"
    with pytest.raises(OSError, match="model files missing"):
        normalize.run(texts, PipelineConfig(), out / "s.parquet", out / "t.parquet", None, out / "f.json")
    assert batches == [["x", "y"], ["x"], ["y"]]
    assert not (out / "f.json").exists()
