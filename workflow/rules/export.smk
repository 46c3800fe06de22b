"""Export: one JSON document per article, results/articles/<article_id>.json.

in:  the shard's ingest, normalize, actors, claims and narratives (statements, framing) tables
out: results/export/{shard}.index.json (the shard's documents and their sha256); the documents
     themselves are written to results/articles/
"""


rule export:
    input:
        articles="results/ingest/shards/{shard}.articles.parquet",
        sentences="results/normalize/shards/{shard}.sentences.parquet",
        mentions="results/actors/shards/{shard}.mentions.parquet",
        claims="results/claims/shards/{shard}.claims.parquet",
        roles="results/claims/shards/{shard}.claim_actors.parquet",
        statements="results/narratives/shards/{shard}.statements.parquet",
        framing="results/narratives/shards/{shard}.framing.parquet",
    output:
        index="results/export/{shard}.index.json",
    log:
        "results/logs/export/{shard}.log",
    benchmark:
        "results/benchmarks/export/{shard}.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        n_shards=SETTINGS.n_shards,
        out_dir="results/articles",
        code=CODE["export"],
    shell:
        "narrative-pipeline export"
        " --articles {input.articles:q}"
        " --sentences {input.sentences:q}"
        " --mentions {input.mentions:q}"
        " --claims {input.claims:q}"
        " --roles {input.roles:q}"
        " --statements {input.statements:q}"
        " --framing {input.framing:q}"
        " --shard {wildcards.shard}"
        " --n-shards {params.n_shards}"
        " --out-dir {params.out_dir:q}"
        " --out-index {output.index:q}"
        " 2> {log:q}"
