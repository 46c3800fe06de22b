"""Publishing and looking at results: report, Data Package, RO-Crate, changes, query, show."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from .common import log, results_folder, settings_of


def cmd_report(a) -> int:
    from ..report import build
    from ..report.staged import wait_for_removals

    t = time.perf_counter()
    staged = getattr(a, "staged", False)
    out = Path(a.out or Path(a.results) / "report")
    overview = Path(a.overview) if a.overview else None
    input_dir = Path(a.input_dir) if a.input_dir else None
    cache = Path(a.cache_dir) if a.cache_dir else None
    if cache is None and not a.out and not staged:  # the results' own report: kept in step with its state
        cache = Path(a.results) / ".cache/report"
    report = Path(a.report) if getattr(a, "report", None) else None
    stats = build(
        Path(a.results), out, input_dir, overview=overview, cache_dir=cache, wait=False, staged=staged, report=report
    )
    cached = f" ({stats['cached']} from the cache)" if cache else ""
    made = "overview in parts (staged)" if staged else f"overview {stats['overview_bytes']:,} bytes"
    log("report", f"{stats['pages']} pages{cached}, {made}", t)
    if not getattr(a, "later", False):
        wait_for_removals()
    return 0


def _place_report(a, trash=None) -> None:
    import shutil

    from ..report.incremental import StaleBase
    from ..report.staged import place

    t = time.perf_counter()
    overview = Path(a.overview) if a.overview else None
    try:
        size = place(Path(a.staged_report), Path(a.report), Path(a.results), overview, trash)
    except StaleBase as exc:  # the report changed since its changed pages were made: made whole, here
        from ..report import build  # pandas and the report's modules: imported only for this (0.4-0.9 s)

        log("report", f"{exc}: the report is made again whole", t)
        shutil.rmtree(a.staged_report, ignore_errors=True)
        input_dir = Path(a.input_dir) if a.input_dir else None
        stats = build(Path(a.results), Path(a.report), input_dir, overview=overview, wait=False)
        log("report", f"{stats['pages']} pages, overview {stats['overview_bytes']:,} bytes", t)
        return
    log("report", f"staged report placed, overview {size:,} bytes", t)


def _remove_stale_report(report: Path) -> None:
    """A refused publish leaves no report: Snakemake has already deleted the old one's index (a
    declared output), and the old pages left without it would describe an earlier run (review8)."""
    import shutil

    if report.is_dir():
        shutil.rmtree(report)
        log("report", f"refused: the previous report removed from {report}", time.perf_counter())


def cmd_datapackage(a) -> int:
    from ..datapackage import datapackage
    from ..synced import write_json

    write_json(Path(a.out), datapackage(Path(a.results)), getattr(a, "synced", None))
    return 0


def cmd_rocrate(a) -> int:
    from ..rocrate import crate
    from ..settings import recorded_path, recorded_settings
    from ..startcache import kept_registry_files
    from ..synced import write_json

    settings = settings_of(a.settings).model_dump(mode="json")
    keys = ("claims_lexicon", "actors_lexicon", "plover_lexicon", "claims_model")
    files = {"workflow": a.workflow, **{key: settings[key] for key in keys}}
    for n, path in enumerate(kept_registry_files(Path(settings["actor_registry"]), Path(a.results))):
        files["actor_registry" if n == 0 else f"actor_registry (included file {n})"] = str(path)
    # every path as the artifacts record it: relative to the project root, the folder the job runs in (ARTIFACTS.md)
    root = Path.cwd()
    files = {role: recorded_path(path, root) for role, path in files.items()}
    crate_json = crate(Path(a.results), recorded_settings(settings, root), files, a.outputs)
    write_json(Path(a.out), crate_json, getattr(a, "synced", None))
    return 0


def run_config(a) -> dict:
    """The run's configuration as the changes state keeps it (`configchanges.snapshot`): the values of `--settings`
    and the configuration files they name, the registry's as the run's start cache in the results lists them."""
    from ..configchanges import config_files, snapshot
    from ..settings import recorded_settings
    from ..startcache import kept_registry_files

    settings = settings_of(a.settings).model_dump(mode="json")
    try:
        registry = kept_registry_files(Path(settings["actor_registry"]), Path(a.results))
    except (OSError, ValueError):  # no registry there (a RegistryError): its name alone, its sha256 None
        registry = []
    # the values with their paths as the artifacts record them (relative to the project root, the job's folder); the
    # files read where the configuration names them
    return snapshot(recorded_settings(settings, Path.cwd()), config_files(settings, registry), Path(a.results))


def cmd_changes(a) -> int:
    from ..changes import run, stage

    if a.staged:  # for `publish --staged-changes`, beside the report's pages
        t = time.perf_counter()
        changes = stage(Path(a.results), Path(a.staged))
        log("changes", f"staged in {a.staged}", t)
        _log_changes(changes)
        return 0
    _log_changes(run(Path(a.results), Path(a.out), run_config(a) if a.settings else None))
    return 0


def _log_changes(changes: dict) -> None:
    files = changes["files"]
    summary = "first run" if changes["first_run"] else ", ".join(f"{k} {v['n']}" for k, v in files.items())
    print(f"[changes] files: {summary}", file=sys.stderr)


def cmd_publish(a) -> int:
    """The manifest (with `--manifest`: refused, and nothing else made, when validation failed), the
    Data Package, what changed, the report (made here, or with `--staged-report` made before by
    `report --staged` and put in place here), then the RO-Crate that describes them: the same files as
    the five commands one by one, made in one process. With `--staged-changes` (`changes --staged`, made
    beside the report's pages) the changes' row keys and their comparison are not made here again."""
    from argparse import Namespace

    from ..changes import STATE, keep_state_bytes, publish_changes
    from ..configchanges import prune
    from ..report.staged import trash_of, wait_for_removals
    from ..report.trash import Trash
    from ..synced import SyncedWrites

    staged = Path(a.staged_changes) if getattr(a, "staged_changes", None) else None
    # The manifest, Data Package, changes.json, RO-Crate and changes state are flushed to disk each in a thread beside
    # the job's work and renamed into place in the order written (speed53: seven flushes one after another were
    # 30-60 ms of the run's last job); each is settled before anything reads it, the state last of all.
    with SyncedWrites() as synced:
        if a.manifest:
            from .steps import cmd_manifest

            refused = cmd_manifest(
                Namespace(results=a.results, settings=a.settings, indexes=a.indexes, out=a.manifest, synced=synced)
            )
            if refused:
                _remove_stale_report(Path(a.report))
                return refused
        cmd_datapackage(Namespace(results=a.results, out=a.datapackage, synced=synced))
        if a.manifest:
            synced.settle(Path(a.manifest))  # read by the staged changes, the report's overview and the RO-Crate
        config = run_config(a)
        changes, state = publish_changes(Path(a.results), Path(a.changes), staged, later=synced, config=config)
        _log_changes(changes)
        # where the files replaced or deleted go, for the next report job to delete (speed51: not freed on the run's
        # last job)
        trash = trash_of(Path(a.staged_report)) if a.staged_report else Trash(None)
        if a.staged_report:  # made by `report --staged` while the run was validated
            _place_report(a, trash)
        else:
            cmd_report(
                Namespace(
                    results=a.results,
                    out=a.report,
                    input_dir=a.input_dir,
                    overview=a.overview,
                    cache_dir=a.cache_dir,
                    later=True,
                )
            )
        synced.settle()  # the RO-Crate hashes the files before it
        cmd_rocrate(
            Namespace(
                results=a.results,
                settings=a.settings,
                workflow=a.workflow,
                out=a.rocrate,
                outputs=a.outputs,
                synced=synced,
            )
        )
        trash.keep_old(Path(a.results) / STATE)
        # last (renamed after the RO-Crate, the two flushed together): a publish that fails compares with the same
        # state again
        keep_state_bytes(Path(a.results), state, later=synced)
    prune(Path(a.results), config)  # the state kept: the copies of the configuration files it names alone
    if staged is not None:  # (used: Snakemake would delete it after the job, a temporary output)
        trash.discard(staged)
    wait_for_removals()  # the old report, deleted while the RO-Crate was made
    return 0


def cmd_query(a) -> int:
    import duckdb

    from ..query import query

    try:
        out = query(Path(a.results), a.sql, a.format, a.max_rows)
    except duckdb.Error as exc:  # a typo in the SQL: DuckDB's message, not a traceback from inside DuckDB
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(out)
    return 0


def cmd_show(a) -> int:
    from ..query import show

    try:
        sys.stdout.write(show(Path(a.results), a.kind, a.id, Path(a.input_dir) if a.input_dir else None))
    except KeyError as exc:
        print(f"error: {exc.args[0]}", file=sys.stderr)
        return 1
    return 0


def add_parsers(sub) -> None:
    s = sub.add_parser("report", help="write the static HTML report of a results folder")
    s.add_argument(
        "--results", default="results", type=results_folder, help="results folder of a run (default: results)"
    )
    s.add_argument("--out", help="report folder (default RESULTS/report)")
    s.add_argument("--input-dir", help="archived files, to re-read texts when the results hold no texts table")
    s.add_argument("--overview", help="also write the overview as one file here (beside the report folder)")
    s.add_argument(
        "--cache-dir",
        help="state of the last report (the key of each page): only pages whose data changed are made "
        "(default RESULTS/.cache/report when --out is not given)",
    )
    s.add_argument(
        "--staged",
        action="store_true",
        help="make the pages only, into --out, with the overview in parts: `publish --staged-report` completes it "
        "with the manifest and validation and puts the folder in place",
    )
    s.add_argument(
        "--report",
        help="with --staged and --cache-dir: the report folder the staged pages will replace (with a state of "
        "it in the cache, only the pages whose data changed are made)",
    )
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("datapackage", help="write the Frictionless Data Package of a results folder")
    s.add_argument(
        "--results", default="results", type=results_folder, help="results folder of a run (default: results)"
    )
    s.add_argument("--out", required=True, help="the datapackage.json to write")
    s.set_defaults(func=cmd_datapackage)

    s = sub.add_parser("rocrate", help="write the Workflow Run RO-Crate of a run")
    s.add_argument("--results", required=True, help="results folder of the run")
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.add_argument("--workflow", default="Snakefile", help="the workflow file the crate names")
    s.add_argument("--out", required=True, help="the ro-crate-metadata.json to write")
    s.add_argument("outputs", nargs="*", help="outputs of the run, relative to the results folder")
    s.set_defaults(func=cmd_rocrate)

    s = sub.add_parser("changes", help="write what changed since the previous run in a results folder")
    s.add_argument("--results", required=True, type=results_folder, help="results folder of the run")
    how = s.add_mutually_exclusive_group(required=True)
    how.add_argument("--out", help="the changes.json to write (the state is kept under RESULTS/changes/)")
    how.add_argument(
        "--staged",
        help="instead, the folder to stage what the tables decide in (`publish --staged-changes` completes it with "
        "the manifest and keeps the state)",
    )
    s.add_argument(
        "--settings",
        help="with --out: the run's configuration as JSON (PipelineConfig fields), kept in the state so that the next "
        "run names the configuration keys and the registry's and lexicons' keys that changed (`config`)",
    )
    s.set_defaults(func=cmd_changes)

    s = sub.add_parser("publish", help="manifest, report, Data Package, changes and RO-Crate of a run, in one process")
    s.add_argument("--results", required=True)
    s.add_argument("--manifest", help="write the manifest here first (the run's validation must have passed)")
    s.add_argument("--indexes", nargs="*", default=[], help="with --manifest: the export indexes of every shard")
    s.add_argument("--report", required=True, help="report folder")
    s.add_argument("--staged-report", help="a report made by `report --staged`: completed and moved to --report")
    s.add_argument("--input-dir")
    s.add_argument("--overview")
    s.add_argument("--cache-dir")
    s.add_argument("--datapackage", required=True)
    s.add_argument("--changes", required=True)
    s.add_argument(
        "--staged-changes",
        help="a folder made by `changes --staged` (used while the kept state and the tables are the ones it was "
        "made from; otherwise the changes are compared here)",
    )
    s.add_argument("--settings")
    s.add_argument("--workflow", default="Snakefile")
    s.add_argument("--rocrate", required=True)
    s.add_argument("outputs", nargs="*", help="outputs of the run, relative to the results folder (RO-Crate)")
    s.set_defaults(func=cmd_publish)

    s = sub.add_parser("query", help="run SQL (DuckDB) over the result tables, each a view named after its table")
    s.add_argument("sql", help="a DuckDB query over the views (articles, claims, mentions, actors, ...)")
    s.add_argument(
        "--results", default="results", type=results_folder, help="results folder of a run (default: results)"
    )
    s.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format")
    s.add_argument(
        "--max-rows",
        type=int,
        default=100,
        help="rows shown in table format (0: all; columns that do not fit the terminal are left out: "
        "--format csv or json gives them all)",
    )
    s.set_defaults(func=cmd_query)

    s = sub.add_parser("show", help="a claim, article or actor with its text, context and related rows")
    s.add_argument("kind", choices=("claim", "article", "actor"), help="what to show")
    s.add_argument("id", help="its claim_id, article_id or actor_id")
    s.add_argument(
        "--results", default="results", type=results_folder, help="results folder of a run (default: results)"
    )
    s.add_argument("--input-dir", help="archived files, to re-read texts when the results hold no texts table")
    s.set_defaults(func=cmd_show)
