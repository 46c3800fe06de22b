"""What changed since the previous run in the same results folder (`changes.json`).

After each run the keys of every public table (and each file's sha256) are kept in
`changes/state.json` beside the results; the next run compares its tables with that state: files
added, removed or changed (same path, other content), and per table the rows that appeared or
disappeared (by the table's key, from the catalogue), and what of the provenance in `manifest.json`
changed (code version and digest, configuration and registry hashes, spaCy model, each rule set,
lexicon and the classifier: `provenance`, each with its value before and after), and which keys of the
configuration and of its files (registry, offices, lexicons) changed, with their values before and after
(`config`, from the configuration the state keeps: `configchanges`), so a run after an edited registry or
configuration says why its rows moved. A row whose key stays while its values
change (a mention linked to another actor) is not listed as a row: `provenance` names the cause. A
first run (no state) says so. Lists are cut at LIMIT entries, with the full counts given.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .catalogue import public, table
from .configchanges import diff_config, prune
from .synced import write_bytes
from .tables import atomic_write_bytes, json_bytes, read_parquet

if TYPE_CHECKING:
    from .synced import SyncedWrites

LIMIT = 500
STATE = "changes/state.json"
PROVENANCE = ("code_version", "code_digest", "config_hash", "registry_hash", "spacy_model", "spacy_model_version")


def provenance(manifest: dict[str, Any]) -> dict[str, str]:
    """The manifest's provenance as flat names (`components.<name>` for each rule set, lexicon and
    model)."""
    out = {k: str(manifest[k]) for k in PROVENANCE if k in manifest}
    out.update({f"components.{k}": str(v) for k, v in (manifest.get("components") or {}).items()})
    return dict(sorted(out.items()))


def row_keys(t: Any, key: tuple[str, ...]) -> list[str]:
    """Each row's key as one string (`str` of each key value, tab-joined), sorted. A key of one string column
    is its values as they are (a null as `str(None)`), without a join per row: 214,000 keys a BBC run, most of
    them single ids, whose per-row join was about 0.2 CPU s of every publish (speed32); the same strings
    (tested). Not joined by Arrow's compute functions: their first call imports pandas (0.3 s), which the warm
    worker that serves publish does not hold."""
    import pyarrow as pa

    cols = [t.column(k) for k in key]
    if len(cols) == 1 and (pa.types.is_string(cols[0].type) or pa.types.is_large_string(cols[0].type)):
        values = cols[0].to_pylist()
        return sorted(["None" if v is None else v for v in values] if cols[0].null_count else values)
    values = [c.to_pylist() for c in cols]
    return sorted("\t".join(str(v) for v in row) for row in zip(*values, strict=True))


def columns_read() -> dict[str, list[str]]:
    """The columns `rows_state` reads of each public table: its key (and, of the articles, the files' paths and
    sha256 too)."""
    out = {spec.name: list(spec.key) for spec in public()}
    out["articles"] = list(dict.fromkeys([*out["articles"], "source_path", "sha256"]))
    return out


def rows_state(results: Path, tables: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Keys of every public table present, and each file's sha256 by source path: the state without the
    manifest's provenance (what depends on the tables alone). `tables`: tables the caller read whole from their
    files in `results` (name -> Arrow table), whose columns are taken instead of reading them again."""
    tables = tables or {}

    def columns(name: str, path: Path, names: list[str]) -> Any:
        return tables[name].select(names) if name in tables else read_parquet(path, columns=names)

    state: dict[str, Any] = {"tables": {}}
    for spec in public():
        path = Path(results) / spec.path
        if not path.is_file():
            continue
        state["tables"][spec.name] = row_keys(columns(spec.name, path, list(spec.key)), spec.key)
    articles = columns("articles", Path(results) / table("articles").path, ["source_path", "sha256"])
    state["files"] = dict(
        sorted(zip(articles.column("source_path").to_pylist(), articles.column("sha256").to_pylist(), strict=True))
    )
    return state


def manifest_provenance(results: Path) -> dict[str, str] | None:
    """The provenance of the results' manifest (`provenance`); None when there is no manifest."""
    manifest = Path(results) / "manifest.json"
    return provenance(json.loads(manifest.read_text(encoding="utf-8"))) if manifest.is_file() else None


def current_state(results: Path) -> dict[str, Any]:
    """Keys of every public table present, each file's sha256 by source path, and the manifest's provenance."""
    state = rows_state(results)
    found = manifest_provenance(results)
    if found is not None:
        state["provenance"] = found
    return state


