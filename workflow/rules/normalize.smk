"""Normalize: paragraphs, boilerplate, sentences, and the one spaCy parse of each article.

in:  results/ingest/shards/{shard}.texts.parquet
out: results/normalize/shards/{shard}.sentences.parquet, {shard}.tokens.parquet (per shard)
     results/normalize/sentences.parquet (all sentences)
"""


rule normalize:
    input:
        texts="results/ingest/shards/{shard}.texts.parquet",
    output:
        sentences="results/normalize/shards/{shard}.sentences.parquet",
        tokens="results/normalize/shards/{shard}.tokens.parquet",
    log:
        "results/logs/normalize/{shard}.log",
    benchmark:
        "results/benchmarks/normalize/{shard}.tsv"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=1500,
        runtime=120,
    params:
        settings=settings_json(
            "spacy_model",
            "spacy_disable",
            "spacy_batch_size",
            "max_chunk_chars",
            "boilerplate_patterns",
        ),
        model_version=model_version(SETTINGS.spacy_model),
        code=CODE["normalize"],
    shell:
        "narrative-pipeline normalize"
        " --texts {input.texts:q}"
        " --settings {params.settings:q}"
        " --out-sentences {output.sentences:q}"
        " --out-tokens {output.tokens:q}"
        " 2> {log:q}"


rule normalize_gather:
    input:
        shard_paths("results/normalize/shards/{shard}.sentences.parquet"),
    output:
        "results/normalize/sentences.parquet",
    log:
        "results/logs/normalize/gather.log",
    benchmark:
        "results/benchmarks/normalize/gather.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["gather"],
    shell:
        "narrative-pipeline gather --kind sentences --out {output:q} {input:q} 2> {log:q}"
