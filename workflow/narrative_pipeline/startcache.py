"""What the Snakefile works out at every start from files that seldom change, kept between runs: the step
fingerprints (every module's imports read and parsed, about 0.06 s) and the registry's files (both YAML files
parsed to find the includes, and the registry's models imported: about 0.05 s). Each is kept in a small JSON
file of the results' cache folder with the path, size, modification time and change time of every file it was
made from (for the fingerprints, every module of the package, and the package's version), and used only while
every one of them is the same; anything else (a file edited, touched, added, removed, copied over, another
checkout, an unreadable cache file) computes it again, as before, and keeps the new result. The config's JSON
Schema check is kept the same way, by the config's values and the schema file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from .hashing import PACKAGE_DIR, code_version, give_fingerprint, module_state, step_fingerprint

FINGERPRINTS_VARIABLE = "NARRATIVE_PIPELINE_FINGERPRINTS"
"""Every step fingerprint the Snakefile worked out (JSON, step -> fingerprint), set for its jobs beside
`hashing.CODE_STATE_VARIABLE`: the publish job's manifest records seven of them, which it no longer reads the
package's modules for (0.1-0.18 s of the run's last job; speed32). Trusted as a rule's `--code` is: while no
module changed since the run started."""


def give_fingerprints(text: str, state: str) -> None:
    """`hashing.give_fingerprint` of each step of `text` (the JSON of `FINGERPRINTS_VARIABLE`), at `state`; a
    value that is not such JSON gives nothing (each fingerprint is then computed)."""
    try:
        given = json.loads(text)
    except ValueError:
        return
    if isinstance(given, dict):
        for step, fingerprint in given.items():
            if isinstance(step, str) and isinstance(fingerprint, str):
                give_fingerprint(step, fingerprint, state)


def _stat(path: Path) -> list:
    st = os.stat(path)
    return [str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def package_state(root: Path = PACKAGE_DIR, modules: str | None = None) -> str:
    """A digest of the version and the path, size, modification and change time of every module of the package
    (`modules`: `hashing.module_state(root)`, computed here unless the caller has it)."""
    return hashlib.sha256(json.dumps([code_version(), modules or module_state(root)]).encode()).hexdigest()


def _read(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write(path: Path, data: dict) -> None:
    """Written whole or not at all (a temporary file renamed); a cache folder that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def step_fingerprints(steps: Iterable[str], cache_file: Path | None, modules: str | None = None) -> dict[str, str]:
    """`step_fingerprint` of each step (the same strings), from `cache_file` while no module of the package
    changed; each is also given to this process (`give_fingerprint`), so that a later `step_fingerprint` of
    one of them (the report's code fingerprint) does not read the modules either."""
    steps = list(steps)
    state = package_state(modules=modules)
    kept = _read(cache_file) if cache_file is not None else None
    known = kept.get("fingerprints") if kept and kept.get("state") == state else None
    if not isinstance(known, dict) or not all(isinstance(known.get(s), str) for s in steps):
        known = {s: step_fingerprint(s) for s in steps}
        if cache_file is not None:
            _write(cache_file, {"state": state, "fingerprints": known})
    for step in steps:
        give_fingerprint(step, known[step])
    return {s: known[s] for s in steps}


START_FOLDER = (".cache", "start")
"""The start cache's folder inside the results folder (the Snakefile's `START_CACHE`)."""
REGISTRY_FILES = "registry.json"
"""The file of the start cache that keeps the registry's list of files (`registry_files`)."""


def kept_registry_files(path: Path, results: Path) -> list[Path]:
    """`registry.registry_files(path)` as the run's start cache in `results` keeps it (`registry_files`, each listed
    file checked by a stat): the publish job's manifest and RO-Crate name and hash the registry's files without
    parsing its YAML twice more to find the includes (speed39)."""
    return registry_files(path, Path(results, *START_FOLDER, REGISTRY_FILES))


def registry_files(path: Path, cache_file: Path | None) -> list[Path]:
    """`registry.registry_files(path)` (the same list), from `cache_file` while none of the files it lists
    changed (each file's includes are read from the file itself)."""
    kept = _read(cache_file) if cache_file is not None else None
    files = kept.get("files") if kept else None
    if isinstance(files, list) and files and kept.get("registry") == str(path):
        try:
            if all(isinstance(f, list) and len(f) == 4 and _stat(Path(f[0])) == f for f in files):
                return [Path(f[0]) for f in files]
        except (OSError, TypeError):
            pass
    from .registry import registry_files as read

    found = read(path)
    if cache_file is not None:
        with contextlib.suppress(OSError):  # a file gone since it was read: nothing kept
            _write(cache_file, {"registry": str(path), "files": [_stat(p) for p in found]})
    return found


def validated_config(config: dict, schema: Path, cache_file: Path | None, validate: Callable[[], object]) -> bool:
    """Check `config` against the JSON Schema `schema` (`validate()`: Snakemake's `validate`, which raises on an
    invalid config and fills in the defaults), unless this same config was found valid against this same schema
    file before: then the defaults it was given are filled in from `cache_file` (the same dict as a check would
    leave; the check, importing jsonschema, costs about 0.05 s of every start). True when checked now."""
    try:
        key = hashlib.sha256(json.dumps([config, _stat(schema)], sort_keys=True).encode()).hexdigest()
    except (OSError, TypeError, ValueError):  # a value JSON cannot hold, or no schema file: checked
        validate()
        return True
    kept = _read(cache_file) if cache_file is not None else None
    if kept and kept.get("key") == key and isinstance(kept.get("config"), dict):
        config.update(kept["config"])
        return False
    validate()
    if cache_file is not None:
        with contextlib.suppress(TypeError, ValueError):
            _write(cache_file, {"key": key, "config": config})
    return True


def inputs_changed(cache_file: Path, digest: str) -> bool:
    """Whether the plan's digest (`digest`: every input entry's path, kind and sha256) differs from the one
    `keep_inputs` kept at the last successful run (or none was kept): the run then has jobs to run, and its
    warm worker started ahead is kept (`warm.start_ahead`)."""
    kept = _read(cache_file)
    return not (isinstance(kept, dict) and kept.get("plan") == digest)


def keep_inputs(cache_file: Path, digest: str) -> None:
    """Keep the plan's digest of a successful run (`inputs_changed`)."""
    _write(cache_file, {"plan": digest})
