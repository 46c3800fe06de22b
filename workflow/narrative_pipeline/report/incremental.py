"""A report built on the last one: only the pages whose key changed are made, and they are moved into
the report folder in place of the old ones, so a rebuild costs what changed, not the corpus.

The cache folder holds `state.json`: the report folder it describes, the digest of that folder's
`index.html` (written last, so a report whose update was interrupted has none), the salt (code
fingerprint, the tables' columns) and the key of every page; the same bytes in every run, as the rest
of the results. A build whose state does not match the folder it updates (no state, another folder,
index or salt) makes every page (a cold build, which replaces the folder). Otherwise it writes the
changed pages to a folder of their own (a *delta*) with the list of files to remove; applying it first
deletes the state and the old `index.html` (an interrupted update leaves a report without an index,
and no state: the next build is cold), then moves the pages in, writes `index.html` last and records
the new state. The same bytes as a cold build (tests check it after changed rows, a changed name, a
removed article, a changed code fingerprint and an interrupted update). The state also holds each
page's size in bytes: a page deleted, truncated (a full disk) or edited by hand no longer has the size
it was placed with, and is made again (a stat per page, like the existence check: about 30 ms for
BBC's 12,000 pages, where reading them for a digest costs about 0.5 s). Not seen: an edit that keeps
a page's size, a report made again without the cache into the same folder, from other data, whose
index has the same bytes (the `report` command uses the cache by default for the results' own report
folder), or files put into the report folder by hand (an update leaves them; a cold build removes
them).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

from ..jsonio import atomic_write_bytes
from .trash import Trash

STATE = "state.json"
PENDING = "state.next.json"  # the state of a staged build, made current when the build is placed
DELTA = ".report-delta.json"  # in a staged folder: what placing it needs (base, files to remove, cache)
INDEX = "index.html"


class StaleBase(Exception):
    """The report folder is no longer the one a delta was made against: it must be built whole."""


def token_of(folder: Path) -> str | None:
    """What identifies the index a report was completed with: a digest of its bytes (not its inode or
    modification time: the state is part of the results, which have the same bytes on every run, and
    Snakemake touches the outputs of a job after it ends)."""
    try:
        data = (Path(folder) / INDEX).read_bytes()
    except OSError:
        return None
    return hashlib.sha256(data).hexdigest()


def folder_name(cache_dir: Path, target: Path) -> str:
    """The report folder as seen from the cache folder (the same in every copy of a project)."""
    return Path(os.path.relpath(os.path.abspath(target), os.path.abspath(cache_dir))).as_posix()


def read_state(cache_dir: Path, name: str = STATE) -> dict | None:
    try:
        state = json.loads((Path(cache_dir) / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def write_state(cache_dir: Path, state: dict, name: str = STATE) -> None:
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(Path(cache_dir) / name, json.dumps(state, sort_keys=True).encode("utf-8"), durable=False)


def drop_state(cache_dir: Path, trash: Trash | None = None) -> None:
    """Delete the state (into `trash` when given: `trash.Trash.discard`)."""
    (trash or Trash(None)).discard(Path(cache_dir) / STATE)


class Base:
    """The last report seen from one build: `place(rel, key)` is true when the page `rel` of the report
    folder `target` was made from data with this key (it stays as it is); every key is kept for the
    next build's state. `start` is called once the tables are loaded (their columns are in the salt)."""

    def __init__(self, cache_dir: Path, target: Path, code: str) -> None:
        self.cache_dir = Path(cache_dir)
        self.target = Path(target)
        self.code = code
        self.salt = b""
        self.values = None  # the tables' row values (`signatures.RowValues`), set by the builder
        self.state: dict | None = None
        self.pages: dict[str, str] = {}
        self.hits = 0

    def start(self, table_salt: bytes) -> None:
        self.salt = hashlib.sha256(self.code.encode() + b"\0" + table_salt).hexdigest().encode()
        state = read_state(self.cache_dir)
        if (
            state is not None
            and state.get("folder") == folder_name(self.cache_dir, self.target)
            and state.get("salt") == self.salt.decode()
            and state.get("token") is not None
            and state.get("token") == token_of(self.target)
        ):
            self.state = state
        else:  # a cold build: the entries of the page cache of earlier versions (`<2 hex digits>/<key>.html`) go
            for entry in self.cache_dir.glob("[0-9a-f][0-9a-f]") if self.cache_dir.is_dir() else []:
                if entry.is_dir() and all(p.suffix in (".html", ".tmp") for p in entry.iterdir()):
                    shutil.rmtree(entry, ignore_errors=True)

    @property
    def usable(self) -> bool:
        return self.state is not None

    def place(self, rel: str, key: str) -> bool:
        self.pages[rel] = key
        if self.holds(rel, key):
            self.hits += 1  # (a page deleted or edited by hand is made again: review12)
            return True
        return False

    def holds(self, rel: str, key: str) -> bool:
        """Whether the page `rel` of the report folder was made from data with this key: the state says so,
        and the page has the size it was placed with."""
        return (
            self.state is not None
            and self.state["pages"].get(rel) == key
            and (size := self.state.get("sizes", {}).get(rel)) is not None  # (no size: missing when recorded)
            and file_size(os.path.join(self.target, rel)) == size
        )

    def next_state(self, written: list[str]) -> dict:
        """The state of the report this build makes (its token is added when it is in place)."""
        files = set(self.pages) | set(written)
        files.add(INDEX)
        return {
            "folder": folder_name(self.cache_dir, self.target),
            "salt": self.salt.decode(),
            "pages": self.pages,
            "files": sorted(files),
            "token": None,
        }

    def removed(self, files: list[str]) -> list[str]:
        """Files of the last report that the new one does not have."""
        return sorted(set(self.state["files"]) - set(files)) if self.state is not None else []


