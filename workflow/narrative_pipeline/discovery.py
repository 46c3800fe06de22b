"""Discovery: every candidate article under `input_dir`, its content-derived id and its shard.

An entry is a whole file (a text, a saved page, a link or special file, anything), or one item
inside a container file: a WARC/ARC record or a row of a JSON Lines / CSV export. Containers are
indexed without extracting anything (WARC headers only; export rows parsed), and the index is cached
by the file's size and modification time, so planning a 10 GB crawl costs one pass, once.

Ids and shards:
- `article_id` comes from the content: the sha256 of a file's bytes or of an export row's bytes; for
  a WARC record, of its WARC-Payload-Digest (the crawler's digest of the payload; the record id when
  a record has none). Identical content gets the same id.
- The shard comes from the page's URL when it is known at planning time (the WARC target URI, the
  export row's url, a sidecar's url, a saved page's canonical or saved-from URL), else from the
  article id. Captures of one page thus meet in one shard, where the same text is analysed once.
  Identical content (one article id) under several URLs goes where the smallest of its keys sends
  it, so its one document comes from one shard. Membership depends on other files only through
  identical content, so adding a file re-runs only the shards it touches (and, when it is a copy
  of content already there under another URL, the shard that content leaves).

Discovery never follows symbolic links and never leaves `input_dir`; it skips version-control folders (`.git`).
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from .hashing import MAX_SHARDS, article_id_from_sha, sha256_bytes, shard_of

EntryKind = Literal["file", "symlink", "other", "badname"]
CONTAINERS = ("warc", "jsonl", "csv")
INDEX_VERSION = 3  # 2: a WARC cut inside its last record's headers lists that record (sources.warc);
# 3: an export row has its size; an export rejected as a whole the file's, so ingest gives the reader's
# reason, not "empty file"; 4: an export row's URL that is not text (a number) is no URL, so
# no shard key (fix81)
_URL_HINTS = (
    re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I),
    re.compile(rb"<!--\s*Page saved with SingleFile\s*url:\s*(\S+)", re.I),
    re.compile(rb"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", re.I),
    re.compile(rb"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical", re.I),
    re.compile(rb"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", re.I),
)


@dataclass(frozen=True)
class Entry:
    """A candidate article found under input_dir: a whole file or one item inside a container."""

    rel_path: str
    kind: EntryKind
    sha256: str
    n_bytes: int
    article_id: str
    locator: str = ""
    shard_key: str = ""
    candidate: bool = True
    companions: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def key(self) -> str:
        """What the shard is computed from: the URL's digest or the article id."""
        return self.shard_key or self.article_id

    @property
    def label(self) -> str:
        """`rel_path`, or `rel_path#locator` for an item inside a container."""
        return f"{self.rel_path}#{self.locator}" if self.locator else self.rel_path


def container_kind(name: str) -> str | None:
    """`warc`, `jsonl` or `csv` for a container file name, else None."""
    from .sources import _KINDS, kind_of

    if not name.lower().endswith(tuple(suffix for suffix, kind in _KINDS if kind in CONTAINERS)):
        return None  # no container's ending: the reader is not a container's (most files; no scan of the list)
    kind = kind_of(name)
    return kind if kind in CONTAINERS else None


def url_key(url: str | None) -> str:
    """Digest of a URL without fragment and tracking parameters, as a shard key ('' for no URL)."""
    if not url or not url.strip():
        return ""
    parts = urlsplit(url.strip())
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith("utm_"))
    host = parts.netloc.lower().removeprefix("www.")
    normal = urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/") or "/", query, ""))
    return article_id_from_sha(sha256_bytes(normal.encode("utf-8")))


def page_url(data: bytes) -> str | None:
    """The URL a saved page names in its head (saved-from comment, canonical link, og:url)."""
    head = data[:65536]
    for pattern in _URL_HINTS:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("utf-8", "replace")
    return None


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


BADNAME_LOCATOR = "name:not-utf-8"  # the locator of a file whose name is not UTF-8 (no real file's row has one)


def _safe_name(rel_path: str) -> tuple[str, bool]:
    """A UTF-8 representable form of the path and whether it was representable as is. A name that is not UTF-8 is
    spelled with each byte that is not as `\\xNN` and each back-slash doubled, so two such names never share a
    spelling (fix81, review71 4); its row is told from a real file of that spelling by `BADNAME_LOCATOR`."""
    try:
        rel_path.encode("utf-8")
        return rel_path, True
    except UnicodeEncodeError:
        raw = rel_path.replace("\\", "\\\\").encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace"), False


