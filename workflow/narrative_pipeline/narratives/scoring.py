"""Scoring statements against a gold file of labelled sentences (`config/eval/*.jsonl`).

Each gold sentence becomes one article (`write_inputs`): its source article when the corpus it is
quoted from is given (so that descriptors such as "the chancellor" have their context), else the
sentence alone under a fixed headline. The pipeline runs on them, and `score` compares the
statements found in the sentence's span with the sentence's gold statements:

- a gold statement is matched one to one with a predicted statement whose action overlaps an
  occurrence of the gold action in the sentence (preferring the same agent and patient), else
  with one that has the same agent and category;
- category accuracy: share of gold statements whose match has the gold category (a gold statement
  with no category is right when nothing classified matches it);
- agent and patient F1: a matched statement with the gold actor is a true positive; a gold actor
  not found is a false negative; a predicted actor on a matched statement that is not the gold
  one, or on an unmatched classified statement, is a false positive. Unclassified predictions
  that match nothing are not counted (the gold lists actions between actors, not every verb).

Actors are "the same" when the gold name equals (case-insensitively) the predicted actor's name or
one of its aliases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HEADLINE = "Statement gold {id}"
CATEGORY_KEYS = ("agent", "action", "category", "patient", "negated")


class GoldError(ValueError):
    pass


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold entries of a JSONL file; a malformed line fails with the file and line number."""
    entries = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise GoldError(f"{path}:{n}: not JSON: {exc}") from exc
        for key in ("id", "text", "statements"):
            if key not in obj:
                raise GoldError(f"{path}:{n}: missing key {key!r}")
        for s in obj["statements"]:
            missing = [k for k in CATEGORY_KEYS if k not in s]
            if missing:
                raise GoldError(f"{path}:{n}: statement without {missing}")
        entries.append(obj)
    ids = [e["id"] for e in entries]
    if len(ids) != len(set(ids)):
        raise GoldError(f"{path}: duplicate ids")
    return entries


def _source_text(entry: dict[str, Any], corpus: Path | None) -> str | None:
    """The source article of a quoted sentence, when the corpus is at hand and holds the sentence."""
    if corpus is None or entry.get("source", "written") == "written":
        return None
    path = Path(corpus) / entry["source"]
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    return text if entry["text"] in text else None


def article_text(entry: dict[str, Any], corpus: Path | None = None) -> tuple[str, int]:
    """The article a gold sentence is analysed in and the offset of the sentence in it: its source
    article when `corpus` holds it (so descriptors and pronouns have their context), else the
    sentence alone under a fixed headline."""
    source = _source_text(entry, corpus)
    if source is not None:
        return source, source.index(entry["text"])
    head = HEADLINE.format(id=entry["id"]) + "\n\n"
    return head + entry["text"] + "\n", len(head)


def gold_folder(path: Path) -> str:
    """Folder the sentences of a gold file are written to (and found in): the file name without .jsonl."""
    return Path(path).name.removesuffix(".jsonl")


def write_inputs(entries: list[dict[str, Any]], out_dir: Path, corpus: Path | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for e in entries:
        path = out_dir / f"{e['id']}.txt"
        path.write_text(article_text(e, corpus)[0], encoding="utf-8")
        paths.append(path)
    return paths


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    n_sentences: int = 0
    n_gold: int = 0
    category_ok: int = 0
    negation_ok: int = 0
    matched: int = 0
    spurious: int = 0
    agent: Counts = field(default_factory=Counts)
    patient: Counts = field(default_factory=Counts)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, float]:
        n = self.n_gold or 1
        return {
            "statement_category_accuracy": round(self.category_ok / n, 4),
            "statement_agent_f1": round(self.agent.f1, 4),
            "statement_patient_f1": round(self.patient.f1, 4),
            "statement_negation_accuracy": round(self.negation_ok / (self.matched or 1), 4),
        }


def _occurrences(text: str, action: str) -> list[tuple[int, int]]:
    spans = []
    for haystack, needle in ((text, action), (text.lower(), action.lower())):
        start = haystack.find(needle)
        while start >= 0 and needle:
            spans.append((start, start + len(needle)))
            start = haystack.find(needle, start + 1)
        if spans:
            break
    return spans


