"""Draw the sentences of narr36's statement dev set (`config/eval/statements-dev-narr36.jsonl`, session 55).

narr35's fresh blind set (`statements_gold.narr35.jsonl`) took every sentence of the politics articles and web news
pages no file names, so it stays measured only; this set is drawn the same way (body sentences holding linked
mentions of at least two distinct actors, 12 to 60 words: `draw_statements_gold_narr35.candidates`) from the articles
that no statement set names, and it is read: the errors of the rules on it are what rules are written from.
- BBC politics: the analysed articles of the politics section that no `statements_gold.*.jsonl` names (m64: 323
  articles with a candidate). Other checks name many of them, but they label claims and mentions, no statement.
  `BBC_N` articles drawn, one candidate sentence each, so that no article gives two.
- web news: the pages web18's page list calls news that no `statements_gold.*.jsonl` names; `WEB_N` sentences drawn,
  at most `WEB_PER_PAGE` a page.
Only the sentence spans and the mentions' actor ids are read, never a statement row, so the sentences can be labelled
blind. Each draw is `random.Random(SEED)` over the candidates sorted by source and offset; the rows are kept in that
order. Rows: id (`d01`...), source (the article path under the BBC corpus, or `web-pages/html/<page>`: not under the BBC
corpus, so the scorer analyses the sentence alone), text, statements (empty, for the labeller).

    python workflow/scripts/draw_statements_dev_narr36.py --bbc /work/runs/m64-bbc --web /work/runs/m64-web \\
        --out draw.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from draw_actors_handcheck_bbc55 import BBC_PATH
from draw_claims_handcheck_web73 import news_pages
from draw_statements_gold_narr35 import WEB_PREFIX, _politics, candidates, write_draw

SEED = 20262501
BBC_N, WEB_N, WEB_PER_PAGE = 40, 20, 2
EVAL = Path(__file__).resolve().parents[2] / "config/eval"


def statement_sources(eval_dir: Path = EVAL) -> set[str]:
    """The sources (BBC article paths and web page names) any statement gold set names."""
    names: set[str] = set()
    for path in sorted(eval_dir.glob("statements_gold.*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                source = json.loads(line)["source"]
                names.add(source.removeprefix(WEB_PREFIX))
                names.update(BBC_PATH.findall(source))
    return names


def draw(bbc: Path, web: Path, seed: int = SEED) -> list[dict[str, Any]]:
    """`BBC_N` BBC sentences (one an article) and `WEB_N` web ones (at most `WEB_PER_PAGE` a page)."""
    named = statement_sources()
    rng = random.Random(seed)
    bbc_rows = candidates(bbc, _politics(bbc) - named)
    chosen = [(path, rng.choice(bbc_rows[path])) for path in sorted(rng.sample(sorted(bbc_rows), BBC_N))]
    web_rows = candidates(web, {p for p in news_pages() if p not in named}, by_name=True)
    pool = [(WEB_PREFIX + page, s) for page in sorted(web_rows) for s in web_rows[page]]
    taken: dict[str, int] = {}
    for source, s in rng.sample(pool, len(pool)):
        if len([1 for c in chosen if c[0].startswith(WEB_PREFIX)]) == WEB_N:
            break
        if taken.get(source, 0) < WEB_PER_PAGE:
            taken[source] = taken.get(source, 0) + 1
            chosen.append((source, s))
    chosen.sort(key=lambda c: (c[0], c[1]["start"]))
    return [
        {"id": f"d{k:02d}", "source": source, "text": s["text"], "statements": []}
        for k, (source, s) in enumerate(chosen, 1)
    ]


def main() -> None:
    write_draw(__doc__, draw)


if __name__ == "__main__":
    main()
