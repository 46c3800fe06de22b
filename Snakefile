"""Narrative pipeline: ingest -> normalize -> actors -> claims -> narratives -> export -> validate -> manifest.

Run from the project root: snakemake --cores 2 [--config input_dir=DIR]
"""

from snakemake.utils import min_version

min_version("9.0")


configfile: "config/config.yaml"


include: "workflow/rules/common.smk"
include: "workflow/rules/ingest.smk"
include: "workflow/rules/normalize.smk"
include: "workflow/rules/actors.smk"
include: "workflow/rules/claims.smk"
include: "workflow/rules/narratives.smk"
include: "workflow/rules/export.smk"
include: "workflow/rules/validate.smk"


rule all:
    default_target: True
    input:
        "results/manifest.json",


onsuccess:
    shell(
        "narrative-pipeline runinfo --started {STARTED:q} --benchmarks results/benchmarks --out results/run.json"
    )
