"""Ingest: every file under `input_dir` becomes one row, processed or rejected with its reason.

Discovery never follows symbolic links and never leaves `input_dir`. Each file's article id comes
from its bytes, and its shard from the id, so a shard's membership only changes when one of its
own files does.
"""

from __future__ import annotations

import codecs
import mimetypes
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from .hashing import article_id_from_sha, sha256_bytes, shard_of
from .records import ArticleRecord, ArticleText
from .settings import PipelineConfig
from .textnorm import normalize_text

EntryKind = Literal["file", "symlink", "other", "badname"]

_BOMS: list[tuple[bytes, str, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp850", "cp437", "ascii"}
_CONTROL_OK = set("\t\n\r\f\v\x1b")


@dataclass(frozen=True)
class Entry:
    """A file system entry found under input_dir."""

    rel_path: str
    kind: EntryKind
    sha256: str
    n_bytes: int
    article_id: str


class DecodeError(ValueError):
    """The bytes are not text this pipeline can read."""


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


def discover(input_dir: Path) -> list[Entry]:
    """Every entry under input_dir (files, symlinks, special files), sorted by path.

    Symbolic links, to files or folders, are listed but never followed.
    """
    root = Path(input_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"input_dir {str(root)!r} is not a folder")
    found: list[Entry] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(folder)
        kept_dirs = []
        for name in dirnames:
            path = base / name
            if path.is_symlink():
                found.append(_entry(path, root))
            else:
                kept_dirs.append(name)
        dirnames[:] = sorted(kept_dirs)
        found.extend(_entry(base / name, root) for name in filenames)
    return sorted(found, key=lambda e: e.rel_path)


def plan_shards(entries: list[Entry], n_shards: int) -> dict[int, list[Entry]]:
    """Entries grouped by shard; every shard is present, possibly empty."""
    shards: dict[int, list[Entry]] = {k: [] for k in range(n_shards)}
    for entry in entries:
        shards[shard_of(entry.article_id, n_shards)].append(entry)
    return shards


def media_type_of(rel_path: str) -> str:
    suffix = Path(rel_path).suffix.lower()
    if suffix in {".txt", ".text", ""}:
        return "text/plain"
    guessed, _ = mimetypes.guess_type(rel_path, strict=False)
    return guessed or "application/octet-stream"


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and chr(b) not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)


def _western(data: bytes) -> tuple[str, str]:
    """Decode a single-byte Western text: cp1252 when it uses 0x80-0x9F, else ISO-8859-1."""
    if any(0x80 <= b <= 0x9F for b in data):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1"), "iso-8859-1"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decoded text and the encoding used; a leading BOM is dropped. Raises DecodeError."""
    for bom, name, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), label
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {label} byte-order mark but is not valid {label}: {exc}") from exc
    if _looks_binary(data):
        raise DecodeError("binary content (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    western, label = _western(data)
    letters = [c for c in western if c.isalpha()]
    if letters and sum(1 for c in letters if not c.isascii()) <= 0.3 * len(letters):
        return western, label  # mostly Latin letters: a Western single-byte archive
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("not valid UTF-8 and no other text encoding fits")
    encoding = best.encoding
    if encoding in _WESTERN:
        return _western(data)
    return str(best), encoding


@lru_cache(maxsize=1)
def _language_identifier():  # pragma: no cover - exercised through detect_language
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, min_letters: int) -> tuple[str | None, float | None]:
    """ISO 639-1 code and probability, offline (py3langid); None below `min_letters` letters."""
    sample = text[:20000]
    if sum(ch.isalpha() for ch in sample) < min_letters:
        return None, None
    language, probability = _language_identifier().classify(sample)
    return str(language), round(float(probability), 4)


def title_of(text: str) -> str | None:
    """First non-blank line, normalized."""
    for line in text.splitlines():
        if line.strip():
            return normalize_text(line)
    return None


def _has_text(text: str) -> bool:
    return any(not (ch.isspace() or unicodedata.category(ch) in {"Cf", "Cc"}) for ch in text)


_SUFFIX_RE = re.compile(r"^\.[a-z0-9]+$")


