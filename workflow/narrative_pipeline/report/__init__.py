"""The static HTML report of a results folder (`results/report/`): an overview, a page per article and
per actor, the actor network, and row listings behind every number. Opens from `file://` with no
server and no network: every style, script and chart is inside the folder (charts are inline SVG)."""

from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["build", "code_fingerprint"]


def code_fingerprint() -> str:
    """Digest of this subpackage's files and of the package modules it uses (the package's step
    fingerprints see top-level modules only), for the report rule to re-run when its code changes."""
    from ..hashing import step_fingerprint

    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for module in ("catalogue", "decoding"):
        digest.update(step_fingerprint(module).encode())
    return digest.hexdigest()[:16]


def __getattr__(name: str):
    """`build` is imported when first used: the Snakefile reads `code_fingerprint` alone, and importing
    the report's modules (pandas among them) would cost every Snakemake start about 0.4 s."""
    if name == "build":
        from .builder import build  # a module of another name: importing it never binds `build` to a module

        globals()["build"] = build
        return build
    raise AttributeError(name)
