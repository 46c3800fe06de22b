"""speed50 (issue 10, adding one article): the warm worker started while the Snakefile is read (`warm.start_ahead`), and
its spaCy model loaded with catalogue's entry points looked up once per group (`warm.entry_points_by_group`). A worker
started ahead that serves nothing is abandoned (a no-op, a dry run, a cluster's run, a Snakemake that executes
nothing), leaving no process, no folder and the run's record of served steps as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from test_speed32 import _Proc, _workflow

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ahead(monkeypatch, tmp_path):
    """`warm.start_ahead` with a stand-in worker (`begin` records the start, the worker's process is a fake)."""
    from narrative_pipeline import warm

    monkeypatch.setattr(warm, "_running", None)
    monkeypatch.setattr(warm, "_handed_over", False)
    monkeypatch.setattr(warm, "_record", None)
    registered = []
    monkeypatch.setattr("atexit.register", registered.append)
    procs = []

    def begin():
        procs.append(_Proc())
        (tmp_path / "warm-x").mkdir(exist_ok=True)
        warm._running = (procs[-1], tmp_path / "warm-x")

    return warm, begin, procs, registered


def test_the_worker_starts_at_once_and_a_local_run_takes_it_over(ahead):
    warm, begin, procs, registered = ahead
    order = []

    def run():  # Snakemake's execute: the DAG, then `onstart`, the jobs, `onsuccess`
        order.append(("dag", warm.running(), procs[0].ended))
        assert warm.take_over()
        warm.stop()
        return True

    wf, plugin, _ = _workflow(body=run)
    assert warm.start_ahead(wf, begin)
    assert len(procs) == 1 and warm.running()  # before `execute`: while the Snakefile is still read
    assert wf.execute(plugin, None) is True
    assert order == [("dag", True, None)] and procs[0].ended == "terminated" and len(procs) == 1
    assert registered == [warm._abandon_unclaimed]


@pytest.mark.parametrize(
    "kind", [{"dryrun": True}, {"local": False}, {"hooks": False}, {"mode": "SUBPROCESS"}, {"mode": "REMOTE"}]
)
def test_a_run_that_is_not_local_abandons_the_worker_before_its_dag(ahead, kind):
    warm, begin, procs, _ = ahead
    seen = []
    wf, plugin, calls = _workflow(body=lambda: seen.append(procs[0].ended), **kind)
    warm.start_ahead(wf, begin)
    wf.execute(plugin, None)
    assert seen == ["killed"] and calls == ["execute"] and len(procs) == 1 and not warm.running()


def test_a_run_with_nothing_to_do_or_failing_before_onstart_abandons_the_worker(ahead):
    warm, begin, procs, _ = ahead
    wf, plugin, _ = _workflow()  # returns before `onstart`
    warm.start_ahead(wf, begin)
    wf.execute(plugin, None)
    assert procs[0].ended == "killed" and not warm.running()

    def fail():
        raise RuntimeError("the DAG failed")

    wf, plugin, _ = _workflow(body=fail)
    warm.start_ahead(wf, begin)
    with pytest.raises(RuntimeError):
        wf.execute(plugin, None)
    assert procs[1].ended == "killed" and not warm.running() and len(procs) == 2


def test_the_worker_abandoned_by_the_snakefile_is_not_started_again_by_execute(ahead):
    """A no-op: the Snakefile abandons the worker (its inputs are the last successful run's); `execute` starts none
    (onstart does, if the run has jobs after all)."""
    warm, begin, procs, _ = ahead
    wf, plugin, _ = _workflow(body=lambda: warm.running())
    warm.start_ahead(wf, begin)
    warm.abandon()
    assert wf.execute(plugin, None) is False and len(procs) == 1 and procs[0].ended == "killed"


def test_a_snakemake_that_never_executes_abandons_the_worker_at_its_exit(ahead):
    warm, begin, procs, registered = ahead
    wf, _, calls = _workflow()
    warm.start_ahead(wf, begin)
    registered[0]()  # --lint, --list, an error in the Snakefile: the process's exit
    assert calls == [] and procs[0].ended == "killed" and not warm.running()
    warm.start_ahead(wf, begin)
    assert warm.take_over()
    registered[-1]()  # a worker the run took over is the run's to stop, not the exit's
    assert procs[1].ended is None and warm.running()
    warm.stop()


def test_no_workflow_to_wrap_starts_no_worker(ahead):
    warm, begin, procs, _ = ahead
    from types import SimpleNamespace as NS

    assert not warm.start_ahead(NS(), begin) and procs == [] and not warm.running()


@pytest.fixture
def real_start(monkeypatch, tmp_path):
    from narrative_pipeline import warm

    monkeypatch.setattr(warm, "_running", None)
    monkeypatch.setattr(warm, "_handed_over", False)
    monkeypatch.setattr(warm, "_record", None)
    monkeypatch.setattr("atexit.register", lambda f: None)
    monkeypatch.delenv(warm.VARIABLE, raising=False)
    # the console script next to this interpreter, also when the environment was not activated
    monkeypatch.setenv("PATH", os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]))
    record = tmp_path / "results/benchmarks/warm.jsonl"
    record.parent.mkdir(parents=True)
    record.write_text('{"argv": ["claims"]}\n', encoding="utf-8")  # a running run's served steps
    begin = lambda: warm.start(tmp_path / "results/.cache", None, record=record, defer_record=True)  # noqa: E731
    return warm, record, begin, tmp_path / "results/.cache"


