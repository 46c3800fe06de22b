"""Validate: check every artifact per shard, then a small corpus-level check; write the manifest.

in:  every shard artifact, the gathered tables and the article documents
out: results/validation/shards/{shard}.json, results/validation/report.json,
     results/manifest.json (only when validation passed; otherwise the run fails)
"""


rule validate_shard:
    input:
        articles="results/ingest/shards/{shard}.articles.parquet",
        texts="results/ingest/shards/{shard}.texts.parquet",
        sentences="results/normalize/shards/{shard}.sentences.parquet",
        tokens="results/normalize/shards/{shard}.tokens.parquet",
        mentions="results/actors/shards/{shard}.mentions.parquet",
        actors="results/actors/shards/{shard}.actors.parquet",
        claims="results/claims/shards/{shard}.claims.parquet",
        roles="results/claims/shards/{shard}.claim_actors.parquet",
        statements="results/narratives/shards/{shard}.statements.parquet",
        framing="results/narratives/shards/{shard}.framing.parquet",
        index="results/export/{shard}.index.json",
    output:
        "results/validation/shards/{shard}.json",
    log:
        "results/logs/validate/{shard}.log",
    benchmark:
        "results/benchmarks/validate/{shard}.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        input_dir=SETTINGS.input_dir,
        articles_dir="results/articles",
        code=CODE["validate"],
    shell:
        "narrative-pipeline validate-shard"
        " --input-dir {params.input_dir:q}"
        " --articles {input.articles:q}"
        " --texts {input.texts:q}"
        " --sentences {input.sentences:q}"
        " --tokens {input.tokens:q}"
        " --mentions {input.mentions:q}"
        " --actors {input.actors:q}"
        " --claims {input.claims:q}"
        " --roles {input.roles:q}"
        " --statements {input.statements:q}"
        " --framing {input.framing:q}"
        " --articles-dir {params.articles_dir:q}"
        " --index {input.index:q}"
        " --out {output:q}"
        " 2> {log:q}"


rule validate:
    input:
        reports=shard_paths("results/validation/shards/{shard}.json"),
        articles="results/ingest/articles.parquet",
        sentences="results/normalize/sentences.parquet",
        mentions="results/actors/mentions.parquet",
        actors="results/actors/actors.parquet",
        claims="results/claims/claims.parquet",
        roles="results/claims/claim_actors.parquet",
        shard_articles=shard_paths("results/ingest/shards/{shard}.articles.parquet"),
        shard_sentences=shard_paths(
            "results/normalize/shards/{shard}.sentences.parquet"
        ),
        shard_mentions=shard_paths("results/actors/shards/{shard}.mentions.parquet"),
        shard_actors=shard_paths("results/actors/shards/{shard}.actors.parquet"),
        shard_claims=shard_paths("results/claims/shards/{shard}.claims.parquet"),
        shard_roles=shard_paths("results/claims/shards/{shard}.claim_actors.parquet"),
        statements="results/narratives/statements.parquet",
        framing="results/narratives/framing.parquet",
        narratives="results/narratives/narratives.parquet",
        edges="results/narratives/actor_edges.parquet",
        timeline="results/narratives/timeline.parquet",
        relations="results/actors/relations.parquet",
        shard_statements=shard_paths(
            "results/narratives/shards/{shard}.statements.parquet"
        ),
        shard_framing=shard_paths("results/narratives/shards/{shard}.framing.parquet"),
    output:
        "results/validation/report.json",
    log:
        "results/logs/validate/corpus.log",
    benchmark:
        "results/benchmarks/validate/corpus.tsv"
    conda:
        "../envs/pipeline.yaml"
    params:
        input_dir=SETTINGS.input_dir,
        code=CODE["validate"],
    shell:
        "narrative-pipeline validate"
        " --input-dir {params.input_dir:q}"
        " --results results"
        " --out {output:q}"
        " --shard-reports {input.reports:q}"
        " --shard-articles {input.shard_articles:q}"
        " --shard-sentences {input.shard_sentences:q}"
        " --shard-mentions {input.shard_mentions:q}"
        " --shard-actors {input.shard_actors:q}"
        " --shard-claims {input.shard_claims:q}"
        " --shard-roles {input.shard_roles:q}"
        " --shard-statements {input.shard_statements:q}"
        " --shard-framing {input.shard_framing:q}"
        " 2> {log:q}"


rule manifest:
    input:
        report="results/validation/report.json",
        indexes=shard_paths("results/export/{shard}.index.json"),
        registry=REGISTRY_FILES,
    output:
        "results/manifest.json",
    log:
        "results/logs/validate/manifest.log",
    conda:
        "../envs/pipeline.yaml"
    params:
        settings=settings_json(*PipelineConfig.model_fields),
        code=CODE["manifest"],
    shell:
        "narrative-pipeline manifest"
        " --results results"
        " --settings {params.settings:q}"
        " --out {output:q}"
        " 2> {log:q}"
