"""Configuration validation, input discovery and the input functions every rule shares.

The config is validated against workflow/schemas/config.schema.json (generated from
narrative_pipeline.settings.PipelineConfig). Input files are discovered once, here: each file's
shard comes from its content-derived article_id, so a shard's jobs re-run only when one of its own
files changes, and only shards that hold files get jobs. Table paths come from the catalogue
(narrative_pipeline.catalogue), the one list of the tables the pipeline writes.
"""

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from snakemake.utils import validate

from narrative_pipeline.catalogue import (
    TABLES,
    corpus_only,
    gathered,
    public,
    table,
)
from narrative_pipeline.discovery import (
    discover,
    has_files,
    plan_shards,
    shard_membership,
)
from narrative_pipeline.docstate import (
    as_snakemake_reads,
    document_state,
    force_rerun,
    stale_message,
)
from narrative_pipeline.failures import not_analysed_summary, summary as failure_summary
from narrative_pipeline.hashing import (
    CODE_STATE_VARIABLE,
    canonical_json_hash,
    module_fingerprint,
    module_state,
)
from narrative_pipeline.nlp import model_version
from narrative_pipeline.runinfo import write_run_info
from narrative_pipeline.jsonio import begin_run, end_run, remove_orphan_shards
from narrative_pipeline.lexicon import given_names, repair_words, repair_words_digest
from narrative_pipeline.settings import PipelineConfig, outside_root_warnings
from narrative_pipeline.startcache import (
    FINGERPRINTS_VARIABLE,
    START_FOLDER,
    inputs_changed,
    keep_inputs,
    kept_registry_files,
    step_fingerprints,
    validated_config,
)
from narrative_pipeline.warm import (
    abandon as abandon_worker,
    start as start_warm_worker,
    start_ahead,
    stop as stop_warm_worker,
    take_over,
)
from narrative_pipeline.snakemake_tuning import (
    cancel_scheduler_timers,
    collect_less,
    tune,
)
from narrative_pipeline.snakemake_scheduler import tune_scheduler

tune()
tune_scheduler()
collect_less()

# The JSON Schema check (it fills in the defaults), kept while the config and the schema stay the same
# (narrative_pipeline.startcache): jsonschema's import and the check are about 0.05 s of every start.
# Kept only in a start cache folder an earlier run made: nothing is written before the checks below.
_KEPT_CHECK = Path(str(config.get("results")), ".cache", "start")


def checked_config():
    """Snakemake's check of the config (it fills in the defaults), after a check of our own that stops with
    one short line a problem instead of Snakemake's dump of the whole schema and config.
    """
    from narrative_pipeline.schemas import config_problems

    problems = config_problems(config)
    if problems:
        raise WorkflowError(
            "the configuration is not valid:\n  "
            + "\n  ".join(problems)
            + "\nEvery key, its type and its meaning: config/config.yaml"
        )
    validate(config, "../schemas/config.schema.json")


validated_config(
    config,
    Path(workflow.basedir, "workflow/schemas/config.schema.json"),
    _KEPT_CHECK / "config.json" if _KEPT_CHECK.is_dir() else None,
    checked_config,
)

SETTINGS = PipelineConfig.model_validate(config)
STARTED = datetime.now(timezone.utc).isoformat(timespec="seconds")
# The results folder spelt as Snakemake reads the paths it is given (docstate.as_snakemake_reads): "./results" or
# "results/" would make the export index a forced run names no job's output.
R = as_snakemake_reads(SETTINGS.results)
INPUT_DIR = Path(SETTINGS.input_dir)
if not INPUT_DIR.is_dir():
    raise WorkflowError(
        f"input_dir {str(INPUT_DIR)!r} is not a folder (set it with --config input_dir=DIR)"
    )
if not SETTINGS.allow_empty_input and not has_files(INPUT_DIR):
    raise WorkflowError(
        f"input_dir {str(INPUT_DIR)!r} holds no file: a run would replace the results with empty tables (set "
        "--config allow_empty_input=True to run on an empty folder)"
    )
if Path(R).resolve().is_relative_to(INPUT_DIR.resolve()):
    raise WorkflowError(
        f"results {R!r} lies inside input_dir {str(INPUT_DIR)!r}: its files would be read as "
        "inputs on the next run; set --config results=DIR outside it"
    )
