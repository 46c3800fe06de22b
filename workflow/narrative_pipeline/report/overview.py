"""The overview page (`index.html`) and the network page: counts, charts and top lists, each number a
link to the rows behind it. Sections for narratives, framing labels, outlets and months appear only
when those tables or columns hold data."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from .charts import Bar, bars, columns
from .markup import actor_href, esc, is_null, link, number, page, section, table
from .network import PART, Edge, KnownLayouts, node, node_name, svg
from .rows import Listings
from .staged import compose

TOP = 20

# Reasons that name a file or record of their own ("sidecar metadata of a.txt, ...", "same text as
# web/crawl.warc.gz#warc:20061"): counted as one kind each, else an archive of 1,000 texts with their
# sidecars lists 1,000 lines of one count each. Any other reason is its own kind.
_REASON_KINDS = (
    (
        re.compile(r"^sidecar metadata of .+, applied to that article$", re.S),
        "sidecar metadata, applied to the article of its text file",
    ),
    # "that sorts earlier", not "an earlier source": the copy kept is the one whose path sorts first, not
    # the one that was in the folder first (review59 3: a copy named copy-of-x.txt turns x.txt into the duplicate).
    (re.compile(r"^(same text as|duplicate of) .+$", re.S), r"\1 a source that sorts earlier (by path)"),
)


# What the numbers of each section mean, for a reader who never saw the code (ANNOTATION.md's terms).
READ_CLAIMS = (
    "A claim is a proposition the text puts forward: a sentence, or a clause when one sentence holds claims of "
    "different claimers, types or certainty. <b>Type</b>: event (something happened or is the case), assessment "
    "(an evaluation or explanation), prediction (the future), prescription (what should be done). "
    "<b>Certainty</b>: asserted (stated by the author), reported (passed on from a source), hedged (qualified: "
    "<i>may</i>, <i>likely</i>, <i>reportedly</i>). <b>Claimer kind</b>: author (the article's own voice), actor "
    "(a source phrase: <i>Mr Blair said</i>, <i>officials said</i>), unnamed (<i>it is reported that</i>). Rules "
    "and a classifier decide them. On news held out from their writing a type is right about three times in four "
    "(0.75-0.80 on BBC politics articles, 0.70 on other publishers' pages), certainty and claimer kind "
    "0.85-0.90 on both (README, How much to trust it). Each number links to its claims: "
    "read them before citing one."
)
READ_ACTORS = (
    "Claims made: claims whose claimer is linked to the actor (by a name, a title or a pronoun standing for it; "
    "the author's claims, unnamed sources and unlinked phrases such as <i>a spokesman</i> are not counted). "
    "Mentions: spans linked to the actor, descriptors such as <i>the prime minister</i> included. A name the "
    "registry lacks gets one id per name (<code>disc.&lt;name&gt;</code>): one person under two names counts twice."
)
READ_NARRATIVES = (
    "A statement is who does what to whom inside a claim: agent, PLOVER category, patient (— where the text names "
    "no actor). A narrative is every statement with the same agent, category, patient and negation across the "
    "corpus (a state named by its government, <i>the government</i>, <i>the Kremlin</i>, is apart from the state "
    "named itself: <i>United Kingdom (government)</i>, and so is one named by its armed forces, <i>British troops</i>: "
    "<i>United Kingdom (military)</i>); the bars are in the order of the narratives table's "
    "<code>rank</code>: each counts the articles that tell it and links to its statements. A framing label is a "
    "word the text attaches to an actor (<i>the rebels</i>, <i>renegade general</i>), applied by the claimer of the "
    "claim it stands in. "
    "Articles are counted as they are in the archive: a story filed twice counts twice (the table's "
    "<code>n_stories</code> counts it once, <code>n_distinct_texts</code> a repeated sentence once). Dates and months "
    "are the articles' (published, else archived), not when the act happened."
)


def reason_kind(reason: object) -> object:
    """The kind of a rejection or skip reason: the reason without the file or record it names."""
    if not isinstance(reason, str):
        return reason
    for pattern, kind in _REASON_KINDS:
        if pattern.match(reason):
            return pattern.sub(kind, reason)
    return reason


def _counts(series: pd.Series) -> list[tuple[object, int]]:
    vc = series.value_counts(dropna=False)
    return sorted(((k, int(v)) for k, v in vc.items()), key=lambda kv: (-kv[1], str(kv[0])))


def facet_chart(listings: Listings, name: str, column: str, title: str) -> str:
    df = listings.tables.get(name)
    if df is None or column not in df.columns or df.empty:
        return ""
    data = [Bar("none" if is_null(k) else str(k), n, listings.facet(name, column, k)) for k, n in _counts(df[column])]
    return f"<figure><figcaption>{esc(title)}</figcaption>{bars(title, data)}</figure>"


# The two kinds of rejected row (`ArticleRecord.rejection`), as the overview names them.
REJECTION_LABELS = (
    ("not_article", "not an article", "rejected: not articles (WARC requests, redirects, images, sidecars, ...)"),
    ("unsupported", "unsupported", "rejected: files of an ending the pipeline does not read (readme, license, ...)"),
    ("unreadable", "unreadable", "rejected: articles that could not be read"),
)


def reason_counts(
    a: pd.DataFrame, listings: Listings, column: str, prefix: str, chosen: pd.Series
) -> list[tuple[str, str]]:
    """One counts row per kind of reason in `column` among the `chosen` rows, most frequent first, each
    label `prefix` and the kind."""
    kinds = a[column].map(reason_kind).where(chosen)
    rows = []
    for kind, n in _counts(kinds.dropna()):
        title = f"articles: {column} = {kind}"
        href = listings.listing("articles", f"{column}={kind}", title, kinds == kind)
        rows.append((f"{prefix}{kind}", number(href, n)))
    return rows


def rejection_counts(a: pd.DataFrame, listings: Listings) -> list[tuple[str, str]]:
    """The rejected rows counted apart by kind (trial33): the records that never hold an article (a WARC's
    requests, redirects and images, a folder's sidecars), then the articles that could not be read, each kind
    with its reasons beneath, so the failures a researcher must look at are not lost among the by-design ones."""
    rows = []
    for kind, short, label in REJECTION_LABELS:
        chosen = (a["status"] == "rejected") & (a["rejection"] == kind)
        if chosen.any():
            href = listings.listing("articles", f"rejection={kind}", f"articles: {label}", chosen)
            rows.append((f"  {label}", number(href, int(chosen.sum()))))
            rows += reason_counts(a, listings, "error", f"    {short}: ", chosen)
    return rows


def run_counts(tables: dict[str, pd.DataFrame], listings: Listings) -> str:
    """The counts table of the run section (each number a link to its rows)."""
    a = tables["articles"]
    every = listings.listing("articles", "articles", "Every file, WARC record and export row seen")
    n_files = int(a["source_path"].nunique()) if len(a) else 0
    rows = [("files under input_dir", number(every, n_files))]
    if len(a) != n_files:  # WARC records and export rows: one row each
        rows.append(("files, WARC records and export rows", number(every, len(a))))
    for status, n in _counts(a["status"]):
        rows.append((f"status {status}", number(listings.facet("articles", "status", status), n)))
        if status == "rejected" and "rejection" in a.columns:
            rows += rejection_counts(a, listings)
    for column, what in (("error", "rejected"), ("skip_reason", "skipped")):
        if column not in a.columns or (column == "error" and "rejection" in a.columns):
            continue
        rows += reason_counts(a, listings, column, f"  {what}: ", a[column].notna())
    if "analysed" in a.columns:
        rows.append(
            (
                "analysed",
                number(listings.facet("articles", "analysed", True, lambda _: "Analysed files"), int(a.analysed.sum())),
            )
        )
    for name in ("sentences", "mentions", "actors", "claims", "claim_actors", *_EXTRA):
        if name in tables:
            label = {"claim_actors": "actor roles in claims"}.get(name, name)
            rows.append((label, number(listings.listing(name, name, f"All {label}"), len(tables[name]))))
            if name == "statements" and "action_class" in tables[name].columns:
                rows.append(classified_statements(tables[name], listings))
    return table(["", "count"], [(esc(k), v) for k, v in rows], cls="counts")


def classified_statements(statements: pd.DataFrame, listings: Listings) -> tuple[str, str]:
    """The statements that have a PLOVER category, beside the total: four in five have none ("moved", "put"),
    and a reader of "15,782 statements" beside the category charts took them all for classified events
    (review59 15)."""
    chosen = statements["action_class"].notna()
    title = "Statements with a PLOVER category"
    href = listings.listing("statements", "classified", title, chosen)
    return ("  of them classified (a PLOVER category)", number(href, int(chosen.sum())))


_EXTRA = ("statements", "narratives", "framing", "actor_edges", "timeline", "relations")


def top_actor_chart(title: str, counts: list[tuple[str, int]], names: dict[str, str], anchor: str) -> str:
    """A chart of the top actors; none counted: one line that says so, as the network's section does (review57 2)."""
    if not counts:
        return f'<figure><figcaption>{esc(title)}</figcaption><p class="empty">None in these results.</p></figure>'
    data = [Bar(names.get(k, k), n, actor_href(k) + anchor) for k, n in counts[:TOP]]
    return f"<figure><figcaption>{esc(title)}</figcaption>{bars(title, data, label_width=230)}</figure>"


def shown_actor(row: dict, side: str, names: dict[str, str]) -> str:
    """A narrative's agent or patient (`side`) as the report names it: "—" for none, "United Kingdom (government)"
    for a state its statements name by its government (`agent_as` / `patient_as`)."""
    actor = row.get(f"{side}_actor_id")
    if is_null(actor):
        return "—"
    part = row.get(f"{side}_as")
    return node_name(node(actor, None if is_null(part) else part), names)


def narratives_section(tables: dict[str, pd.DataFrame], listings: Listings, names: dict[str, str]) -> str:
    parts = []
    nar = tables.get("narratives")
    if nar is not None and len(nar):
        # in the table's order (`rank`: by articles, then statements), each bar the articles that tell it: the
        # bars ran by statements, so the 5th bar could hold rank 44 (review59 8)
        order = ["rank"] if "rank" in nar.columns else ["n_articles", "n_statements", "narrative_id"]
        top = nar.sort_values(order, ascending=[col == "rank" or col == "narrative_id" for col in order]).head(TOP)
        stm = tables.get("statements")
        data = []
        for r in top.to_dict("records"):
            action = f"{'not ' if r.get('negated') else ''}{r.get('action_class') or '?'}"
            label = f"{shown_actor(r, 'agent', names)} {action} {shown_actor(r, 'patient', names)}"
            href = None
            if stm is not None:
                mask = pd.Series(True, index=stm.index)
                for col in ("agent_actor_id", "action_class", "patient_actor_id", "negated", "agent_as", "patient_as"):
                    if col in stm.columns:
                        v = r.get(col)
                        mask &= stm[col].isna() if is_null(v) else stm[col] == v
                href = listings.listing("statements", f"narrative={r['narrative_id']}", f"Statements of {label}", mask)
            data.append(Bar(label, int(r["n_articles"]), href))
        parts.append(
            "<figure><figcaption>Top narratives (articles that tell each; the order of the table's rank)"
            "</figcaption>"
            f"{bars('narratives', data, label_width=330, width=760)}</figure>"
        )
    fr = tables.get("framing")
    if fr is not None and len(fr):
        # by lemma ("Government" and "government" one bar: review68 10), each linking to its rows
        column = "label_lemma" if "label_lemma" in fr.columns else "label"
        data = [Bar(str(k), n, listings.facet("framing", column, k)) for k, n in _counts(fr[column])[:TOP]]
        caption = "Top framing labels" + (" (by lemma)" if column == "label_lemma" else "")
        parts.append(f"<figure><figcaption>{caption}</figcaption>{bars('labels', data)}</figure>")
    if not parts:
        return ""
    return section("Narratives and framing", f'<p class="read">{READ_NARRATIVES}</p>' + "".join(parts), "narratives")


def by_article_attr(tables, listings, column: str, title: str, chart: Callable) -> str:
    """Analysed articles per value of an articles column: a second source of the same text (a saved page
    and the WARC record of its URL) is one article, not two."""
    a = tables["articles"]
    if "analysed" in a.columns:
        a = a[a["analysed"].fillna(False).astype(bool)]
    if column not in a.columns or a[column].isna().all():
        return ""
    values = a[column] if column != "published_at" else a[column].astype("string").str.slice(0, 7)
    key = column if column != "published_at" else "month"
    frame = a.assign(**{key: values})
    listings.tables[f"articles_by_{key}"] = frame
    counts = sorted(
        _counts(values.dropna()), key=(lambda kv: str(kv[0])) if key == "month" else (lambda kv: (-kv[1], str(kv[0])))
    )
    data = [
        Bar(str(k), n, listings.listing(f"articles_by_{key}", f"{key}={k}", f"Articles, {key} {k}", frame[key] == k))
        for k, n in counts
    ]
    return section(title, chart(title, data if key == "month" else data[:TOP]), key)


def overview(
    tables, listings: Listings, names, all_edges: list[Edge], manifest: dict | None, validation: dict | None
) -> str:
    return compose(overview_parts(tables, listings, names, all_edges), manifest, validation)  # in one go


def overview_parts(
    tables, listings: Listings, names, all_edges: list[Edge], layouts: KnownLayouts | None = None
) -> dict[str, str]:
    """The overview but what the manifest and validation say (`compose` adds them): made from the tables,
    so that the report's pages can be made while the run is still being validated. `layouts`: the network
    layouts of the last build (`network.KnownLayouts`)."""
    counts = run_counts(tables, listings)
    body = ""
    charts = "".join(
        facet_chart(listings, "claims", col, title)
        for col, title in (
            ("claim_type", "Claims by type"),
            ("certainty", "Claims by certainty"),
            ("claimer_kind", "Claims by claimer kind"),
        )
    )
    if charts:
        body += section("Claims", f'<p class="read">{READ_CLAIMS}</p><div class="grid">{charts}</div>', "claims")
    tops = ""
    if "claims" in tables:
        claimers = _counts(tables["claims"]["claimer_actor_id"].dropna())
        tops += top_actor_chart("Top claimers (claims made)", claimers, names, "#made")
    if "mentions" in tables:
        tops += top_actor_chart(
            "Top actors (mentions)", _counts(tables["mentions"]["actor_id"].dropna()), names, "#mentions"
        )
    if tops:
        no_actors = "mentions" in tables and not len(tables["mentions"]["actor_id"].dropna())
        all_actors = f"<p>{link('actors.html', 'All actors')}{' (none in these results)' if no_actors else ''}</p>"
        body += section(
            "Actors", f'<p class="read">{READ_ACTORS}</p><div class="grid">{tops}</div>{all_actors}', "actors"
        )
    body += narratives_section(tables, listings, names)
    body += by_article_attr(tables, listings, "outlet", "Articles per outlet", bars)
    body += by_article_attr(tables, listings, "published_at", "Articles per month", columns)
    body += section(
        "Actor network",
        network_body(all_edges, names, listings, 40, "", layouts)
        + f"<p>{link('network.html', 'Larger picture and edge list')}</p>",
        "network",
    )
    return {"counts": counts, "rest": body}


def network_body(
    all_edges: list[Edge],
    names: dict[str, str],
    listings: Listings,
    n: int,
    prefix: str,
    layouts: KnownLayouts | None = None,
) -> str:
    top = all_edges[:n]
    return (
        f"<p>The {len(top)} strongest of {len(all_edges):,} agent → patient edges; arrows point from agent to patient, "
        "width grows with the count; red: conflict, green: cooperation, grey: kind unknown. PLOVER counts a REQUEST "
        "(a demand, a call, an ask) as verbal conflict, so a request is red too. A state named by its government "
        "(<i>the government</i>, <i>the Russian government</i>, <i>the Kremlin</i>) is a node of its own, "
        "<i>United Kingdom (government)</i>, linking to the state's page, and so is one named by its armed forces "
        "(<i>British troops</i>: <i>United Kingdom (military)</i>); a state's own node is the state named "
        "itself.</p>" + svg(top, names, prefix, layouts=layouts)
    )


def edge_rows(all_edges: list[Edge], tables, listings: Listings, names, n: int) -> str:
    rows = []
    roles = tables.get("claim_actors")
    by_edge = _statements_by_edge(tables) if "actor_edges" in tables and "statements" in tables else {}
    for e in all_edges[:n]:
        href = None
        if "actor_edges" in tables and "statements" in tables:
            s = tables["statements"]
            mask = np.zeros(len(s), dtype=bool)
            key = (e.agent, e.patient, e.kind) if "quad_class" in s.columns else (e.agent, e.patient)
            if "agent_as" in s.columns:
                key += (e.agent_as or "", e.patient_as or "")
            mask[by_edge.get(key, [])] = True
            href = listings.listing(
                "statements",
                f"edge={e.source}>{e.target}>{e.kind}".replace(PART, "@"),
                f"Statements {node_name(e.source, names)} → {node_name(e.target, names)}",
                mask,
            )
        elif roles is not None:
            agent = set(roles.claim_id[(roles.role == "agent") & (roles.actor_id == e.agent)])
            patient = set(roles.claim_id[(roles.role == "patient") & (roles.actor_id == e.patient)])
            c = tables["claims"]
            href = listings.listing(
                "claims",
                f"edge={e.agent}>{e.patient}",
                f"Claims {names.get(e.agent, e.agent)} → {names.get(e.patient, e.patient)}",
                c.claim_id.isin(agent & patient),
            )
        rows.append(
            (
                link(actor_href(e.agent), node_name(e.source, names)),
                esc(e.kind) or "—",
                link(actor_href(e.patient), node_name(e.target, names)),
                number(href, e.weight),
                str(e.n_articles),
            )
        )
    return table(["agent", "kind", "patient", "count", "articles"], rows)


def _statements_by_edge(tables) -> dict[tuple, np.ndarray]:
    """Positions of the statements of each (agent, patient, quad class or "") edge: the rows
    `(agent == a) & (patient == p) & (quad_class.fillna("") == q)` selects, grouped once instead of
    compared once per edge."""
    s = tables["statements"]
    keys = [s.agent_actor_id.astype(object), s.patient_actor_id.astype(object)]
    if "quad_class" in s.columns:
        keys.append(s.quad_class.astype(object).fillna(""))
    if "agent_as" in s.columns:  # a state named by its government is an edge of its own (review68 11 b)
        keys += [s.agent_as.astype(object).fillna(""), s.patient_as.astype(object).fillna("")]
    if not len(s):
        return {}
    return dict(
        pd.DataFrame({i: k.to_numpy() for i, k in enumerate(keys)})
        .groupby(list(range(len(keys))), sort=False, dropna=True)
        .indices
    )


NETWORK_ROWS = 100  # the edges the network page lists (it draws the strongest 60 of them)


def network_page(all_edges, tables, listings, names, layouts: KnownLayouts | None = None) -> str:
    body = network_body(all_edges, names, listings, 60, "", layouts) + section(
        "Strongest edges", edge_rows(all_edges, tables, listings, names, NETWORK_ROWS)
    )
    return page("Actor network", body)
