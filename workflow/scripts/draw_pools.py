"""What the seeded draws of web news pages share (`draw_gold_web_dev40.py`, `draw_actors_handcheck_web41.py`): the
news pages, the rows earlier actor hand checks hold per page, and a page's extracted length.

A draw is a record: run again, it must give the pages it gave. The hand checks made after a draw (among them the one
a draw was made for) would change its pool, so each draw names the check files it came before (`later`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Collection
from pathlib import Path

from narrative_pipeline.sources import SourceSettings, read_source

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "config/eval"
PAGES = Path("/work/shared/corpora/web-pages/html")


def news_pages() -> list[str]:
    """The pages `claims-handcheck-web18-pages.tsv` calls news, in its order."""
    with (EVAL / "claims-handcheck-web18-pages.tsv").open(encoding="utf-8") as f:
        return [r["page"] for r in csv.DictReader(f, delimiter="\t") if r["decision"] == "news"]


def check_rows(later: Collection[str]) -> dict[str, int]:
    """Rows of the actor hand checks (`actors-*.jsonl` of config/eval) per page name, but of the files `later`."""
    rows: dict[str, int] = {}
    for path in EVAL.glob("actors-*.jsonl"):
        if path.name in later:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                name = Path(json.loads(line).get("source_path", "")).name
                rows[name] = rows.get(name, 0) + 1
    return rows


def words_between(name: str, least: int, most: int) -> bool:
    """Whether the page `name` is analysed and its extracted main text has `least` to `most` words."""
    (item,) = read_source(PAGES / name, name, SourceSettings())
    return item.status == "ok" and least <= len(item.text.split()) <= most
