"""What changed since the previous run in the same results folder (`changes.json`).

After each run the keys of every public table (and each file's sha256) are kept in
`changes/state.json` beside the results; the next run compares its tables with that state: files
added, removed or changed (same path, other content), and per table the rows that appeared or
disappeared (by the table's key, from the catalogue), and what of the provenance in `manifest.json`
changed (code version and digest, configuration and registry hashes, spaCy model, each rule set,
lexicon and the classifier: `provenance`, each with its value before and after), so a run after an
edited registry or configuration says why its rows moved. A row whose key stays while its values
change (a mention linked to another actor) is not listed as a row: `provenance` names the cause. A
first run (no state) says so. Lists are cut at LIMIT entries, with the full counts given.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .catalogue import public, table
from .tables import atomic_write_bytes, json_bytes, read_parquet

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


def current_state(results: Path) -> dict[str, Any]:
    """Keys of every public table present, and each file's sha256 by source path."""
    state: dict[str, Any] = {"tables": {}}
    for spec in public():
        path = Path(results) / spec.path
        if not path.is_file():
            continue
        state["tables"][spec.name] = row_keys(read_parquet(path, columns=list(spec.key)), spec.key)
    articles = read_parquet(Path(results) / table("articles").path, columns=["source_path", "sha256"])
    state["files"] = dict(
        sorted(zip(articles.column("source_path").to_pylist(), articles.column("sha256").to_pylist(), strict=True))
    )
    manifest = Path(results) / "manifest.json"
    if manifest.is_file():
        state["provenance"] = provenance(json.loads(manifest.read_text(encoding="utf-8")))
    return state


def _cut(values: list[str]) -> dict[str, Any]:
    return {"n": len(values), "items": values[:LIMIT], "truncated": len(values) > LIMIT}


def diff(previous: dict[str, Any] | None, current: dict[str, Any]) -> dict[str, Any]:
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
    old_prov, new_prov = previous.get("provenance", {}), current.get("provenance", {})
    changed = {
        name: {"before": old_prov.get(name), "after": new_prov.get(name)}
        for name in sorted(set(old_prov) | set(new_prov))
        if old_prov.get(name) != new_prov.get(name)
    }
    return {"first_run": False, "files": files, "provenance": changed, "tables": tables}


def compare(results: Path, out: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Write changes.json for `results`; return it and the current state, not yet kept (keep it with
    `keep_state` once everything published with it is made, so a failed publish compares again)."""
    state_path = Path(results) / STATE
    previous = json.loads(state_path.read_text(encoding="utf-8")) if state_path.is_file() else None
    current = current_state(results)
    changes = diff(previous, current)
    atomic_write_bytes(Path(out), json_bytes(changes))
    return changes, current


def keep_state(results: Path, current: dict[str, Any]) -> None:
    """Keep `current` as the state the next run is compared with."""
    state = json.dumps(current, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"
    atomic_write_bytes(Path(results) / STATE, state)


def run(results: Path, out: Path) -> dict[str, Any]:
    """Write changes.json for `results` and keep the current state for the next run."""
    changes, current = compare(results, out)
    keep_state(results, current)
    return changes
