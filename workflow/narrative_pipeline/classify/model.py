"""The claim classifier as plain data: one linear (softmax) model per decision, stored as JSON.

A `ClaimModel` holds, for each task (`claim_type`, `certainty`, `claimer_kind`), the classes, the
feature vocabulary, one weight row per feature and one bias per class, and the model card (data
hashes, hyper-parameters, cross-validated scores). It is applied here with plain Python: no
scikit-learn at run time, no pickle. Weights are rounded when the model is made, so the same fit
gives the same bytes and the stored model is exactly the one that was scored.
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, repeat
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

MODEL_NAME = "claims.classifier.v1"
DECIMALS = 6


class Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DataFile(Frozen):
    name: str = Field(description="File name (no folder: the data lives outside the repository).")
    sha256: str
    rows: int = Field(description="Labelled claims the file contributed.")


class TaskScores(Frozen):
    accuracy: float = Field(description="Cross-validated accuracy on the silver labels.")
    rule_accuracy: float = Field(description="The rules' accuracy on the same claims.")
    per_label: dict[str, float] = Field(description="Recall of each gold label (share of its claims labelled right).")
    labels: list[str] = Field(description="Row and column order of the confusion matrix.")
    confusion: list[list[int]] = Field(description="Rows: silver label; columns: predicted label.")
    rule_confusion: list[list[int]]


class ModelCard(Frozen):
    model: str
    version: str
    code_version: str = Field(description="narrative-pipeline version that trained the model.")
    data: list[DataFile]
    lexicon_sha256: str = Field(description="sha256 of the claims lexicon the features were computed with.")
    training_set_sha256: str = Field(description="sha256 of the canonical training examples (features and labels).")
    n_examples: int
    n_articles: int
    feature_families: list[str]
    hyperparameters: dict[str, float | int | str]
    cv: dict[str, TaskScores] = Field(description="Per task: scores of folds grouped by article, silver claims only.")
    notes: list[str] = Field(description="Comparisons, options measured and what the numbers mean.")


class TaskModel(Frozen):
    task: str
    classes: list[str]
    bias: list[float]
    vocabulary: list[str] = Field(description="Feature names, sorted; row k of `weights` belongs to vocabulary[k].")
    weights: list[list[float]] = Field(description="One row per feature, one column per class.")

    @cached_property
    def _rows(self) -> dict[str, list[float]]:
        return dict(zip(self.vocabulary, self.weights, strict=True))

    def scores(self, features: dict[str, float]) -> list[float]:
        out = list(self.bias)
        rows = self._rows
        for name, value in features.items():
            row = rows.get(name)
            if row is not None:
                for c, w in enumerate(row):
                    out[c] += w * value
        return out

    def probabilities(self, features: dict[str, float]) -> list[float]:
        return softmax(self.scores(features))

    def predict(self, features: dict[str, float], top: int = 3) -> Prediction:
        probs = self.probabilities(features)
        best = max(range(len(probs)), key=lambda c: (probs[c], -c))
        return Prediction(
            self.classes[best],
            probs[best],
            dict(zip(self.classes, probs, strict=True)),
            self.evidence(features, best, top),
        )

    def evidence(self, features: dict[str, float], cls: int, top: int = 3) -> list[str]:
        """The features that raise class `cls` most against the other classes."""
        rows = self._rows
        contributions = []
        for name, value in features.items():
            row = rows.get(name)
            if row is None or name == "bias":
                continue
            contribution = value * (row[cls] - sum(row) / len(row))
            if contribution > 0:
                contributions.append((-contribution, name))
        return [name for _, name in sorted(contributions)[:top]]


@dataclass(frozen=True)
class Prediction:
    label: str
    probability: float
    distribution: dict[str, float]
    evidence: list[str]


class Classifier(Frozen):
    """One task model per decision."""

    tasks: dict[str, TaskModel]

    def predict(self, task: str, features: dict[str, float], top: int = 3) -> Prediction:
        return self.tasks[task].predict(features, top)

    @cached_property
    def _compiled(self) -> CompiledModel:
        return _compile(self.tasks)

    def predict_all(self, features: dict[str, float], top: int = 3) -> dict[str, Prediction]:
        """Every task's prediction at once (NumPy): the same numbers as `predict`, one lookup per feature."""
        return self._compiled.predict_batch([features], top)[0]

    def predict_batch(self, batch: list[dict[str, float]], top: int = 3) -> list[dict[str, Prediction]]:
        """`predict_all` for many claims in a few array operations."""
        return self._compiled.predict_batch(batch, top)


