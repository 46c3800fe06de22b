"""Hashes and fingerprints: content ids, shard membership, config and code fingerprints."""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE = PACKAGE_DIR.name
ARTICLE_ID_HEX = 16


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def article_id_from_sha(sha256_hex: str) -> str:
    """Content-derived article id: identical bytes give the same id."""
    return sha256_hex[:ARTICLE_ID_HEX]


def is_article_id(text: str) -> bool:
    return len(text) == ARTICLE_ID_HEX and all(c in "0123456789abcdef" for c in text)


MAX_SHARDS = 4096  # the most shards a corpus is split into (settings' bound, shard_count's cap)


def shard_of(article_id: str, n_shards: int) -> int:
    """Shard of an article, from its id alone: stable as other articles come and go."""
    return int(article_id[:8], 16) % n_shards


def canonical_json_hash(obj: Any) -> str:
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return sha256_bytes(text.encode("utf-8"))


@lru_cache(maxsize=1)
def code_version() -> str:
    """The installed package version (works without git, e.g. from an archive)."""
    try:
        return metadata.version("narrative-pipeline")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        from . import __version__

        return __version__


def git_checkout(root: Path = PACKAGE_DIR) -> tuple[str, bool] | None:
    """(commit, dirty) of the git checkout that tracks the package at `root`, or None when there is none (no git, not
    a checkout, a checkout that does not track the package, e.g. a virtual environment inside some repository). Dirty:
    a tracked file differs from the commit (untracked files, such as results, do not count). Read for the manifest
    only, never for a hash or fingerprint (fix81, review71 10)."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if k not in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE")}

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", "-C", str(root), *args], capture_output=True, text=True, env=env, timeout=30, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout if done.returncode == 0 else None

    if git("ls-files", "--error-unmatch", "--", "__init__.py") is None:
        return None
    commit = git("rev-parse", "--verify", "HEAD")
    status = git("status", "--porcelain", "--untracked-files=no")
    if not commit or status is None:
        return None
    return commit.strip(), bool(status.strip())


def module_path(name: str, root: Path = PACKAGE_DIR) -> Path | None:
    """File of a package module given its dotted name inside the package ('claims.type'); a
    sub-package is its `__init__.py`. None when there is no such module."""
    base = root.joinpath(*name.split("."))
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    if base.with_name(base.name + ".py").is_file():
        return base.with_name(base.name + ".py")
    return None


def _is_package(name: str, root: Path) -> bool:
    return (root.joinpath(*name.split(".")) / "__init__.py").is_file()


def _submodules(name: str, root: Path) -> set[str]:
    """Every module of a sub-package, at any depth, as dotted names."""
    folder = root.joinpath(*name.split("."))
    out = set()
    for path in folder.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        out.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return out


_IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import\b|import[ \t]+\w)")


def import_statements(source: str) -> list[str]:
    """The import statements of a module's source, each on one line and dedented (also those inside
    functions). Parsing these few lines instead of the whole module keeps fingerprints cheap at every
    Snakemake start; a line of a docstring that looks like an import can only add a dependency."""
    lines = source.splitlines()
    out = []
    k = 0
    while k < len(lines):
        if _IMPORT_LINE.match(lines[k]):
            statement = lines[k].strip()
            while (statement.count("(") > statement.count(")") or statement.endswith("\\")) and k + 1 < len(lines):
                k += 1
                statement = statement.rstrip("\\") + " " + lines[k].strip()
            out.append(statement)
        k += 1
    return out


def _import_nodes(source: str) -> list[ast.AST]:
    nodes: list[ast.AST] = []
    for statement in import_statements(source):
        try:
            nodes.extend(ast.parse(statement).body)
        except SyntaxError:
            continue
    return nodes


@cache
def _imports_of(name: str, root: Path = PACKAGE_DIR) -> frozenset[str]:
    """Modules of the package that module `name` imports (relative or absolute), as dotted names."""
    nodes = _import_nodes(module_path(name, root).read_text(encoding="utf-8"))
    package = name if _is_package(name, root) else name.rpartition(".")[0]
    here = package.split(".") if package else []
    targets: list[list[str]] = []
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            if node.level >= 1:
                if node.level - 1 > len(here):
                    continue
                base = here[: len(here) - (node.level - 1)]
            elif node.module and node.module.split(".")[0] == root.name:
                base = []
            else:
                continue
            target = base + ([p for p in node.module.split(".") if p] if node.module else [])
            if node.level == 0:
                target = target[1:]  # drop the package name itself
            targets.append(target)
            targets += [target + [alias.name] for alias in node.names]  # "from . import x": x may be a module
        elif isinstance(node, ast.Import):
            targets += [alias.name.split(".")[1:] for alias in node.names if alias.name.split(".")[0] == root.name]
    return frozenset(".".join(t) for t in targets if t and module_path(".".join(t), root) is not None)


@cache
def module_closure(module: str, root: Path = PACKAGE_DIR) -> tuple[str, ...]:
    """`module` and every package module it imports, transitively, sorted by dotted name.

    Importing a module runs the `__init__` of each package above it, so those count; and a step
    that imports a sub-package counts every module of it (a module the sub-package loads
    lazily or by name changes what the step does just the same).
    """
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        parts = name.split(".")
        todo.extend(".".join(parts[:k]) for k in range(1, len(parts)))
        if _is_package(name, root):
            todo.extend(_submodules(name, root))
        todo.extend(_imports_of(name, root))
    return tuple(sorted(seen))


@cache
def _module_digest(name: str, root: Path = PACKAGE_DIR) -> str:
    return sha256_bytes(name.encode() + b"\0" + module_path(name, root).read_bytes())


# Fingerprints a step's process was given (`give_fingerprint`): the rule passes the one the Snakefile computed
# at the start of the run (its `code` param, `--code`), so the job need not read and parse the step's modules
# and look up the package's version again (about 15 ms of each job's start).
_GIVEN: dict[str, str] = {}
# The `module_state` each given fingerprint was computed at, checked at its first use: a module edited since the
# run started (and perhaps reverted later) must not key the job's cache entries by the old code's fingerprint.
_GIVEN_AT: dict[str, str] = {}

CODE_STATE_VARIABLE = "NARRATIVE_PIPELINE_CODE_STATE"
"""The `module_state` at the start of a run, which the Snakefile sets for its jobs: a job trusts its `--code`
only while its package's modules are still in that state."""


