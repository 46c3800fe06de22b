"""The quoted "we" / "us" pronouns narr32's speaker-tie resolves on a run's articles, and those narr33's shared-we
cue leaves (the country's or everyone's "we").

For every article of the given runs (their parse, mentions and claims, as the narratives step reads them) it runs
`roles.speaker_pronouns` as the step does and once without the shared-we cue, and prints every pronoun the cue
takes back (with its sentence, the speaker and the body it was tied to), then the counts: speaker-tie pronouns
before and after, and the cue's pronouns by kind (inclusive "all", a shared noun) and by the tie's type (a tie to a
state keeps its "we": `roles.STATE_SIDES`, not a ministry or agency typed government). Run with the worktree's code:

    python workflow/scripts/count_shared_we_narr33.py /work/runs/m61-bbc /work/runs/m61-web
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from narrative_pipeline.narratives import roles
from narrative_pipeline.narratives.lexicon import load_lexicon
from narrative_pipeline.parsed import ParsedArticle, articles_from_tables, read_shard_tables
from narrative_pipeline.records import ClaimRecord, MentionRecord
from narrative_pipeline.tables import arrow_schema, read_parquet, validate_rows

ROOT = Path(__file__).resolve().parents[2]


def rows(path: Path, model: type) -> list:
    return validate_rows(model, read_parquet(path, schema=arrow_schema(model)).to_pylist())


def parsed_articles(run: Path) -> Iterator[tuple[ParsedArticle, list[MentionRecord], list[ClaimRecord]]]:
    """Each parsed article of a run, shard by shard, with its mentions and claims, as the narratives step reads them."""
    for shard in sorted((run / "normalize/shards").glob("*.tokens.parquet")):
        n = shard.name.split(".")[0]
        tables = read_shard_tables(
            run / f"ingest/shards/{n}.texts.parquet", run / f"normalize/shards/{n}.sentences.parquet", shard
        )
        mentions: dict[str, list[MentionRecord]] = {}
        for m in rows(run / f"actors/shards/{n}.mentions.parquet", MentionRecord):
            mentions.setdefault(m.article_id, []).append(m)
        claims: dict[str, list[ClaimRecord]] = {}
        for c in rows(run / f"claims/shards/{n}.claims.parquet", ClaimRecord):
            claims.setdefault(c.article_id, []).append(c)
        for article in articles_from_tables(*tables):
            yield article, mentions.get(article.article_id, []), claims.get(article.article_id, [])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    args = ap.parse_args()
    lex = load_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")
    shared = roles.SharedWe(lex.shared_we_nouns, lex.shared_we_phrases, lex.inclusive_we_words)
    only_all = roles.SharedWe(frozenset(), frozenset(), shared.inclusive)
    only_nouns = roles.SharedWe(shared.nouns, shared.phrases, frozenset())
    counts: Counter[str] = Counter()
    for run in args.runs:
        for article, ms, cs in parsed_articles(run):
            quoted = roles.quoted_tokens(article)
            types = roles.article_types(ms)
            found = {}
            for cue in (None, shared):
                found[cue is None] = roles.speaker_pronouns(
                    article,
                    ms,
                    cs,
                    lex.speaker_pronouns,
                    lex.speaker_group_pronouns,
                    quoted,
                    lex.speech_verbs,
                    types,
                    None,
                    lex.bygone_modifiers,
                    cue,
                )
            before, after = found[True], found[False]
            for i, f in sorted(before.items()):
                if f.rule != "speaker-tie":
                    continue
                counts[f"{run.name} speaker-tie before"] += 1
                tok = article.tokens[i]
                inclusive = roles.shared_we(article, tok, quoted, only_all)
                noun = roles.shared_we(article, tok, quoted, only_nouns)
                kind = "inclusive" if inclusive else "noun" if noun else None
                if kind:
                    counts[f"{run.name} cue {kind} tie {types.get(f.actor_id)}"] += 1
                if i in after:
                    counts[f"{run.name} speaker-tie after"] += 1
                if not kind:
                    continue
                sent = article.sents[tok.sent]
                left = "kept" if i in after else "left"
                print(f"{run.name} {article.article_id} {tok.text}@{tok.i} {kind} {left} -> {f.actor_id}")
                print("   ", " ".join(t.text for t in sent.tokens))
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
