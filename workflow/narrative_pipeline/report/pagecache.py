"""Pages of earlier builds, kept by a digest of everything the page shows, so that a rebuild after a
small change renders only the pages whose data changed.

A page's key (`keys`) hashes the report's code fingerprint, the page's path and the data its
renderer reads (rows, texts, and the names of every actor the page refers to). An entry is the
page's file, hard-linked into the report folder (so a kept page costs no second copy on disk; a copy
when the two folders are on different file systems). Entries a build did not use are deleted at its
end. A missing entry is a miss, never an error, and the folder may be deleted at any time: a report
built with the cache has the same bytes as one built without it (a test checks this).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SUFFIX = ".html"


class PageCache:
    """Cached pages under `folder/<key[:2]>/<key>.html`; `folder` None: no cache (every page is made)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = Path(folder) if folder else None
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def place(self, key: str, target: Path) -> bool:
        """Put the cached page of `key` at `target`; False on a miss."""
        if self.folder is None:
            return False
        source = self._path(key)
        try:
            _link_or_copy(source, target)
        except OSError:
            return False
        self.used.add(key)
        self.hits += 1
        return True

    def store(self, key: str, page: Path) -> None:
        """Keep the page just written at `page` under `key`."""
        if self.folder is None:
            return
        self.misses += 1
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.unlink(missing_ok=True)
        _link_or_copy(page, tmp)
        os.replace(tmp, path)
        self.used.add(key)

    def prune(self) -> None:
        """Delete the entries this build did not use (pages of data that no longer exists)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.glob(f"*/*{SUFFIX}"):
            if path.name[: -len(SUFFIX)] not in self.used:
                path.unlink(missing_ok=True)
        for path in self.folder.glob("*/.*.tmp"):
            path.unlink(missing_ok=True)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        if not source.is_file():
            raise
        shutil.copyfile(source, target)
