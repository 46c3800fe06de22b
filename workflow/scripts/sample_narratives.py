"""Draw a seeded random sample of statement and framing rows of a run, with what a judge needs to read.

    python workflow/scripts/sample_narratives.py RESULTS --seed 1717 --per-section 8 --out SAMPLE.jsonl

Reads the shard tables of a results folder (narratives, claims, actors, normalize, ingest), draws
`--per-section` statements and as many framing rows from the articles of each section (the folder
under `news/` of the article's source path), and writes one JSON object a line: the row's fields,
the names of the actors it names, the mention texts, the sentence and the claim it stands in. The
judgement fields are left for the judge. Rows are drawn with `random.Random(seed)` from the rows of
each section sorted by id, so the same run and seed give the same sample.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

SECTIONS = ("politics", "business", "tech", "entertainment", "sport")


def read_shards(results: Path, step: str, name: str) -> pa.Table:
    paths = sorted((results / step / "shards").glob(f"*.{name}.parquet"))
    return pa.concat_tables([pq.read_table(p) for p in paths], promote_options="default")


def section_of(source_path: str) -> str | None:
    parts = source_path.split("/")
    return next((parts[k + 1] for k, p in enumerate(parts[:-1]) if p == "news"), None)


def draw(rows: list[dict], key: str, sections: dict[str, str], per_section: int, rng: random.Random) -> list[dict]:
    by_section: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: r[key]):
        section = sections.get(r["article_id"])
        if section in SECTIONS:
            by_section[section].append(r)
    out = []
    for section in SECTIONS:
        pool = by_section[section]
        for r in rng.sample(pool, min(per_section, len(pool))):
            out.append({"section": section, **r})
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("results")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--per-section", type=int, default=8)
    p.add_argument("--out", required=True)
    p.add_argument("--classified", action="store_true", help="draw statements with an action class only (no framing)")
    a = p.parse_args()
    results = Path(a.results)
    articles = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "status"])
    sections, paths = {}, {}
    for r in sorted(articles.to_pylist(), key=lambda r: r["source_path"]):
        if r["status"] == "ok" and r["article_id"] not in sections:
            sections[r["article_id"]] = section_of(r["source_path"])
            paths[r["article_id"]] = r["source_path"]
    texts = {
        r["article_id"]: r["text"]
        for r in pq.read_table(results / "ingest/texts.parquet", columns=["article_id", "text"]).to_pylist()
    }
    names = {r["actor_id"]: r["name"] for r in read_shards(results, "actors", "actors").to_pylist()}
    mentions = {r["mention_id"]: r for r in read_shards(results, "actors", "mentions").to_pylist()}
    claims = {r["claim_id"]: r for r in read_shards(results, "claims", "claims").to_pylist()}
    sentences = {
        (r["article_id"], r["sentence_id"]): r for r in read_shards(results, "normalize", "sentences").to_pylist()
    }
    rng = random.Random(a.seed)
    statement_rows = read_shards(results, "narratives", "statements").to_pylist()
    if a.classified:
        statement_rows = [r for r in statement_rows if r["action_class"] is not None]
    statements = draw(statement_rows, "statement_id", sections, a.per_section, rng)
    framing_rows = [] if a.classified else read_shards(results, "narratives", "framing").to_pylist()
    framing = draw(framing_rows, "framing_id", sections, a.per_section, rng)

    def mention_text(mid: str | None) -> str | None:
        m = mentions.get(mid) if mid else None
        return m["text"] if m else None

    out = []
    for r in statements:
        sent = sentences[(r["article_id"], r["sentence_id"])]
        claim = claims.get(r["claim_id"]) or {}
        out.append(
            {
                "table": "statements",
                "id": r["statement_id"],
                "section": r["section"],
                "source_path": paths[r["article_id"]],
                "sentence": sent["text"],
                "sentence_start": sent["start"],
                "agent": names.get(r["agent_actor_id"]) if r["agent_actor_id"] else None,
                "agent_mention": mention_text(r["agent_mention_id"]),
                "agent_rule": r["agent_rule"],
                "action": r["action_text"],
                "action_start": r["action_start"],
                "action_lemma": r["action_lemma"],
                "action_class": r["action_class"],
                "quad_class": r["quad_class"],
                "class_rule": r["class_rule"],
                "class_cue": r["class_cue"],
                "patient": names.get(r["patient_actor_id"]) if r["patient_actor_id"] else None,
                "patient_mention": mention_text(r["patient_mention_id"]),
                "patient_rule": r["patient_rule"],
                "negated": r["negated"],
                "claimer": names.get(claim.get("claimer_actor_id")) or claim.get("claimer_text"),
                "check_text": texts[r["article_id"]][r["action_start"] : r["action_end"]] == r["action_text"],
            }
        )
    for r in framing:
        sent = sentences[(r["article_id"], r["sentence_id"])]
        out.append(
            {
                "table": "framing",
                "id": r["framing_id"],
                "section": r["section"],
                "source_path": paths[r["article_id"]],
                "sentence": sent["text"],
                "sentence_start": sent["start"],
                "actor": names.get(r["actor_id"]),
                "actor_mention": mention_text(r["mention_id"]),
                "label": r["label"],
                "label_start": r["start"],
                "kind": r["kind"],
                "rule": r["rule"],
                "claimer_kind": r["claimer_kind"],
                "claimer": names.get(r["claimer_actor_id"]) if r["claimer_actor_id"] else r["claimer_text"],
                "check_text": texts[r["article_id"]][r["start"] : r["end"]] == r["label"],
            }
        )
    Path(a.out).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{len(statements)} statements, {len(framing)} framing rows -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
