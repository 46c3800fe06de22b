"""Draw and score a hand check of the narratives tables: statement rows and label (framing) rows, across actors.

    python workflow/scripts/narratives_handcheck.py draw RESULTS --corpus bbc --seed 34 \
        --statements 20 --classified 20 --labels 20 --out SAMPLE.jsonl
    python workflow/scripts/narratives_handcheck.py score --results bbc=BBC_RESULTS --results web=WEB_RESULTS \
        config/eval/narratives-handcheck-narr34.jsonl

`draw` takes statement rows (every one names an actor as agent or patient) and framing rows of a results folder
in a seeded random order, keeping a row only when its actor (a statement's agent, else its patient) has no row
yet, so the sample spreads over many actors (with `--exclude FILE`, none an earlier check names);
`--classified` rows have a PLOVER class, `--statements` rows none.
Each drawn row is written with what a judge needs (the sentence, names and mention texts, the claimer) and
judgement fields left empty: `verdict` (right, wrong, arguable), `wrong` (the fields that are wrong), `note`,
and the `gold` values the row should have.

`score` finds each judged row in a later run by its article and span (a statement by its action's offsets, a
label by any label over its span) and the same mentions, and compares the run's values with `gold`: a gold
value that is a list accepts any of its items (an arguable call). A statement whose gold names neither agent
nor patient, or a label whose gold actor is null, should not be there: its row being gone is right. Prints
right / wrong / gone per table and corpus, then each row that differs from its gold. The claimer is `author`,
an actor id, or the claimer phrase.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import pandas as pd

STATEMENT_FIELDS = ("agent", "patient", "action_class", "negated", "claimer")
LABEL_FIELDS = ("actor", "label", "claimer")


def claimer_of(kind: str | None, actor_id: str | None, text: str | None) -> str | None:
    """Who a row's claim is said by: the author, a linked actor, else the claimer phrase (or its kind)."""
    if kind == "author":
        return "author"
    return next((v for v in (actor_id, text, kind) if isinstance(v, str)), None)


def plain(value: object) -> object:
    """A table value as JSON: a missing value (NaN) as None."""
    return None if isinstance(value, float) and pd.isna(value) else value


def read_results(results: Path) -> dict[str, pd.DataFrame]:
    """The tables a hand check reads, keyed by name."""
    tables = {
        "statements": "narratives/statements.parquet",
        "framing": "narratives/framing.parquet",
        "claims": "claims/claims.parquet",
        "mentions": "actors/mentions.parquet",
        "actors": "actors/actors.parquet",
        "sentences": "normalize/sentences.parquet",
        "texts": "ingest/texts.parquet",
    }
    return {name: pd.read_parquet(results / path) for name, path in tables.items()}


def claimers(rows: pd.DataFrame) -> list[str | None]:
    """`claimer_of` of each row of a table with claimer_kind, claimer_actor_id and claimer_text."""
    columns = (rows.claimer_kind, rows.claimer_actor_id, rows.claimer_text)
    return [claimer_of(k, a, t) for k, a, t in zip(*columns, strict=True)]


