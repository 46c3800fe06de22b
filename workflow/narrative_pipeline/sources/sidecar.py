"""Sidecar metadata: `<name>.meta.json` beside a plain-text article `<name>.txt` (or `<name>.text`).

The sidecar is validated against the `Sidecar` model (JSON Schema: `workflow/schemas/sidecar.schema.json`).
A malformed sidecar is reported with its file and field and the article runs without it; a date
that cannot be read is left empty with a warning; a sidecar whose text file does not exist is
reported on its own row.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .dates import to_utc_iso
from .model import Sidecar, SourceItem

SIDECAR_SUFFIX = ".meta.json"
TEXT_SUFFIXES = (".txt", ".text")


def sidecar_path(text_path: Path) -> Path:
    """`<name>.meta.json` for `<name>.txt`."""
    return text_path.with_name(text_path.name[: -len(text_path.suffix)] + SIDECAR_SUFFIX)


def _spellings(suffix: str) -> list[str]:
    """Every upper / lower case spelling of a suffix, the lower case one first (`.txt`, `.txT`, ... `.TXT`)."""
    return ["".join(chars) for chars in itertools.product(*({c.lower(): None, c.upper(): None} for c in suffix))]


TEXT_SPELLINGS = tuple(spelling for suffix in TEXT_SUFFIXES for spelling in _spellings(suffix))


def text_paths(sidecar: Path) -> list[Path]:
    """The text files a sidecar may describe: `<name>.txt`, `<name>.text` in any case (a text `<name>.TXT` takes
    `<name>.meta.json` by `sidecar_path`, so its sidecar names it: review33)."""
    stem = sidecar.name[: -len(SIDECAR_SUFFIX)]
    return [sidecar.with_name(stem + suffix) for suffix in TEXT_SPELLINGS]


def described_texts(sidecar: Path) -> list[Path]:
    """The texts a sidecar describes, as ingest reads them: `<name>.txt`, `<name>.text` beside it that are files, not
    symbolic links (discovery lists a link and never follows it: no text is analysed there), and only for a sidecar
    whose name ends in `.meta.json` as written (`sidecar_path` of a text: `<name>.META.JSON` is read as a sidecar but
    is no text's). Discovery's companions of a sidecar and the sidecar's row both come from here (review33: they
    differed, so removing the text of a `.META.JSON` left its row saying "applied to that article")."""
    if not sidecar.name.endswith(SIDECAR_SUFFIX):
        return []
    return _one_per_file([p for p in text_paths(sidecar) if regular_file(p)])


def _one_per_file(paths: list[Path]) -> list[Path]:
    """The paths without a second name of the same file (a file system that ignores case finds `a.txt` under
    every spelling)."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for path in paths:
        info = path.lstat()
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            kept.append(path)
    return kept


def regular_file(path: Path) -> bool:
    """Whether `path` is a file and not a symbolic link (one `lstat`, as many system calls as `is_file`)."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _field_errors(rel_path: str, exc: ValidationError) -> list[str]:
    out = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "(document)"
        out.append(f"{rel_path}: field {where!r}: {error['msg']}")
    return out


def load_sidecar(path: Path, rel_path: str) -> tuple[Sidecar | None, list[str]]:
    """The validated sidecar, or None with errors that name the file and the field."""
    try:
        document = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return None, [f"{rel_path}: not valid UTF-8 ({exc.reason})"]
    except json.JSONDecodeError as exc:
        return None, [f"{rel_path}: not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]
    except OSError as exc:
        return None, [f"{rel_path}: cannot be read: {exc.strerror}"]
    if not isinstance(document, dict):
        return None, [f"{rel_path}: must be a JSON object, not a JSON {type(document).__name__}"]
    try:
        return Sidecar.model_validate(document), []
    except ValidationError as exc:
        return None, _field_errors(rel_path, exc)


def sidecar_fields(sidecar: Sidecar, rel_path: str) -> dict[str, Any]:
    """SourceItem fields from a valid sidecar; unreadable dates become None with a warning."""
    warnings = []
    dates = {}
    for name in ("published_at", "archived_at"):
        dates[name], warning = to_utc_iso(getattr(sidecar, name), f"{rel_path}: field {name!r}:")
        warnings += [warning] if warning else []
    authors = sidecar.author if isinstance(sidecar.author, list) else [sidecar.author] if sidecar.author else []
    return {
        "url": sidecar.url,
        "title": " ".join(sidecar.title.split()) if sidecar.title else None,
        "outlet": sidecar.outlet,
        "authors": [a.strip() for a in authors if a.strip()],
        **dates,
        "warnings": warnings,
    }


def metadata_for_text(text_path: Path, rel_path: str) -> dict[str, Any]:
    """SourceItem fields the sidecar of a text file gives ({} without one); errors go into warnings."""
    path = sidecar_path(Path(text_path))
    if not regular_file(path):  # a link is listed, never followed (review33: discovery agrees)
        return {}
    rel = rel_path[: -len(Path(rel_path).suffix)] + SIDECAR_SUFFIX
    sidecar, errors = load_sidecar(path, rel)
    if sidecar is None:
        return {"warnings": [f"sidecar ignored: {error}" for error in errors]}
    return sidecar_fields(sidecar, rel)


def sidecar_item(path: Path, rel_path: str) -> SourceItem:
    """The row of a `.meta.json` file itself: skipped (it describes a text), or rejected (orphan or malformed)."""
    raw_sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    texts = described_texts(Path(path))
    if not texts:
        reason = _orphan_reason(Path(path), rel_path)
        return SourceItem(locator="", status="rejected", reason=reason, raw_sha256=raw_sha256)
    _, errors = load_sidecar(path, rel_path)
    if errors:
        return SourceItem(locator="", status="rejected", reason="; ".join(errors), raw_sha256=raw_sha256)
    reason = f"sidecar metadata of {texts[0].name}, applied to that article"
    return SourceItem(locator="", status="skipped", reason=reason, raw_sha256=raw_sha256)


def _orphan_reason(path: Path, rel_path: str) -> str:
    """Why a sidecar describes no text: a name whose `.meta.json` is not in lower case, a text that is a symbolic
    link, or no text beside it."""
    name = Path(rel_path).name
    stem = name[: -len(SIDECAR_SUFFIX)]
    wanted = stem + TEXT_SUFFIXES[0]
    links = [p.name for p in text_paths(path) if p.is_symlink()]
    if not name.endswith(SIDECAR_SUFFIX):
        return f"sidecar of {wanted} only when named {stem}{SIDECAR_SUFFIX} (lower case)"
    if links:
        return f"sidecar of {links[0]}, a symbolic link, which is not followed"
    return f"sidecar of {wanted}, which does not exist"