def _pseudo(rel: str, kind: EntryKind, what: str, n_bytes: int, locator: str = "") -> Entry:
    digest = sha256_bytes(f"{what}:{rel}".encode())
    return Entry(rel, kind, digest, n_bytes, article_id_from_sha(digest), locator)


def _sidecar(
    path: Path, rel: str, names: frozenset[str] | None = None
) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """The url of a text file's sidecar, and the sidecar as a companion (relative path, sha256), so
    that a changed sidecar re-runs the text's shard. `names`: the names of the sidecar files in the text's
    folder, when known (a sidecar not among them is not looked for on disk: one stat a text less)."""
    from .sources.sidecar import sidecar_path

    if names is not None and not names:
        return None, ()
    sidecar = sidecar_path(path)
    if names is not None and sidecar.name not in names:
        return None, ()
    if not sidecar.is_file() or sidecar.is_symlink():
        return None, ()
    data = sidecar.read_bytes()
    try:
        url = json.loads(data).get("url")
    except (ValueError, AttributeError):
        url = None
    companion = (str(Path(rel).with_name(sidecar.name).as_posix()), sha256_bytes(data))
    return (url if isinstance(url, str) else None), (companion,)


def _file_entry(
    path: Path, rel: str, info: os.stat_result, stamps: dict[str, list], names: frozenset[str] | None = None
) -> Entry:
    """A whole file's entry. Its sha256 (and a page's URL) are taken from `stamps` when the file's size,
    modification time and inode are those recorded (ingest and validation read the bytes again and
    compare the sha256, so a stale stamp cannot go unnoticed)."""
    stamp = [info.st_size, info.st_mtime_ns, info.st_ino]
    known = stamps.get(rel)
    name = path.name.lower()
    if known is not None and known[:3] == stamp:
        digest, url = known[3], known[4]
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            return _pseudo(rel, "other", f"unreadable{exc.errno}", info.st_size)
        digest = sha256_bytes(data)
        url = page_url(data) if name.endswith((".html", ".htm")) else None
        stamps[rel] = [*stamp, digest, url]
    companions: tuple[tuple[str, str], ...] = ()
    if name.endswith((".txt", ".text")):
        url, companions = _sidecar(path, rel, names)
    else:
        companions = _described_texts(path, rel)
    return Entry(rel, "file", digest, info.st_size, article_id_from_sha(digest), "", url_key(url), True, companions)


TEXT_PRESENT = "present"  # a sidecar's companion: its row names the text file, whatever the text's bytes


def _described_texts(sidecar: Path, rel: str) -> tuple[tuple[str, str], ...]:
    """The text files beside a sidecar that it describes (`<name>.txt`, `<name>.text`), as companions: a
    sidecar's row says whether its text exists ("applied to that article" or "which does not exist"), so
    adding or removing the text must re-run the sidecar's shard as well as the text's (trial32); the texts its row
    names (`sidecar.described_texts`). () for any other file."""
    from .sources.sidecar import described_texts

    return tuple((Path(rel).with_name(text.name).as_posix(), TEXT_PRESENT) for text in described_texts(sidecar))


def shard_membership(entries: list[Entry]) -> list[list[object]]:
    """What a shard's ingest rows depend on besides the bytes of its own files: each entry's path, kind and
    sha256, and its companions (a text's sidecar and its digest, a sidecar's texts), so that editing a
    sidecar re-runs its text's shard and adding or removing a text its sidecar's (trial32)."""
    return [[e.rel_path, e.kind, e.sha256, [list(c) for c in e.companions]] for e in entries]


def _index_container(path: Path, rel: str, kind: str, settings: object) -> list[Entry]:
    """One entry per record or row of a container file (no extraction)."""
    from .sources import index_records, read_source

    entries = []
    if kind == "warc":
        for record in index_records(path):
            identity = record.payload_digest or record.record_id or f"{rel}@{record.offset}"
            digest = sha256_bytes(identity.encode("utf-8"))
            entries.append(
                Entry(
                    rel,
                    "file",
                    digest,
                    record.length or 0,
                    article_id_from_sha(digest),
                    f"warc:{record.offset}",
                    url_key(record.url),
                    record.candidate,
                )
            )
    else:
        for item in read_source(path, rel, settings):
            digest = item.raw_sha256
            url = item.url
            ok = item.status != "skipped"
            size = (item.raw_bytes or 0) if item.locator else path.stat().st_size  # a row's bytes, or the file's
            entry = Entry(rel, "file", digest, size, article_id_from_sha(digest), item.locator, url_key(url), ok)
            entries.append(entry)
    if not entries:
        entries.append(_pseudo(rel, "file", "empty-container", 0))
    return entries


