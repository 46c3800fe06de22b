"""Draw review51's trust audit of what researchers read (`config/eval/audit-review51.jsonl`): 40 rows of the full runs
of main f06a7a5c (m51), 10 each of claims, mentions, statements and framing, the BBC and web runs in proportion to
their row counts in each table (`shares`), each drawn uniformly from its run's table, at most one row an article
over the whole audit, leaving out every BBC article a file of config/eval, tests or the shared spec names (by path or
article id), so no drawn BBC row was judged before. Every one of the web corpus's 168 pages is named by some file
(gold, dev and check files), so the web rows come from all of them: a trust audit of what researchers read there,
not a blind check. Seed 20261851.

Each row carries the table's row as researchers read it, the provenance checks (`provenance`: the archived file's
digest, the text's digest, the offsets giving the row's text, the ids joining, the article's JSON document holding the
row, the manifest's versions and table digest) and the judgement fields (`verdict`: right / wrong / arguable,
`wrong`, `note`) filled by hand under ANNOTATION.md.

    python workflow/scripts/draw_trust_audit_review51.py --bbc /work/runs/m51-bbc --web /work/runs/m51-web \
        --out config/eval/audit-review51.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path
from typing import Any

import pandas as pd
from later_checks import SINCE_SESSION_57
from narrative_pipeline.textnorm import normalize_text
from narratives_handcheck import plain

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path("/work/shared")
SEED = 20261851
OWN_FILE = "audit-review51.jsonl"
# claims65's sp48 was drawn beside this audit from the same runs (session 48): each draw leaves the other's files out
# claims66's c48 (session 48) was drawn after this audit
BESIDE = (
    frozenset(
        {
            "claims-handcheck-sp48.jsonl",
            "claims-handcheck-sp48-units.jsonl",
            "claims-handcheck-c48.jsonl",
            "claims-handcheck-c48-units.jsonl",
            "narratives-audit-narr25.jsonl",  # narr25's statements audit (session 49), drawn after this audit
            # claims70's h70 (session 50), drawn after this audit
            "claims-handcheck-h70.jsonl",
            "claims-handcheck-h70-units.jsonl",
            # actors76's spt76 (session 51), drawn after this check
            "actors-handcheck-spt76.jsonl",
            "statements_gold.narr35.jsonl",  # narr35's fresh blind statement set (session 54)
            "statements-dev-narr36.jsonl",  # narr36's statement dev set (session 55)
            # claims81's b81 (session 55)
            "claims-handcheck-b81.jsonl",
            "claims-handcheck-b81-units.jsonl",
        }
    )
    | SINCE_SESSION_57
)
PER_TABLE = 10
TABLES = {
    "claims": "claims/claims.parquet",
    "mentions": "actors/mentions.parquet",
    "statements": "narratives/statements.parquet",
    "framing": "narratives/framing.parquet",
}
ID_COLUMN = {"claims": "claim_id", "mentions": "mention_id", "statements": "statement_id", "framing": "framing_id"}
INPUTS = {"bbc": SHARED / "corpora/bbc-news", "web": SHARED / "corpora/web-pages/html"}
NAMED = re.compile(r"\b[0-9a-f]{16}\b|[A-Za-z0-9._-]+\.(?:txt|html?)\b")
SUFFIXES = frozenset({".json", ".jsonl", ".md", ".py", ".txt", ".yaml", ".tsv", ".csv"})


def named_strings(
    roots: tuple[Path, ...] = (ROOT / "config/eval", ROOT / "tests", SHARED / "spec"),
    skip: frozenset[str] = BESIDE | {OWN_FILE},
) -> set[str]:
    """Every article id and every file name (BBC article, web page) a text file under `roots` names, the files of
    `skip` aside (this audit's own file and the checks drawn beside or after it; narr25's draw gives its own)."""
    out: set[str] = set()
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in SUFFIXES and path.name not in skip:
                out |= set(NAMED.findall(path.read_text(encoding="utf-8", errors="replace")))
    return out


def shares(counts: dict[str, int], n: int = PER_TABLE) -> dict[str, int]:
    """n rows split between the BBC and web runs in proportion to their row counts (the web's rounded, at least 1)."""
    web = max(1, round(n * counts["web"] / (counts["bbc"] + counts["web"])))
    return {"bbc": n - web, "web": web}


def article_named(article_id: str, source_path: str, named: set[str]) -> bool:
    return article_id in named or Path(source_path).name in named


def seeded_take(
    article_ids: pd.Series, n: int, seed: str, taken: set[str], paths: dict[str, str], named: set[str]
) -> list[int]:
    """The positions of n rows in `seed`'s shuffled order, at most one an article: none of an article in `taken`
    (which the drawn ones join) or one `named` names by id or file name (narr25's draw takes its rows so too)."""
    order = list(range(len(article_ids)))
    random.Random(seed).shuffle(order)
    out: list[int] = []
    for i in order:
        if len(out) == n:
            break
        a = article_ids.iloc[i]
        if a in taken or article_named(a, paths[a], named):
            continue
        taken.add(a)
        out.append(i)
    return out


def draw(runs: dict[str, Path], named: set[str]) -> list[dict[str, Any]]:
    """The drawn rows, table by table (claims, mentions, statements, framing), BBC before web."""
    tables = {c: {t: pd.read_parquet(r / p).sort_values(ID_COLUMN[t], ignore_index=True) for t, p in TABLES.items()}
              for c, r in runs.items()}  # fmt: skip
    paths = {c: pd.read_parquet(r / "ingest/articles.parquet").set_index("article_id")["source_path"].to_dict()
             for c, r in runs.items()}  # fmt: skip
    taken: set[str] = set()
    out = []
    for table in TABLES:
        n = shares({c: len(tables[c][table]) for c in runs})
        for corpus in runs:
            rows = tables[corpus][table]
            skip = named if corpus == "bbc" else set()
            for i in seeded_take(rows.article_id, n[corpus], f"{SEED}-{table}-{corpus}", taken, paths[corpus], skip):
                a = rows.article_id.iloc[i]
                row = {c: jsonable(v) for c, v in rows.iloc[i].items()}
                key = {"table": table, "corpus": corpus, "id": row[ID_COLUMN[table]]}
                out.append(key | {"source_path": paths[corpus][a], "row": row})
    return out


def jsonable(value: object) -> object:
    """A table value as JSON: a missing value as None, a numpy scalar as its Python value, an array as a list."""
    return plain(value.tolist() if hasattr(value, "tolist") else value)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def provenance(drawn: dict[str, Any], run: Path, input_dir: Path) -> dict[str, Any]:
    """Every provenance check of one drawn row (True where it holds)."""
    row, table = drawn["row"], drawn["table"]
    art = pd.read_parquet(run / "ingest/articles.parquet").set_index("article_id").loc[row["article_id"]]
    texts = pd.read_parquet(run / "ingest/texts.parquet").set_index("article_id").loc[row["article_id"]]
    text = texts["text"]
    doc = json.loads((run / "articles" / f"{row['article_id']}.json").read_text(encoding="utf-8"))
    manifest = json.loads((run / "manifest.json").read_text(encoding="utf-8"))
    start, end = (row["action_start"], row["action_end"]) if table == "statements" else (row["start"], row["end"])
    shown = row["action_text"] if table == "statements" else row["label"] if table == "framing" else row["text"]
    mentions = set(pd.read_parquet(run / "actors/mentions.parquet", columns=["mention_id"]).mention_id)
    claims = set(pd.read_parquet(run / "claims/claims.parquet", columns=["claim_id"]).claim_id)
    actors = set(pd.read_parquet(run / "actors/actors.parquet", columns=["actor_id"]).actor_id)
    sentences = pd.read_parquet(run / "normalize/sentences.parquet").set_index("sentence_id")
    sent = sentences.loc[row["sentence_id"]]
    joins = {k: v for k, v in row.items() if v is not None and (k.endswith("mention_id") or k == "claim_id")}
    artifact = next(a for a in manifest["artifacts"] if a["path"] == TABLES[table])
    checks = {
        "file_sha256": sha((input_dir / art["source_path"]).read_bytes()) == art["sha256"],
        "text_sha256": sha(text.encode("utf-8")) == texts["text_sha256"],
        "offsets_give_text": normalize_text(text[start:end]) == shown,
        "inside_sentence": int(sent["start"]) <= start and end <= int(sent["end"]),
        "ids_join": all(v in (claims if k == "claim_id" else mentions) for k, v in joins.items())
        and all(row.get(k) is None or row[k] in actors for k in row if k.endswith("actor_id")),
        "in_article_json": any(r[ID_COLUMN[table]] == drawn["id"] for r in doc[table]),
        "table_sha256": sha((run / TABLES[table]).read_bytes()) == artifact["sha256"],
    }
    versions = {k: manifest["components"][k] for k in ("actors", "claims", "narratives", "claims_model")}
    return {k: bool(v) for k, v in checks.items()} | {"versions": versions}


def sentence_of(drawn: dict[str, Any], run: Path) -> str:
    sentences = pd.read_parquet(run / "normalize/sentences.parquet").set_index("sentence_id")
    return str(sentences.loc[drawn["row"]["sentence_id"], "text"])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bbc", type=Path, required=True)
    p.add_argument("--web", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    a = p.parse_args()
    runs = {"bbc": a.bbc, "web": a.web}
    rows = draw(runs, named_strings())
    for n, r in enumerate(rows):
        run = runs[r["corpus"]]
        r.update({"n": n, "sentence": sentence_of(r, run), "provenance": provenance(r, run, INPUTS[r["corpus"]])})
        r.update({"verdict": None, "wrong": [], "note": "", "run": "m51 (main f06a7a5c)"})
    a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {a.out}")


if __name__ == "__main__":
    main()
