"""Draw narr22's trust audit of the statements table (`narratives-audit-narr22.jsonl`): 40 statement rows of a
full run, 25 BBC and 15 web, each drawn uniformly from every statement row of its run (any section or page kind: the
rows a researcher counts), at most one an article, leaving out the articles an earlier narratives check names
(a file of config/eval whose name starts `narratives-`), so that no drawn row was judged before. Seed 20261722.
Each row has `narratives_handcheck.statement_row`'s fields with the judgement fields (`verdict`, `wrong`, `gold`,
`note`) to fill, scored by `narratives_handcheck.py score`.

    python workflow/scripts/draw_narratives_audit_narr22.py --bbc /work/runs/m49-bbc --web /work/runs/m49-web \
        --out config/eval/narratives-audit-narr22.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import pandas as pd
from later_checks import SINCE_SESSION_57
from narratives_handcheck import read_results, spread_over_actors, statement_row, with_claimers

EVAL = Path(__file__).resolve().parents[2] / "config" / "eval"
SEED = 20261722
HEX_ID = re.compile(r"\b[0-9a-f]{16}\b")
OWN_FILE = "narratives-audit-narr22.jsonl"
# narr25's statements audit (session 49) claims70's h70 (session 50) and actors76's spt76 (session 51), drawn after
# this one
LATER = (
    frozenset(
        {
            "narratives-audit-narr25.jsonl",
            "claims-handcheck-h70.jsonl",
            "claims-handcheck-h70-units.jsonl",
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


def judged_articles(eval_dir: Path) -> set[str]:
    """Article ids the earlier narratives checks of `eval_dir` name."""
    out: set[str] = set()
    for path in sorted(eval_dir.glob("narratives-*")):
        if path.is_file() and path.name != OWN_FILE and path.name not in LATER:
            out |= set(HEX_ID.findall(path.read_text(encoding="utf-8", errors="replace")))
    return out


def pick(article_ids: pd.Series, n: int, rng: random.Random, skip: set[str]) -> list[int]:
    """Up to n row positions in a seeded random order, one an article, none of an article in `skip`
    (`narratives_handcheck.spread_over_actors` with the article as the key)."""
    return spread_over_actors(article_ids, article_ids, n, rng, set(skip))


def draw(results: Path, corpus: str, n: int, skip: set[str]) -> list[dict]:
    """n drawn statement rows of one run."""
    t = read_results(results)
    names = t["actors"].set_index("actor_id")["name"].to_dict()
    mtext = t["mentions"].set_index("mention_id")["text"].to_dict()
    paths = t["texts"].set_index("article_id")["source_path"].to_dict()
    sents = t["sentences"].set_index("sentence_id")["text"].to_dict()
    s = with_claimers(t["statements"].sort_values("statement_id", ignore_index=True), t["claims"])
    rng = random.Random(f"{SEED}-{corpus}")
    return [
        statement_row(s.iloc[i], corpus, "any", paths, sents, names, mtext) for i in pick(s.article_id, n, rng, skip)
    ]


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bbc", type=Path, required=True)
    p.add_argument("--web", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--eval", type=Path, default=EVAL)
    a = p.parse_args()
    skip = judged_articles(a.eval)
    rows = draw(a.bbc, "bbc", 25, skip) + draw(a.web, "web", 15, skip)
    for r in rows:
        r.update({"verdict": None, "wrong": [], "gold": None, "note": "", "run": "m49 (main 8eb1445d)"})
    a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {a.out}")


if __name__ == "__main__":
    main()
