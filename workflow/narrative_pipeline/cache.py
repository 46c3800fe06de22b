"""A content-addressed cache of per-article results, so that a shard re-run because one of its
articles changed redoes only that article.

A key hashes everything that decides the result (the article's id and text digest, the settings the
step reads, the model and its version, the step's code fingerprint); an entry is a set of small
Arrow tables written atomically. A missing or unreadable entry is a miss, never an error, and the
folder may be deleted at any time: the results are the same with or without it (a test checks the
bytes).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from .hashing import canonical_json_hash
from .tables import atomic_write_bytes


def cache_key(*parts: object) -> str:
    return canonical_json_hash([str(p) for p in parts])


class TableCache:
    """Entries of named Arrow tables under `folder/<key[:2]>/<key>.<name>.arrow`."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = Path(folder) if folder else None
        self._made: set[Path] = set()  # the entry folders this cache has made or found (`put`)

    def _path(self, key: str, name: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.{name}.arrow"

    def get(self, key: str, names: tuple[str, ...]) -> dict[str, pa.Table] | None:
        if self.folder is None:
            return None
        tables = {}
        for name in names:
            path = self._path(key, name)
            try:
                with pa.memory_map(str(path)) as source:
                    tables[name] = ipc.open_file(source).read_all()
            except (OSError, pa.ArrowInvalid):
                return None
        return tables

    def put(self, key: str, tables: dict[str, pa.Table]) -> None:
        if self.folder is None:
            return
        for name, table in tables.items():
            sink = pa.BufferOutputStream()
            with ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)
            self._write(self._path(key, name), sink.getvalue().to_pybytes())

    def _write(self, path: Path, data: bytes) -> None:
        """An entry's file written atomically; its folder made at the first entry written to it (one `mkdir` a
        folder instead of one an entry: 0.13 ms each, most of them for a folder that is there), and again when
        it has gone since (the cache may be deleted at any time)."""
        folder = path.parent
        if folder in self._made:
            try:
                atomic_write_bytes(path, data, durable=False, make_folder=False)
                return
            except FileNotFoundError:
                self._made.discard(folder)
        atomic_write_bytes(path, data, durable=False)
        self._made.add(folder)