@dataclass(frozen=True)
class CompiledModel:
    rows: dict[str, int]
    weights: np.ndarray  # features x (all tasks' classes)
    centered: np.ndarray  # weights minus each task's mean over its classes
    bias: np.ndarray
    tasks: tuple[tuple[str, tuple[str, ...], int, int], ...]  # (task, classes, first column, end column)

    def predict_batch(self, batch: list[dict[str, float]], top: int = 3) -> list[dict[str, Prediction]]:
        """`Classifier.predict_batch`: every task's prediction of many claims in a few array operations."""
        # every claim's entries in order, flattened and looked up in C loops (`map`), then those of known
        # features kept: the same entries in the same order as a loop over each claim's items
        found = np.fromiter(map(self.rows.get, chain.from_iterable(batch), repeat(-1)), dtype=np.int64)
        known = found >= 0
        idx = found[known]
        owner = np.repeat(np.arange(len(batch), dtype=np.int64), [len(features) for features in batch])[known]
        v = np.fromiter(chain.from_iterable(features.values() for features in batch), dtype=float, count=len(found))
        v = v[known]
        scores = np.tile(self.bias, (len(batch), 1))
        if len(idx):
            starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])  # owners ascend: one segment per claim
            scores[owner[starts]] += np.add.reduceat(self.weights[idx] * v[:, None], starts, axis=0)
        out: list[dict[str, Prediction]] = [{} for _ in batch]
        for task, classes, lo, hi in self.tasks:
            block = scores[:, lo:hi]
            exp = np.exp(block - block.max(axis=1, keepdims=True))
            probs = exp / exp.sum(axis=1, keepdims=True)
            best = np.argmax(probs, axis=1)  # first of equal maxima, as `TaskModel.predict`
            contributions = v * self.centered[idx, lo + best[owner]]
            # only positive contributions are evidence, and they sort before every other of their claim, so
            # the top ones among them are the top ones among all (a third of the entries to sort)
            positive = np.flatnonzero(contributions > 0)
            p_owner, p_idx, p_contrib = owner[positive], idx[positive], contributions[positive]
            order = np.lexsort((p_idx, -p_contrib, p_owner))  # by claim, contribution down, feature name
            sorted_owner = p_owner[order]
            first = np.searchsorted(sorted_owner, sorted_owner, side="left")
            keep = order[np.arange(len(order)) - first < top]
            evidence: list[list[str]] = [[] for _ in batch]
            for n, k in zip(p_owner[keep].tolist(), p_idx[keep].tolist(), strict=True):
                evidence[n].append(self.names[k])
            prob_rows, best_list = probs.tolist(), best.tolist()
            for n in range(len(batch)):
                p, b = prob_rows[n], best_list[n]
                out[n][task] = Prediction(classes[b], p[b], dict(zip(classes, p, strict=True)), evidence[n])
        return out

    @cached_property
    def names(self) -> dict[int, str]:
        return {k: name for name, k in self.rows.items()}


def _compile(tasks: dict[str, TaskModel]) -> CompiledModel:
    names = sorted({name for m in tasks.values() for name in m.vocabulary if name != "bias"})
    rows = {name: k for k, name in enumerate(names)}
    width = sum(len(m.classes) for m in tasks.values())
    weights = np.zeros((len(names), width))
    centered = np.zeros((len(names), width))
    bias = np.zeros(width)
    spans = []
    lo = 0
    for task in sorted(tasks):
        m = tasks[task]
        hi = lo + len(m.classes)
        bias[lo:hi] = m.bias
        # each row in one array operation: the same values as assigning them row by row (a feature appears
        # once in a vocabulary, so no row is written twice)
        at = np.fromiter(map(rows.get, m.vocabulary, repeat(-1)), dtype=np.int64, count=len(m.vocabulary))
        task_weights = np.array(m.weights, dtype=float).reshape(len(m.vocabulary), hi - lo)
        weights[at[at >= 0], lo:hi] = task_weights[at >= 0]
        for k in np.flatnonzero(at < 0).tolist():  # the "bias" feature
            bias[lo:hi] += task_weights[k]
        block = weights[:, lo:hi]
        centered[:, lo:hi] = block - block.mean(axis=1, keepdims=True)
        spans.append((task, tuple(m.classes), lo, hi))
        lo = hi
    return CompiledModel(rows, weights, centered, bias, tuple(spans))


