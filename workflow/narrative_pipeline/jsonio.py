"""Atomic writes and canonical JSON, without pyarrow: what `tables` re-exports, and what a caller
that writes JSON alone (the Snakefile's `onsuccess`, writing run.json) can import cheaply."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel


def _file_mode() -> int:
    """The mode `open()` gives a new file under the process's umask (mkstemp's own is 0600, which would
    leave results readable by their owner only)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write `data` to `path` so that readers see either the old file or the whole new one (flushed to
    disk first unless `durable` is false: cache entries, which a reader that fails treats as a miss).
    The file gets the permissions of any newly created file (0644 under the usual umask 022)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def json_bytes(obj: Any) -> bytes:
    """Canonical JSON: sorted keys, UTF-8, one trailing newline."""
    if isinstance(obj, BaseModel):
        obj = obj.model_dump(mode="json")
    return (json.dumps(obj, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def write_json(path: Path, obj: Any) -> None:
    atomic_write_bytes(path, json_bytes(obj))


def read_json(path: Path) -> Any:
    return json.loads(Path(path).read_text(encoding="utf-8"))


RUN_MARKER = ".cache/run-in-progress"  # under the results folder while a workflow run is going on


def is_stale_write(name: str) -> bool:
    """The name of an unfinished `atomic_write_bytes` ('.0.articles.parquet.a3sbvgi8.tmp')."""
    return name.startswith(".") and name.endswith(".tmp") and name.count(".") >= 3


def remove_stale_writes(root: Path) -> list[Path]:
    """Delete the temporary files of writes a killed process left under `root` (never read: a reader
    sees the old file or the whole new one); the deleted paths."""
    removed, stack = [], [Path(root)]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                elif is_stale_write(entry.name):
                    Path(entry.path).unlink(missing_ok=True)
                    removed.append(Path(entry.path))
    return sorted(removed)


def begin_run(results: Path) -> list[Path]:
    """At a workflow run's start: when the run before did not finish (killed: its marker is still
    there), remove the temporary files its writes left; then mark this run as going on."""
    marker = Path(results) / RUN_MARKER
    removed = remove_stale_writes(Path(results)) if marker.exists() else []
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.touch()
    return removed


def end_run(results: Path) -> None:
    """At a successful run's end: no longer going on."""
    (Path(results) / RUN_MARKER).unlink(missing_ok=True)


def orphan_shard_files(results: Path, shards: set[int]) -> list[Path]:
    """Files of shards the plan no longer has (every file of the shard was removed from the input):
    `<results>/<step>/shards/<shard>.<name>` with a shard number outside `shards`. No job makes them
    any more and the gathered tables leave them out, but a reader of the shard folders would still
    find the removed articles there."""
    found = []
    for folder in sorted(Path(results).glob("*/shards")):
        for path in sorted(folder.iterdir()):
            number = path.name.split(".", 1)[0]
            if path.is_file() and number.isdigit() and int(number) not in shards:
                found.append(path)
    return found


def remove_orphan_shards(results: Path, shards: set[int]) -> list[Path]:
    """Delete the files of shards the plan no longer has (see `orphan_shard_files`)."""
    removed = orphan_shard_files(results, shards)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
