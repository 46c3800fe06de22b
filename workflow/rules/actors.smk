"""Actors: find actor mentions and link them to the registry or to discovered actors.

in:  {results}/ingest/shards/{shard}.texts.parquet, {shard}.articles.parquet (each article's date),
     {results}/normalize/shards/{shard}.*.parquet,
     the actor registry (config actor_registry and the files it includes),
     the actors lexicon (config actors_lexicon) and the claims lexicon's given names (config claims_lexicon; actors87:
     read by path, the rule re-run when the names change, not when the rest of that lexicon does)
out: {results}/actors/shards/{shard}.mentions.parquet, {shard}.actors.parquet (per shard)
     {results}/actors/shards/{shard}.failures.json (normalize's failures and the articles whose linking
     raised; see narrative_pipeline.failures)
     {results}/actors/mentions.parquet, {results}/actors/actors.parquet
cache: {results}/.cache/actors (each article's mentions and discovered names, by a digest of its input rows; see
       narrative_pipeline.articlecache)
"""


rule actors:
    input:
        texts=shard_table("texts"),
        articles=shard_table("articles"),
        sentences=shard_table("sentences"),
        tokens=shard_table("tokens"),
        failures=f"{R}/normalize/shards/{{shard}}.failures.json",
        registry=REGISTRY_FILES,
        lexicon=SETTINGS.actors_lexicon,
    output:
        mentions=shard_table("mentions"),
        actors=shard_table("actors"),
        failures=f"{R}/actors/shards/{{shard}}.failures.json",
    log:
        f"{R}/logs/actors/{{shard}}.log",
    benchmark:
        f"{R}/benchmarks/actors/{{shard}}.tsv"
    priority: REPORT_PATH
    group:
        "shard"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=800,
        runtime=60,
    params:
        registry=lambda wildcards, input: input.registry[0],
        names_lexicon=SETTINGS.claims_lexicon,
        given_names=given_names_digest(),
        settings=settings_json("fuzzy_threshold"),
        cache_dir=f"{R}/.cache/actors",
        code=CODE["actors"],
    shell:
        "narrative-pipeline actors"
        " --texts {input.texts:q}"
        " --articles {input.articles:q}"
        " --sentences {input.sentences:q}"
        " --tokens {input.tokens:q}"
        " --registry {params.registry:q}"
        " --lexicon {input.lexicon:q}"
        " --names-lexicon {params.names_lexicon:q}"
        " --settings {params.settings:q}"
        " --out-mentions {output.mentions:q}"
        " --out-actors {output.actors:q}"
        " --cache-dir {params.cache_dir:q}"
        " --failures {input.failures:q}"
        " --out-failures {output.failures:q}"
        " --code {params.code:q}"
        " 2> {log:q}"


rule actors_gather:
    input:
        mentions=all_shards("mentions"),
        actors=all_shards("actors"),
    output:
        mentions=report(
            corpus_table("mentions"),
            caption="../report/mentions.rst",
            category="Tables",
        ),
        actors=report(
            corpus_table("actors"),
            caption="../report/actors.rst",
            category="Tables",
        ),
    log:
        f"{R}/logs/actors/gather.log",
    benchmark:
        f"{R}/benchmarks/actors/gather.tsv"
    priority: REPORT_PATH
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["tables"],
    shell:
        "narrative-pipeline gather"
        " --table mentions={output.mentions:q} --shards-of mentions {input.mentions:q}"
        " --table actors={output.actors:q} --shards-of actors {input.actors:q}"
        " 2> {log:q}"
