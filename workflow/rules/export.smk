"""Export: one JSON document per article, {results}/articles/<article_id>.json.

in:  the shard's ingest, normalize, actors and claims tables
out: {results}/export/{shard}.index.json (article_id -> sha256 of every document of the shard, written
     after them), {results}/export/shards/{shard}.failures.json: every article of the shard that failed in
     a step (its document holds its article row alone), with the step and the reason; validation lists them.
     The documents themselves, one per distinct article id among the shard's files (rejected files
     included), are not declared: declared, the 2,083 of a BBC run were stat'ed, looked up in Snakemake's
     metadata and checked as outputs at every start. A document deleted, or changed after its shard's
     index was written, makes that shard's export run again all the same (common.smk,
     narrative_pipeline.docstate).
cache: {results}/.cache/export (each article's document bytes, by a digest of its rows in every
       input table; see narrative_pipeline.articlecache)
"""


rule export:
    input:
        articles=shard_table("articles"),
        sentences=shard_table("sentences"),
        mentions=shard_table("mentions"),
        claims=shard_table("claims"),
        claim_actors=shard_table("claim_actors"),
        statements=shard_table("statements"),
        framing=shard_table("framing"),
        failures=f"{R}/narratives/shards/{{shard}}.failures.json",
    output:
        index=export_index(),
        failures=f"{R}/export/shards/{{shard}}.failures.json",
    log:
        f"{R}/logs/export/{{shard}}.log",
    benchmark:
        f"{R}/benchmarks/export/{{shard}}.tsv"
    priority: EXPORTS
    group:
        "shard"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=800,
        runtime=30,
    params:
        out_dir=lambda wildcards, output: str(
            Path(output.index).parents[1] / "articles"
        ),
        cache_dir=f"{R}/.cache/export",
        code=CODE["export"],
    shell:
        "narrative-pipeline export"
        " --articles {input.articles:q}"
        " --sentences {input.sentences:q}"
        " --mentions {input.mentions:q}"
        " --claims {input.claims:q}"
        " --roles {input.claim_actors:q}"
        " --statements {input.statements:q}"
        " --framing {input.framing:q}"
        " --out-dir {params.out_dir:q}"
        " --out-index {output.index:q}"
        " --cache-dir {params.cache_dir:q}"
        " --failures {input.failures:q}"
        " --out-failures {output.failures:q}"
        " --code {params.code:q}"
        " 2> {log:q}"