# Paths inside the artifacts are never absolute (ARTIFACTS.md): each path setting is recorded relative to the project
# root, the folder the run starts in (settings.recorded_path); one outside it, with `..` steps, and said here, once.
if workflow.is_main_process:
    for _warning in outside_root_warnings(SETTINGS.model_dump(mode="json"), Path.cwd()):
        print(_warning, file=sys.stderr)
# Worked out from files that seldom change, kept between runs while those files stay the same
# (narrative_pipeline.startcache): about 0.1 s of every start.
START_CACHE = Path(R, *START_FOLDER)
REGISTRY_FILES = [
    str(p) for p in kept_registry_files(Path(SETTINGS.actor_registry), Path(R))
]
# The modules' state before the fingerprints are worked out: a job trusts its rule's fingerprint (`--code`)
# only while its modules are still in it (one edited during the run, and maybe reverted later, would
# otherwise key cache entries of the edited code by the old code's fingerprint).
CODE_STATE = module_state()
CODE = step_fingerprints(
    (
        "ingest",
        "normalize",
        "actors",
        "claims",
        "narratives",
        "export",
        "validate",
        "tables",
        "manifest",
        "datapackage",
        "changes",
        "rocrate",
        # what the report's code fingerprint (report.smk) reads besides its own files
        "catalogue",
        "decoding",
    ),
    START_CACHE / "code.json",
    CODE_STATE,
)
os.environ[CODE_STATE_VARIABLE] = CODE_STATE  # read by the jobs, which inherit it
# every fingerprint, for a job that records others than its own (the publish job's manifest: speed32)
os.environ[FINGERPRINTS_VARIABLE] = json.dumps(CODE, sort_keys=True)


def start_worker(ahead=False):
    """A local run's steps start as children of one warm process (narrative_pipeline.warm); not on a cluster.
    Started `ahead` of the run's lock, the worker's record is emptied only when onstart takes it over.
    """
    start_warm_worker(
        f"{R}/.cache",
        SETTINGS.spacy_model,
        tuple(SETTINGS.spacy_disable),
        record=f"{R}/benchmarks/warm.jsonl",
        defer_record=ahead,
        configs={  # parsed once by the worker for the steps it forks (speed56)
            "registry": SETTINGS.actor_registry,
            "actors_lexicon": SETTINGS.actors_lexicon,
            "claims_lexicon": SETTINGS.claims_lexicon,
            "plover_lexicon": SETTINGS.plover_lexicon,
        },
    )


# The worker starts now, while the rest of the Snakefile is read (the corpus's discovery below, the rules' files)
# and before the DAG is built: the add-one's first jobs wait for its load (speed32, speed50). Here the settings and the
# environment the jobs inherit are final; whether the run has jobs, and runs them here, is not known yet: the worker
# is abandoned when the inputs are the last successful run's (below), or by `execute` for a dry run or a cluster's
# run, or at the exit of a Snakemake that executes nothing (narrative_pipeline.warm.start_ahead). Never in a cluster
# job's or a subprocess's Snakemake (not the main process).
AHEAD = workflow.is_main_process and start_ahead(
    workflow, lambda: start_worker(ahead=True)
)

PLAN_CACHE = f"{R}/.cache/plan"
PLAN = {
    shard: entries
    for shard, entries in plan_shards(
        discover(INPUT_DIR, PLAN_CACHE),
        SETTINGS.n_shards,
        SETTINGS.max_articles_per_shard,
    ).items()
    if entries
}
SHARDS = sorted(PLAN)
# every input entry (path, kind, sha256): when it differs from the last successful run's, the run has jobs, and the
# worker started ahead is kept (speed32)
PLAN_DIGEST = canonical_json_hash(
    [[e.rel_path, e.kind, e.sha256] for shard in SHARDS for e in PLAN[shard]]
)
if AHEAD and not inputs_changed(START_CACHE / "inputs.json", PLAN_DIGEST):
    # the inputs of the last successful run: most likely nothing to do (a worker is started in onstart if not)
    abandon_worker()


wildcard_constraints:
    shard=r"\d+",


def given_names_digest():
    """A digest of the claims lexicon's given names, which the actors step reads (actors87): the actors rule re-runs
    when they change (a param), not when the rest of the claims lexicon does (no input).

    Returned as a function, as `settings_json`'s text is."""
    digest = canonical_json_hash(sorted(given_names(Path(SETTINGS.claims_lexicon))))
    return lambda wildcards: digest


