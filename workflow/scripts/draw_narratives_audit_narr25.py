"""Draw narr25's audit of the statements table (`config/eval/narratives-audit-narr25.jsonl`): 60 statement rows of
the full runs of main 0dbe0180 (m56), the BBC and web runs in proportion to their statement row counts (the web's
rounded, at least 1), each drawn uniformly from its run's table, at most one row an article, leaving out every BBC
article a file of config/eval, tests or the shared spec names (by article id or file name), so no drawn BBC row was
judged before. Every web page is named by some gold or check file (review51), so the web rows come from all of them:
an audit there, not a blind check. Seed 20261925.

Each row has `narratives_handcheck.statement_row`'s fields and the judgement fields filled by hand under ANNOTATION.md
before any rule was written: `fields` (right / arguable / wrong for the action, its category, the agent and the
patient), `shape` (the error's shape, a short name), `verdict`, `wrong`, `gold` (scored by
`narratives_handcheck.py score`) and `note`.

    python workflow/scripts/draw_narratives_audit_narr25.py --bbc /work/runs/m56-bbc --web /work/runs/m56-web \
        --out config/eval/narratives-audit-narr25.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import draw_trust_audit_review51 as review51
from later_checks import SINCE_SESSION_57
from narratives_handcheck import read_results, statement_row, with_claimers

SEED = 20261925
N = 60
OWN_FILE = "narratives-audit-narr25.jsonl"
# claims70's h70 (session 50) and actors76's spt76 (session 51), drawn after this one
LATER = (
    frozenset(
        {
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
RUN = "m56 (main 0dbe0180)"
JUDGED_FIELDS = ("action", "category", "agent", "patient")


def named_strings() -> set[str]:
    """Every article id and file name a text file of config/eval, tests or the shared spec names, this audit's own
    file and the checks drawn after it aside (review51's reading)."""
    return review51.named_strings(skip=frozenset({OWN_FILE}) | LATER)


def shares(counts: dict[str, int]) -> dict[str, int]:
    """N rows split between the BBC and web runs by their row counts (the web's rounded, at least 1)."""
    return review51.shares(counts, N)


def draw(runs: dict[str, Path], named: set[str]) -> list[dict[str, Any]]:
    """The drawn rows, BBC before web, each run's in its seeded order."""
    tables = {c: read_results(r) for c, r in runs.items()}
    n = shares({c: len(t["statements"]) for c, t in tables.items()})
    taken: set[str] = set()
    out = []
    for corpus, t in tables.items():
        names = t["actors"].set_index("actor_id")["name"].to_dict()
        mtext = t["mentions"].set_index("mention_id")["text"].to_dict()
        paths = t["texts"].set_index("article_id")["source_path"].to_dict()
        sents = t["sentences"].set_index("sentence_id")["text"].to_dict()
        s = with_claimers(t["statements"].sort_values("statement_id", ignore_index=True), t["claims"])
        skip = named if corpus == "bbc" else set()
        for i in review51.seeded_take(s.article_id, n[corpus], f"{SEED}-{corpus}", taken, paths, skip):
            out.append(statement_row(s.iloc[i], corpus, "any", paths, sents, names, mtext))
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bbc", type=Path, required=True)
    p.add_argument("--web", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    a = p.parse_args()
    rows = draw({"bbc": a.bbc, "web": a.web}, named_strings())
    for n, r in enumerate(rows, 1):
        r.update({"n": n, "run": RUN, "fields": dict.fromkeys(JUDGED_FIELDS), "shape": None})
        r.update({"verdict": None, "wrong": [], "gold": None, "note": ""})
    a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {a.out}")


if __name__ == "__main__":
    main()