def test_a_run_that_fails_on_the_lock_leaves_the_running_run_s_record(real_start):
    """review29's case for a worker started ahead: a second Snakemake on a results folder a run is using fails on the
    lock in `execute`, before `onstart`: its worker is abandoned and the record, emptied only at `take_over`, is the
    running run's still."""
    from types import SimpleNamespace as NS

    warm, record, begin, cache = real_start

    def execute(executor_plugin, *args, **kwargs):
        raise RuntimeError("LockException: the directory is locked by another run")

    plugin = NS(common_settings=NS(non_local_exec=False, dryrun_exec=False, touch_exec=False))
    wf = NS(execute=execute, execution_settings=NS(no_hooks=False), workflow_settings=NS(exec_mode=NS(name="DEFAULT")))
    assert warm.start_ahead(wf, begin)
    pid = warm._running[0].pid
    with pytest.raises(RuntimeError):
        wf.execute(executor_plugin=plugin)
    assert not warm.running() and not psutil.pid_exists(pid) and list(cache.glob("warm-*")) == []
    assert record.read_text(encoding="utf-8") == '{"argv": ["claims"]}\n'


def test_the_record_of_a_worker_started_ahead_is_emptied_when_the_run_takes_it_over(real_start):
    warm, record, begin, _ = real_start
    begin()
    assert record.read_text(encoding="utf-8") == '{"argv": ["claims"]}\n'
    assert warm.take_over()
    assert record.read_text(encoding="utf-8") == ""
    warm.stop()
    assert not warm.running()
    # started in onstart (not deferred), as before: emptied at once
    record.write_text("x\n", encoding="utf-8")
    warm.start(record.parent.parent / ".cache", None, record=record)
    assert record.read_text(encoding="utf-8") == ""
    warm.stop()


def _grouped_catalogue():
    import catalogue
    from narrative_pipeline import warm

    return catalogue, warm


def test_entry_points_are_the_same_looked_up_once_and_put_back():
    catalogue, warm = _grouped_catalogue()
    found = catalogue.AVAILABLE_ENTRY_POINTS
    groups = [g for g in sorted(found.groups) if "spacy" in g or "thinc" in g][:20] + ["no_such_group"]
    assert len(groups) > 3  # spaCy's own groups are there
    with warm.entry_points_by_group():
        grouped = catalogue.AVAILABLE_ENTRY_POINTS
        assert grouped is not found
        for group in groups:
            first = grouped.select(group=group)
            assert list(first) == list(found.select(group=group))
            assert grouped.select(group=group) is first  # answered once
        assert list(grouped.select(group="spacy_factories", name="x")) == list(
            found.select(group="spacy_factories", name="x")
        )
        assert grouped.names == found.names  # anything else is the snapshot's
    assert catalogue.AVAILABLE_ENTRY_POINTS is found
    with pytest.raises(ValueError), warm.entry_points_by_group():
        raise ValueError("a load that fails")
    assert catalogue.AVAILABLE_ENTRY_POINTS is found


