"""Draw the session 36 hand check of actors on web pages (`actors-handcheck-web36`): linked mentions and missed ones.

Two parts, both from one results folder (base36's web run) and both on the analysed pages outside every set a rule
writer has read or a gate holds out: the five pages of the session 23 blind web gold (`HELDOUT`), the six of
gold-web-dev24 and the eight of descriptors-dev23-web (`TUNED`).

- **Linked mentions** (`kind` "linked"): the linked rows of `actors/mentions.parquet` whose span overlaps no row of
  an earlier web actor check (every `actors-handcheck-*.jsonl` of config/eval), drawn with
  `narrative_pipeline.judged.draw`: 30 on the pages `claims-handcheck-web18-pages.tsv` calls news (at most 2 a page),
  10 on the others (1 a page). Only 7 of the 166 analysed pages carry no row of an earlier check, all not news, so
  the spans, not the pages, are what is new, as in every earlier draw.
- **Missed candidates** (`kind` "missed", `actor_id` ""): spans on the news pages that no mention row (linked or
  not) overlaps: 12 named entities spaCy labels PERSON, ORG, GPE or NORP, and 8 noun phrases "the/its/his/her/their
  ... NOUN" whose head is a lexicon noun of an actor (`role_nouns`, `org_head_nouns`, `company_nouns`,
  `state_descriptors`, `country_descriptors`, `group_people_nouns`), one a page, in a seeded order.

A judge fills `correct` (a linked row: the span refers to an actor and the link names it; a missed row: false),
`correct_actor` (the actor the span refers to, if any), the other judgment fields of the earlier checks, and `why`;
`workflow/scripts/score_mentions.py` scores it (a missed row that refers to an actor is a dropped actor span until a
run links it right).

    git show 52b52a4:config/actors_lexicon.yaml > lex.yaml
    python workflow/scripts/draw_actors_handcheck_web36.py --results RESULTS --lexicon lex.yaml --out draw.jsonl

The noun phrases' head nouns come from the lexicon given (`--lexicon`, default the checkout's): the check was drawn
with main 52b52a4's, before actors46 added "force" to `org_head_nouns` (with today's lexicon one candidate differs).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml
from draw_actors_handcheck_web22 import EVAL, JUDGE_FIELDS, draw_rows, pages_called
from draw_actors_handcheck_webnews23 import HELDOUT
from narrative_pipeline.judged import short_context

TUNED = (
    "californiaglobe.com.amazon.html",
    "thestkittsnevisobserver.com-bvi.html",
    "standard.co.uk.caribbean.html",
    "independent.co.uk.penalty.html",
    "dw.com.colonial.html",
    "miamitodaynews.com-Transitway.html",
    "bbc.com.52241221.html",
    "dailymail.co.uk.food.html",
    "fivethirtyeight.com.endorsement.html",
    "kaieteurnewsonline.com-essequibo.html",
    "latimes.com.bloomberg.html",
    "reuters.com.parasite.html",
    "viconsortium.com-cocaine.html",
)
SEED = 20261236
ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP")
DETERMINERS = ("the", "its", "his", "her", "their")
HEAD_LISTS = (
    "role_nouns",
    "org_head_nouns",
    "company_nouns",
    "state_descriptors",
    "country_descriptors",
    "group_people_nouns",
)


def earlier_checks() -> tuple[str, ...]:
    """Every actor hand check in config/eval before this one."""
    return tuple(
        sorted(p.name for p in EVAL.glob("actors-handcheck-*.jsonl") if p.name != "actors-handcheck-web36.jsonl")
    )


LEXICON = EVAL.parents[0] / "actors_lexicon.yaml"


def actor_head_nouns(path: Path = LEXICON) -> frozenset[str]:
    """The nouns of the lexicon at `path` that head a phrase naming an actor."""
    lexicon = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(w for key in HEAD_LISTS for w in lexicon[key] if isinstance(w, str))


def entity_spans(tokens: list[dict[str, Any]]) -> Iterable[tuple[int, int, str]]:
    """The (start, end, kind) of spaCy's entities of `ENTITY_LABELS` in one article's tokens (text order)."""
    span: list[dict[str, Any]] = []
    for t in [*tokens, {"ent_iob": "O", "ent_type": ""}]:
        if span and t["ent_iob"] != "I":
            if span[0]["ent_type"] in ENTITY_LABELS:
                yield span[0]["start"], span[-1]["end"], "entity " + span[0]["ent_type"]
            span = []
        if t["ent_iob"] == "B":
            span = [t]
        elif t["ent_iob"] == "I" and span:
            span.append(t)


def descriptor_spans(tokens: list[dict[str, Any]], heads: frozenset[str]) -> Iterable[tuple[int, int, str]]:
    """The (start, end, kind) of "the/its/... [words] NOUN" phrases of one sentence whose noun is in `heads`, the
    determiner at most three words before it."""
    for k, t in enumerate(tokens):
        if t["lower"] not in DETERMINERS:
            continue
        for u in tokens[k + 1 : k + 4]:
            if u["pos"] == "NOUN" and u["lemma"].lower() in heads and u["tag"] in ("NN", "NNS"):
                yield t["start"], u["end"], "descriptor"
                break
            if u["pos"] not in ("ADJ", "NOUN", "PROPN", "ADV", "VERB"):
                break


def missed_candidates(
    results: Path, pages: set[str], n_entities: int, n_phrases: int, seed: int, lexicon: Path = LEXICON
) -> list[dict]:
    """Seeded candidates of missed mentions on `pages`: spans overlapping no mention row, one a page a kind."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    paths = {r["article_id"]: r["source_path"] for r in arts.to_pylist() if r["analysed"] and r["source_path"] in pages}
    mentions: dict[str, list[tuple[int, int]]] = {}
    for m in pq.read_table(results / "actors/mentions.parquet", columns=["article_id", "start", "end"]).to_pylist():
        mentions.setdefault(m["article_id"], []).append((m["start"], m["end"]))
    heads = actor_head_nouns(lexicon)
    by_kind: dict[str, list[tuple[str, int, int, str]]] = {"entity": [], "descriptor": []}
    for shard in sorted((results / "normalize/shards").glob("*.tokens.parquet")):
        rows = pq.read_table(shard).to_pylist()
        by_sentence: dict[str, list[dict[str, Any]]] = {}
        for t in rows:
            if t["article_id"] in paths:
                by_sentence.setdefault(t["sentence_id"], []).append(t | {"lower": t["text"].lower()})
        for sid in sorted(by_sentence):
            toks = by_sentence[sid]
            aid = toks[0]["article_id"]
            for s, e, kind in [*entity_spans(toks), *descriptor_spans(toks, heads)]:
                if not any(a < e and s < b for a, b in mentions.get(aid, [])):
                    by_kind[kind.split()[0]].append((aid, s, e, kind))
    rng = random.Random(seed)
    chosen = []
    for kind, n in (("entity", n_entities), ("descriptor", n_phrases)):
        pool = sorted(by_kind[kind])
        rng.shuffle(pool)
        seen: set[str] = set()
        for aid, s, e, label in pool:
            if len(seen) == n:
                break
            if aid not in seen:
                seen.add(aid)
                chosen.append({"article_id": aid, "source_path": paths[aid], "start": s, "end": e, "candidate": label})
    return chosen