def _same(actor_id: str | None, gold_name: str | None, names: dict[str, set[str]]) -> bool:
    if actor_id is None or gold_name is None:
        return actor_id is None and gold_name is None
    return gold_name.lower() in names.get(actor_id, {actor_id.lower()})


def match(gold: list[dict], preds: list[dict], text: str, base: int, names: dict[str, set[str]]) -> list[int | None]:
    """Index of the prediction matched to each gold statement (one to one), or None."""
    spans = [[(base + s, base + e) for s, e in _occurrences(text, g["action"])] for g in gold]

    def overlaps(k: int, p: dict) -> bool:
        return any(p["action_start"] < e and s < p["action_end"] for s, e in spans[k])

    tests = [
        lambda k, p: (
            overlaps(k, p)
            and _same(p["agent_actor_id"], gold[k]["agent"], names)
            and _same(p["patient_actor_id"], gold[k]["patient"], names)
        ),
        lambda k, p: overlaps(k, p) and _same(p["agent_actor_id"], gold[k]["agent"], names),
        lambda k, p: overlaps(k, p),
        lambda k, p: (
            gold[k]["agent"] is not None
            and _same(p["agent_actor_id"], gold[k]["agent"], names)
            and p["action_class"] == gold[k]["category"]
        ),
    ]
    result: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for test in tests:
        for k in range(len(gold)):
            if result[k] is not None:
                continue
            hit = next((j for j, p in enumerate(preds) if j not in used and test(k, p)), None)
            if hit is not None:
                result[k] = hit
                used.add(hit)
    return result


def score_sentence(
    entry: dict[str, Any], preds: list[dict], names: dict[str, set[str]], s: Score, corpus: Path | None = None
) -> None:
    text, base = entry["text"], article_text(entry, corpus)[1]
    preds = [p for p in preds if base <= p["action_start"] < base + len(text)]
    gold = entry["statements"]
    matches = match(gold, preds, text, base, names)
    s.n_sentences += 1
    s.n_gold += len(gold)
    matched_preds = {j for j in matches if j is not None}
    for g, j in zip(gold, matches, strict=True):
        p = preds[j] if j is not None else None
        category = p["action_class"] if p is not None else None
        ok = category == g["category"]
        s.category_ok += ok
        if p is not None:
            s.matched += 1
            s.negation_ok += bool(p["negated"]) == bool(g["negated"])
        for role, counts in (("agent", s.agent), ("patient", s.patient)):
            predicted = p[f"{role}_actor_id"] if p is not None else None
            if g[role] is not None and predicted is not None and _same(predicted, g[role], names):
                counts.tp += 1
                continue
            counts.fn += g[role] is not None
            counts.fp += predicted is not None
        if (
            not ok
            or p is None
            or not _same(p["agent_actor_id"], g["agent"], names)
            or not _same(p["patient_actor_id"], g["patient"], names)
        ):
            s.errors.append({"id": entry["id"], "gold": g, "predicted": _brief(p)})
    for j, p in enumerate(preds):
        if j in matched_preds or p["action_class"] is None:
            continue
        s.spurious += 1
        s.agent.fp += p["agent_actor_id"] is not None
        s.patient.fp += p["patient_actor_id"] is not None
        s.errors.append({"id": entry["id"], "gold": None, "predicted": _brief(p)})


def _brief(p: dict | None) -> dict | None:
    if p is None:
        return None
    keys = (
        "agent_actor_id",
        "action_text",
        "action_class",
        "patient_actor_id",
        "negated",
        "class_rule",
        "agent_rule",
        "patient_rule",
    )
    return {k: p.get(k) for k in keys}


def score(
    entries: list[dict[str, Any]],
    preds_by_id: dict[str, list[dict]],
    names: dict[str, set[str]],
    corpus: Path | None = None,
) -> Score:
    s = Score()
    for entry in entries:
        score_sentence(entry, preds_by_id.get(entry["id"], []), names, s, corpus)
    return s
