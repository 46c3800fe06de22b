"""Changed copies of a shipped YAML file, for the tests of its loader's errors: the shipped file is parsed once a
session (`yaml.safe_load`, pure Python, 0.1-0.2 CPU s for a lexicon of 40 KB, which the error tests parsed again in
each of their cases: 19 for the PLOVER lexicon alone; tests40), and each case changes a copy of its data."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path

import yaml


@cache
def _shipped(path: Path) -> object:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def variant(shipped: Path, folder: Path, change: Callable[[object], object]) -> Path:
    """`folder / "lexicon.yaml"`: the data of the YAML file `shipped` with `change` made to a copy of it."""
    data = copy.deepcopy(_shipped(Path(shipped)))
    change(data)
    path = folder / "lexicon.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path
