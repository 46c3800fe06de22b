"""Scores of the claim classifier's cross-validation: accuracy per task, the claimer phrase, confusion
tables, and the notes of the model card that compare rules, model and consistency policies."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..classify.claimer import normalize_phrase, phrase_matches
from ..classify.model import TaskScores
from ..classify.relabel import Policy
from .dataset import TASKS

if TYPE_CHECKING:
    from .train import Row

POLICIES: tuple[Policy, ...] = ("fallback", "keep", "rules-phrase-wins")
CHOSEN_POLICY: Policy = "fallback"


@dataclass
class CVResult:
    raw: dict[str, list[str]]  # task -> per-row independent argmax
    relabelled: dict[str, dict[str, list]]  # policy -> field -> per-row value


def accuracy(pred: list, gold: list) -> float:
    return round(sum(p == g for p, g in zip(pred, gold, strict=True)) / max(1, len(gold)), 4)


def phrase_score(kinds: list, texts: list, rows: list[Row], exact: bool = False) -> float:
    """Share of silver actor claims predicted `actor` with the right phrase (word containment, or exact)."""
    hits = total = 0
    for kind, text, r in zip(kinds, texts, rows, strict=True):
        if r.labels["claimer_kind"] != "actor":
            continue
        total += 1
        if kind == "actor" and text:
            hits += (
                normalize_phrase(text) == normalize_phrase(r.claimer_text)
                if exact
                else phrase_matches(text, r.claimer_text)
            )
    return round(hits / max(1, total), 4)


def task_scores(pred: list[str], rule: list[str], gold: list[str]) -> TaskScores:
    labels = sorted(set(gold) | set(pred) | set(rule))

    def confusion(p: list[str]) -> list[list[int]]:
        return [[sum(1 for a, b in zip(gold, p, strict=True) if a == g and b == q) for q in labels] for g in labels]

    per_label = {
        g: round(sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b == g) / max(1, gold.count(g)), 4)
        for g in sorted(set(gold))
    }
    return TaskScores(
        accuracy=accuracy(pred, gold),
        rule_accuracy=accuracy(rule, gold),
        per_label=per_label,
        labels=labels,
        confusion=confusion(pred),
        rule_confusion=confusion(rule),
    )


def summarize(rows: list[Row], claims: dict[str, dict], cv: CVResult) -> tuple[dict[str, TaskScores], list[str]]:
    """Scores over the silver rows: per task for the chosen policy, and notes comparing the options."""
    silver = [k for k, r in enumerate(rows) if r.source == "silver"]
    srows = [rows[k] for k in silver]
    gold = {t: [r.labels[t] for r in srows] for t in TASKS}
    rule = {t: [claims[r.claim_id][t] for r in srows] for t in TASKS}
    chosen = cv.relabelled[CHOSEN_POLICY]
    scores = {t: task_scores([chosen[t][k] for k in silver], rule[t], gold[t]) for t in TASKS}
    rule_kind = [claims[r.claim_id]["claimer_kind"] for r in srows]
    rule_text = [claims[r.claim_id]["claimer_text"] for r in srows]
    notes = [
        f"silver claims scored: {len(srows)} of {len(rows)} training rows; folds: by a digest of the article path",
        (
            "claimer phrase: share of silver `actor` claims predicted `actor` whose phrase matches the silver phrase "
            "(after lower-casing and dropping punctuation and a leading article, one phrase's words contain the "
            "other's); "
            "`exact`: the normalized phrases are equal"
        ),
        (
            f"rules: type {accuracy(rule['claim_type'], gold['claim_type'])}, certainty "
            f"{accuracy(rule['certainty'], gold['certainty'])}, "
            f"claimer kind {accuracy(rule_kind, gold['claimer_kind'])}, claimer phrase "
            f"{phrase_score(rule_kind, rule_text, srows)} "
            f"(exact {phrase_score(rule_kind, rule_text, srows, exact=True)})"
        ),
        (
            "model, independent argmax (no consistency rules): type "
            f"{accuracy([cv.raw['claim_type'][k] for k in silver], gold['claim_type'])}, "
            f"certainty {accuracy([cv.raw['certainty'][k] for k in silver], gold['certainty'])}, "
            f"claimer kind {accuracy([cv.raw['claimer_kind'][k] for k in silver], gold['claimer_kind'])}"
        ),
    ]
    for policy in POLICIES:
        p = cv.relabelled[policy]
        kinds, texts = [p["claimer_kind"][k] for k in silver], [p["claimer_text"][k] for k in silver]
        mark = " (chosen)" if policy == CHOSEN_POLICY else ""
        notes.append(
            f"model + relabel, policy {policy}{mark}: type "
            f"{accuracy([p['claim_type'][k] for k in silver], gold['claim_type'])}, "
            f"certainty {accuracy([p['certainty'][k] for k in silver], gold['certainty'])}, claimer kind "
            f"{accuracy(kinds, gold['claimer_kind'])}, "
            f"claimer phrase {phrase_score(kinds, texts, srows)} (exact "
            f"{phrase_score(kinds, texts, srows, exact=True)})"
        )
    extra = [k for k, r in enumerate(rows) if r.source == "extra"]
    if extra:
        p, erows = cv.relabelled[CHOSEN_POLICY], [rows[k] for k in extra]
        egold = {t: [r.labels[t] for r in erows] for t in TASKS}
        kinds, texts = [p["claimer_kind"][k] for k in extra], [p["claimer_text"][k] for k in extra]
        ekind = [claims[r.claim_id]["claimer_kind"] for r in erows]
        etext = [claims[r.claim_id]["claimer_text"] for r in erows]
        notes.append(
            f"extra labels ({len(erows)} claims, scored apart; out of fold like silver): model + "
            f"relabel type {accuracy([p['claim_type'][k] for k in extra], egold['claim_type'])}, certainty "
            f"{accuracy([p['certainty'][k] for k in extra], egold['certainty'])}, claimer kind "
            f"{accuracy(kinds, egold['claimer_kind'])}, claimer phrase {phrase_score(kinds, texts, erows)}; rules "
            f"type {accuracy([claims[r.claim_id]['claim_type'] for r in erows], egold['claim_type'])}, certainty "
            f"{accuracy([claims[r.claim_id]['certainty'] for r in erows], egold['certainty'])}, claimer kind "
            f"{accuracy(ekind, egold['claimer_kind'])}, claimer phrase {phrase_score(ekind, etext, erows)}"
        )
    return scores, notes
