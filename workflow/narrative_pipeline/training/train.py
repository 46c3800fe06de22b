"""Train the claim classifier: silver labels plus dev gold, folds grouped by article.

    narrative-pipeline train --results RUN/results --silver claims.jsonl --gold dev-gold/ \
        --out config/models/claims-v1.json

`--results` may name several runs (a BBC run and a web-pages run): each labelled article is read from the first
run that holds it.

scikit-learn is imported here only (the `train` extra); the pipeline applies the stored weights
with `model.py`. Everything is deterministic: examples in a fixed order, folds by a digest of the article path,
fixed seeds, weights rounded before they are stored or scored, so retraining gives the same bytes.
Cross-validation scores the stored form of each fold's model through the same `relabel` path the
pipeline runs (consistency rules and claimer phrases included); only silver claims are scored.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..classify.features import claim_features, family
from ..classify.index import LexiconLike
from ..classify.model import (
    MODEL_NAME,
    ClaimModel,
    Classifier,
    DataFile,
    ModelCard,
    TaskModel,
    save_model,
    task_model,
)
from ..classify.relabel import relabel_article
from ..hashing import code_version, sha256_file
from .card import render_card
from .dataset import TASKS, ArticleData, Example, JoinReport, build_examples
from .scores import CHOSEN_POLICY, POLICIES, CVResult, summarize

VERSION = "1.24.0"

# feature families only the claim-type model reads (claims93): `rx`, the rules' type rule joined with the claimer kind,
# claimer rule and quoted share, gained silver type out of fold (12 rows to the label, 5 away) with the certainty and
# claimer-kind models left as they were
TYPE_ONLY_FAMILIES = ("rx",)


@dataclass(frozen=True)
class Hyper:
    c: float = 0.3
    # Stronger regularisation for the claim type (measured on the silver folds, C among 0.05, 0.1,
    # 0.2, 0.3, 1.0: type 0.733 / 0.735 / 0.729 / 0.726 / 0.720; certainty and claimer kind best at 0.3-1.0).
    c_type: float = 0.1
    min_count: int = 2
    folds: int = 5
    max_iter: int = 1000
    tol: float = 1e-6
    seed: int = 0

    def as_dict(self) -> dict[str, float | int | str]:
        return {
            "model": "multinomial logistic regression (newton-cg, L2)",
            "C": self.c,
            "C_claim_type": self.c_type,
            "tol": self.tol,
            "min_feature_count": self.min_count,
            "cv_folds": self.folds,
            "cv_fold_of_article": "sha256 of the article path, modulo cv_folds",
            "max_iter": self.max_iter,
            "seed": self.seed,
            "claim_type_only_families": ", ".join(TYPE_ONLY_FAMILIES),
        }


@dataclass
class Row:
    group: str
    source: str
    claim_id: str
    features: dict[str, float]
    labels: dict[str, str]
    claimer_text: str | None


def rows_of(examples: list[Example], data: dict[str, ArticleData], lex: LexiconLike) -> list[Row]:
    """Feature rows of the labelled claims (spans labelled `none` are left out)."""
    from ..classify.index import index_article

    indexes = {path: index_article(a.article, a.mentions, a.claims) for path, a in data.items()}
    rows = []
    for e in examples:
        if e.label.claim_type == "none":
            continue
        labels = {
            "claim_type": e.label.claim_type,
            "certainty": e.label.certainty,
            "claimer_kind": e.label.claimer_kind,
        }
        rows.append(
            Row(
                e.group,
                e.source,
                e.claim.claim_id,
                claim_features(e.claim, indexes[e.group], lex),
                labels,
                e.label.claimer_text,
            )
        )
    return rows


def training_set_sha256(rows: list[Row]) -> str:
    digest = hashlib.sha256()
    for r in rows:
        line = json.dumps(
            [r.group, r.source, r.claim_id, sorted(r.features.items()), r.labels, r.claimer_text],
            sort_keys=True,
            ensure_ascii=False,
        )
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


def reads(task: str, name: str) -> bool:
    """Whether the model of `task` reads feature `name`: every task reads every family but `TYPE_ONLY_FAMILIES`."""
    return task == "claim_type" or family(name) not in TYPE_ONLY_FAMILIES


def fit_task(rows: list[Row], task: str, hyper: Hyper) -> TaskModel:
    """Multinomial logistic regression on the rows' features; features seen fewer than min_count times are dropped."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(name for r in rows for name in r.features if reads(task, name))
    vocabulary = sorted(name for name, n in counts.items() if n >= hyper.min_count and name != "bias")
    column = {name: k for k, name in enumerate(vocabulary)}
    data, indices, indptr = [], [], [0]
    for r in rows:
        for name in sorted(r.features):
            if name in column:
                indices.append(column[name])
                data.append(r.features[name])
        indptr.append(len(indices))
    x = csr_matrix(
        (np.array(data, dtype=float), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int32)),
        shape=(len(rows), len(vocabulary)),
    )
    y = [r.labels[task] for r in rows]
    classes = sorted(set(y))
    if len(classes) == 1:
        return task_model(task, classes, [0.0], {})
    clf = LogisticRegression(
        C=hyper.c_type if task == "claim_type" else hyper.c,
        solver="newton-cg",
        tol=hyper.tol,
        max_iter=hyper.max_iter,
        random_state=hyper.seed,
    )
    clf.fit(x, y)
    coef, bias = clf.coef_, clf.intercept_
    if len(classes) == 2:  # one column in scikit-learn: split it symmetrically into two softmax rows
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2])
    weights = {name: [float(coef[c][k]) for c in range(len(classes))] for name, k in column.items()}
    return task_model(task, [str(c) for c in clf.classes_], [float(b) for b in bias], weights)


