"""Evaluate a results folder against statement gold files (the I/O side of `scoring`).

The gold sentences were written as articles by `write_inputs` (one folder per gold file, named
after the file: `statements_gold/<id>.txt`); each is found again in `ingest/articles.parquet` by
that path, its statements in `narratives/statements.parquet`, actor names in `actors/actors.parquet`.
Scores are given per file, per group (`own`: the project's own labelled sets; `blind`: sets
labelled blind by someone else, files named `*.blind*.jsonl`; `measured`: fresh blind sets drawn and labelled by
a helper, `MEASURED_ONLY`, which no floor reads) and in total, micro-averaged.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from .scoring import Score, gold_folder, load_gold, score


def _names(results: Path) -> dict[str, set[str]]:
    rows = pq.read_table(results / "actors/actors.parquet", columns=["actor_id", "name", "aliases"]).to_pylist()
    return {r["actor_id"]: {n.lower() for n in [r["name"], *(r["aliases"] or [])]} for r in rows}


def _article_ids(results: Path) -> dict[str, str]:
    rows = pq.read_table(
        results / "ingest/articles.parquet", columns=["source_path", "article_id", "status"]
    ).to_pylist()
    return {r["source_path"]: r["article_id"] for r in rows if r["status"] == "ok"}


def _find(paths: dict[str, str], folder: str, entry_id: str) -> str | None:
    suffix = f"{folder}/{entry_id}.txt"
    hits = [aid for p, aid in paths.items() if p == suffix or p.endswith("/" + suffix)]
    return hits[0] if len(hits) == 1 else None


def evaluate_results(results: Path, gold_paths: list[Path], corpus: Path | None = None) -> dict[str, Any]:
    names = _names(results)
    paths = _article_ids(results)
    statements: dict[str, list[dict]] = defaultdict(list)
    for row in pq.read_table(results / "narratives/statements.parquet").to_pylist():
        statements[row["article_id"]].append(row)
    total = Score()
    groups: dict[str, Score] = {}
    files: dict[str, Any] = {}
    missing: list[str] = []
    for path in gold_paths:
        folder = gold_folder(path)
        entries = load_gold(path)
        preds: dict[str, list[dict]] = {}
        for e in entries:
            article_id = _find(paths, folder, e["id"])
            if article_id is None:
                missing.append(f"{path.name}:{e['id']}")
            preds[e["id"]] = statements.get(article_id, []) if article_id else []
        s = score(entries, preds, names, corpus)
        files[path.name] = {
            **s.summary(),
            "n_sentences": s.n_sentences,
            "n_gold": s.n_gold,
            "spurious": s.spurious,
            "errors": s.errors,
        }
        _add(total, s)
        _add(groups.setdefault(gold_group(path), Score()), s)
    return {
        "total": _summary(total),
        "groups": {name: _summary(g) for name, g in sorted(groups.items())},
        "files": files,
        "missing": missing,
    }


# the fresh blind sets measured only (`statements_gold.<name>.jsonl`): drawn from unseen articles and labelled before
# the run's statements were read, scored as a group of their own that no floor reads (narr35, session 54)
MEASURED_ONLY = frozenset({"narr35"})


def gold_group(path: Path) -> str:
    """`blind` for a set labelled blind by someone else (`*.blind*.jsonl`), `measured` for a fresh set
    `MEASURED_ONLY` names, else `own`."""
    parts = Path(path).name.split(".")
    if "blind" in parts:
        return "blind"
    return "measured" if MEASURED_ONLY & set(parts) else "own"


def _summary(s: Score) -> dict[str, Any]:
    return {**s.summary(), "n_sentences": s.n_sentences, "n_gold": s.n_gold, "spurious": s.spurious}


def below_floors(result: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """The floors a result falls below: `statement_*` keys hold for the own sets, `blind_statement_*`
    keys for the blind sets (each micro-averaged over its files); a group not scored is not checked."""
    out = []
    for key, floor in sorted(floors.items()):
        group, metric = ("blind", key.removeprefix("blind_")) if key.startswith("blind_") else ("own", key)
        if not metric.startswith("statement_") or group not in result["groups"]:
            continue
        value = result["groups"][group].get(metric, 0.0)
        if value + 1e-9 < float(floor):
            out.append(f"below floor: {key} {value:.4f} < floor {float(floor):.4f}")
    return out


def _add(total: Score, s: Score) -> None:
    for name in ("n_sentences", "n_gold", "category_ok", "negation_ok", "matched", "spurious"):
        setattr(total, name, getattr(total, name) + getattr(s, name))
    for role in ("agent", "patient"):
        for k in ("tp", "fp", "fn"):
            setattr(getattr(total, role), k, getattr(getattr(total, role), k) + getattr(getattr(s, role), k))


def format_report(result: dict[str, Any], errors: bool = False) -> str:
    lines = [
        f"{'gold file':40} {'sents':>5} {'stmts':>5} {'category':>8} {'agentF1':>7} {'patientF1':>9} "
        f"{'negation':>8} {'spurious':>8}"
    ]
    groups = [(f"{name} sets (micro)", g) for name, g in result.get("groups", {}).items()]
    rows = [*result["files"].items(), *(groups if len(groups) > 1 else []), ("TOTAL (micro)", result["total"])]
    for name, s in rows:
        lines.append(
            f"{name:40} {s['n_sentences']:5d} {s['n_gold']:5d} {s['statement_category_accuracy']:8.3f} "
            f"{s['statement_agent_f1']:7.3f} {s['statement_patient_f1']:9.3f} "
            f"{s['statement_negation_accuracy']:8.3f} {s['spurious']:8d}"
        )
    if errors:
        for name, s in result["files"].items():
            for err in s["errors"]:
                lines.append(f"  {name} {err['id']}: gold {err['gold']} predicted {err['predicted']}")
    return "\n".join(lines)
