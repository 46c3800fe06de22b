"""The claim classifier: a learned model that weighs the claim rules' decisions (issue 12).

`features` (claim -> sparse features), `model` (the JSON model and its prediction), `relabel`
(the claims step's one call, with the consistency rules), `claimer` (the claimer phrase);
Training lives in `narrative_pipeline.training` (scikit-learn), which the pipeline never imports.
"""

from __future__ import annotations

from pathlib import Path

from .model import ClaimModel, load_model
from .relabel import apply_model, relabel

__all__ = ["ClaimModel", "apply_model", "load_model", "model_component", "relabel"]


def model_component(path: Path) -> str:
    """The model's name, version and file sha256, as the manifest records it."""
    from ..hashing import sha256_file

    model = load_model(path)
    return f"{model.name} {model.version} sha256:{sha256_file(path)}"
