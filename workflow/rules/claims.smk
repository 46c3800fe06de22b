"""Claims: typed, attributed, hedged claims with their agents and patients.

in:  {results}/ingest/shards/{shard}.texts.parquet, {results}/normalize/shards/{shard}.*.parquet,
     {results}/actors/shards/{shard}.mentions.parquet, the claims lexicon (config claims_lexicon),
     the claim classifier (config claims_model)
out: {results}/claims/shards/{shard}.claims.parquet, {shard}.claim_actors.parquet (per shard)
     {results}/claims/shards/{shard}.failures.json (the actors step's failures and the articles whose claims raised)
     {results}/claims/claims.parquet, {results}/claims/claim_actors.parquet
cache: {results}/.cache/claims (each article's claims and roles, by a digest of its input rows; see
       narrative_pipeline.articlecache)
"""


rule claims:
    input:
        texts=shard_table("texts"),
        sentences=shard_table("sentences"),
        tokens=shard_table("tokens"),
        mentions=shard_table("mentions"),
        failures=f"{R}/actors/shards/{{shard}}.failures.json",
        lexicon=SETTINGS.claims_lexicon,
        model=SETTINGS.claims_model,
    output:
        claims=shard_table("claims"),
        claim_actors=shard_table("claim_actors"),
        failures=f"{R}/claims/shards/{{shard}}.failures.json",
    log:
        f"{R}/logs/claims/{{shard}}.log",
    benchmark:
        f"{R}/benchmarks/claims/{{shard}}.tsv"
    priority: REPORT_PATH
    group:
        "shard"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=800,
        runtime=60,
    params:
        cache_dir=f"{R}/.cache/claims",
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
        " --out-roles {output.claim_actors:q}"
        " --cache-dir {params.cache_dir:q}"
        " --failures {input.failures:q}"
        " --out-failures {output.failures:q}"
        " --code {params.code:q}"
        " 2> {log:q}"


rule claims_gather:
    input:
        claims=all_shards("claims"),
        claim_actors=all_shards("claim_actors"),
    output:
        claims=report(
            corpus_table("claims"),
            caption="../report/claims.rst",
            category="Tables",
        ),
        claim_actors=report(
            corpus_table("claim_actors"),
            caption="../report/claim_actors.rst",
            category="Tables",
        ),
    log:
        f"{R}/logs/claims/gather.log",
    benchmark:
        f"{R}/benchmarks/claims/gather.tsv"
    priority: REPORT_PATH
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["tables"],
    shell:
        "narrative-pipeline gather"
        " --table claims={output.claims:q} --shards-of claims {input.claims:q}"
        " --table claim_actors={output.claim_actors:q} --shards-of claim_actors {input.claim_actors:q}"
        " 2> {log:q}"
