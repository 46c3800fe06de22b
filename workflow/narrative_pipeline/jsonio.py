"""Atomic writes and canonical JSON, without pyarrow: what `tables` re-exports, and what a caller
that writes JSON alone (the Snakefile's `onsuccess`, writing run.json) can import cheaply."""

from __future__ import annotations

import json
import os
import tempfile
from json.encoder import c_make_encoder, encode_basestring
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import BaseModel


def _file_mode() -> int:
    """The mode `open()` gives a new file under the process's umask (mkstemp's own is 0600, which would
    leave results readable by their owner only)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def temporary_beside(path: Path, data: bytes | bytearray, make_folder: bool = True) -> tuple[str, BinaryIO]:
    """`data` written and flushed (not yet to disk) to a new temporary file beside `path`, with the permissions of any
    newly created file (0644 under the usual umask 022): its name and its open handle, for the caller to flush to disk,
    close and put in place (`atomic_write_bytes`, `synced.SyncedWrites`, `language_id`). Nothing is left behind when
    it fails. Its folder is made first unless `make_folder` is false."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode())
        handle = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        handle.write(data)
        handle.flush()
    except BaseException:
        handle.close()
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp, handle


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True, make_folder: bool = True) -> None:
    """Write `data` to `path` so that readers see either the old file or the whole new one (flushed to
    disk first unless `durable` is false: cache entries, which a reader that fails treats as a miss).
    The file gets the permissions of any newly created file (0644 under the usual umask 022). Its folder is
    made first unless `make_folder` is false (a caller that knows it is there: FileNotFoundError if not)."""
    tmp, handle = temporary_beside(path, data, make_folder)
    try:
        with handle:
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def json_bytes(obj: Any) -> bytes:
    """Canonical JSON: sorted keys, UTF-8, one trailing newline (`indented_json`: the text of
    `json.dumps(obj, sort_keys=True, ensure_ascii=False, indent=1)`)."""
    if isinstance(obj, BaseModel):
        obj = obj.model_dump(mode="json")
    return (indented_json(obj) + "\n").encode("utf-8")


# --- indented JSON from the C encoder ------------------------------------------------------------------------
# `json.dumps` with an indent encodes in Python, value by value (Python 3.11's C encoder has no indent): 0.15
# CPU s for a BBC shard's 134 article documents (8 MB), in export and again in the shard's validation.
# `indented_json` gives the same text with most of it made by the C encoder: a dict or list of scalars is one
# call whose item separator is the newline and indent of its items (an encoded string never holds a raw
# newline, so the separators are the only ",\n" in the text), and a list of records (non-empty dicts of scalars
# and lists of scalars, the documents' tables) is one call for all of them: the separator between two records,
# "},\n" and the indent then "{" (a record's own items end in a scalar), is put at the list's depth after, and
# each list value is encoded apart and put where its key holds 0 (within an encoded string every quote is
# escaped, so `"key": 0` appears only as a key's value; where another record holds a real 0 under that key, the
# count differs and the whole value takes `json.dumps`). Anything else (tuples, subclasses, keys that are not
# strings) takes `json.dumps` itself. Tests compare both on documents and made-up values (test_tables.py).
_SCALARS = frozenset({str, int, float, bool, type(None)})
_ENCODERS: dict[int, Any] = {}


class _NotPlain(Exception):
    """A value `indented_json` leaves to `json.dumps`."""


def _flat(depth: int) -> Any:
    """The C encoder (sorted keys, UTF-8) whose item separator is a newline and `depth` spaces."""
    encode = _ENCODERS.get(depth)
    if encode is None:
        if c_make_encoder is None:  # pragma: no cover (CPython has it)
            raise _NotPlain
        made = c_make_encoder(None, None, encode_basestring, None, ": ", ",\n" + " " * depth, True, False, True)
        encode = _ENCODERS[depth] = lambda value: "".join(made(value, 0))
    return encode


def _records(rows: list, depth: int) -> str | None:
    """A list of non-empty dicts of scalars and lists of scalars, indented; None for any other list."""
    lists: dict[str, dict[int, list]] = {}  # key -> row number -> its list
    for n, row in enumerate(rows):
        if type(row) is not dict or not row:
            return None
        kinds = set(map(type, row.values()))
        if kinds <= _SCALARS:
            continue
        if not kinds <= _SCALARS | {list}:
            return None
        for key, value in row.items():
            if type(value) is list:
                if (
                    type(key) is not str
                    or encode_basestring(key) != f'"{key}"'
                    or not set(map(type, value)) <= _SCALARS
                ):
                    return None
                lists.setdefault(key, {})[n] = value
    inner, deeper = " " * (depth + 1), " " * (depth + 2)
    if lists:
        rows = [dict(row) for row in rows]
        for key, at in lists.items():
            for n in at:
                rows[n][key] = 0
    body = _flat(depth + 2)(rows)[2:-2].replace("},\n" + deeper + "{", "\n" + inner + "},\n" + inner + "{\n" + deeper)
    for key, at in lists.items():
        mark = f'"{key}": 0'
        parts = body.split(mark)
        if len(parts) != len(at) + 1:  # another row holds a real 0 under the same key: json.dumps for all
            raise _NotPlain
        out = [parts[0]]
        for value, part in zip(at.values(), parts[1:], strict=True):
            out += [mark[:-1], _list(value, depth + 2), part]
        body = "".join(out)
    return "[\n" + inner + "{\n" + deeper + body + "\n" + inner + "}\n" + " " * depth + "]"


def _dict(obj: dict, depth: int) -> str:
    if not obj:
        return "{}"
    inner = " " * (depth + 1)
    if set(map(type, obj.values())) <= _SCALARS:
        return "{\n" + inner + _flat(depth + 1)(obj)[1:-1] + "\n" + " " * depth + "}"
    if any(type(key) is not str for key in obj):
        raise _NotPlain
    items = [encode_basestring(key) + ": " + _value(obj[key], depth + 1) for key in sorted(obj)]
    return "{\n" + inner + (",\n" + inner).join(items) + "\n" + " " * depth + "}"


def _list(obj: list, depth: int) -> str:
    if not obj:
        return "[]"
    inner = " " * (depth + 1)
    if set(map(type, obj)) <= _SCALARS:
        return "[\n" + inner + _flat(depth + 1)(obj)[1:-1] + "\n" + " " * depth + "]"
    records = _records(obj, depth)
    if records is not None:
        return records
    return "[\n" + inner + (",\n" + inner).join([_value(v, depth + 1) for v in obj]) + "\n" + " " * depth + "]"


def _value(value: Any, depth: int) -> str:
    kind = type(value)
    if kind is dict:
        return _dict(value, depth)
    if kind is list:
        return _list(value, depth)
    if kind in _SCALARS:
        return _flat(0)(value)
    raise _NotPlain


def indented_json(obj: Any) -> str:
    """`json.dumps(obj, sort_keys=True, ensure_ascii=False, indent=1)`, about a third cheaper on documents."""
    try:
        return _value(obj, 0)
    except _NotPlain:
        return json.dumps(obj, sort_keys=True, ensure_ascii=False, indent=1)


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
    `<results>/<step>/shards/<shard>.<name>` and `<results>/export/<shard>.index.json` with a shard
    number outside `shards`. No job makes them any more and the gathered tables leave them out, but a
    reader of the shard folders (or of the export indexes) would still find the removed articles there."""
    found = []
    folders = [(folder, "*") for folder in sorted(Path(results).glob("*/shards"))]
    for folder, pattern in [*folders, (Path(results) / "export", "*.index.json")]:
        for path in sorted(folder.glob(pattern)):
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
