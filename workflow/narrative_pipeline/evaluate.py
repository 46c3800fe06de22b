"""Evaluate: score a results folder against hand-annotated gold files (ANNOTATION.md).

This is the single implementation of the scores: linked-mention precision/recall/F1, actor-set
F1 per article, claim F1 and, over matched claims, the accuracy of claim_type, certainty and
claimer. Scores are micro-averaged over all gold files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Scores:
    mentions: Counts = field(default_factory=Counts)
    mention_spans: Counts = field(default_factory=Counts)
    actor_sets: Counts = field(default_factory=Counts)
    claims: Counts = field(default_factory=Counts)
    matched_claims: int = 0
    type_ok: int = 0
    certainty_ok: int = 0
    claimer_ok: int = 0

    def add(self, other: Scores) -> None:
        for name in ("mentions", "mention_spans", "actor_sets", "claims"):
            getattr(self, name).add(getattr(other, name))
        self.matched_claims += other.matched_claims
        self.type_ok += other.type_ok
        self.certainty_ok += other.certainty_ok
        self.claimer_ok += other.claimer_ok

    def summary(self) -> dict[str, float]:
        m = self.matched_claims or 1
        return {
            "linked_mention_f1": round(self.mentions.f1, 4),
            "actor_set_f1": round(self.actor_sets.f1, 4),
            "claim_f1": round(self.claims.f1, 4),
            "claim_type_accuracy": round(self.type_ok / m, 4),
            "certainty_accuracy": round(self.certainty_ok / m, 4),
            "claimer_accuracy": round(self.claimer_ok / m, 4),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.summary(),
            "mentions": self.mentions.as_dict(),
            "mention_spans": self.mention_spans.as_dict(),
            "actor_sets": self.actor_sets.as_dict(),
            "claims": self.claims.as_dict(),
            "matched_claims": self.matched_claims,
        }


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _names(entry: dict[str, Any]) -> set[str]:
    return {n.lower() for n in [entry.get("name", ""), *entry.get("aliases", [])] if n}


def same_actor(pred_names: set[str], gold_names: set[str]) -> bool:
    return bool(pred_names & gold_names)


def score_article(
    gold: dict[str, Any], mentions: list[dict], claims: list[dict], actor_names: dict[str, set[str]]
) -> Scores:
    """Scores of one article's predictions against its gold annotation."""
    s = Scores()
    gold_actor_names = {k: _names(v) for k, v in gold["actors"].items()}
    linked = sorted([m for m in mentions if m["actor_id"]], key=lambda m: (m["start"], m["end"]))
    used: set[int] = set()
    required = [g for g in gold["mentions"] if not g.get("optional")]
    optional = [g for g in gold["mentions"] if g.get("optional")]
    for g in required:
        hit = next(
            (
                k
                for k, p in enumerate(linked)
                if k not in used
                and _overlap(p["start"], p["end"], g["start"], g["end"])
                and same_actor(actor_names.get(p["actor_id"], set()), gold_actor_names[g["actor"]])
            ),
            None,
        )
        if hit is None:
            s.mentions.fn += 1
        else:
            used.add(hit)
            s.mentions.tp += 1
    for k, p in enumerate(linked):
        if k in used:
            continue
        if any(_overlap(p["start"], p["end"], g["start"], g["end"]) for g in optional):
            continue
        s.mentions.fp += 1
    # span-only mentions (any prediction, linked or not)
    spans = sorted(mentions, key=lambda m: (m["start"], m["end"]))
    used_spans: set[int] = set()
    for g in required:
        hit = next(
            (
                k
                for k, p in enumerate(spans)
                if k not in used_spans and _overlap(p["start"], p["end"], g["start"], g["end"])
            ),
            None,
        )
        if hit is None:
            s.mention_spans.fn += 1
        else:
            used_spans.add(hit)
            s.mention_spans.tp += 1
    s.mention_spans.fp += sum(
        1
        for k, p in enumerate(spans)
        if k not in used_spans and not any(_overlap(p["start"], p["end"], g["start"], g["end"]) for g in optional)
    )
    # actor sets
    gold_required_actors = {g["actor"] for g in required}
    predicted = {m["actor_id"] for m in linked}
    matched_pred: set[str] = set()
    for actor in sorted(gold_required_actors):
        hit = next(
            (p for p in sorted(predicted) if same_actor(actor_names.get(p, set()), gold_actor_names[actor])), None
        )
        if hit is None:
            s.actor_sets.fn += 1
        else:
            s.actor_sets.tp += 1
            matched_pred.add(hit)
    for p in predicted - matched_pred:
        if any(same_actor(actor_names.get(p, set()), names) for names in gold_actor_names.values()):
            continue  # an actor of the gold file with only optional mentions: neither right nor wrong
        s.actor_sets.fp += 1
    # claims
    hits = match_claims(gold["claims"], claims)
    for g, best in zip(gold["claims"], hits, strict=True):
        if best is None:
            s.claims.fn += 1
            continue
        s.claims.tp += 1
        p = claims[best]
        s.matched_claims += 1
        s.type_ok += p["claim_type"] == g["claim_type"]
        s.certainty_ok += p["certainty"] == g["certainty"]
        s.claimer_ok += claimer_matches(p, g["claimer"], actor_names, gold_actor_names)
    s.claims.fp += len(claims) - sum(k is not None for k in hits)
    return s


