"""The shapes of label-only discovered mentions that web78's rules look at, counted on a run's articles.

For every linked mention of the given runs whose type rests on spaCy's label alone (`pagelines.LABEL_ONLY`), it says
whether the mention stands right after a number and a noun of measure or packaging or right before such a noun
(`pagelines._measured`: "1 tbsp Gia Sundried Tomato Puree", "MAGGI Chicken Stock cubes"), whether it names a listed
platform (`platform_names`), and whether every word of it is a title, a role or a person's noun ("Principal
Consultant"); it prints each with its context and the counts per run. Run with the worktree's code:

    python workflow/scripts/count_thing_shapes_web78.py /work/runs/m68-bbc /work/runs/m68-web
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from count_shared_we_narr33 import parsed_articles
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.actors.lexicon import load_actors_lexicon
from narrative_pipeline.actors.named import phrase_set
from narrative_pipeline.actors.pagelines import LABEL_ONLY, _measured

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    args = ap.parse_args()
    lex = load_actors_lexicon(ROOT / "config/actors_lexicon.yaml")
    platforms = phrase_set(lex.platform_names)
    office = lex.titles | lex.role_nouns | lex.person_nouns | lex.role_modifiers
    for run in args.runs:
        counts: Counter[str] = Counter()
        for article, mentions, _ in parsed_articles(run):
            info = None
            by_start = {t.start: t for t in article.tokens}
            by_end = {t.end: t for t in article.tokens}
            for m in mentions:
                if not m.actor_id or m.type_rule not in LABEL_ONLY:
                    continue
                first, last = by_start.get(m.start), by_end.get(m.end)
                if first is None or last is None:
                    continue
                info = info or ArticleInfo.build(article, lex)
                words = tuple(m.text.lower().split())
                shapes = []
                if _measured(first, last, info, lex.measure_nouns):
                    shapes.append("measured")
                if words in platforms:
                    shapes.append("platform")
                if all(w.strip(".&") in office or w == "&" for w in words):
                    shapes.append("office-words")
                counts["label-only"] += 1
                for s in shapes:
                    counts[s] += 1
                    text = article.text
                    ctx = text[max(0, m.start - 60) : m.start] + "[[" + m.text + "]]" + text[m.end : m.end + 40]
                    print(run.name, s, m.actor_id, "|", ctx.replace("\n", " "))
        print(run.name, dict(counts))


if __name__ == "__main__":
    main()