def missed_rows(results: Path, candidates: list[dict], first_n: int) -> list[dict[str, Any]]:
    """The candidates as rows ready for a judge, numbered from `first_n`."""
    texts = {r["source_path"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    out = []
    for k, c in enumerate(candidates, first_n):
        text = texts[c["source_path"]]
        out.append(
            {"n": k, "kind": "missed", "candidate": c["candidate"], "section": "web", "page_decision": "news"}
            | {key: c[key] for key in ("source_path", "article_id", "start", "end")}
            | {"text": text[c["start"] : c["end"]], "actor_id": "", "actor_name": None, "actor_type": None}
            | dict.fromkeys(JUDGE_FIELDS)
            | {"context": short_context(text, c["start"], c["end"], 120)}
        )
    return out


def sample(results: Path, lexicon: Path = LEXICON) -> list[dict[str, Any]]:
    """The drawn rows of both parts, ready for a judge."""
    left_out = set(HELDOUT) | set(TUNED)
    news, other = pages_called("news") - left_out, pages_called("not news") - left_out
    earlier = earlier_checks()
    linked = [
        *draw_rows(results, news, "news", 30, 2, SEED, earlier),
        *draw_rows(results, other, "not news", 10, 1, SEED, earlier),
    ]
    linked = [{"kind": "linked"} | r | {"n": k} for k, r in enumerate(linked)]
    return linked + missed_rows(results, missed_candidates(results, news, 12, 8, SEED, lexicon), len(linked))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lexicon", type=Path, default=LEXICON)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in sample(args.results, args.lexicon):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
