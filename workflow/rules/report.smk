"""Publishing: the manifest, the HTML report, the Data Package, what changed since the previous run,
and the Workflow Run RO-Crate. The report's pages are made by a job of their own (`report`) while the
run is validated, into a staging folder nobody reads (a temporary output of the run); the publish job
(one process: five small jobs one after another cost a process start each) makes the manifest first and
is refused when validation failed (the job fails, and nothing else is made, the staged pages stay out of
the report folder), so everything published describes a validated run only; it then completes the
staged overview with what the manifest and validation say, puts the folder in place of the old report,
and makes the Data Package, the changes and, last, the RO-Crate, since it describes the others.

in:  every public table of the catalogue, the texts (shard files or table), validation/report.json,
     the export indexes (the documents' sha256), the registry, lexicons and classifier
out: {results}/manifest.json, {results}/report/ (index.html and every page), {results}/report.html
     (the overview as one file, for `snakemake --report`), {results}/datapackage.json,
     {results}/changes.json (and changes/state.json, kept for the next run, not an output),
     {results}/ro-crate-metadata.json; {results}/.report-staged (the report job's folder, moved to
     report/ by the publish job: Snakemake makes it again only when the report's inputs or the publish
     job change); {results}/.changes-staged (staged by the corpus validation job, validate.smk, from the public
     tables as it read them (a `changes` job of its own until speed46): the changes the tables decide and the
     next state but its provenance, made beside the report's pages; the publish job completes them with the
     manifest, writes changes.json and keeps the state: the row keys and their comparison, about half of
     publish's CPU, off the run's last job, speed42)
cache: {results}/.cache/report/state.json (the key of every page of the report in {results}/report: the
     report job makes only the pages whose key changed, and `.report-staged` then holds those alone,
     which the publish job moves into the report in place, its index last; see report/incremental.py);
     {results}/.cache/report/listings.bin (each listing page's key and row values: a listing page made
     again takes the rows it showed before from the report's page, and rows that moved from another page
     of its listing from that page; see report/listingcache.py); {results}/.cache/report/trash (the files
     the publish job replaced or deleted: the old pages, states and staged folders, put aside there instead
     of freed on the run's last job, and deleted by the next report job in a thread; never read, may be
     deleted at any time; see report/trash.py)
"""

from narrative_pipeline.report import code_fingerprint as report_fingerprint

PUBLISHED = {
    "report": f"{R}/report/index.html",
    "datapackage": f"{R}/datapackage.json",
    "changes": f"{R}/changes.json",
}


rule report:
    input:
        **{name: corpus_table(name) for name in PUBLIC_TABLES},
    output:
        temp(directory(f"{R}/.report-staged")),
    log:
        f"{R}/logs/report/pages.log",
    benchmark:
        f"{R}/benchmarks/report/pages.tsv"
    priority: REPORT_PATH
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=1000,
    params:
        input_dir=SETTINGS.input_dir,
        results=lambda wildcards, output: str(Path(output[0]).parent),
        cache_dir=f"{R}/.cache/report",
        report=f"{R}/report",
        code=report_fingerprint(),
    shell:
        "narrative-pipeline report --staged"
        " --results {params.results:q}"
        " --out {output:q}"
        " --report {params.report:q}"
        " --input-dir {params.input_dir:q}"
        " --cache-dir {params.cache_dir:q}"
        " 2> {log:q}"


rule publish:
    input:
        **{name: corpus_table(name) for name in PUBLIC_TABLES},
        staged=f"{R}/.report-staged",
        changes_staged=f"{R}/.changes-staged",
        validation=f"{R}/validation/report.json",
        indexes=[export_index(shard) for shard in SHARDS],
        registry=REGISTRY_FILES,
        lexicon=SETTINGS.claims_lexicon,
        actors_lexicon=SETTINGS.actors_lexicon,
        plover_lexicon=SETTINGS.plover_lexicon,
        model=SETTINGS.claims_model,
    output:
        manifest=f"{R}/manifest.json",
        index=PUBLISHED["report"],
        overview=report(
            f"{R}/report.html",
            caption="../report/html.rst",
            category="Report",
        ),
        datapackage=report(
            PUBLISHED["datapackage"],
            caption="../report/datapackage.rst",
            category="Data",
        ),
        changes=report(
            PUBLISHED["changes"],
            caption="../report/changes.rst",
            category="Data",
        ),
        rocrate=f"{R}/ro-crate-metadata.json",
    log:
        f"{R}/logs/report/publish.log",
    benchmark:
        f"{R}/benchmarks/report/publish.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        input_dir=SETTINGS.input_dir,
        results=lambda wildcards, output: str(Path(output.manifest).parent),
        folder=lambda wildcards, output: str(Path(output.index).parent),
        settings=settings_json(*PipelineConfig.model_fields),
        outputs=" ".join(
            [table(name).path for name in PUBLIC_TABLES]
            + [
                "articles",
                "validation/report.json",
                "manifest.json",
                "report",
                "datapackage.json",
                "changes.json",
            ]
        ),
        code=" ".join(
            [report_fingerprint(), module_fingerprint("cli.publish")]
            + [CODE[s] for s in ("manifest", "datapackage", "changes", "rocrate")]
        ),
    shell:
        "narrative-pipeline publish"
        " --results {params.results:q}"
        " --manifest {output.manifest:q}"
        " --indexes {input.indexes:q}"
        " --input-dir {params.input_dir:q}"
        " --report {params.folder:q}"
        " --overview {output.overview:q}"
        " --staged-report {input.staged:q}"
        " --datapackage {output.datapackage:q}"
        " --changes {output.changes:q}"
        " --staged-changes {input.changes_staged:q}"
        " --settings {params.settings:q}"
        " --rocrate {output.rocrate:q}"
        " {params.outputs}"
        " 2> {log:q}"
