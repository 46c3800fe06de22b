"""Who a first-person subject of a statement's action stands for (narr34): every statement row of a run whose action's
subject (or the subject of a verb its clause hangs from, `roles.subject_chain`) is "I" / "me" / "we" / "us", with how
the narratives step resolved it (`speaker_pronouns`' rule and actor, its type) or left it, the claim's speaker, whether
the pronoun is quoted, whether "all" goes with it, whether the page names an author, and the sentence.

Prints one line per row, then counts by corpus and shape; `--sample N --seed S` prints a seeded sample of N rows
(`random.sample` over the rows sorted by corpus, article, action start) instead of all of them.

    python workflow/scripts/count_we_i_narr34.py /work/runs/m62-bbc /work/runs/m62-web
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from count_shared_we_narr33 import parsed_articles
from narrative_pipeline.narratives import roles
from narrative_pipeline.narratives.lexicon import load_lexicon
from narrative_pipeline.tables import read_parquet

ROOT = Path(__file__).resolve().parents[2]
FIRST = frozenset({"i", "me", "we", "us"})


def first_subject(verb) -> object | None:
    """The first-person subject of the verb or of the nearest verb its clause hangs from that has a subject."""
    for v in [verb, *roles.subject_chain(verb)]:
        subj = next((c for c in v.children if c.dep in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj if subj.lower in FIRST and subj.pos == "PRON" else None
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    lex = load_lexicon(ROOT / "config/plover_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")
    shared = roles.SharedWe(lex.shared_we_nouns, lex.shared_we_phrases, lex.inclusive_we_words)
    counts: Counter[str] = Counter()
    out: list[tuple] = []
    for run in args.runs:
        corpus = run.name
        statements: dict[str, list[dict]] = {}
        for s in read_parquet(run / "narratives/statements.parquet").to_pylist():
            statements.setdefault(s["article_id"], []).append(s)
        authored = {
            r["article_id"]: bool(r["authors"])
            for r in read_parquet(run / "ingest/articles.parquet", columns=["article_id", "authors"]).to_pylist()
        }
        for article, ms, cs in parsed_articles(run):
            ss = statements.get(article.article_id)
            if not ss:
                continue
            quoted = roles.quoted_tokens(article)
            types = roles.article_types(ms)
            found = roles.speaker_pronouns(
                article, ms, cs, lex.speaker_pronouns, lex.speaker_group_pronouns, quoted,
                lex.speech_verbs, types, None, lex.bygone_modifiers, None,
            )  # fmt: skip
            by_start = {t.start: t for t in article.tokens}
            claim_of = {c.claim_id: c for c in cs}
            for s in ss:
                verb = by_start.get(s["action_start"])
                subj = first_subject(verb) if verb is not None else None
                if subj is None:
                    continue
                q = "quoted" if subj.i in quoted else "unquoted"
                f = found.get(subj.i)
                shared_cue = (
                    f is not None and f.rule == "speaker-tie" and roles.shared_we(article, subj, quoted, shared)
                )
                res = f"{f.rule}->{f.actor_id}({types.get(f.actor_id)})" if f else "none"
                if shared_cue:
                    res += "[shared-we left]"
                c = claim_of.get(s["claim_id"])
                speaker = c.claimer_actor_id if c and c.claimer_kind == "actor" else (c.claimer_kind if c else "")
                speaker = f"{speaker}({types.get(speaker)})" if speaker in types else speaker
                allw = any(x.lower == "all" for x in [*subj.children, *(subj.head.children if subj.head else [])])
                author = "author" if authored.get(article.article_id) else "-"
                shape = f"{corpus} {q} {subj.lower} {res.split('->')[0]}"
                counts[shape] += 1
                sent = " ".join(x.text for x in article.sents[verb.sent].tokens)
                out.append(
                    (corpus, article.article_id, s["action_start"], q, subj.text, "all" if allw else "", res,
                     f"agent={s['agent_actor_id']}/{s['agent_rule']}", f"patient={s['patient_actor_id']}",
                     f"{s['action_text']}[{s['action_class']}]", f"speaker={speaker}", author, sent[:400])
                )  # fmt: skip
    out.sort()
    shown = random.Random(args.seed).sample(out, min(args.sample, len(out))) if args.sample else out
    for r in shown:
        print(" | ".join(str(x) for x in r))
    for k, v in sorted(counts.items()):
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
