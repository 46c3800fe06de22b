"""Row hashes kept between builds, so that an update hashes only the rows of what changed.

Each table is cut into chunks of rows where the value of its first two columns changes and that
value's 64-bit hash is a multiple of `SPAN`: a cut depends on the rows around it only, so an article
added, removed or changed moves the chunks it falls in and no other. A chunk's digest is the SHA-256
digest of its rows in Arrow's IPC form (slices are written from offset 0, so the same rows give the
same bytes wherever they sit; an IPC stream, which holds the dictionaries too, when the table has a
dictionary column), of the table's name, columns, whole Arrow schema (its metadata too) and pandas types (a
column loaded as objects hashes its values differently), and of `SCHEME` (this way of hashing, pandas',
pyarrow's and numpy's versions, the row hash's code). `RowCache` keeps each chunk's row hashes under its
digest in one file of the cache folder (`rows.bin`, rewritten with the chunks of the last build only); a chunk found
there is not hashed again, the others are hashed in one pass. A file that cannot be read, whose
payload does not match its checksum, or from another scheme, is ignored: every row is hashed, as
without it. The hashes are the same either way (a row's pandas hash does not depend on the other rows
hashed with it; tests check it), so the report's bytes are too. The listings' cut hashes (the hash of a
row's key columns: `keys.kept_key_hashes`) are kept the same way, under each chunk's digest mixed with the
key columns' names (speed48; scheme v2: a file of v1 is not read).
"""

from __future__ import annotations

import hashlib
import json
import struct
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..jsonio import atomic_write_bytes
from .signatures import SEEDS, mix

FILE = "rows.bin"
SPAN = 256  # a cut where the key's hash is a multiple of this: chunks of about 256 rows
# this way of cutting and hashing, pandas' version and the row hash's code (`keys.py`): another makes every
# kept hash unused
# (pyarrow's and numpy's versions too: the DataFrame a table loads as is pyarrow's conversion of its rows)
SCHEME = "report-rows.v2 pandas {} pyarrow {} numpy {} keys {}".format(
    pd.__version__,
    pa.__version__,
    np.__version__,
    hashlib.sha256(Path(__file__).with_name("keys.py").read_bytes()).hexdigest()[:16],
)
_MAGIC = b"NPROWS1\n"


@dataclass(frozen=True)
class Chunks:
    """A table's chunks: the first row of each (ascending, 0 first) and each one's digest."""

    starts: np.ndarray
    digests: list[bytes]
    rows: int
    lists: list[str]  # its list columns (`keys.list_columns`)

    def bounds(self) -> list[tuple[int, int, bytes]]:
        ends = [*self.starts[1:].tolist(), self.rows][: len(self.starts)]
        return list(zip(self.starts.tolist(), ends, self.digests, strict=True))


def _edges(column: pa.ChunkedArray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each value's first 8 bytes, last 8 bytes (as uint64, zero-padded) and length, of a string column."""
    arr = column.combine_chunks()
    n = len(arr)
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int32)[arr.offset : arr.offset + n + 1].astype(np.int64)
    data = np.frombuffer(arr.buffers()[2], dtype=np.uint8) if arr.buffers()[2] is not None else np.zeros(0, np.uint8)
    pad = np.zeros(8, dtype=np.uint8)
    data = np.concatenate([pad, data[offsets[0] : offsets[-1]], pad])
    starts, lengths = offsets[:-1] - offsets[0] + 8, np.diff(offsets)
    k = np.arange(8)
    head = np.where(k < lengths[:, None], data[starts[:, None] + k], 0).astype(np.uint8)
    tail = np.where(k >= 8 - lengths[:, None], data[(starts + lengths - 8)[:, None] + k], 0).astype(np.uint8)
    return head.view("<u8").ravel(), tail.view("<u8").ravel(), lengths.astype(np.uint64)


def key_hashes(table: pa.Table) -> np.ndarray:
    """A 64-bit hash of each row's key, from Arrow's buffers (no Python object per row): the first and
    last 8 bytes and the length of its first two columns as text (ids differ at their start or end).
    It decides where chunks are cut only: two keys with one hash make a cut less, never a wrong hash."""
    h = np.zeros(table.num_rows, dtype=np.uint64)
    for i in range(min(2, table.num_columns)):
        try:
            column = pc.cast(table.column(i), pa.string()).fill_null("\x00")
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # (a list column: the key is the columns before it)
            break
        if not table.num_rows:
            break
        for part, seed in zip(_edges(column), (*SEEDS, ~SEEDS[0]), strict=True):
            h = mix(h ^ mix(part, seed + np.uint64(i)), SEEDS[1])
    return h


def chunk_starts(h: np.ndarray) -> np.ndarray:
    """Where a table's chunks start: row 0, and each row whose key hash (`h`) differs from the row
    before and is a multiple of `SPAN`."""
    if not len(h):
        return np.zeros(0, dtype=np.int64)
    cut = np.r_[True, (h[1:] != h[:-1]) & (h[1:] % np.uint64(SPAN) == 0)]
    return np.flatnonzero(cut).astype(np.int64)


def table_salt(name: str, table: pa.Table, df: pd.DataFrame, lists: list[str]) -> bytes:
    """What a chunk's rows hash with besides their values: the table, its columns and their types."""
    dtypes = [(str(c), str(t)) for c, t in df.dtypes.items()]
    # (the schema serialized whole: `str` cuts long metadata, pandas' own, which decides how the table loads)
    schema = table.schema.serialize().to_pybytes()
    return repr((SCHEME, name, str(table.schema), schema, dtypes, sorted(lists))).encode()


