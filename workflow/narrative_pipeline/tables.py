"""Reading and writing artifacts: Parquet tables and JSON documents (the JSON half lives in `jsonio`).

Writes are atomic (a temporary file in the same folder, then `os.replace`) and deterministic
(rows in a fixed order, an explicit Arrow schema derived from the record model, no pandas
index, JSON with sorted keys), so the same records give the same bytes.
"""

from __future__ import annotations

import json
import types
import typing
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel, TypeAdapter, ValidationError

from .actortypes import TypeVotes, discovered_type, type_votes
from .catalogue import Table
from .discovery import position
from .jsonio import atomic_write_bytes, json_bytes, read_json, write_json  # noqa: F401 (the JSON half, re-exported)
from .records import SCHEMA_VERSION, ActorRecord

M = TypeVar("M", bound=BaseModel)

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """Arrow type and nullability of one pydantic field annotation."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return _arrow_type(args[0])[0], True
    if origin is typing.Literal:
        return pa.string(), False
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(_arrow_type(item)[0]), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The declared Arrow schema of a record model: one column per field, in field order."""
    fields = []
    for name, info in model.model_fields.items():
        dtype, nullable = _arrow_type(info.annotation)
        fields.append(pa.field(name, dtype, nullable=nullable))
    return pa.schema(fields, metadata={b"record": model.__name__.encode(), b"schema_version": SCHEMA_VERSION.encode()})


def to_table(records: Iterable[BaseModel], model: type[BaseModel]) -> pa.Table:
    """The records as a table with the model's schema: the table of their `model_dump` rows, built a column at
    a time from their attributes (a record model's fields are flat, scalars and lists of scalars, as
    `arrow_schema` requires), without a dict made and read back for each row."""
    rows = records if isinstance(records, list) else list(records)
    schema = arrow_schema(model)
    return pa.Table.from_pydict({name: [getattr(r, name) for r in rows] for name in schema.names}, schema=schema)


@cache
def _rows_adapter(model: type[M]) -> TypeAdapter[list[M]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


def validate_rows(model: type[M], rows: list[dict[str, Any]]) -> list[M]:
    """`[model.model_validate(row) for row in rows]`, in one call of pydantic's validator for the whole list
    (the same records, about half the CPU). A row that fails is validated again on its own, so the error raised
    is the one a row's own validation raises."""
    try:
        return _rows_adapter(model).validate_python(rows)
    except ValidationError:
        return [model.model_validate(row) for row in rows]


PROVENANCE_KEY = b"provenance"
"""The key of a shard table's Parquet metadata naming what made it (`stamped`; `narrative_pipeline.provenance`)."""

# The provenance a step's job stamps on the tables it writes (`stamped`), as canonical JSON; none outside a step
_STAMP: ContextVar[bytes | None] = ContextVar("narrative_pipeline_stamp", default=None)


@contextmanager
def stamped(provenance: Mapping[str, str]) -> Iterator[None]:
    """Every table `write_table` writes inside the block carries `provenance` (the step's component, code
    fingerprint and lexicon hashes: a pure function of the code and configuration, so reruns give the same bytes)
    in its Parquet metadata under `PROVENANCE_KEY`."""
    token = _STAMP.set(json.dumps(dict(provenance), sort_keys=True, separators=(",", ":")).encode())
    try:
        yield
    finally:
        _STAMP.reset(token)


def table_bytes(table: pa.Table) -> bytes:
    stamp = _STAMP.get()
    if stamp is not None:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), PROVENANCE_KEY: stamp})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", compression_level=3, write_statistics=True)
    return sink.getvalue().to_pybytes()


def write_table(path: Path, table: pa.Table) -> None:
    atomic_write_bytes(path, table_bytes(table))


def write_records(path: Path, records: Iterable[BaseModel], model: type[BaseModel]) -> int:
    """Write records as a Parquet table with the model's schema; returns the row count."""
    table = to_table(records, model)
    write_table(path, table)
    return table.num_rows


def arrow_without_pandas() -> None:
    """Make `import pandas` fail in this process, for a command that never uses pandas.

    pyarrow imports pandas the first time it converts Python values (`pa.array`, `from_pylist`), only
    to recognise pandas objects and pandas' missing values: about 0.3 s at the start of every job
    that writes a table, and it retries the import at every conversion when it fails. So the import
    is refused for the rest of the process (an import finder placed first); pyarrow then converts
    without pandas, and any code of the command that imports pandas fails loudly. The pipeline's
    steps call this (the CLI's `ARROW_ONLY` commands); the report, which uses pandas, does not.
    """
    import sys

    if "pandas" in sys.modules or any(isinstance(f, _NoPandas) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _NoPandas())


