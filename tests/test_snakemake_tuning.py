"""The adjustments of Snakemake's bookkeeping (narrative_pipeline.snakemake_tuning): they apply to the
pinned Snakemake, read each metadata record once, serialize params to the same strings as before, keep one
wake-up timer pending at a time, and cancel the scheduler's timers at the end."""

from __future__ import annotations

import sys
import threading
from functools import lru_cache

from narrative_pipeline import snakemake_tuning
from snakemake.persistence import PersistenceBase
from snakemake.persistence.file import FilePersistence


def test_both_apply_to_the_pinned_snakemake():
    """Fails when a Snakemake upgrade moved what they adjust (they then leave Snakemake as it is)."""
    from snakemake.scheduling.job_scheduler import JobScheduler as Snakemakes

    assert snakemake_tuning.tune() == {
        "unbounded_metadata_cache": True,
        "params_without_pandas_import": True,
        "checksums_once_per_job": True,
        "single_wake_up": True,
        "producer_by_path": True,
    }
    assert PersistenceBase.finished.checksums_once
    assert FilePersistence._read_record_cached.cache_info().maxsize is None
    assert isinstance(PersistenceBase.__dict__["_serialize_param"], property)
    assert Snakemakes._schedule_reevalutation is snakemake_tuning._schedule_reevaluation_once
    from snakemake.rules import Rule

    assert Rule.is_producer.by_path


class Records:
    """Reads records the way FilePersistence does: through a method cached by `lru_cache()` (128)."""

    def __init__(self) -> None:
        self.reads = 0

    @lru_cache  # noqa: B019 - as Snakemake caches it (the point of this test)
    def _read_record_cached(self, key: str) -> str:
        self.reads += 1
        return key.upper()


def check_every_output(records: Records, outputs: list[str], passes: int) -> None:
    for _ in range(passes):
        for key in outputs:
            assert records._read_record_cached(key) == key.upper()


def test_the_metadata_cache_reads_each_record_once_for_a_job_of_many_outputs():
    outputs = [f"results/articles/{k:016x}.json" for k in range(200)]
    before = Records()
    check_every_output(before, outputs, passes=6)
    assert before.reads == 6 * 200  # 200 outputs through a cache of 128: every pass reads them all again

    class Unbounded(Records):
        _read_record_cached = Records.__dict__["_read_record_cached"]

    assert snakemake_tuning.unbounded_metadata_cache(Unbounded)
    after = Unbounded()
    check_every_output(after, outputs, passes=6)
    assert after.reads == 200
    Unbounded._read_record_cached.cache_clear()  # Snakemake clears it before writing: that still works
    check_every_output(after, outputs, passes=1)
    assert after.reads == 400


def test_a_class_without_that_cache_is_left_alone():
    class Plain:
        def _read_record_cached(self, key: str) -> str:
            return key

    assert not snakemake_tuning.unbounded_metadata_cache(Plain)
    assert not hasattr(Plain._read_record_cached, "cache_info")


class Serializer:
    """The two serializers of Snakemake's PersistenceBase, and its property choosing between them."""

    _serialize_param_builtin = PersistenceBase._serialize_param_builtin
    _serialize_param_pandas = PersistenceBase._serialize_param_pandas
    _serialize_param = property(lambda self: self._serialize_param_pandas)


PIPELINE_PARAMS = [
    "/data/corpus",
    '{"fuzzy_threshold": 92.0}',
    "0.1.0+0123456789abcdef 0.1.0+fedcba9876543210",
    3,
    1.5,
    None,
    ["a", "b"],
    {"k": [1, 2]},
]


def test_params_serialize_without_pandas_to_the_same_strings(monkeypatch):
    assert snakemake_tuning.params_without_pandas_import(Serializer)
    tuned = Serializer()
    with_pandas = [PersistenceBase._serialize_param_pandas(tuned, value) for value in PIPELINE_PARAMS]
    monkeypatch.delitem(sys.modules, "pandas", raising=False)
    assert tuned._serialize_param == tuned._serialize_param_builtin
    assert [tuned._serialize_param(value) for value in PIPELINE_PARAMS] == with_pandas


def test_params_go_through_pandas_once_it_is_imported():
    import pandas as pd

    assert snakemake_tuning.params_without_pandas_import(Serializer)
    tuned = Serializer()
    assert tuned._serialize_param == tuned._serialize_param_pandas
    frame = pd.DataFrame({"a": [1, 2]})
    assert tuned._serialize_param(frame) == repr(pd.util.hash_pandas_object(frame).tolist())


class JobScheduler:
    """Starts its wake-up timer the way Snakemake's scheduler does (a lambda defined in this method)."""

    def __init__(self) -> None:
        self.woken = threading.Event()

    def _schedule_reevalutation(self, delay: float) -> threading.Timer:
        timer = threading.Timer(delay, lambda: self.woken.set())
        timer.start()
        return timer


def test_the_scheduler_timers_are_cancelled_and_no_other_timer():
    from snakemake.scheduling.job_scheduler import JobScheduler as Snakemakes

    assert hasattr(Snakemakes, "_schedule_reevalutation")  # where the pinned Snakemake makes them
    scheduler = JobScheduler()
    wake_up = scheduler._schedule_reevalutation(30)
    other = threading.Timer(30, lambda: None)
    other.start()
    try:
        assert snakemake_tuning.cancel_scheduler_timers() == 1
        wake_up.join(5)
        assert not wake_up.is_alive() and not scheduler.woken.is_set()
        assert other.is_alive()
    finally:
        other.cancel()
        wake_up.cancel()


class Rounds:
    """Counts the scheduler's rounds the way Snakemake's does: each wake-up releases `_open_jobs`."""

    def __init__(self) -> None:
        self._open_jobs = threading.Semaphore(0)

    def _schedule_reevalutation(self, delay: float) -> None:
        threading.Timer(delay, lambda: self._open_jobs.release()).start()