def _cached_index(path: Path, rel: str, kind: str, info: os.stat_result, cache_dir: Path | None) -> list[Entry]:
    from .sources import SourceSettings

    stamp = {"v": INDEX_VERSION, "rel": rel, "size": info.st_size, "mtime_ns": info.st_mtime_ns}
    cache = cache_dir / f"{sha256_bytes(json.dumps(stamp, sort_keys=True).encode())[:32]}.json" if cache_dir else None
    if cache is not None and cache.is_file():
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data["stamp"] == stamp:
                return [_entry_from_json(e) for e in data["entries"]]
        except (ValueError, KeyError, TypeError):
            pass
    entries = _index_container(path, rel, kind, SourceSettings())
    if cache is not None:
        from .jsonio import atomic_write_bytes

        payload = {"stamp": stamp, "entries": [asdict(e) for e in entries]}
        atomic_write_bytes(cache, json.dumps(payload, sort_keys=True).encode("utf-8"))
    return entries


def _entry_from_json(data: dict) -> Entry:
    data = dict(data)
    data["companions"] = tuple(tuple(c) for c in data.get("companions", ()))
    return Entry(**data)


def _entries(
    path: Path,
    root: Path,
    cache_dir: Path | None,
    stamps: dict[str, list],
    rel_path: str | None = None,
    names: frozenset[str] | None = None,
) -> list[Entry]:
    """The entries of one file system entry (`rel_path`: its path relative to `root` when known; `names`:
    the names of the sidecar files in its folder, when known)."""
    rel, ok = _safe_name(_rel(path, root) if rel_path is None else rel_path)
    info = path.lstat()
    if not ok:
        return [_pseudo(rel, "badname", "badname", info.st_size, BADNAME_LOCATOR)]
    if stat.S_ISLNK(info.st_mode):
        target = os.readlink(path).encode("utf-8", "surrogateescape")
        digest = sha256_bytes(target)
        return [Entry(rel, "symlink", digest, len(target), article_id_from_sha(digest))]
    if not stat.S_ISREG(info.st_mode):
        return [_pseudo(rel, "other", "special", 0)]
    kind = container_kind(path.name)
    if kind is not None and info.st_size > 0:
        return _cached_index(path, rel, kind, info, cache_dir)
    return [_file_entry(path, rel, info, stamps, names)]


VCS_FOLDERS = frozenset({".git", ".hg", ".svn", ".bzr"})
"""Folders of a version-control system, never listed: a corpus kept in a git repository would get one `unsupported`
row per object of its history (fix81, review71 11). README names them."""


def _walk_folders(root: Path) -> list[tuple[Path, str, frozenset[str], list[str]]]:
    """Every folder under root (not through symbolic links) but `VCS_FOLDERS`: (its path, its path relative to root
    with `/` and a trailing `/`, or '' for root itself, the names of its sidecar files, its entries to list: files,
    symbolic links to files or folders, special files)."""
    from .sources.sidecar import SIDECAR_SUFFIX

    if not root.is_dir():
        raise FileNotFoundError(f"input_dir {str(root)!r} is not a folder")
    top = os.fspath(root)
    found = []
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(folder)
        prefix = folder[len(top) :].lstrip(os.sep).replace(os.sep, "/")
        listed = []
        kept_dirs = []
        for name in dirnames:
            if (base / name).is_symlink():
                listed.append(name)
            elif name not in VCS_FOLDERS:
                kept_dirs.append(name)
        dirnames[:] = sorted(kept_dirs)
        sidecars = frozenset(name for name in filenames if name.endswith(SIDECAR_SUFFIX))
        found.append((base, f"{prefix}/" if prefix else "", sidecars, [*listed, *filenames]))
    return found


def list_paths(input_dir: Path) -> list[str]:
    """The relative path of every file system entry under input_dir (files, symbolic links to files or folders, never
    followed, special files), without reading any: each its folder's relative path and its name joined as text, as
    `discover` names it (speed53: no `Path` made and made relative again for each of a corpus's files)."""
    return sorted(
        _safe_name(prefix + name)[0] for _, prefix, _, listed in _walk_folders(Path(input_dir)) for name in listed
    )


