"""Discovery: every entry under `input_dir`, its content-derived article id and its shard.

Discovery never follows symbolic links and never leaves `input_dir`. Each file's article id comes
from its bytes and its shard from the id, so a shard's membership only changes when one of its own
files does. The workflow plans its jobs with it, ingest reads its shard's entries with it, and
validation checks coverage with it.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .hashing import article_id_from_sha, sha256_bytes, shard_of

EntryKind = Literal["file", "symlink", "other", "badname"]


@dataclass(frozen=True)
class Entry:
    """A file system entry found under input_dir."""

    rel_path: str
    kind: EntryKind
    sha256: str
    n_bytes: int
    article_id: str


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _safe_name(rel_path: str) -> tuple[str, bool]:
    """A UTF-8 representable form of the path and whether it was representable as is."""
    try:
        rel_path.encode("utf-8")
        return rel_path, True
    except UnicodeEncodeError:
        raw = rel_path.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace"), False


def _entry(path: Path, root: Path) -> Entry:
    rel, ok = _safe_name(_rel(path, root))
    info = path.lstat()
    if not ok:
        digest = sha256_bytes(("badname:" + rel).encode())
        return Entry(rel, "badname", digest, info.st_size, article_id_from_sha(digest))
    if stat.S_ISLNK(info.st_mode):
        target = os.readlink(path).encode("utf-8", "surrogateescape")
        digest = sha256_bytes(target)
        return Entry(rel, "symlink", digest, len(target), article_id_from_sha(digest))
    if not stat.S_ISREG(info.st_mode):
        digest = sha256_bytes(("special:" + rel).encode())
        return Entry(rel, "other", digest, 0, article_id_from_sha(digest))
    try:
        data = path.read_bytes()
    except OSError as exc:
        digest = sha256_bytes(("unreadable:" + rel).encode())
        return Entry(rel, "other", digest, info.st_size, article_id_from_sha(digest + str(exc.errno)))
    digest = sha256_bytes(data)
    return Entry(rel, "file", digest, len(data), article_id_from_sha(digest))


def _walk(root: Path) -> list[Path]:
    """Every entry under root (files, symlinks to files or folders, special files), unsorted.

    Symbolic links are listed but never followed."""
    if not root.is_dir():
        raise FileNotFoundError(f"input_dir {str(root)!r} is not a folder")
    found: list[Path] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(folder)
        kept_dirs = []
        for name in dirnames:
            path = base / name
            if path.is_symlink():
                found.append(path)
            else:
                kept_dirs.append(name)
        dirnames[:] = sorted(kept_dirs)
        found.extend(base / name for name in filenames)
    return found


def list_paths(input_dir: Path) -> list[str]:
    """The relative path of every entry under input_dir, as ingest lists it, without reading any."""
    root = Path(input_dir)
    return sorted(_safe_name(_rel(p, root))[0] for p in _walk(root))


def discover(input_dir: Path) -> list[Entry]:
    """Every entry under input_dir with its content-derived id, sorted by path."""
    root = Path(input_dir)
    return sorted((_entry(p, root) for p in _walk(root)), key=lambda e: e.rel_path)


def plan_shards(entries: list[Entry], n_shards: int) -> dict[int, list[Entry]]:
    """Entries grouped by shard; every shard is present, possibly empty."""
    shards: dict[int, list[Entry]] = {k: [] for k in range(n_shards)}
    for entry in entries:
        shards[shard_of(entry.article_id, n_shards)].append(entry)
    return shards
