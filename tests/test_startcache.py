"""What the Snakefile keeps between runs (narrative_pipeline.startcache): the same fingerprints and registry
files as computing them, read back only while the files they come from are unchanged."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from narrative_pipeline import hashing, startcache
from narrative_pipeline.registry import RegistryError
from narrative_pipeline.registry import registry_files as read_registry_files

STEPS = ("actors", "claims", "catalogue")


@pytest.fixture
def given(monkeypatch):
    """A fresh table of given fingerprints (this test process's own are left as they were)."""
    monkeypatch.setattr(hashing, "_GIVEN", {})
    return hashing._GIVEN


def test_fingerprints_are_the_steps_own_and_read_back_while_no_module_changed(tmp_path, given, monkeypatch):
    cache = tmp_path / "code.json"
    computed = {s: hashing.step_fingerprint(s) for s in STEPS}
    assert startcache.step_fingerprints(STEPS, cache) == computed
    assert given == computed  # given to the process: the report's fingerprint reads no module either
    given.clear()

    def refused(step, root=hashing.PACKAGE_DIR):
        raise AssertionError("computed again")

    monkeypatch.setattr(startcache, "step_fingerprint", refused)
    assert startcache.step_fingerprints(STEPS, cache) == computed  # read back, nothing computed


def test_fingerprints_are_computed_again_when_the_package_changed_or_the_file_is_unreadable(tmp_path, given):
    cache = tmp_path / "code.json"
    computed = {s: hashing.step_fingerprint(s) for s in STEPS}
    stale = {"state": "another package state", "fingerprints": dict.fromkeys(STEPS, "0.0.0+stale")}
    cache.write_text(json.dumps(stale), encoding="utf-8")
    assert startcache.step_fingerprints(STEPS, cache) == computed
    assert json.loads(cache.read_text(encoding="utf-8"))["state"] == startcache.package_state()
    cache.write_text("{not json", encoding="utf-8")
    assert startcache.step_fingerprints(STEPS, cache) == computed
    cache.write_text(json.dumps({"state": startcache.package_state(), "fingerprints": {}}), encoding="utf-8")
    assert startcache.step_fingerprints(STEPS, cache) == computed  # a step it does not hold
    assert startcache.step_fingerprints(STEPS, None) == computed


def test_the_package_state_follows_every_module(tmp_path):
    root = tmp_path / "pkg"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("", encoding="utf-8")
    module = root / "sub" / "a.py"
    module.write_text("A = 1\n", encoding="utf-8")
    before = startcache.package_state(root)
    assert startcache.package_state(root) == before
    old = module.stat()
    module.write_text("A = 2\n", encoding="utf-8")  # the same size, and the old modification time put back
    os.utime(module, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert (module.stat().st_size, module.stat().st_mtime_ns) == (old.st_size, old.st_mtime_ns)
    after_edit = startcache.package_state(root)
    assert after_edit != before
    (root / "sub" / "b.py").write_text("", encoding="utf-8")
    assert startcache.package_state(root) != after_edit


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_registry_files_are_the_registrys_and_read_back_while_its_files_are_unchanged(tmp_path, monkeypatch):
    cache = tmp_path / "cache" / "registry.json"
    main = write(tmp_path / "actors.yaml", "include: [more.yaml]\nactors: []\n")
    write(tmp_path / "more.yaml", "actors: []\n")
    expected = read_registry_files(main)
    assert startcache.registry_files(main, cache) == expected == [main, tmp_path / "more.yaml"]
    import narrative_pipeline.registry as registry

    monkeypatch.setattr(registry, "registry_files", lambda path: pytest.fail("read again"))
    assert startcache.registry_files(main, cache) == expected
    monkeypatch.undo()

    write(tmp_path / "more.yaml", "include: [third.yaml]\nactors: []\n")  # an included file changed
    write(tmp_path / "third.yaml", "actors: []\n")
    assert startcache.registry_files(main, cache) == [main, tmp_path / "more.yaml", tmp_path / "third.yaml"]
    write(main, "actors: []\n")  # the registry itself changed
    assert startcache.registry_files(main, cache) == [main]
    assert startcache.registry_files(tmp_path / "more.yaml", cache) == [tmp_path / "more.yaml", tmp_path / "third.yaml"]


def test_a_registry_file_gone_fails_as_before(tmp_path):
    cache = tmp_path / "registry.json"
    main = write(tmp_path / "actors.yaml", "include: [more.yaml]\nactors: []\n")
    more = write(tmp_path / "more.yaml", "actors: []\n")
    startcache.registry_files(main, cache)
    more.unlink()
    with pytest.raises(RegistryError, match="more.yaml"):
        startcache.registry_files(main, cache)


DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _schema_check(config: dict, schema: Path) -> None:
    """Snakemake's `validate` outside a workflow: raises on an invalid config and fills in the defaults."""
    from snakemake.utils import validate

    validate(config, str(schema))


def test_the_config_check_fills_the_same_defaults_and_is_kept_while_config_and_schema_are_unchanged(tmp_path):
    schema = tmp_path / "schema.json"
    schema.write_text(
        json.dumps(
            {
                "$schema": DIALECT,
                "type": "object",
                "properties": {"n": {"type": "integer", "default": 3}, "s": {"type": "string"}},
            }
        )
    )
    cache = tmp_path / "start/config.json"
    calls = []

    def check(config):
        return lambda: (calls.append(1), _schema_check(config, schema))

    first = {"s": "x"}
    assert startcache.validated_config(first, schema, cache, check(first)) is True
    assert first == {"s": "x", "n": 3} and len(calls) == 1
    again = {"s": "x"}
    assert startcache.validated_config(again, schema, cache, check(again)) is False
    assert again == first and len(calls) == 1  # the defaults from the cache, no check
    other = {"s": "y"}
    assert startcache.validated_config(other, schema, cache, check(other)) is True and len(calls) == 2
    # an invalid config is refused whatever was kept, and keeps nothing
    bad = {"s": 1}
    with pytest.raises(Exception, match="not of type"):
        startcache.validated_config(bad, schema, cache, check(bad))
    assert json.loads(cache.read_text())["config"] == {"s": "y", "n": 3}
    # a schema edited since: checked again
    schema.write_text(
        json.dumps(
            {
                "$schema": DIALECT,
                "type": "object",
                "properties": {"n": {"type": "integer", "default": 4}, "s": {"type": "string"}},
            }
        )
    )
    os.utime(schema, ns=(1, 1))
    other = {"s": "y"}
    assert startcache.validated_config(other, schema, cache, check(other)) is True and other["n"] == 4
    # no cache file, or a config JSON cannot hold: always checked
    plain = {"s": "x"}
    assert startcache.validated_config(plain, schema, None, check(plain)) is True
    odd = {"s": "x", "when": object()}
    before = len(calls)
    assert startcache.validated_config(odd, schema, cache, check(odd)) is True and len(calls) == before + 1
