"""Old report files put aside by the publish job instead of deleted there, and deleted by the next report job
(speed51).

On this host's ext4 (mounted with `discard`) the system call that frees a file's last link waits 3-6 ms (freeing
its blocks; almost no CPU), and so does a rename over an existing file, which frees the file it replaces. The
add-one's publish job, the run's last job, moved about 50 changed pages into the report folder over their old
copies and deleted the old index, the report's state and the staged folder: about 0.2-0.3 s of the add-one's wall
spent waiting on the disk after every other job had ended. Here the publish job gives each file it replaces a
second link in a folder of the report's cache (`keep_old`: the rename then frees nothing and stays atomic: a
reader of the report sees the old page or the new one, as before) and moves what it deletes there
(`discard`: a rename to a new name frees nothing either); the next report job deletes that folder in a thread
beside its own work (`sweep`), where the waits cost no wall (the report is CPU-bound for a second; a thread
that waits on the disk does not slow it).

Nothing in the folder is read: it holds old pages, states and staged folders only, may be deleted at any time,
and is never needed to make a report again. Where a link or a rename into it cannot be made (no cache folder,
another file system, a file system without hard links) the file is replaced or deleted as before. A publish
interrupted mid-way leaves more in it, nothing else (the report's own interrupted-update rules are unchanged).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

FOLDER = "trash"  # in the report's cache folder


class Trash:
    """A folder of its own under `root` (made when first used) for the files one job puts aside; `root` None:
    every file is replaced or deleted as before."""

    def __init__(self, root: Path | None) -> None:
        self.root = Path(root) if root is not None else None
        self.folder: Path | None = None
        self.n = 0

    def _next(self) -> Path | None:
        if self.root is None:
            return None
        if self.folder is None:
            try:
                self.root.mkdir(parents=True, exist_ok=True)
                self.folder = Path(os.path.realpath(self.root)) / f"{os.getpid()}-{os.urandom(6).hex()}"
                self.folder.mkdir()
            except OSError:
                self.root = None
                return None
        self.n += 1
        return self.folder / str(self.n)

    def keep_old(self, path: Path) -> None:
        """Before `path` is replaced: a second link to the file there (if any), so that the replacing frees
        nothing."""
        target = self._next() if os.path.lexists(path) else None
        if target is not None:
            with contextlib.suppress(OSError):  # (none there, or no hard links: replaced as before)
                os.link(path, target, follow_symlinks=False)

    def discard(self, path: Path) -> None:
        """Delete `path` (a file or a folder; none there: nothing), by moving it into the trash when it can."""
        if not os.path.lexists(path):
            return
        target = self._next()
        if target is not None:
            try:
                os.rename(path, target)
                return
            except OSError:
                if not os.path.lexists(path):
                    return
        if Path(path).is_dir() and not Path(path).is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            Path(path).unlink(missing_ok=True)


def sweep(cache_dir: Path | None) -> None:
    """Delete what the jobs before put aside in `cache_dir`'s trash folder, in a thread (`staged._remove`:
    joined by `wait_for_removals`). The folder is moved aside first (a rename), so a job that puts files
    aside meanwhile makes a folder of its own; a folder moved aside by a job that ended before it was deleted
    is deleted too."""
    if cache_dir is None or not Path(cache_dir).is_dir():
        return
    from .staged import _remove

    root = Path(cache_dir) / FOLDER
    if root.is_dir():
        with contextlib.suppress(OSError):
            root.rename(Path(cache_dir) / f".{FOLDER}.{os.getpid()}-{os.urandom(6).hex()}")
    for aside in Path(cache_dir).glob(f".{FOLDER}.*"):  # (and any a job ended before it was deleted left)
        _remove(aside)