def match_claims(gold_claims: list[dict], claims: list[dict]) -> list[int | None]:
    """For each gold claim, in order, the index of the predicted claim it takes, or None: the unused predicted claim
    that overlaps it most, by at least half the shorter of the two spans."""
    used: set[int] = set()
    out: list[int | None] = []
    for g in gold_claims:
        best, best_overlap = None, 0
        for k, p in enumerate(claims):
            if k in used:
                continue
            ov = _overlap(p["start"], p["end"], g["start"], g["end"])
            if ov and ov >= min(p["end"] - p["start"], g["end"] - g["start"]) / 2 and ov > best_overlap:
                best, best_overlap = k, ov
        if best is not None:
            used.add(best)
        out.append(best)
    return out


def claimer_matches(
    pred: dict, gold: dict, actor_names: dict[str, set[str]], gold_actor_names: dict[str, set[str]]
) -> bool:
    if pred["claimer_kind"] != gold["kind"]:
        return False
    if gold["kind"] != "actor":
        return True
    if pred["claimer_start"] is not None and _overlap(
        pred["claimer_start"], pred["claimer_end"], gold["start"], gold["end"]
    ):
        return True
    if gold.get("actor") and pred["claimer_actor_id"]:
        return same_actor(actor_names.get(pred["claimer_actor_id"], set()), gold_actor_names.get(gold["actor"], set()))
    return False


def load_results(
    results: Path,
) -> tuple[dict[str, str], dict[str, str], dict[str, list[dict]], dict[str, list[dict]], dict[str, set[str]]]:
    """Of a results folder: article ids by the archived file's sha256, each article's text_sha256, mentions and
    claims by article, and each actor's names."""
    articles = pq.read_table(results / "ingest/articles.parquet").to_pylist()
    by_sha = {}
    text_sha = {}
    for a in sorted(articles, key=lambda a: a["source_path"]):
        if a["status"] == "ok":
            by_sha.setdefault(a["sha256"], a["article_id"])
            text_sha.setdefault(a["article_id"], a["text_sha256"])
    mentions: dict[str, list[dict]] = {}
    for m in pq.read_table(results / "actors/mentions.parquet").to_pylist():
        mentions.setdefault(m["article_id"], []).append(m)
    claims: dict[str, list[dict]] = {}
    for c in pq.read_table(results / "claims/claims.parquet").to_pylist():
        claims.setdefault(c["article_id"], []).append(c)
    names = {a["actor_id"]: _names(a) for a in pq.read_table(results / "actors/actors.parquet").to_pylist()}
    return by_sha, text_sha, mentions, claims, names


def evaluate(results: Path, gold_paths: list[Path]) -> dict[str, Any]:
    """Per-file and micro-averaged scores of a results folder against gold files. A gold file that records
    the `text_sha256` of the text it was annotated on (a saved page's extracted text) is scored only against
    that text: an article whose text is not the same (the extraction changed) is listed as missing, since
    the gold's offsets do not fit it."""
    by_sha, text_sha, mentions, claims, names = load_results(Path(results))
    total = Scores()
    per_file = {}
    missing = []
    for path in sorted(gold_paths):
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
        article_id = by_sha.get(gold["sha256"])
        if article_id is not None and gold.get("text_sha256") not in (None, text_sha[article_id]):
            article_id = None  # annotated on another text: its offsets would score the wrong characters
        if article_id is None:
            missing.append(str(path))
        s = score_article(gold, mentions.get(article_id, []), claims.get(article_id, []), names)
        per_file[Path(path).name] = s.as_dict()
        total.add(s)
    return {"total": total.as_dict(), "files": per_file, "missing_articles": missing}


def gold_files(paths: list[Path]) -> list[Path]:
    """Gold JSON files from files and folders (a folder's *.json, not recursive)."""
    out = []
    for p in paths:
        p = Path(p)
        out.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    return out


STATEMENT_FLOOR_PREFIXES = ("statement_", "blind_statement_")  # checked by evaluate-statements


def claim_floors(floors: dict) -> dict[str, float]:
    """The floors of a floors file that `evaluate` checks: all but the statement floors."""
    return {
        k: float(v)
        for k, v in floors.items()
        if not k.startswith(STATEMENT_FLOOR_PREFIXES) and not isinstance(v, dict)  # judged samples: score_mentions
    }


def below_floors(summary: dict[str, float], floors: dict[str, float]) -> list[str]:
    return [
        f"{k} {summary.get(k, 0.0):.4f} < floor {v:.4f}"
        for k, v in sorted(floors.items())
        if summary.get(k, 0.0) + 1e-9 < v
    ]