def test_a_model_loaded_with_entry_points_by_group_is_the_model_loaded_without():
    import spacy

    catalogue, warm = _grouped_catalogue()
    from narrative_pipeline.settings import PipelineConfig

    name = PipelineConfig().spacy_model
    plain = spacy.load(name)
    with warm.entry_points_by_group():
        grouped = spacy.load(name)
    assert grouped.pipe_names == plain.pipe_names and grouped.config == plain.config
    assert grouped.tokenizer.to_bytes() == plain.tokenizer.to_bytes()
    for (n, a), (_, b) in zip(plain.pipeline, grouped.pipeline, strict=True):
        assert type(a) is type(b)
        assert a.to_bytes(exclude=["vocab"]) == b.to_bytes(exclude=["vocab"]), n
    text = "The Prime Minister said on Tuesday that taxes would not rise, but Labour's Gordon Brown disagreed."
    attrs = lambda doc: [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.is_sent_start) for t in doc]  # noqa: E731
    assert attrs(grouped(text)) == attrs(plain(text))


def test_the_worker_s_load_shortcuts_import_nothing_until_the_model_load_does():
    """Entering them imports neither catalogue nor spaCy (a worker whose model load is a stand-in, test_speed47, or
    fails, keeps its modules as before); they patch each module once it is imported, and put everything back."""
    code = (
        "import sys\n"
        "from narrative_pipeline import warm\n"
        "finders = list(sys.meta_path)\n"
        "with warm.entry_points_by_group(), warm.stored_tokenizer_only():\n"
        "    assert 'catalogue' not in sys.modules and 'spacy' not in sys.modules\n"
        "    import spacy.util, catalogue\n"
        "    assert type(catalogue.AVAILABLE_ENTRY_POINTS).__name__ == '_Grouped'\n"
        "    assert spacy.util.load_model_from_path.__qualname__.startswith('stored_tokenizer_only')\n"
        "assert type(catalogue.AVAILABLE_ENTRY_POINTS).__name__ != '_Grouped'\n"
        "assert not spacy.util.load_model_from_path.__qualname__.startswith('stored_tokenizer_only')\n"
        "assert sys.meta_path == finders\n"
        "with warm.entry_points_by_group():\n"
        "    assert type(catalogue.AVAILABLE_ENTRY_POINTS).__name__ == '_Grouped'  # imported already: at once\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout == "ok\n", done.stderr


def _attrs(doc) -> list[tuple]:
    return [
        (t.text, t.norm_, t.lemma_, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
         t.is_sent_start, t.shape_, t.is_stop)
        for t in doc
    ]  # fmt: skip


TEXTS = (
    "The Prime Minister said on Tuesday that taxes wouldn't rise, but Labour's Gordon Brown disagreed.",
    "It cost $32m. However, the U.K. govt. didn't say so at 3:30pm on e-mail (see www.bbc.co.uk/news).",
    "\"We can't,\" she said. Mr. O'Neill's firm -- once worth £2bn -- lost 12.5% in Q3 '04.",
)


def test_a_model_loaded_from_its_stored_tokenizer_only_is_the_model_loaded_plainly():
    """The worker's load (`stored_tokenizer_only` and `entry_points_by_group`, through the parse's own
    `load_pipeline`) against a step's own process's: the same tokenizer bytes, config, components and parses;
    spaCy's functions put back."""
    from narrative_pipeline import warm
    from narrative_pipeline.nlp import load_pipeline
    from narrative_pipeline.settings import PipelineConfig
    from spacy import util

    name = PipelineConfig().spacy_model
    functions = (util.load_model_from_path, util.load_model_from_config)
    plain = load_pipeline(name)
    with warm.entry_points_by_group(), warm.stored_tokenizer_only():
        worker = load_pipeline(name)
    assert (util.load_model_from_path, util.load_model_from_config) == functions
    assert worker.config == plain.config and worker.config["nlp"]["tokenizer"]["@tokenizers"] == "spacy.Tokenizer.v1"
    assert worker.pipe_names == plain.pipe_names and worker.disabled == plain.disabled
    # `load_pipeline` wraps the tokenizer's prefix search and token match in Python functions (fix82's
    # `nlp.keep_entities`), which spaCy cannot write: the rest of the tokenizer by its bytes, those two by their kind
    wrapped = ["prefix_search", "token_match"]
    assert worker.tokenizer.to_bytes(exclude=wrapped) == plain.tokenizer.to_bytes(exclude=wrapped)
    assert all(getattr(t.token_match, "keeps_entities", False) for t in (worker.tokenizer, plain.tokenizer))
    for (n, a), (_, b) in zip(plain.components, worker.components, strict=True):
        assert type(a) is type(b)
        if n != "lemmatizer":  # (its index is frozensets: `remember_lemmas`, which msgpack does not write)
            assert a.to_bytes(exclude=["vocab"]) == b.to_bytes(exclude=["vocab"]), n
    assert [_attrs(d) for d in worker.pipe(TEXTS)] == [_attrs(d) for d in plain.pipe(TEXTS)]
    assert len(worker.vocab) == len(plain.vocab) and len(worker.vocab.strings) == len(plain.vocab.strings)


def test_a_model_loaded_without_its_stored_tokenizer_keeps_the_default_one():
    """The tokenizer excluded from the load (spaCy reads no `tokenizer` file then): the pipeline is made with the
    language's default tokenizer, as a plain load makes it, not one without rules."""
    import spacy
    from narrative_pipeline import warm
    from narrative_pipeline.settings import PipelineConfig

    name = PipelineConfig().spacy_model
    plain = spacy.load(name, exclude=["tokenizer"])
    with warm.stored_tokenizer_only():
        worker = spacy.load(name, exclude=["tokenizer"])
    assert worker.tokenizer.to_bytes() == plain.tokenizer.to_bytes()
    assert [t.text for t in worker(TEXTS[1])] == [t.text for t in plain(TEXTS[1])]
    assert len(worker.tokenizer.rules) > 1000  # the default's special cases, not a tokenizer without rules


def _snakemake(project: Path, inputs: Path, *args: str) -> subprocess.CompletedProcess:
    from workflow_helpers import snakemake

    return snakemake(project, *args, "--config", f"input_dir={inputs}", "n_shards=2", check=False)


@pytest.mark.slow
@pytest.mark.parametrize("args", [("-n",), ("--lint",)])
def test_a_dry_run_or_lint_with_new_inputs_leaves_no_worker_and_the_record(tmp_path, args):
    """The Snakefile starts the worker ahead (no run yet: the inputs are new); a dry run abandons it at `execute`, and
    `--lint`, which executes nothing, at its exit: no worker process, no worker folder, the record as it was."""
    from workflow_helpers import copy_project, small_inputs

    project = copy_project(tmp_path / "project")
    inputs = small_inputs(tmp_path / "input")
    record = project / "results/benchmarks/warm.jsonl"
    record.parent.mkdir(parents=True)
    record.write_text('{"argv": ["claims"]}\n', encoding="utf-8")
    result = _snakemake(project, inputs, *args)
    assert result.returncode == 0, result.stderr[-3000:]
    assert list((project / "results/.cache").glob("warm-*")) == []
    left = [p for p in psutil.process_iter(["cmdline"]) if str(project) in " ".join(p.info["cmdline"] or [])]
    assert left == []
    assert record.read_text(encoding="utf-8") == '{"argv": ["claims"]}\n'


def test_the_snakefile_starts_the_worker_ahead_once_the_jobs_environment_is_final():
    """The worker compares each job's environment with its own (`warm.refusal`): started before the Snakefile sets the
    variables the jobs inherit, it would refuse every job. It starts after them, before the corpus's discovery, in the
    main process only, and is abandoned when the inputs are the last successful run's."""
    text = (ROOT / "workflow/rules/common.smk").read_text(encoding="utf-8")
    env = max(text.index("os.environ[CODE_STATE_VARIABLE] ="), text.index("os.environ[FINGERPRINTS_VARIABLE] ="))
    ahead = text.index("AHEAD = workflow.is_main_process and start_ahead(")
    assert env < ahead < text.index("discover(INPUT_DIR") < text.index("if AHEAD and not inputs_changed(")
    assert "os.environ[" not in text[ahead:]
    assert "start_early(" not in text
