"""Build the report folder from a results folder: load, render each page and write it into a
temporary folder that replaces the old one at the end (so no page of an older run survives).
Nothing that varies between runs (times, hosts) goes in: the same results give the same bytes."""

from __future__ import annotations

import hashlib
import json
import os
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
from .grouped import CHUNK, CHUNK_ROWS, UPDATE_ROWS, ByKey, bounded_chunks, chunks, mapping, records
from .incremental import DELTA, INDEX, PENDING, Base, apply_delta, drop_state, record, write_state
from .keys import forget_hashes, keep_hashes
from .listingcache import FILE as LISTINGS
from .listingcache import KeptListings
from .listingcache import save as save_listings
from .markup import actor_href, article_href, esc_values, page, table_frame
from .memory import release
from .network import LAYOUTS, Edge, KnownLayouts, edges, node_actor
from .overview import NETWORK_ROWS, edge_rows, network_page, overview_parts
from .rowcache import FILE as ROWS
from .rowcache import RowCache
from .rows import Listings
from .signatures import ActorSignatures, ArticleSignatures, RowValues, digest
from .staged import PARTS, compose, replace_folder, standalone, wait_for_removals
from .trash import FOLDER as TRASH
from .trash import Trash, sweep

__all__ = ["build", "render", "wait_for_removals"]  # wait_for_removals: where callers found it before


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def write_page(path: str, html: str) -> None:
    """`Path(path).write_text(html, encoding="utf-8")` (the same bytes and permissions) without a text
    file object: a report writes 12,000 pages, and the wrapper cost more than the writing (0.33-0.61 ->
    0.18-0.20 CPU s for 5,000 pages of 20 kB)."""
    data = (html if os.linesep == "\n" else html.replace("\n", os.linesep)).encode("utf-8")
    fd = os.open(path, _CREATE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _json(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def actors_index(tables, names, made: dict[str, int]) -> str:
    if "actors" not in tables:
        return page("Actors", '<p class="empty">No actors table.</p>')
    a = tables["actors"].sort_values(["n_mentions", "actor_id"], ascending=[False, True])
    return page(f"Actors ({len(a):,})", actors_table(a, made))


def actors_table(a, made: dict[str, int]) -> str:
    """The actors index's table, a row per actor of `a` in its order: what `table` makes of a row of
    `(link(actor_href(id), name), esc(type), esc(source), mentions, claims made)` each, the cells made a
    column at a time (9,400 actors on BBC: each row's five calls cost more than the page's text)."""
    ids = a["actor_id"].tolist()
    # an actor's href is a slug of letters, digits and "-" (`markup.slug`): `link` escapes nothing in it
    hrefs = [actor_href(i) for i in ids]
    columns = [esc_values(a[c].tolist()) for c in ("name", "actor_type", "source")]
    counts = [f"{int(n):,}" for n in a["n_mentions"].tolist()]
    claims = [f"{made.get(i, 0):,}" for i in ids]
    rows = "".join(
        f'<tr><td><a href="{h}">{n}</a></td><td>{t}</td><td>{s}</td><td>{m}</td><td>{c}</td></tr>\n'
        for h, n, t, s, m, c in zip(hrefs, *columns, counts, claims, strict=True)
    )
    return table_frame(["actor", "type", "source", "mentions", "claims made"], rows)


def actors_index_key(reuse: Base, made: dict[str, int]) -> str:
    """What the actors page shows: every actors row (with its name) and the claims each actor made."""
    rows = reuse.values.of("actors").tobytes() if "actors" in reuse.values.tables else b""
    return digest(reuse.salt, "actors.html", (hashlib.blake2b(rows).hexdigest(), sorted(made.items())))


def network_key(reuse: Base, all_edges: list[Edge], names: dict[str, str]) -> str:
    """What the network page shows: its strongest edges, the number of edges and the names of the
    actors in them (the tables and their columns, which decide its links, are in the salt)."""
    shown = [(e.source, e.kind, e.target, e.weight, e.n_articles, e.n_stories) for e in all_edges[:NETWORK_ROWS]]
    named = sorted({(i, names.get(node_actor(i))) for e in shown for i in (e[0], e[2])})
    return digest(reuse.salt, "network.html", (len(all_edges), shown, named))


def _placed_actors(
    actors: list[dict], ap: ActorPages, actor_keys: ActorSignatures, reuse: Base, names: dict[str, str]
) -> list[dict]:
    """The actors whose page of the last report does not stay (`Base.place`, each page's key made in one
    pass: `ActorSignatures.keys`); the listings a page that stays links to are made all the same, as its
    page would make them (only an actor with more than CAP mentions or claims made has any)."""
    ids = [a["actor_id"] for a in actors]
    rels = [actor_href(i) for i in ids]
    shown = {
        i: [(e.source, e.kind, e.target, e.weight, e.n_articles, e.n_stories) for e in found[:CAP]]
        for i, found in ap.edges.items()
        if found
    }
    listed = ap.with_listings()
    todo = []
    keys = actor_keys.keys(rels, ids, ap.relations, shown, names)
    for a, actor_id, rel, key in zip(actors, ids, rels, keys, strict=True):
        if not reuse.place(rel, key):
            todo.append(a)
        elif actor_id in listed:
            ap.listings_of(actor_id)
    return todo


def _keep() -> None:
    """(Freed memory left to the allocator.)"""


def render(
    results: Path,
    input_dir: Path | None,
    write: Callable[[str, str], None],
    specs: Sequence[Table] = TABLES,
    reuse: Base | None = None,
    staged: bool = False,
) -> str:
    """Every page of the report, each handed to `write(relative path, HTML)` as soon as it is made (so
    the report never sits in memory whole); returns the overview page. `specs`: the catalogue's tables
    (tests add some). `reuse`: the last report (`incremental.Base`: each article, actor and listing
    page whose key is unchanged stays as it is there instead of being made). `staged`: the overview in
    parts instead (see `staged.place`), and "" returned."""
    results = Path(results)
    kept = RowCache.load(reuse.cache_dir) if reuse is not None else None  # the row hashes of the last build
    tables = load_tables(results, specs, kept)
    if kept is not None:
        keep_hashes(kept)
    articles = tables["articles"]
    names = mapping(tables["actors"], "actor_id", "name") if "actors" in tables else {}
    texts = Texts(text_files(results), input_dir, articles)
    listings = Listings(tables, names)
    listings.sink = write
    listings.reuse = reuse
    listings.deferred = []  # the listing pages are made at the end, a table at a time (`Listings.flush`)
    all_edges = edges(tables)
    months: dict[str, str] = {}
    if "published_at" in articles.columns:
        dated = articles.dropna(subset=["published_at"])
        months = dict(zip(dated.article_id, dated.published_at.astype(str).str.slice(0, 7), strict=True))
    art = ArticlePages(tables, texts, names)
    files: dict[str, list[dict]] = {}
    for row in records(articles.sort_values("source_path")):
        files.setdefault(row["article_id"], []).append(row)
    if reuse is not None:
        reuse.values = RowValues(tables, names)
        reuse.start(reuse.values.salt())
        listings.kept = KeptListings(reuse.cache_dir, reuse)
    # a cold build's phases each free much of what they made; an update makes few pages (its peak is
    # below a cold build's), and giving memory back would cost it page faults later
    tidy = release if reuse is None or not reuse.usable else _keep
    listings.release = tidy
    tidy()  # (the tables' Arrow form, dropped once in pandas)
    article_keys = ArticleSignatures(tables, reuse.values, reuse.salt) if reuse is not None else None
    for chunk in chunks(sorted(files)):
        todo = list(chunk)
        if article_keys is not None and reuse is not None:
            todo = []
            for article_id in chunk:
                rows, rel = files[article_id], article_href(article_id)
                text = texts.get(article_id) if any(bool(r.get("analysed")) for r in rows) else None
                if not reuse.place(rel, article_keys.key(rel, article_id, text, texts.problem(article_id))):
                    todo.append(article_id)
        art.load(todo)
        for article_id in todo:
            write(article_href(article_id), art.render(article_id, files[article_id]))
    del art, article_keys, texts, files  # (every text of the corpus: not held while the rest is made)
    tidy()
    sentences = ByKey.of(tables["sentences"], "sentence_id", "text") if "sentences" in tables else {}
    if "actors" in tables:
        ap = ActorPages(tables, names, listings, sentences, months, all_edges)
        actor_keys = ActorSignatures(tables, reuse.values, reuse.salt, sentences, months) if reuse is not None else None
        todo = records(tables["actors"])
        if actor_keys is not None and reuse is not None:  # the pages to make, all known before any is made
            todo = _placed_actors(todo, ap, actor_keys, reuse, names)
        # (their rows loaded a bounded chunk at a time: an update's few pages in a chunk or two, not in every
        # chunk of the corpus's actors, each of which looked the sentences of its actors up in every sentence)
        few = reuse is not None and reuse.usable and len(todo) <= CHUNK  # (an update's few pages: `UPDATE_ROWS`)
        weights = [ap.weight(a["actor_id"]) for a in todo]
        for chunk in bounded_chunks(todo, weights, total=UPDATE_ROWS if few else CHUNK_ROWS):
            ap.load([a["actor_id"] for a in chunk])
            for a in chunk:
                write(actor_href(a["actor_id"]), ap.render(a))
        del ap, actor_keys
    del sentences  # (every sentence's text, for the actor pages only)
    tidy()
    made = tables["claims"].claimer_actor_id.value_counts().to_dict() if "claims" in tables else {}
    if reuse is None or not reuse.place("actors.html", actors_index_key(reuse, made)):
        write("actors.html", actors_index(tables, names, made))
    layouts = KnownLayouts.load(reuse.cache_dir if reuse is not None else None, reuse.code if reuse is not None else "")
    parts = overview_parts(tables, listings, names, all_edges, layouts)
    if staged:  # completed by `staged.place` once the run is validated
        write(PARTS, json.dumps(parts, sort_keys=True))
        index = ""
    else:
        index = compose(parts, _json(results / "manifest.json"), _json(results / "validation/report.json"))
        write("index.html", index)
    if reuse is None or not reuse.place("network.html", network_key(reuse, all_edges, names)):
        write("network.html", network_page(all_edges, tables, listings, names, layouts))
    else:  # the listings it links to are made all the same (their keys go into the state)
        edge_rows(all_edges, tables, listings, names, NETWORK_ROWS)
    for name in ("articles", "claims"):  # the nav bar's listings
        listings.listing(name, name, f"All {name}")
    listings.flush(last=True)  # (the tables are dropped one by one: nothing needs them after)
    write("assets/report.css", CSS.lstrip())
    write("assets/report.js", JS.lstrip())
    if reuse is not None:  # the cache files replaced below are not freed here (`trash`: the next build deletes them)
        trash = Trash(reuse.cache_dir / TRASH)
        for name in (ROWS, LAYOUTS, LISTINGS):
            trash.keep_old(reuse.cache_dir / name)
    if kept is not None:
        kept.save()
    layouts.save()
    if reuse is not None:
        save_listings(reuse.cache_dir, listings.page_values)
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
    report: Path | None = None,
) -> dict[str, int]:
    """Write the report of `results` to `out` (replaced whole, or updated in place), and the overview as
    one file to `overview` when given (it must sit beside `out`). `cache_dir`: the state of the last
    report (`incremental`: with it, only pages whose data changed are made; the same bytes with or
    without it). `staged`: into the staging folder `out`, for `staged.place` to put at `report` (the
    report folder: with a state that describes it, the staged folder holds the changed pages only).
    `wait` false: an old report moved aside is deleted by a thread while the caller goes on
    (`wait_for_removals` before exiting). Returns counts of what was written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    written: list[str] = []
    from . import code_fingerprint  # the package imports this module first

    target = Path(report) if staged and report is not None else out
    sweep(cache_dir)  # (what the last publish put aside, deleted in a thread beside this build: `trash`)
    reuse = Base(cache_dir, target, code_fingerprint()) if cache_dir is not None and (report or not staged) else None

    def write(rel: str, html: str) -> None:
        path = os.path.join(tmp, rel)
        try:
            write_page(path, html)
        except FileNotFoundError:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_page(path, html)
        written.append(rel)

    try:
        index = render(results, input_dir, write, specs, reuse, staged)
        tmp.chmod(0o755)
        if reuse is not None:
            state = reuse.next_state([p for p in written if p != PARTS])
            removed = reuse.removed(state["files"])
            if staged:
                state["build"] = os.urandom(8).hex()  # ties the staged folder to its pending state
                base = reuse.state["token"] if reuse.state is not None else None
                delta = {"cache_dir": str(cache_dir), "base": base, "removed": removed, "build": state["build"]}
                write_state(Path(cache_dir), state, PENDING)
                (tmp / DELTA).write_text(json.dumps({**delta, "folder": state["folder"]}), "utf-8")
                replace_folder(tmp, out)
            elif reuse.usable:
                drop_state(Path(cache_dir))
                apply_delta(tmp, out, removed, index.encode("utf-8"), set())
                shutil.rmtree(tmp, ignore_errors=True)
                record(Path(cache_dir), state, out)
            else:
                drop_state(Path(cache_dir))
                replace_folder(tmp, out)
                record(Path(cache_dir), state, out)
        else:
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
    pages = set(written) | (set(reuse.pages) if reuse is not None else set())
    if not staged:
        pages.add(INDEX)
    return {
        "pages": sum(1 for p in pages if p.endswith(".html")),
        "articles": sum(1 for p in pages if p.startswith("article/")),
        "actors": sum(1 for p in pages if p.startswith("actor/")),
        "overview_bytes": len(index.encode("utf-8")),
        "cached": reuse.hits if reuse is not None else 0,
    }
