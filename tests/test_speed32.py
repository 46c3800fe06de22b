"""speed32 (issue 10, adding one article): the publish job's manifest and changes made cheaper, with the same
results. The changes' row keys of one string column are the strings the Python join made; the claim classifier's
manifest component, kept by the model file's sha256, is the component of the file as it is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest
from narrative_pipeline.changes import row_keys
from narrative_pipeline.classify import model_component as loaded
from narrative_pipeline.cli.steps import model_component

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "config/models/claims-v1.json"


def _python_keys(t: pa.Table, key: tuple[str, ...]) -> list[str]:
    """The keys as `changes.current_state` made them before speed32."""
    cols = [t.column(k).to_pylist() for k in key]
    return sorted("\t".join(str(v) for v in row) for row in zip(*cols, strict=True))


@pytest.mark.parametrize(
    "columns",
    [
        {"a": ["b", "a", "é", "Z", "a\tb", ""]},
        {"a": ["x", None, "y", None], "b": ["1", "2", None, None]},
        {"a": pa.array(["q", "p"], type=pa.large_string()), "b": ["s", "r"], "c": ["u", "t"]},
        {"a": [3, 1, 2], "b": ["x", "y", None]},  # not all strings: the Python join
        {"a": pa.array([], type=pa.string())},
        {"a": ["😀", "\u00e9", "e\u0301", "\uffff", "a"]},  # code point order, as Python sorts
    ],
)
def test_row_keys_are_the_strings_the_python_join_made(columns):
    t = pa.table(columns)
    for key in (tuple(t.column_names), tuple(t.column_names[:1])):
        assert row_keys(t, key) == _python_keys(t, key)


def test_row_keys_import_no_pandas(tmp_path):
    """The worker that serves publish holds no pandas (Arrow's compute functions imported it: 0.3 s)."""
    import pyarrow.parquet as pq

    path = tmp_path / "t.parquet"
    pq.write_table(pa.table({"a": ["x", None], "b": ["y", "z"]}), path)
    code = (
        "import sys; from narrative_pipeline.tables import read_parquet; from narrative_pipeline.changes import row_keys; "
        f"t = read_parquet({str(path)!r}); assert row_keys(t, ('a',)) == ['None', 'x'] and len(row_keys(t, ('a', 'b'))) == 2; "
        "assert 'pandas' not in sys.modules, 'pandas imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_model_component_is_the_same_with_and_without_its_cache(tmp_path):
    cache = tmp_path / "cache/claims-model.json"
    plain = loaded(MODEL)
    assert model_component(MODEL, cache) == plain  # made and kept
    assert json.loads(cache.read_text())["component"] == plain
    assert model_component(MODEL, cache) == plain  # taken from the cache


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> Path:
    """The committed model with each task's vocabulary cut to its first 40 features: a valid model file of a few KB.
    Loading and validating the 8 MB model costs 0.2-0.3 CPU s quiet and 1-2 s in a loaded test worker (its heap
    holds the spaCy model); the tests of the cache's keying below load a model up to five times (speed34)."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    for task in data["tasks"].values():
        task["vocabulary"], task["weights"] = task["vocabulary"][:40], task["weights"][:40]
    path = tmp_path_factory.mktemp("model") / "small.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_changed_model_is_loaded_again_and_an_invalid_one_still_fails(tmp_path, small_model):
    cache = tmp_path / "claims-model.json"
    model = tmp_path / "model.json"
    data = json.loads(small_model.read_text(encoding="utf-8"))
    model.write_text(json.dumps(data), encoding="utf-8")
    first = model_component(model, cache)
    data["version"] = "9.9.9"
    model.write_text(json.dumps(data), encoding="utf-8")
    second = model_component(model, cache)
    assert second != first and " 9.9.9 sha256:" in second and second == loaded(model)
    model.write_text('{"name": "broken"}', encoding="utf-8")  # a file the cache has never seen: validated
    with pytest.raises(ValueError):
        model_component(model, cache)


def test_a_damaged_cache_is_ignored(tmp_path, small_model):
    cache = tmp_path / "claims-model.json"
    expected = loaded(small_model)
    for text in ("not json", "[]", '{"sha256": 1}', '{"sha256": "x", "component": "y"}'):
        cache.write_text(text, encoding="utf-8")
        assert model_component(small_model, cache) == expected


def test_the_run_s_fingerprints_are_given_to_its_jobs_while_no_module_changed(monkeypatch):
    """The Snakefile sets every step fingerprint for its jobs (`FINGERPRINTS_VARIABLE`); a job's `main` gives
    them, at the run's module state: trusted while no module changed, computed otherwise or when unreadable."""
    from narrative_pipeline import cli, hashing, startcache

    assert cli.FINGERPRINTS == startcache.FINGERPRINTS_VARIABLE
    computed = hashing.step_fingerprint("export")
    for text, state, expected in [
        ('{"export": "0.1.0+given", "x": 1}', hashing.module_state(), "0.1.0+given"),
        ('{"export": "0.1.0+given"}', "another state", computed),
        ("not json", hashing.module_state(), computed),
        ('["export"]', hashing.module_state(), computed),
    ]:
        monkeypatch.setattr(hashing, "_GIVEN", {})
        monkeypatch.setattr(hashing, "_GIVEN_AT", {})
        startcache.give_fingerprints(text, state)
        assert hashing.step_fingerprint("export") == expected


def test_the_snakefile_gives_its_jobs_every_fingerprint():
    text = (ROOT / "workflow/rules/common.smk").read_text(encoding="utf-8")
    assert "os.environ[FINGERPRINTS_VARIABLE] = json.dumps(CODE, sort_keys=True)" in text


class _Proc:
    def __init__(self) -> None:
        self.ended = None

    def kill(self) -> None:
        self.ended = "killed"

    def terminate(self) -> None:
        self.ended = "terminated"

    def wait(self, timeout: float | None = None) -> int:
        return 0


def _workflow(dryrun=False, local=True, hooks=True, mode="DEFAULT", body=None):
    from types import SimpleNamespace as NS

    calls = []

    def execute(executor_plugin, *args, **kwargs):
        calls.append("execute")
        return body() if body else True

    plugin = NS(common_settings=NS(non_local_exec=not local, dryrun_exec=dryrun, touch_exec=False))
    wf = NS(
        execute=execute,
        execution_settings=NS(no_hooks=not hooks),
        workflow_settings=NS(exec_mode=NS(name=mode)),
    )
    return wf, plugin, calls


# The early worker's cases (started, taken over by onstart, abandoned when nothing is to do, on a failure, for a run
# that is not local) are test_speed50's, on `warm.start_ahead`, which replaced speed32's start at `execute`; `_Proc`
# and `_workflow` above are their stand-ins.


def test_the_inputs_digest_is_kept_by_a_successful_run(tmp_path):
    from narrative_pipeline.startcache import inputs_changed, keep_inputs

    cache = tmp_path / "start/inputs.json"
    assert inputs_changed(cache, "a")  # no run yet
    keep_inputs(cache, "a")
    assert not inputs_changed(cache, "a") and inputs_changed(cache, "b")
    cache.write_text("not json")
    assert inputs_changed(cache, "a")
