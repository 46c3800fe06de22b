"""Claims: typed, attributed, hedged claims with their agents and patients.

in:  results/ingest/shards/{shard}.texts.parquet, results/normalize/shards/{shard}.*.parquet,
     results/actors/shards/{shard}.mentions.parquet, the claims lexicon (config claims_lexicon),
     the claim classifier (config claims_model)
out: results/claims/shards/{shard}.claims.parquet, {shard}.claim_actors.parquet (per shard)
     results/claims/claims.parquet, results/claims/claim_actors.parquet
"""


rule claims:
    input:
        texts="results/ingest/shards/{shard}.texts.parquet",
        sentences="results/normalize/shards/{shard}.sentences.parquet",
        tokens="results/normalize/shards/{shard}.tokens.parquet",
        mentions="results/actors/shards/{shard}.mentions.parquet",
        lexicon=SETTINGS.claims_lexicon,
        model=SETTINGS.claims_model,
    output:
        claims="results/claims/shards/{shard}.claims.parquet",
        roles="results/claims/shards/{shard}.claim_actors.parquet",
    log:
        "results/logs/claims/{shard}.log",
    benchmark:
        "results/benchmarks/claims/{shard}.tsv"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=800,
        runtime=60,
    params:
        code=CODE["claims"],
    shell:
        "narrative-pipeline claims"
        " --texts {input.texts:q}"
        " --sentences {input.sentences:q}"
        " --tokens {input.tokens:q}"
        " --mentions {input.mentions:q}"
        " --lexicon {input.lexicon:q}"
        " --model {input.model:q}"
        " --out-claims {output.claims:q}"
        " --out-roles {output.roles:q}"
        " 2> {log:q}"


rule claims_gather:
    input:
        claims=shard_paths("results/claims/shards/{shard}.claims.parquet"),
        roles=shard_paths("results/claims/shards/{shard}.claim_actors.parquet"),
    output:
        claims="results/claims/claims.parquet",
        roles="results/claims/claim_actors.parquet",
    log:
        "results/logs/claims/gather.log",
    benchmark:
        "results/benchmarks/claims/gather.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["gather"],
    shell:
        "(narrative-pipeline gather --kind claims --out {output.claims:q} {input.claims:q}"
        " && narrative-pipeline gather --kind claim_actors --out {output.roles:q} {input.roles:q})"
        " 2> {log:q}"
