"""Two statement shapes counted on a run's tables (narr33): the author's own "I" / "we" and possessor patients.

1. An unquoted "I" / "we" that is the subject of a statement's action (the page's author speaking in its own
   voice: "I think the government is wrong to ..."): the statement rows whose action has such a subject, by the
   agent the row has today, by corpus; and every unquoted "I" / "we" subject of a verb in an article, by whether
   the article names an author.
2. Possessor patients: statement rows whose patient mention is the owner ("poss") of the verb's object or passive
   subject ("criticised Gerrard's performance", "X's plan was attacked by Y"), by the action's class (classified
   or not) and by the owned noun; a seeded sample of them printed with their sentences (`--sample`, `--seed`).

    python workflow/scripts/count_author_i_possessors_narr33.py /work/runs/m61-bbc /work/runs/m61-web
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from narrative_pipeline.narratives import roles
from narrative_pipeline.parsed import articles_from_tables, read_shard_tables
from narrative_pipeline.records import MentionRecord
from narrative_pipeline.tables import arrow_schema, read_parquet, validate_rows

FIRST = frozenset({"i", "we"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20262201)
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    owned: Counter[str] = Counter()
    possessor_rows: list[tuple[str, str, str, str]] = []
    author_rows: list[tuple[str, str, str]] = []
    for run in args.runs:
        corpus = run.name
        statements = read_parquet(run / "narratives/statements.parquet").to_pylist()
        by_article: dict[str, list[dict]] = {}
        for s in statements:
            by_article.setdefault(s["article_id"], []).append(s)
        authored = {
            r["article_id"]: bool(r["authors"])
            for r in read_parquet(run / "ingest/articles.parquet", columns=["article_id", "authors"]).to_pylist()
        }
        for shard in sorted((run / "normalize/shards").glob("*.tokens.parquet")):
            n = shard.name.split(".")[0]
            tables = read_shard_tables(
                run / f"ingest/shards/{n}.texts.parquet", run / f"normalize/shards/{n}.sentences.parquet", shard
            )
            mentions = {
                m.mention_id: m
                for m in validate_rows(
                    MentionRecord,
                    read_parquet(
                        run / f"actors/shards/{n}.mentions.parquet", schema=arrow_schema(MentionRecord)
                    ).to_pylist(),
                )
            }
            for article in articles_from_tables(*tables):
                quoted = roles.quoted_tokens(article)
                has_author = "author named" if authored.get(article.article_id) else "no author"
                for t in article.tokens:
                    if t.lower in FIRST and t.pos == "PRON" and t.dep == "nsubj" and t.i not in quoted:
                        counts[f"{corpus} unquoted {t.lower} subject ({has_author})"] += 1
                by_start = {t.start: t for t in article.tokens}
                for s in by_article.get(article.article_id, []):
                    verb = by_start.get(s["action_start"])
                    if verb is None:
                        continue
                    subj = next((c for c in verb.children if c.dep in ("nsubj", "nsubjpass")), None)
                    if subj is not None and subj.lower in FIRST and subj.i not in quoted and subj.dep == "nsubj":
                        counts[f"{corpus} rows with an unquoted {subj.lower} subject, agent {s['agent_rule']}"] += 1
                        sent = " ".join(x.text for x in article.sents[verb.sent].tokens)
                        author_rows.append((corpus, article.article_id, f"{s['agent_actor_id']} {verb.text}", sent))
                    m = mentions.get(s["patient_mention_id"] or "")
                    if m is None:
                        continue
                    head = article.tokens[m.head_i]
                    noun = head.head
                    if head.dep != "poss" or noun is None or noun.head is not verb:
                        continue
                    if noun.dep not in ("dobj", "nsubjpass"):
                        continue
                    kind = "classified" if s["action_class"] else "unclassified"
                    counts[f"{corpus} possessor patient of a {noun.dep}, {kind}"] += 1
                    owned[noun.lower] += 1
                    sent = " ".join(x.text for x in article.sents[verb.sent].tokens)
                    shape = f"{verb.text} [{s['action_class']}] {head.text}'s {noun.text}"
                    possessor_rows.append((corpus, article.article_id, shape, sent))
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}")
    print("owned nouns:", owned.most_common(25))
    print("== author rows")
    for r in author_rows:
        print(*r[:3], "|", r[3][:300])
    print(f"== possessor rows: seeded sample of {args.sample} (seed {args.seed})")
    for r in random.Random(args.seed).sample(sorted(possessor_rows), min(args.sample, len(possessor_rows))):
        print(*r[:3], "|", r[3][:300])


if __name__ == "__main__":
    main()
