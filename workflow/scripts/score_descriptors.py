"""Score descriptor coreference ("the firm" = Shell) of a results folder against hand labels.

    python workflow/scripts/score_descriptors.py RESULTS LABELS.jsonl [--corpus DIR] [--json OUT]

Prints recall (labels, close calls left out, whose head noun a linked mention overlaps, naming the
referent), precision (the results' `descriptor` mentions in the labelled articles that do), F1, the
figures per head noun and per descriptor rule, then the misses and the false links. Articles are
matched by `source_path` of the ingest table (relative to the corpus folder; `--corpus` also checks
every label's offsets against the archived text). The label format: config/eval/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
from narrative_pipeline.descriptor_eval import Mention, check_labels, format_report, read_labels, score_descriptors


def article_paths(results: Path, corpus: Path | None) -> dict[str, str]:
    """article id -> its path relative to the corpus."""
    table = results / "ingest/articles.parquet"
    files = [table] if table.exists() else sorted((results / "ingest/shards").glob("*.articles.parquet"))
    paths = {}
    for f in files:
        for row in pq.read_table(f, columns=["article_id", "source_path"]).to_pylist():
            path = row["source_path"]
            if corpus is not None and Path(path).is_absolute():
                path = str(Path(path).relative_to(corpus.resolve()))
            paths[row["article_id"]] = path
    return paths


def load(results: Path, corpus: Path | None) -> tuple[list[Mention], dict[str, str]]:
    paths = article_paths(results, corpus)
    cols = ["article_id", "start", "end", "text", "actor_id", "link_method", "type_rule"]
    mentions = [
        Mention(paths.get(r["article_id"], r["article_id"]), r["start"], r["end"], r["text"], r["actor_id"],
                r["link_method"], r["type_rule"] or "")
        for r in pq.read_table(results / "actors/mentions.parquet", columns=cols).to_pylist()
    ]  # fmt: skip
    actors = pq.read_table(results / "actors/actors.parquet", columns=["actor_id", "name"]).to_pylist()
    return mentions, {a["actor_id"]: a["name"] for a in actors}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("results", type=Path)
    p.add_argument("labels", type=Path)
    p.add_argument("--corpus", type=Path)
    p.add_argument("--json", type=Path)
    a = p.parse_args()
    labels = read_labels(a.labels)
    if a.corpus is not None:
        problems = check_labels(labels, a.corpus)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
    mentions, names = load(a.results, a.corpus)
    report = score_descriptors(labels, mentions, names)
    print(format_report(report))
    if a.json:
        a.json.write_text(json.dumps(report.as_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
