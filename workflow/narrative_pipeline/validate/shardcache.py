"""The shard tables as the corpus validation read them, kept for its next run (speed46).

The corpus validation compares each concatenated table with its shards gathered again, and so read every shard
of it as Parquet in every run, though an added article changes one shard in eight: about 0.15 of its 0.8 CPU s
on BBC, on the add-one's last branch. Each shard table read is now kept beside the results as an uncompressed
Arrow IPC file, named by the shard file and holding in its schema's metadata the sha256 of the shard file's
bytes and a digest of the schema it was read with (the record model's) and of the Arrow version. The next run
hashes each shard file (a few milliseconds for all of them) and reads the kept copy of those whose bytes are the
same instead of decoding them; any other shard is read from its Parquet file, as before, and kept in place of
the old copy. Only a shard file's own bytes decide what is read, so a shard changed in any way (rewritten by a
step, edited, damaged) is read from its file, and the comparison with the gathered table, which is always read
from its own file, decides as before. A kept copy that cannot be read is read from the shard file again, and a
comparison that fails on kept copies is made again from the Parquet files alone (`gather_cached`), so the cache
never decides a violation. It can decide a pass wrongly only when a kept copy was edited by hand (its recorded
sha256 and schema digest kept) and the gathered table edited alike (review42: a strict xfail; delete the folder
after editing results by hand). The package's own reading (`tables.read_parquet`) is not in the digest: a change
to how it reads a file needs the folder deleted, as does an Arrow reader fixed without a version change. Copies of
shards no longer made (fewer shards configured) are not removed. The files are written atomically (a run
interrupted mid-way leaves the old copy or the new one) and may be deleted at any time.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

    from ..catalogue import Table

SOURCE = b"narrative_pipeline.shardcache.source"  # schema metadata: the shard file's sha256
READ_AS = b"narrative_pipeline.shardcache.read_as"  # schema metadata: `read_as` of the schema it was read with


def read_as(schema: pa.Schema) -> str:
    """A digest of the declared schema (names, types, nullability, metadata) and the Arrow version that read it."""
    import pyarrow as pa

    return hashlib.sha256(pa.__version__.encode() + b"\0" + schema.serialize().to_pybytes()).hexdigest()


def kept_path(cache: Path, shard_path: Path) -> Path:
    """Where the copy of a shard table is kept: by the shard file's name (`1.mentions.parquet.arrow`)."""
    return Path(cache) / f"{Path(shard_path).name}.arrow"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def kept_table(cache: Path, shard_path: Path, schema: pa.Schema, sha256: str) -> pa.Table | None:
    """The kept copy of a shard table read with `schema` from a file of bytes `sha256`, or None when there is no
    such copy (none kept, another file's or schema's, unreadable)."""
    import pyarrow as pa

    path = kept_path(cache, shard_path)
    try:  # read into memory, not mapped: a copy truncated meanwhile by another process is then no crash (SIGBUS)
        with pa.OSFile(str(path)) as source:
            table = pa.ipc.open_file(source).read_all()
    except (OSError, pa.ArrowException):
        return None
    meta = table.schema.metadata or {}
    if meta.get(SOURCE) != sha256.encode() or meta.get(READ_AS) != read_as(schema).encode():
        return None
    if table.schema.remove_metadata() != schema.remove_metadata():
        return None
    return table.replace_schema_metadata(schema.metadata)


def keep_table(cache: Path, shard_path: Path, table: pa.Table, schema: pa.Schema, sha256: str) -> None:
    """Keep `table` (a shard table read with `schema` from a file of bytes `sha256`), in place of the old copy."""
    import os

    import pyarrow as pa

    path = kept_path(cache, shard_path)
    meta = dict(schema.metadata or {})
    meta[SOURCE] = sha256.encode()
    meta[READ_AS] = read_as(schema).encode()
    kept = table.replace_schema_metadata(meta)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, kept.schema) as writer:
            writer.write_table(kept)
        os.replace(tmp, path)
    except OSError:  # a cache that cannot be written is no cache: the next run reads the Parquet file again
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def shard_table(cache: Path, shard_path: Path, schema: pa.Schema) -> tuple[pa.Table, bool]:
    """A shard table as `tables.read_parquet(shard_path, schema=schema)` reads it: the kept copy when the file's
    bytes are those it was kept for, else read from the file and kept. Second value: whether it was the copy."""
    from ..tables import read_parquet

    sha256 = file_sha256(shard_path)
    table = kept_table(cache, shard_path, schema, sha256)
    if table is not None:
        return table, True
    table = read_parquet(Path(shard_path), schema=schema)
    if file_sha256(shard_path) == sha256:  # (not kept when the file changed while it was read)
        keep_table(cache, shard_path, table, schema, sha256)
    return table, False


def gather_cached(spec: Table, shard_paths: Sequence[Path], cache: Path) -> tuple[pa.Table, int]:
    """`tables.concat_tables` of a concatenated table's shards (its `tables.gather`), each shard read through the
    cache (`shard_table`), and how many shards were taken from their kept copies."""
    import pyarrow as pa

    from ..tables import arrow_schema, sorted_rows

    schema = arrow_schema(spec.model)
    read = [shard_table(cache, Path(p), schema) for p in shard_paths]
    table = pa.concat_tables([t for t, _ in read]) if read else schema.empty_table()
    if table.num_rows:
        table = sorted_rows(table, spec.order)
    return table.replace_schema_metadata(schema.metadata), sum(kept for _, kept in read)