def _rejection(entry: Entry, cfg: PipelineConfig) -> str | None:
    """Reason to reject the entry before reading it, or None."""
    if entry.kind == "badname":
        return "file name is not valid UTF-8; rename the file"
    if entry.kind == "symlink":
        return "symbolic link: not followed (links may point outside input_dir)"
    if entry.kind == "other":
        return "not a regular file or not readable"
    suffix = Path(entry.rel_path).suffix.lower()
    if suffix not in cfg.include_suffixes:
        shown = suffix if _SUFFIX_RE.match(suffix) else "(none)"
        return f"unsupported file type {shown}: readable suffixes are {', '.join(cfg.include_suffixes)}"
    if entry.n_bytes == 0:
        return "empty file"
    if entry.n_bytes > cfg.max_file_bytes:
        return f"file of {entry.n_bytes} bytes is larger than max_file_bytes ({cfg.max_file_bytes})"
    return None


def ingest_entry(
    entry: Entry, data: bytes | None, cfg: PipelineConfig, shard: int
) -> tuple[ArticleRecord, str | None]:
    """The article row for one entry and, when it is an article, its decoded text."""
    fields = dict(
        article_id=entry.article_id,
        source_path=entry.rel_path,
        sha256=entry.sha256,
        n_bytes=entry.n_bytes,
        media_type="inode/symlink" if entry.kind == "symlink" else media_type_of(entry.rel_path),
        encoding=None,
        language=None,
        language_score=None,
        title=None,
        url=None,
        published_at=None,
        archived_at=None,
        duplicate_of=None,
        n_chars=None,
        shard=shard,
    )
    reason = _rejection(entry, cfg)
    text = None
    if reason is None and data is not None:
        try:
            text, fields["encoding"] = decode_bytes(data)
        except DecodeError as exc:
            reason = str(exc)
        else:
            fields["n_chars"] = len(text)
            if not _has_text(text):
                reason = "no text: the file holds only whitespace"
            else:
                fields["title"] = title_of(text)
                fields["language"], fields["language_score"] = detect_language(text, cfg.min_language_chars)
    if reason is not None:
        return ArticleRecord(**fields, status="rejected", error=reason, analysed=False, skip_reason=None), None
    skip = None
    if fields["language"] is not None and fields["language"] not in cfg.languages:
        skip = f"language {fields['language']!r} is not handled by the model (configured: {', '.join(cfg.languages)})"
    record = ArticleRecord(**fields, status="ok", error=None, analysed=skip is None, skip_reason=skip)
    return record, text


def mark_duplicates(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Set duplicate_of on the second and later files with identical content (analysed once)."""
    first: dict[str, str] = {}
    out = []
    for record in sorted(records, key=lambda r: r.source_path):
        original = first.setdefault(record.article_id, record.source_path)
        if original != record.source_path:
            updates: dict[str, object] = {"duplicate_of": original}
            if record.analysed:
                updates.update(analysed=False, skip_reason=f"duplicate of {original}")
            record = record.model_copy(update=updates)
        out.append(record)
    return out


def ingest_shard(
    input_dir: Path, shard: int, cfg: PipelineConfig
) -> tuple[list[ArticleRecord], list[ArticleText]]:
    """Rows for every entry of one shard, and the texts of those to analyse."""
    entries = plan_shards(discover(input_dir), cfg.n_shards)[shard]
    records: list[ArticleRecord] = []
    texts: dict[str, str] = {}
    for entry in entries:
        data = None
        if entry.kind == "file" and _rejection(entry, cfg) is None:
            data = (Path(input_dir) / entry.rel_path).read_bytes()
            if sha256_bytes(data) != entry.sha256:
                raise RuntimeError(f"{entry.rel_path} changed while it was being read; rerun")
        record, text = ingest_entry(entry, data, cfg, shard)
        records.append(record)
        if text is not None:
            texts.setdefault(record.source_path, text)
    records = mark_duplicates(records)
    article_texts = [
        ArticleText(article_id=r.article_id, source_path=r.source_path, sha256=r.sha256, text=texts[r.source_path])
        for r in records
        if r.analysed
    ]
    return records, sorted(article_texts, key=lambda t: t.article_id)


# --- I/O edge: the step as the command line and Snakemake run it -------------------------------


def run(input_dir: Path, shard: int, cfg: PipelineConfig, out_articles: Path, out_texts: Path) -> tuple[int, int]:
    """Write one shard's article rows and texts; returns (files seen, articles to analyse)."""
    from .tables import write_records

    records, texts = ingest_shard(Path(input_dir), shard, cfg)
    write_records(Path(out_articles), records, ArticleRecord)
    write_records(Path(out_texts), texts, ArticleText)
    return len(records), len(texts)
