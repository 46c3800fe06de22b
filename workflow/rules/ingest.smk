"""Ingest: every file under input_dir becomes one row, processed or rejected with its reason.

in:  input_dir (config), searched recursively; the shard's files
out: {results}/ingest/shards/{shard}.articles.parquet, {shard}.texts.parquet (per shard)
     {results}/ingest/articles.parquet (all files), {results}/ingest/texts.parquet (analysed texts)
"""


rule ingest:
    input:
        get_shard_files,
    output:
        articles=shard_table("articles"),
        texts=shard_table("texts"),
    log:
        f"{R}/logs/ingest/{{shard}}.log",
    benchmark:
        f"{R}/benchmarks/ingest/{{shard}}.tsv"
    priority: 2  # the parses start as early as they can (see normalize)
    group:
        "shard"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=500,
        runtime=30,
    params:
        input_dir=SETTINGS.input_dir,
        settings=settings_json(
            "n_shards",
            "max_articles_per_shard",
            "include_suffixes",
            "max_file_bytes",
            "languages",
            "min_language_chars",
            "sources",
        ),
        membership=get_shard_membership,
        cache_dir=PLAN_CACHE,
        code=CODE["ingest"],
    shell:
        "narrative-pipeline ingest"
        " --input-dir {params.input_dir:q}"
        " --shard {wildcards.shard}"
        " --settings {params.settings:q}"
        " --cache-dir {params.cache_dir:q}"
        " --out-articles {output.articles:q}"
        " --out-texts {output.texts:q}"
        " 2> {log:q}"


rule ingest_gather:
    input:
        articles=all_shards("articles"),
        texts=all_shards("texts"),
    output:
        articles=report(
            corpus_table("articles"),
            caption="../report/articles.rst",
            category="Tables",
        ),
        texts=report(
            corpus_table("texts"),
            caption="../report/texts.rst",
            category="Tables",
        ),
    log:
        f"{R}/logs/ingest/gather.log",
    benchmark:
        f"{R}/benchmarks/ingest/gather.tsv"
    priority: REPORT_PATH
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["tables"],
    shell:
        "narrative-pipeline gather"
        " --table articles={output.articles:q} --shards-of articles {input.articles:q}"
        " --table texts={output.texts:q} --shards-of texts {input.texts:q}"
        " 2> {log:q}"
