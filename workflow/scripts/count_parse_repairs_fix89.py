"""fix89: how many sentences of a run's parse each of the normalize step's parse repairs (`misparse`) touches.

Reads a run's normalize tables as written before normalize.parse.v10 (a base run of main's code) and takes each repair
on each sentence alone; prints the counts and, with --show, each touched sentence.

    python workflow/scripts/count_parse_repairs_fix89.py /work/runs/m73-bbc [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from narrative_pipeline.misparse import REPAIRS, default_repair_words, may_need_repair
from narrative_pipeline.parsed import load_shard


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    words = default_repair_words()
    counts = {repair.__name__: 0 for repair in REPAIRS}
    for tokens in sorted((args.results / "normalize" / "shards").glob("*.tokens.parquet")):
        shard = tokens.name.split(".")[0]
        texts = args.results / "ingest" / "shards" / f"{shard}.texts.parquet"
        sentences = tokens.with_name(f"{shard}.sentences.parquet")
        for article in load_shard(texts, sentences, tokens):
            cols = {"dep": [t.dep for t in article.tokens], "tag": [t.tag for t in article.tokens],
                    "text": [t.text for t in article.tokens]}  # fmt: skip
            if not may_need_repair(cols, words):
                continue
            for sent in article.sents:
                for repair in REPAIRS:
                    before = [(t.pos, t.dep, t.head_i) for t in sent.tokens]
                    repair(sent, words)
                    if [(t.pos, t.dep, t.head_i) for t in sent.tokens] != before:
                        counts[repair.__name__] += 1
                        if args.show:
                            print(f"{repair.__name__}\t{sent.sentence_id}\t{sent.record.text[:200]}")
    for name, count in counts.items():
        print(f"{name}: {count} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
