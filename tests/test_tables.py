"""Parquet and JSON I/O: declared schemas, deterministic bytes, atomic writes, gathering shards."""

from __future__ import annotations

import json
import os
import stat

import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.records import ActorRecord, ClaimActorRecord
from narrative_pipeline.tables import (
    arrow_schema,
    atomic_write_bytes,
    gather,
    json_bytes,
    merge_actors,
    read_records,
    write_records,
)


def actor(
    actor_id: str, name: str, n: int, source: str = "discovered", aliases: list[str] | None = None
) -> ActorRecord:
    return ActorRecord(
        actor_id=actor_id,
        name=name,
        actor_type="person",
        aliases=aliases or [],
        country_iso3=None,
        wikidata_id=None,
        source=source,
        n_mentions=n,
    )


def roles(*ids: str) -> list[ClaimActorRecord]:
    return [ClaimActorRecord(claim_id=f"{i}:c0000", actor_id="x", role="agent", mention_id=None) for i in ids]


def test_schema_comes_from_the_model_with_nullability():
    schema = arrow_schema(ActorRecord)
    assert schema.names == list(ActorRecord.model_fields)
    assert not schema.field("actor_id").nullable and schema.field("wikidata_id").nullable
    assert str(schema.field("aliases").type) == "list<item: string>"


def test_same_records_give_the_same_bytes_and_read_back(tmp_path):
    rows = roles("b", "a")
    write_records(tmp_path / "one.parquet", rows, ClaimActorRecord)
    write_records(tmp_path / "two.parquet", rows, ClaimActorRecord)
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "two.parquet").read_bytes()
    assert read_records(tmp_path / "one.parquet", ClaimActorRecord) == rows