def _cut(values: list[str]) -> dict[str, Any]:
    return {"n": len(values), "items": values[:LIMIT], "truncated": len(values) > LIMIT}


def diff_rows(previous: dict[str, Any] | None, current: dict[str, Any]) -> dict[str, Any]:
    """`diff` without the provenance: what the tables alone decide."""
    if previous is None:
        return {
            "first_run": True,
            "files": {"added": _cut(sorted(current["files"])), "removed": _cut([]), "changed": _cut([])},
            "tables": {name: {"n_rows": len(keys)} for name, keys in sorted(current["tables"].items())},
        }
    old_files, new_files = previous.get("files", {}), current["files"]
    files = {
        "added": _cut(sorted(set(new_files) - set(old_files))),
        "removed": _cut(sorted(set(old_files) - set(new_files))),
        "changed": _cut(sorted(p for p in set(old_files) & set(new_files) if old_files[p] != new_files[p])),
    }
    tables = {}
    for name in sorted(set(previous.get("tables", {})) | set(current["tables"])):
        old, new = set(previous.get("tables", {}).get(name, [])), set(current["tables"].get(name, []))
        tables[name] = {
            "n_rows": len(new),
            "n_rows_before": len(old),
            "appeared": _cut(sorted(new - old)),
            "disappeared": _cut(sorted(old - new)),
        }
    return {"first_run": False, "files": files, "tables": tables}


def diff_provenance(old: dict[str, str], new: dict[str, str]) -> dict[str, dict[str, str | None]]:
    """Each provenance value that changed, with its value before and after."""
    return {
        name: {"before": old.get(name), "after": new.get(name)}
        for name in sorted(set(old) | set(new))
        if old.get(name) != new.get(name)
    }


def diff(previous: dict[str, Any] | None, current: dict[str, Any], results: Path) -> dict[str, Any]:
    """What changed from the kept state `previous` to `current`, the configuration files' earlier copies read from
    `results` (`configchanges`)."""
    changes = diff_rows(previous, current)
    if previous is not None:
        changes["provenance"] = diff_provenance(previous.get("provenance", {}), current.get("provenance", {}))
        changes["config"] = diff_config(previous.get("settings"), current.get("settings"), results)
    return changes