def with_claimers(rows: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Statement rows with their claim's claimer as `claimer`."""
    c = claims.set_index("claim_id")
    return rows.assign(claimer=rows.claim_id.map(pd.Series(claimers(c), index=c.index)))


def framing_claimers(rows: pd.DataFrame) -> pd.DataFrame:
    """Framing rows with the claimer who applies the label as `claimer`."""
    return rows.assign(claimer=claimers(rows))


def spread_over_actors(rows: pd.DataFrame, actor: pd.Series, n: int, rng: random.Random, taken: set) -> list[int]:
    """Up to n row positions in a seeded random order, one per actor not yet in `taken` (which grows)."""
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i in order:
        if len(out) == n:
            break
        if actor.iloc[i] not in taken:
            taken.add(actor.iloc[i])
            out.append(i)
    return out


def judged_actors(paths: list[Path]) -> set[str]:
    """Every actor an earlier hand check's rows name (agent, patient or labelled actor), for `draw --exclude`."""
    out: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            out |= {row[k] for k in ("agent", "patient", "actor") if isinstance(row.get(k), str)}
    return out


def statement_row(
    r: pd.Series, corpus: str, draw_name: str, paths: dict, sentences: dict, names: dict, mention_text: dict
) -> dict:
    """A drawn statement as the hand check's fields (`paths` by article id, `sentences` by sentence id, actors'
    `names` by actor id, `mention_text` by mention id)."""
    return {
        "table": "statements",
        "corpus": corpus,
        "draw": draw_name,
        "id": r.statement_id,
        "article_id": r.article_id,
        "source_path": paths.get(r.article_id),
        "sentence": sentences[r.sentence_id],
        "start": int(r.action_start),
        "end": int(r.action_end),
        "action": r.action_text,
        "agent": plain(r.agent_actor_id),
        "agent_name": names.get(r.agent_actor_id),
        "agent_mention": mention_text.get(r.agent_mention_id),
        "agent_mention_id": plain(r.agent_mention_id),
        "agent_rule": plain(r.agent_rule),
        "action_class": plain(r.action_class),
        "class_rule": plain(r.class_rule),
        "patient": plain(r.patient_actor_id),
        "patient_name": names.get(r.patient_actor_id),
        "patient_mention": mention_text.get(r.patient_mention_id),
        "patient_mention_id": plain(r.patient_mention_id),
        "patient_rule": plain(r.patient_rule),
        "negated": bool(r.negated),
        "claimer": r.claimer,
    }


def framing_row(r: pd.Series, corpus: str, paths: dict, sentences: dict, names: dict, mention_text: dict) -> dict:
    """A drawn framing label as the hand check's fields (the lookups as `statement_row`'s)."""
    return {
        "table": "framing",
        "corpus": corpus,
        "draw": "labels",
        "id": r.framing_id,
        "article_id": r.article_id,
        "source_path": paths.get(r.article_id),
        "sentence": sentences[r.sentence_id],
        "start": int(r.start),
        "end": int(r.end),
        "label": r.label,
        "kind": r.kind,
        "rule": r.rule,
        "actor": r.actor_id,
        "actor_name": names.get(r.actor_id),
        "actor_mention": mention_text.get(r.mention_id),
        "mention_id": plain(r.mention_id),
        "claimer": r.claimer,
    }


def draw(
    results: Path,
    corpus: str,
    seed: int,
    n_plain: int,
    n_classified: int,
    n_labels: int,
    exclude: frozenset[str] = frozenset(),
) -> list[dict]:
    """The hand-check rows of one run (see the module docstring); no row's focus actor is in `exclude`."""
    t = read_results(results)
    names = t["actors"].set_index("actor_id")["name"].to_dict()
    mention_text = t["mentions"].set_index("mention_id")["text"].to_dict()
    sentences = t["sentences"].set_index("sentence_id")["text"].to_dict()
    paths = t["texts"].set_index("article_id")["source_path"].to_dict()
    rng = random.Random(seed)
    s = with_claimers(t["statements"].sort_values("statement_id", ignore_index=True), t["claims"])
    focus = s.agent_actor_id.fillna(s.patient_actor_id)
    taken: set = set(exclude)
    classified = s.action_class.notna()
    picks = [
        ("classified", s[classified].reset_index(drop=True), focus[classified].reset_index(drop=True), n_classified),
        ("unclassified", s[~classified].reset_index(drop=True), focus[~classified].reset_index(drop=True), n_plain),
    ]
    out = []
    for draw_name, rows, actor, n in picks:
        for i in spread_over_actors(rows, actor, n, rng, taken):
            out.append(statement_row(rows.iloc[i], corpus, draw_name, paths, sentences, names, mention_text))
    f = framing_claimers(t["framing"].sort_values("framing_id", ignore_index=True))
    taken = set(exclude)
    for i in spread_over_actors(f, f.actor_id, n_labels, rng, taken):
        out.append(framing_row(f.iloc[i], corpus, paths, sentences, names, mention_text))
    return out


def accepts(gold: object, value: object) -> bool:
    """Whether a run's value is the gold one (a list of gold values accepts any of them)."""
    if isinstance(gold, list):
        return any(accepts(g, value) for g in gold)
    return gold == plain(value)


def row_values(row: pd.Series, fields: tuple[str, ...]) -> dict:
    """A run's row as the hand check's fields."""
    renamed = {"agent": "agent_actor_id", "patient": "patient_actor_id", "actor": "actor_id"}
    return {f: plain(row[renamed.get(f, f)]) for f in fields}


def should_be_gone(judged: dict) -> bool:
    """Whether the gold says the row should not be in the table at all."""
    gold = judged["gold"]
    if judged["table"] == "statements":
        return gold.get("agent") is None and gold.get("patient") is None
    return gold.get("actor") is None


def mentions_of(row: pd.Series | dict) -> tuple:
    """The mentions a row is about: a statement's agent and patient, a label's actor."""
    keys = ("agent_mention_id", "patient_mention_id") if "agent_mention_id" in row else ("mention_id",)
    return tuple(plain(row[k]) for k in keys)


def actors_named(row: pd.Series | dict) -> tuple:
    """The actors a row names: a run's statement its agent and patient, a label its actor (a judged row's own)."""
    if "agent_mention_id" in row:
        keys = ("agent", "patient") if "agent" in row else ("agent_actor_id", "patient_actor_id")
    else:
        keys = ("actor",) if "actor" in row else ("actor_id",)
    return tuple(plain(row[k]) for k in keys)


def same_rows(judged: dict, at_span: pd.DataFrame) -> pd.DataFrame:
    """The run's rows at the judged span that are the judged row: about the same mentions, else (mention ids are
    numbered in text order, so a mention added or dropped before renumbers them) naming the same actors (review35:
    a row that should be gone but is still there with renumbered mentions was counted gone)."""
    same = at_span[[mentions_of(r) == mentions_of(judged) for _, r in at_span.iterrows()]]
    if same.empty:
        same = at_span[[actors_named(r) == actors_named(judged) for _, r in at_span.iterrows()]]
    return same


def judge_row(judged: dict, at_span: pd.DataFrame, fields: tuple[str, ...]) -> tuple[str, dict | None]:
    """`right`, `wrong`, `gone` (right) or `lost` (a right row missing), with the run's values compared.
    The run's row is the one at the judged span about the same mentions or actors (`same_rows`); failing
    that, a row that should be gone is, and of other rows at the span (one per actor of a conjunction) the
    one agreeing with most gold fields is compared."""
    same = same_rows(judged, at_span)
    candidates = same if not same.empty else at_span
    if same.empty and (at_span.empty or should_be_gone(judged)):
        return ("gone" if should_be_gone(judged) else "lost"), None
    gold = judged["gold"]
    scored = []
    for _, row in candidates.iterrows():
        values = row_values(row, fields)
        scored.append((sum(accepts(gold[f], values[f]) for f in fields), values))
    hits, values = max(scored, key=lambda x: x[0])
    return ("right" if hits == len(fields) else "wrong"), values


def score(judged_rows: list[dict], runs: dict[str, Path]) -> list[dict]:
    """Each judged row with its outcome on the runs (`outcome`, `values`)."""
    tables = {}
    for corpus, results in runs.items():
        t = read_results(results)
        tables[corpus, "statements"] = with_claimers(t["statements"], t["claims"]).rename(
            columns={"action_start": "start", "action_end": "end"}
        )
        tables[corpus, "framing"] = framing_claimers(t["framing"])
    out = []
    for j in judged_rows:
        key = (j["corpus"], j["table"])
        if key not in tables:
            continue
        t = tables[key]
        in_article = t[t.article_id == j["article_id"]]
        if j["table"] == "statements":
            at = in_article[(in_article.start == j["start"]) & (in_article.end == j["end"])]
        else:  # a label may grow or shrink: any label over the judged span
            at = in_article[(in_article.start < j["end"]) & (in_article.end > j["start"])]
        fields = STATEMENT_FIELDS if j["table"] == "statements" else LABEL_FIELDS
        outcome, values = judge_row(j, at, fields)
        out.append({**j, "outcome": outcome, "values": values})
    return out


def report(scored: list[dict]) -> str:
    """Counts per corpus and table, then the rows that differ from their gold."""
    counts = Counter((s["corpus"], s["table"], s["outcome"]) for s in scored)
    lines = []
    for corpus, table in sorted({(s["corpus"], s["table"]) for s in scored}):
        c = {o: counts[corpus, table, o] for o in ("right", "gone", "wrong", "lost")}
        n = sum(c.values())
        lines.append(
            f"{corpus:4} {table:10} right {c['right'] + c['gone']:3} of {n:3} (gone as they should: {c['gone']}); "
            f"wrong {c['wrong']}, right rows lost {c['lost']}"
        )
    total = sum(1 for s in scored if s["outcome"] in ("right", "gone"))
    lines.append(f"all             right {total:3} of {len(scored):3}")
    for s in scored:
        if s["outcome"] in ("wrong", "lost"):
            text = s.get("action") or s.get("label")
            lines.append(f"  {s['outcome']:5} {s['corpus']} {s['id']} {text!r}: run {s['values']} gold {s['gold']}")
    return "\n".join(lines)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("results", type=Path)
    d.add_argument("--corpus", required=True, help="a short name for the run's corpus (bbc, web)")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--statements", type=int, default=20, help="statements with no class")
    d.add_argument("--classified", type=int, default=20, help="statements with a class")
    d.add_argument("--labels", type=int, default=20)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument(
        "--exclude", type=Path, action="append", default=[], help="an earlier hand check whose actors are left out"
    )
    s = sub.add_parser("score")
    s.add_argument("judged", type=Path)
    s.add_argument("--results", action="append", required=True, help="CORPUS=RESULTS, once per corpus")
    a = p.parse_args()
    if a.command == "draw":
        exclude = frozenset(judged_actors(a.exclude))
        rows = draw(a.results, a.corpus, a.seed, a.statements, a.classified, a.labels, exclude)
        a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} rows -> {a.out}")
        return 0
    runs = dict(item.split("=", 1) for item in a.results)
    judged = [json.loads(line) for line in a.judged.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(report(score(judged, {k: Path(v) for k, v in runs.items()})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
