"""Generated files (schemas, default config, the states registry) and code fingerprints."""

from __future__ import annotations

import sys
from pathlib import Path


def cmd_schemas(a) -> int:
    from ..schemas import SCHEMA_DIR, write_all, write_default_config

    for path in write_all(Path(a.dir) if a.dir else SCHEMA_DIR):
        print(path)
    print(write_default_config(Path(a.config)))
    return 0


def cmd_build_registry(a) -> int:
    from ..registry_build import build_states, render_states

    text = render_states(build_states(Path(a.overlay)))
    if a.check:
        same = Path(a.out).exists() and Path(a.out).read_text(encoding="utf-8") == text
        print("up to date" if same else f"{a.out} differs from a fresh generation", file=sys.stderr)
        return 0 if same else 1
    Path(a.out).write_text(text, encoding="utf-8")
    return 0


def cmd_fingerprint(a) -> int:
    from ..hashing import step_fingerprint

    print(step_fingerprint(a.step))
    return 0


def add_parsers(sub) -> None:
    s = sub.add_parser("schemas", help="write the JSON Schemas and the default config generated from the models")
    s.add_argument("--dir", help="folder of the schemas (default: workflow/schemas)")
    s.add_argument("--config", default="config/config.yaml", help="where the default config is written")
    s.set_defaults(func=cmd_schemas)

    s = sub.add_parser("build-registry", help="generate the states registry from data packages")
    s.add_argument("--overlay", default="config/states_overlay.yaml", help="hand-kept corrections and additions")
    s.add_argument("--out", default="config/actors_states.yaml", help="the generated states registry")
    s.add_argument("--check", action="store_true", help="only check the committed file is up to date")
    s.set_defaults(func=cmd_build_registry)

    s = sub.add_parser("fingerprint", help="print the code fingerprint of a step")
    s.add_argument("step", help="a step of the workflow (ingest, normalize, actors, claims, narratives, ...)")
    s.set_defaults(func=cmd_fingerprint)
