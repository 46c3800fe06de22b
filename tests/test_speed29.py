"""speed29: the corpus validation's listings without a `Path` per entry give what the `Path` forms gave."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from narrative_pipeline import discovery
from narrative_pipeline.validate.corpus import document_names


def _tree(root: Path) -> Path:
    (root / "sub" / "deeper").mkdir(parents=True)
    for rel in ("a.txt", "B.TXT", ".hidden", "sub/x.html", "sub/deeper/y.txt", "sub/x.html.meta.json"):
        (root / rel).write_text("x")
    os.symlink(root / "sub", root / "link-to-folder")
    os.symlink(root / "a.txt", root / "sub" / "link-to-file")
    with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "w") as f:  # not UTF-8
        f.write("x")
    return root


@pytest.mark.parametrize("where", ["tree", "tests/data", "seeds"])
def test_list_paths_equals_the_paths_relative_to_the_folder(tmp_path, where):
    root = _tree(tmp_path / "in") if where == "tree" else Path(__file__).resolve().parents[1] / where
    before = sorted(discovery._safe_name(discovery._rel(p, root))[0] for p in discovery._walk(root))
    assert discovery.list_paths(root) == before and before


def test_document_names_are_the_names_glob_gives(tmp_path):
    docs = tmp_path / "articles"
    (docs / "folder.json").mkdir(parents=True)
    for name in ("b.json", "a.json", ".hidden.json", "C.JSON", "[x].json", "d.json.tmp", "e.txt"):
        (docs / name).write_text("{}")
    assert document_names(docs) == [p.name for p in sorted(docs.glob("*.json"))]
    assert document_names(docs) == [".hidden.json", "[x].json", "a.json", "b.json", "folder.json"]
    assert document_names(tmp_path / "none") == [] and document_names(docs / "b.json") == []


def test_the_worker_preloads_the_validations_json_schemas():
    """The article and report schemas are generated from the record models once, in the worker, before any child
    (each shard validation made the article schema again in its own process)."""
    import subprocess
    import sys

    code = (
        "from narrative_pipeline import warm, schemas; warm.preload(None, ()); "
        "print(schemas.validator_for.cache_info().currsize, 'pandas' in __import__('sys').modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2", "False"]
