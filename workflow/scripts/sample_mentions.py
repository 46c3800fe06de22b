"""Draw a random sample of linked actor mentions from a results folder, ready for a judge.

    python workflow/scripts/sample_mentions.py RESULTS_DIR --corpus DIR --out FILE \
        [--per-section 40] [--per-article 3] [--seed 20261130] [--sections politics,business,...]

Linked mentions (actor_id set) of `actors/mentions.parquet`, with their actor's name and source
(`actors/actors.parquet`) and their article's path (`ingest/articles.parquet`); the section is the
folder under `news/` (BBC layout) or the first folder of the path. Sections are taken in the order
given (default, `narrative_pipeline.judged.default_sections`: politics, business, tech,
entertainment, sport when the results hold those five, files outside them left out; else every
section, sorted), and the draw is `narrative_pipeline.judged.draw` (deterministic for a seed). Each
row gets the sentence around the mention, read from the archived file under `--corpus` (checked against the
mention's text), and empty judgment fields for the judge: `correct`, `type_correct`, `error`,
`correct_actor`, `correct_type`, `debatable`, `why` (see config/eval/README.md).

With `--short-context`, the sentence is replaced by a short context (the mention and up to 60
characters either side): the form kept in the repository under config/eval/. A sample already judged
is turned into that form, its judgments kept, with

    python workflow/scripts/sample_mentions.py --strip JUDGED.jsonl --corpus DIR --out config/eval/NAME.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
from narrative_pipeline.judged import default_sections, draw, section_of, short_context

JUDGE_FIELDS = ("correct", "type_correct", "error", "correct_actor", "correct_type", "debatable", "why")
MENTION_FIELDS = ("type_rule", "type_cue")  # the deciding evidence, where the results record it


def archived_text(corpus: Path, source_path: str) -> str:
    text = (corpus / source_path).read_bytes().decode("utf-8")
    return text.removeprefix("\ufeff")


def sentence_around(sentences: list[dict], text: str, start: int, end: int) -> str:
    for s in sentences:
        if s["start"] <= start and end <= s["end"]:
            return text[s["start"] : s["end"]]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def strip(judged: Path, corpus: Path, out: Path) -> int:
    """The judged rows with a short context instead of the sentence (offsets checked against the corpus)."""
    rows = [json.loads(line) for line in judged.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts: dict[str, str] = {}
    lines = []
    for row in rows:
        text = texts.setdefault(row["source_path"], archived_text(corpus, row["source_path"]))
        if text[row["start"] : row["end"]] != row["text"]:
            print(f"{row['source_path']} [{row['start']}:{row['end']}] is not {row['text']!r}", file=sys.stderr)
            return 1
        row.pop("sentence", None)
        row["context"] = short_context(text, row["start"], row["end"])
        lines.append(json.dumps(row, ensure_ascii=False))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} judged mentions with short contexts to {out}")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("results", type=Path, nargs="?")
    p.add_argument("--corpus", type=Path, required=True, help="the input_dir the results were made from")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--per-section", type=int, default=40)
    p.add_argument("--per-article", type=int, default=3)
    p.add_argument("--seed", type=int, default=20261130)
    p.add_argument("--sections", help="comma-separated, in draw order")
    p.add_argument("--short-context", action="store_true", help="a short context instead of the sentence")
    p.add_argument("--strip", type=Path, help="a judged sample to keep with short contexts only")
    a = p.parse_args()
    if a.strip:
        return strip(a.strip, a.corpus, a.out)
    if a.results is None:
        p.error("RESULTS_DIR is required unless --strip is given")

    mentions = pq.read_table(a.results / "actors/mentions.parquet").to_pylist()
    actors = {r["actor_id"]: r for r in pq.read_table(a.results / "actors/actors.parquet").to_pylist()}
    paths = {
        r["article_id"]: r["source_path"]
        for r in pq.read_table(
            a.results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"]
        ).to_pylist()
        if r["analysed"]
    }
    linked = []
    for m in mentions:
        if m["actor_id"] is None or m["article_id"] not in paths:
            continue
        source_path = paths[m["article_id"]]
        linked.append({**m, "source_path": source_path, "section": section_of(source_path)})
    present = sorted({r["section"] for r in linked})
    if a.sections:
        sections = a.sections.split(",")
    else:
        sections = default_sections(present)
    chosen = draw(linked, sections, a.per_section, a.per_article, a.seed)

    sentences: dict[str, list[dict]] = {}
    for s in pq.read_table(
        a.results / "normalize/sentences.parquet", columns=["article_id", "start", "end"]
    ).to_pylist():
        sentences.setdefault(s["article_id"], []).append(s)
    texts: dict[str, str] = {}
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as fh:
        for n, row in enumerate(chosen):
            path = row["source_path"]
            text = texts.setdefault(path, archived_text(a.corpus, path))
            start, end = row["start"], row["end"]
            if text[start:end] != row["text"]:
                print(f"{path} [{start}:{end}] is {text[start:end]!r}, not {row['text']!r}", file=sys.stderr)
                return 1
            actor = actors.get(row["actor_id"], {})
            record = {
                "n": n,
                "section": row["section"],
                "source_path": path,
                "article_id": row["article_id"],
                "start": start,
                "end": end,
                "text": row["text"],
            }
            if a.short_context:
                record["context"] = short_context(text, start, end)
            else:
                record["sentence"] = sentence_around(sentences.get(row["article_id"], []), text, start, end)
            record |= {
                "actor_id": row["actor_id"],
                "actor_name": actor.get("name"),
                "actor_type": row["actor_type"],
                "actor_source": actor.get("source"),
                "link_method": row["link_method"],
            }
            record |= {k: row[k] for k in MENTION_FIELDS if k in row}
            record |= {k: None for k in JUDGE_FIELDS}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} mentions from {len({r['article_id'] for r in chosen})} articles to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
