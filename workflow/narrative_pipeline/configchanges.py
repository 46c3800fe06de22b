"""Which configuration keys changed between two runs in one results folder (`changes.json`'s `config`, review57 5).

The manifest gives the configuration and the registry as one hash each (`config_hash`, `registry_hash`) and each
lexicon as its file's sha256, so changes.json could say only that a hash moved. The changes state keeps, beside the
tables' keys, the run's configuration values and the sha256 of each configuration file the run hashes (the registry
and the files it includes, offices and states among them, and the three lexicons: `snapshot`), and a copy of each such
file's bytes under `changes/config/<sha256>` (written once per content: a run that changed no file writes none). The
next run names every key that changed (`diff_config`): the configuration's keys by their dotted names, and each
changed file's keys the same way, an entry of a list of records with ids (actors, offices) by its id
(`actors[un].aliases`), in sorted order; a key's old value is `before` and its new one `after`, either left out when
the key was not there; a list of plain values (aliases, a lexicon's words) by the values `added` and `removed`. A file
whose earlier copy is not kept (a state made before this) or that cannot be read as YAML gives its sha256 before and
after with `keys` null.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .jsonio import atomic_write_bytes
from .settings import recorded_settings

KEPT = "changes/config"
"""The copies of the configuration files a kept state names, by sha256, under the results folder."""
LIMIT = 500
REGISTRY = "actor_registry"
LEXICONS = ("actors_lexicon", "claims_lexicon", "plover_lexicon")


def config_files(settings: Mapping[str, Any], registry_files: list[Path]) -> dict[str, Path]:
    """The configuration files a run hashes, by name: the registry (`actor_registry`) and each file it includes
    (`actor_registry (included actors_offices.yaml)`, in `registry_files`' list after the registry itself) and the
    lexicons (by their settings' names)."""
    files = {REGISTRY: Path(settings[REGISTRY])}
    for path in registry_files[1:]:
        files[f"{REGISTRY} (included {Path(path).name})"] = Path(path)
    files.update({name: Path(settings[name]) for name in LEXICONS})
    return dict(sorted(files.items()))


def snapshot(settings: Mapping[str, Any], files: Mapping[str, Path], results: Path) -> dict[str, Any]:
    """What the changes state keeps of the run's configuration: its values and each file's sha256 (None for a file
    that is not there), each file's bytes kept under `KEPT` in `results` when no copy of them is there yet."""
    digests: dict[str, str | None] = {}
    for name, path in sorted(files.items()):
        try:
            data = Path(path).read_bytes()
        except OSError:
            digests[name] = None
            continue
        digest = hashlib.sha256(data).hexdigest()
        digests[name] = digest
        copy = Path(results) / KEPT / digest
        if not copy.is_file():
            atomic_write_bytes(copy, data, durable=False)  # checked by its digest when read (`_kept`)
    return {"values": dict(settings), "files": digests}


def prune(results: Path, *kept: Mapping[str, Any] | None) -> None:
    """Delete the copies under `KEPT` that none of the snapshots `kept` names (the state kept and, while a publish
    may still fail, the one before it)."""
    folder = Path(results) / KEPT
    if not folder.is_dir():
        return
    names = {digest for snap in kept if snap for digest in (snap.get("files") or {}).values() if digest}
    for path in folder.iterdir():
        if path.name not in names:
            path.unlink(missing_ok=True)


def _kept(results: Path, digest: str | None) -> Any:
    """The parsed copy of the file of sha256 `digest` (JSON-typed: dates as text); None when it is not kept whole or
    is not YAML."""
    import yaml

    from .lexicon import safe_load

    if digest is None:
        return None
    try:
        data = (Path(results) / KEPT / digest).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            return None
        return json.loads(json.dumps(safe_load(data.decode("utf-8")), default=str))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):  # the file's keys are not named then
        return None


def _plain(values: list) -> bool:
    return all(not isinstance(v, dict | list) for v in values)


def _ids(values: list) -> list[str] | None:
    """The ids of a list of records each with a distinct text `id`; None for any other list."""
    if not values or not all(isinstance(v, dict) and isinstance(v.get("id"), str) for v in values):
        return None
    ids = [v["id"] for v in values]
    return ids if len(set(ids)) == len(ids) else None


_MISSING = object()


def _entry(key: str, old: Any, new: Any) -> dict[str, Any]:
    """A changed key with its value before and after (either left out when it is `_MISSING`)."""
    out: dict[str, Any] = {"key": key}
    if old is not _MISSING:
        out["before"] = old
    if new is not _MISSING:
        out["after"] = new
    return out


def changed_keys(old: Any, new: Any, key: str = "") -> list[dict[str, Any]]:
    """Each key under which `old` and `new` differ, with its values before and after (see the module), sorted by
    key."""
    out = _changed(old, new, key)
    return sorted(out, key=lambda e: e["key"])


def _changed(old: Any, new: Any, key: str) -> list[dict[str, Any]]:
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for k in sorted(set(old) | set(new), key=str):
            sub = f"{key}.{k}" if key else str(k)
            if k not in old or k not in new:
                out.append(_entry(sub, old.get(k, _MISSING), new.get(k, _MISSING)))
            else:
                out.extend(_changed(old[k], new[k], sub))
        return out
    if isinstance(old, list) and isinstance(new, list):
        old_ids, new_ids = _ids(old), _ids(new)
        if old_ids is not None and new_ids is not None:
            before, after = dict(zip(old_ids, old, strict=True)), dict(zip(new_ids, new, strict=True))
            out = []
            for k in sorted(set(before) | set(after)):
                sub = f"{key}[{k}]"
                if k not in before or k not in after:
                    out.append(_entry(sub, before.get(k, _MISSING), after.get(k, _MISSING)))
                else:
                    out.extend(_changed(before[k], after[k], sub))
            if not out:  # the same records in another order
                out.append({"key": f"{key} (order of ids)", "before": old_ids, "after": new_ids})
            return out
        if _plain(old) and _plain(new):
            removed, added = Counter(map(_hashable, old)), Counter(map(_hashable, new))
            gone, came = removed - added, added - removed
            if gone or came:
                return [{"key": key, "added": _in_order(new, came), "removed": _in_order(old, gone)}]
    return [_entry(key, old, new)]  # other values, and a plain list whose order alone changed


def _hashable(value: Any) -> tuple[str, Any]:
    return (type(value).__name__, value)


def _in_order(values: list, wanted: Counter) -> list:
    """The values of `wanted` (a multiset) in the order of `values`."""
    left, out = Counter(wanted), []
    for v in values:
        if left[_hashable(v)] > 0:
            left[_hashable(v)] -= 1
            out.append(v)
    return out


def _cut(values: list) -> dict[str, Any]:
    return {"n": len(values), "items": values[:LIMIT], "truncated": len(values) > LIMIT}


def diff_config(before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, results: Path) -> dict | None:
    """The configuration keys and the configuration files' keys that changed between two snapshots (`snapshot`),
    the old files read from their copies in `results`; None when either run kept none (a state made before this,
    or changes compared without the configuration)."""
    if not before or not after:
        return None
    files = []
    old_files, new_files = before.get("files") or {}, after.get("files") or {}
    for name in sorted(set(old_files) | set(new_files)):
        old, new = old_files.get(name), new_files.get(name)
        if old == new:
            continue
        parsed = (_kept(results, old), _kept(results, new)) if old and new else (None, None)
        keys = None if parsed[0] is None or parsed[1] is None else _cut(changed_keys(*parsed))
        files.append({"file": name, "before": old, "after": new, "keys": keys})
    # a state kept before paths were recorded relative to the project root (fix62) holds them as given, absolute too:
    # compared as recorded now, and never written to changes.json absolute
    root = Path.cwd()
    old_values, new_values = (recorded_settings(s.get("values") or {}, root) for s in (before, after))
    return {
        "settings": _cut(changed_keys(old_values, new_values)),
        "files": files,
    }
