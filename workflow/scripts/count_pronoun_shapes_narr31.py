"""The pronouns narr31's two changes reach on a run's articles (review56 findings 7 and 8).

For every article of the given runs (their parse and mentions, as the narratives step reads them) it runs
`roles.lone_persons` with narr28's owned nouns (every owned noun blocks every pronoun) and with narr31's (split by
gender), and `roles.lone_bodies` with plover's `speech_verbs` and with the claims lexicon's that-clause verbs
(`PloverLexicon.that_clause_verbs`), and prints each pronoun whose antecedent differs, with its sentence and the one
before, and the counts; it also counts the shapes themselves: an owner of a gendered owned noun, and an unquoted "it"
subject of a verb with a that-clause and no object, by verb (dummy before -> after). Run with the worktree's code:

    python workflow/scripts/count_pronoun_shapes_narr31.py /work/runs/m60-bbc /work/runs/m60-web
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from narrative_pipeline.narratives import roles
from narrative_pipeline.narratives.lexicon import OwnedNouns, load_lexicon
from narrative_pipeline.parsed import articles_from_tables, read_shard_tables
from narrative_pipeline.records import MentionRecord
from narrative_pipeline.syntax import lemma
from narrative_pipeline.tables import arrow_schema, read_parquet, validate_rows

ROOT = Path(__file__).resolve().parents[2]


def context(article, tok) -> str:
    sents = article.sents[max(tok.sent - 1, 0) : tok.sent + 1]
    return " ".join(" ".join(t.text for t in s.tokens) for s in sents)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    args = ap.parse_args()
    lex = load_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")
    old_owned = OwnedNouns(lex.owned.blocking(None))  # narr28: every noun blocks every pronoun
    counts: Counter[str] = Counter()
    verbs: Counter[tuple[str, bool, bool]] = Counter()
    for run in args.runs:
        for shard in sorted((run / "normalize/shards").glob("*.tokens.parquet")):
            n = shard.name.split(".")[0]
            tables = read_shard_tables(
                run / f"ingest/shards/{n}.texts.parquet", run / f"normalize/shards/{n}.sentences.parquet", shard
            )
            mentions = validate_rows(
                MentionRecord,
                read_parquet(
                    run / f"actors/shards/{n}.mentions.parquet", schema=arrow_schema(MentionRecord)
                ).to_pylist(),
            )
            by_article: dict[str, list[MentionRecord]] = {}
            for m in mentions:
                by_article.setdefault(m.article_id, []).append(m)
            for article in articles_from_tables(*tables):
                ms = by_article.get(article.article_id, [])
                quoted = roles.quoted_tokens(article)
                words = lex.lone_person_pronouns
                before = roles.lone_persons(article, ms, words, quoted, lex.genders, old_owned)
                after = roles.lone_persons(article, ms, words, quoted, lex.genders, lex.owned)
                for i in sorted(set(before) | set(after)):
                    a, b = before.get(i), after.get(i)
                    if (a and a.actor_id) != (b and b.actor_id):
                        counts[f"{run.name} lone-person changed"] += 1
                        tok = article.tokens[i]
                        print(f"P {run.name} {article.article_id} {tok.text}: {a and a.actor_id} -> {b and b.actor_id}")
                        print("   ", context(article, tok))
                for tok in article.tokens:
                    if tok.dep == "poss" and tok.head is not None and tok.head.tag == "NN":
                        noun = lemma(tok.head)
                        for kind, group in (
                            ("either", lex.owned.either),
                            ("female", lex.owned.female),
                            ("male", lex.owned.male),
                        ):
                            if noun in group:
                                counts[f"{run.name} owner of a {kind} owned noun"] += 1
                    if tok.lower == "it" and tok.pos == "PRON" and tok.dep == "nsubj" and tok.i not in quoted:
                        verb = tok.head
                        if verb is None or lemma(verb) in lex.dummy_subject_verbs:
                            continue
                        marks = {
                            g.lower
                            for c in verb.children
                            if c.dep in ("ccomp", "xcomp", "advcl")
                            for g in c.children
                            if g.dep == "mark"
                        }
                        if "that" in marks and not any(c.dep in ("dobj", "dative") for c in verb.children):
                            was = roles._dummy_it(tok, lex.dummy_subject_verbs, lex.speech_verbs)
                            now = roles._dummy_it(tok, lex.dummy_subject_verbs, lex.that_clause_verbs)
                            verbs[(lemma(verb), was, now)] += 1
                words = lex.lone_body_pronouns
                args_ = (article, ms, words, quoted, lex.dummy_subject_verbs, lex.work_verbs)
                before = roles.lone_bodies(*args_, speech_verbs=lex.speech_verbs)
                after = roles.lone_bodies(*args_, speech_verbs=lex.that_clause_verbs)
                for i in sorted(set(before) | set(after)):
                    a, b = before.get(i), after.get(i)
                    if (a and a.actor_id) != (b and b.actor_id):
                        counts[f"{run.name} lone-body changed"] += 1
                        tok = article.tokens[i]
                        print(f"B {run.name} {article.article_id} {tok.text}: {a and a.actor_id} -> {b and b.actor_id}")
                        print("   ", context(article, tok))
    print("== 'it' + that-clause, no object (verb, dummy before, dummy after): count")
    for (verb, was, now), k in sorted(verbs.items(), key=lambda kv: -kv[1]):
        print(f"   {verb} {was} -> {now}: {k}")
    for key, k in sorted(counts.items()):
        print(f"== {key}: {k}")


if __name__ == "__main__":
    main()
