"""Article documents a finished export no longer has in place: gone, or changed since it wrote them.

The export jobs do not declare their article documents (declared, the 2,083 of a BBC run were stat'ed,
looked up in Snakemake's metadata and checked at every start), and Snakemake never re-runs a job because
one of its outputs was changed by hand anyway. So the Snakefile asks this module, once per start, which
documents of a shard whose export finished are missing or newer than the shard's export index (which the
export job writes after its documents), and forces that shard's export job, as `--forcerun INDEX` would,
in the process that plans the run (not in a cluster job's own). One listing of the folder and a stat of
each document: a few milliseconds for the BBC corpus; a document newer than its index is read and compared with the
sha256 the index gives it (a touched one is in place), and one found so is recorded (`<results>/.cache/docstate/
in-place.json`: its stat and that sha256) so that the next start reads it again only when its file or its index
entry changed (review28; speed34).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from .catalogue import document_path


class DocumentState(NamedTuple):
    """Documents to be made again (`<results>/articles/<id>.json`) and the shards that make them; `unreadable`: the
    shards (among `shards`) whose export index is there but cannot be read (its documents cannot be checked, and
    Snakemake, which sees the index in place, would not run the export again)."""

    missing: list[str]
    edited: list[str]
    shards: list[int]
    unreadable: tuple[int, ...] = ()


def listing(folder: Path) -> dict[str, int]:
    """File name -> modification time (ns) of every entry of `folder`; empty when it is not there."""
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return {}
    found = {}
    for entry in entries:
        try:
            found[entry.name] = entry.stat().st_mtime_ns
        except FileNotFoundError:  # removed while listed
            continue
    return found


def exported(indexes: Mapping[int, Path]) -> dict[int, tuple[int, frozenset[str]]]:
    """Shard -> (modification time in ns, article ids) of its export index, for the shards whose index is there
    and readable."""
    found = {}
    for shard, path in indexes.items():
        try:
            time = os.stat(path).st_mtime_ns
            ids = json.loads(Path(path).read_bytes())["articles"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(ids, dict):
            found[shard] = (time, frozenset(ids))
    return found


def stale_documents(
    results: str,
    expected: Mapping[int, Iterable[str]],
    documents: Mapping[str, int],
    indexed: Mapping[int, tuple[int, frozenset[str]]],
    unchanged: Callable[[int, str, str], bool] = lambda shard, article_id, path: False,
) -> DocumentState:
    """The documents of each shard whose export finished (`indexed`: its index's time and article ids) that are
    not in `documents` (file name -> time) or are newer than the index: of the articles both the plan (`expected`)
    and the index have (an article added since has no document yet, and its shard runs anyway). A shard without
    an index is left out: its export job runs anyway. A document newer than its index that `unchanged(shard,
    article_id, path)` finds with the bytes the index gives is in place (touched, or copied with a time ahead: its
    export writes nothing when the bytes are the same, so one timed in the future was forced again at every start;
    review27)."""
    missing, edited, shards = [], [], []
    for shard, ids in sorted(expected.items()):
        if shard not in indexed:
            continue
        time, listed = indexed[shard]
        before = len(missing) + len(edited)
        for article_id in sorted(set(ids) & listed):
            rel = document_path(article_id)
            found = documents.get(rel.rsplit("/", 1)[1])
            if found is None:
                missing.append(f"{results}/{rel}")
            elif found > time and not unchanged(shard, article_id, f"{results}/{rel}"):
                edited.append(f"{results}/{rel}")
        if len(missing) + len(edited) > before:
            shards.append(shard)
    return DocumentState(missing, edited, shards)


def document_state(results: str, expected: Mapping[int, Iterable[str]], indexes: Mapping[int, Path]) -> DocumentState:
    """`stale_documents` of the results folder as it is now, with the shards of the plan whose export index is there
    but unreadable (review27: left out, a garbled index kept its shard from ever being exported again, and the
    shard's validation failed on it at every run)."""
    indexed = exported(indexes)
    unreadable = tuple(s for s in sorted(expected) if s in indexes and s not in indexed and os.path.exists(indexes[s]))
    if not indexed and not unreadable:
        return DocumentState([], [], [])
    folder = Path(results, document_path("x")).parent
    shas = _IndexedShas(indexes, Path(results, IN_PLACE_RECORD))
    state = (
        stale_documents(results, expected, listing(folder), indexed, shas.same_bytes)
        if indexed
        else DocumentState([], [], [])
    )
    shas.keep()
    if not unreadable:
        return state
    return DocumentState(state.missing, state.edited, sorted({*state.shards, *unreadable}), unreadable)


# Documents found in place although newer than their index (relative to the results folder; speed34).
IN_PLACE_RECORD = ".cache/docstate/in-place.json"
# A document changed less than this long ago (its change time) is not recorded in place: a file system whose change
# time is coarse (a kernel before 6.13, a network file system) may give an edit in the same tick the same file key
# (git's "racily clean" entries; review30). The change time is the kernel's clock at the change, never set by a call.
RACY_NS = 2 * 10**9


def _now_ns() -> int:
    return time.time_ns()


def file_key(stat: os.stat_result) -> list[int]:
    """What identifies one version of a file: modification and change times (ns), size, inode. Any write, `touch`,
    `os.utime` or replacement changes the change time (which no call sets back), so a file whose key is unchanged
    has the bytes it had when the key was taken."""
    return [stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino]


def read_in_place(path: Path) -> dict[str, list[Any]]:
    """Document file name -> [*file_key, sha256] of the documents an earlier start found in place; empty when the
    record is missing or unreadable (then every document newer than its index is read again)."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    found = data.get("documents") if isinstance(data, dict) and data.get("version") == 1 else None
    if not isinstance(found, dict):
        return {}
    return {name: row for name, row in found.items() if isinstance(row, list) and len(row) == 5}


def write_in_place(path: Path, documents: Mapping[str, list[Any]]) -> None:
    """Write the record whole (`atomic_write_bytes`: a start that reads it meanwhile sees the old one or the new
    one); a record that cannot be written is left out (the next start reads the documents again)."""
    from .jsonio import atomic_write_bytes  # (the Snakefile has it imported already)

    data = json.dumps({"version": 1, "documents": dict(sorted(documents.items()))}, separators=(",", ":"))
    with contextlib.suppress(OSError):
        atomic_write_bytes(path, data.encode("utf-8"), durable=False)


class _IndexedShas:
    """The sha256 each export index gives its documents, read when first asked (only for a document newer than its
    index: seldom), and the record of the documents found in place before: a document whose file key and index
    sha256 are those recorded is in place without being read (review28: every document of a results folder copied
    with its documents written after its indexes was read and hashed at every start, 0.34 CPU s on BBC)."""

    def __init__(self, indexes: Mapping[int, Path], record: Path | None = None) -> None:
        self.indexes = indexes
        self.read: dict[int, dict[str, str]] = {}
        self.record = record
        self.before: dict[str, list[Any]] | None = None
        self.now: dict[str, list[Any]] = {}

    def same_bytes(self, shard: int, article_id: str, path: str) -> bool:
        """Whether the document at `path` has the bytes its shard's index gives (False when either is unreadable)."""
        if shard not in self.read:
            try:
                self.read[shard] = json.loads(Path(self.indexes[shard]).read_bytes())["articles"]
            except (OSError, ValueError, KeyError, TypeError):
                self.read[shard] = {}
        sha = self.read[shard].get(article_id) if isinstance(self.read[shard], dict) else None
        if not isinstance(sha, str):
            return False
        try:
            key = file_key(os.stat(path))
        except OSError:
            return False
        name = os.path.basename(path)
        if self.record is not None:
            if self.before is None:
                self.before = read_in_place(self.record)
            if self.before.get(name) == [*key, sha]:
                self.now[name] = [*key, sha]
                return True
        try:
            with open(path, "rb") as handle:
                same = hashlib.sha256(handle.read()).hexdigest() == sha
                after = file_key(os.fstat(handle.fileno()))
        except OSError:
            return False
        if same and after == key and _now_ns() - key[1] >= RACY_NS:  # not changed while read, nor just before
            self.now[name] = [*key, sha]
        return same

    def keep(self) -> None:
        """Record the documents found in place at this start (only those: a document no longer newer than its
        index, or gone, drops out), when that differs from the record read (nothing written otherwise)."""
        if self.record is None or (self.before is None and not self.now):
            return
        if self.before is None:
            self.before = read_in_place(self.record)
        if self.now != self.before:
            write_in_place(self.record, self.now)


def as_snakemake_reads(path: str) -> str:
    """A folder as Snakemake reads a path given to it (`--forcerun FILE`, a target): a relative one relative to the
    working folder ("./results", "results/" -> "results"), an absolute one normalised. The rules' paths must be
    spelt so, or Snakemake finds no job for a path forced by `force_rerun` and the run fails (MissingRuleException:
    "No rule to produce results/export/0.index.json" for "./results/export/0.index.json"; review27). The working
    folder itself (".", "./") is spelt absolute: "./export/0.index.json" is read "export/0.index.json" (review28)."""
    if os.path.isabs(path):
        return os.path.normpath(path)
    relative = os.path.relpath(path)
    return os.path.abspath(relative) if relative == os.curdir else relative


def force_rerun(workflow: Any, paths: list[str]) -> bool:
    """Run again the jobs that make `paths` (and what depends on what they change), as `--forcerun FILE ...`
    would: Snakemake reads its DAG settings, given to the workflow only after the Snakefile was read, when it
    executes the workflow, so the paths are added to them then. False (nothing forced) when there is nothing
    to force or the workflow has no `execute` to wrap; a Snakemake whose settings have no `forcerun` runs as
    it would."""
    execute = getattr(workflow, "execute", None)
    if not paths or execute is None:
        return False
    forced = frozenset(paths)

    def execute_forced(*args: Any, **kwargs: Any) -> Any:
        settings = getattr(workflow, "dag_settings", None)
        if settings is not None and hasattr(settings, "forcerun"):
            settings.forcerun = frozenset(settings.forcerun) | forced
        return execute(*args, **kwargs)

    workflow.execute = execute_forced
    return True


def stale_message(state: DocumentState, indexes: list[str], forced: bool) -> str:
    """What the start reports of `state`: the shards exported again, or, where this Snakemake could not be made to
    (`force_rerun` False), the `--forcerun` that would (review27: the start said "exported again" either way)."""
    unreadable = f", {len(state.unreadable)} export indexes unreadable" if state.unreadable else ""
    done = "are exported again" if forced else "are NOT exported again (this Snakemake could not be made to): give "
    return (
        f"{len(state.missing)} article documents deleted and {len(state.edited)} changed since their export"
        f"{unreadable}: shards {state.shards} {done}" + ("" if forced else "--forcerun " + " ".join(indexes))
    )