def compare(
    results: Path, out: Path, later: SyncedWrites | None = None, config: dict[str, Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Write changes.json for `results` (`later`: put in place by `later.settle`); return it and the current
    state, not yet kept (keep it with `keep_state` once everything published with it is made, so a failed publish
    compares again). `config`: the run's configuration (`configchanges.snapshot`), kept in the state and compared
    with the one kept before; None: none kept, and none compared."""
    state_path = Path(results) / STATE
    previous = json.loads(state_path.read_text(encoding="utf-8")) if state_path.is_file() else None
    current = current_state(results)
    if config is not None:
        current["settings"] = config
    changes = diff(previous, current, results)
    write_bytes(Path(out), json_bytes(changes), later)
    return changes, current


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def state_parts(rows: dict[str, Any]) -> tuple[bytes, bytes]:
    """The kept state's bytes (`state_bytes`) before and after where its provenance goes: the state is
    dumped with sorted keys, and "provenance" sorts between "files" and "tables"."""
    return ('{"files":' + _dump(rows["files"]) + ",").encode("utf-8"), (
        '"tables":' + _dump(rows["tables"]) + "}\n"
    ).encode("utf-8")


def joined_state(head: bytes, tail: bytes, found: dict[str, str] | None, config: dict[str, Any] | None = None) -> bytes:
    """The state's bytes from its parts (`state_parts`), the manifest's provenance (None: no manifest) and the
    run's configuration (None: none kept); "settings" sorts between "provenance" and "tables"."""
    provenance = b"" if found is None else ('"provenance":' + _dump(found) + ",").encode("utf-8")
    settings = b"" if config is None else ('"settings":' + _dump(config) + ",").encode("utf-8")
    return head + provenance + settings + tail


def state_bytes(current: dict[str, Any]) -> bytes:
    """What `keep_state` writes for `current`."""
    return _dump(current).encode("utf-8") + b"\n"


def keep_state(results: Path, current: dict[str, Any]) -> None:
    """Keep `current` as the state the next run is compared with (and only the configuration files' copies it
    names)."""
    keep_state_bytes(results, state_bytes(current))
    if current.get("settings") is not None:
        prune(results, current["settings"])


def keep_state_bytes(results: Path, data: bytes, later: SyncedWrites | None = None) -> None:
    """Keep the state's bytes (`state_bytes`, `joined_state`) for the next run to compare with (`later`: put in
    place by `later.settle`, after the files written before it)."""
    write_bytes(Path(results) / STATE, data, later)


def run(results: Path, out: Path, config: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write changes.json for `results` and keep the current state for the next run (`config`: as `compare`
    takes it)."""
    changes, current = compare(results, out, config=config)
    keep_state(results, current)
    return changes


# --- staged: what the tables decide, made beside the report's pages; completed by publish ---------------

HEADER, HEAD, TAIL = "changes.json", "state.head", "state.tail"  # the files of a staged folder


def _digest(path: Path) -> str | None:
    """The sha256 of a file's bytes; None when there is none."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _inputs(results: Path) -> list[list]:
    """Each public table file as `[path, size, mtime_ns]` (None for a missing one): what a staged folder was
    made from, checked again when it is used."""
    out = []
    for spec in public():
        try:
            info = os.stat(Path(results) / spec.path)
        except FileNotFoundError:
            out.append([spec.path, None, None])
            continue
        out.append([spec.path, info.st_size, info.st_mtime_ns])
    return out


def stage(results: Path, folder: Path, tables: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Into `folder`: the changes the tables decide (`diff_rows`), against the kept state as it is now (its
    digest noted), with the provenance the kept state had, and the next state's bytes but its provenance
    (`state_parts`). `staged_changes` completes them with the manifest once the run is validated: the row keys
    and their comparison (about half of the publish job's CPU) made beside the report's pages, off the run's
    last job. `tables`: as `rows_state` takes them (the corpus validation's, which stages them since speed46).
    Returns the changes staged."""
    results, folder = Path(results), Path(folder)
    inputs = _inputs(results)
    kept = results / STATE
    try:
        data = kept.read_bytes()
    except FileNotFoundError:
        data = None
    previous = json.loads(data) if data is not None else None
    rows = rows_state(results, tables)
    changes = diff_rows(previous, rows)
    header = {
        "base": hashlib.sha256(data).hexdigest() if data is not None else None,
        "inputs": inputs,
        "before": previous.get("provenance", {}) if previous is not None else None,
        "config_before": previous.get("settings") if previous is not None else None,
        "changes": changes,
    }
    head, tail = state_parts(rows)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(folder / HEAD, head, durable=False)
    atomic_write_bytes(folder / TAIL, tail, durable=False)
    # last: a folder without it is not used (its keys in the order `diff_rows` made them, as the log names them)
    atomic_write_bytes(folder / HEADER, json.dumps(header).encode("utf-8"), durable=False)
    return changes


def staged_changes(
    results: Path, folder: Path, config: dict[str, Any] | None = None
) -> tuple[dict[str, Any], bytes] | None:
    """The changes of `results` and the state's bytes to keep, from a staged folder (`stage`), the manifest and the
    run's configuration (`config`, as `compare` takes it): the same as `compare` and `state_bytes` give. None when
    the folder is missing or damaged, or was made against another kept state or other tables (compared again
    then)."""
    results, folder = Path(results), Path(folder)
    try:
        header = json.loads((folder / HEADER).read_bytes())
        if header["base"] != _digest(results / STATE) or header["inputs"] != _inputs(results):
            return None
        head, tail = (folder / HEAD).read_bytes(), (folder / TAIL).read_bytes()
        changes, before, config_before = dict(header["changes"]), header["before"], header["config_before"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    found = manifest_provenance(results)
    if before is not None:  # not a first run
        changes["provenance"] = diff_provenance(before, found or {})
        changes["config"] = diff_config(config_before, config, results)
    return changes, joined_state(head, tail, found, config)


def publish_changes(
    results: Path,
    out: Path,
    staged: Path | None,
    later: SyncedWrites | None = None,
    config: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], bytes]:
    """Write changes.json for `results`, from a staged folder when it is usable (`staged_changes`), else by
    `compare`; return the changes and the state's bytes, not yet kept (`keep_state_bytes`, once everything
    published with it is made: then `configchanges.prune`). `later`: changes.json put in place by `later.settle`.
    `config`: the run's configuration, as `compare` takes it."""
    found = staged_changes(results, staged, config) if staged is not None else None
    if found is None:
        changes, current = compare(results, out, later, config)
        return changes, state_bytes(current)
    write_bytes(Path(out), json_bytes(found[0]), later)
    return found
