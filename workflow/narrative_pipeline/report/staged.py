"""The report made in two jobs: its pages while the run is being validated (`build(..., staged=True)`
writes them to a staging folder, with the overview in parts), then, once validation passed, the
overview completed with what the manifest and validation say and the folder put in place of the old
report (`place`). The same bytes as a report made in one go (`build` without `staged`), and no page of
a run that failed validation is ever in the report folder. Imports no pandas: the publish job that
places the report needs none."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import threading
from pathlib import Path

from ..jsonio import atomic_write_bytes
from .assets import CSS
from .markup import ASSETS, esc, page, section
from .trash import FOLDER as TRASH
from .trash import Trash

PARTS = ".overview-parts.json"  # in a staged report only: the overview without manifest and validation
SNAKEMAKE_MARK = ".snakemake_timestamp"  # what Snakemake leaves in a folder it was told a job makes


def run_section(counts: str, validation: dict | None) -> str:
    """The run section: the counts and, for a validated run, the outcome of validation."""
    body = counts
    if validation is not None:
        state = "passed" if validation.get("passed") else "FAILED"
        body += f"<p>Validation {state}: {validation.get('n_violations', 0)} violations.</p>"
        warns = validation.get("warnings") or []
        if warns:
            body += '<ul class="warn">' + "".join(f"<li>{esc(w)}</li>" for w in warns) + "</ul>"
        failed = [e for e in validation.get("articles_not_analysed") or [] if e.get("status") == "failed"]
        if failed:
            items = "".join(
                f"<li>{esc(e['source_path'])} ({esc(e['article_id'])}): {esc(e['reason'])}</li>" for e in failed
            )
            body += (
                f"<p>{len(failed)} article{'s' if len(failed) > 1 else ''} failed in a step and "
                f"{'are' if len(failed) > 1 else 'is'} left out of it and of the later steps:</p>"
                f'<ul class="warn">{items}</ul>'
            )
    return section("Articles and rows", body, "run")


def compose(parts: dict[str, str], manifest: dict | None, validation: dict | None) -> str:
    """The overview page from its parts (`overview.overview_parts`), the manifest's provenance and the
    outcome of validation."""
    body = ""
    if manifest:
        short = {k: esc(str(manifest.get(k))[:12]) for k in ("code_digest", "config_hash", "registry_hash")}
        body += (
            f'<p class="prov">Code {esc(manifest.get("code_version"))} (digest {short["code_digest"]}), '
            f"configuration {short['config_hash']}, registry {short['registry_hash']}, "
            f"spaCy model {esc(manifest.get('spacy_model'))} {esc(manifest.get('spacy_model_version'))}. "
            'Data: <a href="../datapackage.json">datapackage.json</a>, '
            '<a href="../manifest.json">manifest.json</a>, <a href="../changes.json">changes.json</a>.</p>'
        )
    body += run_section(parts["counts"], validation)
    return page("Narrative pipeline report", body + parts["rest"])


def standalone(index: str, folder: str) -> str:
    """The overview as one file beside the report folder (for `snakemake --report`): style and script
    inline, links into the folder."""
    out = re.sub(r'href="(?!https?:|#|\.\./)', f'href="{folder}/', index)
    out = out.replace('href="../', 'href="')
    out = out.replace(f'<link rel="stylesheet" href="{folder}/assets/report.css">', f"<style>{CSS}</style>")
    return out.replace(f'<script src="{ASSETS}/report.js" defer></script>', "")


def _json(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def trash_of(staged: Path) -> Trash:
    """Where the publish job puts the files it replaces or deletes (`trash`): in the cache folder of the report
    cache a staged folder was made with; none (`Trash(None)`: deleted as before) without one."""
    from .incremental import DELTA

    delta = _json(Path(staged) / DELTA) if Path(staged).is_dir() else None
    cache = delta.get("cache_dir") if isinstance(delta, dict) else None
    return Trash(Path(cache) / TRASH if cache else None)


def place(staged: Path, out: Path, results: Path, overview: Path | None = None, trash: Trash | None = None) -> int:
    """Complete the staged report's overview with `results`' manifest and validation report, and put the
    folder where the report goes (the old one is deleted by a thread: `wait_for_removals`), or, for a
    staged folder that holds the changed pages only (`incremental`), move them into the report in place;
    the overview as one file to `overview` when given. Returns the overview's size in bytes. Raises
    `incremental.StaleBase` (and changes nothing) when the report is no longer the one the changed
    pages were made against: the caller builds it whole."""
    from . import incremental as inc

    staged, out = Path(staged), Path(out)
    parts = json.loads((staged / PARTS).read_text(encoding="utf-8"))
    index = compose(parts, _json(Path(results) / "manifest.json"), _json(Path(results) / "validation/report.json"))
    delta = _json(staged / inc.DELTA)
    cache = Path(delta["cache_dir"]) if delta else None
    pending = inc.read_state(cache, inc.PENDING) if cache is not None else None
    if pending is not None and pending.get("build") != delta.get("build"):
        pending = None  # the state of another build: the next build is cold
    if trash is None:  # (the old files: the next report job deletes them)
        trash = Trash(cache / TRASH if cache is not None else None)
    known = None  # (the sizes of the pages an update kept: `incremental.kept_sizes`)
    if delta is not None and delta.get("base") is not None:
        state = inc.read_state(cache)
        current = inc.token_of(out)
        if (
            pending is None
            or state is None
            or state.get("token") != delta["base"]
            or state.get("folder") != delta.get("folder")
            or delta.get("folder") != inc.folder_name(cache, out)
            or not out.is_dir()
            or (current is not None and current != delta["base"])
        ):
            raise inc.StaleBase(f"{out} is not the report the pages in {staged} were made against")
        inc.drop_state(cache, trash)
        moved = inc.apply_delta(
            staged, out, delta["removed"], index.encode("utf-8"), {PARTS, SNAKEMAKE_MARK, inc.DELTA}, trash
        )
        known = inc.kept_sizes(state, pending, moved)
        trash.discard(staged)
    else:
        if cache is not None:
            inc.drop_state(cache)
        (staged / "index.html").write_text(index, encoding="utf-8")
        for name in (PARTS, SNAKEMAKE_MARK, inc.DELTA):
            (staged / name).unlink(missing_ok=True)
        replace_folder(staged, out)
    if pending is not None:
        inc.record(cache, {k: v for k, v in pending.items() if k != "build"}, out, trash, known)
    if overview is not None:
        atomic_write_bytes(Path(overview), standalone(index, out.name).encode("utf-8"))
    return len(index.encode("utf-8"))


def replace_folder(new: Path, out: Path) -> None:
    """Put the folder `new` at `out`; an old folder there is moved aside and deleted by a thread."""
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old.", dir=out.parent))
        out.rename(old / out.name)
        _remove(old)
    new.rename(out)


_REMOVING: list[threading.Thread] = []


def _remove(folder: Path) -> None:
    """Delete `folder` in a thread (unlinking is system calls: it runs beside the rest of the job)."""
    thread = threading.Thread(target=shutil.rmtree, args=(folder,), kwargs={"ignore_errors": True})
    thread.start()
    _REMOVING.append(thread)


def wait_for_removals() -> None:
    """Wait until the old reports moved aside by `build(wait=False)` or `place` are deleted."""
    while _REMOVING:
        _REMOVING.pop().join()
