"""Validate: check every artifact per shard, then a small corpus-level check. The manifest, written
only when validation passed (otherwise the run fails), is the first thing the publish job makes
(report.smk).

in:  every shard table and gathered table of the catalogue, the article documents (read from their
     folder, not declared: the shard's export index, written by the job that writes them after them,
     orders this job after them; a deleted or edited document has its shard exported again,
     export.smk)
out: {results}/validation/shards/{shard}.json, {results}/validation/report.json; {results}/.changes-staged (the
     corpus job also stages what changed since the last run, from the public tables as it read them: a folder
     `publish --staged-changes` completes; see report.smk and narrative_pipeline.changes.stage)
cache: {results}/.cache/validate (each article's span and document checks that passed, by a digest of all they
       read: such an article's rows are not typed again either; see narrative_pipeline.validate.passed); {results}/.cache/validate/gathered (each shard table of a
       concatenated table as the corpus job read it, by the sha256 of the shard file: an unchanged shard is not
       decoded again to compare the gathered table with its shards; see narrative_pipeline.validate.shardcache)
"""


rule validate_shard:
    input:
        **{name: shard_table(name) for name in SHARD_TABLES},
        index=export_index(),
        failures=f"{R}/export/shards/{{shard}}.failures.json",
    output:
        f"{R}/validation/shards/{{shard}}.json",
    log:
        f"{R}/logs/validate/{{shard}}.log",
    benchmark:
        f"{R}/benchmarks/validate/{{shard}}.tsv"
    group:
        "shard"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=1000,
        runtime=30,
    params:
        input_dir=SETTINGS.input_dir,
        docs_dir=documents_dir,
        code=CODE["validate"],
        strict=" --strict-failures" if SETTINGS.fail_on_article_errors else "",
        cache_dir=f"{R}/.cache/validate",
    shell:
        "narrative-pipeline validate-shard"
        " --input-dir {params.input_dir:q}"
        " --shard {wildcards.shard}"
        f" {table_flags(SHARD_TABLES)}"
        " --docs-dir {params.docs_dir:q}"
        " --index {input.index:q}"
        " --failures {input.failures:q}"
        "{params.strict}"
        " --cache-dir {params.cache_dir:q}"
        " --out {output:q}"
        " 2> {log:q}"


rule validate:
    input:
        **{name: corpus_table(name) for name in GATHERED_TABLES},
        **{f"shards_{name}": all_shards(name) for name in GATHERED_TABLES},
        **{name: corpus_table(name) for name in CORPUS_TABLES},
        reports=expand(f"{R}/validation/shards/{{shard}}.json", shard=SHARDS),
    output:
        report=f"{R}/validation/report.json",
        changes=temp(directory(f"{R}/.changes-staged")),
    log:
        f"{R}/logs/validate/corpus.log",
    benchmark:
        f"{R}/benchmarks/validate/corpus.tsv"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=1000,
    params:
        input_dir=SETTINGS.input_dir,
        docs_dir=documents_dir,
        results=lambda wildcards, output: str(Path(output.report).parents[1]),
        cache_dir=f"{R}/.cache/validate",
        code=" ".join([CODE["validate"], CODE["changes"]]),
    shell:
        "narrative-pipeline validate"
        " --input-dir {params.input_dir:q}"
        " --shard-reports {input.reports:q}"
        f" {table_flags(GATHERED_TABLES + CORPUS_TABLES)}"
        f" {shard_flags(GATHERED_TABLES)}"
        " --docs-dir {params.docs_dir:q}"
        " --cache-dir {params.cache_dir:q}"
        " --results {params.results:q}"
        " --stage-changes {output.changes:q}"
        " --out {output.report:q}"
        " 2> {log:q}"