def repair_words_param():
    """A digest of the claims lexicon's words the parse repairs read (fix89, `misparse.RepairWords`): the normalize
    rule re-runs when they change (a param), not when the rest of the claims lexicon does (no input).

    Returned as a function, as `settings_json`'s text is."""
    digest = repair_words_digest(repair_words(Path(SETTINGS.claims_lexicon)))
    return lambda wildcards: digest


def settings_json(*keys):
    """The named config values as JSON: a rule re-runs exactly when one of them changes.

    Returned as a function so that braces in values are not read as wildcards.
    """
    data = SETTINGS.model_dump(mode="json")
    text = json.dumps({k: data[k] for k in keys}, sort_keys=True)
    return lambda wildcards: text


def shard_table(name, shard="{shard}"):
    """Path of one shard's table (a pattern with {shard} by default)."""
    return f"{R}/{table(name).shard_path(shard)}"


def corpus_table(name):
    """Path of a corpus-level table."""
    return f"{R}/{table(name).path}"


def all_shards(name):
    """The shard files of a table, for every shard that holds files."""
    return [shard_table(name, shard) for shard in SHARDS]


def export_index(shard="{shard}"):
    """Path of one shard's export index (article_id -> document sha256), written after its documents."""
    return f"{R}/export/{shard}.index.json"


def document_ids(shard):
    """The article ids of one shard's documents."""
    return sorted({e.article_id for e in PLAN[int(shard)] if e.candidate})


def get_shard_files(wildcards):
    """Regular files of one shard (links and special files are listed but never read)."""
    return [
        str(INPUT_DIR / e.rel_path)
        for e in PLAN[int(wildcards.shard)]
        if e.kind == "file"
    ]


def get_shard_membership(wildcards):
    """Digest of every entry of a shard with its companions, so adding a link or special file, editing a
    text's sidecar or adding or removing a sidecar's text re-runs it too."""
    return canonical_json_hash(shard_membership(PLAN[int(wildcards.shard)]))


# Article documents a finished export no longer has in place (narrative_pipeline.docstate): deleted, or
# changed since their shard's export index was written. The export jobs do not declare them, so that shard's
# export is forced, as `--forcerun INDEX` would; in the process that plans the run only (a cluster job's own
# process runs the job it is given). About 8-10 ms for the 2,083 documents of a BBC run.
if not workflow.remote_exec:
    STALE_DOCUMENTS = document_state(
        R,
        {shard: document_ids(shard) for shard in SHARDS},
        {shard: Path(export_index(shard)) for shard in SHARDS},
    )
    if STALE_DOCUMENTS.shards:
        _FORCED = [export_index(s) for s in STALE_DOCUMENTS.shards]
        print(
            stale_message(STALE_DOCUMENTS, _FORCED, force_rerun(workflow, _FORCED)),
            file=sys.stderr,
        )


# Job order: Snakemake starts the ready job of highest priority. The ingests (2), then the parses (1),
# then the jobs the report's pages wait for (REPORT_PATH: actors, claims, narratives, the gathers and the
# narratives corpus), and only then export and the validations, which nothing but the corpus validation
# and publish wait for. The report, the longest job after the parses, so starts while the exports and
# shard validations are still to run beside it, instead of running alone at the end of the run (and the
# last shard's actors, claims and narratives no longer run alone either: speed30, BENCHMARKS.md). The
# exports (EXPORTS) before the shard validations: the validations left at the end are independent of
# each other and run two at a time, not an export and then its validation on one core.
REPORT_PATH = 0.5
EXPORTS = 0.25

SHARD_TABLES = [t.name for t in TABLES if t.sharded]
GATHERED_TABLES = [t.name for t in gathered()]
CORPUS_TABLES = [t.name for t in corpus_only()]
PUBLIC_TABLES = [t.name for t in public()]


def table_flags(names, option="--table"):
    """`--table name={input.name:q}` for each table: the command gets every input it reads."""
    return " ".join(f"{option} {name}={{input.{name}:q}}" for name in names)


def shard_flags(names):
    """`--shards-of name {input.shards_name:q}` for each gathered table."""
    return " ".join(f"--shards-of {name} {{input.shards_{name}:q}}" for name in names)


def documents_dir(wildcards, output):
    """The article documents' folder, next to the validation folder of the output."""
    return str(
        Path(output[0]).parents[1 if "shards" not in output[0] else 2] / "articles"
    )