def chunk_digests(table: pa.Table, starts: np.ndarray, salt: bytes) -> list[bytes]:
    """Each chunk's digest: its rows in Arrow's IPC form, with `salt`."""
    ends = [*starts[1:].tolist(), table.num_rows][: len(starts)]
    # a record batch's IPC form holds a dictionary column's indices, not its values: with a dictionary
    # column anywhere, each chunk is an IPC stream, which holds the dictionaries too
    dictionaries = "dictionary<" in str(table.schema)
    out = []
    for lo, hi in zip(starts.tolist(), ends, strict=True):
        d = hashlib.sha256(salt)
        part = table.slice(lo, hi - lo).combine_chunks()
        if dictionaries:
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, part.schema) as writer:
                writer.write_table(part)
            d.update(sink.getvalue())
        for batch in [] if dictionaries else part.to_batches():
            d.update(batch.serialize())
        d.update(struct.pack("<q", hi - lo))
        out.append(d.digest()[:20])
    return out


def table_chunks(name: str, table: pa.Table, df: pd.DataFrame, lists: list[str]) -> Chunks:
    """The chunks of a table read from Parquet (`table`) and its DataFrame (`df`, the same rows)."""
    starts = chunk_starts(key_hashes(table))
    return Chunks(starts, chunk_digests(table, starts, table_salt(name, table, df, lists)), len(df), list(lists))


def read_kept(path: Path) -> dict[bytes, np.ndarray]:
    """The row hashes of `path` by chunk digest; nothing when the file is missing, damaged or from
    another scheme."""
    try:
        data = Path(path).read_bytes()
        if not data.startswith(_MAGIC):
            return {}
        (size,) = struct.unpack_from("<q", data, len(_MAGIC))
        start = len(_MAGIC) + 8
        head = json.loads(data[start : start + size].decode("utf-8"))
        payload = memoryview(data)[start + size :]
        if (
            not isinstance(head, dict)
            or head.get("scheme") != SCHEME
            or head.get("payload") != hashlib.blake2b(payload, digest_size=20).hexdigest()
        ):
            return {}
        hashes = np.frombuffer(payload, dtype="<u8")
        out: dict[bytes, np.ndarray] = {}
        at = 0
        for digest, n in head["chunks"]:
            if not isinstance(n, int) or n < 0 or at + n > len(hashes):
                return {}
            out[bytes.fromhex(digest)] = hashes[at : at + n].astype(np.uint64)
            at += n
        return out if at == len(hashes) else {}
    except (OSError, ValueError, TypeError, KeyError, struct.error):
        return {}


def write_kept(path: Path, kept: dict[bytes, np.ndarray]) -> None:
    order = sorted(kept)
    payload = b"".join(np.ascontiguousarray(kept[d], dtype="<u8").tobytes() for d in order)
    head = {
        "scheme": SCHEME,
        "chunks": [[d.hex(), len(kept[d])] for d in order],
        "payload": hashlib.blake2b(payload, digest_size=20).hexdigest(),
    }
    encoded = json.dumps(head, sort_keys=True).encode("utf-8")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(Path(path), _MAGIC + struct.pack("<q", len(encoded)) + encoded + payload, durable=False)


def _of_kind(digest: bytes, kind: str) -> bytes:
    """The name a chunk's hashes of another kind are kept under (its digest's length)."""
    return hashlib.blake2b(kind.encode() + b"\0" + digest, digest_size=len(digest)).digest()


@dataclass
class RowCache:
    """The row hashes of the last build (`old`) and of this one (`new`), by chunk digest."""

    path: Path
    old: dict[bytes, np.ndarray] = field(default_factory=dict)
    new: dict[bytes, np.ndarray] = field(default_factory=dict)
    # table -> (its DataFrame, weakly: a frame freed and another made at its address is not taken for it; chunks)
    chunks: dict[str, tuple[weakref.ref[pd.DataFrame], Chunks]] = field(default_factory=dict)
    hashed: int = 0  # rows hashed in this build (the others were kept)

    @classmethod
    def load(cls, cache_dir: Path) -> RowCache:
        path = Path(cache_dir) / FILE
        return cls(path, read_kept(path))

    def note(self, name: str, df: pd.DataFrame, chunks: Chunks) -> None:
        self.chunks[name] = (weakref.ref(df), chunks)

    def rows(
        self, name: str, df: pd.DataFrame, compute: Callable[[pd.DataFrame, list], np.ndarray], kind: str = ""
    ) -> np.ndarray | None:
        """The row hashes of table `name` (`compute(rows, list columns)` hashes some of its rows), None
        when its chunks are not known for this DataFrame. `kind`: another hash of the same rows (the key
        columns' hash of `keys.kept_key_hashes`), kept under each chunk's digest with `kind`."""
        held = self.chunks.get(name)
        if held is None or held[0]() is not df or held[1].rows != len(df):
            return None
        bounds = held[1].bounds()
        if kind:
            bounds = [(lo, hi, _of_kind(digest, kind)) for lo, hi, digest in bounds]
        out = np.zeros(len(df), dtype=np.uint64)
        missing = []
        for lo, hi, digest in bounds:
            kept = self.old.get(digest)
            if kept is not None and len(kept) == hi - lo:
                out[lo:hi] = kept
            else:
                missing.append(np.arange(lo, hi))
        if missing:
            at = np.concatenate(missing)
            out[at] = compute(df.iloc[at], held[1].lists)
            self.hashed += len(at)
        for lo, hi, digest in bounds:
            self.new[digest] = out[lo:hi]
        return out

    def save(self) -> None:
        write_kept(self.path, self.new)
