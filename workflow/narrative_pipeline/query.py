"""Questions from a terminal: `narrative-pipeline query "SQL"` (DuckDB over the result tables, each a
view named after its table in the catalogue) and `narrative-pipeline show claim|article|actor ID`
(the row with its text, context, provenance and related rows)."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import duckdb

from .catalogue import TABLES
from .decoding import reread


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def connect(results: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table present in `results` (the corpus file, else the
    table's shard files)."""
    con = duckdb.connect(":memory:")
    results = Path(results)
    for spec in TABLES:
        corpus = results / spec.path
        shards = sorted(results.glob(spec.shard_path("*")))
        if corpus.is_file():
            source = _quote(corpus)
        elif shards:
            source = "[" + ", ".join(_quote(p) for p in shards) + "]"
        else:
            continue
        con.execute(f'CREATE VIEW "{spec.name}" AS SELECT * FROM read_parquet({source})')
    return con


def views(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1").fetchall()]


def query(results: Path, sql: str, fmt: str = "table", max_rows: int = 100) -> str:
    con = connect(results)
    rel = con.sql(sql)
    if rel is None:
        return ""
    if fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(rel.columns)
        writer.writerows(rel.fetchall())
        return buf.getvalue()
    if fmt == "json":
        rows = [dict(zip(rel.columns, r, strict=True)) for r in rel.fetchall()]
        return json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n"
    # DuckDB's own rendering (str) shows 20 rows whatever the limit: render with the rows asked for (it
    # still leaves out the columns that do not fit the terminal, and says so).
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rel.show(max_rows=max_rows or 2**31 - 1)
    return buf.getvalue()


def _rows(con, sql: str, *params) -> list[dict[str, Any]]:
    rel = con.execute(sql, list(params))
    cols = [d[0] for d in rel.description]
    return [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]


def _fields(row: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
    width = max((len(k) for k in row), default=0)
    return "\n".join(f"  {k:<{width}}  {v}" for k, v in row.items() if k not in skip and v is not None)


def _text(con, results: Path, input_dir: Path | None, article_id: str) -> str | None:
    if "texts" in views(con):
        hit = _rows(con, "SELECT text FROM texts WHERE article_id = ?", article_id)
        if hit:
            return hit[0]["text"]
    if input_dir is not None:
        for a in _rows(
            con, "SELECT source_path, sha256 FROM articles WHERE article_id = ? AND status = 'ok'", article_id
        ):
            text, _ = reread(input_dir, a["source_path"], a["sha256"])
            if text is not None:
                return text
    return None


def _manifest(results: Path) -> str:
    path = Path(results) / "manifest.json"
    if not path.is_file():
        return "no manifest.json (validation has not passed)"
    m = json.loads(path.read_text(encoding="utf-8"))
    code = f"code {m['code_version']} ({m['code_digest'][:12]})"
    return f"{code}, config {m['config_hash'][:12]}, registry {m['registry_hash'][:12]}"


def show_claim(con, results: Path, input_dir: Path | None, claim_id: str) -> str:
    hit = _rows(con, "SELECT * FROM claims WHERE claim_id = ?", claim_id)
    if not hit:
        raise KeyError(f"no claim {claim_id!r}")
    c = hit[0]
    art = _rows(con, "SELECT * FROM articles WHERE article_id = ? ORDER BY analysed DESC, source_path", c["article_id"])
    out = [f"claim {claim_id}", textwrap.fill(c["text"], 100, initial_indent="  “", subsequent_indent="   ") + "”", ""]
    text = _text(con, results, input_dir, c["article_id"])
    if text is not None:
        lo, hi = max(0, c["start"] - 200), min(len(text), c["end"] + 200)
        ctx = text[lo : c["start"]] + "[[" + text[c["start"] : c["end"]] + "]]" + text[c["end"] : hi]
        out += [
            "context (archived text, claim in [[ ]]):",
            textwrap.indent(textwrap.fill(" ".join(ctx.split()), 100), "  "),
            "",
        ]
    out += ["fields:", _fields(c, ("text",)), ""]
    roles = _rows(
        con,
        "SELECT r.role, r.actor_id, a.name, r.mention_id FROM claim_actors r LEFT JOIN actors a USING (actor_id) "
        "WHERE r.claim_id = ? ORDER BY r.role, r.actor_id",
        claim_id,
    )
    if roles:
        out += ["actors:"] + [f"  {r['role']:<9} {r['name'] or r['actor_id']} ({r['actor_id']})" for r in roles] + [""]
    if "statements" in views(con):
        st = _rows(con, "SELECT * FROM statements WHERE claim_id = ? ORDER BY statement_id", claim_id)
        out += ["statements:"] + [_fields(s) for s in st] + [""] if st else []
    out += ["provenance:"] + [_source(a) for a in art]
    out += [
        f"  offsets [{c['start']}, {c['end']}) in the article's text (ingest/texts.parquet: the decoded file, or the"
        " text extracted from a page, WARC record or export row)",
        f"  {_manifest(results)}",
    ]
    return "\n".join(out) + "\n"


def _source(a: dict[str, Any]) -> str:
    """One archived source of an article: where it is (inside a container: its locator, and for a WARC
    record the offset and digest to read it again), the sha256 of its bytes, and whether it was analysed."""
    where = f"{a['source_path']}#{a['locator']}" if a.get("locator") else a["source_path"]
    line = f"  {where} sha256 {a['sha256']}"
    if a.get("warc_offset") is not None:
        line += f" (warc_offset {a['warc_offset']}, payload_digest {a.get('payload_digest')})"
    if a.get("analysed") is False:
        line += f" (not analysed: {a.get('skip_reason') or a.get('error') or 'same content'})"
    return line


def show_article(con, results: Path, input_dir: Path | None, article_id: str) -> str:
    rows = _rows(con, "SELECT * FROM articles WHERE article_id = ? ORDER BY source_path", article_id)
    if not rows:
        raise KeyError(f"no article {article_id!r}")
    out = [f"article {article_id}"] + [_fields(r) for r in rows] + [""]
    claims = _rows(con, "SELECT * FROM claims WHERE article_id = ? ORDER BY start, claim_id", article_id)
    n_mentions = _rows(con, "SELECT count(*) AS n FROM mentions WHERE article_id = ?", article_id)[0]["n"]
    out.append(f"{len(claims)} claims, {n_mentions} actor mentions")
    for c in claims:
        who = c["claimer_text"] or c["claimer_kind"]
        out.append(f"  {c['claim_id']}  {c['claim_type']:<12} {c['certainty']:<9} {who[:20]:<20} {c['text'][:70]}")
    out.append(f"\nprovenance: {_manifest(results)}")
    return "\n".join(out) + "\n"


def show_actor(con, results: Path, input_dir: Path | None, actor_id: str) -> str:
    rows = _rows(con, "SELECT * FROM actors WHERE actor_id = ?", actor_id)
    if not rows:
        raise KeyError(f"no actor {actor_id!r}")
    out = [f"actor {actor_id}", _fields(rows[0]), ""]
    roles = _rows(
        con, "SELECT role, count(*) AS n FROM claim_actors WHERE actor_id = ? GROUP BY role ORDER BY role", actor_id
    )
    out.append("roles in claims: " + (", ".join(f"{r['role']} {r['n']}" for r in roles) or "none"))
    made = _rows(
        con,
        "SELECT claim_id, claim_type, text FROM claims WHERE claimer_actor_id = ? ORDER BY claim_id LIMIT 10",
        actor_id,
    )
    if made:
        out += ["claims it makes (first 10):"] + [
            f"  {c['claim_id']}  {c['claim_type']:<12} {c['text'][:80]}" for c in made
        ]
    ments = _rows(
        con,
        'SELECT m.article_id, m.start, m."end", m.text, s.text AS sentence FROM mentions m '
        "LEFT JOIN sentences s USING (sentence_id) WHERE m.actor_id = ? ORDER BY m.article_id, m.start LIMIT 5",
        actor_id,
    )
    if ments:
        texts = {a: _text(con, results, input_dir, a) for a in sorted({m["article_id"] for m in ments})}
        out += ["mentions (first 5, in the archived text):"] + [
            f"  {m['article_id']}  {_mention_context(texts[m['article_id']], m)}" for m in ments
        ]
    out += _labels(con, actor_id)
    out.append(f"\nprovenance: {_manifest(results)}")
    return "\n".join(out) + "\n"


def _mention_context(text: str | None, m: dict[str, Any], width: int = 50) -> str:
    """The mention marked [[ ]] amid the archived text around it (whitespace collapsed), so the mention
    is always shown, wherever it stands in its sentence; without the text, the sentence's start."""
    if text is None:
        return f"{m['text']}: {(m['sentence'] or '')[:90]}"
    start, end = m["start"], m["end"]
    around = text[max(0, start - width) : start] + "[[" + text[start:end] + "]]" + text[end : end + width]
    return "..." + re.sub(r"\s+", " ", around).strip() + "..."


def _labels(con, actor_id: str) -> list[str]:
    """How the framing rows label the actor, and who applies each label (most frequent first)."""
    if "framing" not in views(con):
        return []
    cols = {r["column_name"] for r in _rows(con, "SELECT column_name FROM (DESCRIBE framing)")}
    phrase = "f.claimer_text, " if "claimer_text" in cols else ""
    labels = _rows(
        con,
        f"SELECT f.label, f.kind, coalesce(a.name, {phrase}f.claimer_kind) AS applied_by, count(*) AS n FROM framing f "
        "LEFT JOIN actors a ON a.actor_id = f.claimer_actor_id WHERE f.actor_id = ? "
        "GROUP BY ALL ORDER BY n DESC, f.label, f.kind, applied_by LIMIT 10",
        actor_id,
    )
    if not labels:
        return []
    return ["labels (framing, first 10: label, kind, applied by, rows):"] + [
        f"  {r['label']}  {r['kind']}  {r['applied_by']}  {r['n']}" for r in labels
    ]


SHOW = {"claim": show_claim, "article": show_article, "actor": show_actor}


def show(results: Path, kind: str, ident: str, input_dir: Path | None = None) -> str:
    con = connect(results)
    return SHOW[kind](con, Path(results), input_dir, ident)
