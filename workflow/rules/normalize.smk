"""Normalize: paragraphs, boilerplate, sentences, and the one spaCy parse of each article.

in:  {results}/ingest/shards/{shard}.texts.parquet
     the claims lexicon's reporting verbs and position nouns (config claims_lexicon; fix89: the parse repairs' words,
     read by path, the rule re-run when they change, not when the rest of that lexicon does)
out: {results}/normalize/shards/{shard}.sentences.parquet, {shard}.tokens.parquet (per shard)
     {results}/normalize/shards/{shard}.failures.json (the articles whose parse raised; see
     narrative_pipeline.failures)
     {results}/normalize/sentences.parquet (all sentences)
"""


rule normalize:
    input:
        texts=shard_table("texts"),
    output:
        sentences=shard_table("sentences"),
        tokens=shard_table("tokens"),
        failures=f"{R}/normalize/shards/{{shard}}.failures.json",
    log:
        f"{R}/logs/normalize/{{shard}}.log",
    benchmark:
        f"{R}/benchmarks/normalize/{{shard}}.tsv"
    # The parses, the long jobs, before the short ones after them: started early, the last of them
    # does not end after the others with only its shard's short jobs left to run beside it.
    priority: 1
    group:
        "shard"
    conda:
        "../envs/pipeline.yaml"
    resources:
        mem_mb=1500,
        runtime=120,
    params:
        settings=settings_json(
            "spacy_model",
            "spacy_disable",
            "spacy_batch_size",
            "max_chunk_chars",
            "boilerplate_patterns",
        ),
        model_version=model_version(SETTINGS.spacy_model),
        words_lexicon=SETTINGS.claims_lexicon,
        repair_words=repair_words_param(),
        cache_dir=f"{R}/.cache/parse",
        code=CODE["normalize"],
    shell:
        "narrative-pipeline normalize"
        " --texts {input.texts:q}"
        " --settings {params.settings:q}"
        " --cache-dir {params.cache_dir:q}"
        " --words-lexicon {params.words_lexicon:q}"
        " --code {params.code:q}"
        " --out-sentences {output.sentences:q}"
        " --out-tokens {output.tokens:q}"
        " --out-failures {output.failures:q}"
        " 2> {log:q}"


rule normalize_gather:
    input:
        all_shards("sentences"),
    output:
        corpus_table("sentences"),
    log:
        f"{R}/logs/normalize/gather.log",
    benchmark:
        f"{R}/benchmarks/normalize/gather.tsv"
    priority: REPORT_PATH
    conda:
        "../envs/pipeline.yaml"
    params:
        code=CODE["tables"],
    shell:
        "narrative-pipeline gather --table sentences={output:q} --shards-of sentences {input:q} 2> {log:q}"
