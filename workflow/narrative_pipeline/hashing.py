"""Hashes and fingerprints: content ids, shard membership, config and code fingerprints."""

from __future__ import annotations

import ast
import hashlib
import json
from functools import lru_cache
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


def _module_files(name: str) -> list[Path]:
    """The files of a package module: `name.py`, or every module of the subpackage `name/`."""
    folder = PACKAGE_DIR / name
    if folder.is_dir():
        return sorted(folder.rglob("*.py"))
    return [PACKAGE_DIR / f"{name}.py"]


def _is_module(name: str) -> bool:
    return (PACKAGE_DIR / f"{name}.py").exists() or (PACKAGE_DIR / name / "__init__.py").exists()


@lru_cache(maxsize=None)
def _imports_of(name: str) -> frozenset[str]:
    """Modules of this package that module or subpackage `name` imports (relative or absolute);
    imports between the modules of one subpackage stay inside it."""
    found: set[str] = set()
    for path in _module_files(name):
        depth = len(path.relative_to(PACKAGE_DIR).parts) - 1  # 0 for a top-level module
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level >= 1:
                    if node.level - depth != 1:
                        continue
                    if node.module:
                        found.add(node.module.split(".")[0])
                    else:
                        found.update(alias.name for alias in node.names)
                elif node.module and node.module.startswith(PACKAGE + "."):
                    found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith(PACKAGE + "."):
                        found.add(alias.name.split(".")[1])
    return frozenset(m for m in found if _is_module(m) and m != name)


@lru_cache(maxsize=None)
def module_closure(module: str) -> tuple[str, ...]:
    """`module` and every package module it imports, transitively, sorted."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_imports_of(name) - seen)
    return tuple(sorted(seen))


@lru_cache(maxsize=None)
def _module_digest(name: str) -> str:
    if not (PACKAGE_DIR / name).is_dir():
        return sha256_bytes(name.encode() + b"\0" + (PACKAGE_DIR / f"{name}.py").read_bytes())
    digest = hashlib.sha256(name.encode())
    for path in _module_files(name):
        digest.update(b"\0" + path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def step_fingerprint(step: str) -> str:
    """Version plus a digest of the code a step runs: changes exactly when that code does.

    Snakemake cannot see package code, so each rule takes this as a param.
    """
    version = code_version()
    digest = hashlib.sha256(version.encode())
    for name in module_closure(step):
        digest.update(_module_digest(name).encode())
    return f"{version}+{digest.hexdigest()[:16]}"


def code_digest() -> str:
    """Digest of every module of the package."""
    digest = hashlib.sha256(code_version().encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
