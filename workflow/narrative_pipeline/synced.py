"""Durable atomic writes flushed to disk in threads and put in place in the order written (speed53).

The publish job, the run's last, wrote the manifest, the Data Package, changes.json, the RO-Crate and the changes
state one after another, each flushed to disk (`fsync`) before its rename: 5-20 ms of waiting each on this host, one
after another, with nothing else done meanwhile. Here each file is written to its temporary file as before and its
flush runs in a thread of its own while the job goes on; `settle` renames the files into place in the order they
were written, each once its flush has returned.

Each file keeps the crash safety of `jsonio.atomic_write_bytes`: its data is on disk before the rename that gives it
its name, and the renames come in the order the files were written, so a crash at any moment leaves each file old or
whole and new, and never a later file renamed before an earlier one (the changes state, written last, is renamed
last: a publish that stops before it compares with the same state again). A directory fsync after the renames instead
of a flush of each file would not: a file renamed before its data reaches the disk can be found empty after a crash
(ext4 happens to flush a file renamed over another one first, other file systems do not). Only the renames come
later than before: a file is not at its path until it is settled, so the caller settles a file (`settle(path)`: it
and the ones written before it) before anything reads it.

This module is imported by the publish job alone (not by `jsonio`, which every step's code fingerprint holds: a
change there would make every step, the parse too, run again once).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from .jsonio import atomic_write_bytes, json_bytes, temporary_beside


class SyncedWrites:
    """Writes flushed in threads and renamed by `settle` in the order written. As a `with` block: every write left is
    settled on a clean exit; on an exception the writes not settled are dropped (their temporary files deleted, their
    paths untouched), as if the job had stopped before writing them."""

    def __init__(self) -> None:
        self._pending: list[tuple[threading.Thread, list[BaseException], str, Path]] = []

    def write(self, path: Path, data: bytes) -> None:
        """Write `data` to a temporary file beside `path` (made as `atomic_write_bytes` makes it: its folder
        first, the permissions of a new file) and flush it to disk in a thread; renamed to `path` by `settle`."""
        path = Path(path)
        tmp, handle = temporary_beside(path, data)
        errors: list[BaseException] = []

        def flush() -> None:
            try:
                with handle:
                    os.fsync(handle.fileno())
            except BaseException as exc:  # (raised by `settle`, in the caller's thread)
                errors.append(exc)

        thread = threading.Thread(target=flush, name=f"fsync {path.name}")
        try:
            thread.start()
        except BaseException:
            handle.close()
            Path(tmp).unlink(missing_ok=True)
            raise
        self._pending.append((thread, errors, tmp, path))

    def settle(self, upto: Path | None = None) -> None:
        """Rename into place, in the order written, each file written so far, or up to the last one written to
        `upto` and no further, each once its data is on disk. A flush that failed raises here, and its file is not
        renamed (nor the ones after it: `drop` deletes them)."""
        if upto is None:
            count = len(self._pending)
        else:
            count = 1 + max((i for i, (*_, path) in enumerate(self._pending) if path == Path(upto)), default=-1)
        for _ in range(count):
            thread, errors, tmp, path = self._pending[0]
            thread.join()
            if errors:
                raise errors[0]
            os.replace(tmp, path)
            self._pending.pop(0)

    def drop(self) -> None:
        """Delete the temporary files of the writes not settled (their paths keep what they had)."""
        while self._pending:
            thread, _, tmp, _ = self._pending.pop(0)
            thread.join()
            Path(tmp).unlink(missing_ok=True)

    def __enter__(self) -> SyncedWrites:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: Any) -> None:
        try:
            if kind is None:
                self.settle()
        finally:
            self.drop()


def write_bytes(path: Path, data: bytes, later: SyncedWrites | None = None) -> None:
    """`atomic_write_bytes` (durable), or through `later` when given (put in place by `later.settle`)."""
    if later is None:
        atomic_write_bytes(Path(path), data)
    else:
        later.write(Path(path), data)


def write_json(path: Path, obj: Any, later: SyncedWrites | None = None) -> None:
    """`jsonio.write_json`, or through `later` when given."""
    write_bytes(path, json_bytes(obj), later)