class ClaimModel(Classifier):
    """The trained classifier with its name, version and card: what the model file holds."""

    name: str = MODEL_NAME
    version: str
    card: ModelCard


def softmax(scores: list[float]) -> list[float]:
    m = max(scores)
    exps = [math.exp(s - m) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def task_model(task: str, classes: list[str], bias: list[float], weights: dict[str, list[float]]) -> TaskModel:
    """A task model from fitted parameters: weights rounded, all-zero rows dropped, features sorted."""
    rows = {name: [round(float(w), DECIMALS) + 0.0 for w in row] for name, row in weights.items()}
    vocabulary = sorted(name for name, row in rows.items() if any(row))
    return TaskModel(
        task=task,
        classes=list(classes),
        bias=[round(float(b), DECIMALS) + 0.0 for b in bias],
        vocabulary=vocabulary,
        weights=[rows[name] for name in vocabulary],
    )


def model_json(model: ClaimModel) -> str:
    """Deterministic JSON text: sorted keys, indented, each weight row compact on one line."""
    data = model.model_dump(mode="json")
    rows: list[str] = []
    for task in data["tasks"].values():
        task["weights"] = [_placeholder(rows, row) for row in task["weights"]]
    text = json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False)
    return re.sub(r'"@@(\d+)@@"', lambda m: rows[int(m.group(1))], text) + "\n"


def _placeholder(store: list[str], row: list[float]) -> str:
    """A stand-in string for a weight row; no feature name can equal it (every name has a family prefix)."""
    store.append(json.dumps(row, separators=(",", ":")))
    return f"@@{len(store) - 1}@@"


def save_model(model: ClaimModel, path: Path) -> None:
    from ..tables import atomic_write_bytes

    atomic_write_bytes(Path(path), model_json(model).encode("utf-8"))


def load_compiled(path: Path, digest: str, cache_dir: Path | None = None) -> CompiledModel:
    """The model file's compiled arrays (what `Classifier.predict_batch` applies). With a cache folder,
    they are kept there by `digest` (the caller's key: the file's sha256 and the code's fingerprint), made from the
    validated model the first time
    and read back after: the same float64 values (NumPy's own format, no pickle), without reading and
    validating the 7 MB of JSON in every claims job. A cached file that cannot be read is made again."""
    cached = cache_dir / f"model-{digest}.npz" if cache_dir is not None else None
    if cached is not None and cached.is_file():
        try:
            return _read_compiled(cached)
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            pass  # made again below
    compiled = load_model(path)._compiled
    if cached is not None:
        _write_compiled(cached, compiled)
    return compiled


def _write_compiled(path: Path, compiled: CompiledModel) -> None:
    from ..jsonio import atomic_write_bytes

    names = sorted(compiled.rows, key=compiled.rows.__getitem__)
    meta = json.dumps({"names": names, "tasks": compiled.tasks}, ensure_ascii=False).encode("utf-8")
    buffer = io.BytesIO()
    np.savez(
        buffer,
        weights=compiled.weights,
        centered=compiled.centered,
        bias=compiled.bias,
        meta=np.frombuffer(meta, dtype=np.uint8),
    )
    atomic_write_bytes(path, buffer.getvalue(), durable=False)  # a cache entry: a failed read makes it again


def _read_compiled(path: Path) -> CompiledModel:
    with np.load(path, allow_pickle=False) as data:
        meta = json.loads(data["meta"].tobytes().decode("utf-8"))
        weights, centered, bias = data["weights"], data["centered"], data["bias"]
    rows = {name: k for k, name in enumerate(meta["names"])}
    tasks = tuple((task, tuple(classes), lo, hi) for task, classes, lo, hi in meta["tasks"])
    if weights.shape != centered.shape or weights.shape[0] != len(rows) or bias.shape != (weights.shape[1],):
        raise ValueError(f"{path}: arrays of another shape than its names")
    return CompiledModel(rows, weights, centered, bias, tasks)


def load_model(path: Path) -> ClaimModel:
    """Read and validate a model file; a malformed file fails with its path."""
    try:
        return ClaimModel.model_validate_json(Path(path).read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: not a valid claim model: {exc}") from exc