def rounds(scheduler: Rounds, wait: float) -> int:
    n = 0
    while scheduler._open_jobs.acquire(timeout=wait):
        n += 1
    return n


def test_one_wake_up_is_pending_at_a_time():
    before = Rounds()
    for _ in range(5):  # five rounds while jobs wait: five timers, five more rounds
        before._schedule_reevalutation(0.05)
    assert rounds(before, 0.5) == 5

    class Tuned(Rounds):
        _schedule_reevalutation = Rounds._schedule_reevalutation

    assert snakemake_tuning.single_wake_up(Tuned)
    after = Tuned()
    for _ in range(5):
        after._schedule_reevalutation(0.05)
    assert rounds(after, 0.5) == 1
    after._schedule_reevalutation(0.05)  # the round it woke may start the next one
    assert rounds(after, 0.5) == 1
    after._schedule_reevalutation(30)
    assert snakemake_tuning.cancel_scheduler_timers() == 1  # found at the end of a run like Snakemake's own
    assert rounds(after, 0.2) == 0


class Files:
    """A file class whose checksum counts how often it is computed (Snakemake's `_IOFile.checksum`)."""

    computed: list[str] = []

    def __init__(self, path: str) -> None:
        self.path = path

    def __str__(self) -> str:
        return self.path

    async def checksum(self, threshold: int | None = None) -> str:
        Files.computed.append(self.path)
        return f"sha256:{self.path}"


class Recorder:
    """Records a finished job the way Snakemake's persistence does: every input's checksum per output."""

    async def finished(self, job: dict) -> list[dict]:
        return [{str(i): await i.checksum(1000) for i in job["input"]} for _ in job["output"]]


def test_a_finished_job_checksums_each_input_once_with_the_same_records():
    import asyncio

    job = {"input": [Files("a.parquet"), Files("b.parquet")], "output": [f"doc{k}.json" for k in range(130)]}
    before = asyncio.run(Recorder().finished(job))
    assert len(Files.computed) == 260
    Files.computed.clear()
    assert snakemake_tuning.checksums_once_per_job(Recorder, Files)
    assert asyncio.run(Recorder().finished(job)) == before
    assert Files.computed == ["a.parquet", "b.parquet"]
    Files.computed.clear()
    asyncio.run(Files("a.parquet").checksum(1000))  # outside a finished job: computed every time
    asyncio.run(Files("a.parquet").checksum(1000))
    assert Files.computed == ["a.parquet", "a.parquet"]
    assert snakemake_tuning.checksums_once_per_job(Recorder, Files)  # applied once only


def test_they_are_tuned_for_the_version_pyproject_pins():
    import re
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [re.fullmatch(r"snakemake==(\S+)", d) for d in project["project"]["dependencies"]]
    assert [m.group(1) for m in pins if m] == [snakemake_tuning.TUNED_FOR]


def test_none_applies_to_another_snakemake_version(monkeypatch):
    monkeypatch.setattr(snakemake_tuning, "TUNED_FOR", "0.0.0")
    assert not any(snakemake_tuning.tune().values())


def _rule_with_products(*patterns):
    """A Snakemake rule with these outputs (only what `is_producer` reads)."""
    from snakemake.io import IOFile

    class Products:
        def __init__(self) -> None:
            self.snakefile, self.lineno = "Snakefile", 1
            self.files = [IOFile(p) for p in patterns]

        def products(self, include_logfiles=True):
            return iter(self.files)

    return Products()


def test_a_rule_finds_its_paths_without_matching_a_pattern_and_its_patterns_as_before(monkeypatch):
    """Rules with many outputs without wildcards (an export rule's documents): a path is looked up, and only
    the products with wildcards are matched by Snakemake's own code, with the same answers."""
    from snakemake import io
    from snakemake.rules import Rule

    matched = []
    match = io._IOFile.match
    monkeypatch.setattr(io._IOFile, "match", lambda self, target: matched.append(str(self)) or match(self, target))
    snakemakes = Rule.__dict__["is_producer"]
    snakemakes = getattr(snakemakes, "__wrapped__", snakemakes)  # tune() may have adjusted it already
    Plain = type("Plain", (Rule,), {"is_producer": snakemakes, "products": Rule.__dict__["products"]})
    assert snakemake_tuning.producer_by_path(Plain, io.WILDCARD_REGEX)
    assert Plain.is_producer is not snakemakes
    rule = _rule_with_products("results/articles/a.json", "results/articles/b.json", "results/logs/{shard}.log")
    for target, made in (
        ("results/articles/b.json", True),
        ("results/articles/b.json\n", True),  # what `re.match(escaped + "$")` also takes
        ("results/logs/7.log", True),
        ("results/articles/c.json", False),
        ("results/articles/b.jsonx", False),
    ):
        assert Plain.is_producer(rule, target) is made, target
        assert snakemakes(rule, target) is made  # what it gives without the adjustment
    matched.clear()
    assert Plain.is_producer(rule, "results/articles/a.json") and matched == []
    assert not Plain.is_producer(rule, "results/other.json") and matched == ["results/logs/{shard}.log"]


def test_snakemake_collects_less_and_the_thresholds_are_restored_after():
    import gc

    before = gc.get_threshold()
    python_default = (700, *before[1:])  # not the test session's (conftest raises it as the pipeline does)
    gc.set_threshold(*python_default)
    try:
        assert snakemake_tuning.collect_less() == python_default
        assert gc.get_threshold() == (snakemake_tuning.GC_THRESHOLD, *before[1:])
        assert gc.get_freeze_count() > 0  # what existed then is left out of later scans
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
