"""The cost of `narratives.roles.speaker_pronouns` as a page grows (review54 finding 9; narr28).

Builds a synthetic web page of N paragraphs, each a quoted "I" / "we" with its speaker, parses it, links its actors
and extracts its claims through the real steps, and times `speaker_pronouns` alone (CPU seconds of this process, the
best of a few calls). Before narr28 the function scanned every claim and every linked mention for each quoted
pronoun (quadratic: the time per pronoun grows with the page); after, a bisect over the claims sorted by start and a
dict from actor to its mentions keep the time per pronoun flat. Run it with either code on PYTHONPATH:

    python workflow/scripts/time_speaker_pronouns_narr28.py [--sizes 50 100 200 400 800]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims
from narrative_pipeline.claims import load_lexicon as load_claims_lexicon
from narrative_pipeline.narratives import roles
from narrative_pipeline.narratives.lexicon import load_lexicon
from narrative_pipeline.nlp import load_pipeline
from narrative_pipeline.normalize import compile_patterns, parse_articles
from narrative_pipeline.parsed import build_articles
from narrative_pipeline.records import ArticleText
from narrative_pipeline.registry import load_registry
from narrative_pipeline.settings import PipelineConfig

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPH = (
    '"We will appeal against the ban and we expect to win," Wasps coach Warren Gatland said on Monday. '
    '"I will attack Michael Howard over his record on crime," Tony Blair said in Leeds.'
)


def page(n: int) -> str:
    return "A long page\n\n" + "\n\n".join(PARAGRAPH for _ in range(n))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400, 800])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    cfg = PipelineConfig()
    nlp = load_pipeline(cfg.spacy_model, ())
    patterns = compile_patterns(cfg.boilerplate_patterns)
    registry = load_registry(ROOT / "config/actors.yaml")
    claims_lex = load_claims_lexicon(ROOT / "config/claims_lexicon.yaml")
    lex = load_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")
    heads = ("paragraphs", "tokens", "claims", "mentions", "resolved", "cpu s", "us/pronoun")
    print(" ".join(f"{h:>10}" for h in heads))
    for n in args.sizes:
        text = ArticleText(article_id="0123456789abcdef", source_path="a.html", sha256="0" * 64, text=page(n))
        (result,) = list(parse_articles([text], nlp, patterns, cfg.max_chunk_chars, 64))
        article = build_articles([text], result.sentences, result.tokens)[0]
        mentions, _ = link_articles([article], registry, 90.0)
        claims, _ = extract_claims([article], mentions, claims_lex)
        quoted = roles.quoted_tokens(article)
        best, found = float("inf"), {}
        for _ in range(args.repeat):
            t0 = time.process_time()
            found = roles.speaker_pronouns(
                article, mentions, claims, lex.speaker_pronouns, lex.speaker_group_pronouns, quoted, lex.speech_verbs
            )
            best = min(best, time.process_time() - t0)
        pronouns = sum(1 for t in article.tokens if t.pos == "PRON" and t.i in quoted and t.lower in ("i", "we"))
        print(
            f"{n:>10} {len(article.tokens):>10} {len(claims):>10} {len(mentions):>10} {len(found):>10} {best:>10.4f} "
            f"{1e6 * best / max(pronouns, 1):>10.1f}"
        )


if __name__ == "__main__":
    main()
