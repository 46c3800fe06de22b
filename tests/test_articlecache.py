"""Per-article caches of the shard steps: the same bytes cold, warm and with one article changed, and
only the articles not in the cache are computed."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from narrative_pipeline.articlecache import article_digests, by_article_id, rows_digest, run_by_article, split_rows
from narrative_pipeline.records import ArticleText
from narrative_pipeline.settings import PipelineConfig
from narrative_pipeline.tables import write_records

ROOT = Path(__file__).resolve().parents[1]

# --- the helper on a toy step ------------------------------------------------------------------

OUT = pa.schema([("article_id", pa.string()), ("n", pa.int64())])


def toy_inputs(words: dict[str, list[str]]) -> dict:
    rows = [{"article_id": a, "word": w} for a, ws in words.items() for w in ws]
    table = pa.Table.from_pylist(rows, schema=pa.schema([("article_id", pa.string()), ("word", pa.string())]))
    return {"words": (table, by_article_id)}


def toy_step(calls: list[list[str]]):
    def compute(tables):
        ids = tables["words"].column("article_id").to_pylist()
        calls.append(sorted(set(ids)))
        lengths = [len(w) for w in tables["words"].column("word").to_pylist()]
        rows = [{"article_id": a, "n": n} for a, n in zip(ids, lengths, strict=True) if n > 1]
        return {"lengths": pa.Table.from_pylist(rows, schema=OUT)}

    return compute


def toy_run(words, cache, calls):
    tables, n_now, _ = run_by_article(
        cache, "toy", list(words), toy_inputs(words), toy_step(calls), {"lengths": (OUT, by_article_id)}
    )
    return tables["lengths"], n_now


def test_helper_cold_warm_and_one_changed_give_the_rows_of_a_run_without_cache(tmp_path):
    words = {"b": ["aa", "bbb"], "a": ["c", "dd"], "c": ["e"]}  # "c" has no output rows
    calls: list[list[str]] = []
    plain, _ = toy_run(words, None, calls)
    cold, n_cold = toy_run(words, tmp_path / "cache", calls)
    warm, n_warm = toy_run(words, tmp_path / "cache", calls)
    assert (n_cold, n_warm) == (3, 0)
    assert plain.equals(cold) and plain.equals(warm)
    assert plain.column("article_id").to_pylist() == ["b", "b", "a"]  # the given order, rows of each in order
    changed = {**words, "a": ["c", "ddd", "ee"]}
    calls.clear()
    again, n_again = toy_run(changed, tmp_path / "cache", calls)
    assert n_again == 1 and calls == [["a"]]
    assert again.equals(toy_run(changed, None, [])[0])


def test_helper_refuses_rows_of_articles_it_did_not_ask_for(tmp_path):
    def leaky(tables):
        return {"lengths": pa.Table.from_pylist([{"article_id": "zz", "n": 1}], schema=OUT)}

    with pytest.raises(ValueError, match="not asked for"):
        run_by_article(tmp_path, "toy", ["a"], toy_inputs({"a": ["x"]}), leaky, {"lengths": (OUT, by_article_id)})


def test_split_rows_keeps_table_order_for_scattered_rows():
    table = pa.table({"article_id": ["a", "b", "a"], "k": [1, 2, 3]})
    parts = split_rows(table, table.column("article_id").to_pylist())
    assert parts["a"].column("k").to_pylist() == [1, 3] and parts["b"].column("k").to_pylist() == [2]


ROWS = pa.schema([("article_id", pa.string()), ("text", pa.string()), ("i", pa.int64()), ("space", pa.bool_())])


def digests_of(rows: list[tuple[str, str, int, bool]]) -> dict[str, str]:
    table = pa.Table.from_pylist([dict(zip(ROWS.names, r, strict=True)) for r in rows], schema=ROWS)
    return article_digests(table, table.column("article_id").to_pylist())


def test_an_articles_digest_is_its_rows_wherever_they_sit():
    b = [("b", "aa", 0, True), ("b", "bbb", 1, False)]
    alone = digests_of(b)["b"]
    # first, last, after longer strings, before other rows (Arrow pads string bytes with what follows)
    assert digests_of([*b, ("a", "cdddd", 0, True)])["b"] == alone
    assert digests_of([("a", "cdddddddddd", 0, True), *b])["b"] == alone
    assert digests_of([("a", "c", 0, False), *b, ("c", "e" * 20, 3, True)])["b"] == alone
    # any value changed, or a character moved from one row to the next, is another digest
    for other in (
        [("b", "ab", 0, True), ("b", "bbb", 1, False)],
        [("b", "aa", 2, True), ("b", "bbb", 1, False)],
        [("b", "aa", 0, False), ("b", "bbb", 1, False)],
        [("b", "aab", 0, True), ("b", "bb", 1, False)],
        [("b", "aa", 0, True)],
    ):
        assert digests_of(other)["b"] != alone


def test_nulls_are_told_from_blank_values_in_a_digest():
    schema = pa.schema([("article_id", pa.string()), ("cue", pa.string()), ("at", pa.int64()), ("ok", pa.bool_())])

    def digest(rows):
        table = pa.Table.from_pylist([dict(zip(schema.names, r, strict=True)) for r in rows], schema=schema)
        return article_digests(table, table.column("article_id").to_pylist())["b"]

    base = [("b", None, None, None), ("b", "x", 3, True)]
    alone = digest(base)
    assert digest([("a", "yyyyyyyyy", 7, False), *base, ("c", None, None, None)]) == alone
    for other in (
        [("b", "", None, None), base[1]],
        [("b", None, 0, None), base[1]],
        [("b", None, None, False), base[1]],
    ):
        assert digest(other) != alone


def test_lists_of_strings_are_read_item_by_item_in_a_digest():
    schema = pa.schema([("article_id", pa.string()), ("cues", pa.list_(pa.string()))])

    def digest(rows):
        table = pa.Table.from_pylist([{"article_id": a, "cues": c} for a, c in rows], schema=schema)
        return article_digests(table, table.column("article_id").to_pylist())["b"]

    base = [("b", ["said", "told"]), ("b", [])]
    alone = digest(base)
    assert digest([("a", ["x" * 9, "y"]), *base, ("c", ["z"])]) == alone
    for other in (
        [("b", ["saidtold"]), ("b", [])],
        [("b", ["said"]), ("b", ["told"])],
        [("b", ["said", "told"]), ("b", None)],
        [("b", ["said", "tolD"]), ("b", [])],
    ):
        assert digest(other) != alone


def test_rows_not_grouped_by_article_take_the_digests_of_their_copies():
    rows = [("a", "x", 0, True), ("b", "y", 0, True), ("a", "z", 1, False)]
    table = pa.Table.from_pylist([dict(zip(ROWS.names, r, strict=True)) for r in rows], schema=ROWS)
    ids = table.column("article_id").to_pylist()
    assert digests_of(rows) == {a: rows_digest(t) for a, t in split_rows(table, ids).items()}


# --- the steps on a real shard -------------------------------------------------------------------

TEXTS = {
    "00000000000000a1": "Talks\n\nThe foreign minister said Russia would send troops. Mr Lavrov denied it on Monday.",
    "00000000000000b2": "Budget\n\nGordon Brown said taxes may rise, according to the Treasury.",
}


def shard(folder: Path, texts: dict[str, str]) -> dict[str, Path]:
    """Ingest-like texts (with the seed article) and their parse, as the steps read them."""
    from narrative_pipeline import normalize

    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    records = [
        ArticleText(article_id=a, source_path=f"{a}.txt", sha256="0" * 64, text=t)
        for a, t in {**texts, "00000000000000c3": seed}.items()
    ]
    folder.mkdir(parents=True, exist_ok=True)
    paths = {n: folder / f"{n}.parquet" for n in ("texts", "sentences", "tokens")}
    write_records(paths["texts"], records, ArticleText)
    normalize.run(paths["texts"], PipelineConfig(), paths["sentences"], paths["tokens"], folder.parent / "parse")
    return paths


def run_steps(paths: dict[str, Path], out: Path, cache: Path | None) -> dict[str, bytes]:
    from narrative_pipeline import actors, claims
    from narrative_pipeline.narratives.steps import run_shard

    out.mkdir(parents=True, exist_ok=True)
    p = {n: out / f"{n}.parquet" for n in ("mentions", "actors", "claims", "roles", "statements", "framing")}
    t, s, k = paths["texts"], paths["sentences"], paths["tokens"]
    actors.run(
        t,
        s,
        k,
        ROOT / "config/actors.yaml",
        PipelineConfig().fuzzy_threshold,
        p["mentions"],
        p["actors"],
        None,
        cache and cache / "a",
    )
    claims.run(
        t, s, k, p["mentions"], ROOT / "config/claims_lexicon.yaml", p["claims"], p["roles"],
        ROOT / PipelineConfig().claims_model, cache and cache / "c",
    )  # fmt: skip
    run_shard(
        t, s, k, p["mentions"], p["claims"], ROOT / "config/plover_lexicon.yaml", p["statements"], p["framing"],
        cache and cache / "n",
    )  # fmt: skip
    return {n: path.read_bytes() for n, path in p.items()}


@pytest.mark.slow
def test_steps_give_the_same_bytes_with_and_without_their_caches(tmp_path, monkeypatch):
    from narrative_pipeline import parsed

    paths = shard(tmp_path / "shard", TEXTS)
    plain = run_steps(paths, tmp_path / "plain", None)
    assert len(plain) == 6
    cold = run_steps(paths, tmp_path / "cold", tmp_path / "cache")
    built: list[list[str]] = []
    real = parsed.articles_from_tables

    def counting(texts, sentences, tokens):
        built.append(texts.column("article_id").to_pylist())
        return real(texts, sentences, tokens)

    monkeypatch.setattr(parsed, "articles_from_tables", counting)
    warm = run_steps(paths, tmp_path / "warm", tmp_path / "cache")
    assert built == []  # every article of every step came from the cache
    assert plain == cold == warm

    changed = shard(tmp_path / "shard2", {**TEXTS, "00000000000000b2": TEXTS["00000000000000b2"] + " Labour agreed."})
    again = run_steps(changed, tmp_path / "again", tmp_path / "cache")
    assert built == [["00000000000000b2"]] * 3  # actors, claims, narratives: the changed article only
    assert again == run_steps(changed, tmp_path / "plain2", None)
    assert again != plain
