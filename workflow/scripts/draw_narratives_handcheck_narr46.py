"""Draw the session 46 hand check of the narratives tables on political news (`narratives-handcheck-narr46.jsonl`).

Statement and framing rows of the BBC politics articles (the BBC corpus has no world section) and of the web pages
`claims-handcheck-web18-pages.tsv` calls `news`, leaving out every article that a file of config/eval names (its
article id, or its file name without the extension, anywhere in a file's text or a folder's file names). On BBC every
file counts (the gold sets, held-out sets, blind samples and every earlier hand check); on web, where every news page
is in some actors or claims hand check, the files that count are the gold and held-out sets, the blind samples, the
descriptor sets and the narratives checks (`GOLD_FILES`): no statement or label of a drawn page was judged before.
Rows are taken in a seeded random order (seed 20261646), at most 3 statements and 1 label an article; half of the
statements with a PLOVER class. Each row has `narratives_handcheck.draw`'s fields with the judgement fields left empty.

    python workflow/scripts/draw_narratives_handcheck_narr46.py --bbc BBC_RESULTS --web WEB_RESULTS --out draw.jsonl

Files written into config/eval since name drawn articles (this check, its README section, later checks), so the draw
is made again from config/eval as it was when it was drawn (main 18c6d37) and from that main's runs (m46):

    git archive 18c6d37 config/eval | tar -x -C /tmp/eval18c6d37
    python workflow/scripts/draw_narratives_handcheck_narr46.py --bbc m46-bbc --web m46-web --out draw.jsonl \
        --eval /tmp/eval18c6d37/config/eval
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import pandas as pd
from later_checks import SINCE_SESSION_57
from narratives_handcheck import framing_claimers, framing_row, read_results, statement_row, with_claimers

EVAL = Path(__file__).resolve().parents[2] / "config" / "eval"
SEED = 20261646
HEX_ID = re.compile(r"\b[0-9a-f]{16}\b")
OWN_FILE = "narratives-handcheck-narr46.jsonl"  # the draw's own output, once committed
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
GOLD_FILES = ("gold-", "statements_gold", "blind", "heldout", "descriptors-", "narratives-")


def named_in_eval(eval_dir: Path, only: tuple[str, ...] = ()) -> tuple[set[str], str]:
    """Article ids named in config/eval (in files whose path has one of `only`, if given), and all their text plus
    file names (to look file stems up in)."""
    texts = []
    for path in sorted(eval_dir.rglob("*")):
        later = path.name == OWN_FILE or path.name in LATER
        if later or (only and not any(o in str(path.relative_to(eval_dir)) for o in only)):
            continue
        texts.append(path.name)
        if path.is_file():
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    blob = "\n".join(texts)
    return set(HEX_ID.findall(blob)), blob


def eligible(texts: pd.DataFrame, corpus: str, news_pages: set[str], eval_dir: Path) -> set[str]:
    """The article ids of a run a judge may draw from: politics (BBC) or news pages (web), named in no eval file."""
    ids, blob = named_in_eval(eval_dir, () if corpus == "bbc" else GOLD_FILES)
    out = set()
    for article_id, path in zip(texts.article_id, texts.source_path, strict=True):
        wanted = path.startswith("news/politics/") if corpus == "bbc" else path in news_pages
        stem = Path(path).stem
        if wanted and article_id not in ids and stem not in blob:
            out.add(article_id)
    return out


def take(rows: pd.DataFrame, n: int, per_article: int, rng: random.Random, counts: dict) -> list[int]:
    """Up to n row positions in a seeded random order, at most `per_article` an article (`counts` grows)."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        if len(out) == n:
            break
        a = rows.article_id.iloc[i]
        if counts.get(a, 0) < per_article:
            counts[a] = counts.get(a, 0) + 1
            out.append(i)
    return out


def draw(
    results: Path,
    corpus: str,
    news_pages: set[str],
    n_classified: int,
    n_plain: int,
    n_labels: int,
    eval_dir: Path = EVAL,
) -> list:
    """The drawn rows of one run, leaving out the articles the files of `eval_dir` name."""
    t = read_results(results)
    keep = eligible(t["texts"], corpus, news_pages, eval_dir)
    names = t["actors"].set_index("actor_id")["name"].to_dict()
    mtext = t["mentions"].set_index("mention_id")["text"].to_dict()
    paths = t["texts"].set_index("article_id")["source_path"].to_dict()
    sents = t["sentences"].set_index("sentence_id")["text"].to_dict()
    rng = random.Random(f"{SEED}-{corpus}")
    s = with_claimers(t["statements"].sort_values("statement_id", ignore_index=True), t["claims"])
    s = s[s.article_id.isin(keep)].reset_index(drop=True)
    counts: dict = {}
    out = []
    classified = s.action_class.notna()
    for name, rows, n in (("classified", s[classified], n_classified), ("unclassified", s[~classified], n_plain)):
        rows = rows.reset_index(drop=True)
        out += [
            statement_row(rows.iloc[i], corpus, name, paths, sents, names, mtext) for i in take(rows, n, 3, rng, counts)
        ]
    f = framing_claimers(t["framing"].sort_values("framing_id", ignore_index=True))
    f = f[f.article_id.isin(keep)].reset_index(drop=True)
    out += [framing_row(f.iloc[i], corpus, paths, sents, names, mtext) for i in take(f, n_labels, 1, rng, {})]
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bbc", type=Path, required=True)
    p.add_argument("--web", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--eval", type=Path, default=EVAL, help="config/eval as the draw read it (default: this tree's)")
    a = p.parse_args()
    pages = pd.read_csv(a.eval / "claims-handcheck-web18-pages.tsv", sep="\t")
    news = set(pages.page[pages.decision == "news"])
    rows = draw(a.bbc, "bbc", set(), 13, 12, 12, a.eval) + draw(a.web, "web", news, 8, 7, 8, a.eval)
    a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {a.out}")


if __name__ == "__main__":
    main()
