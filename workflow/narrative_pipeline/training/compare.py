"""The alternative measured against the linear model: gradient-boosted trees on the same features.

Training only (scikit-learn). Scores are cross-validated on the same folds, per task, as independent
argmax accuracy on the silver claims, beside the linear model's on the same footing.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .train import Hyper, Row

GBM = {"max_iter": 100, "learning_rate": 0.1, "max_leaf_nodes": 15, "l2_regularization": 1.0, "min_feature_count": 15}


def gradient_boosting_notes(rows: list[Row], hyper: Hyper) -> list[str]:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    from .dataset import TASKS
    from .train import fit_task, folds_of

    silver = [k for k, r in enumerate(rows) if r.source == "silver"]
    gbm_scores, lr_scores = {}, {}
    for task in TASKS:
        gbm_pred, lr_pred = [""] * len(rows), [""] * len(rows)
        for train_ids, test_ids in folds_of(rows, hyper.folds):
            counts = Counter(name for k in train_ids for name in rows[k].features)
            vocabulary = sorted(n for n, c in counts.items() if c >= GBM["min_feature_count"])
            column = {n: j for j, n in enumerate(vocabulary)}

            def dense(
                ids: list[int], vocabulary: list[str] = vocabulary, column: dict[str, int] = column
            ) -> np.ndarray:
                x = np.zeros((len(ids), len(vocabulary)), dtype=np.float32)
                for i, k in enumerate(ids):
                    for name, value in rows[k].features.items():
                        j = column.get(name)
                        if j is not None:
                            x[i, j] = value
                return x

            clf = HistGradientBoostingClassifier(
                max_iter=GBM["max_iter"],
                learning_rate=GBM["learning_rate"],
                max_leaf_nodes=GBM["max_leaf_nodes"],
                l2_regularization=GBM["l2_regularization"],
                early_stopping=False,
                random_state=hyper.seed,
            )
            clf.fit(dense(train_ids), [rows[k].labels[task] for k in train_ids])
            for k, p in zip(test_ids, clf.predict(dense(test_ids)), strict=True):
                gbm_pred[k] = str(p)
            lr = fit_task([rows[k] for k in train_ids], task, hyper)
            for k in test_ids:
                lr_pred[k] = lr.predict(rows[k].features).label
        gbm_scores[task] = round(sum(gbm_pred[k] == rows[k].labels[task] for k in silver) / len(silver), 4)
        lr_scores[task] = round(sum(lr_pred[k] == rows[k].labels[task] for k in silver) / len(silver), 4)
    params = ", ".join(f"{k}={v}" for k, v in GBM.items())
    better = [t for t in TASKS if gbm_scores[t] > lr_scores[t] + 0.01]
    verdict = (
        f"gradient boosting is better by more than a point on {', '.join(better)}: worth a tree runtime"
        if better
        else "gradient boosting is not better by more than a point on any task: the linear model is kept "
        "(its weights apply as a dictionary lookup)"
    )
    return [
        (
            f"comparison, independent argmax on the same folds: logistic regression {lr_scores}; "
            f"gradient-boosted trees (scikit-learn HistGradientBoosting, {params}) {gbm_scores}"
        ),
        verdict,
    ]
