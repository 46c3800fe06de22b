"""speed29: the corpus validation's listing of the documents without a `Path` per entry gives what `glob` gave; the
worker preloads the validations' JSON Schemas."""

from __future__ import annotations

from narrative_pipeline.validate.corpus import document_names


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
