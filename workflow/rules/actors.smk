"""Actors: find actor mentions and link them to the registry or to discovered actors.

in:  results/ingest/shards/{shard}.texts.parquet, results/normalize/shards/{shard}.*.parquet,
     the actor registry (config actor_registry and the files it includes),
     the actors lexicon (config actors_lexicon)
out: results/actors/shards/{shard}.mentions.parquet, {shard}.actors.parquet (per shard)
     results/actors/mentions.parquet, results/actors/actors.parquet
"""


rule actors:
    input:
        texts="results/ingest/shards/{shard}.texts.parquet",
        sentences="results/normalize/shards/{shard}.sentences.parquet",
        tokens="results/normalize/shards/{shard}.tokens.parquet",
        registry=REGISTRY_FILES,
        lexicon=SETTINGS.actors_lexicon,
    output:
        mentions="results/actors/shards/{shard}.mentions.parquet",
        actors="results/actors/shards/{shard}.actors.parquet",
    log:
        "results/logs/actors/{shard}.log",
    benchmark:
        "results/benchmarks/actors/{shard}.tsv"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=800,
        runtime=60,
    params:
        registry=lambda wildcards, input: input.registry[0],
        fuzzy_threshold=SETTINGS.fuzzy_threshold,
        code=CODE["actors"],
    shell:
        "narrative-pipeline actors"
        " --texts {input.texts:q}"
        " --sentences {input.sentences:q}"
        " --tokens {input.tokens:q}"
        " --registry {params.registry:q}"
        " --lexicon {input.lexicon:q}"
        " --fuzzy-threshold {params.fuzzy_threshold}"
        " --out-mentions {output.mentions:q}"
        " --out-actors {output.actors:q}"
        " 2> {log:q}"


rule actors_gather:
    input:
        mentions=shard_paths("results/actors/shards/{shard}.mentions.parquet"),
        actors=shard_paths("results/actors/shards/{shard}.actors.parquet"),
    output:
        mentions="results/actors/mentions.parquet",
        actors="results/actors/actors.parquet",
    log:
        "results/logs/actors/gather.log",
    benchmark:
        "results/benchmarks/actors/gather.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["gather"],
    shell:
        "(narrative-pipeline gather --kind mentions --out {output.mentions:q} {input.mentions:q}"
        " && narrative-pipeline gather --kind actors --out {output.actors:q} {input.actors:q})"
        " 2> {log:q}"
