"""speed39: the publish job names and hashes the registry's files from the run's start cache, and lists the
article documents without a `Path` each; the same manifest and RO-Crate values as before."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from narrative_pipeline import manifest, startcache
from narrative_pipeline.registry import files_hash, registry_files, registry_hash


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def registry(tmp_path):
    """A registry of two files (the first includes the second) and a results folder beside it."""
    main = write(tmp_path / "actors.yaml", "include: [more.yaml]\nactors: []\n")
    write(tmp_path / "more.yaml", "actors:\n  - {id: x, name: X, type: person}\n")
    results = tmp_path / "results"
    results.mkdir()
    return main, results


def test_the_hash_of_the_listed_files_is_the_registrys_hash(registry):
    main, _ = registry
    assert files_hash(registry_files(main)) == registry_hash(main)
    assert files_hash([main]) != registry_hash(main)  # an include left out is another hash


def test_the_publish_job_takes_the_files_the_start_cache_kept_and_reads_them_again_after_a_change(
    registry, monkeypatch
):
    main, results = registry
    kept = results / ".cache" / "start" / "registry.json"
    assert startcache.kept_registry_files(main, results) == registry_files(main)  # no cache yet: read, then kept
    assert kept.is_file()
    import narrative_pipeline.registry as module

    monkeypatch.setattr(module, "registry_files", lambda path: pytest.fail("read again"))
    assert startcache.kept_registry_files(main, results) == [main, main.parent / "more.yaml"]  # the cache hit
    with pytest.raises(pytest.fail.Exception, match="read again"):  # another registry: the cache is not used
        startcache.kept_registry_files(main.parent / "more.yaml", results)
    monkeypatch.undo()

    write(main.parent / "more.yaml", "include: [third.yaml]\nactors: []\n")  # an included file changed: a miss
    write(main.parent / "third.yaml", "actors: []\n")
    files = startcache.kept_registry_files(main, results)
    assert files == [main, main.parent / "more.yaml", main.parent / "third.yaml"]
    assert files_hash(files) == registry_hash(main)


def test_leftover_documents_are_the_ones_glob_found(tmp_path, monkeypatch):
    docs = tmp_path / "articles"
    docs.mkdir()
    for name in ["a.json", "b.json", ".hidden.json", "[x].json", "c.txt", "a.b.json"]:
        (docs / name).write_text("{}", encoding="utf-8")
    ids = ["a", "a.b"]
    expected = [p.name for p in sorted(docs.glob("*.json")) if p.stem not in ids]  # what the code did before
    monkeypatch.setattr(manifest, "document_ids", lambda results: ids)
    assert manifest.remove_leftover_documents(tmp_path) == expected == [".hidden.json", "[x].json", "b.json"]
    assert sorted(os.listdir(docs)) == ["a.b.json", "a.json", "c.txt"]
    assert manifest.remove_leftover_documents(tmp_path / "none") == []  # no documents' folder
