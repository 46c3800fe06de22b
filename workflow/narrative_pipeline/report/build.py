"""Build the report folder from a results folder: load, render each page and write it into a
temporary folder that replaces the old one at the end (so no page of an older run survives).
Nothing that varies between runs (times, hosts) goes in: the same results give the same bytes."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..catalogue import TABLES, Table
from ..tables import atomic_write_bytes
from .actors import CAP, ActorPages
from .articles import ArticlePages
from .assets import CSS, JS
from .data import Texts, load_tables, text_files
from .grouped import chunks, mapping, records
from .keys import ActorKeys, ArticleKeys, forget_hashes
from .markup import actor_href, article_href, esc, link, page, table
from .network import edges
from .overview import network_page, overview_parts
from .pagecache import PageCache
from .rows import Listings
from .staged import PARTS, compose, replace_folder, standalone, wait_for_removals

__all__ = ["build", "render", "wait_for_removals"]  # wait_for_removals: where callers found it before


def _json(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def actors_index(tables, names, made: dict[str, int]) -> str:
    a = (
        tables["actors"].sort_values(["n_mentions", "actor_id"], ascending=[False, True])
        if "actors" in tables
        else None
    )
    if a is None:
        return page("Actors", '<p class="empty">No actors table.</p>')
    rows = [
        (
            link(actor_href(r.actor_id), r.name),
            esc(r.actor_type),
            esc(r.source),
            f"{int(r.n_mentions):,}",
            f"{made.get(r.actor_id, 0):,}",
        )
        for r in a.itertuples()
    ]
    return page(f"Actors ({len(a):,})", table(["actor", "type", "source", "mentions", "claims made"], rows))


def render(
    results: Path,
    input_dir: Path | None,
    write: Callable[[str, str], None],
    specs: Sequence[Table] = TABLES,
    reuse: Reuse | None = None,
    staged: bool = False,
) -> str:
    """Every page of the report, each handed to `write(relative path, HTML)` as soon as it is made (so
    the report never sits in memory whole); returns the overview page. `specs`: the catalogue's tables
    (tests add some). `reuse`: the page cache of article and actor pages (each page whose data is
    unchanged is taken from it instead of being made). `staged`: the overview in parts instead (see
    `staged.place`), and "" returned."""
    results = Path(results)
    tables = load_tables(results, specs)
    articles = tables["articles"]
    names = mapping(tables["actors"], "actor_id", "name") if "actors" in tables else {}
    texts = Texts(text_files(results), input_dir, articles)
    listings = Listings(tables, names)
    listings.sink = write
    listings.reuse = reuse
    all_edges = edges(tables)
    months: dict[str, str] = {}
    if "published_at" in articles.columns:
        dated = articles.dropna(subset=["published_at"])
        months = dict(zip(dated.article_id, dated.published_at.astype(str).str.slice(0, 7), strict=True))
    sentences = mapping(tables["sentences"], "sentence_id", "text") if "sentences" in tables else {}
    art = ArticlePages(tables, texts, names)
    files: dict[str, list[dict]] = {}
    for row in records(articles.sort_values("source_path")):
        files.setdefault(row["article_id"], []).append(row)
    article_keys = ArticleKeys(tables, reuse.salt, art) if reuse is not None else None
    for chunk in chunks(sorted(files)):
        todo = list(chunk)
        if article_keys is not None and reuse is not None:
            todo = []
            for article_id in chunk:
                rows, rel = files[article_id], article_href(article_id)
                text = texts.get(article_id) if any(bool(r.get("analysed")) for r in rows) else None
                if not reuse.place(rel, article_keys.key(rel, rows, text, texts.problem(article_id), names)):
                    todo.append(article_id)
        art.load(todo)
        for article_id in todo:
            write(article_href(article_id), art.render(article_id, files[article_id]))
    del art, article_keys
    if "actors" in tables:
        ap = ActorPages(tables, names, listings, sentences, months, all_edges)
        actor_keys = ActorKeys(tables, reuse.salt, ap) if reuse is not None else None
        for chunk in chunks(records(tables["actors"])):
            todo = list(chunk)
            if actor_keys is not None and reuse is not None:
                todo = []
                for a in chunk:
                    rel, actor_id = actor_href(a["actor_id"]), a["actor_id"]
                    shown = [(e.agent, e.kind, e.patient, e.weight, e.n_articles) for e in ap.edges.get(actor_id, [])]
                    if reuse.place(rel, actor_keys.key(rel, a, ap.relations.get(actor_id, []), shown[:CAP], names)):
                        ap.listings_of(a)  # the listings its page links to are made all the same
                    else:
                        todo.append(a)
            ap.load([a["actor_id"] for a in todo])
            for a in todo:
                write(actor_href(a["actor_id"]), ap.render(a))
        del ap, actor_keys
    made = tables["claims"].claimer_actor_id.value_counts().to_dict() if "claims" in tables else {}
    write("actors.html", actors_index(tables, names, made))
    parts = overview_parts(tables, listings, names, all_edges)
    if staged:  # completed by `staged.place` once the run is validated
        write(PARTS, json.dumps(parts, sort_keys=True))
        index = ""
    else:
        index = compose(parts, _json(results / "manifest.json"), _json(results / "validation/report.json"))
        write("index.html", index)
    write("network.html", network_page(all_edges, tables, listings, names))
    for name in ("articles", "claims"):  # the nav bar's listings
        listings.listing(name, name, f"All {name}")
    write("assets/report.css", CSS.lstrip())
    write("assets/report.js", JS.lstrip())
    return index


def build(
    results: Path,
    out: Path,
    input_dir: Path | None = None,
    specs: Sequence[Table] = TABLES,
    overview: Path | None = None,
    cache_dir: Path | None = None,
    wait: bool = True,
    staged: bool = False,
) -> dict[str, int]:
    """Write the report of `results` to `out` (replaced whole), and the overview as one file to
    `overview` when given (it must sit beside `out`). `cache_dir`: the page cache (article and actor
    pages of earlier builds; the same bytes with or without it). `wait` false: the old report, moved
    aside, is deleted by a thread while the caller goes on (`wait_for_removals` before exiting; some
    12,000 files on a large corpus, about a second). Returns counts of what was written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    written: list[str] = []
    from . import code_fingerprint  # the package imports this module first

    reuse = Reuse(tmp, PageCache(cache_dir), code_fingerprint()) if cache_dir is not None else None

    def write(rel: str, html: str) -> None:
        path = tmp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        written.append(rel)
        if reuse is not None:
            reuse.keep(rel)

    try:
        index = render(results, input_dir, write, specs, reuse, staged)
        if reuse is not None:
            written.extend(reuse.placed)
            reuse.cache.prune()
        tmp.chmod(0o755)
        replace_folder(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        forget_hashes()
    if overview is not None and not staged:
        atomic_write_bytes(Path(overview), standalone(index, out.name).encode("utf-8"))
    if wait:
        wait_for_removals()
    return {
        "pages": sum(1 for p in written if p.endswith(".html")),
        "articles": sum(1 for p in written if p.startswith("article/")),
        "actors": sum(1 for p in written if p.startswith("actor/")),
        "overview_bytes": len(index.encode("utf-8")),
        "cached": reuse.cache.hits if reuse is not None else 0,
    }


class Reuse:
    """The page cache seen from one build: pages placed into the build's folder from the cache, and
    pages just written kept in it under their key. `salt`: the report code's fingerprint."""

    def __init__(self, folder: Path, cache: PageCache, salt: str) -> None:
        self.folder = folder
        self.cache = cache
        self.salt = salt
        self.placed: list[str] = []
        self._pending: dict[str, str] = {}
        self._folders: set[Path] = set()  # made already (12,000 pages sit in a few folders)

    def place(self, rel: str, key: str) -> bool:
        """Take the page `rel` from the cache when its key is there; else remember the key for `keep`."""
        target = self.folder / rel
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        if self.cache.place(key, target):
            self.placed.append(rel)
            return True
        self._pending[rel] = key
        return False

    def keep(self, rel: str) -> None:
        key = self._pending.pop(rel, None)
        if key is not None:
            self.cache.store(key, self.folder / rel)