class _NoPandas:
    """An import finder that refuses pandas (and only it)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(
                f"{name} is not imported by this command (tables.arrow_without_pandas)", name=name
            )
        return None


def read_parquet(path: Path, columns: Sequence[str] | None = None, schema: pa.Schema | None = None) -> pa.Table:
    """A Parquet file as one Arrow table, with `schema` (its columns, types and metadata) when given.

    Reads through `ParquetFile`, not `pq.read_table`: the latter imports `pyarrow.dataset`, which
    imports pandas (about 0.3-0.5 s at the start of every job that reads a table).
    """
    if schema is not None:
        columns = schema.names
    table = pq.ParquetFile(path).read(columns=list(columns) if columns is not None else None)
    if schema is not None:
        table = table.select(schema.names).cast(schema)
    return table


def read_records(path: Path, model: type[M]) -> list[M]:
    """Read a Parquet table back into validated records."""
    table = read_parquet(path, schema=arrow_schema(model))
    return validate_rows(model, table.to_pylist())


LOCATOR = "locator"


def sorted_rows(table: pa.Table, sort_by: Sequence[str]) -> pa.Table:
    """`table` sorted by the `sort_by` columns, a `locator` column as a person reads a file: by kind, then by
    its number (`warc:276` before `warc:109173`, `line:2` before `line:11`; trial32's finding 5), not as text."""
    if LOCATOR not in sort_by:
        return table.sort_by([(key, "ascending") for key in sort_by])
    kinds, numbers = zip(*map(position, table.column(LOCATOR).to_pylist()), strict=True)
    keyed = table.append_column("__kind", pa.array(kinds, pa.string())).append_column(
        "__number", pa.array(numbers, pa.int64())
    )
    keys = [part for key in sort_by for part in (("__kind", "__number") if key == LOCATOR else (key,))]
    return keyed.sort_by([(key, "ascending") for key in keys]).drop_columns(["__kind", "__number"])


def concat_tables(paths: Iterable[Path], model: type[BaseModel], sort_by: Sequence[str]) -> pa.Table:
    """Concatenate shard tables into one, sorted for stable bytes."""
    schema = arrow_schema(model)
    tables = [read_parquet(p, schema=schema) for p in paths]
    table = pa.concat_tables(tables) if tables else schema.empty_table()
    if table.num_rows:
        table = sorted_rows(table, sort_by)
    return table.replace_schema_metadata(schema.metadata)


VOTE_COLUMNS = ("actor_id", "actor_type", "type_rule")  # the columns of the mentions an actor's type is voted from


def table_type_votes(tables: Iterable[pa.Table]) -> TypeVotes:
    """Each actor's votes (`type_votes`) from tables of mentions (shards, or copies the validator keeps of them)."""
    votes: TypeVotes = {}
    for table in tables:
        rows = zip(*(table.column(c).to_pylist() for c in VOTE_COLUMNS), strict=True)
        for actor_id, counts in type_votes(rows).items():
            votes.setdefault(actor_id, Counter()).update(counts)
    return votes


def mention_type_votes(paths: Iterable[Path]) -> TypeVotes:
    """Each actor's votes (`type_votes`) from the mentions' shard tables: the corpus's, whatever shard holds each."""
    return table_type_votes(read_parquet(Path(p), columns=VOTE_COLUMNS) for p in paths)


def merge_actors(shard_actors: Sequence[list[ActorRecord]], votes: TypeVotes | None = None) -> list[ActorRecord]:
    """`merge_actor_rows` of records: one record per actor id across shards."""
    shard_rows = [[row.model_dump() for row in rows] for rows in shard_actors]
    return validate_rows(ActorRecord, merge_actor_rows(shard_rows, votes))


def merge_actor_rows(shard_rows: Sequence[list[dict[str, Any]]], votes: TypeVotes | None = None) -> list[dict]:
    """One row per actor id across shards (each row a dict of `ActorRecord`'s fields), sorted by id: mentions summed,
    the same name chosen everywhere. With `votes` (the corpus's mentions, `mention_type_votes`), a discovered actor's
    type is theirs (`discovered_type`), not that of the first shard that names it, and its aliases (a person's
    surname) are kept for a person only (actors67). The rows are not typed here (speed56): the gather reads them as
    the shard's Arrow schema gives them, and the validation types every row of each actors shard (`validate-shard`)
    and of the gathered actors table (`validate.corpus.typed_check`)."""
    merged: dict[str, dict[str, Any]] = {}
    for rows in shard_rows:
        for row in rows:
            have = merged.get(row["actor_id"])
            if have is None:
                merged[row["actor_id"]] = row
                continue
            name = max(have["name"], row["name"], key=lambda n: (len(n), n))
            discovered = row["source"] == "discovered"
            aliases = sorted(set(have["aliases"]) | set(row["aliases"])) if discovered else have["aliases"]
            update = {"n_mentions": have["n_mentions"] + row["n_mentions"], "name": name, "aliases": aliases}
            merged[row["actor_id"]] = {**have, **update}
    if votes:
        for actor_id, row in merged.items():
            if row["source"] == "discovered" and actor_id in votes:
                actor_type = discovered_type(votes[actor_id])
                aliases = row["aliases"] if actor_type == "person" else []  # a shard's person's surname
                if (actor_type, aliases) != (row["actor_type"], row["aliases"]):
                    merged[actor_id] = {**row, "actor_type": actor_type, "aliases": aliases}
    return [merged[k] for k in sorted(merged)]


def gather(
    spec: Table, shard_paths: Sequence[Path], mention_shards: Sequence[Path] = (), votes: TypeVotes | None = None
) -> pa.Table:
    """The corpus-level table of a catalogue entry, made from its shard tables (the actors' with the mentions'
    shards, or their `votes` counted already, whose types the actors' types are voted from: `merge_actors`)."""
    if spec.gather == "merge_actors":
        if votes is None and mention_shards:
            votes = mention_type_votes(mention_shards)
        schema = arrow_schema(ActorRecord)
        rows = merge_actor_rows([read_parquet(Path(p), schema=schema).to_pylist() for p in shard_paths], votes)
        return pa.Table.from_pydict({name: [row[name] for row in rows] for name in schema.names}, schema=schema)
    if spec.gather == "concat":
        return concat_tables([Path(p) for p in shard_paths], spec.model, spec.order)
    raise ValueError(f"table {spec.name!r} is not gathered")
