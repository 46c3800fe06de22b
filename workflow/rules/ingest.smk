"""Ingest: every file under input_dir becomes one row, processed or rejected with its reason.

in:  input_dir (config), searched recursively
out: results/ingest/shards/{shard}.articles.parquet, {shard}.texts.parquet (per shard)
     results/ingest/articles.parquet (all files)
"""


rule ingest:
    input:
        get_shard_files,
    output:
        articles="results/ingest/shards/{shard}.articles.parquet",
        texts="results/ingest/shards/{shard}.texts.parquet",
    log:
        "results/logs/ingest/{shard}.log",
    benchmark:
        "results/benchmarks/ingest/{shard}.tsv"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=500,
        runtime=30,
    params:
        input_dir=SETTINGS.input_dir,
        settings=settings_json(
            "n_shards",
            "include_suffixes",
            "max_file_bytes",
            "languages",
            "min_language_chars",
        ),
        membership=get_shard_membership,
        code=CODE["ingest"],
    shell:
        "narrative-pipeline ingest"
        " --input-dir {params.input_dir:q}"
        " --shard {wildcards.shard}"
        " --settings {params.settings:q}"
        " --out-articles {output.articles:q}"
        " --out-texts {output.texts:q}"
        " 2> {log:q}"


rule ingest_gather:
    input:
        shard_paths("results/ingest/shards/{shard}.articles.parquet"),
    output:
        "results/ingest/articles.parquet",
    log:
        "results/logs/ingest/gather.log",
    benchmark:
        "results/benchmarks/ingest/gather.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["gather"],
    shell:
        "narrative-pipeline gather --kind articles --out {output:q} {input:q} 2> {log:q}"
