"""Narratives: who does what to whom (statements) and how actors are labelled (framing), per shard;
recurring statements (narratives), the actor network and the timeline for the corpus.

in:  the shard's texts, sentences, tokens, mentions and claims; the PLOVER lexicon (config
     plover_lexicon) and the claims lexicon's gender lists (config claims_lexicon: titles and first names); for the corpus every shard's statements and framing (gathered by the corpus
     job itself: one process fewer on the way to validation), every shard's claims (read as they are:
     the corpus job need not wait for the claims gather, which an added article's path then runs
     beside the shard's narratives instead of before the corpus job), the articles table and the
     actor registry
out: {results}/narratives/shards/{shard}.statements.parquet, {shard}.framing.parquet (per shard)
     {results}/narratives/shards/{shard}.failures.json (the claims step's failures and the articles whose
     statements or framing raised)
     {results}/narratives/statements.parquet, framing.parquet, narratives.parquet,
     actor_edges.parquet, timeline.parquet; {results}/actors/relations.parquet
cache: {results}/.cache/narratives (each article's statements and framing rows, by a digest of its input rows; see
       narrative_pipeline.articlecache)
"""


rule narratives:
    input:
        texts=shard_table("texts"),
        sentences=shard_table("sentences"),
        tokens=shard_table("tokens"),
        mentions=shard_table("mentions"),
        claims=shard_table("claims"),
        failures=f"{R}/claims/shards/{{shard}}.failures.json",
        lexicon=SETTINGS.plover_lexicon,
        gender_lexicon=SETTINGS.claims_lexicon,
    output:
        statements=shard_table("statements"),
        framing=shard_table("framing"),
        failures=f"{R}/narratives/shards/{{shard}}.failures.json",
    log:
        f"{R}/logs/narratives/{{shard}}.log",
    benchmark:
        f"{R}/benchmarks/narratives/{{shard}}.tsv"
    priority: REPORT_PATH
    group:
        "shard"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=800,
        runtime=60,
    params:
        cache_dir=f"{R}/.cache/narratives",
        code=CODE["narratives"],
    shell:
        "narrative-pipeline narratives shard"
        " --texts {input.texts:q}"
        " --sentences {input.sentences:q}"
        " --tokens {input.tokens:q}"
        " --mentions {input.mentions:q}"
        " --claims {input.claims:q}"
        " --lexicon {input.lexicon:q}"
        " --gender-lexicon {input.gender_lexicon:q}"
        " --out-statements {output.statements:q}"
        " --out-framing {output.framing:q}"
        " --cache-dir {params.cache_dir:q}"
        " --failures {input.failures:q}"
        " --out-failures {output.failures:q}"
        " --code {params.code:q}"
        " 2> {log:q}"


rule narratives_corpus:
    input:
        statements=all_shards("statements"),
        framing=all_shards("framing"),
        claims=all_shards("claims"),
        articles=corpus_table("articles"),
        registry=REGISTRY_FILES,
    output:
        statements=report(
            corpus_table("statements"),
            caption="../report/statements.rst",
            category="Tables",
        ),
        framing=report(
            corpus_table("framing"),
            caption="../report/framing.rst",
            category="Tables",
        ),
        narratives=report(
            corpus_table("narratives"),
            caption="../report/narratives.rst",
            category="Tables",
        ),
        actor_edges=report(
            corpus_table("actor_edges"),
            caption="../report/actor_edges.rst",
            category="Tables",
        ),
        timeline=report(
            corpus_table("timeline"),
            caption="../report/timeline.rst",
            category="Tables",
        ),
        relations=corpus_table("relations"),
    log:
        f"{R}/logs/narratives/corpus.log",
    benchmark:
        f"{R}/benchmarks/narratives/corpus.tsv"
    priority: REPORT_PATH
    conda:
        "../envs/pipeline.yaml"
    params:
        registry=lambda wildcards, input: input.registry[0],
        code=" ".join([CODE["narratives"], CODE["tables"]]),
    shell:
        "narrative-pipeline narratives corpus"
        " --statement-shards {input.statements:q}"
        " --statements {output.statements:q}"
        " --framing-shards {input.framing:q}"
        " --framing {output.framing:q}"
        " --claims {input.claims:q}"
        " --articles {input.articles:q}"
        " --registry {params.registry:q}"
        " --out-narratives {output.narratives:q}"
        " --out-edges {output.actor_edges:q}"
        " --out-timeline {output.timeline:q}"
        " --out-relations {output.relations:q}"
        " 2> {log:q}"