def module_state(root: Path = PACKAGE_DIR) -> str:
    """A digest of the path, size, modification and change time of every module of the package (about 1 ms):
    any edit, copy or touch of a module changes it."""
    entries = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(names):
            if name.endswith(".py"):
                st = os.stat(os.path.join(folder, name))
                entries.append([os.path.join(folder, name), st.st_size, st.st_mtime_ns, st.st_ctime_ns])
    return hashlib.sha256(json.dumps([str(root), entries]).encode()).hexdigest()


def give_fingerprint(step: str, fingerprint: str, state: str | None = None) -> None:
    """Let `step_fingerprint(step)` of this process return `fingerprint` (for a step's own process only: the
    command line does it when a rule passes `--code`). With `state` (the `module_state` the fingerprint was
    computed at), only while the package's modules are still in that state; otherwise it is computed."""
    _GIVEN[step] = fingerprint
    if state is None:
        _GIVEN_AT.pop(step, None)
    else:
        _GIVEN_AT[step] = state


def step_fingerprint(step: str, root: Path = PACKAGE_DIR) -> str:
    """Version plus a digest of the code a step runs: changes exactly when that code does.

    Snakemake cannot see package code, so each rule takes this as a param (and gives it to the step's
    process, `give_fingerprint`).
    """
    if root == PACKAGE_DIR and step in _GIVEN:
        state = _GIVEN_AT.pop(step, None)
        if state is None or state == module_state(root):
            return _GIVEN[step]
        del _GIVEN[step]  # a module changed since the fingerprint was computed: the code run now is read
    version = code_version()
    digest = hashlib.sha256(version.encode())
    for name in module_closure(step, root):
        digest.update(_module_digest(name, root).encode())
    return f"{version}+{digest.hexdigest()[:16]}"


def module_fingerprint(name: str, root: Path = PACKAGE_DIR) -> str:
    """Version plus a digest of one module alone (not what it imports): for a command-line module
    whose own code decides what a rule writes (cli.publish names the RO-Crate's files)."""
    version = code_version()
    return f"{version}+{sha256_bytes((version + _module_digest(name, root)).encode())[:16]}"


def code_digest(root: Path = PACKAGE_DIR) -> str:
    """Digest of every module of the package, sub-packages included."""
    digest = hashlib.sha256(code_version().encode())
    for path in sorted(root.rglob("*.py"), key=lambda p: p.relative_to(root).as_posix()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
