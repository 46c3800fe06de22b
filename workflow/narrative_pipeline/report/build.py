"""Build the report folder from a results folder: load, render each page and write it into a
temporary folder that replaces the old one at the end (so no page of an older run survives).
Nothing that varies between runs (times, hosts) goes in: the same results give the same bytes."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..catalogue import TABLES, Table
from ..tables import atomic_write_bytes
from .actors import ActorPages
from .articles import ArticlePages
from .assets import CSS, JS
from .data import Texts, load_tables, text_files
from .grouped import chunks, records
from .markup import ASSETS, actor_href, article_href, esc, link, page, table
from .network import edges
from .overview import network_page, overview
from .rows import Listings


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
    results: Path, input_dir: Path | None, write: Callable[[str, str], None], specs: Sequence[Table] = TABLES
) -> str:
    """Every page of the report, each handed to `write(relative path, HTML)` as soon as it is made (so
    the report never sits in memory whole); returns the overview page. `specs`: the catalogue's tables
    (tests add some)."""
    results = Path(results)
    tables = load_tables(results, specs)
    articles = tables["articles"]
    names = dict(zip(tables["actors"].actor_id, tables["actors"].name, strict=True)) if "actors" in tables else {}
    texts = Texts(text_files(results), input_dir, articles)
    listings = Listings(tables, names)
    listings.sink = write
    all_edges = edges(tables)
    months: dict[str, str] = {}
    if "published_at" in articles.columns:
        dated = articles.dropna(subset=["published_at"])
        months = dict(zip(dated.article_id, dated.published_at.astype(str).str.slice(0, 7), strict=True))
    sentences = (
        dict(zip(tables["sentences"].sentence_id, tables["sentences"].text, strict=True))
        if "sentences" in tables
        else {}
    )
    art = ArticlePages(tables, texts, names)
    files: dict[str, list[dict]] = {}
    for row in records(articles.sort_values("source_path")):
        files.setdefault(row["article_id"], []).append(row)
    for chunk in chunks(sorted(files)):
        art.load(chunk)
        for article_id in chunk:
            write(article_href(article_id), art.render(article_id, files[article_id]))
    del art
    if "actors" in tables:
        ap = ActorPages(tables, names, listings, sentences, months, all_edges)
        for chunk in chunks(records(tables["actors"])):
            ap.load([a["actor_id"] for a in chunk])
            for a in chunk:
                write(actor_href(a["actor_id"]), ap.render(a))
        del ap
    made = tables["claims"].claimer_actor_id.value_counts().to_dict() if "claims" in tables else {}
    write("actors.html", actors_index(tables, names, made))
    index = overview(
        tables, listings, names, all_edges, _json(results / "manifest.json"), _json(results / "validation/report.json")
    )
    write("index.html", index)
    write("network.html", network_page(all_edges, tables, listings, names))
    for name in ("articles", "claims"):  # the nav bar's listings
        listings.listing(name, name, f"All {name}")
    write("assets/report.css", CSS.lstrip())
    write("assets/report.js", JS.lstrip())
    return index


def standalone(index: str, folder: str) -> str:
    """The overview as one file beside the report folder (for `snakemake --report`): style and script
    inline, links into the folder."""
    out = re.sub(r'href="(?!https?:|#|\.\./)', f'href="{folder}/', index)
    out = out.replace('href="../', 'href="')
    out = out.replace(f'<link rel="stylesheet" href="{folder}/assets/report.css">', f"<style>{CSS}</style>")
    return out.replace(f'<script src="{ASSETS}/report.js" defer></script>', "")


def build(
    results: Path,
    out: Path,
    input_dir: Path | None = None,
    specs: Sequence[Table] = TABLES,
    overview: Path | None = None,
) -> dict[str, int]:
    """Write the report of `results` to `out` (replaced whole), and the overview as one file to
    `overview` when given (it must sit beside `out`). Returns counts of what was written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    written: list[str] = []

    def write(rel: str, html: str) -> None:
        path = tmp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        written.append(rel)

    try:
        index = render(results, input_dir, write, specs)
        tmp.chmod(0o755)
        if out.exists():
            shutil.rmtree(out)
        tmp.rename(out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if overview is not None:
        atomic_write_bytes(Path(overview), standalone(index, out.name).encode("utf-8"))
    return {
        "pages": sum(1 for p in written if p.endswith(".html")),
        "articles": sum(1 for p in written if p.startswith("article/")),
        "actors": sum(1 for p in written if p.startswith("actor/")),
        "overview_bytes": len(index.encode("utf-8")),
    }