def test_atomic_write_leaves_the_old_file_when_it_fails(tmp_path):
    path = tmp_path / "a.json"
    atomic_write_bytes(path, b"old")

    class Boom(bytes):
        pass

    with pytest.raises(TypeError):
        atomic_write_bytes(path, object())  # type: ignore[arg-type]
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_atomic_write_gives_the_mode_of_a_new_file(tmp_path, umask):
    """Results are shared (a group folder, a web server for the report): a write must not leave them
    readable by their owner only, as a bare mkstemp (0600) does."""
    previous = os.umask(umask)
    try:
        atomic_write_bytes(tmp_path / "a.json", b"{}")
        (tmp_path / "b.json").write_bytes(b"{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o666 & ~umask
    assert (tmp_path / "a.json").stat().st_mode == (tmp_path / "b.json").stat().st_mode


def test_json_bytes_are_canonical():
    assert json_bytes({"b": 1, "a": "é"}) == '{\n "a": "é",\n "b": 1\n}\n'.encode()
    assert json.loads(json_bytes({"x": [1, 2]})) == {"x": [1, 2]}


def test_gather_sorts_rows_whatever_the_shard_order(tmp_path):
    write_records(tmp_path / "0.parquet", roles("c", "a"), ClaimActorRecord)
    write_records(tmp_path / "1.parquet", roles("b"), ClaimActorRecord)
    spec = table("claim_actors")
    forward = gather(spec, [tmp_path / "0.parquet", tmp_path / "1.parquet"])
    backward = gather(spec, [tmp_path / "1.parquet", tmp_path / "0.parquet"])
    assert forward.equals(backward)
    assert forward.column("claim_id").to_pylist() == ["a:c0000", "b:c0000", "c:c0000"]


def test_gather_of_no_shards_is_an_empty_table_with_the_schema():
    empty = gather(table("claims"), [])
    assert empty.num_rows == 0 and empty.schema.names == list(table("claims").model.model_fields)


def test_merge_actors_sums_mentions_and_picks_one_name(tmp_path):
    a = [actor("disc.person.x", "X", 2, aliases=["X"])]
    b = [actor("disc.person.x", "Xavier X", 3, aliases=["Xavier"]), actor("reg.y", "Y", 1, source="registry")]
    merged = merge_actors([a, b])
    assert [m.actor_id for m in merged] == ["disc.person.x", "reg.y"]
    assert merged[0].n_mentions == 5 and merged[0].name == "Xavier X" and merged[0].aliases == ["X", "Xavier"]
    assert merge_actors([b, a]) == merged
    write_records(tmp_path / "a.parquet", a, ActorRecord)
    write_records(tmp_path / "b.parquet", b, ActorRecord)
    table_ = gather(table("actors"), [tmp_path / "a.parquet", tmp_path / "b.parquet"])
    assert table_.num_rows == 2 and pq.ParquetFile  # gathered through the catalogue's merge mode


def test_read_parquet_equals_pyarrow_read_table(tmp_path):
    from narrative_pipeline.tables import read_parquet

    path = tmp_path / "roles.parquet"
    write_records(path, roles("a", "b"), ClaimActorRecord)
    schema = arrow_schema(ClaimActorRecord)
    for kwargs in ({}, {"schema": schema}, {"columns": ["claim_id"]}):
        got, want = read_parquet(path, **kwargs), pq.read_table(path, **kwargs)
        assert got.equals(want) and got.schema.equals(want.schema, check_metadata=True)


def test_arrow_without_pandas_converts_without_importing_it(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from narrative_pipeline.tables import arrow_without_pandas, write_records\n"
        "from narrative_pipeline.records import ClaimActorRecord\n"
        "arrow_without_pandas()\n"
        "r = ClaimActorRecord(claim_id='a:c0000', actor_id='x', role='agent', mention_id=None)\n"
        f"write_records(__import__('pathlib').Path({str(tmp_path / 'r.parquet')!r}), [r], ClaimActorRecord)\n"
        "assert 'pandas' not in sys.modules\n"
        "try:\n"
        "    import pandas\n"
        "except ImportError:\n"
        "    print('refused')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "refused"
    assert read_records(tmp_path / "r.parquet", ClaimActorRecord) == roles("a")


def _indent_cases() -> list:
    """Values for `indented_json`: the documents' shapes, their edge cases and made-up nestings."""
    import random

    scalars = ["", "é", 'a "quoted" \\ back', "tab\there\nnew line\x00\x1f\u2028", 0, -7, 2**70, 1.5, 1e-7, 1e22,
               float("nan"), float("inf"), -0.0, True, False, None]  # fmt: skip
    record = {"b": 1, "a": "x", "list": ["one", "two"], "empty": [], "n": None}
    cases: list = [
        {},
        [],
        scalars,
        {"rows": [record, {**record, "list": []}, {"b": 2, "a": "y", "list": ["z"], "empty": [1.5], "n": 3}]},
        {"rows": [{"a": 1}, {}]},  # an empty record
        {"rows": [{"a": {"nested": [1]}}, {"a": 2}]},  # a record with a dict
        {"rows": [{"a": [[1]]}]},  # a list of lists in a record
        {"rows": [{"a": 1}, 2]},  # a record beside a scalar
        {"rows": [{"a\\": [1, 2]}, {"a\\": [3]}]},  # a key with an escape holding a list
        {"rows": [{"text": 'he said "k": 0', "k": [1]}, {"text": "}, {", "k": [2]}]},
        {"rows": [{"k": [1]}, {"k": 0}]},  # a list in one record, a real 0 under the same key in another
        {"x": (1, 2), "y": [3]},  # a tuple: json.dumps' own path
        {1: "a", 2: "b"},  # keys that are no strings
        {1: "a", 2: [1]},
        {"a": {"b": {"c": [{"d": [], "e": {}}]}}},
    ]
    rng = random.Random(19)

    def made(depth: int):
        kind = rng.random()
        if depth > 3 or kind < 0.45:
            return rng.choice(scalars)
        if kind < 0.7:
            return [made(depth + 1) for _ in range(rng.randrange(4))]
        if kind < 0.85:  # records
            keys = rng.sample(["a", "b", "c", "d", "ü", "k k"], 3)
            return [{k: made(depth + 2) if rng.random() < 0.3 else rng.choice(scalars) for k in keys} for _ in range(3)]
        return {rng.choice("abcdefgh") + str(k): made(depth + 1) for k in range(rng.randrange(5))}

    return cases + [made(0) for _ in range(400)]


def test_indented_json_is_the_text_of_json_dumps_with_an_indent():
    """`indented_json` (the C encoder with newlines as separators) gives json.dumps' own text, on the shapes of
    the article documents and on made-up nestings (records with lists, empty records, escapes, quotes that
    look like a key, tuples and non-string keys, which take json.dumps' own path)."""
    from narrative_pipeline.jsonio import indented_json

    for value in _indent_cases():
        assert indented_json(value) == json.dumps(value, sort_keys=True, ensure_ascii=False, indent=1), value


def test_json_bytes_of_a_document_are_json_dumps_bytes():
    """An article document (records with lists of strings among their scalars) as json.dumps writes it."""
    from narrative_pipeline.documents import documents
    from test_documents import article, sentence

    row = article("a" * 16, "a.txt").model_copy(update={"authors": ["Ann Bee", "Cé D"], "warnings": ["w"]})
    (doc,) = documents([row], [sentence("a" * 16, 1), sentence("a" * 16, 0)], [], [], [])
    expected = json.dumps(doc.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    assert json_bytes(doc) == expected.encode("utf-8")
