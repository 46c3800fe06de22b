"""Export: one JSON document per article, {results}/articles/<article_id>.json.

in:  the shard's ingest, normalize, actors and claims tables
out: the shard's article documents, one per distinct article id among its files (rejected files
     included), each declared: a rule per shard (export_<shard>), since a rule's outputs cannot
     come from a function.
     {results}/export/shards/{shard}.failures.json: every article of the shard that failed in a step (its
     document holds its article row alone), with the step and the reason; validation lists them
cache: {results}/.cache/export (each article's document bytes, by a digest of its rows in every
       input table; see narrative_pipeline.articlecache)
"""

for _shard in SHARDS:

    rule:
        name:
            f"export_{_shard}"
        input:
            articles=shard_table("articles", _shard),
            sentences=shard_table("sentences", _shard),
            mentions=shard_table("mentions", _shard),
            claims=shard_table("claims", _shard),
            claim_actors=shard_table("claim_actors", _shard),
            statements=shard_table("statements", _shard),
            framing=shard_table("framing", _shard),
            failures=f"{R}/narratives/shards/{_shard}.failures.json",
        output:
            docs=shard_documents(_shard),
            index=f"{R}/export/{_shard}.index.json",
            failures=f"{R}/export/shards/{_shard}.failures.json",
        log:
            f"{R}/logs/export/{_shard}.log",
        benchmark:
            f"{R}/benchmarks/export/{_shard}.tsv"
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
