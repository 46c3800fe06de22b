"""Narratives: who does what to whom (statements) and how actors are labelled (framing), per shard;
recurring statements (narratives), the actor network and the timeline for the corpus.

in:  results/ingest/shards/{shard}.texts.parquet, results/normalize/shards/{shard}.*.parquet,
     results/actors/shards/{shard}.mentions.parquet, results/claims/shards/{shard}.claims.parquet,
     the PLOVER lexicon (config plover_lexicon); for the corpus the gathered statements and
     claims, results/ingest/articles.parquet and the actor registry
out: results/narratives/shards/{shard}.statements.parquet, {shard}.framing.parquet (per shard)
     results/narratives/statements.parquet, framing.parquet, narratives.parquet,
     actor_edges.parquet, timeline.parquet; results/actors/relations.parquet
"""


rule narratives:
    input:
        texts="results/ingest/shards/{shard}.texts.parquet",
        sentences="results/normalize/shards/{shard}.sentences.parquet",
        tokens="results/normalize/shards/{shard}.tokens.parquet",
        mentions="results/actors/shards/{shard}.mentions.parquet",
        claims="results/claims/shards/{shard}.claims.parquet",
        lexicon=SETTINGS.plover_lexicon,
    output:
        statements="results/narratives/shards/{shard}.statements.parquet",
        framing="results/narratives/shards/{shard}.framing.parquet",
    log:
        "results/logs/narratives/{shard}.log",
    benchmark:
        "results/benchmarks/narratives/{shard}.tsv"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=800,
        runtime=60,
    params:
        code=CODE["narratives"],
    shell:
        "narrative-pipeline narratives shard"
        " --texts {input.texts:q}"
        " --sentences {input.sentences:q}"
        " --tokens {input.tokens:q}"
        " --mentions {input.mentions:q}"
        " --claims {input.claims:q}"
        " --lexicon {input.lexicon:q}"
        " --out-statements {output.statements:q}"
        " --out-framing {output.framing:q}"
        " 2> {log:q}"


rule narratives_gather:
    input:
        statements=shard_paths("results/narratives/shards/{shard}.statements.parquet"),
        framing=shard_paths("results/narratives/shards/{shard}.framing.parquet"),
    output:
        statements="results/narratives/statements.parquet",
        framing="results/narratives/framing.parquet",
    log:
        "results/logs/narratives/gather.log",
    benchmark:
        "results/benchmarks/narratives/gather.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["narratives"],
    shell:
        "(narrative-pipeline narratives gather --kind statements --out {output.statements:q} {input.statements:q}"
        " && narrative-pipeline narratives gather --kind framing --out {output.framing:q} {input.framing:q})"
        " 2> {log:q}"


rule narratives_corpus:
    input:
        statements="results/narratives/statements.parquet",
        claims="results/claims/claims.parquet",
        articles="results/ingest/articles.parquet",
        registry=REGISTRY_FILES,
    output:
        narratives="results/narratives/narratives.parquet",
        edges="results/narratives/actor_edges.parquet",
        timeline="results/narratives/timeline.parquet",
        relations="results/actors/relations.parquet",
    log:
        "results/logs/narratives/corpus.log",
    benchmark:
        "results/benchmarks/narratives/corpus.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        registry=lambda wildcards, input: input.registry[0],
        code=CODE["narratives"],
    shell:
        "narrative-pipeline narratives corpus"
        " --statements {input.statements:q}"
        " --claims {input.claims:q}"
        " --articles {input.articles:q}"
        " --registry {params.registry:q}"
        " --out-narratives {output.narratives:q}"
        " --out-edges {output.edges:q}"
        " --out-timeline {output.timeline:q}"
        " --out-relations {output.relations:q}"
        " 2> {log:q}"
