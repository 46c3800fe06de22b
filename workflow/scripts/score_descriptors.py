"""Score descriptor coreference ("the firm" = Shell) of a results folder against hand labels.

    python workflow/scripts/score_descriptors.py RESULTS LABELS.jsonl [--corpus DIR] [--json OUT] [--floors FILE]

Prints recall (labels, close calls left out, whose head noun a linked mention overlaps, naming the
referent), precision (the results' `descriptor` mentions in the labelled articles that do), F1, the
figures per head noun and per descriptor rule, then the misses and the false links. Articles are
matched by `source_path` of the ingest table (relative to the corpus folder; `--corpus` also checks
every label's offsets against the archived text); a source path that ends with a label's article
path is that article (the quality gate copies articles under a folder of its own). With `--floors`,
exits 1 when recall or precision falls below the floors the file gives the label file under
`descriptors:`. The label format: config/eval/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import yaml
from narrative_pipeline import evaluate
from narrative_pipeline.descriptor_eval import Mention, check_labels, format_report, read_labels, score_descriptors


def article_paths(results: Path, corpus: Path | None) -> dict[str, str]:
    """article id -> its path relative to the corpus. A copy of an article under another name shares
    its id (`duplicate_of` names the first): the id keeps the first's path (the quality gate also
    writes the articles the statement gold quotes, under names of their own)."""
    table = results / "ingest/articles.parquet"
    files = [table] if table.exists() else sorted((results / "ingest/shards").glob("*.articles.parquet"))
    paths = {}
    for f in files:
        columns = [c for c in ("article_id", "source_path", "duplicate_of") if c in pq.read_schema(f).names]
        for row in pq.read_table(f, columns=columns).to_pylist():
            path = row["source_path"]
            if corpus is not None and Path(path).is_absolute():
                path = str(Path(path).relative_to(corpus.resolve()))
            if row.get("duplicate_of") is None:
                paths[row["article_id"]] = path
            else:
                paths.setdefault(row["article_id"], path)
    return paths


def as_labelled(path: str, labelled: set[str]) -> str:
    """The labelled article a source path is: itself, or the one it ends with."""
    if path in labelled:
        return path
    return next((a for a in sorted(labelled) if path.endswith("/" + a)), path)


def load(results: Path, corpus: Path | None, labelled: set[str]) -> tuple[list[Mention], dict[str, str]]:
    paths = {k: as_labelled(v, labelled) for k, v in article_paths(results, corpus).items()}
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
    p.add_argument("--floors", type=Path, help="fail when a score is below its floor (config/quality_floors.yaml)")
    a = p.parse_args()
    labels = read_labels(a.labels)
    if a.corpus is not None:
        problems = check_labels(labels, a.corpus)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
    mentions, names = load(a.results, a.corpus, {lab.article for lab in labels})
    report = score_descriptors(labels, mentions, names)
    print(format_report(report))
    if a.json:
        a.json.write_text(json.dumps(report.as_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    failed = below_floors(report.as_dict(), a.floors, a.labels.name) if a.floors else []
    for problem in failed:
        print(f"BELOW FLOOR: {problem}")
    return 1 if failed else 0


def below_floors(scores: dict, floors: Path, name: str) -> list[str]:
    """The floors of the floors file's `descriptors:` entry for this label file that a score falls
    below (`descriptor_recall`, `descriptor_precision`), through the gate's one comparison."""
    wanted = ((yaml.safe_load(floors.read_text(encoding="utf-8")) or {}).get("descriptors") or {}).get(name, {})
    summary = {f"descriptor_{key}": scores[key] for key in ("recall", "precision", "f1")}
    return evaluate.below_floors(summary, {key: float(floor) for key, floor in wanted.items()})


if __name__ == "__main__":
    sys.exit(main())