def has_files(input_dir: Path) -> bool:
    """Whether input_dir holds any entry `discover` lists (a file, a symbolic link, a special file), at any depth;
    stops at the first (fix79: an empty input folder is refused at start, review71 12)."""
    for folder, dirnames, filenames in os.walk(input_dir, followlinks=False):
        if filenames or any(os.path.islink(os.path.join(folder, name)) for name in dirnames):
            return True
        dirnames[:] = [name for name in dirnames if name not in VCS_FOLDERS]
    return False


def discover(input_dir: Path, cache_dir: Path | None = None) -> list[Entry]:
    """Every candidate article under input_dir, sorted by path and position in the file."""
    root = Path(input_dir)
    cache = Path(cache_dir) if cache_dir else None
    stamps = _load_stamps(cache)
    before = dict(stamps)  # a file's stamp is replaced, never changed in place
    found = [
        e
        for base, prefix, names, listed in _walk_folders(root)
        for name in listed
        for e in _entries(base / name, root, cache, stamps, prefix + name, names)
    ]
    if cache is not None and stamps != before:
        from .jsonio import atomic_write_bytes

        atomic_write_bytes(cache / "files.json", json.dumps({"v": INDEX_VERSION, "files": stamps}).encode("utf-8"))
    return sorted(found, key=lambda e: (e.rel_path, position(e.locator)))


def _load_stamps(cache: Path | None) -> dict[str, list]:
    """rel path -> [size, mtime_ns, inode, sha256, url] of the files seen by an earlier discovery."""
    if cache is None or not (cache / "files.json").is_file():
        return {}
    try:
        data = json.loads((cache / "files.json").read_text(encoding="utf-8"))
        return data["files"] if data.get("v") == INDEX_VERSION else {}
    except (ValueError, KeyError, TypeError):
        return {}


def position(locator: str) -> tuple[str, int]:
    """Sort key of a locator: by kind, then numerically ('warc:20' before 'warc:100')."""
    kind, _, number = locator.partition(":")
    return (kind, int(number)) if number.isdigit() else (locator, -1)


def shard_count(n_entries: int, n_shards: int, max_per_shard: int = 0) -> int:
    """The number of shards for a corpus of `n_entries`: `n_shards`, doubled until no shard holds
    more than `max_per_shard` entries on average (0: always `n_shards`). A shard's memory and time
    stay flat as the corpus grows; membership changes only when the count doubles (each shard then
    splits in two), and the parse cache keeps that from costing a second parse. Never doubled past
    `MAX_SHARDS` (a count that is no power of two stops at its last double within it)."""
    count = n_shards
    while max_per_shard > 0 and n_entries > count * max_per_shard and count * 2 <= MAX_SHARDS:
        count *= 2
    return count


def group_keys(entries: list[Entry]) -> dict[str, str]:
    """The shard key of each candidate article id: the smallest key among its candidate entries, so
    identical content under several URLs (a page captured over http and https, a wire text saved
    from two outlets) meets in one shard, where its document is written once and its text analysed
    once. Records that are no candidates (WARC requests, redirects: many share the digest of an
    empty payload) get no document and keep their own key, so they are not pulled into one shard."""
    keys: dict[str, str] = {}
    for entry in entries:
        if entry.candidate and (entry.article_id not in keys or entry.key < keys[entry.article_id]):
            keys[entry.article_id] = entry.key
    return keys


def entry_key(entry: Entry, keys: dict[str, str]) -> str:
    """The key an entry is sharded by: its article's group key when it is a candidate, else its own."""
    return keys.get(entry.article_id, entry.key) if entry.candidate else entry.key


def plan_shards(entries: list[Entry], n_shards: int, max_per_shard: int = 0) -> dict[int, list[Entry]]:
    """Entries grouped by shard (`shard_count` of the candidate articles: a WARC's requests and redirects do not
    double the count); every shard is present, possibly empty."""
    count = shard_count(sum(entry.candidate for entry in entries), n_shards, max_per_shard)
    shards: dict[int, list[Entry]] = {k: [] for k in range(count)}
    keys = group_keys(entries)
    for entry in entries:
        shards[shard_of(entry_key(entry, keys), count)].append(entry)
    return shards
