"""Narrative pipeline: ingest -> normalize -> actors -> claims -> narratives -> export -> validate ->
publish (manifest, report, Data Package, changes, RO-Crate); the report's pages and the tables' changes are
made beside export and validation, and put in place by publish once validation passed.

Run from the project root: snakemake --cores 2 [--config input_dir=DIR results=DIR]
"""

from snakemake.utils import min_version

min_version("9.0")


configfile: "config/config.yaml"


include: "workflow/rules/common.smk"
include: "workflow/rules/ingest.smk"
include: "workflow/rules/normalize.smk"
include: "workflow/rules/actors.smk"
include: "workflow/rules/claims.smk"
include: "workflow/rules/narratives.smk"
include: "workflow/rules/export.smk"
include: "workflow/rules/validate.smk"
include: "workflow/rules/report.smk"


rule all:
    default_target: True
    input:
        f"{R}/manifest.json",
        f"{R}/report/index.html",
        f"{R}/report.html",
        f"{R}/datapackage.json",
        f"{R}/changes.json",
        f"{R}/ro-crate-metadata.json",


onstart:
    # a run killed mid-write (SIGKILL, a lost node) left temporary files: removed before any job
    begin_run(R)
    # a shard whose every input file was removed gets no jobs: its old shard files go too
    remove_orphan_shards(R, set(SHARDS))
    if workflow.local_exec and not take_over():
        start_worker()


onsuccess:
    stop_warm_worker()
    cancel_scheduler_timers()  # the run is over: Python need not wait for them (up to 1 s)
    # run.json, written here rather than by a `narrative-pipeline runinfo` process (about 0.45 s)
    write_run_info(STARTED, f"{R}/benchmarks", f"{R}/run.json")
    for line in failure_summary(Path(R) / "validation/report.json"):
        print(line, file=sys.stderr)
    for line in not_analysed_summary(Path(R) / "ingest/articles.parquet"):
        print(line, file=sys.stderr)
    end_run(R)
    keep_inputs(START_CACHE / "inputs.json", PLAN_DIGEST)


onerror:
    stop_warm_worker()