def fit(rows: list[Row], hyper: Hyper) -> Classifier:
    return Classifier(tasks={task: fit_task(rows, task, hyper) for task in TASKS})


def fold_of(group: str, n_folds: int) -> int:
    """The fold of an article: a digest of its path, so that a rule change that adds or drops a
    claim does not move other articles between folds (GroupKFold balances fold sizes and so
    reshuffles them, which moved the scores of two rule versions by a point on the same labels)."""
    return int(hashlib.sha256(group.encode("utf-8")).hexdigest()[:8], 16) % n_folds


def folds_of(rows: list[Row], n_folds: int) -> list[tuple[list[int], list[int]]]:
    n = min(n_folds, len({r.group for r in rows}))
    fold = [fold_of(r.group, n) for r in rows]
    return [
        ([k for k, f in enumerate(fold) if f != j], [k for k, f in enumerate(fold) if f == j])
        for j in range(n)
        if j in fold
    ]


def cross_validate(rows: list[Row], data: dict[str, ArticleData], lex: LexiconLike, hyper: Hyper) -> CVResult:
    raw: dict[str, list[str]] = {t: [""] * len(rows) for t in TASKS}
    fields = (*TASKS, "claimer_text")
    relabelled: dict[str, dict[str, list]] = {p: {f: [None] * len(rows) for f in fields} for p in POLICIES}
    for train_ids, test_ids in folds_of(rows, hyper.folds):
        model = fit([rows[k] for k in train_ids], hyper)
        for k in test_ids:
            for task in TASKS:
                raw[task][k] = model.predict(task, rows[k].features).label
        wanted = {rows[k].claim_id: k for k in test_ids}
        for group in sorted({rows[k].group for k in test_ids}):
            art = data[group]
            for policy in POLICIES:
                for claim in relabel_article(art.article, art.claims, art.mentions, model, lex, policy):
                    k = wanted.get(claim.claim_id)
                    if k is not None:
                        for f in fields:
                            relabelled[policy][f][k] = getattr(claim, f)
    return CVResult(raw, relabelled)


def build_model(
    examples: list[Example],
    data: dict[str, ArticleData],
    report: JoinReport,
    lex: LexiconLike,
    files: list[DataFile],
    lexicon_sha256: str,
    hyper: Hyper = Hyper(),
    compare: bool = False,
) -> ClaimModel:
    """Cross-validate, fit on every example and write the card: the model file's content."""
    rows = rows_of(examples, data, lex)
    claims = {c.claim_id: c.model_dump() for a in data.values() for c in a.claims}
    cv = cross_validate(rows, data, lex, hyper)
    scores, notes = summarize(rows, claims, cv)
    notes = [
        (
            f"join: {report.silver_joined} of {report.silver_rows} silver spans joined by span "
            "(exact, or up to the unit's closing stop) "
            f"({report.silver_not_claims} labelled `none`, left out); "
            f"{report.gold_joined} of {report.gold_rows} dev-gold claims matched (overlap >= half the shorter span)"
            + (
                f"; {report.extra_joined} of {report.extra_rows} extra-label spans joined the same way"
                if report.extra_rows
                else ""
            )
        ),
        *notes,
    ]
    if compare:
        from .compare import gradient_boosting_notes

        notes += gradient_boosting_notes(rows, hyper)
    else:
        notes.append(
            "comparison with gradient-boosted trees: not run in this training (narrative-pipeline train --compare)"
        )
    final = fit(rows, hyper)
    card = ModelCard(
        model=MODEL_NAME,
        version=VERSION,
        code_version=code_version(),
        data=files,
        lexicon_sha256=lexicon_sha256,
        training_set_sha256=training_set_sha256(rows),
        n_examples=len(rows),
        n_articles=len({r.group for r in rows}),
        feature_families=sorted({family(name) for r in rows for name in r.features}),
        hyperparameters={**hyper.as_dict(), "consistency_policy": CHOSEN_POLICY},
        cv=scores,
        notes=notes,
    )
    return ClaimModel(version=VERSION, tasks=final.tasks, card=card)


def train(
    results: Path | tuple[Path, ...],
    silver: Path | None,
    gold: list[Path],
    registry: Path,
    lexicon: Path,
    fuzzy_threshold: float,
    hyper: Hyper = Hyper(),
    compare: bool = False,
    extra: tuple[Path, ...] = (),
) -> tuple[ClaimModel, JoinReport]:
    """Build the examples from a run's parse and the label files, then the model."""
    from ..claims import load_lexicon

    examples, data, report = build_examples(results, silver, gold, registry, lexicon, fuzzy_threshold, extra)
    files = []
    if silver is not None:
        files.append(DataFile(name=Path(silver).name, sha256=sha256_file(Path(silver)), rows=report.silver_rows))
    for path in extra:
        rows = sum(1 for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip())
        files.append(DataFile(name=Path(path).name, sha256=sha256_file(Path(path)), rows=rows))
    for path in sorted(gold, key=lambda p: Path(p).name):
        n = sum(1 for e in examples if e.source == "gold" and Path(e.group).stem == Path(path).stem)
        files.append(DataFile(name=Path(path).name, sha256=sha256_file(Path(path)), rows=n))
    model = build_model(
        examples, data, report, load_lexicon(lexicon), files, sha256_file(Path(lexicon)), hyper, compare
    )
    return model, report


def write(model: ClaimModel, out: Path, card_out: Path | None) -> None:
    from ..tables import atomic_write_bytes

    save_model(model, out)
    if card_out is not None:
        atomic_write_bytes(card_out, render_card(model).encode("utf-8"))
