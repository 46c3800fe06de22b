"""The claim classifier: a learned model that weighs the claim rules' decisions (issue 12).

`features` (claim -> sparse features), `model` (the JSON model and its prediction), `relabel`
(the claims step's one call, with the consistency rules), `claimer` (the claimer phrase);
Training lives in `narrative_pipeline.training` (scikit-learn), which the pipeline never imports.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from .model import ClaimModel, load_model
from .relabel import apply_model, relabel

__all__ = ["ClaimModel", "apply_model", "load_model", "model_component", "relabel"]


def model_component(path: Path, cache: Path | None = None) -> str:
    """The model's name, version and file sha256, as the manifest records it. With `cache` (a JSON file: the
    last model's sha256 and component), a file with the sha256 recorded there is not loaded again: loading and
    validating the 8 MB model was about 0.2-0.3 CPU s of every publish, on the run's last job (speed32). A file
    with another sha256 is loaded (and so validated) as without the cache, and its component recorded."""
    import json

    from ..hashing import sha256_file
    from ..jsonio import atomic_write_bytes

    sha = sha256_file(path)
    if cache is not None:
        try:
            kept = json.loads(Path(cache).read_text(encoding="utf-8"))
            if isinstance(kept, dict) and kept.get("sha256") == sha and isinstance(kept.get("component"), str):
                return kept["component"]
        except (OSError, ValueError):
            pass
    model = load_model(path)
    component = f"{model.name} {model.version} sha256:{sha}"
    if cache is not None:
        with contextlib.suppress(OSError):
            data = json.dumps({"sha256": sha, "component": component}, sort_keys=True).encode("utf-8")
            atomic_write_bytes(Path(cache), data, durable=False)
    return component