def apply_delta(
    delta: Path, out: Path, removed: list[str], index: bytes, skip: set[str], trash: Trash | None = None
) -> set[str]:
    """Update the report folder `out` in place: the old index first (an interrupted update leaves no
    index), removed files, the delta's files moved in, the new index last. `trash`: where the files
    deleted and replaced go instead of being freed here (`trash.Trash`: the same folder either way; none: freed
    here, `Trash(None)`). Returns the files moved in (relative to `out`)."""
    trash = trash or Trash(None)
    trash.discard(out / INDEX)
    for rel in removed:
        path = out / rel
        trash.discard(path)
        parent = path.parent
        while parent != out and parent.is_dir() and not any(parent.iterdir()):
            parent.rmdir()
            parent = parent.parent
    made: set[str] = set()
    moved: set[str] = set()
    for root, dirs, files in os.walk(delta):
        dirs.sort()
        rel_root = os.path.relpath(root, delta)
        for name in sorted(files):
            rel = name if rel_root == "." else f"{rel_root}/{name}"
            if rel in skip or rel == INDEX:
                continue
            target_dir = out if rel_root == "." else out / rel_root
            if rel_root not in made:
                target_dir.mkdir(parents=True, exist_ok=True)
                made.add(rel_root)
            trash.keep_old(target_dir / name)
            os.replace(os.path.join(root, name), target_dir / name)
            moved.add(rel)
    atomic_write_bytes(out / INDEX, index)
    return moved


def file_size(path: str) -> int | None:
    """The size of a regular file in bytes; None when there is none."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def page_sizes(out: Path, pages: dict[str, str]) -> dict[str, int]:
    """The size of each page of the report folder `out` as it was placed."""
    sizes = {rel: file_size(os.path.join(out, rel)) for rel in sorted(pages)}
    return {rel: size for rel, size in sizes.items() if size is not None}


def kept_sizes(before: dict, after: dict, moved: set[str]) -> dict[str, int]:
    """The sizes of the pages an update kept as they were, from the state `before` it (each page of `after`, the
    state it placed, with the key and a size it had `before`, not moved in by the update): the build that kept them
    found each at that size (`Base.holds`), so they need no stat again (speed53: 12,000 pages on BBC, about 30 ms of
    the publish job, the run's last). A page changed by hand since that build is at another size than the one
    recorded for it, and the next build makes it again, as it would a page changed after the stat."""
    old_pages, old_sizes = before.get("pages", {}), before.get("sizes", {})
    return {
        rel: size
        for rel, key in after["pages"].items()
        if rel not in moved and old_pages.get(rel) == key and (size := old_sizes.get(rel)) is not None
    }


def record(
    cache_dir: Path, state: dict, out: Path, trash: Trash | None = None, known: dict[str, int] | None = None
) -> None:
    """The new state, once `out` holds the report it describes (with each page's size: taken from `known`
    (`kept_sizes`) for the pages it names, else from the file); the pending state deleted (into `trash` when
    given)."""
    known = known or {}
    sizes = {**page_sizes(out, {rel: key for rel, key in state["pages"].items() if rel not in known}), **known}
    state = {**state, "token": token_of(out), "sizes": sizes}
    write_state(cache_dir, state)
    (trash or Trash(None)).discard(Path(cache_dir) / PENDING)
