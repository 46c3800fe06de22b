"""speed31: the shard steps' article cache kept in one pack a job (its output tables and an index of each
article's rows) instead of a file an article and table; the same rows cold, warm, across packs and from an
unreadable pack."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
from narrative_pipeline.articlecache import (
    INDEX_SCHEMA,
    PACKS,
    by_article_id,
    find_entries,
    pack_bytes,
    read_pack,
    run_by_article,
)

OUT = pa.schema([("article_id", pa.string()), ("n", pa.int64())])
WORDS = pa.schema([("article_id", pa.string()), ("word", pa.string())])
OUTPUTS = {"lengths": (OUT, by_article_id), "firsts": (OUT, by_article_id)}


def inputs(words: dict[str, list[str]]) -> dict:
    rows = [{"article_id": a, "word": w} for a, ws in words.items() for w in ws]
    return {"words": (pa.Table.from_pylist(rows, schema=WORDS), by_article_id)}


def step(calls: list[list[str]]):
    """Two outputs: each word's length (words longer than one letter), each article's first word's length."""

    def compute(tables):
        ids = tables["words"].column("article_id").to_pylist()
        calls.append(sorted(set(ids)))
        lengths = [len(w) for w in tables["words"].column("word").to_pylist()]
        rows = [{"article_id": a, "n": n} for a, n in zip(ids, lengths, strict=True) if n > 1]
        firsts = {}
        for a, n in zip(ids, lengths, strict=True):
            firsts.setdefault(a, n)
        return {
            "lengths": pa.Table.from_pylist(rows, schema=OUT),
            "firsts": pa.Table.from_pylist([{"article_id": a, "n": n} for a, n in firsts.items()], schema=OUT),
        }

    return compute


def run(words, cache, calls, pack="0.out", order=None):
    order = list(words) if order is None else order
    tables, n_now, _ = run_by_article(cache, "toy", order, inputs(words), step(calls), OUTPUTS, "toy", (), pack)
    return tables, n_now


WORDS_A = {"b": ["aa", "bbb"], "a": ["c", "dd"], "c": ["e"]}


def test_a_cold_run_writes_one_pack_for_the_job_and_nothing_else(tmp_path):
    calls: list[list[str]] = []
    plain, _ = run(WORDS_A, None, calls)
    cold, n_cold = run(WORDS_A, tmp_path, calls)
    assert n_cold == 3 and all(plain[n].equals(cold[n]) for n in OUTPUTS)
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()] == [f"{PACKS}/0.out.arrow"]
    tables, index = read_pack(tmp_path / PACKS / "0.out.arrow")
    assert all(tables[n].equals(cold[n]) for n in OUTPUTS)  # the pack holds the output tables as they are
    assert index.schema.equals(INDEX_SCHEMA) and index.num_rows == 2 * 3  # every article, "c" with no lengths too
    assert index.filter(pa.compute.equal(index.column("name"), "lengths")).column("length").to_pylist() == [2, 1, 0]


def test_a_warm_run_computes_nothing_and_rewrites_no_pack(tmp_path):
    calls: list[list[str]] = []
    cold, _ = run(WORDS_A, tmp_path, calls)
    pack = tmp_path / PACKS / "0.out.arrow"
    before = pack.stat().st_mtime_ns, pack.stat().st_ino
    warm, n_warm = run(WORDS_A, tmp_path, calls)
    assert n_warm == 0 and len(calls) == 1 and all(cold[n].equals(warm[n]) for n in OUTPUTS)
    assert (pack.stat().st_mtime_ns, pack.stat().st_ino) == before


def test_articles_come_from_another_jobs_pack_and_the_new_order_is_kept(tmp_path):
    calls: list[list[str]] = []
    run(WORDS_A, tmp_path, calls, pack="0.out")
    moved = {"c": ["e"], "a": ["c", "dd"], "d": ["fff"]}  # two articles moved to shard 1, one new
    calls.clear()
    tables, n_now = run(moved, tmp_path, calls, pack="1.out")
    assert n_now == 1 and calls == [["d"]]
    plain, _ = run(moved, None, [])
    assert all(plain[n].equals(tables[n]) for n in OUTPUTS)
    assert plain["lengths"].column("article_id").to_pylist() == ["a", "d"]
    # the new pack holds its own articles: a run of shard 1 alone (the other pack gone) computes nothing
    (tmp_path / PACKS / "0.out.arrow").unlink()
    calls.clear()
    again, n_again = run(moved, tmp_path, calls, pack="1.out")
    assert n_again == 0 and all(plain[n].equals(again[n]) for n in OUTPUTS)


def test_an_unreadable_pack_is_a_miss(tmp_path):
    calls: list[list[str]] = []
    cold, _ = run(WORDS_A, tmp_path, calls)
    pack = tmp_path / PACKS / "0.out.arrow"
    data = pack.read_bytes()
    for broken in (data[: len(data) // 2], b"not a pack", b""):
        pack.write_bytes(broken)
        assert read_pack(pack) is None
        calls.clear()
        tables, n_now = run(WORDS_A, tmp_path, calls)
        assert n_now == 3 and all(cold[n].equals(tables[n]) for n in OUTPUTS)
    assert read_pack(tmp_path / PACKS / "missing.arrow") is None


def test_a_pack_without_one_of_the_outputs_or_with_another_index_finds_nothing(tmp_path):
    folder = tmp_path / PACKS
    folder.mkdir()
    lengths = pa.Table.from_pylist([{"article_id": "a", "n": 2}], schema=OUT)
    (folder / "0.out.arrow").write_bytes(pack_bytes({"lengths": lengths}, ["k"], {"lengths": [1]}))
    found, _ = find_entries(folder, "0.out", {"k"}, ("lengths", "firsts"))
    assert found == {}
    found, elsewhere = find_entries(folder, "0.out", {"k"}, ("lengths",))
    assert not elsewhere and found["k"]["lengths"].equals(lengths)
    found, elsewhere = find_entries(folder, "1.out", {"k"}, ("lengths",))
    assert elsewhere and found["k"]["lengths"].equals(lengths)


def test_one_article_changed_is_computed_alone_and_the_pack_then_holds_the_new_rows(tmp_path):
    calls: list[list[str]] = []
    run(WORDS_A, tmp_path, calls)
    changed = {**WORDS_A, "a": ["ccc", "d"]}
    calls.clear()
    tables, n_now = run(changed, tmp_path, calls)
    assert n_now == 1 and calls == [["a"]]
    plain, _ = run(changed, None, [])
    assert all(plain[n].equals(tables[n]) for n in OUTPUTS)
    calls.clear()
    again, n_again = run(changed, tmp_path, calls)
    assert n_again == 0 and all(plain[n].equals(again[n]) for n in OUTPUTS)


def test_a_failed_article_is_left_out_of_the_pack_and_computed_again_next_time(tmp_path):
    def failing_on(bad: str, calls: list[list[str]]):
        inner = step(calls)

        def compute(tables):
            if bad in tables["words"].column("article_id").to_pylist():
                calls.append(["raised"])
                raise KeyError(bad)
            return inner(tables)

        return compute

    calls: list[list[str]] = []
    tables, n_now, failures = run_by_article(
        tmp_path, "toy", list(WORDS_A), inputs(WORDS_A), failing_on("a", calls), OUTPUTS, "toy", (), "0.out"
    )
    assert n_now == 3 and [f.article_id for f in failures] == ["a"]
    assert "a" not in tables["firsts"].column("article_id").to_pylist()
    _, index = read_pack(tmp_path / PACKS / "0.out.arrow")
    assert index.num_rows == 2 * 2  # b and c only
    calls.clear()
    _, n_next = run(WORDS_A, tmp_path, calls)
    assert n_next == 1 and calls == [["a"]]


def test_the_steps_name_their_pack_by_their_shard():
    import inspect

    from narrative_pipeline import export
    from narrative_pipeline.actors import linking
    from narrative_pipeline.claims import assembly
    from narrative_pipeline.narratives import steps

    for module, name in ((linking, "out_mentions"), (assembly, "out_claims"), (steps, "out_statements")):
        assert f"pack=Path({name}).name" in inspect.getsource(module)
    assert 'pack = Path(paths["articles"]).name' in inspect.getsource(export)


def test_pack_files_are_named_apart_from_a_stale_write():
    from narrative_pipeline.jsonio import is_stale_write

    assert not is_stale_write("3.claims.parquet.arrow")
    assert is_stale_write(".3.claims.parquet.arrow.a3sbvgi8.tmp")
    assert Path(PACKS).name == "packs"
